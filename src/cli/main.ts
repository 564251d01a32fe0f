/**
 * The `target-report` command: reads indicator workbooks, runs the engine, writes the report (.xlsx,
 * .json, .docx) and prints where it is with a short summary. It keeps the check-in history: read from
 * `--history <file.xlsx>` (or from the report workbook about to be replaced), passed to the engine, and
 * written back with this check-in recorded, to that file and always as a sheet of the report workbook.
 *
 * Exit codes: 0 done (findings in the data are diagnostics, not errors); 2 a problem with the input or the
 * options, told in one line "target-report: <file>: <what is wrong>"; 1 an unexpected error, in one line
 * (the stack only with TARGET_REPORT_DEBUG=1). Nothing here ever prints a stack trace otherwise.
 */
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import {
  buildReportLayout,
  type ChangesSinceLastCheckIn,
  type CheckInSnapshot,
  DEFAULT_THRESHOLDS,
  describeSkipReason,
  joinList,
  type Lang,
  parsePeriod,
  type Period,
  periodLabel,
  type Report,
  type ResultJson,
  round4,
  runCheck,
  type SheetReading,
  type SheetSource,
  type StatusChange,
  STATUSES,
  statusLabel,
  type Thresholds,
  toResultJson,
} from '../engine';
import { isSameFile, writeFileAtomic } from '../file/atomic';
import { writeDocx } from '../file/docx';
import { describeInputError, formatInputError, InputError, LIST_SEPARATOR } from '../file/errors';
import { readHistoryWorkbook, withHistorySheet, writeHistoryWorkbook } from '../file/history';
import { readWorkbookFile } from '../file/readXlsx';
import { writeReportWorkbook } from '../file/writeXlsx';
import { helpText, parseCliArgs, type CliOptions } from './args';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  readonly now: () => Date;
  /** Environment (TARGET_REPORT_DEBUG, TARGET_REPORT_LANG); process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const PROGRAM = 'target-report';
/** More input files than this and progress goes to stderr. */
const PROGRESS_ABOVE = 3;

/** A problem the user can fix: one line, exit code 2. */
class UsageError extends Error {}

// ───────────────────────────── messages ─────────────────────────────

