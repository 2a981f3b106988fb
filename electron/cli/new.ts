// `new --year <Y> --org <name> -o <draft>`: a blank draft in the edition the year requires.
// Never overwrites an existing file.

import { access } from 'node:fs/promises';
import { EDITIONS, FIRST_REPORT_YEAR, editionForYear } from '../../shared/formats';
import { blankReport, reportTitle } from '../../shared/report';
import { reconcile } from '../../shared/reconcile';
import { fileErrorMessage, saveDraft } from '../services/documents';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Io } from './io';

export async function newDraft(io: Io, options: { year?: string; org?: string; output?: string; json: boolean }): Promise<number> {
  if (!options.year || !options.org || !options.output) throw new UsageError('new 需要 --year、--org 和 -o 三个参数');
  const year = Number(options.year);
  if (!Number.isInteger(year) || !editionForYear(year)) {
    throw new UsageError(`--year 应为 ${FIRST_REPORT_YEAR} 年或以后的年份，实际为“${options.year}”`);
  }
  const org = options.org.trim();
  if (org === '') throw new UsageError('--org 不能为空，请填写机关全称');
  if (await exists(options.output)) {
    io.err(`${options.output} 已存在。为免覆盖已有文件，请换一个文件名`);
    return EXIT_UNREADABLE;
  }
  const report = blankReport(org, year);
  try {
    await saveDraft(options.output, report);
  } catch (e) {
    io.err(`无法写入 ${options.output}：${fileErrorMessage(e)}`);
    return EXIT_UNREADABLE;
  }
  const edition = EDITIONS[report.edition];
  const message = `已新建 ${options.output}：${reportTitle(report)}（${edition.id} 年版格式，${edition.notice}）`;
  if (options.json) {
    io.err(message);
    io.out(JSON.stringify({ findings: reconcile(report), path: options.output }));
  } else {
    io.out(message);
  }
  return EXIT_OK;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
