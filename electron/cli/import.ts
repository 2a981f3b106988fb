// `import <file.txt|.html|.docx> -o <draft> [--json]`: a published report → a draft, with a summary
// (cells recovered, cells missing) and the findings. Exit 0 when a draft was written, 2 when
// nothing usable was found. Never overwrites a file.

import { importUntrusted } from '../services/untrusted';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type Io } from './io';
import { outputTaken, writeNewDraft } from './output';

const WORDS = { error: '错误', warning: '警告', info: '提示' } as const;

export async function importCommand(io: Io, file: string | undefined, options: { output?: string; json: boolean }): Promise<number> {
  if (!file || !options.output) throw new UsageError('import 需要一个已发布的年报文件和 -o 草稿文件');
  if (await outputTaken(io, options.output)) return EXIT_UNREADABLE;
  const imported = await importUntrusted(file);
  if (!imported.ok) {
    io.err(`无法导入 ${file}：${imported.message}`);
    return EXIT_UNREADABLE;
  }
  if (!(await writeNewDraft(io, options.output, imported.report))) return EXIT_UNREADABLE;
  const { summary, findings, report } = imported;
  const say = options.json ? io.err : io.out;
  say(`已导入 ${file} → ${options.output}：${report.organization}${report.year} 年度，${report.edition} 年版格式${summary.traditional ? '（原文为繁体，已转换）' : ''}`);
  say(`识别单元格 ${summary.cellsRecovered} 个，未能识别 ${summary.cellsMissing} 个；问题 ${findings.length} 项`);
  if (!options.json) for (const f of findings) say(`[${WORDS[f.severity]}] ${f.rule} ${f.message}`);
  if (options.json) io.out(JSON.stringify({ findings, summary, path: options.output }));
  return EXIT_OK;
}
