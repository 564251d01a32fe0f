/**
 * The charts as data, without words: the one palette, the average completion per category, the
 * indicators the attention chart shows (actual and pace target as shares of the annual target, so that
 * indicators in different units share one axis) and the rounding of chart values.
 */
import type { Evaluation, SeriesKey } from '../model';
import { finite } from '../core/numbers';
import { firstInOrder } from '../core/order';
import { lagOf } from '../evaluate/gaps';

/** The chart palette (Excel's default series colours), in the order a chart's series take them. */
export const CHART_PALETTE: readonly string[] = [
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
  '264478',
  '9E480E',
];

/** The colour of each kind of series, from the palette. */
export const CHART_COLORS: Readonly<Record<SeriesKey, string>> = {
  completion: CHART_PALETTE[0],
  actual: CHART_PALETTE[1],
  pace: CHART_PALETTE[2],
  count: CHART_PALETTE[4],
  share: CHART_PALETTE[0],
  behind: 'C00000',
  ahead: '00B050',
};

/** At most this many indicators in the attention chart. */
export const ATTENTION_CHART_LIMIT = 15;
/** Longest chart category, in characters: beyond it a name is shortened with "…". */
const CHART_LABEL_MAX = 24;

/** A value as a chart holds it: four decimals (a figure too large for any decimals stays as it is). */
export function chartValue(v: number): number {
  return Math.abs(v) >= 1e15 ? v : Math.round(v * 10000) / 10000;
}

/**
 * An indicator's name as a chart category: at most `max` characters (24 unless said), else shortened
 * with "…" at a word boundary — after a space, a comma or an enumeration mark in its second half — or,
 * without one, after max - 1 characters.
 */
export function chartLabel(name: string, max = CHART_LABEL_MAX): string {
  const chars = [...name.trim()];
  if (chars.length <= max) return chars.join('');
  let cut = max - 1;
  for (let i = max - 1; i >= Math.ceil(max / 2); i--) {
    if (/[\s、，,；;]/.test(chars[i - 1]) || /\s/.test(chars[i])) {
      cut = i;
      break;
    }
  }
  return `${chars
    .slice(0, cut)
    .join('')
    .replace(/[\s、，,；;]+$/, '')}…`;
}

/**
 * An indicator with its organisation as a chart category (`withOrg` writes them together): the name
 * shortened (chartLabel) so that the whole stays within the longest category, the organisation whole —
 * it tells two rows of the same name apart.
 */
export function chartLabelWithOrg(
  name: string,
  org: string,
  withOrg: (n: string, o: string) => string,
): string {
  const full = withOrg(name.trim(), org);
  const over = [...full].length - CHART_LABEL_MAX;
  if (over <= 0) return full;
  const budget = Math.max(2, [...name.trim()].length - over);
  return withOrg(chartLabel(name, budget), org);
}

/** True when no indicator has a category (the chart's one bar is then "all indicators"). */
export function allUncategorised(evaluations: readonly Evaluation[]): boolean {
  return evaluations.every((e) => !e.indicator.category);
}

/**
 * The pace line of the completion chart: the share of the year the period demands (Q3 → 0.75), as the
 * chart holds it.
 */
export function paceLineValue(elapsed: number): number {
  return chartValue(elapsed);
}

/**
 * Average completion of the higher-is-better indicators with a completion, per category in sheet order;
 * the uncategorised under `noCategory`. Categories without such an indicator are left out.
 */
export function completionByCategory(
  evaluations: readonly Evaluation[],
  noCategory: string,
): { label: string; value: number }[] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i];
    const label = e.indicator.category?.trim() || noCategory;
    if (!groups.has(label)) groups.set(label, []);
    if (e.direction === 'higher' && finite(e.completion)) groups.get(label)?.push(e.completion);
  }
  return [...groups.entries()]
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => ({
      label,
      value: chartValue(values.reduce((s, v) => s + v, 0) / values.length),
    }));
}

/** The indicators the attention chart shows: numeric, with a target above 0, an actual and a pace target. */
export function attentionChartItems(ordered: readonly Evaluation[]): Evaluation[] {
  return ordered
    .filter((e) => {
      const t = e.target?.value;
      return (
        e.direction !== 'milestone' && finite(t) && t > 0 && finite(e.actual?.value) && finite(e.expected)
      );
    })
    .slice(0, ATTENTION_CHART_LIMIT);
}

/** One bar of the variance chart: an indicator and its gap to the pace target (below 0 behind). */
export interface PaceGapItem {
  readonly e: Evaluation;
  readonly gap: number;
}

/**
 * The variance chart's bars: the indicators needing attention with a gap to the pace target (the one rule
 * of evaluate/gaps.ts, as a share of the annual target, negative when behind), most behind first, at most
 * ATTENTION_CHART_LIMIT; equal gaps keep the attention order.
 */
export function paceGapItems(ordered: readonly Evaluation[]): PaceGapItem[] {
  const items: PaceGapItem[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const e = ordered[i];
    const lag = lagOf(e);
    if (lag !== null) items.push({ e, gap: chartValue(-lag) });
  }
  return firstInOrder(items, (a, b) => a.gap - b.gap, ATTENTION_CHART_LIMIT);
}
