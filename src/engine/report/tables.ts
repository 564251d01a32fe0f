/**
 * The tables as data, without words: which columns each table has (keys, kinds, number formats, and the
 * word of each header), and what decides whether a row's figures are written in a larger unit (万, 亿).
 *
 * Large quantities in Chinese tables: Excel has no number format that divides by 10,000, and a format
 * such as `0.0,"万"` divides by 1,000. Keeping raw numbers (`#,##0`) would show 280,000 where the
 * narrative says 28万. So where the language writes large counts in 万 (or 亿 from 10^8), a row whose
 * numbers reach that size is written in it: the values are divided (exactly, still numbers) and the unit
 * cell says so (人次 → 万人次), the way official tables write large counts ("单位：万人次"). Rows that carry
 * an approximate figure ("近二十万") or a percentage keep their raw numbers so the text as written and the
 * numbers beside it agree; so do milestones and units already in 万 / 亿 or rates.
 */
import type {
  ColumnKey,
  ConsolidatedIndicator,
  Evaluation,
  Status,
  TableColumn,
  UnitEvaluations,
} from '../model';
import { finite, sameFigure } from '../core/numbers';
import { NUMBER_FORMATS } from '../core/numFmt';
import { parseCell } from '../core/quantity';
import { cleanText } from '../core/text';
import { reportUnits } from '../evaluate/units';

/** Text columns never get wider than this; longer text wraps. */
export const MAX_COLUMN_WIDTH = 40;
/** Headers count up to this many characters towards a column's width; longer headers wrap. */
export const HEADER_WIDTH_CAP = 14;

/** A column: its data key, the word of its header (or a status), its kind and its default number format. */
export interface ColumnSpec {
  readonly key: string;
  readonly header: ColumnKey | { readonly status: Status };
  readonly kind: TableColumn['kind'];
  readonly numFmt?: string;
}

const column = (key: string, header: ColumnKey, kind: TableColumn['kind'], numFmt?: string): ColumnSpec =>
  numFmt ? { key, header, kind, numFmt } : { key, header, kind };

export const COLUMNS = {
  no: column('no', 'no', 'number', NUMBER_FORMATS.index),
  org: column('org', 'org', 'text'),
  category: column('category', 'category', 'text'),
  name: column('name', 'name', 'text'),
  unit: column('unit', 'unit', 'text'),
  target: column('target', 'target', 'number', NUMBER_FORMATS.column),
  expected: column('expected', 'expected', 'number', NUMBER_FORMATS.column),
  actual: column('actual', 'actual', 'number', NUMBER_FORMATS.column),
  actualForYear: column('actual', 'actualForYear', 'number', NUMBER_FORMATS.column),
  completion: column('completion', 'completion', 'percent', NUMBER_FORMATS.percent),
  pace: column('pace', 'pace', 'percent', NUMBER_FORMATS.percent),
  gapToPace: column('gapToPace', 'gapToPace', 'number', NUMBER_FORMATS.column),
  gapPoints: column('gapPoints', 'gapPoints', 'number', NUMBER_FORMATS.points),
  gapPointsToTarget: column('gapPoints', 'gapPointsToTarget', 'number', NUMBER_FORMATS.points),
  gapToTarget: column('gapToTarget', 'gapToTarget', 'number', NUMBER_FORMATS.column),
  status: column('status', 'status', 'status'),
  owner: column('owner', 'owner', 'text'),
} as const;

/** The columns every table of indicators starts with: No., category, indicator, unit, targets, actual. */
const INDICATOR_LEAD: readonly ColumnSpec[] = [
  COLUMNS.no,
  COLUMNS.category,
  COLUMNS.name,
  COLUMNS.unit,
  COLUMNS.target,
  COLUMNS.expected,
  COLUMNS.actual,
];

/** All indicators: the leading columns, completion, pace, status, owner. */
export const INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  ...INDICATOR_LEAD,
  COLUMNS.completion,
  COLUMNS.pace,
  COLUMNS.status,
  COLUMNS.owner,
];

