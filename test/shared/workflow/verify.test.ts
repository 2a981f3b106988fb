// verify's comparison: a Word or HTML export read back by the importer is the version it was
// made from (random complete reports, both editions); a figure or a sentence changed in the
// file is named; every export carries the fingerprint, nothing of it printed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDocx, toHtml, toPlainText } from '../../../shared/export';
import { embeddedFingerprint } from '../../../shared/export/embedded';
import { importPublished } from '../../../shared/import';
import type { Report } from '../../../shared/report';
import { contentOf, differenceLine, differences, fingerprint } from '../../../shared/workflow';
import { completeReportArbitrary } from '../../arbitraries';
import { loadFixture } from '../../helpers';

async function readBack(name: string, bytes: Uint8Array): Promise<Report> {
  const imported = await importPublished(name, bytes);
  if (!imported.ok) throw new Error(imported.message);
  return imported.report;
}

describe.each(['2019', '2021'] as const)('%s edition', (edition) => {
  it('an HTML or Word export read back is its version: no difference (40 random reports each)', async () => {
    await fc.assert(
      fc.asyncProperty(completeReportArbitrary(edition), async (report) => {
        expect(differences(contentOf(report), await readBack('r.html', new TextEncoder().encode(toHtml(report))))).toEqual([]);
        expect(differences(contentOf(report), await readBack('r.docx', await toDocx(report)))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('differences', () => {
  const report = loadFixture('sample-2024');

  it('names the cell whose figure the file changed, and the part whose sentence it changed', async () => {
    const html = toHtml(report).replace(`>${report.cells['apply.R1.NP']}</td>`, `>${report.cells['apply.R1.NP'] + 7}</td>`);
    const sentence = report.text.overview.split('\n').find((l) => l.length > 12)!;
    const edited = html.replace(sentence, sentence.replace(/。$/, '，并加强了督办。'));
    expect(edited).not.toBe(html);
    const found = differences(contentOf(report), await readBack('r.html', new TextEncoder().encode(edited))).map(differenceLine);
    expect(found).toContain(`表三 一、本年新收政府信息公开申请数量 / 自然人：应为 ${report.cells['apply.R1.NP']}，文件中为 ${report.cells['apply.R1.NP'] + 7}`);
    expect(found.some((l) => l.startsWith('一、总体情况：文字不同，加入“，并加强了督办'))).toBe(true);
  });

  it('every export carries the fingerprint of its content, and none prints it', async () => {
    const fp = fingerprint(contentOf(report));
    const docx = await toDocx(report);
    expect(await embeddedFingerprint(docx)).toBe(fp);
    expect(await embeddedFingerprint(new TextEncoder().encode(toHtml(report)))).toBe(fp);
    expect(await embeddedFingerprint(new TextEncoder().encode(toHtml(report, { fragment: true })))).toBe(fp);
    expect(toPlainText(report)).not.toContain(fp.slice(0, 8));
    const printedText = (await readBack('r.docx', docx)).text;
    expect(Object.values(printedText).join('')).not.toContain(fp.slice(0, 8));
  });
});
