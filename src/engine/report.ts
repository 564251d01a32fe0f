/**
 * The report model: counts per status, the report title, the two copy-ready tables (all indicators; the
 * indicators that need attention) and the three chart specifications. Every front end draws this same
 * model, so the add-in, the .xlsx file and the .docx file cannot disagree on a number.
 *
 * Large quantities in zh-CN tables: Excel has no number format that divides by 10,000, and a format such
 * as `0.0,"万"` divides by 1,000. Keeping raw numbers (`#,##0`) would show 280,000 where the narrative
 * says 28万. So a zh-CN row whose numbers reach 10,000 is written in 万 (or 亿 from 10^8): the values are
 * divided (exactly, still numbers) and the unit cell says so (人次 → 万人次), the way official tables
 * write large counts ("单位：万人次"). Rows that carry an approximate figure ("近二十万") or a percentage
 * keep their raw numbers so the text as written and the numbers beside it agree. en-US keeps raw numbers
 * with thousands separators.
 */
import { addPreviousStatusColumn, changesSection, trendChartSpec } from './changes';
import { compareWithPrevious, completionTrend } from './evaluate/changes';
import { consolidateUnits, sharesLayout } from './evaluate/consolidate';
import { evaluateIndicators } from './evaluate/evaluate';
import { gapsOf, rankAttention, type Ranked } from './evaluate/gaps';
import { previousSnapshot, recordCheckIn } from './evaluate/history';
import { checkInSnapshot, historyEvaluations, reportUnits } from './evaluate/units';
import { cleanText, formatQuantity, statusLabel, tidySentence } from './format';
import { describeDiagnostic, describeSkipReason } from './messages';
import { cleanValue, finite } from './core/numbers';
import { cellDisplayWidth, displayWidth } from './core/measure';
import { NUMBER_FORMATS } from './core/numFmt';
import { buildNarrative } from './narrative';
import { isYearEnd, periodCode, periodRank } from './core/period';
import { consolidatedTable, unitsChartSpec, unitsNarrative, unitsTable } from './units';
import type {
  ChangesSinceLastCheckIn,
  ChartSpec,
  CheckInSnapshot,
  Consolidation,
  Diagnostic,
  DiagnosticCode,
  Evaluation,
  Gaps,
  Lang,
  Period,
  Quantity,
  Report,
  ReportOptions,
  ReportTable,
  ReportTables,
  SheetReading,
  SheetTable,
  SkipReason,
  Status,
  StatusCounts,
  TableCell,
  TableColumn,
} from './model';
import { STATUSES } from './model';

// ───────────────────────────── counts ─────────────────────────────

export function countStatuses(evaluations: readonly Evaluation[]): StatusCounts {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const e of evaluations) byStatus[e.status] += 1;
  return { total: evaluations.length, byStatus };
}

// ───────────────────────────── title ─────────────────────────────

