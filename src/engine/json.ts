/**
 * The machine contract of `target-report report --json`: one plain object, the same for every run of the
 * same input. Numbers that do not apply are null (never NaN); completion and pace have four decimals;
 * milestone targets and actuals are given as their text. Messages are in the report's language.
 */
import { describeDiagnostic, describeSkipReason } from './wording/messages';
import { cleanValue } from './core/numbers';
import { periodCode } from './core/period';
import { consolidatedJson, type ConsolidatedJson, type UnitJson } from './report/units';
import type { Aggregation, Direction, Evaluation, Lang, Report, Severity, Status } from './model';
import { STATUSES } from './model';

export interface ResultIndicatorJson {
  readonly file: string | null;
  readonly sheet: string;
  /** 1-based worksheet row. */
  readonly row: number;
  readonly id: string | null;
  readonly category: string | null;
  readonly name: string;
  readonly unit: string | null;
  readonly direction: Direction;
  readonly aggregation: Aggregation;
  /** Number, or the text of a milestone target (完成, Done…). */
  readonly target: number | string | null;
  /** Number, or the text of a milestone actual. */
  readonly actual: number | string | null;
  readonly expected: number | null;
  readonly completion: number | null;
  readonly pace: number | null;
  readonly status: Status;
  readonly owner: string | null;
  /** True when the target or the actual was written approximately (20多, 约200, 近二十万). */
  readonly approximate: boolean;
  /** The actual as written when it is not a plain number: "20多", or a milestone word. */
  readonly actualText: string | null;
}

export interface ResultDiagnosticJson {
  readonly file: string | null;
  readonly sheet: string;
  /** A1 address, or null when the finding concerns the whole sheet. */
  readonly cell: string | null;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

export interface ResultSkippedSheetJson {
  readonly file: string | null;
  readonly sheet: string;
  readonly reason: string;
  /** The reason as a code: no-header, missing-column, own-output, empty, no-indicators, internal-error. */
  readonly code: string;
}

export interface ResultJson {
  /** 'Q1'…'Q4', 'FY', 'M1'…'M12'. */
  readonly period: string;
  readonly lang: Lang;
  readonly title: string;
  /** The date the report was made (as given). */
  readonly date: string;
  readonly indicators: readonly ResultIndicatorJson[];
  readonly summary: { readonly total: number; readonly byStatus: Readonly<Record<Status, number>> };
  readonly diagnostics: readonly ResultDiagnosticJson[];
  readonly skippedSheets: readonly ResultSkippedSheetJson[];
  /**
   * Several units of the same layout: per indicator the organisation-wide figures, `{ key, name, unit,
   * units, target, actual, expected, status }` (plus `missingIn` and `range` where they apply).
   * Always present: an empty array for a single unit or units of different layouts.
   */
  readonly consolidated: readonly ConsolidatedJson[];
  /** Several units of the same layout: `{ name, byStatus, onPaceShare }` per unit, best first; else []. */
  readonly units: readonly UnitJson[];
}

/** A finite number, or null. */
function num(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? (Object.is(x, -0) ? 0 : x) : null;
}

/** Rounded to four decimals (0.83333 → 0.8333), or null. */
export function round4(x: number | null | undefined): number | null {
  const v = num(x);
  if (v === null) return null;
  const r = Math.round(v * 10000) / 10000;
  return Object.is(r, -0) ? 0 : r;
}

/** Removes floating-point noise from a quantity (112.50000000000001 → 112.5). */
function clean(x: number | null | undefined): number | null {
  const v = num(x);
  return v === null ? null : cleanValue(v);
}

function nonEmpty(s: string | null | undefined): string | null {
  return typeof s === 'string' && s.trim() !== '' ? s : null;
}

function indicatorJson(e: Evaluation): ResultIndicatorJson {
  const ind = e.indicator;
  const milestone = e.direction === 'milestone';
  const target = e.target ? clean(e.target.value) : nonEmpty(e.targetText);
  const actual = e.actual ? clean(e.actual.value) : nonEmpty(e.actualText);
  const approximate = !!(e.actual?.approximation || e.target?.approximation);
  const actualText = e.actual?.approximation
    ? e.actual.approximation.text
    : milestone
      ? nonEmpty(e.actualText)
      : null;
  return {
    file: ind.file ?? null,
    sheet: ind.sheet,
    row: ind.row,
    id: nonEmpty(ind.id),
    category: nonEmpty(ind.category),
    name: ind.name,
    unit: nonEmpty(ind.measureUnit),
    direction: e.direction,
    aggregation: e.aggregation,
    target,
    actual,
    expected: clean(e.expected),
    completion: round4(e.completion),
    pace: round4(e.pace),
    status: e.status,
    owner: nonEmpty(ind.owner),
    approximate,
    actualText,
  };
}

export function toResultJson(report: Report): ResultJson {
  const lang = report.options.lang;
  const several = report.consolidation
    ? consolidatedJson(report.consolidation)
    : { consolidated: [], units: [] };
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, report.counts.byStatus[s] ?? 0])) as Record<
    Status,
    number
  >;
  return {
    period: periodCode(report.options.period),
    lang,
    title: report.title,
    date: report.options.date,
    indicators: report.evaluations.map(indicatorJson),
    summary: { total: report.counts.total, byStatus },
    diagnostics: report.diagnostics.map((d) => ({
      file: d.file ?? null,
      sheet: d.sheet,
      cell: d.cell ?? null,
      severity: d.severity,
      code: d.code,
      message: describeDiagnostic(d, lang),
    })),
    skippedSheets: report.skippedSheets.map((s) => ({
      file: s.file ?? null,
      sheet: s.sheet,
      reason: describeSkipReason(s.reason, lang),
      code: s.reason.code,
    })),
    consolidated: several.consolidated,
    units: several.units,
  };
}
