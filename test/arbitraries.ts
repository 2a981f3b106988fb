// fast-check generators of valid reports in either edition, for property tests.

import fc from 'fast-check';
import { EDITIONS, cellIndex, type CellDef, type EditionId } from '../shared/formats';
import { TEXT_SECTIONS, type Report } from '../shared/report';

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
    }).map((r) => ({ ...r, notApplicable: r.notApplicable.filter((k) => r.cells[k] === undefined) }));
  });
}
