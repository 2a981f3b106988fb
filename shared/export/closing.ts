// The closing block (GB/T 9704-2012 §7.3.5.2, a document without a seal): 署名 one blank line
// below the text, two characters in from the right edge, and 成文日期 under it in Arabic
// numerals, its first character two characters right of the signature's first.

import type { Report } from '../report';
import { advance } from './measure';
import { CHARACTER_SPACING_PT, SIZES_PT } from './page';

export interface ClosingBlock {
  /** 署名: the clerk's, else the organisation. */
  signature: string;
  /** 成文日期 as printed ("2024年1月17日"); null when neither it nor 发布日期 is set. */
  date: string | null;
}

/** "2024-01-17" → "2024年1月17日" (§7.3.5: Arabic numerals, no leading zeros). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** What the block prints; null when there is nothing to sign with (no organisation yet). */
export function closingBlock(report: Pick<Report, 'closing' | 'organization' | 'publishDate'>): ClosingBlock | null {
  const signature = report.closing.signature?.trim() || report.organization.trim();
  const date = report.closing.date ?? report.publishDate;
  if (!signature && !date) return null;
  return { signature, date: date ? chineseDate(date) : null };
}

/** One 3号 character's advance on the 28-character line, points. */
const CHARACTER_PT = SIZES_PT.body + CHARACTER_SPACING_PT;

/**
 * A line's width as Word sets it in 仿宋 (Arabic numerals half-width, 汉字 one character): the
 * width the places below are computed for. Renderers with wider figures (LibreOffice's fallback
 * fonts) move only the date's start, never past the right indent.
 */
function typicalWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (advance(ch) >= 1 ? SIZES_PT.body : SIZES_PT.body / 2) + CHARACTER_SPACING_PT, 0);
}

export interface ClosingPlace {
  /** Right indents of the two lines (both set flush right), points. */
  signatureRight: number;
  dateRight: number;
}

/**
 * The signature two characters from the right edge; the date under it, starting two characters
 * right of the signature's start. A date that would then come closer than two characters to the
 * edge is set two characters in, and the signature's right indent grows with it (§7.3.5.2).
 */
export function closingPlace(block: ClosingBlock): ClosingPlace {
  const signature = typicalWidth(block.signature);
  const date = block.date ? typicalWidth(block.date) : 0;
  const signatureRight = Math.max(2 * CHARACTER_PT, date - signature + 4 * CHARACTER_PT);
  return { signatureRight, dateRight: Math.max(2 * CHARACTER_PT, signatureRight + signature - 2 * CHARACTER_PT - date) };
}
