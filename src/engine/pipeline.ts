/**
 * The whole check in one call, as both front ends run it: read every sheet, settle the period, evaluate,
 * build the report model, and record this check-in in the history. Pure: the date (and the time of the
 * check-in) come in with the input.
 */
import { recordCheckIn } from './evaluate/history';
import { checkInSnapshot } from './evaluate/units';
import { latestPeriodWithData } from './read/latestPeriod';
import { readSheets, type ReadOptions } from './read/readSheet';
import { elapsedFraction, isYearEnd } from './core/period';
import { fiscalMonth } from './core/statedPeriod';
import { buildReport } from './wording/report';
import type {
  CheckInSnapshot,
  Indicator,
  Lang,
  Period,
  PeriodSource,
  Report,
  ReportOptions,
  SheetReading,
  SheetSource,
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

/** The latest period the sheets state in words (title, caption, headings), with where, when any does. */
export function statedPeriodOf(
  readings: readonly SheetReading[],
): { period: Period; source: PeriodSource } | null {
  let best: { period: Period; source: PeriodSource } | null = null;
  for (const r of readings) {
    if (r.kind !== 'table' || !r.table.statedPeriod) continue;
    const { period, text } = r.table.statedPeriod;
    if (best && elapsedFraction(period) <= elapsedFraction(best.period)) continue;
    const file = r.table.file;
    best = {
      period,
      source: { kind: 'stated', text, sheet: r.table.sheet, ...(file !== undefined ? { file } : {}) },
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
  const report = buildReport(
    readings,
    {
      lang: input.lang,
      period,
      thresholds: input.thresholds ?? DEFAULT_THRESHOLDS,
      ...(title ? { title } : {}),
      ...(unitName ? { unitName } : {}),
      date: input.date,
      periodSource: source,
      yearStart,
      ...(shown ? { yearStartSource: shown.source } : {}),
    },
    { history: input.history ?? [], takenAt },
  );
  const snapshot = checkInSnapshot(report.evaluations, period, takenAt);
  return { readings, period, report, snapshot, history: recordCheckIn(input.history ?? [], snapshot) };
}
