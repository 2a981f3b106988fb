// Reads units' drafts from files and folders for 汇总, in the parsing worker (services/untrusted).
// A file that cannot be read is listed with its reason — never silently left out.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { aggregate, type Aggregated, type Unit } from '../../shared/aggregate';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { toMillionths, type Report } from '../../shared/report';
import { fileErrorMessage } from './documents';
import { openDraftsUntrusted } from './untrusted';

export interface Unreadable {
  file: string;
  reason: string;
}

/** Draft files named directly, and every *.nianbao below the folders named, in a stable order. */
export async function collectDraftFiles(inputs: readonly string[]): Promise<{ files: string[]; unreadable: Unreadable[] }> {
  const files: string[] = [];
  const unreadable: Unreadable[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.toLowerCase().endsWith('.nianbao')) files.push(path);
    }
  };
  for (const input of inputs) {
    try {
      if ((await stat(input)).isDirectory()) await walk(input);
      else files.push(input);
    } catch (e) {
      unreadable.push({ file: input, reason: fileErrorMessage(e) });
    }
  }
  return { files: [...new Set(files)], unreadable };
}

/** Units' drafts are other people's files: read in the parsing worker, within its limits. */
export async function readUnits(files: readonly string[]): Promise<{ units: Unit[]; unreadable: Unreadable[] }> {
  const opened = await openDraftsUntrusted(files);
  const units: Unit[] = [];
  const unreadable: Unreadable[] = [];
  opened.forEach((o, i) => {
    if (o.ok) units.push({ report: o.draft.report, source: files[i] });
    else unreadable.push({ file: files[i], reason: o.message.split('\n')[0] });
  });
  return { units, unreadable };
}

export async function aggregateFiles(inputs: readonly string[], organization: string, year: number): Promise<{ result: Aggregated; unreadable: Unreadable[] }> {
  const collected = await collectDraftFiles(inputs);
  const read = await readUnits(collected.files);
  const result = aggregate(read.units, organization, year);
  const tooLarge = result.ok ? inexactSum(result.report) : null;
  return { result: tooLarge ? { ok: false, message: tooLarge } : result, unreadable: [...collected.unreadable, ...read.unreadable] };
}

/**
 * A sum no longer exact in a double (or Infinity, which a draft file would write as null) is
 * refused, naming the cell: units' figures that large are typing errors to chase, not to add.
 */
function inexactSum(report: Report): string | null {
  for (const cell of cellIndex(EDITIONS[report.edition]).entered) {
    const v = report.cells[cell.key];
    if (v === undefined) continue;
    const exact = cell.kind === 'amount' ? Number.isSafeInteger(toMillionths(v)) : Number.isSafeInteger(v);
    if (!exact) return `汇总后“${cell.rowLabel}”“${cell.columnLabel}”（${cell.key}）的合计过大，无法精确计算，请核对各单位报告中的这一数字`;
  }
  return null;
}
