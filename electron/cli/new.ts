// `new --year <Y> --org <name> -o <draft>`: a blank draft in the edition the year requires;
// `new --from <last year's draft> [--year <Y>] [--org <name>] -o <draft>`: this year's draft
// started from last year's (carry-overs, edition change, last year kept for cross-year checks).
// Never overwrites an existing file.

import { EDITIONS } from '../../shared/formats';
import { rollForward } from '../../shared/draft';
import { blankReport, reportTitle, type Report } from '../../shared/report';
import { reconcile } from '../../shared/reconcile';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, yearOption, type Io } from './io';
import { openPrior, outputFile, outputTaken, writeNewDraft } from './output';

export async function newDraft(io: Io, options: { year?: string; org?: string; from?: string; output?: string; json: boolean }): Promise<number> {
  if (!options.output || (!options.from && (!options.year || !options.org))) {
    throw new UsageError('new 需要 --year、--org 和 -o 三个参数（或 --from 上年草稿 和 -o）');
  }
  const year = options.year === undefined ? undefined : yearOption(options.year);
  const org = options.org?.trim();
  if (org === '') throw new UsageError('--org 不能为空，请填写机关全称');
  if (await outputTaken(io, options.output)) return EXIT_UNREADABLE;
  let report: Report;
  let prior: Report | null = null;
  let notes: { rule: string; message: string }[] = [];
  if (options.from) {
    prior = await openPrior(io, options.from);
    if (!prior) return EXIT_UNREADABLE;
    if (year !== undefined && year <= prior.year) throw new UsageError(`--year ${year} 不晚于上年报告的年度 ${prior.year}`);
    const rolled = rollForward(prior, year ?? prior.year + 1);
    report = org ? { ...rolled.report, organization: org } : rolled.report;
    notes = rolled.notes;
  } else {
    report = blankReport(org!, year!);
  }
  const output = await outputFile(options.output, report, '.nianbao');
  if (!(await writeNewDraft(io, output, report, prior))) return EXIT_UNREADABLE;
  const edition = EDITIONS[report.edition];
  const from = prior ? `，以 ${prior.year} 年度报告为基础` : '';
  const message = `已新建 ${output}：${reportTitle(report)}（${edition.id} 年版格式，${edition.notice}${from}）`;
  const findings = reconcile(report, prior ?? undefined);
  if (options.json) {
    io.err(message);
    io.out(JSON.stringify({ findings, notes, path: output }));
  } else {
    io.out(message);
    for (const n of notes) io.out(`[说明] ${n.rule} ${n.message}`);
  }
  return EXIT_OK;
}

