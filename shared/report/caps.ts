// How much a draft may hold (issue 21): every text and list of a report has a cap far beyond
// any real report, so that no valid draft can make opening, typing, checking or exporting slow
// (npm run bench prints a draft at these caps). One fact for the file, IPC and the editor; a
// draft over a cap is refused with a message naming the field. (The report's life — history,
// remarks — has its own, WORKFLOW_LIMITS in shared/draft/schema.)

/** 机关名称: the longest real names are about 40 characters. */
export const MAX_ORGANIZATION_CHARS = 100;
/** 标题: the standard title is the name plus 17 characters. */
export const MAX_TITLE_CHARS = 200;
/** One part's narrative: the longest parts of real reports are about 6,000 characters. */
export const MAX_PART_CHARS = 50_000;
/** One part's paragraphs (lines): real parts have under a hundred. */
export const MAX_PART_LINES = 1_000;
/**
 * The whole narrative (前言 and the six parts): real reports have under 20,000 characters and
 * 200 paragraphs. At these caps the report prints on about 250 pages.
 */
export const MAX_TEXT_CHARS = 100_000;
export const MAX_TEXT_LINES = 2_000;
/** Warnings accepted with a reason (说明): one per finding, and a report has a few dozen. */
export const MAX_ACKNOWLEDGEMENTS = 500;
/** A reason (说明) for an accepted warning or an explanation (T3-05). */
export const MAX_REASON_CHARS = 2_000;
/** An acknowledgement's anchor: the sentence it lies in (read up to 1,000 characters either side). */
export const MAX_ANCHOR_CHARS = 2_500;
/** Explanations, one per rule that allows one. */
export const MAX_EXPLANATIONS = 100;
/** Cells printed as "/": the form has under 200 cells. */
export const MAX_NOT_APPLICABLE = 500;
/** The import summary's notes (every line dropped is listed up to 300, the rest counted). */
export const MAX_IMPORT_NOTES = 1_000;
/** One note of the import summary, one import mark's reason, the source file's name, a date. */
export const MAX_NOTE_CHARS = 2_000;

/** Paragraphs (lines) of a narrative text, counted without building the array of lines; none when empty. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
