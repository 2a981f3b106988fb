// Parses the command line and runs one command (design §5).

import { parseArgs } from 'node:util';
import { aggregateCommand } from './aggregate';
import { check } from './check';
import { exportDraft } from './export';
import { importCommand } from './import';
import { ledgerCommand } from './ledger';
import { EXIT_UNREADABLE, UsageError, type Io } from './io';
import { newDraft } from './new';
// The report's life (issue 23): stage, status, verify, signoff.
import { signoffCommand } from './signoff';
import { stageCommand } from './stage';
import { statusCommand } from './status';
import { verifyCommand } from './verify';
import { trendCommand } from './trend';
import { unitsCommand } from './units';

export const USAGE = `年报编辑器命令行

用法：
  npm run cli -- check <草稿.nianbao> [--prior <上年草稿.nianbao|已发布的上年年报>] [--lexicon <用语表.txt>] [--checklist <检查报告.pdf|.docx>] [--json]
      检查勾稽关系和格式；无错误退出码 0，有错误 1，文件无法读取 2
      --lexicon 加用本单位用语表（每行“错误写法 → 正确写法”）；--checklist 写出一页的发布前检查报告（PDF 需安装 LibreOffice）
  npm run cli -- export <草稿.nianbao> [--docx <文件.docx>] [--pdf <文件.pdf>] [--html <文件.html> [--fragment]] [--json]
      导出 Word 文档（GB/T 9704 版式）、PDF（需安装 LibreOffice）和网页；--fragment 导出可粘贴到网站编辑器的网页片段
  npm run cli -- export <草稿.nianbao> --graphic <图解.png|.svg|.html> [--prior <上年草稿.nianbao>]
      导出图解：PNG 图片（另附 2 倍大小的 @2x 图片供印刷）、SVG 或可粘贴到网站编辑器的网页片段；
      --prior 指定上年报告（不指定时用草稿记住的上年报告），显示各项指标与上年对比
  npm run cli -- new --year <年度> --org <机关全称> -o <草稿.nianbao> [--json]
      按该年度应使用的格式新建空白草稿
  npm run cli -- new --from <上年草稿.nianbao> [--year <年度>] [--org <机关全称>] -o <草稿.nianbao> [--json]
      以上年度报告为基础新建：上年结转、项目数量自动转入，格式随年度转换，并列出无法转入的内容
  npm run cli -- import <已发布的年报.txt|.md|.html|.docx|.doc|.pdf> -o <草稿.nianbao> [--year <年度>] [--org <机关全称>] [--json]
      把发布的年报（网页文字、保存的网页、Word 或 PDF 文件）导入为草稿，并报告识别了什么、从哪里识别、
      哪些未能识别；--year、--org 指定报告年度和机关名称（原文没有写明或写得不对时）
  npm run cli -- aggregate <草稿或文件夹>… --org <机关全称> --year <年度> -o <汇总草稿.nianbao> [--skip-unreadable] [--json]
      汇总下级单位的报告，并列出各单位的错误、警告和主要数字
  npm run cli -- stage <草稿.nianbao> <送审|通过|退回|签发|备案|发布> --by <姓名> [--note <文字>] [--date <YYYY-MM-DD>] [--url <网址>] [--json]
      记录报告的一个环节并冻结当时的版本；发布须给出 --date；记录成功退出码 0，不符合规则而未记录 1（说明原因），文件无法读写 2
  npm run cli -- status <草稿.nianbao> [--json]
      当前阶段、各环节记录及版本指纹、未处理的审核意见、已发布版本，以及发布后是否改动过
  npm run cli -- verify <草稿.nianbao> <文件.docx|.pdf|.html> [--json]
      核对导出或发布的文件（含从网站另存的网页）与草稿的已发布版本（未发布时为当前内容）是否一致；一致 0，不一致 1（逐处列出），无法读取 2
  npm run cli -- signoff <草稿.nianbao> [--docx <文件.docx>] [--pdf <文件.pdf>] [--json]
      导出审核签批单（一页 A4：版本指纹、各环节经办人和日期、审核意见、检查结果、签字栏）；PDF 需安装 LibreOffice
  npm run cli -- ledger <台账.xlsx|.xls|.csv> --year <年度> [--cases <复议诉讼台账>] [--mapping <映射.json>] [--sheet <工作表>] [--into <草稿.nianbao>] -o <草稿.nianbao> [--json]
      从本机关的政府信息公开申请登记台账（和行政复议、行政诉讼案件台账）统计表三（和表四），写入新草稿；
      --into 以已有草稿为基础；全部行均已计入退出码 0，有未能计入的行 1（逐行列出），文件无法读取 2
  npm run cli -- ledger --template <台账模板.xlsx> [--year <年度>]
      导出台账模板：各列带有法定类别的下拉列表，按模板填写的台账无需映射即可统计
  npm run cli -- trend <草稿或已发布的年报>… -o <趋势图.png|.svg|.html>
      多年趋势：同一单位两至五个年度的报告（草稿或已发布的年报），画出主要数字和指标的趋势线
  npm run cli -- units <文件夹> [--register <单位名册.xlsx|.xls|.csv>] [--year <年度>] [--prior <上年文件夹>] [--today <YYYY-MM-DD>] [--json] [--xlsx <一览.xlsx>] [--pdf <一览.pdf>]
      政务公开办的单位一览：名册中每个单位是否报送、年度和格式、错误警告、未处理的审核意见、阶段、发布是否逾期、
      与上年及其他单位的重复率（雷同）、主要数字与上年对比；名册默认读取文件夹中的“单位名册.csv”，没有时按草稿生成；
      --xlsx 导出工作簿，--pdf 导出 A4 横向的打印表（需安装 LibreOffice）；全部单位合格退出码 0，否则 1，文件夹或名册无法读取 2`;

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            prior: { type: 'string' },
            json: { type: 'boolean', default: false },
            // 发布前检查 (issue 24): the office's 用语表 and the one-page 检查报告.
            lexicon: { type: 'string' },
            checklist: { type: 'string' },
          },
          allowPositionals: true,
        });
        if (positionals.length !== 1) throw new UsageError('check 需要且只需要一个草稿文件');
        return await check(io, positionals[0], { prior: values.prior, lexicon: values.lexicon, checklist: values.checklist, json: values.json ?? false });
      }
      case 'export': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            docx: { type: 'string' },
            pdf: { type: 'string' },
            html: { type: 'string' },
            fragment: { type: 'boolean', default: false },
            // The 图解 (cli/graphic.ts) and last year's report for its comparisons.
            graphic: { type: 'string' },
            prior: { type: 'string' },
            json: { type: 'boolean', default: false },
          },
          allowPositionals: true,
        });
        if (positionals.length !== 1) throw new UsageError('export 需要且只需要一个草稿文件');
        return await exportDraft(io, positionals[0], { ...values, fragment: values.fragment ?? false, json: values.json ?? false });
      }
      case 'import': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { output: { type: 'string', short: 'o' }, year: { type: 'string' }, org: { type: 'string' }, json: { type: 'boolean', default: false } },
          allowPositionals: true,
        });
        if (positionals.length > 1) throw new UsageError('import 只接受一个文件');
        return await importCommand(io, positionals[0], { ...values, json: values.json ?? false });
      }
      case 'aggregate': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            org: { type: 'string' },
            year: { type: 'string' },
            output: { type: 'string', short: 'o' },
            'skip-unreadable': { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
          },
          allowPositionals: true,
        });
        return await aggregateCommand(io, positionals, {
          org: values.org,
          year: values.year,
          output: values.output,
          skipUnreadable: values['skip-unreadable'] ?? false,
          json: values.json ?? false,
        });
      }
      case 'new': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            year: { type: 'string' },
            org: { type: 'string' },
            from: { type: 'string' },
            output: { type: 'string', short: 'o' },
            json: { type: 'boolean', default: false },
          },
          allowPositionals: true,
        });
        if (positionals.length > 0) throw new UsageError(`new 不接受参数“${positionals.join(' ')}”`);
        return await newDraft(io, { ...values, json: values.json ?? false });
      }
      case 'stage': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { by: { type: 'string' }, note: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, json: { type: 'boolean', default: false } },
          allowPositionals: true,
        });
        if (positionals.length !== 2) throw new UsageError('stage 需要一个草稿文件和一个步骤（送审、通过、退回、签发、备案、发布）');
        return await stageCommand(io, positionals[0], positionals[1], { ...values, json: values.json ?? false });
      }
      case 'status': {
        const { values, positionals } = parseArgs({ args: [...rest], options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
        if (positionals.length !== 1) throw new UsageError('status 需要且只需要一个草稿文件');
        return await statusCommand(io, positionals[0], { json: values.json ?? false });
      }
      case 'verify': {
        const { values, positionals } = parseArgs({ args: [...rest], options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
        if (positionals.length !== 2) throw new UsageError('verify 需要一个草稿文件和一个要核对的文件（.docx、.pdf 或 .html）');
        return await verifyCommand(io, positionals[0], positionals[1], { json: values.json ?? false });
      }
      case 'signoff': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { docx: { type: 'string' }, pdf: { type: 'string' }, json: { type: 'boolean', default: false } },
          allowPositionals: true,
        });
        if (positionals.length !== 1) throw new UsageError('signoff 需要且只需要一个草稿文件');
        return await signoffCommand(io, positionals[0], { ...values, json: values.json ?? false });
      }
      case 'ledger': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: {
            year: { type: 'string' },
            cases: { type: 'string' },
            mapping: { type: 'string' },
            into: { type: 'string' },
            sheet: { type: 'string' },
            output: { type: 'string', short: 'o' },
            template: { type: 'string' },
            json: { type: 'boolean', default: false },
          },
          allowPositionals: true,
        });
        if (positionals.length > 1) throw new UsageError('ledger 只接受一个台账文件（复议诉讼台账用 --cases）');
        return await ledgerCommand(io, positionals[0], { ...values, json: values.json ?? false });
      }
      case 'units': {
        // 政务公开办的单位一览 (issue 25, cli/units.ts).
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { register: { type: 'string' }, year: { type: 'string' }, prior: { type: 'string' }, today: { type: 'string' }, xlsx: { type: 'string' }, pdf: { type: 'string' }, json: { type: 'boolean', default: false } },
          allowPositionals: true,
        });
        if (positionals.length > 1) throw new UsageError('units 只接受一个文件夹（上年的报告用 --prior）');
        return await unitsCommand(io, positionals[0], { ...values, json: values.json ?? false });
      }
      case 'trend': {
        // 多年趋势 (cli/trend.ts).
        const { values, positionals } = parseArgs({ args: [...rest], options: { output: { type: 'string', short: 'o' } }, allowPositionals: true });
        return await trendCommand(io, positionals, values.output);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? EXIT_UNREADABLE : 0;
      default:
        throw new UsageError(`未知命令“${command}”`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string } | null)?.code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${translateArgError(e as Error)}\n\n${USAGE}`);
      return EXIT_UNREADABLE;
    }
    io.err(unexpectedErrorMessage(e));
    return EXIT_UNREADABLE;
  }
}

/**
 * Anything else that goes wrong: a Chinese sentence and exit 2, never a stack trace for a clerk
 * (NIANBAO_DEBUG=1 adds it, for developers).
 */
export function unexpectedErrorMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const cause =
    e instanceof RangeError && /call stack/i.test(text)
      ? '（文件结构过于复杂）'
      : /out of memory|allocation failed|ENOMEM/i.test(text)
        ? '（内存不足）'
        : '';
  const debug = process.env.NIANBAO_DEBUG && e instanceof Error ? `\n${e.stack}` : '';
  return `出现意外错误，操作未能完成${cause}。请确认所用的文件无误后重试；如仍出错，请联系技术支持。${debug}`;
}

/**
 * node:util parseArgs's errors (ERR_PARSE_ARGS_*) in Chinese, naming the option: an unknown
 * option, a value missing or starting with a dash ("--year -1": ambiguous), a value given to a
 * switch ("--json=yes"), an argument where none is taken. Its English never reaches a clerk.
 */
function translateArgError(e: Error): string {
  if (e instanceof UsageError) return e.message;
  // "Option '-o, --output <value>' argument missing": the first of its names.
  const named = /Option '([^']+)'/.exec(e.message)?.[1].split(',')[0].trim().replace(/ <value>$/, '');
  const unknown = /Unknown option '([^']+)'/.exec(e.message);
  if (unknown) return `未知选项 ${unknown[1]}（以“-”开头的文件名请写在“--”之后）`;
  if (named && / argument missing/.test(e.message)) return `选项 ${named} 缺少取值`;
  if (named && / argument is ambiguous/.test(e.message)) {
    const long = /use '(--[^=']+)=/.exec(e.message)?.[1] ?? named;
    return `选项 ${named} 的取值以“-”开头，看不出是取值还是另一个选项。如确是取值，请写作 ${long}=取值`;
  }
  if (named && / does not take an argument/.test(e.message)) return `选项 ${named} 不带取值，请去掉“=”及其后的内容`;
  const unexpected = /Unexpected argument '([^']+)'/.exec(e.message);
  if (unexpected) return `多余的参数“${unexpected[1]}”`;
  return named ? `选项 ${named} 有误` : '命令行参数有误';
}