const ZH_QUARTER = ['', '一', '二', '三', '四'];
const EN_MONTH = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "填报单位：商洛市科协" → "商洛市科协"; empty → null. */
function cleanUnitName(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const t = text
    .replace(
      /^\s*(填报单位|报送单位|单位名称|单位|reporting unit|unit)\s*(（盖章）|\(盖章\))?\s*[:：]\s*/i,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  return t === '' ? null : t;
}

/** The unit name and year the tables give, where the options do not. */
function detectedUnitAndYear(
  tables: readonly SheetTable[],
  options: Pick<ReportOptions, 'unitName' | 'year'>,
): { unitName: string | null; year: number | null } {
  // A 填报单位 from the sheets only when every sheet that gives one gives the same: sheets of several
  // units (one county each) do not name the whole organisation.
  const reported = [
    ...new Set(tables.map((t) => cleanUnitName(t.reportingUnit)).filter((u): u is string => u !== null)),
  ];
  const unitName = cleanUnitName(options.unitName) ?? (reported.length === 1 ? reported[0] : null);
  const year =
    options.year !== undefined && Number.isFinite(options.year)
      ? options.year
      : (tables.map((t) => t.year).find((y): y is number => typeof y === 'number' && Number.isFinite(y)) ??
        null);
  return { unitName, year };
}

function zhTitlePeriod(p: Period, year: number | null): string {
  const y = year !== null ? `${year}年` : '';
  if (isYearEnd(p)) return year !== null ? `${year}年度` : '年度';
  if (p.kind === 'quarter') return `${y}第${ZH_QUARTER[p.quarter]}季度`;
  if (p.kind === 'month') return p.month === 1 ? `${y}1月` : `${y}1—${p.month}月`;
  return y;
}

function enTitlePeriod(p: Period, year: number | null): string {
  const y = year !== null ? ` ${year}` : '';
  if (p.kind === 'quarter') return `Q${p.quarter}${y}`;
  if (p.kind === 'month') return p.month === 1 ? `Jan${y}` : `Jan–${EN_MONTH[p.month]}${y}`;
  return year !== null ? `FY ${year}` : 'full year';
}

/**
 * "商洛市科学技术协会2018年度目标任务完成情况对标报告" at the year end, "…2019年第三季度目标任务完成情况对标报告"
 * for a quarter; en-US "Target report: <unit>, Q3 2019". Unit and year come from the options, else from
 * the sheets (填报单位, a year in the title or header); what is unknown is left out.
 */
export function defaultTitle(tables: readonly SheetTable[], options: ReportOptions): string {
  const { unitName, year } = detectedUnitAndYear(tables, options);
  if (options.lang === 'zh-CN') {
    return `${unitName ?? ''}${zhTitlePeriod(options.period, year)}目标任务完成情况对标报告`;
  }
  const parts = [unitName, enTitlePeriod(options.period, year)].filter((x): x is string => !!x);
  return `Target report: ${parts.join(', ')}`;
}

// ───────────────────────────── numbers in tables ─────────────────────────────

interface RowScale {
  readonly factor: number;
  readonly prefix: string;
}
const NO_SCALE: RowScale = { factor: 1, prefix: '' };
const WAN: RowScale = { factor: 1e4, prefix: '万' };
const YI: RowScale = { factor: 1e8, prefix: '亿' };

/** How a row's quantities are written: raw, in 万 or in 亿 (zh-CN only; see the module comment). */
function rowScale(e: Evaluation, lang: Lang): RowScale {
  if (lang !== 'zh-CN' || e.direction === 'milestone') return NO_SCALE;
  if (e.target?.percent || e.actual?.percent) return NO_SCALE;
  if (e.target?.approximation || e.actual?.approximation) return NO_SCALE;
  // The largest finite magnitude of target, actual and pace target (a loop: called for every row).
  let max = 0;
  const t = e.target?.value;
  const a = e.actual?.value;
  const x = e.expected;
  if (finite(t) && Math.abs(t) > max) max = Math.abs(t);
  if (finite(a) && Math.abs(a) > max) max = Math.abs(a);
  if (finite(x) && Math.abs(x) > max) max = Math.abs(x);
  if (max < 1e4) return NO_SCALE;
  const unit = e.indicator.measureUnit ?? '';
  if (/^[万亿]/.test(unit) || /[%‰率]/.test(unit)) return NO_SCALE;
  return max >= 1e8 ? YI : WAN;
}

interface NumCell {
  readonly value: TableCell;
  readonly fmt: string | null;
}
const EMPTY: NumCell = { value: null, fmt: null };

function scaled(v: number | null | undefined, scale: RowScale, percent: boolean): NumCell {
  if (!finite(v)) return EMPTY;
  const value = cleanValue(v / scale.factor);
  // quantityFormat(value, percent), without cleaning the value twice (cleanValue gives a value it keeps).
  return {
    value,
    fmt: percent
      ? NUMBER_FORMATS.percent
      : Number.isInteger(value)
        ? NUMBER_FORMATS.integer
        : NUMBER_FORMATS.decimal,
  };
}

function ratio(v: number | null | undefined): NumCell {
  return finite(v) ? { value: cleanValue(v), fmt: NUMBER_FORMATS.percent } : EMPTY;
}

function text(v: string | null | undefined): NumCell {
  return { value: typeof v === 'string' && v.trim() !== '' ? v : null, fmt: null };
}

function unitCell(e: Evaluation, scale: RowScale): NumCell {
  const unit = e.indicator.measureUnit;
  if (scale.prefix === '') return text(unit);
  return { value: `${scale.prefix}${unit ?? ''}`, fmt: null };
}

/**
 * An approximate quantity as text: zh-CN as written ("20多", "近二十万"), or 约 and the number when a sum
 * of several cells is approximate ("约30万"); en-US in words ("more than 20").
 */
function approximateText(q: Quantity, lang: Lang): NumCell {
  return text(formatQuantity(q, null, lang));
}

/** The target as shown: text for milestones and approximate targets, else the (scaled) number. */
function targetCell(e: Evaluation, scale: RowScale, lang: Lang): NumCell {
  if (e.target?.approximation) return approximateText(e.target, lang);
  if (e.target) return scaled(e.target.value, scale, e.target.percent);
  return text(e.targetText);
}

/** The actual as shown: "20多" stays "20多"; milestone words as written. */
function actualCell(e: Evaluation, scale: RowScale, lang: Lang): NumCell {
  if (e.actual?.approximation) return approximateText(e.actual, lang);
  if (e.actual) return scaled(e.actual.value, scale, e.actual.percent);
  return text(e.actualText);
}

function expectedCell(e: Evaluation, scale: RowScale): NumCell {
  const percent = !!(e.target?.percent || e.actual?.percent);
  return scaled(e.expected, scale, percent);
}

// ───────────────────────────── tables ─────────────────────────────

interface ColumnDef {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly kind: TableColumn['kind'];
  readonly numFmt?: string;
  /** `gaps`: the row's gaps when already computed. */
  readonly cell: (e: Evaluation, scale: RowScale, lang: Lang, index: number, gaps: Gaps | null) => NumCell;
}

const COL: Readonly<Record<string, ColumnDef>> = {
  no: {
    key: 'no',
    zh: '序号',
    en: 'No.',
    kind: 'number',
    numFmt: NUMBER_FORMATS.index,
    cell: (_e, _s, _l, i) => ({ value: i + 1, fmt: NUMBER_FORMATS.index }),
  },
  category: {
    key: 'category',
    zh: '类别',
    en: 'Category',
    kind: 'text',
    cell: (e) => text(e.indicator.category),
  },
  name: { key: 'name', zh: '指标', en: 'Indicator', kind: 'text', cell: (e) => text(e.indicator.name) },
  unit: { key: 'unit', zh: '单位', en: 'Unit', kind: 'text', cell: (e, s) => unitCell(e, s) },
  target: {
    key: 'target',
    zh: '年度目标',
    en: 'Annual target',
    kind: 'number',
    numFmt: NUMBER_FORMATS.column,
    cell: (e, s, lang) => targetCell(e, s, lang),
  },
  expected: {
    key: 'expected',
    zh: '序时目标',
    en: 'Pace target',
    kind: 'number',
    numFmt: NUMBER_FORMATS.column,
    cell: (e, s) => expectedCell(e, s),
  },
  actual: {
    key: 'actual',
    zh: '累计完成',
    en: 'Actual to date',
    kind: 'number',
    numFmt: NUMBER_FORMATS.column,
    cell: (e, s, lang) => actualCell(e, s, lang),
  },
  completion: {
    key: 'completion',
    zh: '完成率',
    en: 'Completion',
    kind: 'percent',
    numFmt: NUMBER_FORMATS.percent,
    cell: (e) => ratio(e.completion),
  },
  pace: {
    key: 'pace',
    zh: '进度',
    en: 'Pace',
    kind: 'percent',
    numFmt: NUMBER_FORMATS.percent,
    cell: (e) => ratio(e.pace),
  },
  gapToPace: {
    key: 'gapToPace',
    zh: '距序时目标',
    en: 'Gap to pace',
    kind: 'number',
    numFmt: NUMBER_FORMATS.column,
    cell: (e, s, _l, _i, g) => scaled((g ?? gapsOf(e)).toPace, s, !!(e.target?.percent || e.actual?.percent)),
  },
  gapPoints: {
    key: 'gapPoints',
    zh: '落后序时百分点',
    en: 'Behind pace (points)',
    kind: 'number',
    numFmt: NUMBER_FORMATS.points,
    cell: (e, _s, _l, _i, g) => {
      const p = (g ?? gapsOf(e)).points;
      return p === null ? EMPTY : { value: p, fmt: NUMBER_FORMATS.points };
    },
  },
  gapToTarget: {
    key: 'gapToTarget',
    zh: '距年度目标',
    en: 'Gap to target',
    kind: 'number',
    numFmt: NUMBER_FORMATS.column,
    cell: (e, s, _l, _i, g) =>
      scaled((g ?? gapsOf(e)).toTarget, s, !!(e.target?.percent || e.actual?.percent)),
  },
  status: {
    key: 'status',
    zh: '状态',
    en: 'Status',
    kind: 'status',
    cell: (e, _s, lang) => ({ value: statusLabel(e.status, lang), fmt: null }),
  },
  owner: { key: 'owner', zh: '责任部门', en: 'Owner', kind: 'text', cell: (e) => text(e.indicator.owner) },
};

const INDICATOR_COLUMNS: readonly ColumnDef[] = [
  COL.no,
  COL.category,
  COL.name,
  COL.unit,
  COL.target,
  COL.expected,
  COL.actual,
  COL.completion,
  COL.pace,
  COL.status,
  COL.owner,
];
const ATTENTION_COLUMNS: readonly ColumnDef[] = [
  COL.no,
  COL.category,
  COL.name,
  COL.unit,
  COL.target,
  COL.expected,
  COL.actual,
  COL.pace,
  COL.gapToPace,
  COL.gapPoints,
  COL.gapToTarget,
  COL.status,
  COL.owner,
];

/** Text columns never get wider than this; longer text wraps. */
export const MAX_COLUMN_WIDTH = 40;

function buildTable(
  name: string,
  caption: string,
  defs: readonly ColumnDef[],
  evaluations: readonly Evaluation[],
  lang: Lang,
  gaps: readonly Gaps[] | null = null,
): ReportTable {
  const rows: TableCell[][] = new Array(evaluations.length);
  const numFmts: (string | null)[][] = new Array(evaluations.length);
  const widths: number[] = defs.map(() => 0);
  const n = defs.length;
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i];
    const scale = rowScale(e, lang);
    const g = gaps ? gaps[i] : null;
    const row: TableCell[] = new Array(n);
    const fmts: (string | null)[] = new Array(n);
    for (let c = 0; c < n; c++) {
      const cell = defs[c].cell(e, scale, lang, i, g);
      const value = cell.value;
      const fmt = value === null || typeof value === 'string' ? null : cell.fmt;
      row[c] = value;
      fmts[c] = fmt;
      // Column widths in the same pass (a loop, not Math.max(...rows): 100,000 arguments can overflow).
      // A cell need not be measured once the column is at its widest, or when the text, at two columns
      // per character at most, cannot be wider than the widest so far.
      const widest = widths[c];
      if (widest >= MAX_COLUMN_WIDTH - 2) continue;
      if (typeof value === 'string' && value.length * 2 <= widest) continue;
      widths[c] = Math.max(widest, cellDisplayWidth(value, fmt));
    }
    rows[i] = row;
    numFmts[i] = fmts;
  }
  const columns: TableColumn[] = defs.map((d, c) => {
    const header = lang === 'zh-CN' ? d.zh : d.en;
    const cellMax = widths[c];
    const headerWidth = displayWidth(header);
    const width = Math.min(MAX_COLUMN_WIDTH, Math.max(4, cellMax, headerWidth <= 14 ? headerWidth : 14) + 2);
    return { key: d.key, header, kind: d.kind, ...(d.numFmt ? { numFmt: d.numFmt } : {}), width };
  });
  return { name, caption, columns, rows, rowStatus: evaluations.map((e) => e.status), numFmts };
}

