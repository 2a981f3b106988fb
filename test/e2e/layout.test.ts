// Any scaling (issue: editor parity, 2 and 3): at 1366×768 and at Windows 125 % and 150 %
// (1093×614 and 911×512 CSS px) every part shows every toolbar button in the window and every
// table cell in the window or its own scroll box, uncovered; headers and row labels stay frozen;
// a cell's pop-up covers none of its headers; zoom and folded panes are remembered.
// Screenshots of every part at each size go to $NIANBAO_SCREENSHOTS or <tmp>/nianbao-screenshots
// (looked at by people; never into dist/, which is packaged).

import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, goToPart, newReport, startApp, type App } from './app';
import { fixturePath } from '../helpers';

const SIZES = [
  [1366, 768],
  [1093, 614],
  [911, 512],
] as const;
const PARTS = ['preamble', 'overview', 'active', 'applications', 'review', 'problems', 'other'] as const;
const SHOTS = process.env.NIANBAO_SCREENSHOTS ?? join(tmpdir(), 'nianbao-screenshots');

let app: App;
beforeAll(async () => {
  app = await startApp();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await app?.close();
});

async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: '打开示例报告' }).click();
  await page.waitForSelector('.workspace');
}

/**
 * What cannot be reached: a toolbar button not wholly in the window or covered by something
 * else; another button or a table cell that, scrolled into view in its boxes, is not wholly
 * visible (a group label: its words) or is covered by a frozen header. Also the window scrolling.
 */
function unreachable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-cell') ? `[${el.getAttribute('data-cell')}]` : ''} “${(el.textContent ?? '').trim().slice(0, 12)}”`;
    const [vw, vh] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
    if (document.documentElement.scrollWidth > vw || document.documentElement.scrollHeight > vh) problems.push('the window scrolls');
    const hits = (el: Element, x: number, y: number) => {
      const top = document.elementFromPoint(x, y);
      return top !== null && (el === top || el.contains(top));
    };
    const seen = (b: Element) => {
      const r = b.getBoundingClientRect();
      return r.left >= 0 && r.top >= 0 && r.right <= vw + 0.5 && r.bottom <= vh + 0.5 && hits(b, r.left + r.width / 2, r.top + r.height / 2);
    };
    // Toolbars as the part opens: in the window, no scrolling needed.
    const toolbars = [...document.querySelectorAll('.workspace [role="toolbar"] :is(button, summary), .pane-toggle, .narrative-bar button')];
    for (const b of toolbars) if (!seen(b)) problems.push(`toolbar button ${name(b)}`);
    // Any other button (a long list of findings or parts): in view once its box is scrolled to it.
    for (const b of document.querySelectorAll('.workspace button')) {
      if (toolbars.includes(b) || b.getBoundingClientRect().width === 0) continue;
      b.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      if (!seen(b)) problems.push(`button ${name(b)}`);
    }
    const box = document.querySelector('.table-box');
    for (const cellEl of document.querySelectorAll('table.form td, table.form th')) {
      // A group label spanning many rows or columns is seen by its words, which stay in view.
      const c = cellEl.matches('.h-rowGroup, .h-columnGroup') ? cellEl.querySelector('span')! : cellEl;
      c.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = c.getBoundingClientRect();
      // The visible rectangle: the window cut by every scrolling box around the cell.
      let [left, top, right, bottom] = [0, 0, vw, vh];
      for (let a = c.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (!/(auto|scroll|hidden)/.test(style.overflow)) continue;
        const ar = a.getBoundingClientRect();
        [left, top, right, bottom] = [Math.max(left, ar.left + a.clientLeft), Math.max(top, ar.top + a.clientTop), Math.min(right, ar.left + a.clientLeft + a.clientWidth), Math.min(bottom, ar.top + a.clientTop + a.clientHeight)];
      }
      // Frozen headers cover the top of the table's box for the rows below them, frozen labels its
      // left for the columns beside them.
      if (box) {
        const style = getComputedStyle(box);
        const b = box.getBoundingClientRect();
        if (cellEl.getAttribute('data-freeze') !== 'left') left = Math.max(left, b.left + parseFloat(style.scrollPaddingLeft || '0'));
        if (!c.closest('thead, tr[data-freeze]')) top = Math.max(top, b.top + parseFloat(style.scrollPaddingTop || '0'));
      }
      const shownW = Math.min(r.right, right) - Math.max(r.left, left);
      const shownH = Math.min(r.bottom, bottom) - Math.max(r.top, top);
      const fullW = Math.min(r.width, right - left);
      const fullH = Math.min(r.height, bottom - top);
      const cx = (Math.max(r.left, left) + Math.min(r.right, right)) / 2;
      const cy = (Math.max(r.top, top) + Math.min(r.bottom, bottom)) / 2;
      if (shownW < fullW - 1 || shownH < fullH - 1 || fullH < 8 || !hits(c, cx, cy)) problems.push(`cell ${name(c)}: ${Math.round(shownW)}×${Math.round(shownH)} of ${Math.round(r.width)}×${Math.round(r.height)} shown`);
    }
    return problems;
  });
}

