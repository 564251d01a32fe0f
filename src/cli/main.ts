/**
 * The `target-report` command: reads indicator workbooks, runs the engine, writes the report (.xlsx,
 * .json, .docx) and prints where it is with a short summary. It keeps the check-in history: read from
 * `--history <file.xlsx>` (or from the report workbook about to be replaced) under a lock, passed to the
 * engine, and written back with this check-in recorded, to that file and always as a sheet of the report
 * workbook. All outputs are committed together at the end (./commit.ts).
 *
 * Exit codes: 0 done (findings in the data are diagnostics, not errors); 2 a problem with the input, the
 * options or where an output goes, told in one line "target-report: <file>: <what is wrong>"; 1 a fault
 * of the program itself, in one line (the stack only with TARGET_REPORT_DEBUG=1). Nothing here ever
 * prints a stack trace otherwise.
 */
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import {
  buildReportLayout,
  type ColumnMapping,
  DEFAULT_THRESHOLDS,
  fiscalMonth,
  type Lang,
  type Month,
  parsePeriod,
  type Period,
  type Report,
  runCheck,
  type SheetReading,
  type SheetSource,
  STATUSES,
  statusLabel,
  type Thresholds,
} from '../engine';
import { describeInputError, formatInputError, InputError } from '../file/errors';
import { withHistorySheet, writeHistoryWorkbook } from '../file/history';
import { nodeCodec } from '../file/node';
import { resultJsonBytes, writeResultJson } from '../file/resultJson';
import { renderReportWorkbookPieces } from '../file/writeXlsx';
import { type CliOptions, helpText, type ParsedArgs, parseCliArgs } from './args';
import {
  type EarlierCheckIns,
  historyHome,
  type HistoryHome,
  readEarlierCheckIns,
  withHistoryLock,
} from './checkins';
import { parseColumnsFile } from './columns';
import { commit, discard, ensureFolder, type Stage, stage, writeNewFile } from './commit';
import { explainLines, needsColumnsText, periodText, skipReasonText, unusedColumnNotes } from './explain';
import { isSameFile, shown } from './files';
import type { CliIo } from './io';
import { expandInputs, type Input, readInputs, UsageError } from './inputs';
import { fileLine, TEXT, type StatedWords } from './messages';
import {
  checkNoClash,
  checkOwnOutput,
  checkStdout,
  classifyTarget,
  type FileTarget,
  type OutputKind,
  type OutputOption,
  type Target,
} from './outputs';
import { processIo } from './process';
import { recoverFolders } from './temp';

export type { CliIo };

const PROGRAM = 'target-report';
const LOCK_WAIT_MS = 120_000;