/**
 * All indicators, in sheet order: 序号, 类别, 指标, 单位, 年度目标, 序时目标, 累计完成, 完成率, 进度, 状态, 责任部门
 * (en-US: No., Category, Indicator, Unit, Annual target, Pace target, Actual to date, Completion, Pace,
 * Status, Owner). 序号 is the running number of the table (the sheet's own id is in the JSON).
 */
export function buildIndicatorTable(
  evaluations: readonly Evaluation[],
  lang: Lang,
  tableNo = 1,
): ReportTable {
  const caption =
    lang === 'zh-CN' ? `表${tableNo} 目标任务完成情况` : `Table ${tableNo}. Indicators and their progress`;
  return buildTable('Indicators', caption, INDICATOR_COLUMNS, evaluations, lang);
}

/**
 * Indicators behind pace, at risk, missed or invalid, the furthest behind first, with the gap to the pace
 * target and to the annual target in the indicator's unit and the gap in percentage points of pace.
 */
export function buildAttentionTable(
  evaluations: readonly Evaluation[],
  lang: Lang,
  tableNo = 2,
): ReportTable {
  return attentionTable(rankAttention(evaluations), lang, tableNo);
}

function attentionTable(ranked: readonly Ranked[], lang: Lang, tableNo: number): ReportTable {
  const caption =
    lang === 'zh-CN' ? `表${tableNo} 需关注的目标任务` : `Table ${tableNo}. Indicators needing attention`;
  return buildTable(
    'Attention',
    caption,
    ATTENTION_COLUMNS,
    ranked.map((r) => r.e),
    lang,
    ranked.map((r) => r.gaps),
  );
}

