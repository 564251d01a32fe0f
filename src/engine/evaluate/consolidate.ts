/**
 * Several units (departments, counties, districts) reporting in the same layout: the organisation-wide
 * table (sums for counts; range and units meeting target for levels and percentages) and the comparison
 * of units. Indicators are matched across units by name (normalised), falling back to id where the names
 * differ but the ids agree. Disagreeing units of measure give a diagnostic instead of a sum.
 */
import { numericStatus } from './status';
import { headerKey, normalizeText } from '../core/normalize';
import {
  DEFAULT_THRESHOLDS,
  GOOD_STATUSES,
  STATUSES,
  WORST_FIRST,
  type ConsolidatedIndicator,
  type Consolidation,
  type Diagnostic,
  type Evaluation,
  type Period,
  type Status,
  type Thresholds,
  type UnitEvaluations,
  type UnitSummary,
} from '../model';
import { shownName } from '../core/text';

function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

export function summarizeUnits(units: readonly UnitEvaluations[]): UnitSummary[] {
  const rows = units.map((u) => {
    const byStatus = emptyCounts();
    for (const e of u.evaluations) byStatus[e.status]++;
    const total = u.evaluations.length;
    const onPaceShare = total === 0 ? 0 : (byStatus.achieved + byStatus.on_track) / total;
    return { name: u.name, total, byStatus, onPaceShare };
  });
  const ranked = [...rows].sort(
    (a, b) =>
      b.onPaceShare - a.onPaceShare ||
      b.byStatus.achieved - a.byStatus.achieved ||
      a.name.localeCompare(b.name),
  );
  return ranked.map((r, i) => ({ ...r, rank: i + 1 }));
}

/** True when the units share enough indicators for an organisation-wide table to make sense. */
export function sharesLayout(units: readonly UnitEvaluations[]): boolean {
  if (units.length < 2) return false;
  const names = units.map((u) => new Set(u.evaluations.map((e) => headerKey(e.indicator.name))));
  const smallest = Math.min(...names.map((s) => s.size));
  if (smallest === 0) return false;
  const [first, ...rest] = names;
  // Every unit shares at least half of its indicators with the first unit, and the first at least half
  // of its own with every unit: a county sheet holding 6 of the city's 26 indicators is not a unit of
  // the same layout (adding it up would make a table of mostly one unit's figures).
  return rest.every(
    (s) => [...s].filter((n) => first.has(n)).length >= Math.ceil(Math.max(s.size, first.size) / 2),
  );
}

interface Group {
  key: string;
  members: { unit: string; evaluation: Evaluation }[];
  /** The units of its members. */
  units: Set<string>;
}

function groupIndicators(units: readonly UnitEvaluations[]): Group[] {
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  const byId = new Map<string, Group>();
  for (const u of units) {
    for (const e of u.evaluations) {
      const nameKey = headerKey(e.indicator.name);
      const idKey = e.indicator.id ? normalizeText(e.indicator.id) : null;
      let g = byName.get(nameKey);
      // Fall back to the id when the name is new but the id belongs to a group this unit has not joined.
      if (!g && idKey) {
        const candidate = byId.get(idKey);
        if (candidate && !candidate.units.has(u.name)) g = candidate;
      }
      if (!g || g.units.has(u.name)) {
        g = { key: nameKey, members: [], units: new Set() };
        groups.push(g);
        if (!byName.has(nameKey)) byName.set(nameKey, g);
        if (idKey && !byId.has(idKey)) byId.set(idKey, g);
      }
      g.members.push({ unit: u.name, evaluation: e });
      g.units.add(u.name);
    }
  }
  return groups;
}