// ───────────────────────────── helpers ─────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date as yyyy-mm-dd. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local date and time with the offset from UTC: 2018-10-08T09:30:00+08:00. */
export function isoDateTime(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${isoDate(d)}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function readVersion(): string {
  for (const p of [
    path.join(__dirname, '..', '..', 'package.json'),
    path.join(__dirname, '..', '..', '..', 'package.json'),
  ]) {
    try {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'target-report' && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return '0.0.0';
}

function defaultOutput(firstArg: string, cwd: string): string {
  const abs = path.resolve(cwd, firstArg);
  const base = path.basename(abs).replace(/\.xls[xm]?$/i, '');
  return path.join(path.dirname(abs), `${base}.report.xlsx`);
}

/**
 * Skipped sheets grouped by reason, in one line: “说明”“联系人”工作表：未找到指标表的表头（…）. A sheet
 * whose columns the reader could not settle has its own part: its columns and the --columns to try.
 */
function skippedText(skipped: Report['skippedSheets'], lang: Lang): string {
  const t = TEXT[lang];
  const groups = new Map<string, string[]>();
  const settle: string[] = [];
  for (const s of skipped) {
    if (s.reason.code === 'needs-columns') {
      settle.push(needsColumnsText(s.sheet, s.reason, lang));
      continue;
    }
    const reason = skipReasonText(s.reason, lang);
    const sheets = groups.get(reason) ?? [];
    if (!sheets.includes(s.sheet)) sheets.push(s.sheet);
    groups.set(reason, sheets);
  }
  const grouped = [...groups.entries()].map(([reason, sheets]) => t.sheetGroup(sheets, reason));
  return [...settle, ...grouped].join(t.listSep);
}

/** One line listing a file's skipped sheets and why. */
function skippedList(report: Report, file: string, lang: Lang): string {
  return skippedText(
    report.skippedSheets.filter((s) => s.file === file),
    lang,
  );
}

/** The words and the sheet the period was taken from, when a sheet states it. */
function statedSource(report: Report): StatedWords | undefined {
  const src = report.options.periodSource;
  if (src?.kind !== 'stated') return undefined;
  return { text: src.text, sheet: src.sheet, ...(src.inFileName ? { inFileName: src.inFileName } : {}) };
}

function summaryLines(
  report: Report,
  period: Period,
  periodChosen: boolean,
  lang: Lang,
  yearStart: number,
): string[] {
  const t = TEXT[lang];
  const parts = STATUSES.filter((s) => (report.counts.byStatus[s] ?? 0) > 0).map((s) =>
    t.statusPart(statusLabel(s, lang), report.counts.byStatus[s]),
  );
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) bySeverity[d.severity]++;
  const from = report.options.yearStartSource;
  const lines = [
    t.period(
      periodText(period, yearStart, lang),
      periodChosen,
      statedSource(report),
      report.options.periodSource?.kind === 'to-date',
    ),
    ...(from
      ? [t.yearFrom(periodText({ kind: 'month', month: yearStart as Month }, 1, lang), from.sheet, from.text)]
      : []),
    t.total(report.counts.total, parts.join(t.sep)),
    t.diagnostics(bySeverity.error, bySeverity.warning, bySeverity.info),
  ];
  if (report.skippedSheets.length > 0) lines.push(t.skipped(skippedText(report.skippedSheets, lang)));
  return lines;
}

// ───────────────────────────── the command ─────────────────────────────

/** Where each output of the run goes. */
interface Plan {
  readonly xlsx?: Target;
  readonly json?: Target;
  readonly docx?: Target;
  /** The --history workbook, when it is not the report workbook itself. */
  readonly history?: Target;
  readonly home: HistoryHome | null;
}

/** The outputs of a plan, each with what it holds. */
function planned(plan: Plan): [Target, OutputKind][] {
  const all: [Target | undefined, OutputKind][] = [
    [plan.xlsx, 'xlsx'],
    [plan.docx, 'docx'],
    [plan.json, 'json'],
    [plan.history, 'history'],
  ];
  return all.filter((x): x is [Target, OutputKind] => x[0] !== undefined);
}

function fileTargets(plan: Plan): FileTarget[] {
  return planned(plan)
    .map(([t]) => t)
    .filter((t): t is FileTarget => t.kind === 'file');
}

async function planOutputs(options: CliOptions, io: CliIo): Promise<Plan> {
  const { cwd } = io;
  const lang = options.lang;
  const named = options.out !== undefined || options.json !== undefined || options.docx !== undefined;
  const out = named ? options.out : defaultOutput(options.inputs[0], cwd);
  const classify = (option: OutputOption, given: string | undefined) =>
    given === undefined ? Promise.resolve(undefined) : classifyTarget(option, given, cwd, lang);
  const xlsx = await classify('--out', out);
  const json = await classify('--json', options.json);
  const docx = await classify('--docx', options.docx);
  const history = await classify('--history', options.history);
  const inReport =
    history?.kind === 'file' && xlsx?.kind === 'file' && (await isSameFile(history.path, xlsx.path));
  const plan: Plan = {
    xlsx,
    json,
    docx,
    history: inReport ? undefined : history,
    home: historyHome(history, xlsx, inReport),
  };
  for (const [target, kind] of planned(plan)) checkStdout(target, kind, io.stdoutIsTerminal === true);
  return plan;
}

interface CheckSettings {
  readonly options: CliOptions;
  readonly period: Period | undefined;
  readonly thresholds: Thresholds;
  readonly now: Date;
  readonly earlier: EarlierCheckIns;
  /** Absent: the engine takes the one the sheets' month columns show, else January. */
  readonly yearStart: number | undefined;
  /** The user's columns per sheet name ('*' for every sheet). */
  readonly columns?: Readonly<Record<string, ColumnMapping>>;
  /** Told the readings of the first run and its year start (for --explain), before any workbook is refused. */
  readonly onReadings: (readings: readonly SheetReading[], yearStart: number) => void;
}

/**
 * Runs the engine over every input. A workbook with no indicator sheet is an error when it was named,
 * and only a note when it came from a folder (the check then runs again without it).
 */
function checkInputs(
  sources: readonly SheetSource[],
  inputs: readonly Input[],
  s: CheckSettings,
  note: (line: string) => void,
): ReturnType<typeof runCheck> {
  const lang = s.options.lang;
  const t = TEXT[lang];
  const run = (srcs: readonly SheetSource[]) =>
    runCheck({
      sources: srcs,
      lang,
      period: s.period,
      thresholds: s.thresholds,
      title: s.options.title,
      unitName: s.options.unitName,
      date: isoDate(s.now),
      history: s.earlier.history,
      takenAt: isoDateTime(s.now),
      ...(s.yearStart !== undefined ? { yearStart: s.yearStart } : {}),
      ...(s.columns ? { columns: s.columns } : {}),
    });
  const result = run(sources);
  s.onReadings(result.readings, result.report.options.yearStart ?? 1);
  const withTables = new Set(
    (result.readings as readonly SheetReading[])
      .filter((r): r is Extract<SheetReading, { kind: 'table' }> => r.kind === 'table')
      .map((r) => r.table.file),
  );
  const empty = inputs.filter((f) => !withTables.has(f.label));
  for (const f of empty) {
    if (!f.fromFolder || empty.length === inputs.length) {
      throw new UsageError(
        fileLine(f.label, t.noIndicatorSheet(skippedList(result.report, f.label, lang)), lang),
      );
    }
  }
  if (empty.length === 0) return result;
  for (const f of empty) note(t.noIndicatorSheetInFolder(f.label, skippedList(result.report, f.label, lang)));
  const left = new Set(empty.map((f) => f.label));
  return run(sources.filter((src) => !left.has(src.file ?? '')));
}

/** Creates the folders of the file outputs (out/report.xlsx in a fresh clone). */
async function ensureFolders(plan: Plan, lang: Lang, cwd: string): Promise<void> {
  for (const target of fileTargets(plan)) {
    const dir = shown(path.dirname(target.path), cwd);
    await ensureFolder(
      target,
      () => new UsageError(fileLine(target.shownAs, TEXT[lang].noFolder(dir), lang)),
    );
  }
}

/**
 * Renders every output, stages it next to its target and commits them all together (./commit.ts). Each
 * output is rendered while the one before is still being written to disk; every staging is awaited
 * before the commit, and after any failure the staged files are removed.
 */
async function writeOutputs(
  plan: Plan,
  result: ReturnType<typeof runCheck>,
  inputs: readonly Input[],
  lang: Lang,
  notes = false,
): Promise<Stage[]> {
  const rep = result.report;
  const pending: Promise<Stage>[] = [];
  const begin = (p: Promise<Stage>) => {
    p.catch(() => undefined); // its failure is taken up below, once every output has been started
    pending.push(p);
  };
  let failure: { readonly error: unknown } | null = null;
  try {
    if (plan.xlsx) {
      // The report sheet, then the check-in history (so the history also lives in the report workbook).
      // Compact: the tables' bodies stay values until the writer makes each row (100,000 rows without an
      // object per cell).
      const layout = withHistorySheet(buildReportLayout(rep, { compact: true }), result.history, lang);
      await nextTurn();
      const target = plan.xlsx;
      begin(renderReportWorkbookPieces(layout).then((pieces) => stage(target, pieces)));
    }
    if (plan.docx) {
      // The Word writer and its library load only when a Word file is asked for.
      const { buildDocx } = await import('../file/docx');
      begin(stage(plan.docx, await buildDocx(rep, { codec: nodeCodec, notes })));
    }
    if (plan.json) {
      // A file gets the JSON piece by piece (66 MB at 100,000 indicators, never made as one buffer).
      const json =
        plan.json.kind === 'file'
          ? (tmp: string) => writeNewFile(tmp, (write) => writeResultJson(rep, write))
          : resultJsonBytes(rep);
      begin(stage(plan.json, json));
    }
    if (plan.history) {
      const inputPaths = inputs.map((f) => f.path);
      begin(stage(plan.history, (tmp) => writeHistoryWorkbook(result.history, tmp, lang, inputPaths)));
    }
  } catch (e) {
    failure = { error: e };
  }
  const settled = await Promise.allSettled(pending);
  const stages = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (rejected) failure ??= { error: rejected.reason };
  if (failure) {
    await discard(stages);
    throw failure.error;
  }
  // An interrupt that came while the outputs were made is handled before any of them is put in place.
  await nextTurn();
  await commit(stages);
  return stages;
}

/**
 * Lets the event loop turn: the check, the layout and the writing each run for seconds on a big workbook
 * without one, and an interrupt (Ctrl-C) is only handled when the loop turns.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The lines saying where each output went (standard output goes unsaid). */
function wroteLines(plan: Plan, history: readonly { period: string }[], lang: Lang): string[] {
  const t = TEXT[lang];
  const said: string[] = [];
  const where = (target: Target | undefined) => (target && target.kind !== 'stdout' ? target.shownAs : null);
  const xlsx = where(plan.xlsx);
  const docx = where(plan.docx);
  const json = where(plan.json);
  const separate = where(plan.history);
  const periods = history.map((h) => h.period);
  if (xlsx) said.push(t.wroteXlsx(xlsx));
  if (docx) said.push(t.wroteDocx(docx));
  if (json) said.push(t.wroteJson(json));
  if (separate) said.push(t.wroteHistory(separate, periods));
  else if (plan.xlsx?.kind === 'file' && (plan.home?.kind === 'history' || history.length > 1)) {
    said.push(t.historyInReport(plan.xlsx.shownAs, periods));
  }
  return said;
}

async function report(options: CliOptions, io: CliIo): Promise<number> {
  const lang = options.lang;
  const t = TEXT[lang];
  const env = io.env ?? process.env;
  const note = (line: string) => io.stderr(`${line}\n`);
  const debug = (text: string) => {
    if (env.TARGET_REPORT_DEBUG === '1') note(text);
  };

  const period = givenPeriod(options.period, options.yearStart ?? 1, lang);
  const thresholds: Thresholds = {
    onTrack: options.onTrack ?? DEFAULT_THRESHOLDS.onTrack,
    behind: options.behind ?? DEFAULT_THRESHOLDS.behind,
  };

  const plan = await planOutputs(options, io);
  // The product's own files found in a folder (the history workbook, the report) are not inputs.
  const own = [...fileTargets(plan), ...(plan.home ? [plan.home.target] : [])].map((x) => x.path);
  const inputs = await expandInputs(options.inputs, io.cwd, lang, note, own);
  // The history first, so that its clash with an input is told as such (even when --out names it too).
  if (plan.home?.kind === 'history') await checkNoClash([plan.home.target], inputs, lang);
  await checkNoClash(
    planned(plan).map(([x]) => x),
    inputs,
    lang,
  );
  // A file this program did not write is refused before anything is read (the history's home is
  // checked as it is read, under the lock).
  for (const [target, kind] of planned(plan)) {
    if (target !== plan.home?.target) await checkOwnOutput(target, kind, options.force);
  }
  const user = await userColumns(options, io.cwd, lang);
  // Let go of once checked: the grids of a big workbook need not stay in memory while the report is written.
  let sources: readonly SheetSource[] | null = await readInputs(inputs, lang, note, debug);
  await ensureFolders(plan, lang, io.cwd);
  // Human words go to standard output, or to standard error when an output goes to standard output.
  const toStdoutPlanned = planned(plan).some(([x]) => x.kind === 'stdout');
  const say = (lines: readonly string[]) => {
    if (lines.length > 0) (toStdoutPlanned ? io.stderr : io.stdout)(`${lines.join('\n')}\n`);
  };
  const onReadings = (readings: readonly SheetReading[], yearStart: number) => {
    if (options.explain) say(explainLines(readings, yearStart, lang));
    if (user) for (const n of unusedColumnNotes(readings, user.columns, user.source, lang)) note(n);
  };

  const waiting = {
    waitMs: io.lockWaitMs ?? LOCK_WAIT_MS,
    onWait: (pid: number) => note(t.lockWait(plan.home?.target.shownAs ?? '', pid)),
  };
  const { result, stages } = await withHistoryLock(plan.home, waiting, async () => {
    const cleaned = await recoverFolders(
      fileTargets(plan).map((x) => path.dirname(x.path)),
      fileTargets(plan).map((x) => path.basename(x.path)),
    );
    if (cleaned.length > 0) note(t.cleaned(cleaned.length));
    const earlier = await readEarlierCheckIns(plan.home, options.force, lang, debug);
    if (earlier.unreadableRows > 0 && earlier.file)
      note(t.historyRowsSkipped(earlier.file, earlier.unreadableRows));
    const result = checkInputs(
      sources ?? [],
      inputs,
      {
        options,
        period,
        thresholds,
        now: io.now(),
        earlier,
        yearStart: options.yearStart,
        ...(user ? { columns: user.columns } : {}),
        onReadings,
      },
      note,
    );
    sources = null;
    await nextTurn();
    return { result, stages: await writeOutputs(plan, result, inputs, lang, options.notes) };
  });

  const lines = [
    ...wroteLines(plan, result.history, lang),
    ...summaryLines(
      result.report,
      result.period,
      period !== undefined,
      lang,
      result.report.options.yearStart ?? 1,
    ),
  ];
  const toStdout = stages.filter((s) => s.target.kind === 'stdout');
  for (const s of toStdout)
    if ('bytes' in s)
      io.stdout(s.target.option === '--json' ? Buffer.from(s.bytes).toString('utf8') : s.bytes);
  // Standard output carries an output alone when one goes there; the summary then goes to stderr.
  say(lines);
  return 0;
}

/**
 * The --period given, in the organisation's year: a month is a calendar month (September is month 6 of a
 * year starting in April); a quarter or the year is the organisation's own.
 */
function givenPeriod(text: string | undefined, yearStart: number, lang: Lang): Period | undefined {
  if (text === undefined) return undefined;
  const p = parsePeriod(text);
  if (!p) throw new UsageError(TEXT[lang].badPeriod(text));
  return p.kind === 'month' ? { kind: 'month', month: fiscalMonth(p.month, yearStart) } : p;
}

/** The user's columns (--columns for every sheet, or the --columns-file), with where they were said. */
async function userColumns(
  options: CliOptions,
  cwd: string,
  lang: Lang,
): Promise<{ columns: Readonly<Record<string, ColumnMapping>>; source: string } | null> {
  if (options.columns) return { columns: { '*': options.columns }, source: '--columns' };
  const file = options.columnsFile;
  if (file === undefined) return null;
  const t = TEXT[lang];
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    const what =
      code === 'ENOENT'
        ? describeInputError({ code: 'missing' }, lang)
        : code === 'EACCES' || code === 'EPERM'
          ? describeInputError({ code: 'no-permission' }, lang)
          : t.notFile;
    throw new UsageError(fileLine(file, what, lang));
  }
  const parsed = parseColumnsFile(text);
  if (parsed.ok) return { columns: parsed.columns, source: file };
  const why =
    parsed.kind === 'json'
      ? t.badColumnsJson(parsed.detail)
      : parsed.kind === 'not-object'
        ? t.columnsNotObject
        : t.columnsSheet(parsed.sheet, t.mapping(parsed.problem));
  throw new UsageError(fileLine(file, why, lang));
}

function errorText(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/\s*[\r\n]+\s*/g, ' ').trim() || (e instanceof Error ? e.name : 'error');
}

