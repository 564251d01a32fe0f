/**
 * The built command line as a real process (bin/target-report.js), for what only a process shows:
 * signals, pipes closed early, several runs at once, SIGKILL. Call ensureCliBuilt() in a beforeAll first.
 */
import { type ChildProcess, spawn, type StdioOptions } from 'child_process';
import { BIN } from './buildCli';

export interface Exit {
  /** The exit code, or null when a signal ended the process without a handler. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface StartedCli {
  readonly child: ChildProcess;
  readonly exit: Promise<Exit>;
}

export interface StartOptions {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Standard input, output and error (default: all piped). */
  readonly stdio?: StdioOptions;
}

/** Starts `target-report <args>`; `exit` settles when it ends, with what it wrote to piped streams. */
export function startCli(args: readonly string[], options: StartOptions): StartedCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, TARGET_REPORT_DEBUG: '', TARGET_REPORT_LANG: '', ...options.env },
    stdio: options.stdio ?? 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => void (stdout += d.toString('utf8')));
  child.stdout?.on('error', () => undefined);
  child.stderr?.on('data', (d: Buffer) => void (stderr += d.toString('utf8')));
  const exit = new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, exit };
}
