// Entry point of the headless command line: `npm run cli -- <command>` (design §5).

import { runCli, unexpectedErrorMessage } from './cli/main';
import { EXIT_UNREADABLE, processIo } from './cli/io';
import { removeLiveTemps, writeReason } from './services/atomicWrite';

// Output piped into `head` or `more` that stops reading is not an error of ours; any other
// output error (a full disk behind `> file`) is: the results were not all printed.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`无法输出结果：${writeReason(e)}（标准输出无法写入），输出不完整。\n`);
  process.exit(EXIT_UNREADABLE);
});
process.stderr.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT_UNREADABLE));

// A file being written when the process is stopped (Ctrl+C, a kill) leaves no temp file behind.
process.on('exit', removeLiveTemps);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => process.exit(code));
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
