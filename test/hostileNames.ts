// The hostile titles and organisations every writer that names a file after a draft's content
// is tested with (issue 21): each must give one safe name inside the folder.

import { dirname, resolve } from 'node:path';
import { MAX_FILE_NAME_BYTES } from '../shared/files/fileName';

export const HOSTILE_NAMES: readonly string[] = ['../x', '..\\x', 'CON', 'a/b', '汉'.repeat(100), 'a\u0001b\u0007c\u202Ed', '../../../../tmp/PWNED', '..', 'nul'];

/** The path is a file directly in `folder`, with a name that is short enough and plain. */
export function isPlainNameIn(folder: string, path: string): boolean {
  const name = path.slice(dirname(path).length + 1);
  return dirname(resolve(path)) === resolve(folder) && new TextEncoder().encode(name).length <= MAX_FILE_NAME_BYTES && !/[/\\\p{Cc}]|^\.|^(con|nul)(\.|$)/iu.test(name);
}
