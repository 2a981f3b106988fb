// Step-wise migration of older draft files: step n turns a version-n document into version n+1.
// When the file shape changes: bump CURRENT_FILE_VERSION, add the step here, and keep a file of
// the old version in test/fixtures/drafts/ forever.

import { excerpt } from './messages';
import { CURRENT_FILE_VERSION } from './schema';

export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  /** 1 → 2: drafts remember the prior year's report they were started from; older ones none. */
  1: (doc) => ({ ...doc, prior: null }),
  /**
   * 2 → 3: reports gain 发布日期, 机关类型, acknowledged warnings, import marks and record, and
   * export options. All are optional and read as their defaults, so the step changes nothing.
   */
  2: (doc) => doc,
  /**
   * 3 → 4: reports gain the closing block (署名, 成文日期), the provenance of imported figures,
   * ledger links and the report's life (steps, frozen versions, review remarks). All optional,
   * read as their defaults: the step changes nothing.
   */
  3: (doc) => doc,
};

export type Migrated = { ok: true; doc: Record<string, unknown> } | { ok: false; message: string };

export function migrate(
  doc: Record<string, unknown>,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
  current: number = CURRENT_FILE_VERSION,
): Migrated {
  const version = doc.fileVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `文件版本 fileVersion 应为正整数，实际为 ${excerpt(version)}` };
  }
  if (version > current) {
    return {
      ok: false,
      message: `此文件由更新版本的年报编辑器保存（文件版本 ${version}，本程序支持到 ${current}），请升级年报编辑器后再打开`,
    };
  }
  let out = doc;
  for (let v = version; v < current; v++) {
    const step = steps[v];
    if (!step) return { ok: false, message: `缺少从文件版本 ${v} 升级的步骤，无法打开` };
    out = { ...step(out), fileVersion: v + 1 };
  }
  return { ok: true, doc: out };
}