/** Indicators needing attention: the gaps to pace, in points and to the annual target instead of completion. */
export const ATTENTION_COLUMNS: readonly ColumnSpec[] = [
  ...INDICATOR_LEAD,
  COLUMNS.pace,
  COLUMNS.gapToPace,
  COLUMNS.gapPoints,
  COLUMNS.gapToTarget,
  COLUMNS.status,
  COLUMNS.owner,
];

/**
 * The columns a table of these rows needs: where every row's pace target is its target (at the year's
 * end; a level judged as it stands), the pace columns repeat the target's and are left out, and the gap
 * in points is below the target itself. The attention table then shows the completion where it showed
 * the pace. A column no row fills (no pace target anywhere) is left out too.
 */
export function columnsFor(
  columns: readonly ColumnSpec[],
  /** A report of the year's end: the actual is the year's (全年完成), not one to date. */
  yearEnd: boolean,
  rows: number,
  /** Row i's pace target as shown, and its target (null where it has none). */
  paceTarget: (i: number) => number | null,
  target: (i: number) => number | null,
): readonly ColumnSpec[] {
  if (yearEnd) columns = columns.map((c) => (c === COLUMNS.actual ? COLUMNS.actualForYear : c));
  if (rows === 0) return columns;
  for (let i = 0; i < rows; i++) {
    const p = paceTarget(i);
    if (p === null) continue;
    const t = target(i);
    if (t === null || !sameFigure(p, t)) return columns;
  }
  const hasCompletion = columns.includes(COLUMNS.completion);
  const out: ColumnSpec[] = [];
  for (const c of columns) {
    if (c === COLUMNS.expected || c === COLUMNS.gapToPace) continue;
    if (c === COLUMNS.pace) {
      if (!hasCompletion) out.push(COLUMNS.completion);
    } else out.push(c === COLUMNS.gapPoints ? COLUMNS.gapPointsToTarget : c);
  }
  return out;
}

/** The organisation-wide table of several units. */
export const CONSOLIDATED_COLUMNS: readonly ColumnSpec[] = [
  COLUMNS.name,
  COLUMNS.unit,
  column('units', 'unitsReporting', 'number', NUMBER_FORMATS.integer),
  column('target', 'targetTotal', 'number', NUMBER_FORMATS.column),
  column('actual', 'actualTotal', 'number', NUMBER_FORMATS.column),
  COLUMNS.expected,
  COLUMNS.completion,
  COLUMNS.status,
  column('note', 'note', 'text'),
];

/** The comparison of units: rank, unit, indicators, one column per status shown, share on pace or better. */
export function unitsColumns(statuses: readonly Status[]): ColumnSpec[] {
  return [
    column('rank', 'rank', 'number', NUMBER_FORMATS.index),
    COLUMNS.unit,
    column('total', 'total', 'number', NUMBER_FORMATS.integer),
    ...statuses.map((s) => ({
      key: s,
      header: { status: s },
      kind: 'number' as const,
      numFmt: NUMBER_FORMATS.integer,
    })),
    column('onPaceShare', 'onPaceShare', 'percent', NUMBER_FORMATS.percent),
  ];
}

/** Units already counted in 万 / 亿 (thousands, millions…), and rates: never scaled. */
const UNSCALED_UNIT = /^(?:[万亿]|(?:thousand|million|billion)s?\b)|[%％‰率]|\b(?:percent|rate)\b/i;

/** The largest magnitude of three values (0 when none is finite); no array: called for every row. */
function magnitude(
  a: number | null | undefined,
  b: number | null | undefined,
  c: number | null | undefined,
): number {
  let max = 0;
  if (finite(a) && Math.abs(a) > max) max = Math.abs(a);
  if (finite(b) && Math.abs(b) > max) max = Math.abs(b);
  if (finite(c) && Math.abs(c) > max) max = Math.abs(c);
  return max;
}

/** The text a figure was read from, when it says more than the number ("增长6.1%", "已完成46个"). */
export function sourceText(text: string | null | undefined): string | null {
  const t = cleanText(text);
  return t && parseCell(t).kind !== 'number' ? t : null;
}

