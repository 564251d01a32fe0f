/**
 * Rows that add up the rows above them ("Total Revenues", "All Taxes", 合计收入): a table's totals are
 * not indicators of their own (the bare words Total, 合计 are told by their name alone, labels.ts). A
 * longer name is a total only when its figure is the sum of the rows above it — since the last total, of
 * every row so far, or of its first or last rows (GoU Total over three of the four rows above) — so "All complaints
 * answered within 10 days" stays an indicator.
 */
import type { Indicator, SourceCell } from '../model';
import { parseCell } from '../core/quantity';

/**
 * A name that may head a sum: Total …, Grand total …, All …, Overall …, 合计…, 总计…, 小计…, or end one
 * (GoU Total, A.I.A Total: the rows of a part added up).
 */
const SUM_NAME =
  /^(?:(?:grand\s+|sub-?)?totals?|all|overall)\b|^(?:合计|总计|小计|合計|總計|小計)|\S\s+(?:sub-?)?totals?$/i;

/** How many rows a total's first or last rows added up may reach over (see runSums). */
const RUN_REACH = 200;

/** Published sums are rounded: a figure within half a percent of the sum is the sum. */
function sameSum(value: number, sum: number): boolean {
  return Math.abs(value - sum) <= Math.max(1e-9, Math.abs(sum) * 0.005);
}

/** The row's figure a sum is checked on: its target, else its result to date. */
function figureOf(ind: Indicator): number | null {
  const cell: SourceCell | null = ind.target ?? (ind.actuals.kind === 'cumulative' ? ind.actuals.cell : null);
  if (!cell) return null;
  const parsed = parseCell(cell.value, cell.format);
  return parsed.kind === 'number' && !parsed.quantity.percent ? parsed.quantity.value : null;
}

/** The indicators without the rows that add up the rows above them. */
export function withoutSumRows(indicators: readonly Indicator[]): readonly Indicator[] {
  if (!indicators.some((ind) => SUM_NAME.test(ind.name.trim()))) return indicators;
  const kept: Indicator[] = [];
  let sinceTotal = 0;
  let countSince = 0;
  let all = 0;
  let count = 0;
  // The figures of the rows kept since the last total, in order.
  let since: number[] = [];
  for (const ind of indicators) {
    const value = figureOf(ind);
    if (SUM_NAME.test(ind.name.trim()) && value !== null) {
      const sums =
        (countSince >= 2 && sameSum(value, sinceTotal)) ||
        (count >= 2 && sameSum(value, all)) ||
        runSums(since, value);
      if (sums) {
        sinceTotal = 0;
        countSince = 0;
        since = [];
        continue;
      }
    }
    kept.push(ind);
    if (value !== null) {
      sinceTotal += value;
      countSince++;
      all += value;
      count++;
      since.push(value);
    }
  }
  return kept;
}

/**
 * Whether `value` is the sum of the first rows since the last total, two or more (GoU Total over Wage,
 * Non Wage and GoU, not the Ext. Fin. below them), or of the last ones right above it; at most RUN_REACH
 * rows either way. (Any run at all would find sums by chance: 92.5 + 57.2 two measures apart.)
 */
function runSums(figures: readonly number[], value: number): boolean {
  const n = Math.min(figures.length, RUN_REACH);
  let first = 0;
  let last = 0;
  for (let k = 0; k < n; k++) {
    first += figures[k];
    last += figures[figures.length - 1 - k];
    if (k >= 1 && (sameSum(value, first) || sameSum(value, last))) return true;
  }
  return false;
}
