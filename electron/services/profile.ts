// Who works at this PC: the name typed once (for steps, remarks and the draft lock), remembered in
// the user-data folder. People are named, not logged in: the name is what they type.

import { readFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { writeFileAtomic } from './atomicWrite';

const MAX_NAME = 50;

export class UserProfile {
  private cached: string | null | undefined;
  constructor(private file: string) {}

  /** The name typed last on this PC, or null before anyone typed one. */
  async name(): Promise<string | null> {
    if (this.cached !== undefined) return this.cached;
    try {
      const value = (JSON.parse(await readFile(this.file, 'utf8')) as { name?: unknown }).name;
      this.cached = typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_NAME) : null;
    } catch {
      this.cached = null; // none yet, or unreadable: asked again, never an error
    }
    return this.cached;
  }

  /** Remembers the name; a profile that cannot be written only means asking again next time. */
  async setName(name: string): Promise<void> {
    const trimmed = name.trim().slice(0, MAX_NAME);
    if (trimmed === '' || trimmed === (await this.name())) return;
    this.cached = trimmed;
    await writeFileAtomic(this.file, JSON.stringify({ name: trimmed }, null, 2)).catch(() => undefined);
  }

  /** How this PC appears in a lock: the name typed, else the system's account name. */
  async lockIdentity(): Promise<{ user: string; host: string }> {
    const account = (() => {
      try {
        return userInfo().username;
      } catch {
        return '未署名';
      }
    })();
    return { user: (await this.name()) ?? account, host: hostname() };
  }
}