/** The language a run speaks in, even when its arguments are wrong. */
function langOf(parsed: ParsedArgs): Lang {
  return parsed.kind === 'version' ? 'zh-CN' : parsed.kind === 'run' ? parsed.options.lang : parsed.lang;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const parsed = parseCliArgs(argv, env.TARGET_REPORT_LANG);
  const lang = langOf(parsed);
  try {
    switch (parsed.kind) {
      case 'version':
        io.stdout(`${readVersion()}\n`);
        return 0;
      case 'help':
        io.stdout(helpText(parsed.lang));
        return 0;
      case 'error':
        io.stderr(`${PROGRAM}: ${parsed.message}\n`);
        return 2;
      case 'run':
        return await report(parsed.options, io);
    }
  } catch (e) {
    if (e instanceof InputError) {
      const file = path.isAbsolute(e.file) ? shown(e.file, io.cwd) : e.file;
      io.stderr(`${PROGRAM}: ${formatInputError(e, lang, file)}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`${PROGRAM}: ${errorText(e)}\n`);
      return 2;
    }
    io.stderr(`${PROGRAM}: ${TEXT[lang].unexpected(errorText(e))}\n`);
    if (env.TARGET_REPORT_DEBUG === '1' && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 1;
  }
}

/** Runs the command in this process: real streams, signals handled, the exit code set. */
export function runFromProcess(): void {
  const lang = langOf(parseCliArgs(process.argv.slice(2), process.env.TARGET_REPORT_LANG));
  const io = processIo((errno) => {
    const e = new InputError('', errno === 'ENOSPC' ? 'disk-full' : 'write-failed', { errno });
    process.stderr.write(`${PROGRAM}: ${formatInputError(e, lang, TEXT[lang].stdout)}\n`);
    process.exitCode = 2;
  });
  run(process.argv.slice(2), io).then(
    (code) => {
      if (!process.exitCode) process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${PROGRAM}: ${TEXT['zh-CN'].unexpected(errorText(e))}\n`);
      process.exitCode = 1;
    },
  );
}
