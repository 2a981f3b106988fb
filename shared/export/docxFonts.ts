// word/fontTable.xml: every East Asian font the document names, with its nearest fallback as
// w:altName and the classification (panose, GB2312 charset, family, pitch) by which Word and
// WPS pick a similar font on a PC that lacks it (spec §10). Fallbacks get entries of their
// own, so the chain continues: 仿宋_GB2312 → 仿宋 → FangSong.

import { FONT_FALLBACKS } from './fonts';

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

interface FontClass {
  panose: string;
  family: 'auto' | 'roman' | 'swiss' | 'modern' | 'script';
  pitch: 'fixed' | 'variable';
}

// As Word writes them for the fonts of Chinese Windows and Founder's 小标宋.
const SONG: FontClass = { panose: '02010600030101010101', family: 'auto', pitch: 'variable' };
const FIXED_GB: FontClass = { panose: '02010609030101010101', family: 'modern', pitch: 'fixed' };
const FIXED: FontClass = { panose: '02010609060101010101', family: 'modern', pitch: 'fixed' };
const CLASSES: Record<string, FontClass> = {
  '宋体': SONG,
  SimSun: SONG,
  '华文中宋': { panose: '02010600040101010101', family: 'auto', pitch: 'variable' },
  STZhongsong: { panose: '02010600040101010101', family: 'auto', pitch: 'variable' },
  '方正小标宋简体': { panose: '02000000000000000000', family: 'auto', pitch: 'variable' },
  '仿宋_GB2312': FIXED_GB,
  '楷体_GB2312': FIXED_GB,
};

/** Unicode and code-page coverage: CJK Unified Ideographs, code page 936 (GB2312). */
const SIGNATURE = '<w:sig w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"/>';

/** The fonts a document names, then every fallback reachable from them. */
function withFallbacks(names: Iterable<string>): string[] {
  const out: string[] = [];
  const visit = (name: string) => {
    if (out.includes(name)) return;
    out.push(name);
    for (const next of FONT_FALLBACKS[name] ?? []) visit(next);
  };
  for (const name of names) visit(name);
  return out;
}

export function fontTableXml(names: Iterable<string>): string {
  const fonts = withFallbacks(names).map((name) => {
    const c = CLASSES[name] ?? FIXED;
    const alt = FONT_FALLBACKS[name]?.[0];
    return (
      `<w:font w:name="${escapeXml(name)}">` +
      (alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : '') +
      `<w:panose1 w:val="${c.panose}"/><w:charset w:val="86"/><w:family w:val="${c.family}"/><w:pitch w:val="${c.pitch}"/>${SIGNATURE}</w:font>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts.join('') +
    '</w:fonts>'
  );
}
