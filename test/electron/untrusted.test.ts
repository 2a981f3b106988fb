// Other people's files are parsed in a worker with limits (issue 12): the same results as
// before for real reports and drafts; size caps at the door; a file that overruns its time or
// memory costs only its worker, the caller keeps running and the next file is still read.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDraft } from '../../shared/draft';
import { MAX_IMPORT_BYTES, importPublished } from '../../shared/import';
import { importUntrusted, openDraftsUntrusted } from '../../electron/services/untrusted';
import { clerkMessage } from '../../electron/services/untrusted/say';
import { fixturePath, loadFixture, referencePath } from '../helpers';
import { tempDir } from './cliHarness';
import { writeText, zip } from './hostileFiles';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Runs `work` while sampling how long this thread's event loop was ever kept from a 10 ms tick. */
async function withLongestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  try {
    return { value: await work(), stallMs };
  } finally {
    clearInterval(tick);
  }
}

describe('import through the worker', () => {
  it.each(['hongqiao-2020.txt', 'shuyang-fagaiju-2023.html'])('reads %s exactly as the importer does in-process', async (name) => {
    const path = referencePath('published', name);
    const importedAt = '2026-11-30T10:00:00.000Z';
    const direct = await importPublished(path, new Uint8Array(readFileSync(path)), { importedAt });
    const viaWorker = await importUntrusted(path, { importedAt });
    expect(viaWorker.ok).toBe(true);
    expect(viaWorker).toEqual(direct);
  });

  it('refuses a file over its format’s cap at the door, before reading it', async () => {
    const dir = tempDir();
    // The caps are the importer's own (shared/import/format); the door reads only the head.
    const path = writeText(dir, '年报.txt', '\n'.repeat(MAX_IMPORT_BYTES.text + 1));
    expect(await importUntrusted(path)).toEqual({ ok: false, message: '文件过大（8.0 MB），文本形式的年报不会超过 8.0 MB，不像是一份年报，请确认选择了正确的文件' });
    const pdf = writeText(dir, '年报.txt', '');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_IMPORT_BYTES.pdf)]));
    expect(await importUntrusted(pdf)).toEqual({ ok: false, message: '文件过大（32.0 MB），PDF形式的年报不会超过 32.0 MB，不像是一份年报，请确认选择了正确的文件' });
  });

  it('says so for a missing file or a folder', async () => {
    const dir = tempDir();
    expect(await importUntrusted(join(dir, '没有.docx'))).toEqual({ ok: false, message: '文件不存在' });
    mkdirSync(join(dir, '文件夹.html'));
    expect(await importUntrusted(join(dir, '文件夹.html'))).toEqual({ ok: false, message: '这不是一个文件' });
  });

  it('stops a file that overruns the time budget; this thread never stalls and a second import alongside succeeds', async () => {
    const dir = tempDir();
    // A PDF whose damaged embedded font keeps pdf.js busy for many seconds without yielding.
    const hostile = join(dir, '字体损坏.pdf');
    writeFileSync(hostile, readFileSync(join(import.meta.dirname, '..', 'fixtures', 'import', 'damaged-font.pdf')));
    const good = referencePath('published', 'hongqiao-2020.txt');
    const { value, stallMs } = await withLongestStall(() => Promise.all([importUntrusted(hostile, {}, { timeMs: 1_500, heapMb: 256, residentMb: 400 }), importUntrusted(good)]));
    const [refused, imported] = value;
    expect(refused).toEqual({ ok: false, message: '读取超过 1.5 秒仍未完成，已停止：文件过大、结构异常或已损坏，不像是一份年报' });
    expect(imported.ok && imported.report.organization).toBe('天津市红桥区人民政府');
    // Parsed on this thread, the file would have held it for the whole 1.5 s (and far longer).
    expect(stallMs).toBeLessThan(1_000);
  });

  it('refuses an import whose draft could not be saved and reopened (over 8 MB)', async () => {
    const dir = tempDir();
    const text = readFileSync(referencePath('published', 'hongqiao-2020.txt'), 'utf8');
    // 一、总体情况 padded with 30,000 paragraphs: ~9 MB of narrative, from a Word file well under its cap.
    const padding = Array.from({ length: 30_000 }, (_, i) => `第${i}项：${'政务公开工作稳步推进，各项制度落实到位。'.repeat(5)}`).join('\n');
    const lines = text.replace(/一、\s*总体情况/, `$&\n${padding}`).split('\n');
    const xml = `<w:document xmlns:w="${W_NS}"><w:body>${lines.map((l) => `<w:p><w:r><w:t>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
    const path = join(dir, 'padded.docx');
    writeFileSync(path, await zip([{ name: 'word/document.xml', chunks: [Buffer.from(xml)] }]));
    const result = await importUntrusted(path, {}, { timeMs: 60_000, heapMb: 2048, residentMb: 4096 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^导入后的草稿有 \d+\.\d MB，超过草稿文件的上限 8\.0 MB（正文过长），不像是一份年报$/);
  }, 60_000);
});

describe('units’ drafts through the worker', () => {
  it('opens drafts in order, each with its own result, a bad one among them', async () => {
    const dir = tempDir();
    const broken = writeText(dir, 'broken.nianbao', '{"kind": "nianbao-draft",');
    const results = await openDraftsUntrusted([fixturePath('tianshui-2020'), broken, join(dir, 'gone.nianbao'), fixturePath('hongqiao-2020')]);
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true]);
    expect(results[0].ok && results[0].draft.report).toEqual(loadFixture('tianshui-2020'));
    expect(!results[1].ok && results[1].message).toContain('（第 1 行第 26 列附近）');
    expect(!results[2].ok && results[2].message).toBe('文件不存在');
    expect(results[3].ok && results[3].draft.report.organization).toBe('天津市红桥区人民政府');
  });

  it('stops a draft that overruns the memory limit and reads the drafts after it in a fresh worker', async () => {
    const dir = tempDir();
    // 6 MB on disk (under the 8 MB cap), but half a million objects once parsed.
    const doc = JSON.parse(serializeDraft(loadFixture('hongqiao-2020')));
    doc.report.explanations = Object.fromEntries(Array.from({ length: 500_000 }, (_, i) => [`k${i}`, '']));
    const heavy = join(dir, 'heavy.nianbao');
    writeFileSync(heavy, JSON.stringify(doc));
    const results = await openDraftsUntrusted([fixturePath('tianshui-2020'), heavy, fixturePath('shangjie-2020')], { timeMs: 20_000, heapMb: 64, residentMb: 1_000 });
    expect(results.map((r) => r.ok || r.message)).toEqual([true, '读取所需的内存超过上限，已停止：文件解压后过大、结构异常或已损坏，不像是年报草稿', true]);
    expect(results[2].ok && results[2].draft.report).toEqual(loadFixture('shangjie-2020'));
  });
});

describe('clerkMessage', () => {
  it('keeps our messages, replaces a library’s English sentence, keeps the Chinese before it', () => {
    expect(clerkMessage('没有找到年报标题', '文件已损坏')).toBe('没有找到年报标题');
    expect(clerkMessage('无法读取这个 Word 文件：Corrupted zip: can\'t find end of central directory', '文件已损坏')).toBe('无法读取这个 Word 文件：文件已损坏');
    expect(clerkMessage('Maximum call stack size exceeded', '文件已损坏')).toBe('文件已损坏');
    expect(clerkMessage('x'.repeat(10), '文件已损坏')).toBe('文件已损坏');
    expect(clerkMessage(`无法读取${'很长'.repeat(500)}`, '文件已损坏')).toHaveLength(300);
  });
});
