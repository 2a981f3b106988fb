// Acceptance (issue 25): a generated county of 60 units — one missing, one of the wrong year, one
// with errors, one returned with an open remark, one late, one whose text repeats another unit's,
// one renamed (and one unreadable, one outside the roster, a township's consolidated report beside
// one of its offices) — each shown right in the desk, in `units --json` and in the workbook read
// back (also through LibreOffice Calc as CSV); the printed table through LibreOffice; exit codes.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESK_COLUMNS } from '../../../shared/desk';
import { parseDraft } from '../../../shared/draft';
import { cellValues } from '../../../shared/reconcile';
import { EDITIONS, cellIndex } from '../../../shared/formats';
import { openDeskAt } from '../../../electron/services/desk/desk';
import { readSpreadsheet } from '../../../electron/services/spreadsheet';
import { cellText } from '../../../shared/sheet';
import { SPECIAL, TODAY, countyRoster, unitReport, unitText, writeCounty, type County } from '../../deskFixtures';
import { cli, tempDir, writeDraft } from '../cliHarness';

type Unit = Record<string, unknown> & { name: string; problems: string[]; figures: Record<string, unknown> | null };
let county: County;
let dir: string;
let run: { code: number; json: { units: Unit[]; summary: Record<string, number> } };
const unit = (name: string) => run.json.units.find((u) => u.name === name)!;
const SPECIALS = new Set<string>(Object.values(SPECIAL));

beforeAll(async () => {
  dir = tempDir();
  county = await writeCounty(dir);
  const out = await cli('units', county.folder, '--register', county.register, '--prior', county.prior, '--year', '2024', '--today', TODAY, '--json', '--xlsx', join(dir, '一览.xlsx'));
  run = { code: out.code, json: JSON.parse(out.stdout) };
}, 120_000);

describe('the county in units --json', () => {
  it('exits 1 and sums up the county', () => {
    expect(run.code).toBe(1);
    expect(run.json.summary).toEqual({ expected: 60, received: 57, missing: 3, wrongYear: 1, withErrors: 1, withOpenRemarks: 1, returned: 1, late: 5, published: 58, repeated: 2, unreadable: 1, outsideRoster: 1, goodStanding: 52 });
    expect(run.json.units.map((u) => u.name)).toEqual([...countyRoster().map((e) => e.name), SPECIAL.townshipOffice, SPECIAL.outside]);
  });

  it('shows each variation with its own problem', () => {
    expect(unit(SPECIAL.missing)).toMatchObject({ missing: true, file: null, year: null, late: true, lateDays: 20, problems: ['未收到 2024 年度报告。', '已过发布期限 2025年1月31日 20 天，尚未发布。'] });
    expect(unit(SPECIAL.wrongYear)).toMatchObject({ missing: true, file: `${SPECIAL.wrongYear}.nianbao`, year: 2023, errors: null, figures: null, late: true });
    expect(unit(SPECIAL.wrongYear).problems[0]).toBe(`文件夹中只有 2023 年度的草稿“${SPECIAL.wrongYear}.nianbao”，没有 2024 年度的。`);
    expect(unit(SPECIAL.errors)).toMatchObject({ missing: false, errors: 1, goodStanding: false, problems: ['有 1 项错误。'] });
    expect(unit(SPECIAL.returned)).toMatchObject({ openRemarks: 1, stage: '退回', returned: { state: 'returned', by: '李主任' }, publishDate: null, late: true });
    expect(unit(SPECIAL.returned).problems).toEqual(['有 1 条审核意见未处理。', '2025年1月12日由李主任退回，尚未改回。', '已过发布期限 2025年1月31日 20 天，尚未发布。']);
    expect(unit(SPECIAL.late)).toMatchObject({ publishDate: '2025-02-18', deadline: '2025-01-31', late: true, lateDays: 18, problems: ['发布日期 2025年2月18日晚于期限 2025年1月31日（晚 18 天）。'] });
    expect(unit(SPECIAL.copier)).toMatchObject({ mostSimilarUnit: { name: SPECIAL.copied, ratio: 1 }, problems: [`与“${SPECIAL.copied}”的报告雷同 100%。`] });
    expect(unit(SPECIAL.copied).mostSimilarUnit).toEqual({ name: SPECIAL.copier, ratio: 1 });
    expect(unit(SPECIAL.renamed)).toMatchObject({ draftName: SPECIAL.renamedFrom, goodStanding: true, problems: [], notes: [`草稿中的机关名称为“${SPECIAL.renamedFrom}”，是名册登记的曾用名（或并入本单位的单位）。`] });
    expect(unit(SPECIAL.unreadable)).toMatchObject({ missing: true, file: `${SPECIAL.unreadable}.nianbao`, unreadable: expect.stringContaining('不是有效的 JSON 格式') });
    expect(unit(SPECIAL.outside)).toMatchObject({ expected: false, problems: [`“${SPECIAL.outside}”不在单位名册中。`] });
    expect(unit(SPECIAL.townshipOffice)).toMatchObject({ expected: false, coveredBy: [SPECIAL.township], problems: [] });
  });

  it('shows every other unit in good standing, with its figures beside last year’s (the renamed one’s found by its former name)', () => {
    const others = run.json.units.filter((u) => !SPECIALS.has(u.name));
    expect(others).toHaveLength(50);
    for (const u of others) {
      expect(u, u.name).toMatchObject({ goodStanding: true, missing: false, errors: 0, openRemarks: 0, stage: '起草', late: false, year: 2024, edition: '2021' });
      expect(u.repetitionFromLastYear as number, u.name).toBeLessThan(0.5);
      expect((u.mostSimilarUnit as { ratio: number }).ratio, u.name).toBeLessThan(0.5);
    }
    const received = (path: string) => {
      const read = parseDraft(readFileSync(path, 'utf8'));
      if (!read.ok) throw new Error(read.message);
      return cellValues(read.draft.report)['apply.R1.TOT'];
    };
    const [now, before] = [received(join(county.folder, `${SPECIAL.renamed}.nianbao`)), received(join(county.prior, `${SPECIAL.renamedFrom}.nianbao`))];
    expect(now).not.toBe(before);
    expect(unit(SPECIAL.renamed).figures).toMatchObject({ received: now, lastYear: { received: before } });
  });

  it('is the desk the app shows: the same rows, the same problems', async () => {
    const opened = await openDeskAt(county.folder, { year: 2024, register: county.register, prior: county.prior, today: TODAY });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.desk.view.rows.map((r) => [r.name, r.problems, r.goodStanding])).toEqual(run.json.units.map((u) => [u.name, u.problems, u.goodStanding]));
  }, 60_000);
});

