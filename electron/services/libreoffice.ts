// The command line's PDF: the Word export converted by LibreOffice (soffice --headless), when
// it is installed. Found on PATH, at NIANBAO_SOFFICE, or where its installers put it.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { toDocx } from '../../shared/export';
import type { Report } from '../../shared/report';
import { RenderFailure } from './exports';
import { tempCreated, tempGone } from './tempFiles';

export const LIBREOFFICE_MISSING =
  '未找到 LibreOffice（soffice），无法在命令行导出 PDF。请安装 LibreOffice（https://zh-cn.libreoffice.org/）后重试，' +
  '或用环境变量 NIANBAO_SOFFICE 指明 soffice 的位置；也可以在年报编辑器中使用“导出 PDF”。';

const INSTALLED = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  '/opt/libreoffice/program/soffice',
];

/** soffice's path, or null when LibreOffice is not installed. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NIANBAO_SOFFICE !== undefined) return existsSync(env.NIANBAO_SOFFICE) ? env.NIANBAO_SOFFICE : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const folder of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (existsSync(join(folder, name))) return join(folder, name);
  }
  return INSTALLED.find((p) => existsSync(p)) ?? null;
}

/** The report's Word export as PDF, converted in a private folder with a private LibreOffice profile. */
export async function pdfThroughLibreOffice(report: Report, soffice: string): Promise<Uint8Array> {
  return docxToPdf(await toDocx(report), soffice);
}

/** Any Word document of ours (the report, the 审核签批单, the 检查报告) as PDF, the same way. */
export function docxToPdf(bytes: Uint8Array, soffice: string): Promise<Uint8Array> {
  return officeToPdf(bytes, 'docx', soffice);
}

/** A document of ours — Word, or a workbook (the desk's table, printed by Calc) — as PDF. */
export async function officeToPdf(bytes: Uint8Array, extension: 'docx' | 'xlsx', soffice: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-pdf-'));
  // Stopped by Ctrl+C mid-conversion, the process exits without this finally: removed on exit then.
  tempCreated(dir);
  try {
    const docx = join(dir, `report.${extension}`);
    await writeFile(docx, bytes);
    // Its own profile: a LibreOffice the clerk has open would otherwise take the job and exit at once.
    const profile = `file:///${join(dir, 'profile').replace(/\\/g, '/').replace(/^\//, '')}`;
    try {
      await promisify(execFile)(soffice, ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 120_000 });
    } catch (e) {
      const timedOut = (e as { killed?: boolean }).killed === true;
      throw new RenderFailure(timedOut ? 'LibreOffice 两分钟内未能完成 PDF 转换' : 'LibreOffice 转换 PDF 时出错');
    }
    const pdf = join(dir, 'report.pdf');
    if (!existsSync(pdf)) throw new RenderFailure('LibreOffice 未能生成 PDF');
    return new Uint8Array(await readFile(pdf));
  } finally {
    await rm(dir, { recursive: true, force: true });
    tempGone(dir);
  }
}
