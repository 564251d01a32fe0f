/**
 * "Since the last check-in": the words, the table column and the chart that show what changed between
 * the previous check-in and this one (see history.ts for the comparison itself).
 *
 * - changesSection: a heading and paragraphs: a summary sentence, then the indicators newly behind pace,
 *   those that recovered, those newly achieved (each with the status before and now), and the change of
 *   average completion per category in percentage points ("平均完成率由58.3%提高到75.0%，提高16.7个百分点").
 *   When nothing moved it says so in one sentence.
 * - addPreviousStatusColumn: the previous status of each row of a table of indicators (attention table).
 * - trendChartSpec: a line chart of average completion per category over the check-ins (null with fewer
 *   than two check-ins).
 *
 * Without a previous check-in the caller produces none of this. Every sentence goes through tidySentence;
 * names come through cleanText, so no text holds "undefined", "NaN", empty brackets or doubled punctuation.
 */
import {
  cleanText,
  formatPercent,
  formatPoints,
  joinList,
  periodAsOf,
  periodLabel,
  sectionNumber,
  statusLabel,
  tidySentence,
} from './format';
import { parsePeriod } from './core/period';
import { cleanCategory } from './core/text';
import type {
  ChangesSinceLastCheckIn,
  ChartSpec,
  CompletionTrend,
  Evaluation,
  Lang,
  NarrativeBlock,
  Period,
  ReportTable,
  Status,
  StatusChange,
  TableColumn,
} from './model';

// ───────────────────────────── labels ─────────────────────────────

/** A period code of the history (Q2, M7, FY) as people say it: 第二季度 / Q2; unknown codes as written. */
export function periodCodeLabel(code: string, lang: Lang): string {
  const p = parsePeriod(code);
  return p ? periodLabel(p, lang) : cleanText(code);
}

function categoryLabel(category: string | null, anyCategory: boolean, lang: Lang): string {
  const c = cleanCategory(category);
  if (c) return c;
  if (!anyCategory) return lang === 'zh-CN' ? '全部指标' : 'All indicators';
  return lang === 'zh-CN' ? '其他指标' : 'Other indicators';
}

function baseName(c: StatusChange, lang: Lang): string {
  return cleanText(c.name) || (lang === 'zh-CN' ? '未命名指标' : 'Unnamed indicator');
}

/** The sheet part of an Indicator.key (`file|sheet|id`), or ''. */
function sheetOfKey(key: string): string {
  const parts = typeof key === 'string' ? key.split('|') : [];
  return parts.length >= 3 ? cleanText(parts[parts.length - 2]) : '';
}

/**
 * Display names of the changes: the same name in several sheets (one per county, say) is followed by its
 * sheet, as the main narrative does.
 */
function displayNames(changes: ChangesSinceLastCheckIn, lang: Lang): Map<StatusChange, Shown> {
  const all = [...changes.newlyBehind, ...changes.recovered, ...changes.newlyAchieved];
  const seen = new Map<string, number>();
  for (const c of all) seen.set(baseName(c, lang), (seen.get(baseName(c, lang)) ?? 0) + 1);
  return new Map(
    all.map((c) => {
      const name = baseName(c, lang);
      const sheet = (seen.get(name) ?? 0) > 1 ? sheetOfKey(c.key) : '';
      return [c, { name, sheet }];
    }),
  );
}

function lowerStatus(s: Status): string {
  return statusLabel(s, 'en-US').toLowerCase();
}

/** One decimal of percent, exactly as shown: 0.58333 → 0.583. */
function shown(ratio: number): number {
  return Math.round(ratio * 1000) / 1000;
}

