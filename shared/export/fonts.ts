// The typefaces of every export (spec §10: 2号小标宋 title, 3号仿宋 body, 一、黑体, （一）楷体,
// 4号宋体 page numbers), with the fallbacks a PC without the official fonts should use, and
// the clerk's choice (report.exportOptions.fonts) of the GB2312 names or the common ones.

import type { ExportOptions } from '../report';

export type FontRole = 'title' | 'body' | 'level1' | 'level2' | 'pageNumber';

/** The font each role names in Word, by the clerk's choice. */
const NAMES: Record<ExportOptions['fonts'], Record<FontRole, string>> = {
  gb2312: { title: '方正小标宋简体', body: '仿宋_GB2312', level1: '黑体', level2: '楷体_GB2312', pageNumber: '宋体' },
  // For PCs without the GB2312 fonts: 仿宋 and 楷体 ship with every Chinese Windows.
  common: { title: '方正小标宋简体', body: '仿宋', level1: '黑体', level2: '楷体', pageNumber: '宋体' },
};

/**
 * The typeface of a heading phrase by level (一、黑体; （一）楷体; 1. and （1） 仿宋 like the body),
 * on a line of its own or run in ("1.加强组织领导。…"): one table for Word, the print layout and
 * the web page, so that no export sets a level differently.
 */
export const HEADING_FONT: Readonly<Record<1 | 2 | 3 | 4, FontRole>> = { 1: 'level1', 2: 'level2', 3: 'body', 4: 'body' };

export function fontNames(options: ExportOptions): Record<FontRole, string> {
  return NAMES[options.fonts];
}

/**
 * What to use when a font is missing, nearest first: the names Windows, WPS and macOS give
 * the same design. Word reads the first as the font table's w:altName; CSS lists them all.
 */
export const FONT_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  '方正小标宋简体': ['华文中宋', '宋体'],
  '华文中宋': ['STZhongsong', '宋体'],
  '仿宋_GB2312': ['仿宋', 'FangSong'],
  '仿宋': ['FangSong', '仿宋_GB2312'],
  '楷体_GB2312': ['楷体', 'KaiTi'],
  '楷体': ['KaiTi', '楷体_GB2312'],
  '黑体': ['SimHei'],
  '宋体': ['SimSun'],
};

/** Last resorts on Linux (UOS, Kylin ship Noto CJK or similar) and macOS, by kind of design. */
const GENERIC: Record<FontRole, string[]> = {
  title: ['STSong', 'Noto Serif CJK SC', 'serif'],
  body: ['STFangsong', 'Noto Serif CJK SC', 'serif'],
  level1: ['STHeiti', 'Noto Sans CJK SC', 'sans-serif'],
  level2: ['STKaiti', 'Noto Serif CJK SC', 'serif'],
  pageNumber: ['SimSun', 'Noto Serif CJK SC', 'serif'],
};

/** A CSS font-family list for a role, single-quoted so that it also fits in style="…". */
export function cssFontFamily(role: FontRole, options: ExportOptions): string {
  const name = NAMES[options.fonts][role];
  const chain = [name, ...(FONT_FALLBACKS[name] ?? [])];
  for (const next of FONT_FALLBACKS[chain[1]] ?? []) if (!chain.includes(next)) chain.push(next);
  const families = [...chain, ...GENERIC[role].filter((f) => !chain.includes(f))];
  return families.map((f) => (/^(serif|sans-serif)$/.test(f) ? f : `'${f}'`)).join(', ');
}