/** A sheet's rows as header → text, for the workbook read back. */
function records(rows: unknown[][]): Record<string, string>[] {
  const [head, ...body] = rows.map((r) => r.map((c) => cellText(c as never)));
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}
const HEADINGS = DESK_COLUMNS.flatMap((c) => (c.prior ? [c.label, `上年${c.label}`] : [c.label]));

describe('the workbook', () => {
  it('reads back with a row per unit, every column, frozen header and filters, and a sheet of tables 三 and 四', async () => {
    const read = await readSpreadsheet(join(dir, '一览.xlsx'));
    if (!read.ok) throw new Error(read.message);
    const [list, tables, about] = read.workbook.sheets;
    expect([list.name, tables.name, about.name]).toEqual(['单位一览', '表三表四', '说明']);
    expect(list.rows[0].map((c) => cellText(c))).toEqual(HEADINGS);
    const rows = records(list.rows);
    expect(rows.map((r) => r['单位'])).toEqual(run.json.units.map((u) => u.name));
    const row = (name: string) => rows.find((r) => r['单位'] === name)!;
    expect(row(SPECIAL.missing)).toMatchObject({ 报告: '未收到', 逾期: '逾期 20 天', 问题: '未收到、逾期' });
    expect(row(SPECIAL.wrongYear)).toMatchObject({ 报告: '年度不符', 年度: '2023', 错误: '' });
    expect(row(SPECIAL.errors)).toMatchObject({ 错误: '1', 问题: '有错误' });
    expect(row(SPECIAL.returned)).toMatchObject({ 未处理意见: '1', 阶段: '退回', 退回情况: '已退回，尚未改回' });
    expect(row(SPECIAL.late)).toMatchObject({ 发布日期: '2025-02-18', 逾期: '逾期 18 天' });
    expect(row(SPECIAL.copier)).toMatchObject({ 最相似的单位: SPECIAL.copied, 雷同: '1', 问题: '雷同' });
    expect(row(SPECIAL.renamed).说明).toContain(SPECIAL.renamedFrom);
    expect(row(SPECIAL.renamed).上年新收).toBe(String((unit(SPECIAL.renamed).figures!.lastYear as { received: number }).received));
    // Every unit's cells of tables 三 and 四, as its draft holds them.
    const cells = [...cellIndex(EDITIONS['2021']).tableCells.apply, ...cellIndex(EDITIONS['2021']).tableCells.review];
    expect(tables.rows[0].length).toBe(2 + cells.length);
    const errorsRow = tables.rows.find((r) => r[0] === SPECIAL.errors)!;
    expect(errorsRow[2 + cells.findIndex((c) => c.key === 'apply.R1.TOT')]).toBe(unit(SPECIAL.errors).figures!.received);
    expect(tables.rows.find((r) => r[0] === SPECIAL.missing)!.slice(2).every((c) => c === null)).toBe(true);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, '一览.xlsx'));
    for (const name of ['单位一览', '表三表四']) {
      const sheet = book.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
    }
  });

  it('opens in LibreOffice Calc with every row and column (converted headless to CSV)', () => {
    const out = join(dir, 'calc');
    mkdirSync(out);
    // Token 12 = -1: every sheet to its own CSV (LibreOffice 7.2 and later).
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(out, 'profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, join(dir, '一览.xlsx')], { timeout: 120_000 });
    const csv = (sheet: string) => {
      const file = readdirSync(out).find((f) => f.endsWith(`-${sheet}.csv`))!;
      return readSpreadsheetCsv(readFileSync(join(out, file), 'utf8'));
    };
    const list = csv('单位一览');
    expect(list[0]).toEqual(HEADINGS);
    expect(list.slice(1).map((r) => r[0])).toEqual(run.json.units.map((u) => u.name));
    expect(list.every((r) => r.length === HEADINGS.length)).toBe(true);
    const at = (name: string, heading: string) => list.find((r) => r[0] === name)![HEADINGS.indexOf(heading)];
    expect([at(SPECIAL.errors, '错误'), at(SPECIAL.returned, '未处理意见'), at(SPECIAL.late, '逾期'), at(SPECIAL.missing, '报告')]).toEqual(['1', '1', '逾期 18 天', '未收到']);
    expect(Number(at(SPECIAL.copier, '雷同').replace('%', ''))).toBe(100);
    const tables = csv('表三表四');
    expect(tables).toHaveLength(run.json.units.length + 1);
    expect(new Set(tables.map((r) => r.length)).size).toBe(1);
  }, 180_000);
});

