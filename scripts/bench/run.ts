/**
 * `npm run bench`: the command line end to end against today's command line (the reference build) and
 * the peers — SheetJS and pandas + openpyxl doing the same reading, evaluation and writing — in the same
 * interleaved rounds; the Word export at each size; the crafted bad files; the engine alone; the add-in
 * path against the strict Excel double; the bundles (the pane's, the file layer's, the offline page's
 * one file uncompressed and gzipped). Writes medians and ratios into docs/PERFORMANCE.md
 * (between the BENCH markers) and the raw figures to out/bench.json.
 *
 * Options: --quick (1k and 20k, 3 runs), --runs N, --sizes 1000,20000,100000, --reference REV (the
 * reference command line, default the one before the current file layer), --skip reference,peers,docx,
 * bad,engine,addin,bundle,layer.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchGrid, perSheetCounts, writeBenchWorkbook } from './generate';
import { badFiles, type BadFile } from './badFiles';
import { layerFigures, type LayerFigure } from './layer';
import { buildReportLayout, runCheck, type SheetSource } from '../../src/engine';
import { writeResultJson } from '../../src/file/resultJson';

const ROOT = path.resolve(__dirname, '..', '..');
const SHEETS: Record<number, number> = { 1000: 1, 20000: 10, 100000: 50 };
/** The command line before the current file layer (exceljs reading and writing): "today's CLI". */
const REFERENCE_COMMIT = '2a792ea';
const CLI = path.join(ROOT, 'bin', 'target-report.js');

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

interface Timed {
  seconds: number;
  peakMb: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command under /usr/bin/time: wall seconds, peak memory (RSS, MB), exit code and output. */
function timed(
  cmd: string,
  args: string[],
  o: { timeoutMs?: number; cwd?: string; lang?: string } = {},
): Timed {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], {
    cwd: o.cwd ?? ROOT,
    env: o.lang ? { ...process.env, TARGET_REPORT_LANG: o.lang } : process.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: o.timeoutMs ?? 600_000,
  });
  const lines = r.stderr.trimEnd().split('\n');
  const [sec, kb] = (lines.pop() ?? '').split(' ').map(Number);
  return {
    seconds: sec,
    peakMb: kb / 1024,
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: lines.join('\n'),
  };
}

function mustSucceed(t: Timed, what: string): Timed {
  if (t.code !== 0) throw new Error(`${what} failed (exit ${t.code}): ${t.stderr.slice(-400)}`);
  return t;
}

// ───────────────────────────── the contenders ─────────────────────────────

interface Contender {
  readonly name: string;
  /** One end-to-end run on `input`, writing into `work`. */
  readonly run: (input: string, work: string) => Timed;
}

/** Today's command line, built once from git into a folder outside the repository; or why not. */
function referenceCli(rev: string): Contender | { skipped: string } {
  let sha: string;
  try {
    sha = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
  } catch {
    return { skipped: `the reference ${rev} is not in this clone's history` };
  }
  const dir = path.join(os.tmpdir(), `target-report-reference-${sha.slice(0, 12)}`);
  const entry = path.join(dir, 'build', 'cli', 'cli', 'main.js');
  if (!fs.existsSync(entry)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: ROOT });
    if (!fs.existsSync(path.join(dir, 'node_modules'))) {
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    }
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
      {
        cwd: dir,
        stdio: 'inherit',
      },
    );
  }
  const bin = path.join(dir, 'bin', 'target-report.js');
  return {
    name: `today's CLI (${sha.slice(0, 7)})`,
    run: (input, work) => {
      const out = path.join(work, 'reference.xlsx');
      fs.rmSync(out, { force: true });
      return mustSucceed(timed('node', [bin, 'report', input, '--out', out]), 'the reference CLI');
    },
  };
}

/** A Python that has pandas and openpyxl, or why there is none. */
function pandasPeer(): Contender | { skipped: string } {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import pandas, openpyxl'], { encoding: 'utf8' });
    if (probe.status === 0) {
      return {
        name: 'pandas + openpyxl',
        run: (input, work) =>
          mustSucceed(
            timed(python, [path.join(__dirname, 'peer_pandas.py'), input, path.join(work, 'pandas.xlsx')]),
            'the pandas peer',
          ),
      };
    }
  }
  return { skipped: 'no Python here has pandas and openpyxl (python3 -c "import pandas, openpyxl" fails)' };
}

