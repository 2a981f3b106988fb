// The caps of shared/report/caps as schema pieces: each refusal says in Chinese which field is
// too long or has too many entries, the cap and the actual size (messages.ts words it).

import { z } from 'zod';
import { SECTION_NAMES, type TextSectionId } from '../formats';
import { MAX_PART_CHARS, MAX_PART_LINES, MAX_TEXT_CHARS, MAX_TEXT_LINES, lineCount } from '../report';

export * from '../report/caps';

/** A text of at most `max` characters, called `name` in the refusal. */
export const text = (max: number, name: string) => z.string().max(max, `${name}过长：最多 ${max} 个字符`);

/** A list of at most `max` entries. */
export const list = <T extends z.ZodType>(item: T, max: number, name: string) => z.array(item).max(max, `${name}过多：最多 ${max} 条`);

/** A record of at most `max` entries. */
export const record = <T extends z.ZodType>(value: T, max: number, name: string) =>
  z.record(z.string(), value).superRefine((r, ctx) => {
    const n = Object.keys(r).length;
    if (n > max) ctx.addIssue({ code: 'custom', message: `${name}过多：最多 ${max} 条，实际 ${n} 条`, params: { worded: true } });
  });

/** One part's narrative: characters and paragraphs both capped, the part named as the clerk knows it. */
export const partText = (section: TextSectionId) =>
  text(MAX_PART_CHARS, `「${SECTION_NAMES[section]}」的文字`).superRefine((s, ctx) => {
    const n = lineCount(s);
    if (n > MAX_PART_LINES) ctx.addIssue({ code: 'custom', message: `「${SECTION_NAMES[section]}」段落过多：最多 ${MAX_PART_LINES} 段，实际 ${n} 段`, params: { worded: true } });
  });

/** The whole narrative, all parts together. */
export function wholeText(texts: Record<string, string>, ctx: z.RefinementCtx): void {
  const all = Object.values(texts);
  const chars = all.reduce((n, t) => n + t.length, 0);
  const lines = all.reduce((n, t) => n + lineCount(t), 0);
  if (chars > MAX_TEXT_CHARS) ctx.addIssue({ code: 'custom', message: `正文过长：前言和六个部分合计最多 ${MAX_TEXT_CHARS} 个字符，实际 ${chars} 个字符`, params: { worded: true } });
  if (lines > MAX_TEXT_LINES) ctx.addIssue({ code: 'custom', message: `正文段落过多：前言和六个部分合计最多 ${MAX_TEXT_LINES} 段，实际 ${lines} 段`, params: { worded: true } });
}
