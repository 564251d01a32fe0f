/**
 * The whole check in one call, as both front ends run it: read every sheet, settle the period, evaluate,
 * build the report model, and record this check-in in the history. Pure: the date (and the time of the
 * check-in) come in with the input.
 */
import { evaluateIndicators } from './evaluate/evaluate';
import { recordCheckIn } from './evaluate/history';
import { checkInSnapshot } from './evaluate/units';
import { latestPeriodWithData } from './read/latestPeriod';
import { readSheets, type ReadOptions } from './read/readSheet';
import { elapsedFraction, isYearEnd } from './core/period';
import { fiscalMonth } from './core/statedPeriod';
import { normalizeText } from './core/normalize';
import { buildReport } from './wording/report';
import type {
  CheckInSnapshot,
  Evaluation,
  Indicator,
  Lang,
  Period,
  PeriodSource,
  Report,
  ReportOptions,
  SheetReading,
  SheetSource,
  SheetTable,
  Thresholds,
} from './model';
import { DEFAULT_THRESHOLDS } from './model';

export interface CheckInput {
  readonly sources: readonly SheetSource[];
  readonly lang: Lang;
  /**
   * The check-in period; absent or null = the period the sheets state (title, caption, headings), else
   * the latest period with data.
   */
  readonly period?: Period | null;
  readonly thresholds?: Thresholds;
  readonly title?: string;
  readonly unitName?: string;
  /** ISO date the report is made (yyyy-mm-dd). */
  readonly date: string;
  /**
   * Earlier check-ins (read back from the history sheet or file with historyFromGrid). With a check-in of
   * an earlier period among them, the report says what changed and charts the trend.
   */
  readonly history?: readonly CheckInSnapshot[];
  /** When this check-in is recorded (ISO date-time); default `${date}T00:00:00`. */
  readonly takenAt?: string;
  /**
   * The month the organisation's year starts (1 = January; 4 = April…). Absent: the one the tables'
   * month columns show when they run across a year end (Apr … Mar), else January; a month given as
   * `period` then counts from January (a calendar month) and is moved into that year.
   */
  readonly yearStart?: number;
  /** The user's word on which column is which, per sheet name ('*' for every sheet). */
  readonly columns?: ReadOptions['columns'];
}

export interface CheckResult {
  readonly readings: readonly SheetReading[];
  readonly period: Period;
  readonly report: Report;
  /** This check-in: period code, time, and per indicator key, target, actual, expected and status. */
  readonly snapshot: CheckInSnapshot;
  /**
   * The history with this check-in recorded (a check-in of the same period replaced), sorted by period:
   * what the front ends store, as historyToRows(result.history).
   */
  readonly history: CheckInSnapshot[];
}

/** The year end, used when no period is given and no sheet says which periods hold data. */
const YEAR_END: Period = { kind: 'year' };

/** The latest year the sheets' stated periods name (-Infinity when none names one). */
function latestStatedYear(readings: readonly SheetReading[]): number {
  let latest = -Infinity;
  for (const r of readings) {
    const year = r.kind === 'table' ? r.table.statedPeriod?.year : null;
    if (year != null && year > latest) latest = year;
  }
  return latest;
}

/** The latest period the sheets state in words (title, caption, headings), with where, when any does. */
export function statedPeriodOf(
  readings: readonly SheetReading[],
): { period: Period; source: PeriodSource } | null {
  // Of the latest year the sheets state (last year's sheet kept beside this year's is not the check);
  // a period stated without its year is taken to be of that year.
  const latestYear = latestStatedYear(readings);
  let best: { period: Period; source: PeriodSource } | null = null;
  for (const r of readings) {
    if (r.kind !== 'table' || !r.table.statedPeriod) continue;
    const { period, text, year, pace, inFileName } = r.table.statedPeriod;
    if (year !== null && year < latestYear) continue;
    if (best && elapsedFraction(period) <= elapsedFraction(best.period)) continue;
    const file = r.table.file;
    best = {
      // The pace the sheet states with its period (时间进度要求(62.5%)) is the pace checked against.
      period: pace && period.kind !== 'year' ? { ...period, elapsed: pace.fraction } : period,
      source: {
        kind: 'stated',
        text,
        sheet: r.table.sheet,
        ...(file !== undefined ? { file } : {}),
        ...(pace ? { pace: pace.text } : {}),
        ...(inFileName ? { inFileName } : {}),
      },
    };
  }
  return best;
}