function sum(values: readonly (number | null)[]): number | null {
  let s = 0;
  let any = false;
  for (const v of values) {
    if (v !== null && Number.isFinite(v)) {
      s += v;
      any = true;
    }
  }
  return any ? s : null;
}
function mean(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

type Base = Pick<
  ConsolidatedIndicator,
  'key' | 'id' | 'name' | 'category' | 'units' | 'missingIn' | 'unitsMeeting' | 'percent'
>;

/** A row without figures: a mismatch of units of measure, or a milestone. */
function noFigures(base: Base, unit: string | null, kind: 'milestone' | 'mismatch', status: Status) {
  return {
    ...base,
    unit,
    kind,
    target: null,
    actual: null,
    expected: null,
    completion: null,
    range: null,
    status,
  } satisfies ConsolidatedIndicator;
}

/** What a consolidated row is made from: the units' evaluations, those with data, and the rules. */
interface Figures {
  readonly base: Base;
  readonly unit: string | null;
  readonly evals: readonly Evaluation[];
  /** The evaluations with an actual and a target, and not invalid. */
  readonly withData: readonly Evaluation[];
  readonly direction: 'higher' | 'lower';
  readonly period: Period;
  readonly thresholds: Thresholds;
}

/** Counts: summed over the units that report data, so a unit without data does not pull the total down. */
function sumRow(f: Figures): ConsolidatedIndicator {
  const { base, unit, evals, withData, direction, period, thresholds } = f;
  if (evals.some((e) => e.status === 'invalid') || withData.length === 0) {
    const target = sum(evals.map((e) => e.target?.value ?? null));
    return {
      ...base,
      unit,
      kind: 'sum',
      target,
      actual: sum(withData.map((e) => e.actual?.value ?? null)),
      expected: null,
      completion: null,
      range: null,
      status: evals.some((e) => e.status === 'invalid') ? 'invalid' : 'no_data',
    };
  }
  const target = sum(withData.map((e) => e.target?.value ?? null)) as number;
  const actual = sum(withData.map((e) => e.actual?.value ?? null)) as number;
  const expected = sum(withData.map((e) => e.expected)) ?? target;
  return {
    ...base,
    unit,
    kind: 'sum',
    target,
    actual,
    expected,
    completion: target !== 0 ? actual / target : null,
    range: null,
    status: numericStatus(direction, actual, target, expected, period, thresholds),
  };
}

/**
 * Levels and percentages: no sum. The organisation-wide figure is the mean across units (each unit
 * weighted equally), shown with the range and the number of units meeting target.
 */
function levelRow(f: Figures): ConsolidatedIndicator {
  const { base, unit, evals, withData, direction, period, thresholds } = f;
  const actuals = withData.map((e) => e.actual?.value as number);
  const target = mean(withData.map((e) => e.target?.value ?? null));
  const actual = mean(actuals);
  const expected = mean(withData.map((e) => e.expected));
  const range = actuals.length ? { min: Math.min(...actuals), max: Math.max(...actuals) } : null;
  const status: Status = evals.some((e) => e.status === 'invalid')
    ? 'invalid'
    : actual === null || target === null
      ? 'no_data'
      : numericStatus(direction, actual, target, expected ?? target, period, thresholds);
  return {
    ...base,
    unit,
    kind: 'level',
    target,
    actual,
    expected,
    completion: actual !== null && target ? actual / target : null,
    range,
    status,
  };
}

function consolidateGroup(
  g: Group,
  allUnits: readonly string[],
  period: Period,
  thresholds: Thresholds,
  diagnostics: Diagnostic[],
): ConsolidatedIndicator {
  const first = g.members[0].evaluation;
  const units = g.members.map((m) => m.unit);
  const missingIn = allUnits.filter((u) => !g.units.has(u));
  const evals = g.members.map((m) => m.evaluation);
  const base: Base = {
    key: g.key,
    id: first.indicator.id,
    name: shownName(first.indicator),
    category: first.indicator.category,
    units,
    missingIn,
    unitsMeeting: evals.filter((e) => GOOD_STATUSES.includes(e.status)).length,
    percent: evals.some((e) => !!(e.target?.percent || e.actual?.percent)),
  };
  if (missingIn.length > 0) {
    diagnostics.push({
      file: first.indicator.file,
      sheet: first.indicator.sheet,
      cell: undefined,
      severity: 'warning',
      code: 'missing-in-units',
      params: { name: shownName(first.indicator), units: missingIn.join(', '), count: missingIn.length },
    });
  }
  const measureUnits = [
    ...new Set(evals.map((e) => (e.indicator.measureUnit ? normalizeText(e.indicator.measureUnit) : ''))),
  ];
  if (measureUnits.length > 1) {
    diagnostics.push({
      file: first.indicator.file,
      sheet: first.indicator.sheet,
      severity: 'error',
      code: 'unit-mismatch',
      params: { name: shownName(first.indicator), units: measureUnits.filter((u) => u).join(' / ') },
    });
    return noFigures(base, null, 'mismatch', 'invalid');
  }
  const unit = first.indicator.measureUnit;
  if (first.direction === 'milestone' || evals.some((e) => e.direction === 'milestone')) {
    const worst = WORST_FIRST.find((s) => evals.some((e) => e.status === s)) ?? 'no_data';
    return noFigures(base, unit, 'milestone', worst);
  }
  const figures: Figures = {
    base,
    unit,
    evals,
    withData: evals.filter((e) => e.actual !== null && e.target !== null && e.status !== 'invalid'),
    direction: first.direction === 'lower' ? 'lower' : 'higher',
    period,
    thresholds,
  };
  const row = first.aggregation === 'sum' ? sumRow(figures) : levelRow(figures);
  return withinRange(row, first, diagnostics);
}

/** A row whose sum across units passes what a double holds: no figures, invalid, and said so. */
function withinRange(
  row: ConsolidatedIndicator,
  first: Evaluation,
  diagnostics: Diagnostic[],
): ConsolidatedIndicator {
  const figures = [row.target, row.actual, row.expected];
  if (figures.every((x) => x === null || Number.isFinite(x))) return row;
  diagnostics.push({
    file: first.indicator.file,
    sheet: first.indicator.sheet,
    severity: 'error',
    code: 'sum-too-large',
    params: { name: shownName(first.indicator) },
  });
  return { ...row, target: null, actual: null, expected: null, completion: null, status: 'invalid' };
}

export function consolidateUnits(
  units: readonly UnitEvaluations[],
  period: Period,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Consolidation {
  const diagnostics: Diagnostic[] = [];
  const allUnits = units.map((u) => u.name);
  const consolidated = groupIndicators(units).map((g) =>
    consolidateGroup(g, allUnits, period, thresholds, diagnostics),
  );
  return { consolidated, units: summarizeUnits(units), diagnostics };
}
