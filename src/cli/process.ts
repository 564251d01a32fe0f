/**
 * The command line as a process: standard output and error as the real streams, and the process-level
 * guards a run needs.
 *
 * - A reader that goes away (`target-report … --json - | head`) closes the pipe: the rest of the output
 *   is dropped quietly and the run ends as it would have (exit 0), as other Unix filters do when their
 *   output is no longer wanted. Any other failure of standard output (a full disk) is one line, exit 2.
 * - SIGINT, SIGTERM and SIGHUP finish a commit whose renames have begun, remove every other temporary
 *   file, release the history lock, and end the process with 128 + the signal's number.
 */
import { cleanupSync } from './cleanup';
import type { CliIo } from './io';

const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** Installs the signal handlers (once per process). */
function guardSignals(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.once(signal as NodeJS.Signals, () => {
      cleanupSync();
      process.exit(code);
    });
  }
}

/**
 * The real process's io. `onStdoutFailure` is told of a failure of standard output other than a closed
 * pipe (its system code), once.
 */
export function processIo(onStdoutFailure: (errno: string) => void): CliIo {
  guardSignals();
  let stdoutOpen = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (!stdoutOpen) return;
    stdoutOpen = false;
    if (e.code !== 'EPIPE') onStdoutFailure(e.code ?? 'EIO');
  });
  // With standard error gone there is nobody left to tell.
  process.stderr.on('error', () => undefined);
  return {
    stdout: (chunk) => {
      if (stdoutOpen) process.stdout.write(chunk);
    },
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    now: () => new Date(),
    env: process.env,
    stdoutIsTerminal: process.stdout.isTTY === true,
  };
}