/** The period: given, else stated by the sheets, else the latest with data, else the year end. */
function settlePeriod(
  given: Period | null,
  readings: readonly SheetReading[],
  indicators: readonly Indicator[],
): { period: Period; source: PeriodSource } {
  if (given) return { period: given, source: { kind: 'given' } };
  const stated = statedPeriodOf(readings);
  if (stated) return stated;
  const latest = latestPeriodWithData(indicators);
  // Every result a figure to date that nothing dates: the year is under way, its month not known.
  if (
    (latest === null || isYearEnd(latest)) &&
    indicators.length > 0 &&
    indicators.every((i) => i.resultToDate === true)
  ) {
    return { period: latest ?? YEAR_END, source: { kind: 'to-date' } };
  }
  return latest
    ? { period: latest, source: { kind: 'latest-data' } }
    : { period: YEAR_END, source: { kind: 'year-end' } };
}

/**
 * The year start the tables' month columns show, when they agree on one (core/statedPeriod
 * yearStartOfMonths), with the first table showing it.
 */
function yearStartShown(
  readings: readonly SheetReading[],
): { month: number; source: NonNullable<ReportOptions['yearStartSource']> } | null {
  let found: { month: number; source: NonNullable<ReportOptions['yearStartSource']> } | null = null;
  for (const r of readings) {
    const month = r.kind === 'table' ? r.table.yearStartShown : undefined;
    if (r.kind !== 'table' || month === undefined) continue;
    if (found && found.month !== month) return null;
    const { sheet, file, yearStartText: text } = r.table;
    found ??= {
      month,
      source: { sheet, ...(file !== undefined ? { file } : {}), ...(text !== undefined ? { text } : {}) },
    };
  }
  return found;
}

/** The names of a table's indicators, as history keys compare them. */
function namesOf(table: SheetTable): Set<string> {
  return new Set(table.indicators.map((i) => normalizeText(i.name)));
}

/** A sheet's name or title without the period and year it states: 1-6月 → "", 2024年1-6月重点指标 → 重点指标. */
function withoutPeriod(text: string | null, stated: string): string {
  if (!text) return '';
  return normalizeText(text)
    .replace(normalizeText(stated), '')
    .replace(/(?:19|20)\d{2}\s*年?度?/g, '')
    .replace(/\s+/g, '');
}

/**
 * Two sheets of one series, a sheet a period (1-6月 and 1-11月, or 重点指标 titled by month), not two
 * units' sheets of one template (城关镇 beside 高新区): their names or their titles differ only by the
 * period.
 */
function sameSeries(a: SheetTable, b: SheetTable): boolean {
  const pa = a.statedPeriod?.text ?? '';
  const pb = b.statedPeriod?.text ?? '';
  return (
    withoutPeriod(a.sheet, pa) === withoutPeriod(b.sheet, pb) ||
    (a.title !== null && b.title !== null && withoutPeriod(a.title, pa) === withoutPeriod(b.title, pb))
  );
}

/** A file's name without its folders and its extension. */
function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[a-z0-9]{2,5}$/i, '');
}

/**
 * One file, or two files of one series, a file a period, named alike but for the period they state
 * (2024年1-6月重点工作.xlsx beside 2024年1-11月重点工作.xlsx), their sheets named alike: never two units' files.
 */
function sameSource(a: SheetTable, b: SheetTable): boolean {
  if (a.file === b.file) return true;
  const pa = a.statedPeriod;
  const pb = b.statedPeriod;
  if (!pa?.inFileName || !pb?.inFileName || a.file === undefined || b.file === undefined) return false;
  return (
    a.sheet === b.sheet &&
    withoutPeriod(baseName(a.file), pa.text) === withoutPeriod(baseName(b.file), pb.text)
  );
}

/**
 * Sheets that state an earlier period of the same year than the check's, holding the indicators of a
 * sheet of the same file and series that states the check's period or a later one (an office's sheet
 * a month: 1-6月 beside 1-11月; or a file a month, named by it): earlier check-ins, each evaluated at its own period and recorded under
 * the later sheet's name, so the report compares with them instead of judging last month's figures by
 * this month's pace. A sheet of the same indicators for an earlier year (2023年 beside 2024年1-11月) is
 * last year's, not counted. Their readings become notes that say so. Sheets of other indicators are left
 * as they are.
 */
