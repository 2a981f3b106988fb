// The processes a test run starts, found by a mark in their environment and ended: every child
// (vitest workers, harness servers, Chromium, LibreOffice, CLI runs) inherits the mark, and
// keeps it after its parent died. Also spawning in a process group of its own, ended whole.

import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The id of the innermost test run, for its tests. */
export const SUITE_ID = 'NIANBAO_SUITE';

/**
 * The environment variable that marks the processes of one test run. A run started inside
 * another (test/harness/leftovers.test.ts) adds its own: a process carries every run's mark.
 */
export function suiteMark(id: string): string {
  return `NIANBAO_SUITE_${id.replaceAll('-', '')}`;
}

interface Proc {
  pid: number;
  ppid: number;
  command: string;
}

/** Live processes whose environment holds the variable `mark`, this one excepted (Linux: /proc). */
export function markedProcesses(mark: string): Proc[] {
  if (process.platform !== 'linux') return [];
  const prefix = `${mark}=`;
  const found: Proc[] = [];
  for (const dir of readdirSync('/proc')) {
    const pid = Number(dir);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      // A zombie's environment reads empty: it is gone, only not yet reaped.
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').some((e) => e.startsWith(prefix))) continue;
      // stat: "pid (command) state ppid …"; the command may itself hold spaces or parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${pid}/cmdline`, 'latin1').replaceAll('\0', ' ').trim();
      found.push({ pid, ppid, command });
    } catch {
      // Ended while we looked, or not ours to read.
    }
  }
  return found;
}

/** Ends the processes: SIGTERM, then SIGKILL for those still there after graceMs. */
export async function endProcesses(mark: string, pids: readonly number[], graceMs = 2000): Promise<void> {
  const signal = (pid: number, sig: NodeJS.Signals) => {
    try {
      process.kill(pid, sig);
    } catch {
      // Already gone.
    }
  };
  pids.forEach((pid) => signal(pid, 'SIGTERM'));
  // Only pids still carrying the mark: a pid reused by another process is left alone.
  const remaining = () => {
    const alive = new Set(markedProcesses(mark).map((p) => p.pid));
    return pids.filter((pid) => alive.has(pid));
  };
  for (const deadline = Date.now() + graceMs; remaining().length > 0 && Date.now() < deadline; ) {
    await new Promise((ok) => setTimeout(ok, 100));
  }
  remaining().forEach((pid) => signal(pid, 'SIGKILL'));
}

const groups = new Set<number>();
process.once('exit', () => groups.forEach((pgid) => killGroup(pgid, 'SIGKILL')));

function killGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig);
  } catch {
    // The group has ended.
  }
}

export interface GroupProcess {
  proc: ChildProcess;
  /** Signals every process of the group (e.g. tsx and the node it starts), not just the first. */
  kill(signal?: NodeJS.Signals): void;
}

/**
 * Spawns a command as the leader of a new process group, ended whole by kill() or, at the
 * latest, when this process exits. Killing only the child would leave its own children behind
 * (tsx runs the script in a second node process).
 */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions = {}): GroupProcess {
  const proc = spawn(command, args, { ...options, detached: process.platform !== 'win32' });
  const pgid = proc.pid;
  if (pgid !== undefined && process.platform !== 'win32') {
    groups.add(pgid);
  }
  return {
    proc,
    kill(sig = 'SIGTERM') {
      if (pgid === undefined) return;
      if (process.platform === 'win32') proc.kill(sig);
      else killGroup(pgid, sig);
      if (sig === 'SIGKILL') groups.delete(pgid);
    },
  };
}
