// Normalisation of scraped text (spec §9): NFKC and every kind of space for matching, pinyin
// inserts after characters, 繁體 → 简体 when a page is traditional, and page chrome.

import { Converter } from 'opencc-js/t2cn';

const memo = new Map<string, string>();

/** For comparing labels only: never applied to the narrative that is kept. */
export function comparable(s: string): string {
  let c = memo.get(s);
  if (c === undefined) {
    c = compute(s);
    // Labels repeat; page text does not: keep the memo small.
    if (s.length <= 64 && memo.size < 5000) memo.set(s, c);
  }
  return c;
}

function compute(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/其它/g, '其他')
    .replace(/[\s\u200b\ufeff]/g, '')
    .replace(/[()（）【】[\]〔〕“”"'‘’《》<>,，、.。:：;；!！?？/／|｜·•\-—–_]/g, '');
}

const PINYIN = /(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

/** "政(zhèng)府" → "政府": some mirrors insert pinyin after characters (spec §9.2). */
export function stripPinyin(s: string): string {
  return s.replace(PINYIN, '');
}

/** Where stripPinyin cuts: the [start, end) spans of the inserts. */
export const pinyinSpans = (s: string): [number, number][] => (s.includes('(') ? [...s.matchAll(PINYIN)].map((m) => [m.index, m.index + m[0].length]) : []);

const toSimplified = Converter({ from: 't', to: 'cn' });

/** Characters frequent in these reports that exist only in traditional script. */
const TRADITIONAL_HINTS = /[報資處請開與為這們國發會來時對還關條機實際據數總計務項權辦規範]/g;

/**
 * Some mirrors are entirely 繁體. Convert only such a page: on simplified text the conversion
 * is not always the identity (a few characters have variants), and we must not alter it.
 */
export function simplifiedIfTraditional(text: string): { text: string; converted: boolean } {
  const sample = text.slice(0, 20_000);
  // Most pages are simplified: decide cheaply before running the converter.
  if ((sample.match(TRADITIONAL_HINTS)?.length ?? 0) < 5) return { text, converted: false };
  const converted = toSimplified(sample);
  let differing = 0;
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    if (/[\u4e00-\u9fff]/.test(sample[i])) {
      han++;
      if (converted[i] !== sample[i]) differing++;
    }
  }
  if (han === 0 || differing / han < 0.03) return { text, converted: false };
  return { text: toSimplified(text), converted: true };
}

/**
 * Text as labels are compared (see `comparable`), with each character's place in the original,
 * so that a label found in a run of text can be cut out of the text as printed.
 */
export function searchable(text: string, keepPunctuation = false): { text: string; at: number[] } {
  // Built as an array and joined once, the last character kept aside: reading the end of a
  // string grown one character at a time flattens it each time (quadratic on long runs).
  const out: string[] = [];
  const at: number[] = [];
  let last = '';
  for (let i = 0; i < text.length; i++) {
    let ch = text[i];
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) ch += text[++i];
    const n = ch.normalize('NFKC');
    if (/^[\s\u200b\ufeff]*$/.test(n) || (!keepPunctuation && SKIPPED.test(n))) continue;
    for (const c of n) {
      last = c === '它' && last === '其' ? '他' : c;
      out.push(last);
      at.push(i - ch.length + 1);
    }
  }
  return { text: out.join(''), at };
}
const SKIPPED = /^[()（）【】[\]〔〕“”"'‘’《》<>,，、.。:：;；!！?？/／|｜·•\-—–_]$/;

/**
 * Lines of portal pages that are not the report (spec §9.5). A line goes only when all of it is
 * chrome: a metadata field ("索引号：…"), a footer of site marks without a sentence in it, a menu
 * word, a page number — a sentence that merely mentions 网站标识码 or ICP备 stays. Every
 * field metadata.ts reads is among the fields (its value is read from the line before it goes).
 */
const FIELD = /^[•·\-*]?\s*(索引号|组配分类|发文机关|发布机关|成文日期|印发日期|发文字号|发布时间|发布日期|公开日期|发布机构|公开主体|发文单位|信息来源|来源|主题分类|分类|文号|标题|名称|浏览次数|访问量|阅读次数|点击数|生效日期|有效性|时效|关键词|栏目|原文链接|原始链接|原文地址|网页链接|本地目录|采集时间|抓取时间|单位|作者|责任编辑|编辑)\s*[:：]/;
const SITE_MARKS = /扫一扫|打印此页|打印本页|关闭窗口|收藏本页|分享到|字号[:：]|【大\s*中\s*小】|\[大\s*中\s*小\]|主办单位|承办单位|协办单位|运维单位|技术支持|网站标识码|ICP备|公网安备|版权所有|Copyright|联系我们|网站地图|上一篇|下一篇|相关链接|相关文章|我要纠错|我要评论|留言评论|【打印】|【关闭】|页面链接与图片详见/i;
const SENTENCE = /[。，；！？]/;
const WHOLE_LINE = [
  /^(无障碍|适老化|简体|繁体|繁體版?|登录|注册|长者模式|English|首页|智能问答)(\s|\||｜|$)/,
  /^(实名|匿名)?(登录|注册)(\s|$)|^(实名|匿名)(登录|注册)|^(登录|注册)(实名|匿名)/,
  /^\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]$/,
  /^[=\-—_*#~]{3,}.{0,12}[=\-—_*#~]{3,}$/,
  // A crawler's marker before the page's body ("正文：", "正文").
  /^正文\s*[:：]?$/,
  /^[-—–－]\s*\d{1,4}\s*[-—–－]?$/,
  /^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$/,
  /^[\s|｜•·*-]*$/,
];

/**
 * A line that is a bare number ("152"): a page number, or a figure a page put on a line of its
 * own inside a sentence — prose.ts tells which by the sentence around it.
 */
export const isBareNumber = (line: string) => /^\d{1,6}$/.test(line.normalize('NFKC').trim());

export function isChrome(line: string): boolean {
  const t = line.normalize('NFKC').trim();
  if (FIELD.test(t)) return true;
  if (SITE_MARKS.test(t) && !SENTENCE.test(t)) return true;
  return WHOLE_LINE.some((re) => re.test(t));
}
