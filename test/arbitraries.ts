// fast-check generators of valid reports in either edition, for property tests.

import fc from 'fast-check';
import { EDITIONS, cellIndex, type CellDef, type EditionId } from '../shared/formats';
import { REPORT_DEFAULTS, TEXT_SECTIONS, type Report } from '../shared/report';

const cellValue = (cell: CellDef): fc.Arbitrary<number> => {
  switch (cell.kind) {
    case 'count':
      return fc.nat({ max: 100_000 });
    case 'signedCount':
      return fc.integer({ min: -1000, max: 1000 });
    case 'amount':
      return fc.nat({ max: 9_999_999_999 }).map((m) => m / 1_000_000);
  }
};

const paragraphs = fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/\n/g, ' ')), { maxLength: 4 }).map((p) => p.join('\n'));

export function reportArbitrary(editionId?: EditionId): fc.Arbitrary<Report> {
  const edition = editionId ? fc.constant(editionId) : fc.constantFrom<EditionId>('2019', '2021');
  return edition.chain((id) => {
    const e = EDITIONS[id];
    const years = fc.integer({ min: e.firstYear, max: e.lastYear ?? 2030 });
    const entered = cellIndex(e).entered;
    const cells = fc.tuple(...entered.map((c) => fc.option(cellValue(c), { freq: 8 }))).map((values) => {
      const out: Record<string, number> = {};
      values.forEach((v, i) => {
        if (v !== null) out[entered[i].key] = v;
      });
      return out;
    });
    const money = fc.option(fc.nat({ max: 1_000_000 }));
    return fc.record({
      edition: fc.constant(id),
      year: years,
      organization: fc.string({ minLength: 1, maxLength: 30 }),
      title: fc.option(fc.string({ maxLength: 40 })),
      text: fc.tuple(...TEXT_SECTIONS.map(() => paragraphs)).map(
        (texts) => Object.fromEntries(TEXT_SECTIONS.map((s, i) => [s, texts[i]])) as Report['text'],
      ),
      cells,
      notApplicable: fc.subarray(entered.filter((c) => c.table === 'active').map((c) => c.key)),
      fees: fc.record({ noticeCount: fc.option(fc.nat({ max: 100 })), noticeAmountYuan: money, collectedYuan: money }),
      explanations: fc.dictionary(fc.constantFrom('T3-05'), fc.string({ maxLength: 30 })),
      publishDate: fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      organizationType: fc.option(fc.constantFrom('department' as const, 'township' as const, 'government' as const)),
      acknowledgements: fc.array(fc.record({ rule: fc.constantFrom('T3-08', 'TXT-01', 'T2A-02'), anchor: fc.string({ maxLength: 30 }), reason: fc.string({ maxLength: 30 }) }), { maxLength: 3 }),
      importMarks: fc.dictionary(
        fc.constantFrom(...entered.map((c) => c.key)),
        fc.record({ reason: fc.constantFrom('unreadable' as const, 'ambiguous' as const, 'blankAsZero' as const), detail: fc.string({ maxLength: 30 }) }),
        { maxKeys: 4 },
      ),
      importRecord: fc.option(fc.record({ source: fc.string({ maxLength: 20 }), importedAt: fc.constant('2026-01-02T10:00:00+08:00'), notes: fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }) })),
      exportOptions: fc.record({ fonts: fc.constantFrom('gb2312' as const, 'common' as const) }),
      closing: fc.record({
        signature: fc.option(fc.string({ maxLength: 30 })),
        date: fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      }),
      provenance: fc.dictionary(
        fc.constantFrom(...entered.map((c) => c.key)),
        fc.record({
          place: fc.oneof(
            fc.record({ kind: fc.constant('text' as const), line: fc.nat({ max: 5000 }), column: fc.nat({ max: 500 }) }),
            fc.record({ kind: fc.constant('page' as const), page: fc.nat({ max: 40 }), x: fc.nat({ max: 600 }), y: fc.nat({ max: 850 }) }),
            fc.record({ kind: fc.constant('table' as const), table: fc.nat({ max: 9 }), row: fc.nat({ max: 40 }), cell: fc.nat({ max: 9 }) }),
          ),
          snippet: fc.string({ maxLength: 40 }),
          proof: fc.constantFrom('header' as const, 'position' as const, 'arithmetic' as const),
        }),
        { maxKeys: 4 },
      ),
      ledgers: fc.array(
        fc.record({
          source: fc.string({ maxLength: 20 }),
          sheet: fc.string({ maxLength: 10 }),
          countedAt: fc.constant('2026-01-05T09:00:00+08:00'),
          rows: fc.dictionary(fc.constantFrom(...entered.map((c) => c.key)), fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 5 }), { maxKeys: 3 }),
        }),
        { maxLength: 1 },
      ),
      workflow: fc.constant(null).map(() => REPORT_DEFAULTS().workflow),
    }).map((r) => ({ ...r, notApplicable: r.notApplicable.filter((k) => r.cells[k] === undefined) }));
  });
}