// ───────────────────────────── charts ─────────────────────────────

/** At most this many indicators in the attention chart. */
export const ATTENTION_CHART_LIMIT = 15;
const CHART_LABEL_MAX = 18;

function chartLabel(name: string): string {
  const chars = [...name.trim()];
  return chars.length > CHART_LABEL_MAX ? `${chars.slice(0, CHART_LABEL_MAX - 1).join('')}…` : chars.join('');
}

/** Average completion of the higher-is-better indicators with a completion, per category in sheet order. */
function completionByCategory(
  evaluations: readonly Evaluation[],
  lang: Lang,
): { label: string; value: number }[] {
  const allUncategorised = evaluations.every((e) => !e.indicator.category);
  const none = allUncategorised
    ? lang === 'zh-CN'
      ? '全部指标'
      : 'All indicators'
    : lang === 'zh-CN'
      ? '其他'
      : 'Other';
  const groups = new Map<string, number[]>();
  for (const e of evaluations) {
    const label = e.indicator.category?.trim() || none;
    if (!groups.has(label)) groups.set(label, []);
    if (e.direction === 'higher' && finite(e.completion)) groups.get(label)?.push(e.completion);
  }
  return [...groups.entries()]
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => ({
      label,
      value: Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10000) / 10000,
    }));
}

