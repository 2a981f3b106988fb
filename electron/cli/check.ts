// `check <draft> [--prior <draft>] [--json]`: every finding; exit 0 without errors, 1 with
// errors, 2 when a file cannot be read.

import { EDITIONS, cellIndex } from '../../shared/formats';
import { reportTitle } from '../../shared/report';
import { cellValues, hasErrors, reconcile, type Finding } from '../../shared/reconcile';
import { openDraft } from '../services/documents';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, type Io } from './io';
import { openPrior } from './output';

const SEVERITY_WORDS: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export async function check(io: Io, file: string, options: { prior?: string; json: boolean }): Promise<number> {
  const opened = await openDraft(file);
  if (!opened.ok) {
    io.err(`无法读取 ${file}：${opened.message}`);
    return EXIT_UNREADABLE;
  }
  const report = opened.draft.report;
  // Without --prior, the last year's report the draft remembers (if it was started from one).
  let prior = opened.draft.prior ?? undefined;
  if (options.prior) {
    const read = await openPrior(io, options.prior);
    if (!read) return EXIT_UNREADABLE;
    prior = read;
    if (prior.year !== report.year - 1) {
      io.err(`上年报告 ${options.prior} 的年度为 ${prior.year} 年，应为 ${report.year - 1} 年`);
      return EXIT_UNREADABLE;
    }
    if (prior.organization !== report.organization) {
      io.err(`注意：上年报告的机关名称为“${prior.organization}”，本年为“${report.organization}”`);
    }
  }

  const findings = reconcile(report, prior);
  if (options.json) {
    const values = cellValues(report);
    const cells = Object.fromEntries(cellIndex(EDITIONS[report.edition]).all.map((c) => [c.key, values[c.key]]));
    io.out(JSON.stringify({ findings, cells }));
  } else {
    const edition = EDITIONS[report.edition];
    io.out(`${reportTitle(report)}（${edition.id} 年版格式，${edition.notice}）`);
    for (const f of findings) {
      // A warning the clerk accepted is shown with the reason, for whoever checks the file next.
      const accepted = f.acknowledged === undefined ? '' : `（已说明：${f.acknowledged}）`;
      io.out(`[${SEVERITY_WORDS[f.severity]}] ${f.rule} ${f.message}${accepted}`);
    }
    const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
    const acknowledged = findings.filter((f) => f.acknowledged !== undefined).length;
    io.out(`错误 ${count('error')} 项，警告 ${count('warning')} 项，提示 ${count('info')} 项${acknowledged > 0 ? `（其中 ${acknowledged} 项已说明）` : ''}`);
  }
  return hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK;
}
