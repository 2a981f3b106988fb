// Reads units' drafts from files and folders for 汇总, in the parsing worker (services/untrusted).
// A file that cannot be read is listed with its reason — never silently left out.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { aggregate, type Aggregated, type Unit } from '../../shared/aggregate';
import { fileErrorMessage } from './documents';
import { openDraftsUntrusted } from './untrusted';

export interface Unreadable {
  file: string;
  reason: string;
}

/** Draft files named directly, and every *.nianbao below the folders named, in a stable order. */
async function collectDraftFiles(inputs: readonly string[]): Promise<{ files: string[]; unreadable: Unreadable[] }> {
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
async function readUnits(files: readonly string[]): Promise<{ units: Unit[]; unreadable: Unreadable[] }> {
  const opened = await openDraftsUntrusted(files);
  const units: Unit[] = [];
  const unreadable: Unreadable[] = [];
  opened.forEach((o, i) => {
    if (o.ok) units.push({ report: o.draft.report, source: files[i] });
    else unreadable.push({ file: files[i], reason: o.message.split('\n')[0] });
  });
  return { units, unreadable };
}

/**
 * Sums beyond the limits every figure is held to are refused by shared/aggregate, naming the cell.
 * `leaveOut`: reports that cannot be summed with the rest (another year …) are left out and listed
 * in the result instead of stopping it.
 */
export async function aggregateFiles(inputs: readonly string[], organization: string, year: number, options: { leaveOut?: boolean } = {}): Promise<{ result: Aggregated; unreadable: Unreadable[] }> {
  const collected = await collectDraftFiles(inputs);
  const read = await readUnits(collected.files);
  return { result: aggregate(read.units, organization, year, options), unreadable: [...collected.unreadable, ...read.unreadable] };
}
