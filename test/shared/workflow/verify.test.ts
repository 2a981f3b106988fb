// verify's comparison: a Word or HTML export read back by the importer is the version it was
// made from (random complete reports, both editions); a figure or a sentence changed in the
// file is named; every export carries the fingerprint, nothing of it printed.

import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDocx, toHtml, toPlainText } from '../../../shared/export';
import { embeddedFingerprint } from '../../../shared/export/embedded';
import { parseDraft } from '../../../shared/draft';
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

const DRAFTS = new URL('../../fixtures/drafts/', import.meta.url);
/** Every draft of test/fixtures/drafts that opens. */
const drafts = readdirSync(DRAFTS)
  .filter((f) => f.endsWith('.nianbao'))
  .flatMap((f) => {
    const parsed = parseDraft(readFileSync(new URL(f, DRAFTS), 'utf8'));
    return parsed.ok ? [[f, parsed.draft.report] as const] : [];
  });

describe('every fixture draft verified against its own exports', () => {
  it.each(drafts)('%s: HTML and Word match', async (_name, report) => {
    expect(differences(contentOf(report), await readBack('r.html', new TextEncoder().encode(toHtml(report)))).map(differenceLine)).toEqual([]);
    expect(differences(contentOf(report), await readBack('r.docx', await toDocx(report))).map(differenceLine)).toEqual([]);
  }, 60_000);
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

  it('names a 0 the file prints blank (the importer reads it as 0, marked)', async () => {
    const key = Object.keys(report.cells).find((k) => report.cells[k] === 0 && !report.notApplicable.includes(k))!;
    const html = toHtml(report);
    const cells = [...html.matchAll(/<td[^>]*>0<\/td>/g)];
    expect(cells.length).toBeGreaterThan(0);
    // Blank each printed 0 in turn until the one of this cell is found.
    for (const m of cells) {
      const edited = html.slice(0, m.index) + m[0].replace('>0<', '><') + html.slice(m.index + m[0].length);
      const found = differences(contentOf(report), await readBack('r.html', new TextEncoder().encode(edited)));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: 'cell', expected: '0', found: '空白' });
      if (found[0].key === key) return;
    }
    throw new Error(`no printed 0 was ${key}`);
  });

  it('names a 成文日期 or 署名 the file prints otherwise', async () => {
    const signed = { ...report, closing: { signature: '示例县政务公开办公室', date: '2025-01-06' } };
    const html = toHtml(signed);
    expect(html).toContain('2025年1月6日');
    const redated = differences(contentOf(signed), await readBack('r.html', new TextEncoder().encode(html.replace('2025年1月6日', '2025年1月9日')))).map(differenceLine);
    expect(redated).toEqual(['成文日期：应为 2025年1月6日，文件中为 2025年1月9日']);
    const resigned = differences(contentOf(signed), await readBack('r.html', new TextEncoder().encode(html.replace('示例县政务公开办公室', '示例县人民政府办公室')))).map(differenceLine);
    expect(resigned).toEqual(['署名：应为 示例县政务公开办公室，文件中为 示例县人民政府办公室']);
    // The organisation's own name is its 署名 whether the version says so or leaves it null.
    const own = { ...signed, closing: { ...signed.closing, signature: null } };
    expect(differences(contentOf(own), await readBack('r.docx', await toDocx({ ...own, closing: { ...own.closing, signature: own.organization } })))).toEqual([]);
  });
});
