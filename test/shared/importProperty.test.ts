// The property of issue 20: random complete reports of both editions, printed in every table
// grammar a page uses, with random hard line breaks inside the narrative's sentences and figures
// set on lines of their own, import back to identical cells (each with its proof and place) and
// identical narrative, whitespace aside — no figure of the narrative lost.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/import';
import { PARTS } from '../../shared/formats';
import type { Report } from '../../shared/report';
import { completeReportArbitrary } from '../arbitraries';
import { sameCells } from './importHelpers';
import { TABLE_GRAMMARS, printReport, type Breaker } from './importPrint';
import { expectTraceable, textResolver } from '../importTrace';

/**
 * Breaks a narrative line as portals do: anywhere inside a sentence, and around a figure so that
 * it stands on a line of its own. A heading (a line without a sentence in it) is left whole, and
 * a numbered item is not broken before its first stop (its number would read as a heading's).
 */
function breaker(cuts: number[]): Breaker {
  return (line) => {
    if (!/[。；]/.test(line)) return [line];
    const first = /^(（[一二三四五六七八九十\d]+）|\d+[.．])/.test(line) ? line.search(/[。；]/) + 1 : 1;
    const at = new Set<number>();
    for (const c of cuts) {
      const k = first + (c % Math.max(1, line.length - first));
      // Never inside a figure: a figure is broken off whole, on a line of its own.
      if (k > 0 && k < line.length && !(/\d/.test(line[k - 1]) && /\d/.test(line[k]))) at.add(k);
    }
    for (const m of line.matchAll(/\d+(?=[条件个项次期位人])/g)) if (cuts.length % 2 === 0) at.add(m.index).add(m.index + m[0].length);
    const points = [...at].filter((k) => k > 0 && k < line.length).sort((a, b) => a - b);
    return [0, ...points].map((k, i) => line.slice(k, points[i] ?? line.length)).filter((piece) => piece !== '');
  };
}

const squeeze = (s: string) => s.replace(/\s/g, '');

describe.each(['2019', '2021'] as const)('%s edition', (edition) => {
  it.each(TABLE_GRAMMARS)('printed as %s, its narrative broken anywhere: identical cells, each traced, and identical narrative', (style) => {
    fc.assert(
      fc.property(completeReportArbitrary(edition), fc.array(fc.nat(), { maxLength: 4 }), (report: Report, cuts) => {
        const page = printReport(report, style, breaker(cuts));
        const back = importText(page);
        if (!back.ok) throw new Error(back.message);
        sameCells(back.report, report);
        expectTraceable(back.report, textResolver(new TextEncoder().encode(page)));
        const period = `本报告所列数据的统计期限自${report.year}年1月1日起至${report.year}年12月31日止。`;
        expect(squeeze(back.report.text.preamble)).toBe(squeeze(report.text.preamble + period));
        for (const part of PARTS) expect(squeeze(back.report.text[part.text]), part.text).toBe(squeeze(report.text[part.text]));
      }),
      { numRuns: 20 },
    );
  });
});
