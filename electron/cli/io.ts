// How CLI commands talk: exit codes of design §5, Chinese text for people, one JSON object
// on stdout with --json (and then people's messages go to stderr).

import { reportYearProblem } from '../../shared/formats';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

export class UsageError extends Error {}

/**
 * `--year`: decimal digits only ("0x7e8", "2e3" or "2024.0" would be a year to Number()), and
 * a year a draft may hold.
 */
export function yearOption(text: string): number {
  const year = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  const problem = Number.isNaN(year) ? `${reportYearProblem(year)}，用十进制数字写（如 2024）` : reportYearProblem(year);
  if (problem) throw new UsageError(`--year：${problem}，实际为“${text}”`);
  return year;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
