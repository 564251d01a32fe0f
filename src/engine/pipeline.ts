/**
 * The whole check in one call, as both front ends run it: read every sheet, settle the period, evaluate,
 * and build the report model. Pure: the date comes in with the input.
 */
import { latestPeriodWithData } from './period';
import { readSheets } from './reader';
import { buildReport } from './report';
import type { Lang, Period, Report, SheetReading, SheetSource, Thresholds } from './types';
import { DEFAULT_THRESHOLDS } from './types';

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
}

export interface CheckResult {
  readonly readings: readonly SheetReading[];
  readonly period: Period;
  readonly report: Report;
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
  const report = buildReport(readings, {
    lang: input.lang,
    period,
    thresholds: input.thresholds ?? DEFAULT_THRESHOLDS,
    ...(title ? { title } : {}),
    ...(unitName ? { unitName } : {}),
    date: input.date,
  });
  return { readings, period, report };
}