function finite(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

// ───────────────────────────── the narrative part ─────────────────────────────

export interface ChangesSection {
  /** Without a section number (the caller numbers the sections). */
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

function zhCount(n: number): string {
  return `${n}项`;
}

function enTargets(n: number): string {
  return `${n} ${n === 1 ? 'indicator' : 'indicators'}`;
}

interface Shown {
  readonly name: string;
  /** The sheet, when the name alone is ambiguous. */
  readonly sheet: string;
}

function zhChange(c: StatusChange, { name, sheet }: Shown): string {
  return `${name}（${sheet ? `${sheet}，` : ''}由${statusLabel(c.before, 'zh-CN')}转为${statusLabel(c.after, 'zh-CN')}）`;
}

function enChange(c: StatusChange, { name, sheet }: Shown): string {
  return `${name} (${sheet ? `${sheet}, ` : ''}from ${lowerStatus(c.before)} to ${lowerStatus(c.after)})`;
}

function zhAchieved(c: StatusChange, { name, sheet }: Shown): string {
  return `${name}（${sheet ? `${sheet}，` : ''}上次为${statusLabel(c.before, 'zh-CN')}）`;
}

function enAchieved(c: StatusChange, { name, sheet }: Shown): string {
  return `${name} (${sheet ? `${sheet}, ` : ''}${lowerStatus(c.before)} at the last check-in)`;
}

interface PaceLine {
  readonly label: string;
  readonly before: number;
  readonly after: number;
}

function paceLines(changes: ChangesSinceLastCheckIn, lang: Lang): PaceLine[] {
  const valid = changes.categoryPace.filter((p) => finite(p.before) && finite(p.after));
  const anyCategory = valid.some((p) => cleanCategory(p.category) !== '');
  return valid.map((p) => ({
    label: categoryLabel(p.category, anyCategory, lang),
    before: shown(p.before),
    after: shown(p.after),
  }));
}

function zhPace(lines: readonly PaceLine[]): string {
  if (lines.length === 0) return '';
  const parts = lines.map((l) => {
    const from = formatPercent(l.before, 'zh-CN');
    const to = formatPercent(l.after, 'zh-CN');
    const diff = l.after - l.before;
    if (Math.abs(diff) < 0.0005) return `${l.label}平均完成率为${to}，与上次持平`;
    const verb = diff > 0 ? '提高' : '下降';
    return `${l.label}平均完成率由${from}${verb}到${to}，${verb}${formatPoints(Math.abs(diff), 'zh-CN')}`;
  });
  return `从各类别看，${parts.join('；')}。`;
}

function enPace(lines: readonly PaceLine[]): string {
  if (lines.length === 0) return '';
  const parts = lines.map((l) => {
    const from = formatPercent(l.before, 'en-US');
    const to = formatPercent(l.after, 'en-US');
    const diff = l.after - l.before;
    if (Math.abs(diff) < 0.0005) return `${l.label} was unchanged at ${to}`;
    return diff > 0
      ? `${l.label} rose from ${from} to ${to}, up ${formatPoints(diff, 'en-US')}`
      : `${l.label} fell from ${from} to ${to}, down ${formatPoints(-diff, 'en-US')}`;
  });
  return `Average completion by category: ${parts.join('; ')}.`;
}

function zhSection(changes: ChangesSinceLastCheckIn, period: Period): ChangesSection {
  const prev = periodCodeLabel(changes.previousPeriod, 'zh-CN');
  const heading = prev ? `与上次对标（${prev}）相比的变化情况` : '与上次对标相比的变化情况';
  const since = prev ? `与上次对标（${prev}）相比` : '与上次对标相比';
  const asOf = periodAsOf(period, 'zh-CN');
  const { newlyBehind, recovered, newlyAchieved } = changes;
  const names = displayNames(changes, 'zh-CN');
  const moved = newlyBehind.length + recovered.length + newlyAchieved.length;
  const paragraphs: string[] = [];
  if (moved === 0) {
    paragraphs.push(
      changes.previousStatus.size === 0
        ? `${asOf}，${since}，没有可比对的目标任务。`
        : `${asOf}，${since}，各项目标任务的完成状态没有变化。`,
    );
  } else {
    const parts: string[] = [];
    if (newlyAchieved.length > 0) parts.push(`新完成年度目标${zhCount(newlyAchieved.length)}`);
    if (recovered.length > 0) parts.push(`恢复序时进度${zhCount(recovered.length)}`);
    if (newlyBehind.length > 0) parts.push(`新出现进度滞后${zhCount(newlyBehind.length)}`);
    const details: string[] = [];
    if (newlyAchieved.length > 0)
      details.push(
        `新完成年度目标的有${joinList(
          newlyAchieved.map((c) => zhAchieved(c, names.get(c) ?? { name: baseName(c, 'zh-CN'), sheet: '' })),
          'zh-CN',
        )}`,
      );
    if (recovered.length > 0)
      details.push(
        `恢复序时进度的有${joinList(
          recovered.map((c) => zhChange(c, names.get(c) ?? { name: baseName(c, 'zh-CN'), sheet: '' })),
          'zh-CN',
        )}`,
      );
    if (newlyBehind.length > 0)
      details.push(
        `新出现进度滞后的有${joinList(
          newlyBehind.map((c) => zhChange(c, names.get(c) ?? { name: baseName(c, 'zh-CN'), sheet: '' })),
          'zh-CN',
        )}，需要重点关注`,
      );
    paragraphs.push(`${asOf}，${since}，${parts.join('，')}。其中，${details.join('；')}。`);
  }
  const pace = zhPace(paceLines(changes, 'zh-CN'));
  if (pace) paragraphs.push(pace);
  return { heading, paragraphs: paragraphs.map(tidySentence) };
}

function enSection(changes: ChangesSinceLastCheckIn, period: Period): ChangesSection {
  const prev = periodCodeLabel(changes.previousPeriod, 'en-US');
  const heading = prev ? `Since the last check-in (${prev})` : 'Since the last check-in';
  const since = prev ? `compared with the last check-in (${prev})` : 'compared with the last check-in';
  const asOf = periodAsOf(period, 'en-US');
  const { newlyBehind, recovered, newlyAchieved } = changes;
  const names = displayNames(changes, 'en-US');
  const moved = newlyBehind.length + recovered.length + newlyAchieved.length;
  const paragraphs: string[] = [];
  if (moved === 0) {
    paragraphs.push(
      changes.previousStatus.size === 0
        ? `${asOf}, ${since}, there are no indicators to compare.`
        : `${asOf}, ${since}, no indicator changed status.`,
    );
  } else {
    const parts: string[] = [];
    if (newlyAchieved.length > 0)
      parts.push(`${enTargets(newlyAchieved.length)} newly achieved the annual target`);
    if (recovered.length > 0) parts.push(`${enTargets(recovered.length)} recovered to pace`);
    if (newlyBehind.length > 0) parts.push(`${enTargets(newlyBehind.length)} fell behind pace`);
    const sentences = [`${asOf}, ${since}, ${joinList(parts, 'en-US')}.`];
    if (newlyAchieved.length > 0)
      sentences.push(
        `Newly achieved: ${joinList(
          newlyAchieved.map((c) => enAchieved(c, names.get(c) ?? { name: baseName(c, 'en-US'), sheet: '' })),
          'en-US',
        )}.`,
      );
    if (recovered.length > 0)
      sentences.push(
        `Recovered: ${joinList(
          recovered.map((c) => enChange(c, names.get(c) ?? { name: baseName(c, 'en-US'), sheet: '' })),
          'en-US',
        )}.`,
      );
    if (newlyBehind.length > 0)
      sentences.push(
        `Newly behind and needing attention: ${joinList(
          newlyBehind.map((c) => enChange(c, names.get(c) ?? { name: baseName(c, 'en-US'), sheet: '' })),
          'en-US',
        )}.`,
      );
    paragraphs.push(sentences.join(' '));
  }
  const pace = enPace(paceLines(changes, 'en-US'));
  if (pace) paragraphs.push(pace);
  return { heading, paragraphs: paragraphs.map(tidySentence) };
}

/**
 * The "since the last check-in" part: heading (unnumbered) and paragraphs. `period` is this check-in's
 * period. An empty change set gives one sentence saying nothing changed (or that nothing is comparable).
 */
export function changesSection(changes: ChangesSinceLastCheckIn, period: Period, lang: Lang): ChangesSection {
  return lang === 'zh-CN' ? zhSection(changes, period) : enSection(changes, period);
}

/** The same part as narrative blocks: a first-level heading numbered `sectionNo` (一、 / 1.) and paragraphs. */
export function buildChangesNarrative(
  changes: ChangesSinceLastCheckIn,
  period: Period,
  lang: Lang,
  sectionNo = 1,
): NarrativeBlock[] {
  const s = changesSection(changes, period, lang);
  return [
    { kind: 'heading1', text: `${sectionNumber(sectionNo, 1, lang)}${s.heading}` },
    ...s.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
  ];
}

// ───────────────────────────── previous status in a table ─────────────────────────────

/** The previous status of an indicator (by Indicator.key): its label, or 新增 / New when it was not there. */
export function previousStatusLabel(
  changes: ChangesSinceLastCheckIn,
  indicatorKey: string,
  lang: Lang,
): string {
  const s = changes.previousStatus.get(indicatorKey);
  if (s) return statusLabel(s, lang);
  return lang === 'zh-CN' ? '新增' : 'New';
}

/** The column's definition and its values, one per evaluation in the order given. */
export function previousStatusColumn(
  evaluations: readonly Evaluation[],
  changes: ChangesSinceLastCheckIn,
  lang: Lang,
): { column: TableColumn; values: string[] } {
  const values = evaluations.map((e) => previousStatusLabel(changes, e.indicator.key, lang));
  const header = lang === 'zh-CN' ? '上次状态' : 'Previous status';
  const width = lang === 'zh-CN' ? 12 : Math.max(header.length, ...values.map((v) => v.length)) + 2;
  return { column: { key: 'previousStatus', header, kind: 'text', width }, values };
}

/**
 * A copy of a table of indicators with the previous-status column inserted just before the status
 * column (at the end when there is none). `rowEvaluations` are the table's rows in order.
 */
export function addPreviousStatusColumn(
  table: ReportTable,
  rowEvaluations: readonly Evaluation[],
  changes: ChangesSinceLastCheckIn,
  lang: Lang,
): ReportTable {
  const { column, values } = previousStatusColumn(rowEvaluations, changes, lang);
  const statusAt = table.columns.findIndex((c) => c.key === 'status');
  const at = statusAt >= 0 ? statusAt : table.columns.length;
  const insert = <T>(row: readonly T[], value: T): T[] => [...row.slice(0, at), value, ...row.slice(at)];
  return {
    ...table,
    columns: insert(table.columns, column),
    rows: table.rows.map((r, i) => insert(r, values[i] ?? null)),
    ...(table.numFmts ? { numFmts: table.numFmts.map((r) => insert<string | null>(r, null)) } : {}),
  };
}

// ───────────────────────────── trend chart ─────────────────────────────

const TREND_COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E'];

/**
 * Average completion per category over the check-ins: a line chart, one series per category, the
 * periods as categories, a percent axis with the 100 % line. Null with fewer than two check-ins or when
 * no category has a value.
 */
export function trendChartSpec(trend: CompletionTrend, lang: Lang): ChartSpec | null {
  if (trend.periods.length < 2) return null;
  const zh = lang === 'zh-CN';
  const anyCategory = trend.categories.some((c) => cleanCategory(c) !== '');
  const series = trend.categories
    .map((c, i) => ({
      name: categoryLabel(c, anyCategory, lang),
      values: trend.periods.map((_p, j) => {
        const v = trend.values[i]?.[j];
        return finite(v) ? Math.round(v * 10000) / 10000 : null;
      }),
    }))
    .filter((s) => s.values.some((v) => v !== null))
    .map((s, i) => ({ ...s, color: TREND_COLORS[i % TREND_COLORS.length] }));
  if (series.length === 0) return null;
  return {
    id: 'completion-trend',
    type: 'line',
    title: zh ? '各类别目标任务平均完成率变化趋势' : 'Average completion by category over the check-ins',
    categories: trend.periods.map((p) => periodCodeLabel(p, lang)),
    series,
    referenceLine: { value: 1, label: '100%' },
    valueAxisTitle: zh ? '平均完成率' : 'Average completion',
    percentAxis: true,
  };
}