/**
 * The three charts: completion by category (bar, with the 100 % line), the indicators needing attention
 * (actual to date against the pace target, both as a share of the annual target so that indicators in
 * different units share one axis; the furthest behind first, at most 15) and the count per status
 * (column, statuses that occur). A chart with nothing to show is left out.
 */
export function buildChartSpecs(
  evaluations: readonly Evaluation[],
  lang: Lang,
  attentionOrder: readonly Evaluation[] | null = null,
): ChartSpec[] {
  const zh = lang === 'zh-CN';
  const charts: ChartSpec[] = [];

  const byCategory = completionByCategory(evaluations, lang);
  if (byCategory.length > 0) {
    charts.push({
      id: 'completion-by-category',
      type: 'bar',
      title: zh ? '各类别目标任务平均完成率' : 'Average completion by category',
      categories: byCategory.map((c) => c.label),
      series: [
        { name: zh ? '完成率' : 'Completion', values: byCategory.map((c) => c.value), color: '4472C4' },
      ],
      referenceLine: { value: 1, label: '100%' },
      valueAxisTitle: zh ? '完成率' : 'Completion',
      percentAxis: true,
    });
  }

  const attention = (attentionOrder ?? rankAttention(evaluations).map((r) => r.e))
    .filter((e) => {
      const t = e.target?.value;
      return (
        e.direction !== 'milestone' && finite(t) && t > 0 && finite(e.actual?.value) && finite(e.expected)
      );
    })
    .slice(0, ATTENTION_CHART_LIMIT);
  if (attention.length > 0) {
    const share = (v: number, t: number): number => Math.round((v / t) * 10000) / 10000;
    charts.push({
      id: 'attention',
      type: 'bar',
      title: zh
        ? '需关注指标：累计完成与序时目标（占年度目标）'
        : 'Needing attention: actual vs pace target (share of annual target)',
      categories: attention.map((e) => chartLabel(e.indicator.name)),
      series: [
        {
          name: zh ? '累计完成' : 'Actual to date',
          values: attention.map((e) => share(e.actual?.value ?? 0, e.target?.value ?? 1)),
          color: 'ED7D31',
        },
        {
          name: zh ? '序时目标' : 'Pace target',
          values: attention.map((e) => share(e.expected ?? 0, e.target?.value ?? 1)),
          color: 'A5A5A5',
        },
      ],
      valueAxisTitle: zh ? '占年度目标' : 'Share of annual target',
      percentAxis: true,
    });
  }

  const counts = countStatuses(evaluations);
  const present = STATUSES.filter((s) => counts.byStatus[s] > 0);
  if (present.length > 0) {
    charts.push({
      id: 'status-count',
      type: 'column',
      title: zh ? '各状态目标任务数量' : 'Indicators by status',
      categories: present.map((s) => statusLabel(s, lang)),
      series: [
        { name: zh ? '项数' : 'Indicators', values: present.map((s) => counts.byStatus[s]), color: '5B9BD5' },
      ],
      valueAxisTitle: zh ? '项' : 'Count',
      percentAxis: false,
    });
  }
  return charts;
}

