// Which window has which draft open, shared by every document session of the app: one window per
// file, so that two windows never save over each other's edits. Files are known by real path and
// by device + inode (fileIdentity), never by spelling.

import type { FileKey } from './fileIdentity';
import { sameKey } from './fileIdentity';

/** A window holding a file: asked to come to the front when the file is opened again. */
export interface FileOwner {
  focus(): void;
}

export class OpenFiles {
  private held = new Map<FileOwner, FileKey>();

  /** The window other than `self` that has the file open, if any. */
  ownerOf(key: FileKey, self?: FileOwner): FileOwner | null {
    for (const [owner, held] of this.held) if (owner !== self && sameKey(held, key)) return owner;
    return null;
  }

  /**
   * `owner` now holds this file (and no longer the one it held before) — unless another window
   * holds it: then nothing changes and that window is returned. Synchronous, so two windows
   * opening one file at once cannot both get it.
   */
  claim(owner: FileOwner, key: FileKey): FileOwner | null {
    const other = this.ownerOf(key, owner);
    if (other) return other;
    this.held.set(owner, key);
    return null;
  }

  release(owner: FileOwner): void {
    this.held.delete(owner);
  }

  /** How many files are held (for tests and diagnostics). */
  get size(): number {
    return this.held.size;
  }
}
