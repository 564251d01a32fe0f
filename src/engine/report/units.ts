/**
 * Several units in one report, as facts: units ranked best first with their shares, the statuses the
 * comparison shows, the consolidated rows behind pace, reported by only some units or with disagreeing
 * units of measure, what is behind in each unit, and the JSON addition. Lists to name are cut at
 * UNIT_NAMES_LIMIT (NOTE_UNITS_LIMIT for the units a table note names).
 */
import {
  ATTENTION_ORDER,
  BEHIND_STATUSES,
  STATUSES,
  type ConsolidatedIndicator,
  type Consolidation,
  type Evaluation,
  type Status,
  type UnitEvaluations,
  type UnitSummary,
} from '../model';
import { cleanValue, finite } from '../core/numbers';
import { cleanText } from '../core/text';

/** At most this many unit names in a table note ("缺：A、B、C等12个单位"). */
export const NOTE_UNITS_LIMIT = 5;
/** At most this many indicator names per list in the units' paragraphs. */
export const UNIT_NAMES_LIMIT = 5;

/** Names to list: the first ones, and how many there are in all. */
export interface NameCut {
  readonly names: readonly string[];
  readonly total: number;
}

export function cutNames(names: readonly string[], limit: number): NameCut {
  return { names: names.length > limit ? names.slice(0, limit) : names, total: names.length };
}

export function rankedUnits(units: readonly UnitSummary[]): UnitSummary[] {
  return [...units].sort((a, b) => a.rank - b.rank);
}

/**
 * At most this many units in the units-ranking chart: beyond it the chart shows the best and the weakest
 * half of it (a bar per unit of a thousand units is unreadable; the units table still lists every one).
 */
export const UNITS_CHART_LIMIT = 30;

/** The ranked units the chart shows: all of them, or the best and the weakest when there are too many. */
export function chartedUnits(ranked: readonly UnitSummary[]): {
  readonly units: readonly UnitSummary[];
  readonly cut: { readonly best: number; readonly weakest: number } | null;
} {
  if (ranked.length <= UNITS_CHART_LIMIT) return { units: ranked, cut: null };
  const best = Math.ceil(UNITS_CHART_LIMIT / 2);
  const weakest = UNITS_CHART_LIMIT - best;
  return { units: [...ranked.slice(0, best), ...ranked.slice(-weakest)], cut: { best, weakest } };
}

export function shareOf(u: UnitSummary): number {
  return finite(u.onPaceShare) ? u.onPaceShare : 0;
}

/** Statuses shown as columns: the five main ones always; not rated, no data, invalid only when some unit has them. */
export function statusColumns(units: readonly UnitSummary[]): Status[] {
  return STATUSES.filter(
    (s) => !['not_rated', 'no_data', 'invalid'].includes(s) || units.some((u) => (u.byStatus[s] ?? 0) > 0),
  );
}

/** How many rows per status. */
export function countsOf(rows: readonly { status: Status }[]): Record<Status, number> {
  const by = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of rows) by[r.status] = (by[r.status] ?? 0) + 1;
  return by;
}

/** The units of measure that disagree for a consolidated row (from its unit-mismatch diagnostic). */
export function mismatchUnits(c: Consolidation, row: ConsolidatedIndicator): string[] {
  const d = c.diagnostics.find((x) => x.code === 'unit-mismatch' && x.params?.name === row.name);
  const units = d?.params?.units;
  if (typeof units !== 'string') return [];
  return units
    .split('/')
    .map((u) => cleanText(u))
    .filter((u) => u !== '');
}

/** The units by name (the first of a name, where two share one). */
export function unitsByName(units: readonly UnitEvaluations[] | undefined): Map<string, UnitEvaluations> {
  const out = new Map<string, UnitEvaluations>();
  for (const u of units ?? []) if (!out.has(u.name)) out.set(u.name, u);
  return out;
}

/** A unit's indicators behind pace, at risk or missed, the most urgent first (missed, at risk, behind). */
export function behindInUnit(u: UnitEvaluations | undefined): Evaluation[] {
  if (!u) return [];
  return u.evaluations
    .filter((e) => BEHIND_STATUSES.includes(e.status))
    .sort((a, b) => ATTENTION_ORDER.indexOf(a.status) - ATTENTION_ORDER.indexOf(b.status));
}

// ───────────────────────────── JSON ─────────────────────────────

export interface ConsolidatedJson {
  readonly key: string;
  readonly name: string;
  readonly unit: string | null;
  /** Sheet or file names of the units that report the indicator. */
  readonly units: readonly string[];
  readonly target: number | null;
  readonly actual: number | null;
  readonly expected: number | null;
  readonly status: Status;
  /** Present when some units do not report the indicator. */
  readonly missingIn?: readonly string[];
  /** Present for levels and percentages: lowest and highest actual across units. */
  readonly range?: { readonly min: number; readonly max: number };
}

export interface UnitJson {
  readonly name: string;
  readonly byStatus: Readonly<Record<Status, number>>;
  /** 0..1, four decimals. */
  readonly onPaceShare: number;
}

function jsonNumber(x: number | null | undefined): number | null {
  return finite(x) ? cleanValue(x) : null;
}

/** The JSON contract addition: `consolidated` and `units` (units best first). */
export function consolidatedJson(c: Consolidation): {
  consolidated: ConsolidatedJson[];
  units: UnitJson[];
} {
  const consolidated = c.consolidated.map((r): ConsolidatedJson => {
    const min = jsonNumber(r.range?.min);
    const max = jsonNumber(r.range?.max);
    return {
      key: r.key,
      name: r.name,
      unit: r.unit && r.unit.trim() !== '' ? r.unit : null,
      units: [...r.units],
      target: jsonNumber(r.target),
      actual: jsonNumber(r.actual),
      expected: jsonNumber(r.expected),
      status: r.status,
      ...(r.missingIn.length > 0 ? { missingIn: [...r.missingIn] } : {}),
      ...(min !== null && max !== null ? { range: { min, max } } : {}),
    };
  });
  const units = rankedUnits(c.units).map((u): UnitJson => ({
    name: u.name,
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, u.byStatus[s] ?? 0])) as Record<Status, number>,
    onPaceShare: Math.round(shareOf(u) * 10000) / 10000,
  }));
  return { consolidated, units };
}
