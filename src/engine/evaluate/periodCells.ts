/**
 * Which cells a period covers, and the pace target standing for it:
 * - quarter sheet: Q1…Qn for a quarter, all four for FY; for a month Mm only the quarters fully elapsed
 *   by the end of that month (M7 → Q1, Q2), with an info diagnostic; before the end of March nothing
 *   has elapsed, so the indicator has no data;
 * - month sheet: M1…Mm for a month, M1…M(3q) for a quarter, all twelve for FY;
 * - cumulative column: the cell itself whatever the period.
 * Expected E follows the same effective period, so A and E always cover the same span.
 */
import type { Aggregation, Period, Quantity, SourceCell } from '../model';
import { cleanNumber, scaleByPowerOfTen } from '../core/numbers';
import { periodCode } from '../core/period';
import { parseCell } from '../core/quantity';
import { addDiagnostic, unreadableDiagnostic, type Context } from './context';

const QUARTER_LABELS = ['Q1', 'Q2', 'Q3', 'Q4'];
const MONTH_LABELS = Array.from({ length: 12 }, (_, i) => `M${i + 1}`);

/** The actual cells a period covers: `labels[i]` names `cells[i]` (Q2, M5) in diagnostics. */
export interface PeriodCells {
  readonly cells: readonly (SourceCell | null)[];
  readonly labels: readonly string[];
}

const NO_CELLS: PeriodCells = { cells: [], labels: [] };

/** The first `n` of a row's quarter or month cells (the row's own array when it is all of them). */
function firstCells(
  cells: readonly (SourceCell | null)[],
  n: number,
  labels: readonly string[],
): PeriodCells {
  if (cells.length === n) return { cells, labels };
  // A plain loop: Array.from with a mapping function is several times slower, once per indicator.
  const first: (SourceCell | null)[] = new Array(n);
  for (let i = 0; i < n; i++) first[i] = cells[i] ?? null;
  return { cells: first, labels };
}

/** The actual cells a period covers, with labels (Q2, M5) for diagnostics, and the period they amount to. */
export function cellsThrough(ctx: Context, period: Period): { cells: PeriodCells; effective: Period | null } {
  const a = ctx.indicator.actuals;
  switch (a.kind) {
    case 'quarters': {
      let n: number;
      let effective: Period | null;
      if (period.kind === 'year') {
        n = 4;
        effective = period;
      } else if (period.kind === 'quarter') {
        n = period.quarter;
        effective = period;
      } else {
        n = Math.floor(period.month / 3);
        effective = n > 0 ? { kind: 'quarter', quarter: n as 1 | 2 | 3 | 4 } : null;
        if (period.month % 3 !== 0) {
          addDiagnostic(ctx, null, 'info', 'period-not-in-sheet', {
            period: periodCode(period),
            ...(effective ? { used: periodCode(effective) } : {}),
          });
        }
      }
      return { cells: firstCells(a.cells, n, QUARTER_LABELS), effective };
    }
    case 'months': {
      const n = period.kind === 'year' ? 12 : period.kind === 'quarter' ? period.quarter * 3 : period.month;
      return { cells: firstCells(a.cells, n, MONTH_LABELS), effective: period };
    }
    case 'cumulative':
      return { cells: { cells: [a.cell], labels: [periodCode(period)] }, effective: period };
    case 'none':
      return { cells: NO_CELLS, effective: period };
  }
}

/** Of two readings of the same figure, the one nearer the target in orders of magnitude (the second on a tie). */
function nearer(target: number, a: number, b: number): number {
  const t = Math.abs(target);
  if (t === 0 || a === 0 || b === 0) return b;
  const distance = (x: number): number => Math.abs(Math.log10(Math.abs(x) / t));
  return distance(a) < distance(b) ? a : b;
}

/**
 * Brings a value to the target's scale when one is written as a percentage and the other is not:
 * target 95% (0.95) with an actual written 93 → 0.93; target 95 in a % column with an actual "93%" → 93.
 * A plain number up to 1.5 next to a percentage target is taken as a fraction already (0.93 = 93 %).
 * A percentage next to a plain target takes the reading nearer the target: "92%" against 0.95 is 0.92
 * (the target is a fraction); against 95 it is 92; against 1 in a % column (1 %), "0.8%" is 0.8.
 */
export function alignToTarget(q: Quantity, target: Quantity | null, unitIsPercent: boolean): number {
  if (!target || q.percent === target.percent) return q.value;
  if (target.percent && !q.percent) return Math.abs(q.value) > 1.5 ? scaleByPowerOfTen(q.value, -2) : q.value;
  if (!target.percent && q.percent && (unitIsPercent || Math.abs(target.value) > 1.5)) {
    const scaled = scaleByPowerOfTen(q.value, 2);
    return nearer(target.value, q.value, scaled);
  }
  return q.value;
}