describe.each(SIZES)('at %i×%i', (width, height) => {
  it('every part: all toolbar buttons and table cells can be seen, the window never scrolls', async () => {
    const page = await app.page({ width, height });
    await openSample(page);
    for (const part of PARTS) {
      await goToPart(page, part);
      await page.screenshot({ path: join(SHOTS, `${width}x${height}-${part}.png`) });
      expect(await unreachable(page), part).toEqual([]);
    }
    // The keys' help opens inside the part, nothing of it cut off (it was, on the left).
    await goToPart(page, 'applications');
    await page.getByRole('button', { name: '操作说明' }).click();
    const help = (await page.locator('.keys-help').boundingBox())!;
    const part = (await page.locator('#part').boundingBox())!;
    expect(help.x).toBeGreaterThanOrEqual(part.x);
    expect(help.x + help.width).toBeLessThanOrEqual(part.x + part.width);
    expect(help.y + help.height).toBeLessThanOrEqual(Math.min(height, part.y + part.height) + 1);
    // Its words are drawn where they stand, from their first character, not under another pane.
    const drawn = await page.evaluate(() => {
      return [document.querySelector('.keys-help dt')!, document.querySelector('.keys-help dd')!].map((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + 2, r.top + r.height / 2));
      });
    });
    expect(drawn).toEqual([true, true]);
    await page.getByRole('button', { name: '关闭说明' }).click();
    // The same with both side panes folded away, and with a 2019-edition report.
    await page.getByRole('button', { name: '收起各部分' }).click();
    await page.getByRole('button', { name: '收起检查结果' }).click();
    for (const part of ['applications', 'review'] as const) {
      await page.getByRole('button', { name: '展开各部分' }).click();
      await goToPart(page, part);
      await page.getByRole('button', { name: '收起各部分' }).click();
      await page.screenshot({ path: join(SHOTS, `${width}x${height}-${part}-folded.png`) });
      expect(await unreachable(page), `${part}, folded`).toEqual([]);
    }
    await page.getByRole('button', { name: '展开各部分' }).click();
    await page.getByRole('button', { name: '展开检查结果' }).click();
    await page.close();

    const old = await app.page({ width, height });
    await newReport(old, '某县人民政府', 2020);
    for (const part of ['active', 'applications', 'review'] as const) {
      await goToPart(old, part);
      await old.screenshot({ path: join(SHOTS, `${width}x${height}-2019-${part}.png`) });
      expect(await unreachable(old), `2019 ${part}`).toEqual([]);
    }
    await old.close();
  });
});

