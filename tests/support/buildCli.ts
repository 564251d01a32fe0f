/**
 * Builds the command-line program (scripts/build-cli.js: tsc → build/cli, the entry bundled) for tests that spawn
 * bin/target-report.js, once: only when build/cli/cli/main.js is missing or older than a source file of
 * src/engine, src/file or src/cli.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'target-report.js');
export const CLI_ENTRY = path.join(ROOT, 'build', 'cli', 'cli', 'main.js');
const SOURCE_DIRS = ['src/engine', 'src/file', 'src/cli'].map((d) => path.join(ROOT, d));

function newestSourceMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(p));
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** True when the built CLI is missing or older than its sources. */
export function cliIsStale(): boolean {
  if (!fs.existsSync(CLI_ENTRY)) return true;
  const built = fs.statSync(CLI_ENTRY).mtimeMs;
  return SOURCE_DIRS.some((d) => newestSourceMtime(d) > built);
}

const LOCK = path.join(ROOT, 'build', '.cli-build.lock');
const LOCK_STALE_MS = 5 * 60 * 1000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** One build at a time across jest workers: a lock folder, taken over when it is older than 5 minutes. */
function withLock<T>(fn: () => T): T {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      const st = fs.statSync(LOCK, { throwIfNoEntry: false });
      if (st && Date.now() - st.mtimeMs > LOCK_STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the CLI when needed; throws with the compiler's output when the build fails. */
export function ensureCliBuilt(): void {
  if (!cliIsStale()) return;
  withLock(() => {
    if (!cliIsStale()) return; // another worker built it meanwhile
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.js')], {
        cwd: ROOT,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      const output = `${err.stdout ?? ''}${err.stderr ?? ''}`;
      throw new Error(`building the CLI failed:\n${output || err.message}`);
    }
    // Touch the entry so that a build with unchanged output still counts.
    const now = new Date();
    fs.utimesSync(CLI_ENTRY, now, now);
  });
}
