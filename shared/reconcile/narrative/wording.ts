// Serious wording errors (国办秘函〔2019〕19号: a 严重表述错误 fails a government site): an exact
// wrong form of the shipped or the office's lexicon (TXT-05, with the right form as the fix), a
// word written twice ("资金资金", TXT-06; reduplication such as 研究研究 or 一个一个 is Chinese,
// not an error), and half-width punctuation inside Chinese text (TXT-07, which 一键排版 corrects).

import { SECTION_NAMES, type TextSectionId } from '../../formats';
import { halfWidthMarks } from '../../text/typeset';
import type { Context } from '../context';
import { LEXICON_KINDS, findWrongForms, type LexiconEntry, type WrongForm } from '../wording/lexicon';
import { place, quote, rawSpan, remembered, viewOfText } from './text';

const wrongForms = new WeakMap<readonly LexiconEntry[], ReturnType<typeof remembered<WrongForm[]>>>();

/** TXT-05: each wrong form, on the text read flat (a PDF's line break inside a word is no escape). */
function checkLexicon(ctx: Context, section: TextSectionId): void {
  const raw = ctx.report.text[section];
  const view = viewOfText(raw);
  let memory = wrongForms.get(ctx.lexicon);
  if (!memory) wrongForms.set(ctx.lexicon, (memory = remembered<WrongForm[]>()));
  for (const { start, end, entry } of memory(raw, '', () => findWrongForms(view.flat, ctx.lexicon))) {
    ctx.out.push({
      rule: 'TXT-05',
      // A 别字 in a common word is a slip; a wrong name of the state, a body, a law or a slogan fails the site.
      severity: entry.kind === 'common' ? 'warning' : 'error',
      cells: [],
      message: `${place(view, section, start)}“${quote(view, start, end)}”应为“${entry.right}”（${LEXICON_KINDS[entry.kind]}；依据：${entry.source}）。`,
      text: { section, ...rawSpan(view, start, end) },
      fix: { label: `改为“${entry.right}”`, replacement: entry.right },
    });
  }
}

// ---- TXT-06: a word written twice ----

const TWICE = /([\u4e00-\u9fff]{2,8}?)\1/g;
/** Two-character words Chinese repeats on purpose (研究研究, 雪白雪白, 非常非常, 轰隆轰隆). */
const REDUPLICATED = new Set(
  (
    '研究 学习 讨论 考虑 商量 了解 休息 检查 整理 收拾 打扫 活动 锻炼 介绍 比较 准备 思考 分析 总结 交流 沟通 请教 清理 调查 ' +
    '打听 熟悉 体验 感受 尝试 议论 琢磨 合计 盘算 溜达 暖和 凉快 高兴 轻松 热闹 收拾 ' +
    '雪白 通红 冰凉 笔直 漆黑 火红 碧绿 金黄 崭新 冰冷 滚烫 蜡黄 湛蓝 ' +
    '非常 特别 很多 许多 多少 如此 这般 这样 那样 某某 ' +
    '轰隆 哗啦 叮咚 滴答 嘀嗒 扑通 咕噜 叮当 哗哗'
  ).split(' '),
);
const NUMERALS = /^[〇零一二三四五六七八九十百千万两]+$/;

interface Twice {
  start: number;
  end: number;
  word: string;
}

function repeatedWords(flat: string): Twice[] {
  const out: Twice[] = [];
  for (const m of flat.matchAll(TWICE)) {
    const word = m[1];
    if (new Set(word).size === 1 || NUMERALS.test(word)) continue;
    // 一个一个, 一步一步: one after another.
    if (word.length === 2 && (word[0] === '一' || REDUPLICATED.has(word))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, word });
  }
  return out;
}

const twiceMemory = remembered<Twice[]>();

function checkRepeatedWords(ctx: Context, section: TextSectionId): void {
  const raw = ctx.report.text[section];
  const view = viewOfText(raw);
  for (const { start, end, word } of twiceMemory(raw, '', () => repeatedWords(view.flat))) {
    const said = `${place(view, section, start)}“${quote(view, start, end)}”`;
    // A longer word written twice is a slip beyond doubt; a two-character one is asked about.
    const certain = word.length >= 3;
    ctx.out.push({
      rule: 'TXT-06',
      severity: 'warning',
      cells: [],
      message: certain ? `${said}重复了“${word}”。` : `${said}疑似重复了“${word}”，请核对。`,
      text: { section, ...rawSpan(view, start, end) },
      ...(certain ? { fix: { label: `删去重复的“${word}”`, replacement: word } } : {}),
    });
  }
}

// ---- TXT-07: half-width punctuation inside Chinese text ----

const marksMemory = remembered<{ start: number; mark: string }[]>();

/**
 * One finding per part: 一键排版 corrects them all at once, so the count and an example say enough
 * (the message names the button without its full name, which the page's own button keeps to itself).
 */
function checkHalfWidth(ctx: Context, section: TextSectionId): void {
  const raw = ctx.report.text[section];
  const marks = marksMemory(raw, '', () => halfWidthMarks(raw));
  if (marks.length === 0) return;
  const first = marks[0].start;
  // A few characters of its line before the mark (a figure whole) and, after an opening bracket, after it.
  const lineStart = raw.lastIndexOf('\n', first) + 1;
  let from = Math.max(lineStart, first - 4);
  while (from > lineStart && /[0-9A-Za-z]/.test(raw[from - 1])) from--;
  const lineEnd = raw.indexOf('\n', first);
  const to = '("'.includes(marks[0].mark) ? Math.min(lineEnd < 0 ? raw.length : lineEnd, first + 4) : first + 1;
  const example = raw.slice(from, to).replace(/\s+/g, '');
  ctx.out.push({
    rule: 'TXT-07',
    severity: 'warning',
    cells: [],
    message: `「${SECTION_NAMES[section]}」有 ${marks.length} 处中文之间的半角标点（如“${example}”），正式文本应使用全角标点，可点本部分正文上方的排版按钮一并改正。`,
    text: { section, start: 0, end: 0 },
  });
}

export function checkWording(ctx: Context, section: TextSectionId): void {
  checkLexicon(ctx, section);
  checkRepeatedWords(ctx, section);
  checkHalfWidth(ctx, section);
}
