/**
 * The machine contract of `target-report report --json`: one plain object, the same for every run of the
 * same input. Numbers that do not apply are null (never NaN); completion and pace have four decimals;
 * milestone targets and actuals are given as their text. Messages are in the report's language.
 */
import { describeDiagnostic, describeSkipReason } from './wording/messages';
import { cleanValue } from './core/numbers';
import { periodCode } from './core/period';
import { consolidatedJson, type ConsolidatedJson, type UnitJson } from './report/units';
import { sourceText } from './report/tables';
import type {
  Aggregation,
  Comparator,
  Direction,
  Evaluation,
  Lang,
  Report,
  Severity,
  Status,
  TargetKind,
} from './model';
import { STATUSES } from './model';
import { shownName } from './core/text';

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
  /**
   * The actual as written when it is not a plain number: "20多", a milestone word, or the text its figure
   * was read from ("增长6.1%", "已完成46个，完成率115%").
   */
  readonly actualText: string | null;
  /** What kind of target it is: amount, level, share, growth, decrease, rank or milestone. */
  readonly kind: TargetKind;
  /** How the target bounds the result: at_least, at_most, about, between; null for the plain rule. */
  readonly comparator: Comparator | null;
  /** The bound excludes the target itself: more than or less than (> 80%, 低于5%), not at least or at most. */
  readonly strict: boolean;
  /** The text the target was read from when it was not a plain number ("增长9.5%", "不低于60元"). */
  readonly targetText: string | null;
  /** The top of a target band (6.5%—7% → 0.07), else null. */
  readonly targetHigh: number | null;
  /**
   * Why a not_rated indicator is not rated: not-applicable, data-only, annual, not-due, to-be-confirmed,
   * no-target, target-in-words, to-date-undated, time-standard, case-standard.
   */
  readonly notRated: string | null;
  /** The status the sheet itself gives, with its word (a RAG column, 已完成, ☺), else null. */
  readonly sourceStatus: { readonly status: Status; readonly word: string } | null;
  /** The organisation of a cross-tab's area or of one of several side by side; the merged group of a sub-row. */
  readonly org: string | null;
  readonly group: string | null;
}

