// S-11: characters nobody sees in the organisation's name, the title or the text — zero-width
// and direction marks pasted from web pages, control characters, U+FFFF from converted pages.
// In a name they make one unit look like two (汇总 tells units apart by shared/units/identity,
// which ignores them); in the text they are published unseen, and Word cannot hold some of them.

import { SECTION_NAMES, type TextSectionId } from '../../formats';
import { TEXT_SECTIONS } from '../../report';
import { describeCharacter, hasXmlForbidden, hiddenCharacters } from '../../text/characters';
import { hiddenInName } from '../../units/identity';
import type { Context } from '../context';
import { remembered } from '../narrative/text';
import type { Finding } from '../types';

const listed = (names: string[]) => (names.length > 3 ? `${names.slice(0, 3).join('、')} 等 ${names.length} 种` : names.join('、'));

export function checkHiddenCharacters(ctx: Context): void {
  const { report } = ctx;
  const name = hiddenInName(report.organization);
  if (name.length > 0) {
    ctx.out.push({
      rule: 'S-11',
      severity: 'warning',
      cells: [],
      part: 'preamble',
      message: `机关名称中有看不见的字符：${listed(name)}。汇总时不计这些字符来识别单位，但标题和导出的文件会带上它们。请重新输入机关名称。`,
    });
  }
  const title = report.title === null ? [] : hiddenInName(report.title);
  if (title.length > 0) {
    ctx.out.push({ rule: 'S-11', severity: 'warning', cells: [], part: 'preamble', message: `标题中有看不见的字符：${listed(title)}。请重新输入标题。` });
  }
  for (const section of TEXT_SECTIONS) checkText(ctx, section);
}

const memory = remembered<Finding | null>();

function checkText(ctx: Context, section: TextSectionId): void {
  const text = ctx.report.text[section];
  // Read once per text (a keystroke in a table leaves it as it was); a copy per check.
  const finding = memory(text, section, () => textFinding(text, section));
  if (finding) ctx.out.push({ ...finding });
}

function textFinding(text: string, section: TextSectionId): Finding | null {
  // A page or line feed a PDF converter leaves between paragraphs is white space, not a hidden
  // mark: the export drops it, and 一键排版 removes it with the rest.
  const hidden = hiddenCharacters(text).filter((h) => h.char !== '\f' && h.char !== '\v');
  if (hidden.length === 0) return null;
  const first = hidden[0];
  const kinds = [...new Set(hidden.map((h) => h.char))].map(describeCharacter);
  const word = hasXmlForbidden(text) ? '其中 Word 文档不能容纳的字符在导出时删去；' : '';
  return {
    rule: 'S-11',
    severity: 'warning',
    cells: [],
    text: { section, start: first.index, end: first.index + first.char.length },
    message: `「${SECTION_NAMES[section]}」中有 ${hidden.length} 个看不见的字符（${listed(kinds)}），多来自复制的网页或转换的文件。它们不显示，却会随报告发布；${word}“一键排版”可删去它们。`,
  };
}