// ───────────────────────────── data notes ─────────────────────────────

/** At most this many lines of data notes (the last one then says how many more there are). */
export const NOTES_LIMIT = 30;

/** After the errors and the sheets not read, the notes in this order; codes not listed come last. */
const NOTE_ORDER: readonly DiagnosticCode[] = [
  'hidden-rows',
  'hidden-columns',
  'merged-body-cell',
  'unit-mismatch',
  'missing-in-units',
  'approximate-value',
  'formula-no-result',
  'period-not-in-sheet',
  'duplicate-id',
  'unknown-direction',
  'unknown-aggregation',
  'unknown-milestone-word',
  'empty-in-period',
];
/** Not worth a reader's attention in the report (still in the JSON result). */
const UNNOTED_CODES: readonly DiagnosticCode[] = ['long-text', 'history-row-unreadable'];
/** The product's own report and history sheets, and empty sheets, are skipped without a note. */
const UNNOTED_SKIPS: readonly SkipReason['code'][] = ['own-output', 'empty'];

type SkippedSheet = Report['skippedSheets'][number];

function skippedNote(s: SkippedSheet, lang: Lang): string {
  const reason = describeSkipReason(s.reason, lang);
  const file = cleanText(s.file);
  const sheet = cleanText(s.sheet);
  if (lang === 'zh-CN') {
    const where = `${file ? `文件“${file}”中` : ''}工作表${sheet ? `“${sheet}”` : ''}`;
    return tidySentence(`${where}未读取：${reason}。`);
  }
  return tidySentence(
    `Sheet${sheet ? ` "${sheet}"` : ''}${file ? ` in ${file}` : ''} was not read: ${reason}.`,
  );
}

/**
 * The data notes (数据说明 / Data notes): what a reader must know about the data behind the report, one
 * numbered sentence each: errors first (cells that made an indicator invalid, disagreeing units of
 * measure), then sheets not read and why, hidden rows and columns (still read), merged cells, indicators
 * missing in some units, approximate values read as their base value, and the other warnings. Sentences
 * come from describeDiagnostic. At most NOTES_LIMIT lines: past that, the last line says how many more
 * notes the JSON result holds. Empty when there is nothing to say.
 */
