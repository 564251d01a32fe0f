/**
 * Chaos: a 20,000-indicator run killed with SIGKILL at random points (no handler runs, nothing is
 * cleaned up). After each kill the outputs are those of the previous run, untouched, or those of the
 * new one, complete — the report, the JSON and the history always from the same run — unless a commit
 * journal shows the kill came in the middle of the renames; and the next run leaves no temporary file,
 * no journal and no lock behind, with everything consistent.
 *
 * The kill points are random each run; the seed is printed, and CHAOS_SEED=<seed> repeats a run.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { readHistoryWorkbook } from '../../src/file/history';
import { largeWorkbook } from '../faults/generate';
import { listFiles, removeDir, sha256, tempDir } from '../hardening/corpus';
import { ensureCliBuilt } from '../support/buildCli';
import { startCli } from '../support/cliProcess';

const ROWS = 20_000;
const KILLS = 3;
const OUTPUTS = ['r.xlsx', 'r.json', 'h.xlsx'];
const ARGS = ['--out', 'r.xlsx', '--json', 'r.json', '--history', 'h.xlsx'];
const LEFTOVER = /^\.tr-|\.tmp$|\.commit$|\.stale$|\.lock$/;

/** The i-th number in [0, 1) of the run with this seed: a hash, so that one seed repeats the same points. */
function random(seed: number, i: number): number {
  return createHash('sha256').update(`${seed}/${i}`).digest().readUInt32BE(0) / 2 ** 32;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir: string;
beforeAll(async () => {
  ensureCliBuilt();
  dir = await tempDir('chaos');
  await largeWorkbook(path.join(dir, 'w.xlsx'), ROWS);
}, 180_000);
afterAll(async () => {
  await removeDir(dir);
});

async function hashes(): Promise<string[]> {
  return Promise.all(OUTPUTS.map((f) => sha256(path.join(dir, f))));
}

/** The JSON's period, and the check-in periods of the history workbook and of the report workbook. */
async function generation(): Promise<{ json: string; history: string[]; inReport: string[] }> {
  const json = (JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8')) as { period: string }).period;
  const history = (await readHistoryWorkbook(path.join(dir, 'h.xlsx')))?.history.map((s) => s.period) ?? [];
  const inReport = (await readHistoryWorkbook(path.join(dir, 'r.xlsx')))?.history.map((s) => s.period) ?? [];
  return { json, history, inReport };
}

/** The new run's outputs, all of them: Q2, recorded after Q1 in both places. */
const NEW = { json: 'Q2', history: ['Q1', 'Q2'], inReport: ['Q1', 'Q2'] };

/** Waits until a temporary file of the run appears in the folder (or the run ends). */
async function firstTemp(done: () => boolean): Promise<void> {
  while (!done() && !(await fs.readdir(dir)).some((n) => /^\.tr-.*\.tmp$/.test(n))) await sleep(5);
}

test(`SIGKILL at ${KILLS} random points of a ${ROWS}-indicator run never leaves the outputs damaged or disagreeing`, async () => {
  const seed = Number(process.env.CHAOS_SEED) || Date.now() % 2_147_483_647;
  console.log(`chaos seed ${seed} (CHAOS_SEED=${seed} repeats these kill points)`);
  let draws = 0;
  const rnd = () => random(seed, draws++);

  const started = Date.now();
  const first = await startCli(['report', 'w.xlsx', '--period', 'Q1', ...ARGS], { cwd: dir }).exit;
  expect(first.code).toBe(0);
  const took = Date.now() - started;
  let previous = await hashes();

  for (let k = 0; k < KILLS; k++) {
    const run = startCli(['report', 'w.xlsx', '--period', 'Q2', ...ARGS], { cwd: dir });
    let ended = false;
    void run.exit.then(() => (ended = true));
    if (rnd() < 0.5) {
      await sleep(Math.floor(rnd() * took));
    } else {
      await firstTemp(() => ended);
      await sleep(Math.floor(rnd() * 300));
    }
    run.child.kill('SIGKILL');
    await run.exit;
    const now = await hashes();
    const midCommit = (await fs.readdir(dir)).some((n) => n.endsWith('.commit'));
    if (midCommit) continue; // the next run completes the renames; checked at the end
    if (now.every((h, i) => h === previous[i])) continue; // untouched
    // Changed: the new run's outputs, complete and agreeing (the kill came after its commit).
    expect(await generation()).toEqual(NEW);
    previous = now;
  }

  const next = await startCli(['report', 'w.xlsx', '--period', 'Q2', ...ARGS], { cwd: dir }).exit;
  expect(next.code).toBe(0);
  expect((await listFiles(dir)).filter((f) => LEFTOVER.test(f))).toEqual([]);
  expect(await generation()).toEqual(NEW);
}, 300_000);
