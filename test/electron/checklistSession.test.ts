// 发布前检查 in the document session (issue 24): the office's 用语表 loaded from the user-data folder
// (a template made when there is none), handed to the page and used for the 检查报告; the 检查报告
// written as Word or through the window's printer; last year's report chosen as a draft or a
// published report, refused when it is not of the year before.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createDocumentSession, type Printer } from '../../electron/services/api';
import { USER_LEXICON_FILE, loadUserLexicon, readUserLexicon } from '../../electron/services/lexicon';
import { OpenFiles } from '../../electron/services/openFiles';
import { RecentFiles } from '../../electron/services/recent';
import { RecoveryOffers, RecoveryStore } from '../../electron/services/recovery';
import { QueuedDialogs } from '../harness/server';
import { fixturePath, loadFixture, referencePath } from '../helpers';

const folder = () => mkdtempSync(join(tmpdir(), 'nianbao-checklist-'));

describe('the office’s 用语表 in the user-data folder', () => {
  it('is made from a template when missing, and read as the office edits it', async () => {
    const userData = folder();
    expect(await loadUserLexicon(userData)).toEqual({ entries: [], problems: [], fileName: USER_LEXICON_FILE, read: true });
    const template = readFileSync(join(userData, USER_LEXICON_FILE), 'utf8');
    expect(template).toContain('错误写法 → 正确写法');
    writeFileSync(join(userData, USER_LEXICON_FILE), `${template}张三峰 → 张三丰 # 区长\n`);
    const loaded = await loadUserLexicon(userData);
    expect(loaded.entries.map((e) => [e.wrong, e.right, e.kind])).toEqual([['张三峰', '张三丰', 'office']]);
    // The template's own example lines are comments: nothing else was read.
    expect(loaded.problems).toEqual([]);
  });

  it('says why a file cannot be read (not UTF-8, too large), never throwing', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]));
    expect(await readUserLexicon(join(dir, 'gbk.txt'))).toMatchObject({ read: false, problems: ['gbk.txt 不是 UTF-8 编码的文本，请另存为 UTF-8 后重试'] });
    writeFileSync(join(dir, 'big.txt'), 'a'.repeat(1024 * 1024 + 1));
    expect((await readUserLexicon(join(dir, 'big.txt'))).problems).toEqual(['big.txt 过大（超过 1 MB），未读取']);
  });
});

async function session(printed: string[] = []) {
  const userData = folder();
  writeFileSync(join(userData, USER_LEXICON_FILE), '张三峰 → 张三丰\n坏行\n');
  const store = new RecoveryStore(join(userData, 'recovery'));
  const dialogs = new QueuedDialogs(folder());
  const printer: Printer = { toPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 stand-in')), print: async () => true };
  const s = createDocumentSession({
    dialogs,
    printer,
    samplePath: fixturePath('sample-2024'),
    recent: new RecentFiles(join(userData, 'recent.json')),
    recovery: { store, offers: new RecoveryOffers(store) },
    openFiles: new OpenFiles(),
    lexicon: await loadUserLexicon(userData),
  });
  return { session: s, dialogs };
}

const sample = loadFixture('sample-2024');
const misnamed = { ...sample, text: { ...sample.text, problems: `${sample.text.problems}\n区长张三峰主持会议。` } };

describe('the session', () => {
  it('hands the page the office’s list and the lines it skipped', async () => {
    const { session: s } = await session();
    const lexicon = await s.userLexicon();
    expect(lexicon.entries.map((e) => e.wrong)).toEqual(['张三峰']);
    expect(lexicon.problems).toEqual(['第 2 行“坏行”应写成“错误写法 → 正确写法”']);
  });

  it('writes the 检查报告 as Word, checked with the office’s list', async () => {
    const { session: s, dialogs } = await session();
    const path = join(folder(), '检查报告.docx');
    dialogs.queue(path);
    expect(await s.exportChecklist({ format: 'docx', report: misnamed, prior: null })).toEqual({ ok: true, fileName: '检查报告.docx' });
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('“张三峰”应为“张三丰”');
  });

  it('prints the 检查报告’s page for its PDF, as the report’s own PDF is made', async () => {
    const printed: string[] = [];
    const { session: s, dialogs } = await session(printed);
    const path = join(folder(), '检查报告.pdf');
    dialogs.queue(path);
    expect((await s.exportChecklist({ format: 'pdf', report: sample, prior: { ...sample, year: 2023 } })).ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7 stand-in');
    expect(printed[0]).toContain('@page { size: A4; margin: 0; }');
    expect(printed[0]).toContain('上年报告：已比对 2023 年度报告');
  });

  it('takes last year’s report from a draft or a published report, of the year before only', async () => {
    const { session: s, dialogs } = await session();
    dialogs.queue(fixturePath('tianshui-2020'));
    expect(await s.openPrior({ source: 'draft', year: 2021 })).toMatchObject({ ok: true, fileName: 'tianshui-2020.nianbao', prior: { year: 2020 } });
    dialogs.queue(referencePath('published', 'pingtan-2022.txt'));
    expect(await s.openPrior({ source: 'published', year: 2024 })).toEqual({
      ok: false,
      reason: 'invalid',
      message: '“pingtan-2022.txt”是 2022 年度的报告，上年报告应为 2023 年度。',
    });
    dialogs.queue(referencePath('published', 'pingtan-2022.txt'));
    const taken = await s.openPrior({ source: 'published', year: 2023 });
    expect(taken.ok && [taken.prior.year, taken.prior.organization]).toEqual([2022, '平潭综合实验区']);
    expect(await s.openPrior({ source: 'draft', year: 2023 })).toMatchObject({ ok: false, reason: 'canceled' });
  });
});