export function buildDataNotes(
  diagnostics: readonly Diagnostic[],
  skippedSheets: readonly SkippedSheet[],
  lang: Lang,
): string[] {
  const ranked: { rank: number; order: number; text: string }[] = [];
  diagnostics.forEach((d, i) => {
    if (UNNOTED_CODES.includes(d.code)) return;
    const at = NOTE_ORDER.indexOf(d.code);
    const rank = d.severity === 'error' ? 0 : 2 + (at >= 0 ? at : NOTE_ORDER.length);
    ranked.push({ rank, order: i, text: describeDiagnostic(d, lang) });
  });
  skippedSheets.forEach((s, i) => {
    if (UNNOTED_SKIPS.includes(s.reason.code)) return;
    ranked.push({ rank: 1, order: i, text: skippedNote(s, lang) });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const texts = [...new Set(ranked.map((r) => r.text).filter((t) => t !== ''))];
  const shown = texts.length > NOTES_LIMIT ? texts.slice(0, NOTES_LIMIT - 1) : texts;
  const lines = shown.map((t, i) => (lang === 'zh-CN' ? `${i + 1}.${t}` : `${i + 1}. ${t}`));
  const more = texts.length - shown.length;
  if (more > 0) {
    lines.push(
      lang === 'zh-CN'
        ? `另有${more}条提示未逐条列出（检查结果和JSON结果中有完整清单）。`
        : `${more} more ${more === 1 ? 'note is' : 'notes are'} not listed here (the check results and the JSON result list them all).`,
    );
  }
  return lines;
}

// ───────────────────────────── the report ─────────────────────────────

function diagnosticKey(d: Diagnostic): string {
  return [d.file ?? '', d.sheet, d.cell ?? '', d.code, d.severity, JSON.stringify(d.params ?? {})].join('|');
}

/** "表 各单位…" → "表2 各单位…"; "Units compared" → "Table 2. Units compared". */
function numberedCaption(caption: string, n: number, lang: Lang): string {
  const bare = caption.replace(/^(表\s*\d*|Table\s*\d*\.?)\s*/, '').trim();
  return lang === 'zh-CN' ? `表${n} ${bare}` : `Table ${n}. ${bare}`;
}

/**
 * The organisation-wide table with 序号 and 类别 in front, so that its columns line up with the table
 * of all indicators (指标 in column C, 单位 in D) on the report sheet.
 */
function consolidatedReportTable(c: Consolidation, lang: Lang, tableNo: number): ReportTable {
  const t = consolidatedTable(c, lang);
  const zh = lang === 'zh-CN';
  const categories = c.consolidated.map((r) =>
    typeof r.category === 'string' && r.category.trim() !== '' ? r.category : null,
  );
  const noHeader = zh ? '序号' : 'No.';
  const categoryHeader = zh ? '类别' : 'Category';
  const noWidth = Math.max(4, String(t.rows.length).length, displayWidth(noHeader)) + 2;
  const categoryWidth = Math.min(
    MAX_COLUMN_WIDTH,
    Math.max(4, displayWidth(categoryHeader), ...categories.map((x) => (x ? displayWidth(x) : 0))) + 2,
  );
  const columns: TableColumn[] = [
    { key: 'no', header: noHeader, kind: 'number', numFmt: NUMBER_FORMATS.index, width: noWidth },
    { key: 'category', header: categoryHeader, kind: 'text', width: categoryWidth },
    ...t.columns,
  ];
  return {
    ...t,
    caption: numberedCaption(t.caption, tableNo, lang),
    columns,
    rows: t.rows.map((r, i) => [i + 1, categories[i], ...r]),
    ...(t.numFmts ? { numFmts: t.numFmts.map((r) => [NUMBER_FORMATS.index, null, ...r]) } : {}),
  };
}

/** Where the report goes beyond this check-in's sheets. */
export interface ReportContext {
  /** Earlier check-ins (the history sheet or file); the same period, when present, is replaced. */
  readonly history?: readonly CheckInSnapshot[];
  /** When this check-in is recorded (ISO date-time); default `${date}T00:00:00`. */
  readonly takenAt?: string;
}

/**
 * Evaluates every indicator of every table read, and builds the report model: title, counts, narrative,
 * tables, charts, the diagnostics of reading and evaluating (each once), the sheets skipped and the data
 * notes. The options given back in the report carry the unit name and year found in the sheets where
 * the caller gave none.
 *
 * With a previous check-in in `context.history` (the latest before this period): `changes`, the "since
 * the last check-in" section of the narrative (before the problems section), a previous-status column in
 * the attention table and the 'completion-trend' chart over the check-ins up to this one.
 * With several units of the same layout (sharesLayout): `consolidation`, the narrative opening on the
 * whole organisation and a section with a paragraph per unit, the tables `consolidated` (表1) and `units`
 * (表2) before the indicator tables (then 表3, 表4), the 'units-ranking' chart, and the consolidation's
 * diagnostics (unit-mismatch, missing-in-units) among the report's.
 */
export function buildReport(
  readings: readonly SheetReading[],
  options: ReportOptions,
  context: ReportContext = {},
): Report {
  const lang = options.lang;
  const tables = readings.flatMap((r) => (r.kind === 'table' ? [r.table] : []));
  const indicators = tables.flatMap((t) => t.indicators);
  const evaluations = evaluateIndicators(indicators, options.period, options.thresholds);
  const { unitName, year } = detectedUnitAndYear(tables, options);
  const resolved: ReportOptions = {
    ...options,
    ...(unitName !== null ? { unitName } : {}),
    ...(year !== null ? { year } : {}),
  };
  const title =
    options.title && options.title.trim() !== '' ? options.title.trim() : defaultTitle(tables, resolved);
  const counts = countStatuses(evaluations);

  // Several units of the same layout.
  const units = reportUnits(evaluations);
  const consolidation: Consolidation | null = sharesLayout(units)
    ? consolidateUnits(units, options.period, options.thresholds)
    : null;

  // Since the last check-in.
  const code = periodCode(options.period);
  const history = context.history ?? [];
  const previous = history.length > 0 ? previousSnapshot(history, code) : null;
  const changes: ChangesSinceLastCheckIn | null = previous
    ? compareWithPrevious(historyEvaluations(evaluations), previous)
    : null;

  const givenUnit = cleanUnitName(options.unitName);
  const scope = givenUnit ? (lang === 'zh-CN' ? givenUnit : `across ${givenUnit}`) : undefined;
  const narrative = buildNarrative({
    evaluations,
    counts,
    options: resolved,
    title,
    ...(consolidation
      ? { units: unitsNarrative(consolidation, lang, options.period, { units, ...(scope ? { scope } : {}) }) }
      : {}),
    ...(changes ? { changes: changesSection(changes, options.period, lang) } : {}),
  });

  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const d of [
    ...tables.flatMap((t) => t.diagnostics),
    ...evaluations.flatMap((e) => e.diagnostics),
    ...(consolidation?.diagnostics ?? []),
  ]) {
    const key = diagnosticKey(d);
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(d);
  }
  const skippedSheets = readings.flatMap((r) =>
    r.kind === 'skipped'
      ? [{ ...(r.file !== undefined ? { file: r.file } : {}), sheet: r.sheet, reason: r.reason }]
      : [],
  );

  // Tables, numbered in the order the report sheet shows them.
  const first = consolidation ? 3 : 1;
  const ranked = rankAttention(evaluations);
  const attentionOrder = ranked.map((r) => r.e);
  const attention = attentionTable(ranked, lang, first + 1);
  const reportTables: ReportTables = {
    indicators: buildIndicatorTable(evaluations, lang, first),
    attention: changes ? addPreviousStatusColumn(attention, attentionOrder, changes, lang) : attention,
    ...(consolidation
      ? {
          consolidated: consolidatedReportTable(consolidation, lang, 1),
          units: (() => {
            const t = unitsTable(consolidation.units, lang);
            return { ...t, caption: numberedCaption(t.caption, 2, lang) };
          })(),
        }
      : {}),
  };

  const charts = buildChartSpecs(evaluations, lang, attentionOrder);
  if (changes) {
    // The check-ins up to this one (a later check-in already recorded is left out), this one included.
    const takenAt = context.takenAt ?? `${options.date}T00:00:00`;
    const upTo = history.filter((s) => periodRank(s.period) <= periodRank(code));
    const trend = trendChartSpec(
      completionTrend(recordCheckIn(upTo, checkInSnapshot(evaluations, options.period, takenAt))),
      lang,
    );
    if (trend) charts.push(trend);
  }
  if (consolidation) charts.push(unitsChartSpec(consolidation.units, lang));

  return {
    options: resolved,
    title,
    counts,
    evaluations,
    narrative,
    tables: reportTables,
    charts,
    diagnostics,
    skippedSheets,
    ...(changes ? { changes } : {}),
    ...(consolidation ? { consolidation } : {}),
    notes: buildDataNotes(diagnostics, skippedSheets, lang),
  };
}