/**
 * True when the target column shows the target as its kind and bound say it (增长7%, ≤4.3%, 6.5%—7%)
 * rather than a bare number: a growth or a decrease, a bound, or a target read from a text.
 */
export function targetAsText(e: Evaluation): boolean {
  if (e.kind === undefined || !e.target) return false;
  return (
    e.kind === 'growth' ||
    e.kind === 'decrease' ||
    (e.comparator ?? null) !== null ||
    sourceText(e.targetSource) !== null
  );
}

/**
 * The result as the actual column shows it when it was read from a text: the text itself ("增长6.1%",
 * "已完成46个，完成率115%"); null for a number (and for a running total, whose sum is shown).
 */
export function actualAsText(e: Evaluation): string | null {
  if (e.kind === undefined || !e.actual || e.actual.approximation) return null;
  if (e.kind === 'amount' && e.indicator.actuals.kind !== 'cumulative') return null;
  return sourceText(e.actualSource);
}

/** What decides an indicator row's scale: its largest magnitude, or null when it is written as it is. */
export function scaleBasis(e: Evaluation): number | null {
  if (e.direction === 'milestone') return null;
  if (targetAsText(e) || actualAsText(e) !== null) return null;
  if (e.target?.percent || e.actual?.percent) return null;
  if (e.target?.approximation || e.actual?.approximation) return null;
  if (UNSCALED_UNIT.test(e.indicator.measureUnit ?? '')) return null;
  return magnitude(e.target?.value, e.actual?.value, e.expected);
}

/** The same for a consolidated row: only sums are scaled (levels are means, not counts). */
export function consolidatedScaleBasis(row: ConsolidatedIndicator): number | null {
  if (row.kind !== 'sum' || row.percent === true) return null;
  if (UNSCALED_UNIT.test(row.unit ?? '')) return null;
  return magnitude(row.target, row.actual, row.expected);
}

/** Each indicator's organisation (see orgNames). */
export interface OrgNames {
  get(e: Evaluation): string | undefined;
}

/**
 * The organisation of each indicator when the report has several (null with one): the row's own (an area
 * of a cross-tab), else its unit (the sheet or the file it came from, see evaluate/units.ts). The tables
 * then get an organisation column and the charts name each indicator with it, so two rows named alike
 * can be told apart. Looked up by the indicator's file and sheet (no map over every evaluation: a report
 * can hold 100,000 of them).
 */
export function orgNames(
  evaluations: readonly Evaluation[],
  units: readonly UnitEvaluations[] = reportUnits(evaluations),
): OrgNames | null {
  const unitOf = new Map<string, Map<string, string>>();
  const distinct = new Set<string>();
  let ownOrgs = false;
  for (const u of units) {
    const first = u.evaluations[0]?.indicator;
    if (!first) continue;
    const file = first.file ?? '';
    let bySheet = unitOf.get(file);
    if (!bySheet) unitOf.set(file, (bySheet = new Map()));
    bySheet.set(first.sheet, u.name);
    for (let i = 0; i < u.evaluations.length; i++) {
      const org = u.evaluations[i].indicator.org?.trim();
      if (org) ownOrgs = true;
      distinct.add(org || u.name);
    }
  }
  if (distinct.size <= 1) return null;
  // Rows come sheet by sheet: the last sheet's answer is kept, so most rows need no lookup.
  let lastFile: string | undefined;
  let lastSheet: string | undefined;
  let lastName: string | undefined;
  const unitName = (e: Evaluation): string | undefined => {
    const { file, sheet } = e.indicator;
    if (sheet !== lastSheet || file !== lastFile) {
      lastFile = file;
      lastSheet = sheet;
      lastName = unitOf.get(file ?? '')?.get(sheet);
    }
    return lastName;
  };
  return { get: ownOrgs ? (e) => e.indicator.org?.trim() || unitName(e) : unitName };
}

/** The columns with the organisation column after No. (when the report has several organisations). */
export function withOrgColumn(defs: readonly ColumnSpec[]): ColumnSpec[] {
  const at = defs.findIndex((d) => d.key === 'no') + 1;
  return [...defs.slice(0, at), COLUMNS.org, ...defs.slice(at)];
}
