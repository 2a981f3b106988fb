// One safe file name from a draft's content (its title, its organisation): every writer that
// names a file after what a clerk typed — the app's suggested names, the web mode, the command
// line — goes through here, so a title such as "../../x" or "CON" is a plain name in its folder.

import { reportTitle, type Report } from '../report';
import { withoutHidden } from '../text/characters';

/** Bytes of UTF-8 a name may take: well below the 255 most file systems allow, leaving room for paths. */
export const MAX_FILE_NAME_BYTES = 180;

/** What is not a name on some system, each as the full-width mark Chinese text would use anyway. */
const NOT_IN_NAMES: Record<string, string> = { '/': '／', '\\': '＼', ':': '：', '*': '＊', '?': '？', '"': '＂', '<': '＜', '>': '＞', '|': '｜' };
/**
 * Windows' device names, with any extension (CON.docx opens the console, not a file): Windows
 * takes the part before the first dot, trailing spaces dropped ("CON .x" is CON too).
 */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(?:\.|$)/i;
const FALLBACK = '年度报告';

const bytes = (s: string) => new TextEncoder().encode(s).length;

/**
 * `stem` made a single safe file name ending in `extension` (".docx", "（网页片段）.html"): no
 * separators or marks Windows forbids, no invisible or control characters, no leading dots
 * (so never "." or ".."), no trailing dots or spaces, not a Windows device name, and at most
 * MAX_FILE_NAME_BYTES bytes — cut between characters, never inside one.
 */
export function safeFileName(stem: string, extension: string): string {
  let name = withoutHidden(stem.replace(/[\t\n\r\f\v]/g, ' '))
    .replace(/[/\\:*?"<>|]/g, (ch) => NOT_IN_NAMES[ch])
    .replace(/\s+/g, ' ');
  name = trimEdges(name);
  const room = MAX_FILE_NAME_BYTES - bytes(extension);
  if (bytes(name) > room) {
    let cut = '';
    for (const ch of name) {
      if (bytes(cut + ch) > room) break;
      cut += ch;
    }
    name = trimEdges(cut);
  }
  if (name === '') name = FALLBACK;
  if (RESERVED.test(name)) name = `_${name}`;
  return `${name}${extension}`;
}

/** Leading dots and spaces would hide the file or make it "..", trailing ones Windows drops. */
function trimEdges(name: string): string {
  return name.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

/** The name a report's file is offered under: its title, made safe. */
export function reportFileName(report: Pick<Report, 'title' | 'organization' | 'year'>, extension: string): string {
  return safeFileName(reportTitle(report), extension);
}

/** Whether a name given from elsewhere (an uploaded file's) is a safe name as it stands. */
export function isSafeFileName(name: string): boolean {
  return safeFileName(name, '') === name;
}