describe('the header and the navigation at 125 % (1093×614), issue 22 item 11', () => {
  it('a long file name with unsaved changes keeps the header to its line; counts sit beside a part name’s first line', async () => {
    const page = await app.page({ width: 1093, height: 614 });
    const named = join(app.workDir, '沭阳县发展和改革局2023年政府信息公开工作年度报告（定稿前）.nianbao');
    copyFileSync(fixturePath('sample-2024'), named);
    app.harness.dialogs.queue(named);
    await page.getByRole('button', { name: '打开草稿…' }).click();
    await page.waitForSelector('.workspace');
    await goToPart(page, 'overview');
    await page.locator('[data-text="overview"]').press('End');
    await page.keyboard.type('又');
    await page.locator('.dirty').waitFor();
    const [org, dirty, name] = await Promise.all(['.identity .org input', '.identity .dirty', '.identity .file-name'].map(async (s) => (await page.locator(s).boundingBox())!));
    // One line: the mark beside the organisation's field, the name shortened (whole on hover).
    expect(Math.abs(dirty.y + dirty.height / 2 - (org.y + org.height / 2))).toBeLessThan(org.height / 2);
    expect(dirty.x + dirty.width).toBeLessThanOrEqual(1093);
    expect(await page.locator('.identity .file-name').getAttribute('title')).toBe('沭阳县发展和改革局2023年政府信息公开工作年度报告（定稿前）.nianbao');
    expect(name.width).toBeGreaterThan(50);

    // A new report (every table blank: errors on 二, 三, 四, whose names wrap in the narrower
    // navigation): the counts stand beside a name's first line, not in the middle of it.
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.getByRole('button', { name: '不保存' }).click();
    await newReport(page, '某县人民政府', 2024);
    const placed = await page.evaluate(() =>
      [...document.querySelectorAll('.parts button')].flatMap((b) => {
        const label = b.querySelector('.part-label')!.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(b).lineHeight);
        return [...b.querySelectorAll('.count')].map((c) => ({ lines: Math.round(label.height / line), offset: c.getBoundingClientRect().top - label.top, line }));
      }),
    );
    expect(placed.some((p) => p.lines > 1)).toBe(true);
    for (const p of placed) expect(p.offset).toBeLessThan(p.line / 2);
    await page.close();
  });
});

describe('frozen headers and pop-ups', () => {
  it('the column headers stay at the top of the table’s box, the row labels at its left, while it scrolls', async () => {
    const page = await app.page({ width: 911, height: 512 });
    await openSample(page);
    await goToPart(page, 'applications');
    const at = () =>
      page.evaluate(() => {
        const box = document.querySelector('.table-box')!;
        box.scrollTo(box.scrollWidth, box.scrollHeight);
        const head = document.querySelector('table.form thead')!.getBoundingClientRect();
        const label = document.querySelector('[data-cell="apply.R4.NP"]')!.closest('tr')!.querySelector('th')!;
        const l = label.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        const hit = document.elementFromPoint(l.left + l.width / 2, l.top + l.height / 2);
        return { scrolled: [box.scrollLeft, box.scrollTop], headTop: head.top - b.top, labelLeft: l.left - b.left, labelSeen: label.contains(hit), label: label.textContent };
      });
    const after = await at();
    expect(after.scrolled[0]).toBeGreaterThan(0);
    expect(after.scrolled[1]).toBeGreaterThan(0);
    expect(Math.abs(after.headTop)).toBeLessThanOrEqual(1);
    expect(after.labelLeft).toBeLessThanOrEqual(2);
    expect(after.labelSeen).toBe(true);
    expect(after.label).toBe('四、结转下年度继续办理');
    await page.close();
  });

  it.each(SIZES)('at %i×%i a cell’s pop-up covers none of its headers, at the top or the bottom of the table', async (width, height) => {
    const page = await app.page({ width, height });
    await newReport(page, '某市生态环境局', 2024);
    await goToPart(page, 'applications');
    await cell(page, 'apply.R1.NP').click();
    await page.keyboard.type('5'); // 自然人 no longer balances: T3-04 on R1, R2, R4 and （七）总计
    for (const key of ['apply.R1.NP', 'apply.R4.NP', 'apply.R3_7.NP']) {
      await cell(page, key).click();
      const overlap = await page.evaluate((k) => {
        const field = document.querySelector(`[data-cell="${k}"]`)!;
        const tip = field.closest('td')!.querySelector('.cell-msg')!;
        const t = tip.getBoundingClientRect();
        const headers = field.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)!);
        const covered = headers.filter((h) => {
          const r = h.getBoundingClientRect();
          return t.left < r.right - 1 && t.right > r.left + 1 && t.top < r.bottom - 1 && t.bottom > r.top + 1;
        });
        const visible = t.width > 0 && t.top >= 0 && t.bottom <= document.documentElement.clientHeight && t.right <= document.documentElement.clientWidth;
        return { visible, text: tip.textContent, covered: covered.map((h) => h.textContent) };
      }, key);
      expect(overlap.visible, key).toBe(true);
      expect(overlap.text, key).toContain('「自然人」列不平衡');
      expect(overlap.covered, key).toEqual([]);
    }
    if (width === 911) await page.screenshot({ path: join(SHOTS, '911x512-popup.png') });
    await page.close();
  });
});

