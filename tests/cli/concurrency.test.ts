/**
 * Ten runs at once, each a real process recording its own check-in (M1…M10) in the same history
 * workbook: they take turns under the history's lock, so every check-in is found afterwards.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { readHistoryWorkbook } from '../../src/file/history';
import { monthlyWorkbook } from '../faults/generate';
import { listFiles, removeDir, tempDir } from '../hardening/corpus';
import { ensureCliBuilt } from '../support/buildCli';
import { startCli } from '../support/cliProcess';
import { JS_ERROR_TEXT } from '../support/runCli';

const WRITERS = 10;

let dir: string;
beforeAll(async () => {
  ensureCliBuilt();
  dir = await tempDir('concurrent');
  await monthlyWorkbook(path.join(dir, 'monthly.xlsx'));
}, 120_000);
afterAll(async () => {
  await removeDir(dir);
});

test(`${WRITERS} concurrent writers of one history: every check-in is recorded, nothing left behind`, async () => {
  const periods = Array.from({ length: WRITERS }, (_, i) => `M${i + 1}`);
  const runs = periods.map((p) =>
    startCli(['report', 'monthly.xlsx', '--period', p, '--history', 'history.xlsx', '--json', `${p}.json`], {
      cwd: dir,
    }),
  );
  const exits = await Promise.all(runs.map((r) => r.exit));
  for (const exit of exits) {
    expect(exit.stderr).not.toMatch(JS_ERROR_TEXT);
    expect(exit.code).toBe(0);
  }
  const history = await readHistoryWorkbook(path.join(dir, 'history.xlsx'));
  expect(history?.history.map((s) => s.period)).toEqual(periods);
  for (const p of periods) {
    const json = JSON.parse(await fs.readFile(path.join(dir, `${p}.json`), 'utf8')) as { period: string };
    expect(json.period).toBe(p);
  }
  expect(await listFiles(dir)).toEqual(
    ['history.xlsx', 'monthly.xlsx', ...periods.map((p) => `${p}.json`)].sort(),
  );
}, 240_000);