/** How a sheet's table was read: its layout and each column's role, with where the role came from. */
export interface ResultSheetJson {
  readonly file: string | null;
  readonly sheet: string;
  /** 1-based worksheet rows of the headings. */
  readonly headerRows: readonly number[];
  /**
   * 'standard' for the standard layout read by its header words; else rows, cross-tab, side-by-side,
   * headerless, or transposed (indicators across; each column then names a row).
   */
  readonly layout: string;
  readonly columns: readonly {
    readonly column: string;
    readonly role: string;
    readonly header: string;
    /** header: from the heading words; content: from the cells; user: the user said so. */
    readonly source: 'header' | 'content' | 'user';
  }[];
  /** The period the sheet states and the words it is read from, else null. */
  readonly statedPeriod: { readonly code: string; readonly text: string } | null;
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
  /** 'Q1'…'Q4', 'FY', 'M1'…'M12' (months counted from the month the year starts). */
  readonly period: string;
  /**
   * Where the period came from: given, stated (with the sheet's words), latest-data, to-date, year-end;
   * with the pace the sheet states beside it (`pace`, a share of the year, and its words), when it does;
   * `inFileName` when the words are the file's name.
   */
  readonly periodSource: {
    readonly kind: string;
    readonly text?: string;
    readonly sheet?: string;
    readonly pace?: number;
    readonly paceText?: string;
    /** The words are the file's name, not the sheet's. */
    readonly inFileName?: true;
  };
  /** The month the organisation's year starts (1 = January). */
  readonly yearStart: number;
  /** How each sheet's table was read. */
  readonly sheets: readonly ResultSheetJson[];
  readonly lang: Lang;
  readonly title: string;
  /** The date the report was made (as given). */
  readonly date: string;
  readonly indicators: readonly ResultIndicatorJson[];
  /** The tables' total rows (合计, Total), as indicators are given: not among them, nor in the summary. */
  readonly totals: readonly ResultIndicatorJson[];
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
  // Beyond 10^11 a double has no four decimals to round (and × 10,000 could overflow to Infinity).
  if (Math.abs(v) >= 1e11) return v;
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

/**
 * Where an indicator's entry goes, field by field, in the contract's order: into an object
 * (toResultJson), or straight into the JSON's bytes (src/file/jsonBytes.ts), so that a writer need not
 * make 100,000 objects to write them. `value` takes a field of any other shape (a nested object, a
 * number or a text).
 */
export interface FieldSink {
  text(key: string, value: string | null): void;
  number(key: string, value: number | null): void;
  flag(key: string, value: boolean): void;
  value(key: string, value: unknown): void;
}

/**
 * How the indicators' list is made: `entry` makes one entry as an object, `fields` hands its fields to a
 * sink (the same fields, in the same order).
 */
export type EntryList = (
  n: number,
  entry: (i: number) => ResultIndicatorJson,
  fields: (i: number, sink: FieldSink) => void,
) => readonly ResultIndicatorJson[];

/** The list made at once. */
function eager<T>(n: number, entry: (i: number) => T): T[] {
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = entry(i);
  return out;
}

/** The target: its figure, else the text of a milestone target. */
function targetOf(e: Evaluation): number | string | null {
  return e.target ? clean(e.target.value) : nonEmpty(e.targetText);
}

/** The actual: its figure, else the text of a milestone actual. */
function actualOf(e: Evaluation): number | string | null {
  return e.actual ? clean(e.actual.value) : nonEmpty(e.actualText);
}

/** The actual as written when it is not a plain number (see ResultIndicatorJson.actualText). */
function actualTextOf(e: Evaluation): string | null {
  const approximation = e.actual ? e.actual.approximation : null;
  const text = approximation
    ? approximation.text
    : e.direction === 'milestone'
      ? nonEmpty(e.actualText)
      : null;
  return (
    text ??
    (e.actual ? sourceText(e.actualSource ?? e.actualText) : null) ??
    (e.actualSource && e.actualSource !== e.actualText ? e.actualSource : null)
  );
}

/**
 * An indicator's entry as an object. The same fields in the same order as indicatorFields gives a
 * writer, made by a literal (several times faster than filling an object key by key); a test holds the
 * two to the same bytes.
 */
function indicatorJson(e: Evaluation): ResultIndicatorJson {
  const ind = e.indicator;
  return {
    file: ind.file ?? null,
    sheet: ind.sheet,
    row: ind.row,
    id: nonEmpty(ind.id),
    category: nonEmpty(ind.category),
    name: shownName(ind),
    unit: nonEmpty(ind.measureUnit),
    direction: e.direction,
    aggregation: e.aggregation,
    target: targetOf(e),
    actual: actualOf(e),
    expected: clean(e.expected),
    completion: round4(e.completion),
    pace: round4(e.pace),
    status: e.status,
    owner: nonEmpty(ind.owner),
    approximate: !!(e.actual?.approximation || e.target?.approximation),
    actualText: actualTextOf(e),
    kind: e.kind ?? kindOf(e),
    comparator: e.comparator ?? null,
    strict: e.strict === true,
    targetText: e.targetSource ?? null,
    targetHigh: clean(e.targetHigh),
    notRated: e.notRated ?? null,
    sourceStatus: e.sourceStatus ?? null,
    org: nonEmpty(ind.org),
    group: nonEmpty(ind.group),
  };
}

/** Hands a field that is a figure or a text to the sink by its type. */
function figureOrText(out: FieldSink, key: string, value: number | string | null): void {
  if (typeof value === 'number') out.number(key, value);
  else out.text(key, value);
}

/**
 * The fields of an indicator's entry, in the contract's order, handed to a sink one by one (the JSON
 * writer's way: no object made per indicator). The same fields as indicatorJson.
 */
function indicatorFields(e: Evaluation, out: FieldSink): void {
  const ind = e.indicator;
  out.text('file', ind.file ?? null);
  out.text('sheet', ind.sheet);
  out.number('row', ind.row);
  out.text('id', nonEmpty(ind.id));
  out.text('category', nonEmpty(ind.category));
  out.text('name', shownName(ind));
  out.text('unit', nonEmpty(ind.measureUnit));
  out.text('direction', e.direction);
  out.text('aggregation', e.aggregation);
  figureOrText(out, 'target', targetOf(e));
  figureOrText(out, 'actual', actualOf(e));
  out.number('expected', clean(e.expected));
  out.number('completion', round4(e.completion));
  out.number('pace', round4(e.pace));
  out.text('status', e.status);
  out.text('owner', nonEmpty(ind.owner));
  out.flag('approximate', !!(e.actual?.approximation || e.target?.approximation));
  out.text('actualText', actualTextOf(e));
  out.text('kind', e.kind ?? kindOf(e));
  out.text('comparator', e.comparator ?? null);
  out.flag('strict', e.strict === true);
  out.text('targetText', e.targetSource ?? null);
  out.number('targetHigh', clean(e.targetHigh));
  out.text('notRated', e.notRated ?? null);
  out.value('sourceStatus', e.sourceStatus ?? null);
  out.text('org', nonEmpty(ind.org));
  out.text('group', nonEmpty(ind.group));
}

/** The kind of a target read by the plain rule: a milestone, a share, a level, or an amount. */
function kindOf(e: Evaluation): TargetKind {
  if (e.direction === 'milestone') return 'milestone';
  if (e.target?.percent) return 'share';
  return e.aggregation === 'sum' ? 'amount' : 'level';
}

function sheetJson(t: NonNullable<Report['tablesRead']>[number]): ResultSheetJson {
  const reading = t.reading;
  const stated = t.statedPeriod;
  return {
    file: t.file ?? null,
    sheet: t.sheet,
    headerRows: t.headerRows,
    layout: reading ? reading.layout : 'standard',
    columns: (reading?.columns ?? []).map((c) => ({
      column: c.column,
      role: c.role,
      header: c.header,
      source: c.source,
    })),
    statedPeriod: stated ? { code: periodCode(stated.period), text: stated.text } : null,
  };
}

function periodSourceJson(report: Report): ResultJson['periodSource'] {
  const src = report.options.periodSource ?? { kind: 'given' as const };
  if (src.kind !== 'stated') return { kind: src.kind };
  const { period } = report.options;
  const pace = src.pace !== undefined && period.kind !== 'year' ? period.elapsed : undefined;
  return {
    kind: src.kind,
    text: src.text,
    sheet: src.sheet,
    ...(pace !== undefined ? { pace, paceText: src.pace } : {}),
    ...(src.inFileName ? { inFileName: true as const } : {}),
  };
}

export function toResultJson(
  report: Report,
  /**
   * How the indicators' list is made from each one's entry: an array by default; a writer may pass a list
   * that hands each entry's fields straight to it (see file/resultJson.ts), so that no entry is made.
   */
  listOf: EntryList = eager,
): ResultJson {
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
    periodSource: periodSourceJson(report),
    yearStart: report.options.yearStart ?? 1,
    sheets: (report.tablesRead ?? []).map(sheetJson),
    lang,
    title: report.title,
    date: report.options.date,
    indicators: listOf(
      report.evaluations.length,
      (i) => indicatorJson(report.evaluations[i]),
      (i, sink) => indicatorFields(report.evaluations[i], sink),
    ),
    totals: (report.totals ?? []).map(indicatorJson),
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
