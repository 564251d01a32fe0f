/**
 * The command line as a real process: a reader that closes the pipe early (`--json - | head`), standard
 * output on a full disk, and SIGINT / SIGTERM in the middle of a run.
 */
import { promises as fs, openSync, closeSync } from 'fs';
import * as path from 'path';
import { readHistoryWorkbook } from '../../src/file/history';
import { largeWorkbook } from '../faults/generate';
import { listFiles, removeDir, sha256, tempDir } from '../hardening/corpus';
import { ensureCliBuilt } from '../support/buildCli';
import { startCli } from '../support/cliProcess';
import { JS_ERROR_TEXT } from '../support/runCli';

const LEFTOVER = /^\.tr-|\.tmp$|\.commit$|\.stale$|\.lock$/;

let dir: string;
beforeAll(async () => {
  ensureCliBuilt();
  dir = await tempDir('process');
  // 2,000 indicators: the JSON (about 1 MB) is far larger than a pipe's buffer.
  await largeWorkbook(path.join(dir, 'big.xlsx'), 2000);
}, 180_000);
afterAll(async () => {
  await removeDir(dir);
});

test('--json - with a reader that goes away after the first chunk: exit 0, no stack trace', async () => {
  const run = startCli(['report', 'big.xlsx', '--json', '-'], { cwd: dir });
  run.child.stdout?.once('data', () => run.child.stdout?.destroy());
  const exit = await run.exit;
  expect(exit.stderr).not.toMatch(JS_ERROR_TEXT);
  expect(exit.stderr).not.toMatch(/EPIPE|Error/);
  expect(exit.code).toBe(0);
  expect(exit.stderr).toContain('目标任务共 2000 项');
}, 120_000);

test('standard output on a full disk (/dev/full): exit 2, the last line says so, no stack trace', async () => {
  const full = await fs.stat('/dev/full').catch(() => null);
  if (!full?.isCharacterDevice()) {
    console.warn('skipped: no /dev/full on this system');
    return;
  }
  const fd = openSync('/dev/full', 'w');
  try {
    const exit = await startCli(['report', 'big.xlsx', '--json', '-', '--lang', 'en-US'], {
      cwd: dir,
      stdio: ['ignore', fd, 'pipe'],
    }).exit;
    expect(exit.code).toBe(2);
    const lines = exit.stderr.trim().split('\n');
    expect(lines[lines.length - 1]).toBe('target-report: standard output: the disk is full');
    expect(exit.stderr).not.toMatch(JS_ERROR_TEXT);
  } finally {
    closeSync(fd);
  }
}, 120_000);

/** Resolves once a name matching `pattern` appears in `folder` (polling), or after `ms`. */
async function appears(folder: string, pattern: RegExp, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if ((await fs.readdir(folder)).some((n) => pattern.test(n))) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('%s during a run', (signal, status) => {
  test(`removes the temporary files, releases the lock and ends with ${status}; the outputs stay consistent`, async () => {
    const work = path.join(dir, signal);
    await fs.mkdir(work, { recursive: true });
    await fs.copyFile(path.join(dir, 'big.xlsx'), path.join(work, 'big.xlsx'));
    const outputs = ['--out', 'r.xlsx', '--json', 'r.json', '--history', 'h.xlsx'];
    const first = await startCli(['report', 'big.xlsx', '--period', 'Q1', ...outputs], { cwd: work }).exit;
    expect(first.code).toBe(0);
    const before = await Promise.all(['r.xlsx', 'r.json', 'h.xlsx'].map((f) => sha256(path.join(work, f))));

    const run = startCli(['report', 'big.xlsx', '--period', 'Q2', ...outputs], { cwd: work });
    // The moment a temporary file appears (or else the lock), the run is in the middle of its writing.
    const seen = (await appears(work, /^\.tr-.*\.tmp$/, 60_000)) || (await appears(work, /\.lock$/, 1));
    expect(seen).toBe(true);
    run.child.kill(signal);
    const exit = await run.exit;
    expect(exit.stderr).not.toMatch(JS_ERROR_TEXT);
    expect((await listFiles(work)).filter((f) => LEFTOVER.test(f))).toEqual([]);

    expect(exit.code).toBe(status);
    // Interrupted before its renames, everything is as before; during them, they were completed.
    const after = await Promise.all(['r.xlsx', 'r.json', 'h.xlsx'].map((f) => sha256(path.join(work, f))));
    if (after.some((h, i) => h === before[i])) expect(after).toEqual(before);
    const json = JSON.parse(await fs.readFile(path.join(work, 'r.json'), 'utf8')) as { period: string };
    const history = await readHistoryWorkbook(path.join(work, 'h.xlsx'));
    const inReport = await readHistoryWorkbook(path.join(work, 'r.xlsx'));
    const periods = json.period === 'Q1' ? ['Q1'] : ['Q1', 'Q2'];
    expect(history?.history.map((s) => s.period)).toEqual(periods);
    expect(inReport?.history.map((s) => s.period)).toEqual(periods);
  }, 180_000);
});
