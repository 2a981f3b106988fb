// electron/services/documents: atomic saves and untouched files on refusal.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDraft, saveDraft } from '../../electron/services/documents';
import { loadFixture } from '../helpers';
import { tempDir } from './cliHarness';

describe('documents service', () => {
  it('saves and reopens the same report, leaving no temporary file behind', async () => {
    const dir = tempDir();
    const path = join(dir, '报告.nianbao');
    const report = loadFixture('sample-2024');
    await saveDraft(path, report);
    await saveDraft(path, { ...report, organization: '改名后的机关' });
    const opened = await openDraft(path);
    expect(opened.ok && opened.draft.report).toEqual({ ...report, organization: '改名后的机关' });
    expect(readdirSync(dir)).toEqual(['报告.nianbao']);
  });

  it('never writes a draft that would not open again (a year past the last one), leaving the old file as it was', async () => {
    const dir = tempDir();
    const path = join(dir, '报告.nianbao');
    const report = loadFixture('sample-2024');
    await saveDraft(path, report);
    const before = readFileSync(path, 'utf8');
    await expect(saveDraft(path, { ...report, year: 20225 })).rejects.toThrow(/保存后的文件将无法再打开（文件内容有误：\s+· report\.year 的值 数字 20225 超出允许范围）/);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['报告.nianbao']);
  });

  it('refuses a folder', async () => {
    const dir = join(tempDir(), 'folder.nianbao');
    mkdirSync(dir);
    expect(await openDraft(dir)).toEqual({ ok: false, message: `${dir} 不是文件` });
  });

  it('refuses an invalid draft without touching it', async () => {
    const path = join(tempDir(), 'bad.nianbao');
    writeFileSync(path, '{"kind":"nianbao-draft","fileVersion":1}');
    const opened = await openDraft(path);
    expect(opened.ok).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('{"kind":"nianbao-draft","fileVersion":1}');
  });
});
