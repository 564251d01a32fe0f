/** The charts in words: titles, category labels, series names and axis titles from the language pack. */
import {
  STATUSES,
  type ChartKey,
  type ChartSpec,
  type CompletionTrend,
  type Evaluation,
  type Lang,
  type Period,
  type SeriesKey,
} from '../model';
import { finite } from '../core/numbers';
import { elapsedFraction } from '../core/period';
import { cleanCategory, shownName, withoutListNumber, withoutNoteMarks } from '../core/text';
import { rankAttention } from '../evaluate/gaps';
import { localeFor } from '../locale';
import type { Locale } from '../locale/types';
import {
  allUncategorised,
  attentionChartItems,
  CHART_COLORS,
  CHART_PALETTE,
  chartLabel,
  chartLabelWithOrg,
  chartValue,
  completionByCategory,
  paceGapItems,
  paceLineValue,
} from '../report/charts';
import { orgNames, type OrgNames } from '../report/tables';
import { countStatuses } from '../report/counts';
import { categoryLabel, periodCodeLabel } from './changes';

/** A chart whose series are of the known kinds: its words and the series' names and colours by kind. */
export function keyedChart(
  L: Locale,
  id: ChartKey,
  type: ChartSpec['type'],
  categories: readonly string[],
  series: readonly { readonly key: SeriesKey; readonly values: readonly (number | null)[] }[],
  options: {
    readonly referenceLine: ChartSpec['referenceLine'] | null;
    readonly percentAxis: boolean;
    readonly overlap?: boolean;
  },
): ChartSpec {
  const words = L.report.charts[id];
  return {
    id,
    type,
    title: words.title,
    categories,
    series: series.map((s) => ({
      name: L.report.seriesNames[s.key],
      values: s.values,
      color: CHART_COLORS[s.key],
    })),
    ...(options.referenceLine ? { referenceLine: options.referenceLine } : {}),
    valueAxisTitle: words.valueAxisTitle,
    percentAxis: options.percentAxis,
    ...(options.overlap ? { overlap: true } : {}),
  };
}

/** An indicator as a chart category: its name, with its organisation where the report has several. */
function chartName(e: Evaluation, orgs: OrgNames | null, L: Locale): string {
  const org = orgs?.get(e);
  const name = withoutListNumber(withoutNoteMarks(shownName(e.indicator)));
  return org ? chartLabelWithOrg(name, org, L.report.nameWithOrg) : chartLabel(name);
}

/** Up to this many items a count's axis steps by one. */
const FEW_ITEMS = 5;

/** Average completion per category against the pace line of the period (序时进度75% at Q3). */
function completionChart(evaluations: readonly Evaluation[], period: Period, L: Locale): ChartSpec | null {
  const none = allUncategorised(evaluations) ? L.report.chartAllIndicators : L.report.chartOtherIndicators;
  const byCategory = completionByCategory(evaluations, none);
  if (byCategory.length === 0) return null;
  const pace = paceLineValue(elapsedFraction(period));
  const referenceLine = { value: pace, label: L.report.paceLine(L.format.percent(pace, 0)) };
  const values = byCategory.map((c) => c.value);
  const categories = byCategory.map((c) => c.label);
  // Over one category a line has one point and no length: the pace is a bar beside the completion.
  if (byCategory.length === 1) {
    const series = [
      { key: 'completion' as const, values },
      { key: 'pace' as const, values: [chartValue(pace)] },
    ];
    return keyedChart(L, 'completion-by-category', 'bar', categories, series, {
      referenceLine: null,
      percentAxis: true,
    });
  }
  return keyedChart(L, 'completion-by-category', 'bar', categories, [{ key: 'completion', values }], {
    referenceLine,
    percentAxis: true,
  });
}

/**
 * The variance chart: for the indicators needing attention, the gap to the pace target as a share of the
 * annual target, bars left (behind, red) or right (ahead, green) of zero, most behind first, each labelled.
 */
