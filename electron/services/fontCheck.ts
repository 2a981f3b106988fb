// Which 公文 fonts a PDF export names are not installed here, and what was printed instead — said
// to the clerk in Chinese, since LibreOffice (the command line's PDF) and Chromium (the app's)
// both substitute without a word. Linux and macOS ask fontconfig (fc-list, fc-match); Windows
// lists the registered fonts (reg query); where neither answers, nothing is said.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cssFontFamily, fontNames, type FontRole } from '../../shared/export/fonts';
import type { Report } from '../../shared/report';

/** Runs a program and gives its standard output (injected by tests). */
export type Run = (program: string, args: string[]) => Promise<string>;

const run: Run = async (program, args) => (await promisify(execFile)(program, args, { timeout: 10_000, maxBuffer: 8 * 1024 * 1024 })).stdout;

const ROLES: Record<FontRole, string> = { title: '标题', body: '正文', level1: '一级标题', level2: '二级标题', pageNumber: '页码' };
/** Who makes the PDF: LibreOffice picks a substitute by fontconfig, Chromium the first installed font of the CSS list. */
export type PdfMaker = 'libreoffice' | 'chromium';

export interface Substitution {
  font: string;
  roles: string[];
  /** What was printed instead; null when it cannot be told. */
  used: string | null;
}

/** The font families installed here, or null when this system cannot say. */
export async function installedFamilies(runner: Run = run, platform = process.platform): Promise<Set<string> | null> {
  try {
    if (platform === 'win32') {
      const keys = ['HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts', 'HKCU\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts'];
      const out = (await Promise.all(keys.map((key) => runner('reg', ['query', key]).catch(() => '')))).join('\n');
      // "    仿宋_GB2312 (TrueType)    REG_SZ    FS_GB2312.ttf"; a collection lists "宋体 & 新宋体 (TrueType)".
      const names = [...out.matchAll(/^\s+(.+?)\s+\((?:TrueType|OpenType)\)\s+REG_SZ/gm)].flatMap((m) => m[1].split(/\s*&\s*/));
      return names.length > 0 ? new Set(names) : null;
    }
    const out = await runner('fc-list', [':', 'family']);
    return new Set(out.split('\n').flatMap((line) => line.split(',').map((f) => f.trim())).filter(Boolean));
  } catch {
    return null;
  }
}

/** The 公文 fonts of the report's export that are missing, each with what the PDF maker used instead. */
export async function substitutions(report: Pick<Report, 'exportOptions'>, maker: PdfMaker, runner: Run = run, platform = process.platform): Promise<Substitution[] | null> {
  const installed = await installedFamilies(runner, platform);
  if (!installed) return null;
  const byFont = new Map<string, FontRole[]>();
  for (const [role, font] of Object.entries(fontNames(report.exportOptions)) as [FontRole, string][]) byFont.set(font, [...(byFont.get(font) ?? []), role]);
  const out: Substitution[] = [];
  for (const [font, roles] of byFont) {
    if (installed.has(font)) continue;
    let used: string | null;
    if (maker === 'chromium') {
      // Chromium takes the first installed name of the list the export gives it (fonts.ts), a generic family by fontconfig.
      const list = cssFontFamily(roles[0], report.exportOptions).split(',').map((f) => f.trim().replace(/^'|'$/g, ''));
      const next = list.find((f) => installed.has(f) || /^(serif|sans-serif)$/.test(f)) ?? 'serif';
      used = /^(serif|sans-serif)$/.test(next) ? await matched(next, runner, platform) : next;
    } else used = await matched(font, runner, platform);
    out.push({ font, roles: roles.map((r) => ROLES[r]), used });
  }
  return out;
}

/** fontconfig's choice for Chinese text in a font (or a generic family); null where it cannot be asked. */
async function matched(font: string, runner: Run, platform: string): Promise<string | null> {
  if (platform === 'win32') return null;
  try {
    return (await runner('fc-match', ['-f', '%{family[0]}', `${font}:lang=zh-cn`])).trim() || null;
  } catch {
    return null;
  }
}

/** The clerk's notice, or null when every font is installed (or this system cannot tell). */
export function substitutionNotice(found: Substitution[] | null): string | null {
  if (!found || found.length === 0) return null;
  const each = found.map((s) => `“${s.font}”（${s.roles.join('、')}，${s.used ? `用“${s.used}”代替` : '由系统另选字体代替'}）`);
  return `注意：本机没有安装公文字体${each.join('、')}，PDF 的字形与正式公文不同。请安装这些字体后重新导出；没有 GB2312 字体时，可在打印预览中选用“仿宋、楷体”。`;
}

export async function fontNotice(report: Pick<Report, 'exportOptions'>, maker: PdfMaker, runner: Run = run): Promise<string | null> {
  return substitutionNotice(await substitutions(report, maker, runner));
}