const PROJECT: Contender = {
  name: 'this project',
  run: (input, work) => {
    const out = path.join(work, 'project.xlsx');
    fs.rmSync(out, { force: true });
    return mustSucceed(timed('node', [CLI, 'report', input, '--out', out]), 'the CLI');
  },
};

const SHEETJS: Contender = {
  name: 'SheetJS (@e965/xlsx)',
  run: (input, work) =>
    mustSucceed(
      timed('node', [path.join(__dirname, 'peer-sheetjs.js'), input, path.join(work, 'sheetjs.xlsx')]),
      'the SheetJS peer',
    ),
};

// ───────────────────────────── the measurements ─────────────────────────────

interface SizeResult {
  rows: number;
  sheets: number;
  fileMb: number;
  contenders: { name: string; seconds: Stat; peakMb: Stat }[];
  overExistingReport: { seconds: number; peakMb: number };
  docx?: { seconds: Stat; peakMb: Stat; kb: number };
  /** In process, warm: runCheck, the report layout, and the JSON result's bytes. */
  engine?: { check: Stat; layout: Stat; json: Stat };
  addin?: { readSyncs: number; writeSyncs: number; maxPayloadMb: number } | { error: string };
}

interface EngineTimes {
  check: number;
  layout: number;
  json: number;
}

function engineOnce(total: number): EngineTimes {
  const sources: SheetSource[] = perSheetCounts(total, SHEETS[total] ?? 1).map((n, i) => ({
    file: 'bench.xlsx',
    grid: benchGrid(i, n),
  }));
  const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
  const t0 = process.hrtime.bigint();
  const { report } = runCheck({ sources, lang: 'zh-CN', date: '2026-10-08' });
  const check = seconds(t0);
  const t1 = process.hrtime.bigint();
  buildReportLayout(report);
  const layout = seconds(t1);
  // The JSON's bytes as the command line writes them to a file, piece by piece (counted, not kept).
  let bytes = 0;
  const t2 = process.hrtime.bigint();
  writeResultJson(report, (piece) => (bytes += piece.length));
  const json = seconds(t2);
  if (bytes === 0) throw new Error('the JSON result is empty');
  return { check, layout, json };
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
  let maxPayload = 0;
  for (const p of double.syncPayloads.slice(payloadsBefore)) maxPayload = Math.max(maxPayload, p);
  return { readSyncs, writeSyncs, maxPayloadMb: maxPayload / (1024 * 1024) };
}