/** RFC 4180, enough for Calc's own output. */
function readSpreadsheetCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('the printed table and the exit codes', () => {
  it('prints every unit on A4 landscape pages through LibreOffice', async () => {
    const pdf = join(dir, '一览.pdf');
    const out = await cli('units', county.folder, '--register', county.register, '--year', '2024', '--today', TODAY, '--pdf', pdf);
    expect(out.code).toBe(1);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.map(Number);
    expect(width).toBeGreaterThan(height);
    // In the order LibreOffice wrote them, a long name's wrapped lines joined again.
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\n/g, '');
    for (const u of run.json.units) expect(text, u.name).toContain(u.name);
    expect(text).toContain('已收到 57/60');
  }, 180_000);

  it('prints the desk as text: ✗ and the reasons on a unit with problems, and why a unit outside the roster is listed', async () => {
    const out = await cli('units', county.folder, '--register', county.register, '--prior', county.prior, '--year', '2024', '--today', TODAY);
    expect(out.code).toBe(1);
    const lines = out.stdout.split('\n');
    const at = (name: string) => lines.findIndex((l) => l.slice(2).startsWith(`${name}（`));
    expect(lines[at(SPECIAL.errors)]).toMatch(/^✗ /);
    expect(lines[at(SPECIAL.errors) + 1]).toBe('    · 有 1 项错误。');
    expect(lines[at(SPECIAL.townshipOffice)]).toMatch(/^ {2}\S/);
    expect(lines[at(SPECIAL.townshipOffice) + 1]).toBe(`    · 已含在“${SPECIAL.township}”的汇总报告中，汇总时不再单独计入。`);
  }, 120_000);

  it('exits 0 when every expected unit is in good standing, 2 when the folder or the register cannot be read', async () => {
    const good = join(dir, 'good');
    mkdirSync(good);
    for (const [i, name] of ['示例县甲局', '示例县乙局'].entries()) writeDraft(good, `${name}.nianbao`, { ...unitReport(name, 2024, unitText(name, i), 1), publishDate: '2025-01-20' });
    expect((await cli('units', good, '--today', TODAY)).code).toBe(0);
    const missing = await cli('units', join(dir, 'nowhere'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('无法读取')]);
    const broken = join(dir, '坏名册.xlsx');
    writeFileSync(broken, 'PK\u0003\u0004 not a zip');
    const register = await cli('units', good, '--register', broken);
    expect([register.code, register.stderr]).toEqual([2, expect.stringContaining('无法读取单位名册“坏名册.xlsx”')]);
    expect((await cli('units', good, '--today', '2025/1/1')).code).toBe(2);
  }, 120_000);
});
