// `verify <draft> <file> [--json]`: is the Word, PDF or HTML file — an export, or the portal's
// page saved from the browser — the draft's published version (or its current one)? Exit 0 the
// same figures cell by cell and the same text per part; 1 differences, each named; 2 a file
// cannot be read.

import { differenceLine, shortFingerprint } from '../../shared/workflow';
import { isDraftFile } from '../services/fileHead';
import { verifyFile } from '../services/verify';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, type Io } from './io';
import { openDraftOrSay } from './output';

export async function verifyCommand(io: Io, draft: string, file: string, options: { json: boolean }): Promise<number> {
  // A draft read as a published page would differ everywhere: it is not what verify compares.
  if (await isDraftFile(file)) {
    io.err(`${file} 是年报草稿，不是导出或发布的文件。verify 核对的是 Word、PDF 或网页文件与草稿是否一致，请给出要核对的文件`);
    return EXIT_UNREADABLE;
  }
  const opened = await openDraftOrSay(io, draft);
  if (!opened) return EXIT_UNREADABLE;
  const result = await verifyFile(opened.report, file);
  if (!result.ok) {
    io.err(`无法读取 ${file}：${result.message}`);
    return EXIT_UNREADABLE;
  }
  const match = result.differences.length === 0 && !result.tampered;
  if (options.json) {
    const { ok: _ok, ...rest } = result;
    // Each difference also as a finding (design §5: every --json output holds `findings`).
    const findings = result.differences.map((d) => ({ rule: 'VERIFY', severity: 'error', cells: d.kind === 'cell' && d.key ? [d.key] : [], message: differenceLine(d) }));
    io.out(JSON.stringify({ match, ...rest, findings }));
    return match ? EXIT_OK : EXIT_FINDINGS;
  }
  const against = result.against === 'published' ? '已发布版本' : '草稿当前内容（尚未记录发布）';
  io.out(`对照：${against}，版本 ${result.fingerprint}`);
  if (result.embedded) {
    const which = result.embedded.fingerprint === result.fingerprint ? '即此版本' : result.embedded.steps.length > 0 ? `为 ${result.embedded.steps.join('、')} 时的版本` : '不是草稿中记录的任何版本';
    io.out(`文件中记录的版本：${shortFingerprint(result.embedded.fingerprint)}（${which}）`);
  } else io.out('文件中没有记录版本指纹（不是年报编辑器导出的文件，或已被其他程序另存）。');
  if (result.tampered) io.out(`[警告] 草稿中的版本 ${shortFingerprint(result.fingerprint)} 与其指纹不符，不能作为凭据。`);
  if (result.differences.length === 0) io.out('一致：各单元格数字和各部分文字均相同。');
  else {
    io.out(`不一致，共 ${result.differences.length} 处：`);
    for (const d of result.differences) io.out(`  · ${differenceLine(d)}`);
  }
  return match ? EXIT_OK : EXIT_FINDINGS;
}