/** The contenders in interleaved rounds on one input. */
function rounds(contenders: readonly Contender[], input: string, work: string, runs: number, label: string) {
  const times = contenders.map(() => ({ seconds: [] as number[], peakMb: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    contenders.forEach((c, k) => {
      const t = c.run(input, work);
      times[k].seconds.push(t.seconds);
      times[k].peakMb.push(t.peakMb);
      process.stderr.write(
        `bench: ${label} run ${i + 1}/${runs}: ${c.name} ${t.seconds}s ${Math.round(t.peakMb)} MB\n`,
      );
    });
  }
  return contenders.map((c, k) => ({
    name: c.name,
    seconds: stat(times[k].seconds),
    peakMb: stat(times[k].peakMb),
  }));
}

function docxRuns(input: string, work: string, runs: number): SizeResult['docx'] {
  const out = path.join(work, 'report.docx');
  const seconds: number[] = [];
  const peak: number[] = [];
  for (let i = 0; i < runs; i++) {
    fs.rmSync(out, { force: true });
    const t = mustSucceed(timed('node', [CLI, 'report', input, '--docx', out]), 'the CLI with --docx');
    seconds.push(t.seconds);
    peak.push(t.peakMb);
  }
  return { seconds: stat(seconds), peakMb: stat(peak), kb: fs.statSync(out).size / 1024 };
}

interface Options {
  runs: number;
  sizes: number[];
  reference: string;
  skip: Set<string>;
}

function options(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  return {
    runs: Number(value('--runs') ?? (quick ? 3 : 5)),
    sizes: (value('--sizes') ?? (quick ? '1000,20000' : '1000,20000,100000')).split(',').map(Number),
    reference: value('--reference') ?? REFERENCE_COMMIT,
    skip: new Set((value('--skip') ?? '').split(',').filter(Boolean)),
  };
}

async function measureSize(
  total: number,
  o: Options,
  contenders: Contender[],
  work: string,
): Promise<SizeResult> {
  const sheets = SHEETS[total] ?? 1;
  const input = path.join(work, `bench-${total}.xlsx`);
  await writeBenchWorkbook(input, total, sheets);
  const label = `${total} rows`;
  const result: SizeResult = {
    rows: total,
    sheets,
    fileMb: fs.statSync(input).size / (1024 * 1024),
    contenders: rounds(contenders, input, work, o.runs, label),
    overExistingReport: { seconds: 0, peakMb: 0 },
  };
  // Once more over the report just written: reads the history kept in it, then rewrites the report.
  const out = path.join(work, 'project.xlsx');
  const again = mustSucceed(timed('node', [CLI, 'report', input, '--out', out]), 'the CLI over its report');
  result.overExistingReport = { seconds: again.seconds, peakMb: again.peakMb };
  if (!o.skip.has('docx')) result.docx = docxRuns(input, work, Math.min(o.runs, 3));
  if (!o.skip.has('engine')) {
    engineOnce(Math.min(total, 1000)); // warm up the JIT
    const runs = Array.from({ length: o.runs }, () => engineOnce(total));
    result.engine = {
      check: stat(runs.map((r) => r.check)),
      layout: stat(runs.map((r) => r.layout)),
      json: stat(runs.map((r) => r.json)),
    };
  }
  if (!o.skip.has('addin'))
    result.addin = await addinPath(total).catch((e: unknown) => ({ error: String(e) }));
  return result;
}

interface BadResult {
  name: string;
  fileKb: number;
  seconds: number;
  peakMb: number;
  code: number;
  outcome: string;
  expected: BadFile['expect'];
}

/** Each crafted file through the command line, once: time, memory, exit code and what it said. */
function measureBadFiles(work: string): BadResult[] {
  return badFiles().map((bad) => {
    const file = path.join(work, bad.file);
    const data = bad.make();
    fs.writeFileSync(file, data);
    const t = timed('node', [CLI, 'report', bad.file, '--json', '-'], {
      timeoutMs: 60_000,
      cwd: work,
      lang: 'en-US',
    });
    let outcome = t.stderr.split('\n')[0] ?? '';
    if (t.code === 0) {
      const total = (JSON.parse(t.stdout) as { summary: { total: number } }).summary.total;
      outcome = `report of ${total} indicators`;
    }
    process.stderr.write(
      `bench: bad file ${bad.file}: ${t.seconds}s ${Math.round(t.peakMb)} MB exit ${t.code}\n`,
    );
    fs.rmSync(file, { force: true });
    return {
      name: bad.name,
      fileKb: data.length / 1024,
      seconds: t.seconds,
      peakMb: t.peakMb,
      code: t.code,
      outcome: outcome.replace(/^target-report: /, '').slice(0, 160),
      expected: bad.expect,
    };
  });
}

interface Bundles {
  paneGzipKb?: number;
  paneForbidden?: string[];
  /** The offline page, dist/target-report.html: one file, its script, styles and worker inline. */
  page?: { kb: number; gzipKb: number };
  /** The file layer bundled for a browser, without the engine (which the pane and page carry anyway). */
  fileLayer?: { readerGzipKb: number; allGzipKb: number; allKb: number };
  error?: string;
}

/** The file layer as a browser page would load it: the reader alone, and the reader with the writer. */
async function fileLayerBundle(): Promise<NonNullable<Bundles['fileLayer']>> {
  const esbuild = await import('esbuild');
  const size = async (contents: string) => {
    const built = await esbuild.build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      plugins: [
        {
          name: 'engine',
          setup: (b) => void b.onResolve({ filter: /\/engine$/ }, (a) => ({ path: a.path, external: true })),
        },
      ],
    });
    const code = built.outputFiles[0].contents;
    return { kb: code.length / 1024, gzipKb: zlib.gzipSync(code, { level: 9 }).length / 1024 };
  };
  const reader = await size("export { readWorkbook } from './src/file/browser';");
  const all = await size("export * from './src/file/browser';");
  return { readerGzipKb: reader.gzipKb, allGzipKb: all.gzipKb, allKb: all.kb };
}

