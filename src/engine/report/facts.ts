/**
 * Everything the report says, as facts: the tables read, every indicator evaluated, the counts, the units
 * and their consolidation, what changed since the previous check-in and the trend, the diagnostics (each
 * once), the sheets skipped and the indicators needing attention in the attention order.
 */
import type {
  ChangesSinceLastCheckIn,
  CheckInSnapshot,
  CompletionTrend,
  Consolidation,
  Diagnostic,
  Evaluation,
  Indicator,
  ReportOptions,
  SheetReading,
  SheetTable,
  StatusCounts,
  UnitEvaluations,
} from '../model';
import { calendarFraction, elapsedFraction, periodCode, periodRank } from '../core/period';
import { compareWithPrevious, completionTrend } from '../evaluate/changes';
import { consolidateUnits, sharesLayout } from '../evaluate/consolidate';
import { evaluateIndicators } from '../evaluate/evaluate';
import { rankAttention, type Ranked } from '../evaluate/gaps';
import { previousSnapshot, recordCheckIn } from '../evaluate/history';
import { checkInSnapshot, historyEvaluations, reportUnits } from '../evaluate/units';
import { countStatuses } from './counts';
import type { SkippedSheet } from './notes';
import { cleanUnitName, detectedUnitAndYear } from './title';

/** Where the report goes beyond this check-in's sheets. */
export interface ReportContext {
  /** Earlier check-ins (the history sheet or file); the same period, when present, is replaced. */
  readonly history?: readonly CheckInSnapshot[];
  /** When this check-in is recorded (ISO date-time); default `${date}T00:00:00`. */
  readonly takenAt?: string;
}

export interface ReportFacts {
  readonly tables: readonly SheetTable[];
  readonly evaluations: readonly Evaluation[];
  /** The tables' total rows (合计, Total), evaluated as their indicators are; stated, never counted. */
  readonly totals: readonly Evaluation[];
  /** The options with the unit name and year found in the sheets where the caller gave none. */
  readonly options: ReportOptions;
  /** The unit name the caller gave (cleaned), which names the whole organisation with several units. */
  readonly givenUnit: string | null;
  readonly counts: StatusCounts;
  readonly units: readonly UnitEvaluations[];
  /** Several units of the same layout added up; null with a single unit. */
  readonly consolidation: Consolidation | null;
  /** Since the previous check-in, and the trend over the check-ins up to this one; null without one. */
  readonly changes: ChangesSinceLastCheckIn | null;
  readonly trend: CompletionTrend | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly skippedSheets: readonly SkippedSheet[];
  /** The indicators needing attention, in the attention order, with their gaps. */
  readonly attention: readonly Ranked[];
}

function diagnosticKey(d: Diagnostic): string {
  return [d.file ?? '', d.sheet, d.cell ?? '', d.code, d.severity, JSON.stringify(d.params ?? {})].join('|');
}

