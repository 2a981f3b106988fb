// safeFileName: whatever a clerk typed as the title or the organisation, the name is one plain
// file name — no separators, no "..", no controls, no Windows device name, at most 180 bytes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, isSafeFileName, reportFileName, safeFileName } from '../../../shared/files/fileName';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('safeFileName', () => {
  it('turns separators and the marks Windows forbids into their full-width forms', () => {
    expect(safeFileName('../x', '.docx')).toBe('／x.docx');
    expect(safeFileName('..\\x', '.docx')).toBe('＼x.docx');
    expect(safeFileName('a/b', '.html')).toBe('a／b.html');
    expect(safeFileName('报告:草稿*?"<>|', '.pdf')).toBe('报告：草稿＊？＂＜＞｜.pdf');
    expect(safeFileName('../../../../tmp/PWNED', '.html')).toBe('／..／..／..／tmp／PWNED.html');
  });

  it('never gives ".", ".." or a hidden name, nor trailing dots or spaces', () => {
    expect(safeFileName('..', '')).toBe('年度报告');
    expect(safeFileName('.', '.docx')).toBe('年度报告.docx');
    expect(safeFileName(' . . ', '.docx')).toBe('年度报告.docx');
    expect(safeFileName('.bashrc', '')).toBe('bashrc');
    expect(safeFileName('报告. . ', '.docx')).toBe('报告.docx');
  });

  it('removes control and invisible characters', () => {
    expect(safeFileName('a\u0000b\u0007c\u202Ed\u200B', '.docx')).toBe('abcd.docx');
    expect(safeFileName('甲\n乙\t丙', '.docx')).toBe('甲 乙 丙.docx');
  });

  it('steps around Windows device names, with or without an extension', () => {
    expect(safeFileName('CON', '.docx')).toBe('_CON.docx');
    expect(safeFileName('nul.txt', '.nianbao')).toBe('_nul.txt.nianbao');
    expect(safeFileName('com1', '')).toBe('_com1');
    expect(safeFileName('Lpt9', '.pdf')).toBe('_Lpt9.pdf');
    expect(safeFileName('CONTENT', '.pdf')).toBe('CONTENT.pdf');
  });

  it('takes, as Windows does, the part before the first dot with its trailing spaces dropped as the device name', () => {
    expect(safeFileName('CON .x', '.html')).toBe('_CON .x.html');
    expect(safeFileName('aux   .年报', '.docx')).toBe('_aux .年报.docx');
    expect(safeFileName('CON x.y', '.html')).toBe('CON x.y.html');
    expect(isSafeFileName('nul .txt')).toBe(false);
  });

  it('caps the name in bytes, cut between characters, keeping the extension', () => {
    const name = safeFileName('汉'.repeat(100), '（网页片段）.html');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith('汉（网页片段）.html')).toBe(true);
    expect(name).not.toContain('\uFFFD');
    const emoji = safeFileName('😀'.repeat(100), '.docx');
    expect(bytes(emoji)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect([...emoji.slice(0, -5)].every((ch) => ch === '😀')).toBe(true);
  });

  it('is a single safe name for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('.docx', '.nianbao', '（网页片段）.html', ''), (stem, extension) => {
        const name = safeFileName(stem, extension);
        expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}]/u);
        expect(name).not.toMatch(/^[.\s]/);
        expect(name.slice(0, name.length - extension.length)).not.toMatch(/[.\s]$/);
        expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(isSafeFileName(name)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('names a report after its title', () => {
    expect(reportFileName({ title: null, organization: '天水市/人民政府', year: 2020 }, '.docx')).toBe('天水市／人民政府2020年政府信息公开工作年度报告.docx');
  });

  it('tells an uploaded name that is safe as it stands from one that is not', () => {
    expect(['天水.nianbao', '报告 2020.docx'].map(isSafeFileName)).toEqual([true, true]);
    expect(['..', 'CON.nianbao', 'a\u0000.nianbao', '.hidden', 'x.', '汉'.repeat(61)].map(isSafeFileName)).toEqual([false, false, false, false, false, false]);
  });
});
