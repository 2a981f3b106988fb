// How CLI commands talk: exit codes of design §5, Chinese text for people, one JSON object
// on stdout with --json (and then people's messages go to stderr).

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

export class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