/** The diagnostics of reading, evaluating and consolidating, each once. */
function uniqueDiagnostics(
  tables: readonly SheetTable[],
  evaluations: readonly Evaluation[],
  consolidation: Consolidation | null,
): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [
    ...tables.flatMap((t) => t.diagnostics),
    ...evaluations.flatMap((e) => e.diagnostics),
    ...(consolidation?.diagnostics ?? []),
  ]) {
    const key = diagnosticKey(d);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** What changed since the latest check-in before this period, and the trend up to this one. */
function sinceLastCheckIn(
  evaluations: readonly Evaluation[],
  options: ReportOptions,
  context: ReportContext,
): { changes: ChangesSinceLastCheckIn | null; trend: CompletionTrend | null } {
  const code = periodCode(options.period);
  const history = context.history ?? [];
  const previous = history.length > 0 ? previousSnapshot(history, code) : null;
  if (!previous) return { changes: null, trend: null };
  const changes = compareWithPrevious(historyEvaluations(evaluations), previous);
  // The check-ins up to this one (a later check-in already recorded is left out), this one included.
  const takenAt = context.takenAt ?? `${options.date}T00:00:00`;
  const upTo = history.filter((s) => periodRank(s.period) <= periodRank(code));
  const trend = completionTrend(recordCheckIn(upTo, checkInSnapshot(evaluations, options.period, takenAt)));
  return { changes, trend };
}

/** Notes on a period taken from a sheet's own words and a year start from its month columns. */
function periodDiagnostic(options: ReportOptions): Diagnostic[] {
  const notes: Diagnostic[] = [];
  const src = options.periodSource;
  if (src?.kind === 'stated') {
    const where = src.file !== undefined ? { file: src.file } : {};
    notes.push({
      ...where,
      sheet: src.sheet,
      severity: 'info',
      code: src.inFileName ? 'period-from-file-name' : 'period-from-sheet',
      params: { text: src.text },
    });
    if (src.pace !== undefined && options.period.kind !== 'year') {
      notes.push({
        ...where,
        sheet: src.sheet,
        severity: 'info',
        code: 'pace-from-sheet',
        params: {
          text: src.pace,
          pace: elapsedFraction(options.period),
          calendar: calendarFraction(options.period),
        },
      });
    }
  }
  const start = options.yearStartSource;
  if (start && options.yearStart !== undefined) {
    notes.push({
      ...(start.file !== undefined ? { file: start.file } : {}),
      sheet: start.sheet,
      severity: 'info',
      code: 'year-start-from-sheet',
      params: { month: options.yearStart, ...(start.text !== undefined ? { text: start.text } : {}) },
    });
  }
  return notes;
}

/**
 * True when the report is made after the end of the table's calendar year (a 2023 table on 2024-01-20):
 * an estimate of that year made at its end is then its result.
 */
function yearOverAt(table: SheetTable, date: string, yearStart: number): boolean {
  if (table.year == null || table.yearNamed || (table.yearStartShown ?? yearStart) !== 1) return false;
  return date.slice(0, 4) > String(table.year);
}

/** The year's estimated result as its result, no longer a projection still on course (see yearOverAt). */
function estimateAsResult(ind: Indicator): Indicator {
  if (ind.resultEstimated !== true || ind.resultProjected !== true) return ind;
  const { resultProjected: _, ...rest } = ind;
  return rest;
}

/** Evaluates every indicator of every table read, and gathers the facts of the report. */
export function reportFacts(
  readings: readonly SheetReading[],
  options: ReportOptions,
  context: ReportContext = {},
): ReportFacts {
  const tables = readings.flatMap((r) => (r.kind === 'table' ? [r.table] : []));
  const source = options.periodSource?.kind;
  const periodAssumed = source === 'latest-data' || source === 'year-end' || source === 'to-date';
  const evaluate = (rows: (t: SheetTable) => readonly Indicator[]): Evaluation[] =>
    evaluateIndicators(
      tables.flatMap((t) =>
        yearOverAt(t, options.date, options.yearStart ?? 1) ? rows(t).map(estimateAsResult) : rows(t),
      ),
      options.period,
      options.thresholds,
      periodAssumed,
      options.yearStart ?? 1,
    );
  const evaluations = evaluate((t) => t.indicators);
  const totals = tables.some((t) => t.totals) ? evaluate((t) => t.totals ?? []) : [];
  const { unitName, year, yearNamed } = detectedUnitAndYear(tables, options);
  const resolved: ReportOptions = {
    ...options,
    ...(unitName !== null ? { unitName } : {}),
    ...(year !== null ? { year } : {}),
    ...(yearNamed !== null ? { yearNamed } : {}),
  };
  const units = reportUnits(evaluations);
  const consolidation = sharesLayout(units)
    ? consolidateUnits(units, options.period, options.thresholds)
    : null;
  const { changes, trend } = sinceLastCheckIn(evaluations, options, context);
  return {
    tables,
    evaluations,
    totals,
    options: resolved,
    givenUnit: cleanUnitName(options.unitName),
    counts: countStatuses(evaluations),
    units,
    consolidation,
    changes,
    trend,
    diagnostics: [...periodDiagnostic(options), ...uniqueDiagnostics(tables, evaluations, consolidation)],
    skippedSheets: readings.flatMap((r) =>
      r.kind === 'skipped'
        ? [{ ...(r.file !== undefined ? { file: r.file } : {}), sheet: r.sheet, reason: r.reason }]
        : [],
    ),
    attention: rankAttention(evaluations),
  };
}
