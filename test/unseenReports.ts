// Published reports the narrative rules were not written from (test/fixtures/unseen-prose, see
// its README): each file holds the prose cut into the editor's sections, the printed figures of
// tables 三 and 四, and the annotations of every claim, read by hand.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EDITIONS, cellIndex, type CellKey } from '../shared/formats';
import { blankReport, type Report } from '../shared/report';
import type { Claim } from './referenceReports';

const DIR = new URL('./fixtures/unseen-prose/', import.meta.url);
const APPLY_COLUMNS = ['NP', 'BIZ', 'RES', 'NGO', 'LAW', 'OTH', 'TOT'];
const REVIEW_CELLS = ['RV', 'LD', 'LR'].flatMap((g) => ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'].map((c) => `review.${g}.${c}`));

export interface UnseenFile {
  source: string;
  note: string;
  organization: string;
  year: number;
  text: Report['text'];
  /** Table 三 as printed, by row key: [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]; rows left out are printed all 0. */
  apply: Record<string, number[]>;
  /** Table 四 as printed: 复议, 未经复议直接起诉, 复议后起诉; each 维持, 纠正, 其他, 尚未审结, 总计. */
  review: number[];
  claims: Claim[];
}

export const UNSEEN_REPORTS: string[] = readdirSync(fileURLToPath(DIR))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

export function unseenFile(name: string): UnseenFile {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`${name}.json`, DIR)), 'utf8'));
}

/** The report as a draft: its prose and the figures of tables 三 and 四 as printed (table 二 left blank). */
export function unseenReport(file: UnseenFile): Report {
  const report = blankReport(file.organization, file.year);
  const cells: Record<CellKey, number> = {};
  for (const cell of cellIndex(EDITIONS[report.edition]).tableCells.apply) {
    const printed = file.apply[cell.row];
    cells[cell.key] = printed ? printed[APPLY_COLUMNS.indexOf(cell.column)] : 0;
  }
  file.review.forEach((v, i) => (cells[REVIEW_CELLS[i]] = v));
  return { ...report, text: { ...report.text, ...file.text }, cells };
}
