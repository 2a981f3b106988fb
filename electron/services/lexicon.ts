// The office's own 用语表 (issue 24, TXT-05): a plain text file in the app's user-data folder that
// the office edits — its leaders' names and titles, its own bodies' names — one "错误写法 → 正确写法"
// a line. Read once at start (main and the harness) and by `check --lexicon`; parsed by
// shared/reconcile's parseUserLexicon. A missing file is made from a template so it can be found.

import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseUserLexicon, type UserLexicon } from '../../shared/reconcile';
import { writeFileAtomic } from './atomicWrite';

export const USER_LEXICON_FILE = '用语表.txt';
/** Far more than any office's list (2,000 entries of 50 characters is 300 KB). */
const MAX_BYTES = 1024 * 1024;

const TEMPLATE = `# 本单位用语表（年报编辑器“发布前检查”使用）
# 每行一条：错误写法 → 正确写法，“#”后面是说明。例如：
#   张三峰 → 张三丰    # 县长姓名
#   示例县人民政府办 → 示例县人民政府办公室
# 只收确定有误的写法；编辑器会在报告文字中查找它们，并提示改为正确写法。
# 修改后重新打开年报编辑器生效。
`;

export interface LoadedLexicon extends UserLexicon {
  /** The file's name, for messages ("用语表.txt 第 3 行…"). */
  fileName: string;
  /** False when the file itself could not be read (its reason is the one problem). */
  read: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads an office list; a file that cannot be read is one problem, never an exception. */
export async function readUserLexicon(path: string): Promise<LoadedLexicon> {
  const fileName = basename(path);
  const refused = (problem: string): LoadedLexicon => ({ entries: [], problems: [problem], fileName, read: false });
  try {
    const info = await stat(path);
    if (!info.isFile()) return refused(`${fileName} 不是文件`);
    if (info.size > MAX_BYTES) return refused(`${fileName} 过大（超过 1 MB），未读取`);
    const text = utf8.decode(await readFile(path));
    return { ...parseUserLexicon(text), fileName, read: true };
  } catch (e) {
    if (e instanceof TypeError) return refused(`${fileName} 不是 UTF-8 编码的文本，请另存为 UTF-8 后重试`);
    return refused(`无法读取 ${fileName}（${(e as NodeJS.ErrnoException).code ?? '未知原因'}）`);
  }
}

/**
 * The office's list in the user-data folder, as the app loads it at start. A missing file is
 * written from the template (never over a file that appears meanwhile) and read as empty.
 */
export async function loadUserLexicon(userDataDir: string): Promise<LoadedLexicon> {
  const path = join(userDataDir, USER_LEXICON_FILE);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await writeFileAtomic(path, TEMPLATE, { mode: 'create' }).catch(() => undefined);
    return { entries: [], problems: [], fileName: USER_LEXICON_FILE, read: true };
  }
  return readUserLexicon(path);
}
