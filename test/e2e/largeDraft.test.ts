// A draft with many findings (issue 21: a draft at its caps must not freeze the editor): each
// part of the findings panel lists its first 20, errors first, and the rest on request; typing
// in a table still updates its totals.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../shared/draft';
import { loadFixture } from '../helpers';
import { cell, goToPart, startApp, type App } from './app';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('a draft with a thousand findings', () => {
  it('lists 20 of a part’s findings, the rest on request; the tables still take typing', async () => {
    const sample = loadFixture('sample-2024');
    // 120 sentences naming last year: 120 findings TXT-01 in part 一 (and the part's own).
    const overview = Array.from({ length: 120 }, (_, i) => `${i + 1}.2023年完成第${i + 1}项工作。`).join('\n');
    const path = join(app.workDir, '很多问题.nianbao');
    writeFileSync(path, serializeDraft({ ...sample, text: { ...sample.text, overview } }));
    const page = await app.page();
    app.harness.dialogs.queue(path);
    await page.getByRole('button', { name: '打开草稿…' }).click();
    await page.waitForSelector('.workspace');
    const group = page.locator('.finding-group[data-group="overview"]');
    expect(await group.locator('.finding').count()).toBe(20);
    const more = await group.getByRole('button', { name: /^显示其余 \d+ 项$/ }).textContent();
    await group.getByRole('button', { name: more! }).click();
    expect(await group.locator('[data-rule="TXT-01"]').count()).toBe(120);
    expect(await group.locator('.finding').count()).toBe(20 + Number(/\d+/.exec(more!)![0]));
    expect(await group.getByRole('button', { name: /显示其余/ }).count()).toBe(0);

    await goToPart(page, 'applications');
    await cell(page, 'apply.R3_1.NP').fill('7');
    await page.keyboard.press('Tab');
    expect(await cell(page, 'apply.R3_1.NP').inputValue()).toBe('7');
    await page.close();
  });
});
