/**
 * The whole check in one call, as both front ends run it: read every sheet, settle the period, evaluate,
 * build the report model, and record this check-in in the history. Pure: the date (and the time of the
 * check-in) come in with the input.
 */
import { recordCheckIn } from './evaluate/history';
import { checkInSnapshot } from './evaluate/units';
import { latestPeriodWithData } from './read/latestPeriod';
import { readSheets } from './read/readSheet';
import { buildReport } from './wording/report';
import type { CheckInSnapshot, Lang, Period, Report, SheetReading, SheetSource, Thresholds } from './model';
import { DEFAULT_THRESHOLDS } from './model';

export interface CheckInput {
  readonly sources: readonly SheetSource[];
  readonly lang: Lang;
  /** The check-in period; absent or null = the latest period with data. */
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

/**
 * Reads, evaluates and reports. Without a period, the latest period for which any indicator has an
 * actual is used; sheets with only a cumulative column (which say nothing about the period) give FY.
 */
export function runCheck(input: CheckInput): CheckResult {
  const readings = readSheets(input.sources);
  const indicators = readings.flatMap((r) => (r.kind === 'table' ? r.table.indicators : []));
  const period = input.period ?? latestPeriodWithData(indicators) ?? YEAR_END;
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