async function bundles(): Promise<Bundles> {
  const out: Bundles = {};
  try {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tr-bundle-'));
    execFileSync(
      'npx',
      ['webpack', '--mode', 'production', '--output-path', dir, '--json', path.join(dir, 'stats.json')],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const stats = JSON.parse(fs.readFileSync(path.join(dir, 'stats.json'), 'utf8'));
    const entry = stats.entrypoints?.taskpane ?? Object.values(stats.entrypoints ?? {})[0];
    const files: string[] = (entry?.assets ?? [])
      .map((a: { name: string } | string) => (typeof a === 'string' ? a : a.name))
      .filter((n: string) => n.endsWith('.js'));
    out.paneGzipKb =
      files.reduce(
        (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length,
        0,
      ) / 1024;
    // The pane's modules only: the offline page's worker carries the file libraries by design.
    const paneChunks = new Set<string | number>(entry?.chunks ?? []);
    const modules: string[] = (stats.modules ?? [])
      .filter((m: { chunks?: (string | number)[] }) => (m.chunks ?? []).some((c) => paneChunks.has(c)))
      .map((m: { name: string }) => m.name);
    out.paneForbidden = ['exceljs', 'jszip', 'docx'].filter((p) =>
      modules.some((m) => m.includes(`node_modules/${p}/`)),
    );
    const page = fs.readFileSync(path.join(dir, 'target-report.html'));
    out.page = { kb: page.length / 1024, gzipKb: zlib.gzipSync(page, { level: 9 }).length / 1024 };
  } catch (e) {
    out.error = `pane bundle: ${String(e).slice(0, 120)}`;
  }
  try {
    out.fileLayer = await fileLayerBundle();
  } catch (e) {
    out.error = `${out.error ? `${out.error}; ` : ''}file layer bundle: ${String(e).slice(0, 120)}`;
  }
  return out;
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  // Always rebuild: a stale build would measure old code (the SheetJS peer uses the built engine too).
  execFileSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tr-bench-'));
  const contenders: Contender[] = [PROJECT];
  const skipped: string[] = [];
  const optional = [
    o.skip.has('reference') ? { skipped: 'skipped (--skip reference)' } : referenceCli(o.reference),
    ...(o.skip.has('peers') ? [] : [SHEETJS, pandasPeer()]),
  ];
  for (const c of optional) {
    if ('skipped' in c) {
      skipped.push(c.skipped);
      process.stderr.write(`bench: ${c.skipped}\n`);
    } else contenders.push(c);
  }
  const results: SizeResult[] = [];
  for (const total of o.sizes) results.push(await measureSize(total, o, contenders, work));
  const biggest = path.join(work, `bench-${Math.max(...o.sizes)}.xlsx`);
  const layer = o.skip.has('layer') ? [] : await layerFigures(fs.readFileSync(biggest));
  const bad = o.skip.has('bad') ? [] : measureBadFiles(work);
  const bundle = o.skip.has('bundle') ? {} : await bundles();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, 'out/bench.json'),
    JSON.stringify({ machine, runs: o.runs, results, skipped, layer, bad, bundle }, null, 2),
  );
  const md = renderMarkdown({ machine, runs: o.runs, results, skipped, layer, bad, bundle });
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
  fs.rmSync(work, { recursive: true, force: true });
}

// ───────────────────────────── the report ─────────────────────────────

const f2 = (n: number, d = 2) => n.toFixed(d);
const range = (s: Stat, d = 2) => `${f2(s.median, d)} s (${f2(s.min, d)}–${f2(s.max, d)})`;

interface Rendered {
  machine: string;
  runs: number;
  results: SizeResult[];
  skipped: string[];
  layer: LayerFigure[];
  bad: BadResult[];
  bundle: Bundles;
}

function contenderTable(results: readonly SizeResult[]): string[] {
  const names = results[0]?.contenders.map((c) => c.name) ?? [];
  const lines = [
    `| rows / sheets | file | ${names.map((n) => `${n}: time, peak memory`).join(' | ')} | ${names
      .slice(1)
      .map((n) => `this project ÷ ${n}`)
      .join(' | ')} |`,
    `|${'---|'.repeat(2 + names.length + Math.max(0, names.length - 1))}`,
  ];
  for (const r of results) {
    const own = r.contenders[0].seconds.median;
    const cells = r.contenders.map((c) => `${range(c.seconds)}, ${Math.round(c.peakMb.median)} MB`);
    const ratios = r.contenders.slice(1).map((c) => `${f2(own / c.seconds.median)} ×`);
    lines.push(
      `| ${r.rows.toLocaleString('en-US')} / ${r.sheets} | ${f2(r.fileMb, 1)} MB | ${cells.join(' | ')} | ${ratios.join(' | ')} |`,
    );
  }
  return lines;
}

