/**
 * `npm run bench`: measures the CLI end to end against the exceljs I/O floor, the engine alone,
 * the add-in path against the strict Excel double, and the task pane bundle. Writes medians and
 * ratios into docs/PERFORMANCE.md (between the BENCH markers) and the raw figures to out/bench.json.
 *
 * Options: --quick (1k and 20k only, 3 runs), --runs N, --sizes 1000,20000,100000
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchGrid, perSheetCounts, writeBenchWorkbook } from './generate';
import { buildReportLayout, runCheck, type SheetSource } from '../../src/engine';

const ROOT = path.resolve(__dirname, '..', '..');
const SHEETS: Record<number, number> = { 1000: 1, 20000: 10, 100000: 50 };

interface Stat {
  median: number;
  min: number;
  max: number;
}
function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1] };
}

/** Runs a command under /usr/bin/time; returns wall seconds and peak RSS in MB. */
function timed(cmd: string, args: string[]): { seconds: number; peakMb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-500)}`);
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [sec, kb] = last.split(' ').map(Number);
  return { seconds: sec, peakMb: kb / 1024 };
}

function engineOnce(total: number): number {
  const sources: SheetSource[] = perSheetCounts(total, SHEETS[total] ?? 1).map((n, i) => ({
    file: 'bench.xlsx',
    grid: benchGrid(i, n),
  }));
  const t0 = process.hrtime.bigint();
  const { report } = runCheck({ sources, lang: 'zh-CN', date: '2026-10-08' });
  buildReportLayout(report);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

async function addinPath(
  total: number,
): Promise<{ readSyncs: number; writeSyncs: number; maxPayloadMb: number }> {
  // The double and the adapter are test code and add-in code; loaded lazily so the bench runs without them.
  const { createExcelDouble } = await import('../../tests/support/excelDouble');
  const { createExcelPort } = await import('../../src/addin/excel/createExcelPort');
  const sheets = perSheetCounts(total, SHEETS[total] ?? 1).map((n, i) => {
    const g = benchGrid(i, n);
    const width = Math.max(...g.values.map((r) => r.length));
    return { name: g.name, values: g.values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')) };
  });
  const double = createExcelDouble({ sheets });
  const port = createExcelPort(double.run as never);
  const before = double.syncCount;
  const sources = await port.readSheets();
  const readSyncs = double.syncCount - before;
  const { report } = runCheck({ sources, lang: 'zh-CN', date: '2026-10-08' });
  const layout = buildReportLayout(report);
  const mid = double.syncCount;
  const payloadsBefore = double.syncPayloads.length;
  await port.writeReport(layout);
  const writeSyncs = double.syncCount - mid;
  const maxPayload = Math.max(...double.syncPayloads.slice(payloadsBefore), 0);
  return { readSyncs, writeSyncs, maxPayloadMb: maxPayload / (1024 * 1024) };
}

function bundleSize(): { initialGzipKb: number; forbidden: string[] } {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tr-bundle-'));
  execFileSync(
    'npx',
    ['webpack', '--mode', 'production', '--output-path', outDir, '--json', path.join(outDir, 'stats.json')],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stats = JSON.parse(fs.readFileSync(path.join(outDir, 'stats.json'), 'utf8'));
  const entry = stats.entrypoints?.taskpane ?? Object.values(stats.entrypoints ?? {})[0];
  const files: string[] = (entry?.assets ?? [])
    .map((a: { name: string } | string) => (typeof a === 'string' ? a : a.name))
    .filter((n: string) => n.endsWith('.js'));
  const gz = files.reduce(
    (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, f)), { level: 9 }).length,
    0,
  );
  const modules: string[] = (stats.modules ?? []).map((m: { name: string }) => m.name);
  const forbidden = ['exceljs', 'jszip', 'docx'].filter((p) =>
    modules.some((m) => m.includes(`node_modules/${p}/`)),
  );
  return { initialGzipKb: gz / 1024, forbidden };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : quick ? 3 : 5;
  const sizesArg = argv.indexOf('--sizes');
  const sizes =
    sizesArg >= 0 ? argv[sizesArg + 1].split(',').map(Number) : quick ? [1000, 20000] : [1000, 20000, 100000];

  // Always rebuild: a stale build would measure old code.
  execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tr-bench-'));
  const results: Record<string, unknown>[] = [];
  for (const total of sizes) {
    const sheets = SHEETS[total] ?? 1;
    const input = path.join(work, `bench-${total}.xlsx`);
    await writeBenchWorkbook(input, total, sheets);
    const e2e: number[] = [];
    const e2eMem: number[] = [];
    const floor: number[] = [];
    const floorMem: number[] = [];
    const out = path.join(work, 'out.xlsx');
    for (let i = 0; i < runs; i++) {
      // A fresh report each run: with a report already at --out the CLI first reads the check-in history
      // kept in it, which is measured on its own below.
      fs.rmSync(out, { force: true });
      const a = timed('node', ['bin/target-report.js', 'report', input, '--out', out]);
      e2e.push(a.seconds);
      e2eMem.push(a.peakMb);
      const b = timed('node', ['scripts/bench/floor.js', input, path.join(work, 'floor.xlsx')]);
      floor.push(b.seconds);
      floorMem.push(b.peakMb);
      process.stderr.write(
        `bench: ${total} rows run ${i + 1}/${runs}: end to end ${a.seconds}s, floor ${b.seconds}s\n`,
      );
    }
    // Once more over the report just written: reads the history kept in it, then rewrites the report.
    const again = timed('node', ['bin/target-report.js', 'report', input, '--out', out]);
    engineOnce(Math.min(total, 1000)); // warm up the JIT
    const engine = Array.from({ length: runs }, () => engineOnce(total));
    let addin: Awaited<ReturnType<typeof addinPath>> | { error: string };
    try {
      addin = await addinPath(total);
    } catch (e) {
      addin = { error: String(e) };
    }
    results.push({
      rows: total,
      sheets,
      fileMb: fs.statSync(input).size / (1024 * 1024),
      endToEnd: stat(e2e),
      endToEndPeakMb: stat(e2eMem),
      overExistingReport: again,
      floor: stat(floor),
      floorPeakMb: stat(floorMem),
      ratio: stat(e2e).median / stat(floor).median,
      engine: stat(engine),
      addin,
    });
  }
  let bundle: ReturnType<typeof bundleSize> | { error: string };
  try {
    bundle = bundleSize();
  } catch (e) {
    bundle = { error: String(e) };
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, 'out/bench.json'),
    JSON.stringify({ machine, runs, results, bundle }, null, 2),
  );
  const md = renderMarkdown(machine, runs, results, bundle);
  const file = path.join(ROOT, 'docs/PERFORMANCE.md');
  const doc = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : '<!-- BENCH:START -->\n<!-- BENCH:END -->\n';
  fs.writeFileSync(
    file,
    doc.replace(
      /<!-- BENCH:START -->[\s\S]*<!-- BENCH:END -->/,
      `<!-- BENCH:START -->\n${md}\n<!-- BENCH:END -->`,
    ),
  );
  process.stdout.write(md + '\n');
}

function fmt(n: number, d = 2): string {
  return n.toFixed(d);
}

function renderMarkdown(machine: string, runs: number, results: Record<string, any>[], bundle: any): string {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${runs} runs each, median (min–max).`,
    '',
    '| rows / sheets | file | end to end | floor (exceljs read + write) | ratio | peak memory end to end | peak memory floor | engine alone |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.rows.toLocaleString('en-US')} / ${r.sheets} | ${fmt(r.fileMb, 1)} MB | ${fmt(r.endToEnd.median)} s (${fmt(r.endToEnd.min)}–${fmt(r.endToEnd.max)}) | ${fmt(r.floor.median)} s (${fmt(r.floor.min)}–${fmt(r.floor.max)}) | ${fmt(r.ratio)} × | ${Math.round(r.endToEndPeakMb.median)} MB | ${Math.round(r.floorPeakMb.median)} MB | ${fmt(r.engine.median * 1000, 0)} ms (${fmt(r.engine.min * 1000, 0)}–${fmt(r.engine.max * 1000, 0)}) |`,
    );
  }
  lines.push(
    '',
    'Run again over the report it wrote (the CLI first reads the check-in history kept in that workbook), one run:',
    '',
    '| rows | end to end | peak memory |',
    '|---|---|---|',
  );
  for (const r of results) {
    const a = r.overExistingReport;
    lines.push(`| ${r.rows.toLocaleString('en-US')} | ${fmt(a.seconds)} s | ${Math.round(a.peakMb)} MB |`);
  }
  lines.push(
    '',
    '| rows | add-in read syncs | add-in write syncs | largest payload per sync |',
    '|---|---|---|---|',
  );
  for (const r of results) {
    const a = r.addin;
    lines.push(
      a.error
        ? `| ${r.rows} | error: ${a.error.slice(0, 80)} | | |`
        : `| ${r.rows.toLocaleString('en-US')} | ${a.readSyncs} | ${a.writeSyncs} | ${fmt(a.maxPayloadMb)} MB |`,
    );
  }
  if (results.length > 1) {
    const first = results[0];
    const last = results[results.length - 1];
    const growth = last.engine.median / first.engine.median / (last.rows / first.rows);
    lines.push(
      '',
      `Engine time per indicator at ${last.rows.toLocaleString('en-US')} rows relative to ${first.rows.toLocaleString('en-US')} rows: ${fmt(growth)} (1.00 = exactly linear).`,
    );
  }
  lines.push(
    '',
    bundle.error
      ? `Task pane bundle: not measured (${String(bundle.error).slice(0, 120)}).`
      : `Task pane initial JavaScript, gzipped: ${fmt(bundle.initialGzipKb, 0)} KB; spreadsheet-file libraries in the pane bundle: ${bundle.forbidden.length ? bundle.forbidden.join(', ') : 'none'}.`,
  );
  return lines.join('\n');
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