/** The cumulative quarterly milestone target standing for the period, when the sheet has one. */
export function milestoneExpected(
  ctx: Context,
  effective: Period,
  aggregation: Aggregation,
  target: Quantity | null,
  unitIsPercent: boolean,
): number | null {
  const ms = ctx.indicator.milestoneTargets;
  if (!ms) return null;
  const read = (index: number): number | null => {
    const cell = ms[index] ?? null;
    if (!cell) return null;
    const parsed = parseCell(cell.value, cell.format);
    if (parsed.kind === 'number') return alignToTarget(parsed.quantity, target, unitIsPercent);
    if (parsed.kind !== 'empty') unreadableDiagnostic(ctx, cell, parsed, 'warning');
    return null;
  };
  if (effective.kind === 'year') return read(3);
  if (effective.kind === 'quarter') return read(effective.quarter - 1);
  const q = Math.ceil(effective.month / 3);
  const current = read(q - 1);
  if (current === null || effective.month % 3 === 0 || aggregation !== 'sum') return current;
  // Inside a quarter, a cumulative milestone is reached month by month: interpolate from the previous one.
  const previous = q === 1 ? 0 : read(q - 2);
  if (previous === null) return null;
  const monthsIn = effective.month - 3 * (q - 1);
  return cleanNumber(previous + ((current - previous) * monthsIn) / 3);
}

/**
 * Quarter figures that are totals to date, not each quarter's own: with the quarters' own targets, which
 * are totals to date (一季度 1200, 二季度 2500, 三季度 3750 of 5000), figures that follow those targets more
 * closely as they stand (1300, 2600, 3600) than added up (1300, 3900, 7500) (standAsTotals). `values[i]`
 * is the figure of quarter `quarters[i]` (0-based), aligned to the target.
 */
export function quartersToDate(
  ctx: Context,
  quarters: readonly number[],
  values: readonly number[],
  target: Quantity | null,
  unitIsPercent: boolean,
): boolean {
  const ms = ctx.indicator.milestoneTargets;
  if (!ms || ctx.indicator.actuals.kind !== 'quarters' || values.length < 2) return false;
  const due: number[] = [];
  for (const q of quarters) {
    const cell = ms[q] ?? null;
    const parsed = cell ? parseCell(cell.value, cell.format) : null;
    if (!parsed || parsed.kind !== 'number') return false;
    due.push(alignToTarget(parsed.quantity, target, unitIsPercent));
  }
  return standAsTotals(values, due);
}

/**
 * Figures of successive periods that stand as totals to date rather than each period's own: none falls,
 * and they follow what is due by each period more closely as they stand than added up. `due[i]`: the
 * figure due by the period of `values[i]`.
 */
export function standAsTotals(values: readonly number[], due: readonly number[]): boolean {
  if (values.length < 2) return false;
  let asItStands = 0;
  let addedUp = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const m = due[i];
    if (!(v > 0) || (i > 0 && v < values[i - 1]) || !(m > 0)) return false;
    sum += v;
    asItStands += Math.abs(Math.log(v / m));
    addedUp += Math.abs(Math.log(sum / m));
  }
  return asItStands < addedUp;
}

/**
 * Period figures that are totals to date where nothing but the year's target says what is due: three or
 * more, each a step up, that rise as a running total does (the last at least 1.5 times the first, and
 * more over more periods: 45, 95, 150, 205 by month), and stand nearer the straight line to the target
 * (50, 100, 150, 200 of 600) than added up. A period's own figures that merely grow (100, 110, 121) or
 * run level stay added up. `periods[i]`: the period (1-based, in the organisation's year) of `values[i]`,
 * of `perYear` in a year.
 */
export function totalsOnTheLine(
  values: readonly number[],
  periods: readonly number[],
  perYear: number,
  target: number,
): boolean {
  const n = values.length;
  if (n < 3 || !(target > 0) || !(periods[0] > 0)) return false;
  const span = periods[n - 1] / periods[0];
  if (!(values[n - 1] >= values[0] * Math.max(1.5, 0.6 * span))) return false;
  const due = periods.map((p) => (target * p) / perYear);
  // Each a step up, and each as it stands near the line (from 0.4 to 2.5 times what is due): else the
  // two readings are too far from it to choose between, and the figures stay each period's own.
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if ((i > 0 && !(v > values[i - 1])) || !(v >= due[i] * 0.4 && v <= due[i] * 2.5)) return false;
  }
  return standAsTotals(values, due);
}
