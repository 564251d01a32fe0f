/**
 * The one in-process runner of the command line for tests: runs `target-report <args>` in `cwd` with a
 * fixed clock and environment, and gives the exit code with what went to standard output and error.
 * Also the one check of a one-line error.
 */
import { expectNoJunk } from './text';
import { run } from '../../src/cli/main';

export interface CliResult {
  readonly code: number;
  /** Standard output as text (UTF-8). */
  readonly stdout: string;
  /** Standard output as bytes (a binary output given as "-"). */
  readonly stdoutBytes: Buffer;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** The clock (default 2026-10-08 09:30 local time). */
  readonly now?: Date;
  /** TARGET_REPORT_LANG; ignored when `env` is given. */
  readonly lang?: string;
  /** The whole environment the run sees (default: only TARGET_REPORT_LANG when `lang` is given). */
  readonly env?: Readonly<Record<string, string>>;
  readonly stdoutIsTerminal?: boolean;
  readonly lockWaitMs?: number;
}

export const DEFAULT_NOW = new Date(2026, 9, 8, 9, 30);

export async function runCli(
  args: readonly string[],
  cwd: string,
  options: CliRunOptions = {},
): Promise<CliResult> {
  const out: Buffer[] = [];
  let stderr = '';
  const now = options.now ?? DEFAULT_NOW;
  const code = await run([...args], {
    stdout: (chunk) =>
      void out.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)),
    stderr: (s) => void (stderr += s),
    cwd,
    now: () => now,
    env: options.env ?? (options.lang ? { TARGET_REPORT_LANG: options.lang } : {}),
    stdoutIsTerminal: options.stdoutIsTerminal,
    lockWaitMs: options.lockWaitMs,
  });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr };
}

/** JavaScript's own words, which a message to the user never holds. */
export const JS_ERROR_TEXT =
  /\n\s+at |    at |undefined|NaN|\bnull\b|\[object |TypeError|ReferenceError|Cannot read propert|is not a function|ENOENT:|EACCES:/;

/**
 * A problem the user can fix: exit 2, nothing on standard output, exactly one line on standard error
 * ("target-report: …", ending in a newline) holding every mention, and no JavaScript error text.
 * Returns the line.
 */
export function expectOneLineError(r: CliResult, ...mentions: (string | RegExp)[]): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^target-report: /);
  for (const m of mentions) {
    if (typeof m === 'string') expect(lines[0]).toContain(m);
    else expect(lines[0]).toMatch(m);
  }
  expect(r.stderr).not.toMatch(JS_ERROR_TEXT);
  expectNoJunk(r.stderr, { marks: false });
  return lines[0];
}
