// `check <draft> [--prior <上年草稿或已发布的年报>] [--lexicon <用语表.txt>] [--checklist <检查报告.pdf|.docx>] [--json]`:
// every finding; exit 0 without errors, 1 with errors, 2 when a file cannot be read. Last year's
// report may be a draft or a published report (imported in the worker); the office's 用语表 adds
// its wrong forms to TXT-05; --checklist writes the one-page 检查报告 (issue 24).

import { extname } from 'node:path';
import { EDITIONS, cellIndex } from '../../shared/formats';
import { reportTitle, type Report } from '../../shared/report';
import { cellValues, hasErrors, reconcile, type Finding, type LexiconEntry } from '../../shared/reconcile';
import { STATUS_MARKS, checklistOf } from '../../shared/checklist';
import type { ChecklistFormat } from '../../shared/ipc';
import { today, writeChecklist } from '../services/checklist';
import { fileErrorMessage } from '../services/documents';
import { readUserLexicon } from '../services/lexicon';
import { LIBREOFFICE_MISSING, docxToPdf, findLibreOffice } from '../services/libreoffice';
import { importUntrusted } from '../services/untrusted';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, UsageError, type Io } from './io';
import { checkTargets, inputsOf, openDraftOrSay, openPrior } from './output';

const SEVERITY_WORDS: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export interface CheckOptions {
  prior?: string;
  lexicon?: string;
  checklist?: string;
  json: boolean;
}

/** Last year's report: a draft, or a published report read in the worker. null, having said why. */
async function readPrior(io: Io, path: string): Promise<Report | null> {
  if (extname(path).toLowerCase() === '.nianbao') return openPrior(io, path);
  const imported = await importUntrusted(path);
  if (imported.ok) return imported.report;
  io.err(`无法读取上年报告 ${path}：${imported.message}`);
  return null;
}

export async function check(io: Io, file: string, options: CheckOptions): Promise<number> {
  const format: ChecklistFormat | null = options.checklist ? (({ '.pdf': 'pdf', '.docx': 'docx' }) as Record<string, ChecklistFormat>)[extname(options.checklist).toLowerCase()] ?? null : null;
  if (options.checklist && !format) throw new UsageError('--checklist 的文件应以 .pdf 或 .docx 结尾');
  // The 检查报告 never replaces the draft, last year's report or the 用语表 it is made from.
  if (options.checklist) await checkTargets([[options.checklist, '--checklist']], file, inputsOf([[options.prior, '--prior'], [options.lexicon, '--lexicon']]));
  const soffice = format === 'pdf' ? findLibreOffice() : null;
  if (format === 'pdf' && !soffice) {
    io.err(LIBREOFFICE_MISSING);
    return EXIT_UNREADABLE;
  }

  const opened = await openDraftOrSay(io, file);
  if (!opened) return EXIT_UNREADABLE;
  const report = opened.report;
  // Without --prior, the last year's report the draft remembers (if it was started from one).
  let prior = opened.prior ?? undefined;
  if (options.prior) {
    const read = await readPrior(io, options.prior);
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
  let lexicon: LexiconEntry[] = [];
  if (options.lexicon) {
    const office = await readUserLexicon(options.lexicon);
    if (!office.read) {
      io.err(`无法读取用语表 ${options.lexicon}：${office.problems.join('；')}`);
      return EXIT_UNREADABLE;
    }
    for (const problem of office.problems) io.err(`用语表 ${office.fileName} ${problem}，已跳过`);
    lexicon = office.entries;
  }

  const findings = reconcile(report, prior, { lexicon });
  const say = options.json ? io.err : io.out;
  let checklist: { path: string; status: string; items: { id: string; title: string; status: string }[] } | undefined;
  if (options.checklist && format) {
    const page = checklistOf({ report, findings, prior: prior && prior.year === report.year - 1 ? prior : null, officeEntries: lexicon.length, date: today() });
    try {
      await writeChecklist(options.checklist, page, report, format, async (_page, _html, docx) => docxToPdf(await docx(), soffice!));
    } catch (e) {
      io.err(`未能写出检查报告 ${options.checklist}：${fileErrorMessage(e)}。${options.checklist} 保持原样`);
      return EXIT_UNREADABLE;
    }
    const count = (s: string) => page.rows.filter((r) => r.status === s).length;
    say(`已写出检查报告 ${options.checklist}：${STATUS_MARKS.fail} ${count('fail')} 项，${STATUS_MARKS.check} ${count('check')} 项，${STATUS_MARKS.pass} ${count('pass')} 项`);
    checklist = { path: options.checklist, status: page.status, items: page.rows.map((r) => ({ id: r.id, title: r.title.join(''), status: r.status })) };
  }

  if (options.json) {
    const values = cellValues(report);
    const cells = Object.fromEntries(cellIndex(EDITIONS[report.edition]).all.map((c) => [c.key, values[c.key]]));
    io.out(JSON.stringify({ findings, cells, ...(checklist ? { checklist } : {}) }));
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
