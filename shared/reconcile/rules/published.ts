// The report's life (issue 23): PUB-01 — the content is no longer the version recorded as
// published, naming what changed, until a new 发布 is recorded; PUB-02 — a frozen version no
// longer hashes to its fingerprint (the file was altered after the step), said rather than trusted.

import { compareContents, describeComparison } from '../../workflow/compare';
import { contentOf, shortFingerprint } from '../../workflow/content';
import { integrityProblems, isVersion, publishedOf } from '../../workflow/stage';
import type { Context } from '../context';

/** Integrity problems listed one by one up to here; the rest of a badly broken record in one line. */
const LISTED = 5;

export function checkPublished(ctx: Context): void {
  const { report } = ctx;
  if (report.workflow.history.length === 0) return;
  const problems = integrityProblems(report);
  const listed = problems.length > LISTED + 1 ? [...problems.slice(0, LISTED), `版本记录另有 ${problems.length - LISTED} 处同类问题，可用 status 命令列出全部。`] : problems;
  for (const problem of listed) ctx.out.push({ rule: 'PUB-02', severity: 'warning', cells: [], part: 'preamble', message: problem });
  const published = publishedOf(report);
  if (!published?.content || isVersion(report, published.fingerprint)) return;
  const comparison = compareContents(published.content, contentOf(report));
  const when = published.entry.date ?? published.entry.at.slice(0, 10);
  const cells = comparison.cells.map((c) => c.key).filter((k) => ctx.index.byKey.has(k));
  ctx.out.push({
    rule: 'PUB-01',
    severity: 'warning',
    cells,
    // Listed with the first change: its cells' table, else its part, else the report's 前言.
    ...(cells.length === 0 ? { part: comparison.parts[0]?.section ?? 'preamble' } : {}),
    message: `与已发布版本不一致（${when} 发布，版本 ${shortFingerprint(published.fingerprint)}）：${describeComparison(comparison).join('；')}。发布后的修改须重新送审、签发并记录新的发布。`,
  });
}