function paceGapChart(ordered: readonly Evaluation[], orgs: OrgNames | null, L: Locale): ChartSpec | null {
  const items = paceGapItems(ordered);
  if (items.length === 0) return null;
  const series = [
    { key: 'behind' as const, values: items.map((x) => (x.gap < 0 ? x.gap : null)) },
    { key: 'ahead' as const, values: items.map((x) => (x.gap >= 0 ? x.gap : null)) },
  ].filter((s) => s.values.some((v) => v !== null));
  const names = items.map((x) => chartName(x.e, orgs, L));
  return keyedChart(L, 'pace-gap', 'bar', names, series, {
    referenceLine: null,
    percentAxis: true,
    overlap: true,
  });
}

/**
 * The charts: completion by category (bar, against the pace line of the period), the indicators needing
 * attention (actual to date against the pace target, both as a share of the annual target; the furthest
 * behind first, at most 15), the gap of each to the pace target (the variance chart) and the count per
 * status (column, statuses that occur). A chart with nothing to show is left out. `attentionOrder`: the
 * indicators needing attention, already in the attention order.
 */
export function buildChartSpecs(
  evaluations: readonly Evaluation[],
  lang: Lang,
  attentionOrder: readonly Evaluation[] | null,
  period: Period,
  orgs: OrgNames | null = orgNames(evaluations),
): ChartSpec[] {
  const L = localeFor(lang);
  const charts: ChartSpec[] = [];
  const completion = completionChart(evaluations, period, L);
  if (completion) charts.push(completion);
  const ordered = attentionOrder ?? rankAttention(evaluations).map((r) => r.e);
  const attention = attentionChartItems(ordered);
  if (attention.length > 0) {
    const share = (v: number, t: number): number => chartValue(v / t);
    const series = [
      {
        key: 'actual' as const,
        values: attention.map((e) => share(e.actual?.value ?? 0, e.target?.value ?? 1)),
      },
      { key: 'pace' as const, values: attention.map((e) => share(e.expected ?? 0, e.target?.value ?? 1)) },
    ];
    const names = attention.map((e) => chartName(e, orgs, L));
    charts.push(keyedChart(L, 'attention', 'bar', names, series, { referenceLine: null, percentAxis: true }));
  }
  const gaps = paceGapChart(ordered, orgs, L);
  if (gaps) charts.push(gaps);
  const counts = countStatuses(evaluations);
  const present = STATUSES.filter((s) => counts.byStatus[s] > 0);
  if (present.length > 0) {
    const labels = present.map((s) => L.format.status[s]);
    const values = present.map((s) => counts.byStatus[s]);
    const chart = keyedChart(L, 'status-count', 'column', labels, [{ key: 'count', values }], {
      referenceLine: null,
      percentAxis: false,
    });
    // A few items: the axis counts them one by one (0, 1, 2, 3), not by halves.
    charts.push(Math.max(...values) <= FEW_ITEMS ? { ...chart, valueStep: 1 } : chart);
  }
  return charts;
}

/**
 * Average completion per category over the check-ins: a line chart, one series per category, the
 * periods as categories, a percent axis with the 100 % line. Null with fewer than two check-ins or when
 * no category has a value.
 */
export function trendChartSpec(trend: CompletionTrend, lang: Lang, yearStart?: number): ChartSpec | null {
  if (trend.periods.length < 2) return null;
  const L = localeFor(lang);
  const words = L.report.charts['completion-trend'];
  const anyCategory = trend.categories.some((c) => cleanCategory(c) !== '');
  const series = trend.categories
    .map((c, i) => ({
      name: categoryLabel(c, anyCategory, L),
      values: trend.periods.map((_p, j) => {
        const v = trend.values[i]?.[j];
        return finite(v) ? chartValue(v) : null;
      }),
    }))
    .filter((s) => s.values.some((v) => v !== null))
    .map((s, i) => ({ ...s, color: CHART_PALETTE[i % CHART_PALETTE.length] }));
  if (series.length === 0) return null;
  return {
    id: 'completion-trend',
    type: 'line',
    title: words.title,
    categories: trend.periods.map((p) => periodCodeLabel(p, lang, yearStart)),
    series,
    referenceLine: { value: 1, label: '100%' },
    valueAxisTitle: words.valueAxisTitle,
    percentAxis: true,
  };
}