const ORGANIZATIONS = ['某县人民政府', '某市教育局', '某区财政局', '示例镇人民政府', '某市生态环境局', '某县交通运输局'];
const SENTENCES = [
  '全年主动公开政府信息1200条。',
  '（一）主动公开',
  '依法依规做好政府信息公开申请办理工作。',
  '1.加强组织领导。成立政务公开工作领导小组，定期研究部署。',
  '进一步完善信息发布机制',
  '（二）政府信息管理',
  '严格执行公文公开属性源头认定制度。',
  '本报告电子版可在门户网站下载。',
  '存在的主要问题是政策解读形式单一。',
];

/** A complete report (every cell entered or "/"), with narrative as clerks write it: for round trips. */
export function completeReportArbitrary(editionId: EditionId): fc.Arbitrary<Report> {
  const e = EDITIONS[editionId];
  const entered = cellIndex(e).entered;
  const lines = fc.array(fc.constantFrom(...SENTENCES), { maxLength: 3 }).map((l) => l.join('\n'));
  const yuan = fc.nat({ max: 100_000 }).map((c) => c / 100);
  const fees =
    editionId === '2019'
      ? fc.constant({ noticeCount: null, noticeAmountYuan: null, collectedYuan: null })
      : fc.oneof(
          fc.constant({ noticeCount: null, noticeAmountYuan: null, collectedYuan: null }),
          fc.constant({ noticeCount: 0, noticeAmountYuan: null, collectedYuan: null }),
          fc.record({ noticeCount: fc.integer({ min: 1, max: 50 }), noticeAmountYuan: yuan, collectedYuan: yuan }),
        );
  return fc
    .record({
      year: fc.integer({ min: e.firstYear, max: e.lastYear ?? 2030 }),
      organization: fc.constantFrom(...ORGANIZATIONS),
      values: fc.tuple(...entered.map((c) => cellValue(c))),
      notApplicable: fc.subarray(entered.filter((c) => c.table === 'active').map((c) => c.key), { maxLength: 3 }),
      text: fc.tuple(...TEXT_SECTIONS.map(() => lines)),
      fees,
      // 署名: the organisation's (null) or another body's; 成文日期: none, or early in the next year.
      signature: fc.constantFrom(null, '示例县政务公开办公室'),
      closingDay: fc.option(fc.integer({ min: 0, max: 89 })),
    })
    .map(({ year, organization, values, notApplicable, text, fees: f, signature, closingDay }) => {
      const cells: Record<string, number> = {};
      entered.forEach((c, i) => {
        if (!notApplicable.includes(c.key)) cells[c.key] = values[i];
      });
      return {
        edition: editionId,
        year,
        organization,
        title: null,
        text: Object.fromEntries(TEXT_SECTIONS.map((s, i) => [s, text[i]])) as Report['text'],
        cells,
        notApplicable: entered.map((c) => c.key).filter((k) => notApplicable.includes(k)),
        fees: f,
        explanations: {},
        ...REPORT_DEFAULTS(),
        closing: { signature, date: closingDay === null ? null : new Date(Date.UTC(year + 1, 0, 1 + closingDay)).toISOString().slice(0, 10) },
      };
    });
}