describe('zoom and folded panes', () => {
  const rootSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

  it('Ctrl+= / Ctrl+- / Ctrl+0 zoom the page, and the zoom is remembered', async () => {
    const page = await app.page({ width: 1366, height: 768 });
    await openSample(page);
    await goToPart(page, 'applications');
    expect(await rootSize(page)).toBe('15px');
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    expect(await rootSize(page)).toBe('18.75px'); // 125 %
    expect(await unreachable(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, '1366x768-zoom125-applications.png') });
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await rootSize(page)).toBe('18.75px');
    await openSample(page);
    await page.keyboard.press('Control+-');
    expect(await rootSize(page)).toBe('16.5px');
    await page.keyboard.press('Control+0');
    expect(await rootSize(page)).toBe('15px');
    await page.keyboard.press('Control+-');
    expect(await rootSize(page)).toBe('13.5px');
    // The 视图 menu sends the same commands.
    const menu = (command: string) => page.evaluate((c) => (window as unknown as { menuCommand(c: string): void }).menuCommand(c), command);
    await menu('zoomReset');
    expect(await rootSize(page)).toBe('15px');
    await menu('zoomIn');
    expect(await rootSize(page)).toBe('16.5px');
    await menu('zoomOut');
    expect(await rootSize(page)).toBe('15px');
    await menu('toggleFindings');
    expect(await page.locator('.findings').count()).toBe(0);
    await menu('toggleParts');
    expect(await page.locator('nav.parts').count()).toBe(0);
    await menu('toggleFindings');
    await menu('toggleParts');
    expect(await page.locator('.findings, nav.parts').count()).toBe(2);
    await page.close();
  });

  it('folding the findings and the parts gives the table the width, and is remembered; the strip still counts the findings', async () => {
    const page = await app.page({ width: 1093, height: 614 });
    await newReport(page, '某县人民政府', 2020);
    await goToPart(page, 'applications');
    const boxWidth = () => page.locator('.part').evaluate((el) => el.getBoundingClientRect().width);
    const before = await boxWidth();
    await page.getByRole('button', { name: '收起检查结果' }).click();
    await page.getByRole('button', { name: '收起各部分' }).click();
    expect(await page.locator('.findings').count()).toBe(0);
    expect(await page.locator('nav.parts').count()).toBe(0);
    expect(await boxWidth()).toBeGreaterThan(before + 300);
    expect(await page.getByRole('button', { name: /^展开检查结果（错误 \d+ 个，警告 \d+ 个）$/ }).count()).toBe(1);
    await page.reload();
    await page.getByRole('button', { name: '打开示例报告' }).click();
    expect(await page.locator('.findings').count()).toBe(0);
    await page.getByRole('button', { name: '展开检查结果' }).click();
    await page.getByRole('button', { name: '展开各部分' }).click();
    expect(await page.locator('.findings').count()).toBe(1);
    expect(await page.locator('nav.parts').count()).toBe(1);
    await page.close();
  });
});
