// The look of the charts and the 图解: the red and blue of government 图解, and Chinese sans-serif
// type named as each system installs it (思源黑体 / Noto Sans CJK SC on Linux, 微软雅黑 / 黑体 on
// Windows, 苹方 on macOS, 文泉驿 on older Linux desktops).

export const FONT_FAMILY =
  "'Source Han Sans SC', '思源黑体', 'Noto Sans CJK SC', 'Microsoft YaHei', '微软雅黑', 'SimHei', '黑体', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif";

export const COLORS = {
  red: '#c8161d',
  redDark: '#9e0f14',
  redLight: '#fbe9e7',
  blue: '#1f5ca8',
  blueDark: '#123d73',
  blueLight: '#e8f0fa',
  gold: '#f6d58e',
  ink: '#1a1a1a',
  muted: '#595959',
  grid: '#d9d9d9',
  axis: '#595959',
  paper: '#ffffff',
  band: '#f6f7f9',
} as const;

/** This year and last year in every chart: this year red, last year blue. */
export const SERIES_COLORS = [COLORS.blue, COLORS.red, '#e48a00', '#2e8b57', '#7b3fa0', '#5f6b7a'] as const;

/**
 * Width of a text in em: a Chinese character is 1 em in every CJK font; digits and Latin letters
 * are at most 0.6 em in the fonts named above. Enough to keep labels apart without measuring.
 */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // CJK fonts set general punctuation (— “ ” …) full width too.
    em += code > 0x2e7f || (code >= 0x2010 && code <= 0x206f) ? 1 : 0.6;
  }
  return em;
}

const NO_LINE_START = '，。、；：！？）”％%';

/** Breaks Chinese text into lines of at most `maxEm`, preferring a break before an opening bracket. */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    // A closing mark never starts a line (避头尾): it stays on the line it closes.
    if (line && textEm(line + ch) > maxEm && !NO_LINE_START.includes(ch)) {
      const cut = line.lastIndexOf('（');
      if (cut > 0 && cut > line.length / 2) {
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      } else {
        lines.push(line);
        line = '';
      }
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}