function earlierCheckIns(
  readings: readonly SheetReading[],
  period: Period,
  thresholds: Thresholds,
  takenAt: string,
): { readings: SheetReading[]; snapshots: CheckInSnapshot[] } {
  const due = elapsedFraction(period);
  const latestYear = latestStatedYear(readings);
  /** A year before the latest the sheets state. */
  const earlierYear = (t: SheetTable): boolean => {
    const y = t.statedPeriod?.year ?? null;
    return y !== null && y < latestYear;
  };
  const current = readings.flatMap((r) =>
    r.kind === 'table' &&
    r.table.statedPeriod &&
    !earlierYear(r.table) &&
    elapsedFraction(r.table.statedPeriod.period) >= due
      ? [r.table]
      : [],
  );
  if (current.length === 0) return { readings: [...readings], snapshots: [] };
  // The earlier evaluations by period: one check-in a period, of every file's sheet for it, so its
  // units are named as this check's are.
  const byPeriod = new Map<string, { period: Period; evaluations: Evaluation[] }>();
  const out = readings.map((r): SheetReading => {
    const stated = r.kind === 'table' ? r.table.statedPeriod : null;
    if (r.kind !== 'table' || !stated || current.includes(r.table)) return r;
    const pastYear = earlierYear(r.table);
    if (!pastYear && elapsedFraction(stated.period) >= due) return r;
    const names = [...namesOf(r.table)];
    const later = current.find((t) => {
      if (!sameSource(t, r.table) || !sameSeries(t, r.table)) return false;
      const theirs = namesOf(t);
      return names.filter((n) => theirs.has(n)).length >= Math.max(1, names.length * 0.5);
    });
    if (!later) return r;
    const { file, sheet } = r.table;
    const where = { ...(file !== undefined ? { file } : {}), sheet };
    // Last year's figures: not this year's check-in (the history names periods within a year).
    if (pastYear) {
      return {
        kind: 'skipped',
        ...where,
        reason: { code: 'earlier-year', text: stated.text, later: later.sheet },
      };
    }
    const indicators = r.table.indicators.map((i) => ({ ...i, file: later.file, sheet: later.sheet }));
    const key = JSON.stringify(stated.period);
    const slot = byPeriod.get(key) ?? { period: stated.period, evaluations: [] };
    byPeriod.set(key, slot);
    slot.evaluations.push(...evaluateIndicators(indicators, stated.period, thresholds));
    return {
      kind: 'skipped',
      ...where,
      reason: { code: 'earlier-period', text: stated.text, later: later.sheet },
    };
  });
  const snapshots = [...byPeriod.values()].map((p) => checkInSnapshot(p.evaluations, p.period, takenAt));
  return { readings: out, snapshots };
}

/**
 * Reads, evaluates and reports. Without a period: the period the sheets state, else the latest period for
 * which any indicator has an actual; sheets with only a cumulative column and no stated period give FY.
 */
export function runCheck(input: CheckInput): CheckResult {
  const read = (yearStart: number): SheetReading[] =>
    readSheets(input.sources, { yearStart, ...(input.columns ? { columns: input.columns } : {}) });
  let yearStart = input.yearStart ?? 1;
  let readings = read(yearStart);
  // No year start given: the one the tables' month columns show (Apr … Mar), read again by it.
  const shown = input.yearStart === undefined ? yearStartShown(readings) : null;
  if (shown) {
    yearStart = shown.month;
    readings = read(yearStart);
  }
  const indicators = readings.flatMap((r) => (r.kind === 'table' ? r.table.indicators : []));
  const given =
    shown && input.period?.kind === 'month'
      ? { kind: 'month' as const, month: fiscalMonth(input.period.month, yearStart) }
      : (input.period ?? null);
  const { period, source } = settlePeriod(given, readings, indicators);
  const title = input.title?.trim();
  const unitName = input.unitName?.trim();
  const takenAt = input.takenAt?.trim() || `${input.date}T00:00:00`;
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;
  const earlier = earlierCheckIns(readings, period, thresholds, takenAt);
  readings = earlier.readings;
  const history = earlier.snapshots.reduce(recordCheckIn, [...(input.history ?? [])]);
  const report = buildReport(
    readings,
    {
      lang: input.lang,
      period,
      thresholds,
      ...(title ? { title } : {}),
      ...(unitName ? { unitName } : {}),
      date: input.date,
      periodSource: source,
      yearStart,
      ...(shown ? { yearStartSource: shown.source } : {}),
    },
    { history, takenAt },
  );
  const snapshot = checkInSnapshot(report.evaluations, period, takenAt);
  return { readings, period, report, snapshot, history: recordCheckIn(history, snapshot) };
}
