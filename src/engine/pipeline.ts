/**
 * The whole check in one call, as both front ends run it: read every sheet, settle the period, evaluate,
 * build the report model, and record this check-in in the history. Pure: the date (and the time of the
 * check-in) come in with the input.
 */
import { recordCheckIn } from './evaluate/history';
import { checkInSnapshot } from './evaluate/units';
import { latestPeriodWithData } from './read/latestPeriod';
import { readSheets, type ReadOptions } from './read/readSheet';
import { elapsedFraction } from './core/period';
import { buildReport } from './wording/report';
import type { CheckInSnapshot, Lang, Period, Report, SheetReading, SheetSource, Thresholds } from './model';
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
  /** The month the organisation's year starts (1 = January, the default; 4 = April…). */
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

/** The latest period the sheets state in words (title, caption, headings), when any does. */
export function statedPeriodOf(readings: readonly SheetReading[]): Period | null {
  let best: Period | null = null;
  for (const r of readings) {
    const p = r.kind === 'table' ? r.table.reading?.statedPeriod?.period : undefined;
    if (p && (!best || elapsedFraction(p) > elapsedFraction(best))) best = p;
  }
  return best;
}

/**
 * Reads, evaluates and reports. Without a period: the period the sheets state, else the latest period for
 * which any indicator has an actual; sheets with only a cumulative column and no stated period give FY.
 */
export function runCheck(input: CheckInput): CheckResult {
  const readings = readSheets(input.sources, {
    yearStart: input.yearStart ?? 1,
    ...(input.columns ? { columns: input.columns } : {}),
  });
  const indicators = readings.flatMap((r) => (r.kind === 'table' ? r.table.indicators : []));
  const period = input.period ?? statedPeriodOf(readings) ?? latestPeriodWithData(indicators) ?? YEAR_END;
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
    },
    { history: input.history ?? [], takenAt },
  );
  const snapshot = checkInSnapshot(report.evaluations, period, takenAt);
  return { readings, period, report, snapshot, history: recordCheckIn(input.history ?? [], snapshot) };
}