const TEXT = {
  'zh-CN': {
    notFile: '不是文件',
    emptyFolder: '文件夹中没有 .xlsx 工作簿',
    badPeriod: (p: string) => `--period ${p}：无法识别的期间（可用 Q1、Q2、Q3、Q4、FY 或 M1…M12）`,
    sameAsInput: '与输入文件相同；报告不会写到输入文件上，请另选输出文件',
    sameOutput: (a: string, b: string) => `${a} 与 ${b} 指向同一文件，请分别指定`,
    noIndicatorSheet: (list: string) => `没有指标工作表——${list}`,
    noIndicatorSheetInFolder: (file: string, list: string) => `提示：${file} 没有指标工作表，已略过——${list}`,
    noFolder: (dir: string) => `无法创建输出文件夹 ${dir}`,
    outputIsFolder: (option: string) => `是文件夹；${option} 需要给出文件名`,
    reading: (i: number, n: number, f: string) => `读取 ${i}/${n}：${f}`,
    unexpected: (m: string) => `意外错误：${m}（设置环境变量 TARGET_REPORT_DEBUG=1 可查看详细信息）`,
    wroteXlsx: (p: string) => `对标报告已写入：${p}`,
    wroteDocx: (p: string) => `Word 文档已写入：${p}`,
    wroteJson: (p: string) => `JSON 结果已写入：${p}`,
    wroteHistory: (p: string, periods: readonly string[]) =>
      `对标记录已写入：${p}（共 ${periods.length} 期：${periods.join('、')}）`,
    historyInReport: (p: string, periods: readonly string[]) =>
      `对标记录保存在报告工作簿 ${p} 中（共 ${periods.length} 期：${periods.join('、')}）`,
    historyRowsSkipped: (p: string, n: number) => `提示：${p} 的对标记录中有 ${n} 行无法读取，已略过`,
    period: (label: string, chosen: boolean) =>
      `对标期间：${label}${chosen ? '' : '（未指定期间，按有完成数据的最近期间）'}`,
    total: (n: number, parts: string) => `目标任务共 ${n} 项${parts ? `：${parts}` : ''}`,
    statusPart: (label: string, n: number) => `${label} ${n} 项`,
    diagnostics: (e: number, w: number, i: number) => `数据提示：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条`,
    skipped: (list: string) => `已跳过${list}`,
    sep: '，',
    listSep: '；',
    sheetGroup: (sheets: readonly string[], reason: string) =>
      `${sheets.map((x) => `“${x}”`).join('')}工作表：${reason}`,
  },
  'en-US': {
    notFile: 'is not a file',
    emptyFolder: 'the folder holds no .xlsx workbook',
    badPeriod: (p: string) => `--period ${p}: not a period (use Q1, Q2, Q3, Q4, FY or M1..M12)`,
    sameAsInput:
      'is one of the input files; the report is never written over an input, choose another output file',
    sameOutput: (a: string, b: string) => `${a} and ${b} name the same file; give each its own`,
    noIndicatorSheet: (list: string) => `no indicator sheet; ${list}`,
    noIndicatorSheetInFolder: (file: string, list: string) =>
      `note: ${file} has no indicator sheet and was left out; ${list}`,
    noFolder: (dir: string) => `cannot create the output folder ${dir}`,
    outputIsFolder: (option: string) => `is a folder; ${option} needs a file name`,
    reading: (i: number, n: number, f: string) => `reading ${i}/${n}: ${f}`,
    unexpected: (m: string) => `unexpected error: ${m} (set TARGET_REPORT_DEBUG=1 for details)`,
    wroteXlsx: (p: string) => `Report written to ${p}`,
    wroteDocx: (p: string) => `Word document written to ${p}`,
    wroteJson: (p: string) => `JSON result written to ${p}`,
    wroteHistory: (p: string, periods: readonly string[]) =>
      `Check-in history written to ${p} (${periods.length} ${periods.length === 1 ? 'check-in' : 'check-ins'}: ${periods.join(', ')})`,
    historyInReport: (p: string, periods: readonly string[]) =>
      `Check-in history kept in the report workbook ${p} (${periods.length} ${periods.length === 1 ? 'check-in' : 'check-ins'}: ${periods.join(', ')})`,
    historyRowsSkipped: (p: string, n: number) =>
      `note: ${n} ${n === 1 ? 'row' : 'rows'} of the check-in history in ${p} could not be read and ${n === 1 ? 'was' : 'were'} left out`,
    period: (label: string, chosen: boolean) =>
      `Period: ${label}${chosen ? '' : ' (latest period with actuals; choose one with --period)'}`,
    total: (n: number, parts: string) =>
      `${n} ${n === 1 ? 'indicator' : 'indicators'}${parts ? `: ${parts}` : ''}`,
    statusPart: (label: string, n: number) => `${n} ${label.toLowerCase()}`,
    diagnostics: (e: number, w: number, i: number) =>
      `Data notes: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
    skipped: (list: string) => `Skipped ${list}`,
    sep: ', ',
    listSep: '; ',
    sheetGroup: (sheets: readonly string[], reason: string) =>
      `${sheets.length === 1 ? 'sheet' : 'sheets'} ${joinList(
        sheets.map((x) => `"${x}"`),
        'en-US',
      )} - ${reason}`,
  },
} as const;

// ───────────────────────────── helpers ─────────────────────────────

/** A path as shown to the user: relative to the working folder when inside it. */
function shown(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** A line naming a file: "a.xlsx：文件不存在" in zh-CN, "a.xlsx: file not found" in en-US. */
function fileLine(file: string, text: string, lang: Lang): string {
  return `${file}${lang === 'zh-CN' ? '：' : ': '}${text}`;
}

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

function isWorkbookName(name: string): boolean {
  return (
    /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.') && !/\.report\.xlsx$/i.test(name)
  );
}

interface Input {
  /** Absolute path. */
  readonly path: string;
  /** As shown in messages. */
  readonly label: string;
  /** True when the file came from a folder argument (a workbook with no indicator sheet is then only noted). */
  readonly fromFolder: boolean;
}

/**
 * The workbooks to read: files as given, and every .xlsx of a folder (sorted; lock files, reports and the
 * files in `own`, the product's own outputs, left out).
 */
async function expandInputs(
  args: readonly string[],
  cwd: string,
  lang: Lang,
  own: readonly string[] = [],
): Promise<Input[]> {
  const t = TEXT[lang];
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (p: string, fromFolder: boolean) => {
    if (seen.has(p)) return;
    seen.add(p);
    out.push({ path: p, label: shown(p, cwd), fromFolder });
  };
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    const st = await fs.stat(abs).catch(() => null);
    if (!st) throw new UsageError(fileLine(arg, describeInputError({ code: 'missing' }, lang), lang));
    if (st.isDirectory()) {
      const names = (await fs.readdir(abs)).filter(isWorkbookName).sort();
      const files: string[] = [];
      for (const n of names) {
        const s = await fs.stat(path.join(abs, n)).catch(() => null);
        const file = path.join(abs, n);
        if (!s?.isFile()) continue;
        let isOwn = false;
        for (const o of own) if (await isSameFile(file, o)) isOwn = true;
        if (!isOwn) files.push(file);
      }
      if (files.length === 0) throw new UsageError(fileLine(arg, t.emptyFolder, lang));
      files.forEach((f) => add(f, true));
    } else if (st.isFile()) {
      add(abs, false);
    } else {
      throw new UsageError(fileLine(arg, t.notFile, lang));
    }
  }
  return out;
}

interface Outputs {
  readonly xlsx?: string;
  /** Absolute path, or '-' for stdout. */
  readonly json?: string;
  readonly docx?: string;
  /** The check-in history workbook, when it is not the report workbook. */
  readonly history?: string;
}

function defaultOutput(firstArg: string, cwd: string): string {
  const abs = path.resolve(cwd, firstArg);
  const base = path.basename(abs).replace(/\.xls[xm]?$/i, '');
  return path.join(path.dirname(abs), `${base}.report.xlsx`);
}

async function checkOutputs(
  outputs: Outputs,
  inputs: readonly Input[],
  cwd: string,
  lang: Lang,
): Promise<void> {
  const t = TEXT[lang];
  const named: { option: string; path: string }[] = [];
  if (outputs.xlsx) named.push({ option: '--out', path: outputs.xlsx });
  if (outputs.json && outputs.json !== '-') named.push({ option: '--json', path: outputs.json });
  if (outputs.docx) named.push({ option: '--docx', path: outputs.docx });
  if (outputs.history) named.push({ option: '--history', path: outputs.history });
  for (const o of named) {
    const st = await fs.stat(o.path).catch(() => null);
    if (st?.isDirectory())
      throw new UsageError(fileLine(shown(o.path, cwd), t.outputIsFolder(o.option), lang));
    for (const input of inputs) {
      if (await isSameFile(o.path, input.path))
        throw new UsageError(fileLine(shown(o.path, cwd), t.sameAsInput, lang));
    }
  }
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      if (await isSameFile(named[i].path, named[j].path)) {
        throw new UsageError(
          fileLine(shown(named[i].path, cwd), t.sameOutput(named[i].option, named[j].option), lang),
        );
      }
    }
  }
}

/** Skipped sheets grouped by reason, in one line: “说明”“联系人”工作表：未找到指标表的表头（…）. */
function skippedText(skipped: Report['skippedSheets'], lang: Lang): string {
  const t = TEXT[lang];
  const groups = new Map<string, string[]>();
  for (const s of skipped) {
    const reason = describeSkipReason(s.reason, lang);
    const sheets = groups.get(reason) ?? [];
    if (!sheets.includes(s.sheet)) sheets.push(s.sheet);
    groups.set(reason, sheets);
  }
  return [...groups.entries()].map(([reason, sheets]) => t.sheetGroup(sheets, reason)).join(t.listSep);
}

/** One line listing a file's skipped sheets and why. */
function skippedList(report: Report, file: string, lang: Lang): string {
  return skippedText(
    report.skippedSheets.filter((s) => s.file === file),
    lang,
  );
}

function summaryLines(report: Report, period: Period, periodChosen: boolean, lang: Lang): string[] {
  const t = TEXT[lang];
  const parts = STATUSES.filter((s) => (report.counts.byStatus[s] ?? 0) > 0).map((s) =>
    t.statusPart(statusLabel(s, lang), report.counts.byStatus[s]),
  );
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) bySeverity[d.severity]++;
  const lines = [
    t.period(periodLabel(period, lang), periodChosen),
    t.total(report.counts.total, parts.join(t.sep)),
    t.diagnostics(bySeverity.error, bySeverity.warning, bySeverity.info),
  ];
  if (report.skippedSheets.length > 0) lines.push(t.skipped(skippedText(report.skippedSheets, lang)));
  return lines;
}

/** Creates the output file's folder when missing (out/report.xlsx in a fresh clone). */
async function ensureFolder(file: string, cwd: string, lang: Lang): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
  } catch {
    throw new UsageError(
      fileLine(shown(file, cwd), TEXT[lang].noFolder(shown(path.dirname(file), cwd)), lang),
    );
  }
}

// ───────────────────────────── the command ─────────────────────────────

async function report(options: CliOptions, io: CliIo): Promise<number> {
  const lang = options.lang;
  const t = TEXT[lang];
  const cwd = io.cwd;

  let period: Period | undefined;
  if (options.period !== undefined) {
    const p = parsePeriod(options.period);
    if (!p) throw new UsageError(t.badPeriod(options.period));
    period = p;
  }
  const thresholds: Thresholds = {
    onTrack: options.onTrack ?? DEFAULT_THRESHOLDS.onTrack,
    behind: options.behind ?? DEFAULT_THRESHOLDS.behind,
  };

  const resolveOut = (p: string | undefined) => (p === undefined ? undefined : path.resolve(cwd, p));
  let outputs: Outputs = {
    xlsx: resolveOut(options.out),
    json: options.json === '-' ? '-' : resolveOut(options.json),
    docx: resolveOut(options.docx),
  };
  if (!outputs.xlsx && !outputs.json && !outputs.docx)
    outputs = { xlsx: defaultOutput(options.inputs[0], cwd) };
  const historyFile = resolveOut(options.history);
  // The product's own files found in a folder (the history workbook, the report) are not inputs.
  const own = [historyFile, outputs.xlsx].filter((f): f is string => f !== undefined);
  const inputs = await expandInputs(options.inputs, cwd, lang, own);
  /** The history lives in the report workbook itself when --history names the --out file. */
  const historyInReport =
    historyFile !== undefined && outputs.xlsx !== undefined && (await isSameFile(historyFile, outputs.xlsx));
  if (historyFile) {
    for (const input of inputs) {
      if (await isSameFile(historyFile, input.path)) throw new InputError(historyFile, 'history-is-input');
    }
  }
  await checkOutputs({ ...outputs, history: historyInReport ? undefined : historyFile }, inputs, cwd, lang);

  // Earlier check-ins: from --history, else from the report workbook about to be replaced.
  const earlier = await readEarlierCheckIns(historyFile, historyInReport, outputs.xlsx);
  if (earlier.unreadableRows > 0 && earlier.file) {
    io.stderr(`${t.historyRowsSkipped(shown(earlier.file, cwd), earlier.unreadableRows)}\n`);
  }

  // Read every workbook; the file's label (as given) names it in the report and the JSON.
  const sources: SheetSource[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (inputs.length > PROGRESS_ABOVE) io.stderr(`${t.reading(i + 1, inputs.length, input.label)}\n`);
    let read: SheetSource[];
    try {
      read = await readWorkbookFile(input.path);
    } catch (e) {
      // Name the file as the user gave it.
      if (e instanceof InputError) throw new UsageError(formatInputError(e, lang, input.label));
      throw e;
    }
    if (read.length === 0)
      throw new UsageError(fileLine(input.label, describeInputError({ code: 'no-sheets' }, lang), lang));
    for (const s of read) sources.push({ ...s, file: input.label });
  }

  const now = io.now();
  const run = (srcs: readonly SheetSource[]) =>
    runCheck({
      sources: srcs,
      lang,
      period,
      thresholds,
      title: options.title,
      unitName: options.unitName,
      date: isoDate(now),
      history: earlier.history,
      takenAt: isoDateTime(now),
    });
  let result = run(sources);

  // A workbook with no indicator sheet: an error when named, a note when it came from a folder.
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
  if (empty.length > 0) {
    for (const f of empty)
      io.stderr(`${t.noIndicatorSheetInFolder(f.label, skippedList(result.report, f.label, lang))}\n`);
    const kept = new Set(empty.map((f) => f.label));
    result = run(sources.filter((s) => !kept.has(s.file ?? '')));
  }
  const rep = result.report;

  const said: string[] = [];
  /** Writes one output; a problem with the place (a folder, no permission, disk full) is the user's to fix. */
  const write = async (file: string, fn: () => Promise<void>) => {
    await ensureFolder(file, cwd, lang);
    try {
      await fn();
    } catch (e) {
      if (e instanceof InputError) throw new UsageError(formatInputError(e, lang, shown(e.file, cwd)));
      throw e;
    }
  };
  const inputPaths = inputs.map((f) => f.path);
  if (outputs.xlsx) {
    const out = outputs.xlsx;
    // The report sheet, then the check-in history (so the history also lives in the report workbook).
    const layout = withHistorySheet(buildReportLayout(rep), result.history, lang);
    await write(out, () => writeReportWorkbook(layout, out, inputPaths));
    said.push(t.wroteXlsx(shown(out, cwd)));
  }
  if (outputs.docx) {
    const out = outputs.docx;
    await write(out, () => writeDocx(rep, out));
    said.push(t.wroteDocx(shown(out, cwd)));
  }
  const json = outputs.json ? `${JSON.stringify(resultJson(rep), null, 2)}\n` : '';
  if (outputs.json && outputs.json !== '-') {
    const out = outputs.json;
    await write(out, () => writeFileAtomic(out, Buffer.from(json, 'utf8')));
    said.push(t.wroteJson(shown(out, cwd)));
  }
  // The history last: a run that failed to write its report records nothing.
  const periods = result.history.map((h) => h.period);
  if (historyFile && !historyInReport) {
    await write(historyFile, () => writeHistoryWorkbook(result.history, historyFile, lang, inputPaths));
    said.push(t.wroteHistory(shown(historyFile, cwd), periods));
  } else if (outputs.xlsx && (historyInReport || result.history.length > 1)) {
    said.push(t.historyInReport(shown(outputs.xlsx, cwd), periods));
  }
  const summary =
    [...said, ...summaryLines(rep, result.period, period !== undefined, lang)].join('\n') + '\n';
  if (outputs.json === '-') {
    // Standard output carries the JSON alone; the summary goes to stderr.
    io.stdout(json);
    io.stderr(summary);
  } else {
    io.stdout(summary);
  }
  return 0;
}

interface EarlierCheckIns {
  readonly history: CheckInSnapshot[];
  /** The workbook the history came from, when one did. */
  readonly file?: string;
  readonly unreadableRows: number;
}

/**
 * The check-ins recorded before this one. With --history: read from that workbook when it exists (its
 * problems are the user's to fix, and a workbook that holds anything besides the history, or the report
 * when it is the --out file, is refused so that nothing of the user's is overwritten). Without it: from
 * the report workbook --out is about to replace, when that is a report made by this product; a file
 * there that cannot be read is simply replaced, as before.
 */
async function readEarlierCheckIns(
  historyFile: string | undefined,
  historyInReport: boolean,
  reportFile: string | undefined,
): Promise<EarlierCheckIns> {
  if (historyFile) {
    const read = await readHistoryWorkbook(historyFile);
    if (!read) return { history: [], unreadableRows: 0 };
    if (read.otherSheets.length > 0 || (read.sheet === null && !read.hasReport)) {
      const sheets = read.otherSheets.join(LIST_SEPARATOR);
      throw new InputError(historyFile, 'history-foreign', sheets ? { sheets } : {});
    }
    if (read.hasReport && !historyInReport) throw new InputError(historyFile, 'history-is-report');
    return { history: read.history, file: historyFile, unreadableRows: read.diagnostics.length };
  }
  if (!reportFile) return { history: [], unreadableRows: 0 };
  const read = await readHistoryWorkbook(reportFile).catch(() => null);
  if (!read || read.sheet === null) return { history: [], unreadableRows: 0 };
  return { history: read.history, file: reportFile, unreadableRows: read.diagnostics.length };
}

/** What changed since the last check-in, as plain JSON (no Map), numbers rounded to four decimals. */
export interface ChangesJson {
  readonly previousPeriod: string;
  readonly newlyBehind: readonly StatusChangeJson[];
  readonly recovered: readonly StatusChangeJson[];
  readonly newlyAchieved: readonly StatusChangeJson[];
  readonly categoryPace: readonly {
    readonly category: string | null;
    readonly before: number | null;
    readonly after: number | null;
  }[];
}
interface StatusChangeJson {
  readonly name: string;
  readonly category: string | null;
  readonly before: string;
  readonly after: string;
}

export function changesJson(c: ChangesSinceLastCheckIn): ChangesJson {
  const change = (x: StatusChange): StatusChangeJson => ({
    name: x.name,
    category: x.category,
    before: x.before,
    after: x.after,
  });
  return {
    previousPeriod: c.previousPeriod,
    newlyBehind: c.newlyBehind.map(change),
    recovered: c.recovered.map(change),
    newlyAchieved: c.newlyAchieved.map(change),
    categoryPace: c.categoryPace.map((p) => ({
      category: p.category,
      before: round4(p.before),
      after: round4(p.after),
    })),
  };
}

/**
 * The JSON result: the engine's contract, plus `changes` (what changed since the last check-in; null
 * without an earlier check-in) unless the engine gives it already.
 */
function resultJson(report: Report): ResultJson | (ResultJson & { readonly changes: ChangesJson | null }) {
  const base = toResultJson(report);
  if ('changes' in base) return base as ResultJson;
  return { ...base, changes: report.changes ? changesJson(report.changes) : null };
}

function errorText(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/\s*[\r\n]+\s*/g, ' ').trim() || (e instanceof Error ? e.name : 'error');
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const parsed = parseCliArgs(argv, env.TARGET_REPORT_LANG);
  const lang: Lang =
    parsed.kind === 'version' ? 'zh-CN' : parsed.kind === 'run' ? parsed.options.lang : parsed.lang;
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
      io.stderr(`${PROGRAM}: ${formatInputError(e, lang, shown(e.file, io.cwd))}\n`);
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

export function runFromProcess(): void {
  const io: CliIo = {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    now: () => new Date(),
    env: process.env,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${PROGRAM}: ${TEXT['zh-CN'].unexpected(errorText(e))}\n`);
      process.exitCode = 1;
    },
  );
}
