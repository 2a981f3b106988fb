// The draft file (design §3): round trip, refusal of bad files with a message naming the
// field, and step-wise migration by fileVersion.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_FILE_VERSION, migrate, parseDraft, serializeDraft } from '../../shared/draft';
import { blankReport } from '../../shared/report';
import { reportArbitrary } from '../arbitraries';
import { FIXTURE_DRAFTS, loadFixture } from '../helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break untyped JSON on purpose
type Json = Record<string, any>;
const valid = () => JSON.parse(serializeDraft(loadFixture('tianshui-2020'))) as Json;
const refusal = (doc: unknown): string => {
  const result = parseDraft(typeof doc === 'string' ? doc : JSON.stringify(doc));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
};

describe('draft file: reading and writing', () => {
  it.each(FIXTURE_DRAFTS)('%s opens and writes back to the same report', (name) => {
    const report = loadFixture(name);
    const again = parseDraft(serializeDraft(report));
    expect(again.ok && again.draft.report).toEqual(report);
  });

  it('round-trips any valid report in either edition, byte-stable', () => {
    fc.assert(
      fc.property(reportArbitrary(), (report) => {
        const at = new Date('2026-01-20T01:30:00Z');
        const text = serializeDraft(report, at);
        const parsed = parseDraft(text);
        if (!parsed.ok) throw new Error(parsed.message);
        // "/" cells are written in print order, whatever order they were marked in.
        expect(parsed.draft.report).toEqual({ ...report, notApplicable: expect.toSatisfy((na: string[]) => na.length === report.notApplicable.length) });
        expect([...parsed.draft.report.notApplicable].sort()).toEqual([...report.notApplicable].sort());
        expect(serializeDraft(parsed.draft.report, at)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the envelope of design §3 with cells in print order', () => {
    const report = { ...blankReport('某县人民政府', 2021), cells: { 'review.RV.UPHELD': 1, 'apply.R1.NP': 2, 'active.REG.ISSUED': 3 } };
    const doc = JSON.parse(serializeDraft(report, new Date('2026-01-20T01:30:00Z')));
    expect(doc.kind).toBe('nianbao-draft');
    expect(doc.fileVersion).toBe(CURRENT_FILE_VERSION);
    expect(doc.savedAt).toMatch(/^2026-01-20T\d\d:30:00[+-]\d\d:\d\d$/);
    expect(Object.keys(doc.report.cells)).toEqual(['active.REG.ISSUED', 'apply.R1.NP', 'review.RV.UPHELD']);
  });

  it('accepts a byte-order mark (Notepad on Windows)', () => {
    expect(parseDraft(`\uFEFF${serializeDraft(loadFixture('hongqiao-2020'))}`).ok).toBe(true);
  });
});

describe('draft file: refusals name what and where', () => {
  it('invalid JSON, with the line', () => {
    const text = serializeDraft(loadFixture('tianshui-2020')).replace('"year": 2020,', '"year": 2020');
    expect(refusal(text)).toMatch(/不是有效的 JSON 格式（第 \d+ 行第 \d+ 列附近）/);
  });

  it('a wrong type deep in cells', () => {
    const doc = valid();
    doc.report.cells['apply.R3_4_1.NP'] = '1';
    expect(refusal(doc)).toContain('report.cells["apply.R3_4_1.NP"] 应为数字，实际为文本 "1"');
  });

  it('an unknown fileVersion, newer than this program', () => {
    const doc = { ...valid(), fileVersion: CURRENT_FILE_VERSION + 1 };
    expect(refusal(doc)).toContain(`文件版本 ${CURRENT_FILE_VERSION + 1}`);
    expect(refusal(doc)).toContain('请升级');
  });

  it.each([0, -1, 1.5, '1', null])('a fileVersion of %j', (v) => {
    expect(refusal({ ...valid(), fileVersion: v })).toContain('fileVersion');
  });

  it('a file that is not a draft', () => {
    expect(refusal({ hello: 1 })).toContain('kind');
    expect(refusal([1, 2])).toContain('顶层应为对象');
    expect(refusal('"text"')).toContain('顶层应为对象');
  });

  it('a missing field', () => {
    const doc = valid();
    delete doc.report.text;
    expect(refusal(doc)).toContain('缺少字段 report.text');
  });

  it('reads the optional fields another tool or an older version left out as their defaults (design §3)', () => {
    const doc = valid();
    for (const field of ['notApplicable', 'fees', 'explanations', 'publishDate', 'organizationType', 'acknowledgements', 'importMarks', 'importRecord', 'exportOptions']) {
      delete doc.report[field];
    }
    const result = parseDraft(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.report).toMatchObject({
      notApplicable: [],
      fees: { noticeCount: null, noticeAmountYuan: null, collectedYuan: null },
      explanations: {},
      publishDate: null,
      organizationType: null,
      acknowledgements: [],
      importMarks: {},
      importRecord: null,
      exportOptions: { fonts: 'gb2312' },
    });
  });

  it('a 发布日期 that is not a real date, and an import mark on a cell the edition does not have', () => {
    const doc = valid();
    doc.report.publishDate = '2025-02-30';
    expect(refusal(doc)).toContain('report.publishDate');
    const other = valid();
    other.report.importMarks = { 'apply.R9.NP': { reason: 'ambiguous', detail: '' } };
    expect(refusal(other)).toContain('report.importMarks["apply.R9.NP"] 不是');
  });

  it('a provenance, a ledger row or a frozen version on a cell the edition does not have', () => {
    const sourced = valid();
    sourced.report.provenance = { 'apply.R9.NP': { place: { kind: 'text', line: 1, column: 0 }, printed: '9', snippet: '9', proof: 'header' } };
    expect(refusal(sourced)).toContain('report.provenance["apply.R9.NP"] 不是');
    const counted = valid();
    counted.report.ledgers = [{ source: '台账.xlsx', sheet: 'Sheet1', countedAt: '2026-01-05T09:00:00+08:00', rows: { 'apply.R9.NP': [3] } }];
    expect(refusal(counted)).toContain('report.ledgers[0].rows["apply.R9.NP"] 不是');
    const frozen = valid();
    const { workflow: _w, explanations: _e, publishDate: _p, organizationType: _o, acknowledgements: _a, importMarks: _m, importRecord: _r, exportOptions: _x, provenance: _s, ledgers: _l, ...content } = frozen.report;
    frozen.report.workflow = { history: [], versions: { ['a'.repeat(64)]: { ...content, cells: { 'apply.R9.NP': 1 } } }, remarks: [] };
    expect(refusal(frozen)).toContain('report.workflow.versions[aaaaaaaa…].cells["apply.R9.NP"] 不是');
  });

  it('a workflow step it does not know, and a fingerprint that is not one', () => {
    const doc = valid();
    doc.report.workflow = { history: [{ step: 'burn', by: '张三', at: '2026-01-05T09:00:00+08:00', note: '', fingerprint: 'abc', date: null, url: null }], versions: {}, remarks: [] };
    const message = refusal(doc);
    expect(message).toContain('report.workflow.history[0].step');
    expect(message).toContain('report.workflow.history[0].fingerprint 应为 64 位十六进制的内容指纹');
  });

  it('a field it does not know, instead of dropping it on the next save', () => {
    const doc = valid();
    doc.report.signature = '张三';
    expect(refusal(doc)).toContain('report 中有无法识别的字段：signature');
  });

  it('a cell key that is not in the edition', () => {
    const doc = valid();
    doc.report.cells['apply.R3_6_1.NP'] = 1; // a 2021-edition row in a 2019-edition draft
    expect(refusal(doc)).toContain('report.cells["apply.R3_6_1.NP"] 不是2019 年版格式中的单元格');
    const doc2 = valid();
    doc2.report.notApplicable = ['active.XYZ.MADE'];
    expect(refusal(doc2)).toContain('report.notApplicable[0]');
  });

  it('an unknown edition and an impossible year', () => {
    const doc = valid();
    doc.report.edition = '2020';
    doc.report.year = 1999;
    const message = refusal(doc);
    expect(message).toContain('report.edition 应为 "2019" 或 "2021"');
    expect(message).toContain('report.year 的值 数字 1999 超出允许范围');
  });

  it('lists at most five problems and counts the rest', () => {
    const doc = valid();
    for (const key of Object.keys(doc.report.cells).slice(0, 9)) doc.report.cells[key] = 'x';
    const message = refusal(doc);
    expect(message.match(/· report\.cells/g)).toHaveLength(5);
    expect(message).toContain('另有 4 处问题');
  });

  it('a file far too large to be a draft', () => {
    expect(refusal(' '.repeat(9 * 1024 * 1024))).toContain('文件过大');
  });
});

describe('migrate: step by step by fileVersion', () => {
  const steps = {
    1: (d: Record<string, unknown>) => ({ ...d, trail: ['1→2'] }),
    2: (d: Record<string, unknown>) => ({ ...d, trail: [...((d.trail as string[] | undefined) ?? []), '2→3'] }),
  };

  it('applies every step from the file version to the current one, in order', () => {
    expect(migrate({ fileVersion: 1 }, steps, 3)).toEqual({ ok: true, doc: { fileVersion: 3, trail: ['1→2', '2→3'] } });
    expect(migrate({ fileVersion: 2 }, steps, 3)).toEqual({ ok: true, doc: { fileVersion: 3, trail: ['2→3'] } });
  });

  it('leaves a current file alone', () => {
    const doc = { fileVersion: 3, a: 1 };
    expect(migrate(doc, steps, 3)).toEqual({ ok: true, doc });
  });

  it('refuses when a step is missing', () => {
    expect(migrate({ fileVersion: 1 }, { 2: steps[2] }, 3)).toEqual({ ok: false, message: expect.stringContaining('文件版本 1') });
  });

  it('has a step for every version below the current one', async () => {
    const { MIGRATIONS } = await import('../../shared/draft');
    for (let v = 1; v < CURRENT_FILE_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });
});
