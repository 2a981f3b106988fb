// Radicals read back as the ideographs they look like. A PDF printed by Chromium with the Noto CJK
// fonts (the app's 导出 PDF) maps some glyphs to the radical code points that share them — pdf.js
// then reads 人民政府 as “⼈⺠政府” — so figures and names would not be found. Kangxi radicals
// (U+2F00–U+2FD5) fold by NFKC; the CJK Radicals Supplement has no decomposition, so its table
// comes from the fonts themselves: each supplement radical whose glyph in Noto Sans/Serif CJK is
// also an ideograph's (fontTools, both collections, every face: no radical maps to two). One
// Kangxi radical differs from NFKC in the SC faces: ⼾ is drawn as 户, where NFKC gives 戶.

const SUPPLEMENT =
  '⺂乛⺃乚⺅亻⺇𠘨⺉刂⺋㔾⺍𭕄⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺩𤣩⺫罒⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺽𦥑⺾艹⺿艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

const TABLE: ReadonlyMap<string, string> = (() => {
  const chars = [...SUPPLEMENT];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  map.set('⼾', '户');
  return map;
})();

const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/gu;

export function ideographsFromRadicals(text: string): string {
  return text.replace(RADICAL, (c) => TABLE.get(c) ?? c.normalize('NFKC'));
}
