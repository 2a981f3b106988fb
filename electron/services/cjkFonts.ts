// Chinese fonts for drawing the 图解 as PNG: the WebAssembly renderer sees no system fonts, so the
// font files are found in the system's font folders (Windows, UOS/Kylin and other Linux, macOS)
// and handed over. One family is taken (its regular and bold files), the best the system has.

import { readdir, readFile } from 'node:fs/promises';
import { homedir, platform } from 'node:os';
import { delimiter, join } from 'node:path';

/** Families in order of preference; each named as the SVG's font-family list names it. */
const FAMILIES: readonly { family: string; files: RegExp }[] = [
  { family: 'Noto Sans CJK SC', files: /^NotoSansCJK(sc)?-(Regular|Bold)\.(ttc|otf)$/i },
  { family: 'Source Han Sans SC', files: /^SourceHanSans(SC|CN)?-(Regular|Bold)\.(ttc|otf)$/i },
  { family: 'Microsoft YaHei', files: /^msyh(bd)?\.tt[cf]$/i },
  { family: 'PingFang SC', files: /^PingFang\.ttc$/i },
  { family: 'SimHei', files: /^simhei\.ttf$/i },
  { family: 'WenQuanYi Micro Hei', files: /^wqy-microhei\.ttc$/i },
  { family: 'WenQuanYi Zen Hei', files: /^wqy-zenhei\.ttc$/i },
  { family: 'Droid Sans Fallback', files: /^DroidSansFallback(Full)?\.ttf$/i },
];

export const NO_CJK_FONT =
  '未找到中文字体，无法生成 PNG 图片。请安装思源黑体（Noto Sans CJK SC）、微软雅黑或黑体后重试；也可以改为导出 SVG 或网页片段（由浏览器显示字体）。';

/** Where a system keeps fonts; NIANBAO_FONT_DIRS (separated like PATH) replaces them. */
export function systemFontDirs(): string[] {
  const override = process.env.NIANBAO_FONT_DIRS;
  if (override !== undefined) return override.split(delimiter).filter(Boolean);
  const home = homedir();
  if (platform() === 'win32') {
    return [join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'), join(process.env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Microsoft', 'Windows', 'Fonts')];
  }
  if (platform() === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', join(home, 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local', 'share', 'fonts'), join(home, '.fonts')];
}

/** Font files under the folders, a few levels deep (font folders are shallow; a stray link loop is not followed far). */
async function listFonts(dirs: readonly string[], depth = 4): Promise<string[]> {
  const found: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.isDirectory() && depth > 0) found.push(...(await listFonts([join(dir, e.name)], depth - 1)));
      else if (/\.(ttf|ttc|otf)$/i.test(e.name)) found.push(join(dir, e.name));
    }
  }
  return found;
}

export interface CjkFonts {
  family: string;
  files: string[];
}

/** The best Chinese family found, or null. */
export async function findCjkFonts(dirs: readonly string[] = systemFontDirs()): Promise<CjkFonts | null> {
  const files = await listFonts(dirs);
  const name = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  for (const { family, files: pattern } of FAMILIES) {
    const matched = files.filter((f) => pattern.test(name(f)));
    if (matched.length > 0) return { family, files: [...new Set(matched)].sort().slice(0, 2) };
  }
  return null;
}

type Loaded = { family: string; buffers: Uint8Array[] } | null;
const loaded = new Map<string, Promise<Loaded>>();

/** The font buffers, read once per process and folders (about 20–40 MB, kept for the next export). */
export function cjkFontBuffers(dirs: readonly string[] = systemFontDirs()): Promise<Loaded> {
  const key = dirs.join(delimiter);
  let fonts = loaded.get(key);
  if (!fonts) {
    fonts = findCjkFonts(dirs).then(async (found) => (found ? { family: found.family, buffers: await Promise.all(found.files.map((f) => readFile(f))) } : null));
    loaded.set(key, fonts);
    // A failure (or no font) is not remembered: the clerk may install a font and try again.
    void fonts.then((r) => (r ? undefined : loaded.delete(key)), () => loaded.delete(key));
  }
  return fonts;
}
