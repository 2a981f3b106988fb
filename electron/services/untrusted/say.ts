// The last gate before a refusal from a parser reaches a clerk: Chinese, at most 300 characters.
// Libraries throw English ("Corrupted zip: …", "Maximum call stack size exceeded"); the importer
// may pass such a message on, and it must not get through.

import { clip } from '../../../shared/draft';

/** Three English words in a row: a library's sentence, not our message (which may name "Word" or "PDF"). */
const ENGLISH_SENTENCE = /[A-Za-z]{2,}(?:[ \t]*[,.:;'"()?-]?[ \t]+[A-Za-z]{2,}){2,}/;
const CHINESE = /[\u4e00-\u9fff]/;

/**
 * The message itself when it is ours; otherwise its Chinese beginning (if any) with `detail`
 * in place of the foreign sentence, e.g. "无法读取这个 Word 文件：文件已损坏…".
 */
export function clerkMessage(message: string, detail: string): string {
  const foreign = ENGLISH_SENTENCE.exec(message);
  if (!foreign && CHINESE.test(message)) return clip(message);
  const before = (foreign ? message.slice(0, foreign.index) : '').replace(/[\s:：,，;；(（"“]+$/, '');
  return clip(CHINESE.test(before) ? `${before}：${detail}` : detail);
}