function renderMarkdown(x: Rendered): string {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${x.machine}; ${x.runs} interleaved runs each, median (min–max).`,
    '',
    'End to end (read, check, write the report workbook with its charts and history sheet):',
    '',
    ...contenderTable(x.results),
    ...(x.skipped.length ? ['', ...x.skipped.map((s) => `Not measured: ${s}.`)] : []),
    '',
    '| rows | again over its own report (reads the history back) | --docx only: time, peak memory, size | engine alone, warm: runCheck / layout / JSON |',
    '|---|---|---|---|',
  ];
  for (const r of x.results) {
    const docx = r.docx
      ? `${range(r.docx.seconds)}, ${Math.round(r.docx.peakMb.median)} MB, ${Math.round(r.docx.kb)} KB`
      : '';
    const ms = (x: Stat) => f2(x.median * 1000, 0);
    const engine = r.engine ? `${ms(r.engine.check)} / ${ms(r.engine.layout)} / ${ms(r.engine.json)} ms` : '';
    lines.push(
      `| ${r.rows.toLocaleString('en-US')} | ${f2(r.overExistingReport.seconds)} s, ${Math.round(r.overExistingReport.peakMb)} MB | ${docx} | ${engine} |`,
    );
  }
  lines.push(
    '',
    '| rows | add-in read syncs | add-in write syncs | largest payload per sync |',
    '|---|---|---|---|',
  );
  for (const r of x.results) {
    const a = r.addin;
    if (!a) continue;
    lines.push(
      'error' in a
        ? `| ${r.rows} | error: ${a.error.slice(0, 80)} | | |`
        : `| ${r.rows.toLocaleString('en-US')} | ${a.readSyncs} | ${a.writeSyncs} | ${f2(a.maxPayloadMb)} MB |`,
    );
  }
  if (x.layer.length) {
    lines.push(
      '',
      `The file layer's parts, in one process on the ${x.results[x.results.length - 1].rows.toLocaleString('en-US')}-row workbook (median of 3 after a warm-up):`,
      '',
      '| what | time | |',
      '|---|---|---|',
      ...x.layer.map(
        (l) => `| ${l.what} | ${Number.isNaN(l.ms) ? '' : `${Math.round(l.ms)} ms`} | ${l.note ?? ''} |`,
      ),
    );
  }
  if (x.bad.length) {
    lines.push(
      '',
      'The crafted files (built by tests/file/crafted.ts), each through the command line once:',
      '',
      '| file | size | time | peak memory | exit | what it said | within 5 s and 0.5 GB |',
      '|---|---|---|---|---|---|---|',
    );
    for (const b of x.bad) {
      const ok = b.seconds < 5 && b.peakMb < 512 && b.code === (b.expected === 'report' ? 0 : 2);
      lines.push(
        `| ${b.name} | ${b.fileKb >= 1024 ? `${f2(b.fileKb / 1024, 1)} MB` : `${Math.round(b.fileKb)} KB`} | ${f2(b.seconds)} s | ${Math.round(b.peakMb)} MB | ${b.code} | ${b.outcome.replace(/\|/g, '/')} | ${ok ? 'yes' : 'NO'} |`,
      );
    }
  }
  const bu = x.bundle;
  lines.push('');
  if (bu.paneGzipKb !== undefined) {
    lines.push(
      `Task pane initial JavaScript, gzipped: ${f2(bu.paneGzipKb, 0)} KB; spreadsheet-file libraries in the pane bundle: ${bu.paneForbidden?.length ? bu.paneForbidden.join(', ') : 'none'}.`,
    );
  }
  if (bu.page) {
    lines.push(
      `The offline page (dist/target-report.html, one file: script, styles and Web Worker inline): ${f2(bu.page.kb, 0)} KB, ${f2(bu.page.gzipKb, 0)} KB gzipped.`,
    );
  }
  if (bu.fileLayer) {
    lines.push(
      `The file layer for a browser (src/file/browser.ts, minified, fflate included, the engine left out as the pane and the page carry it anyway): the reader ${f2(bu.fileLayer.readerGzipKb, 0)} KB gzipped; reader and writer ${f2(bu.fileLayer.allGzipKb, 0)} KB gzipped (${f2(bu.fileLayer.allKb, 0)} KB).`,
    );
  }
  if (bu.error) lines.push(`Bundles not measured: ${bu.error}.`);
  return lines.join('\n');
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
