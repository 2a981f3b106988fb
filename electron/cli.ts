// Entry point of the headless command line: `npm run cli -- <command>` (design §5).

import { runCli, unexpectedErrorMessage } from './cli/main';
import { EXIT_UNREADABLE, processIo } from './cli/io';

// Output piped into `head` or `more` that stops reading is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${unexpectedErrorMessage(e)}\n`);
    process.exitCode = EXIT_UNREADABLE;
  },
);
