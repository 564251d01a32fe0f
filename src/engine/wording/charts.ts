/** The charts in words: titles, category labels, series names and axis titles from the language pack. */
import { STATUSES, type ChartSpec, type CompletionTrend, type Evaluation, type Lang } from '../model';
import { finite } from '../core/numbers';
import { cleanCategory } from '../core/text';
import { rankAttention } from '../evaluate/gaps';
import { localeFor } from '../locale';
import {
  allUncategorised,
  attentionChartItems,
  CHART_COLORS,
  CHART_PALETTE,
  chartLabel,
  chartValue,
  completionByCategory,
} from '../report/charts';
import { countStatuses } from '../report/counts';
import { categoryLabel, periodCodeLabel } from './changes';

/**
 * The three charts: completion by category (bar, with the 100 % line), the indicators needing attention
 * (actual to date against the pace target, both as a share of the annual target; the furthest behind
 * first, at most 15) and the count per status (column, statuses that occur). A chart with nothing to show
 * is left out. `attentionOrder`: the indicators needing attention, already in the attention order.
 */
export function buildChartSpecs(
  evaluations: readonly Evaluation[],
  lang: Lang,
  attentionOrder: readonly Evaluation[] | null = null,
): ChartSpec[] {
  const L = localeFor(lang);
  const R = L.report;
  const charts: ChartSpec[] = [];

  const none = allUncategorised(evaluations) ? R.chartAllIndicators : R.chartOtherIndicators;
  const byCategory = completionByCategory(evaluations, none);
  if (byCategory.length > 0) {
    const words = R.charts['completion-by-category'];
    charts.push({
      id: 'completion-by-category',
      type: 'bar',
      title: words.title,
      categories: byCategory.map((c) => c.label),
      series: [
        {
          name: R.seriesNames.completion,
          values: byCategory.map((c) => c.value),
          color: CHART_COLORS.completion,
        },
      ],
      referenceLine: { value: 1, label: '100%' },
      valueAxisTitle: words.valueAxisTitle,
      percentAxis: true,
    });
  }

  const attention = attentionChartItems(attentionOrder ?? rankAttention(evaluations).map((r) => r.e));
  if (attention.length > 0) {
    const words = R.charts.attention;
    const share = (v: number, t: number): number => chartValue(v / t);
    charts.push({
      id: 'attention',
      type: 'bar',
      title: words.title,
      categories: attention.map((e) => chartLabel(e.indicator.name)),
      series: [
        {
          name: R.seriesNames.actual,
          values: attention.map((e) => share(e.actual?.value ?? 0, e.target?.value ?? 1)),
          color: CHART_COLORS.actual,
        },
        {
          name: R.seriesNames.pace,
          values: attention.map((e) => share(e.expected ?? 0, e.target?.value ?? 1)),
          color: CHART_COLORS.pace,
        },
      ],
      valueAxisTitle: words.valueAxisTitle,
      percentAxis: true,
    });
  }

  const counts = countStatuses(evaluations);
  const present = STATUSES.filter((s) => counts.byStatus[s] > 0);
  if (present.length > 0) {
    const words = R.charts['status-count'];
    charts.push({
      id: 'status-count',
      type: 'column',
      title: words.title,
      categories: present.map((s) => L.format.status[s]),
      series: [
        {
          name: R.seriesNames.count,
          values: present.map((s) => counts.byStatus[s]),
          color: CHART_COLORS.count,
        },
      ],
      valueAxisTitle: words.valueAxisTitle,
      percentAxis: false,
    });
  }
  return charts;
}

/**
 * Average completion per category over the check-ins: a line chart, one series per category, the
 * periods as categories, a percent axis with the 100 % line. Null with fewer than two check-ins or when
 * no category has a value.
 */
export function trendChartSpec(trend: CompletionTrend, lang: Lang): ChartSpec | null {
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
    categories: trend.periods.map((p) => periodCodeLabel(p, lang)),
    series,
    referenceLine: { value: 1, label: '100%' },
    valueAxisTitle: words.valueAxisTitle,
    percentAxis: true,
  };
}
