/**
 * Tables that give each indicator a row of targets and a row of results under the same period columns
 * (Indicator | Target / Actual | Q1 … Q4 | Annual; 指标 | 计划 / 完成 | 1月 … 6月 | 全年): the column
 * that says which row is which, the column of the year's figure, and whether the targets of the periods
 * are each period's own (50 a quarter, 200 a year) or totals to date (1200, 2500, 3750 of 5000).
 */
import type { CellValue, Grid } from '../model';
import { normalizeText } from '../core/normalize';
import { toHans } from '../core/hans';

export type RowRole = 'target' | 'actual';

const TARGET_WORD =
  /^(?:targets?|plan(?:ned)?|budget|goal|profile|目标|目标值|目标数|计划|计划数|计划值|年度目标|任务|任务数|预算|预算数)$/i;
const ACTUAL_WORD =
  /^(?:actuals?|outturn|performance|results?|achieved|achievement|delivered|完成|完成数|完成值|实际|实际完成|实际数|实绩|执行|执行数)$/i;

/** The kind a row's label names: Target / 计划, Actual / 完成; null for any other text. */
export function rowKindOf(v: CellValue | undefined): RowRole | null {
  if (typeof v !== 'string') return null;
  const t = toHans(normalizeText(v))
    .replace(/[\s:：()（）]/g, '')
    .trim();
  if (TARGET_WORD.test(t)) return 'target';
  if (ACTUAL_WORD.test(t)) return 'actual';
  return null;
}

/**
 * The column whose texts name each row's kind, of the columns given: nearly all its filled cells are
 * Target / Actual words, and both kinds are there.
 */
export function rowKindColumn(grid: Grid, cols: readonly number[], from: number, to: number): number {
  for (const c of cols) {
    let filled = 0;
    let targets = 0;
    let actuals = 0;
    for (let r = from; r < to; r++) {
      const v = grid.values[r]?.[c];
      if (v === null || v === undefined || v === '') continue;
      filled++;
      const k = rowKindOf(v);
      if (k === 'target') targets++;
      else if (k === 'actual') actuals++;
    }
    if (targets >= 1 && actuals >= 1 && targets + actuals >= filled * 0.9) return c;
  }
  return -1;
}

/** A heading for the year's figure beside the periods: Annual, Full year, Total, YTD, 全年, 合计, 累计. */
export const YEAR_FIGURE_HEADING =
  /^(?:annual|year|full[\s-]*year|total|ytd|year[\s-]*to[\s-]*date|cumulative|全年|全年合计|全年累计|年度|合计|累计|总计)$/i;

/**
 * How a row of period targets adds up to the year's target: each period's own (their sum is the year's,
 * or they stay under it period by period: 50 a quarter of 200), totals to date (they rise to the year's:
 * 1200, 2500, 3750 of 5000), or one level for every period (95% each quarter).
 */
export function planShape(
  values: readonly (number | null)[],
  year: number | null,
): 'own' | 'to-date' | 'level' | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (v.length < 2) return null;
  const sum = v.reduce((s, x) => s + x, 0);
  const all = v.length === values.length;
  if (year !== null && year > 0 && all && Math.abs(sum - year) <= year * 0.01) return 'own';
  const rising = v.every((x, i) => i === 0 || x >= v[i - 1]);
  if (rising && v[0] > 0 && v[v.length - 1] >= v[0] * Math.max(1.5, 0.6 * v.length)) return 'to-date';
  if (v.every((x) => x === v[0]) && (year === null || year === v[0])) return 'level';
  if (year !== null && year > 0 && sum <= year * 1.01) return 'own';
  return 'level';
}
