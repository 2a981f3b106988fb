// The document session (one per window) with hostile files (issue 12): a refusal in Chinese
// instead of silence or a lost app; a zip bomb in one window leaves another window's import,
// and the next import in the same window, working.

import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocumentSession, type Dialogs } from '../../electron/services/api';
import { OpenFiles } from '../../electron/services/openFiles';
import { RecentFiles } from '../../electron/services/recent';
import { RecoveryOffers, RecoveryStore } from '../../electron/services/recovery';
import { fixturePath, referencePath } from '../helpers';
import { tempDir } from './cliHarness';
import { docxBomb, nested, writeText } from './hostileFiles';

/** A session whose dialogs answer with the next path queued. */
function session(dir: string) {
  const answers: string[] = [];
  const next = async () => answers.shift() ?? null;
  const dialogs: Dialogs = { chooseDraftToOpen: next, chooseDraftToSave: next, chooseExportTarget: next, chooseUnitsFolder: next, choosePublishedReport: next, chooseTrendReports: async () => [] };
  const store = new RecoveryStore(join(dir, 'recovery'));
  const s = createDocumentSession({
    dialogs,
    samplePath: fixturePath('sample-2024'),
    recent: new RecentFiles(join(dir, 'recent.json')),
    recovery: { store, offers: new RecoveryOffers(store, []) },
    openFiles: new OpenFiles(),
  });
  return { s, answer: (path: string) => answers.push(path) };
}

describe('a window’s document session and hostile files', () => {
  it('says why a draft nested 10,000 levels deep cannot be opened', async () => {
    const dir = tempDir();
    const { s, answer } = session(dir);
    answer(writeText(dir, '深.nianbao', nested(10_000)));
    expect(await s.openDocument()).toEqual({
      ok: false,
      reason: 'invalid',
      message: '无法打开“深.nianbao”：文件结构异常（第 1 行第 65 列）：嵌套超过 64 层，年报草稿不会有这样的结构，可能已损坏或不是年报草稿',
    });
  });

  it('refuses a zip bomb while another window imports a real report; the same window imports the next file', async () => {
    const dir = tempDir();
    const first = session(dir);
    const second = session(dir);
    first.answer(await docxBomb(dir, '年报.docx', 300, 'one-run'));
    second.answer(referencePath('published', 'shangjie-2020.txt'));
    const [bombed, imported] = await Promise.all([first.s.importPublished(), second.s.importPublished()]);
    // Refused from the zip's directory before inflating (shared/import/docx); the worker's heap cap
    // and time budget stand behind that (test/electron/untrusted.test.ts).
    expect(bombed).toEqual({ ok: false, reason: 'invalid', message: expect.stringMatching(/^无法导入“年报\.docx”：Word 文档解压后有 300 MB（正文上限 16 MB），不像是一份年报/) });
    expect(imported).toMatchObject({ ok: true, unsaved: true });
    first.answer(referencePath('published', 'hongqiao-2020.txt'));
    expect(await first.s.importPublished()).toMatchObject({ ok: true, report: { organization: '天津市红桥区人民政府' } });
  });

  it('sums the good units of a folder and lists the hostile one with its reason', async () => {
    const dir = tempDir();
    const units = join(dir, '下级单位');
    mkdirSync(units);
    copyFileSync(fixturePath('tianshui-2020'), join(units, '天水.nianbao'));
    writeText(units, '坏.nianbao', `{"kind": "nianbao-draft", "report": {"__proto__": {"year": 1}}}`);
    const { s, answer } = session(dir);
    answer(units);
    const result = await s.aggregateUnits({ organization: '某省', year: 2020 });
    expect(result).toMatchObject({
      ok: true,
      units: [{ source: '天水.nianbao' }],
      leftOut: [{ file: '坏.nianbao', reason: '文件内容有误（第 1 行第 38 列）：report 中不允许出现字段名 "__proto__"（可能是被篡改的文件）' }],
    });
  });
});
