// The desk's folder tree read within limits: broken, hostile or oversized drafts listed with a
// Chinese reason and never stopping the rest; hidden folders, lock files and links left alone;
// the tree's depth and size capped (and said); drafts unchanged since the last reading not read again.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanDrafts, type SummaryCache } from '../../../electron/services/desk/scan';
import { serializeDraft } from '../../../shared/draft';
import { unitReport, unitText } from '../../deskFixtures';
import { tempDir } from '../cliHarness';

const draft = (name: string) => serializeDraft({ ...unitReport(name, 2024, unitText(name, 0), 1), publishDate: '2025-01-20' });

describe('reading a folder of drafts', () => {
  it('lists every file it cannot read with its reason, and reads the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '好.nianbao'), draft('示例县甲局'));
    writeFileSync(join(dir, '嵌套.nianbao'), `{"kind":"nianbao-draft","report":${'['.repeat(100_000)}`);
    writeFileSync(join(dir, '超大.nianbao'), Buffer.alloc(9 * 1024 * 1024, 0x20));
    writeFileSync(join(dir, '乱码.nianbao'), Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3]));
    writeFileSync(join(dir, '空报告.nianbao'), '{"kind":"nianbao-draft","fileVersion":4,"savedAt":"2025-01-01T00:00:00+08:00","report":{}}');
    const scanned = await scanDrafts(dir, new Map());
    expect(scanned.drafts.map((d) => [d.file, d.summary.organization])).toEqual([['好.nianbao', '示例县甲局']]);
    const reasons = Object.fromEntries(scanned.unreadable.map((u) => [u.file, u.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['乱码.nianbao', '嵌套.nianbao', '空报告.nianbao', '超大.nianbao']);
    expect(reasons['超大.nianbao']).toMatch(/^文件过大（9\.0 MB）/);
    expect(reasons['嵌套.nianbao']).toContain('文件结构异常');
    expect(reasons['乱码.nianbao']).toContain('不是 UTF-8 编码');
    expect(reasons['空报告.nianbao']).toContain('文件内容有误');
    for (const reason of Object.values(reasons)) expect(reason.length).toBeLessThanOrEqual(300);
  }, 60_000);

  it('leaves hidden folders, lock files and links alone, and says when the tree is too deep or too large', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', '藏.nianbao'), draft('示例县藏局'));
    writeFileSync(join(dir, '~$甲.nianbao.lock'), '{}');
    writeFileSync(join(dir, '~$乙.nianbao'), '{}');
    mkdirSync(join(dir, '一', '二', '三'), { recursive: true });
    writeFileSync(join(dir, '一', '甲.nianbao'), draft('示例县甲局'));
    writeFileSync(join(dir, '一', '二', '三', '深.nianbao'), draft('示例县深局'));
    symlinkSync(dir, join(dir, '一', '回到上层'));
    const scanned = await scanDrafts(dir, new Map(), undefined, { depth: 2, entries: 1000, drafts: 100 });
    expect(scanned.drafts.map((d) => d.file)).toEqual([join('一', '甲.nianbao')]);
    expect(scanned.unreadable).toEqual([]);
    expect(scanned.notes).toEqual(['文件夹层级超过 2 层，更深的文件夹没有读取。', '跳过了 1 个快捷方式（符号链接），其中的草稿请直接放入文件夹。']);

    const many = tempDir();
    for (const n of ['甲', '乙', '丙']) writeFileSync(join(many, `${n}.nianbao`), draft(`示例县${n}局`));
    const capped = await scanDrafts(many, new Map(), undefined, { depth: 8, entries: 1000, drafts: 2 });
    expect(capped.drafts).toHaveLength(2);
    expect(capped.notes[0]).toMatch(/^文件夹中的文件过多.*只读取了前 2 份草稿/);
  }, 60_000);

  it('reads a draft again only when it changed, and forgets one that is gone', async () => {
    const dir = tempDir();
    for (const n of ['甲', '乙', '丙']) writeFileSync(join(dir, `${n}.nianbao`), draft(`示例县${n}局`));
    const cache: SummaryCache = new Map();
    const progress = { done: 0, total: 0 };
    expect((await scanDrafts(dir, cache, progress)).read).toBe(3);
    expect(progress).toEqual({ done: 3, total: 3 });
    expect((await scanDrafts(dir, cache)).read).toBe(0);
    writeFileSync(join(dir, '乙.nianbao'), serializeDraft({ ...unitReport('示例县乙局', 2024, unitText('x', 1), 2), publishDate: null }));
    const again = await scanDrafts(dir, cache);
    expect(again.read).toBe(1);
    expect(again.drafts.find((d) => d.file === '乙.nianbao')!.summary.publishDate).toBeNull();
    writeFileSync(join(dir, '丙.nianbao'), 'broken');
    const broken = await scanDrafts(dir, cache);
    expect([broken.read, broken.drafts.length, broken.unreadable.map((u) => u.file)]).toEqual([1, 2, ['丙.nianbao']]);
  }, 60_000);
});
