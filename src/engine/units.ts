/**
 * Several units in one report: the organisation-wide table, the comparison of units (table, chart and
 * words) and the JSON addition, all built from a Consolidation (see consolidate.ts).
 *
 * - Counts (`sum` aggregation) are added up over the units that report data.
 * - Levels and percentages are not added up: the row shows the mean across units (each unit weighted
 *   equally, as consolidate.ts computes it), and the note gives the range across units and how many units
 *   meet the target.
 * - Units of measure that disagree (万份 vs 份) give no sum: the row says so.
 * - Indicators missing in some units are listed with the units that lack them.
 *
 * Helpers of report.ts are only used inside functions, so that report.ts may import this module.
 */
import {
  cleanText,
  formatNumber,
  formatPercent,
  joinList,
  periodAsOf,
  statusLabel,
  tidySentence,
} from './format';
import { cellDisplayWidth, displayWidth } from './core/measure';
import { cleanValue, finite } from './core/numbers';
import { NUMBER_FORMATS, quantityFormat } from './core/numFmt';
import { MAX_COLUMN_WIDTH } from './report';
import {
  BEHIND_STATUSES,
  STATUSES,
  type ChartSpec,
  type ConsolidatedIndicator,
  type Consolidation,
  type Lang,
  type Period,
  type ReportTable,
  type Status,
  type TableCell,
  type TableColumn,
  type UnitEvaluations,
  type UnitSummary,
} from './model';

/** At most this many unit names in a table note ("缺：A、B、C等12个单位"). */
const NOTE_UNITS_LIMIT = 5;
/** At most this many indicator names per unit paragraph. */
const UNIT_NAMES_LIMIT = 5;

function indicatorName(name: string, lang: Lang): string {
  return cleanText(name) || (lang === 'zh-CN' ? '未命名指标' : 'Unnamed indicator');
}

function unitName(name: string, lang: Lang): string {
  return cleanText(name) || (lang === 'zh-CN' ? '未命名单位' : 'Unnamed unit');
}

/** "A、B和C" or, past the limit, "A、B、C等12个单位" / "A, B, C and 9 more". */
function limitedList(
  names: readonly string[],
  limit: number,
  lang: Lang,
  noun: 'unit' | 'indicator',
): string {
  if (names.length <= limit) return joinList(names, lang);
  const head = names.slice(0, limit);
  if (lang === 'zh-CN') return `${head.join('、')}等${names.length}${noun === 'unit' ? '个单位' : '项'}`;
  return `${head.join(', ')} and ${names.length - limit} more`;
}

// ───────────────────────────── table helpers ─────────────────────────────

interface Cell {
  readonly value: TableCell;
  readonly fmt: string | null;
}
const EMPTY: Cell = { value: null, fmt: null };

function text(v: string | null | undefined): Cell {
  return { value: typeof v === 'string' && v.trim() !== '' ? v : null, fmt: null };
}

function num(v: number | null | undefined, factor = 1, percent = false): Cell {
  if (!finite(v)) return EMPTY;
  const value = cleanValue(v / factor);
  return { value, fmt: quantityFormat(value, percent) };
}

function ratio(v: number | null | undefined): Cell {
  return finite(v) ? { value: cleanValue(v), fmt: NUMBER_FORMATS.percent } : EMPTY;
}

function count(n: number): Cell {
  return { value: n, fmt: NUMBER_FORMATS.integer };
}

interface ColumnDef {
  readonly key: string;
  readonly header: string;
  readonly kind: TableColumn['kind'];
  readonly numFmt?: string;
}

function buildTable(
  name: string,
  caption: string,
  defs: readonly ColumnDef[],
  cells: readonly (readonly Cell[])[],
  rowStatus?: readonly (Status | null)[],
): ReportTable {
  const rows = cells.map((r) => r.map((c) => c.value));
  const numFmts = cells.map((r) =>
    r.map((c) => (c.value === null || typeof c.value === 'string' ? null : c.fmt)),
  );
  const columns: TableColumn[] = defs.map((d, c) => {
    const cellMax = Math.max(0, ...rows.map((r, i) => cellDisplayWidth(r[c], numFmts[i][c])));
    const headerWidth = displayWidth(d.header);
    const width = Math.min(MAX_COLUMN_WIDTH, Math.max(4, cellMax, headerWidth <= 12 ? headerWidth : 12) + 2);
    return { key: d.key, header: d.header, kind: d.kind, ...(d.numFmt ? { numFmt: d.numFmt } : {}), width };
  });
  return { name, caption, columns, rows, ...(rowStatus ? { rowStatus } : {}), numFmts };
}

/** zh-CN rows whose numbers reach 10,000 are written in 万 (or 亿), as the indicator table does. */
function rowScale(row: ConsolidatedIndicator, lang: Lang): { factor: number; prefix: string } {
  const none = { factor: 1, prefix: '' };
  if (lang !== 'zh-CN' || row.kind !== 'sum' || row.percent === true) return none;
  const unit = row.unit ?? '';
  if (/^[万亿]/.test(unit) || /[%％‰率]/.test(unit)) return none;
  const max = Math.max(0, ...[row.target, row.actual, row.expected].filter(finite).map(Math.abs));
  if (max >= 1e8) return { factor: 1e8, prefix: '亿' };
  if (max >= 1e4) return { factor: 1e4, prefix: '万' };
  return none;
}

function mismatchUnits(c: Consolidation, row: ConsolidatedIndicator): string[] {
  const d = c.diagnostics.find((x) => x.code === 'unit-mismatch' && x.params?.name === row.name);
  const units = d?.params?.units;
  if (typeof units !== 'string') return [];
  return units
    .split('/')
    .map((u) => cleanText(u))
    .filter((u) => u !== '');
}

/** A bound of a level's range: 8.0% for a percentage, else the number (0.08, 12.5万). */
function formatRangeValue(v: number, percent: boolean, lang: Lang): string {
  return percent ? formatPercent(cleanValue(v), lang) : formatNumber(cleanValue(v), lang);
}

/** The note of a consolidated row: range and units meeting (levels), mismatch, units missing. */
function rowNote(c: Consolidation, row: ConsolidatedIndicator, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const parts: string[] = [];
  const reporting = row.units.length;
  if (row.kind === 'level') {
    let mean = zh ? '各单位平均值' : 'mean of units';
    if (row.range && finite(row.range.min) && finite(row.range.max)) {
      const min = formatRangeValue(row.range.min, row.percent === true, lang);
      const max = formatRangeValue(row.range.max, row.percent === true, lang);
      const range = min === max ? min : `${min}${zh ? '～' : '–'}${max}`;
      mean += zh ? `，区间${range}` : `, range ${range}`;
    }
    parts.push(mean);
    parts.push(
      zh
        ? `达标${row.unitsMeeting}/${reporting}个单位`
        : `meeting target in ${row.unitsMeeting} of ${reporting} units`,
    );
  } else if (row.kind === 'milestone') {
    parts.push(
      zh
        ? `完成或按期推进${row.unitsMeeting}/${reporting}个单位`
        : `done or on schedule in ${row.unitsMeeting} of ${reporting} units`,
    );
  } else if (row.kind === 'mismatch') {
    const units = mismatchUnits(c, row);
    const list = units.join('/');
    parts.push(
      zh
        ? `计量单位不一致${list ? `（${list}）` : ''}，未合计`
        : `units of measure differ${list ? ` (${list})` : ''}, not summed`,
    );
  }
  if (row.missingIn.length > 0) {
    const names = row.missingIn.map((u) => unitName(u, lang));
    parts.push(
      zh
        ? `缺：${limitedList(names, NOTE_UNITS_LIMIT, lang, 'unit')}`
        : `not reported by ${limitedList(names, NOTE_UNITS_LIMIT, lang, 'unit')}`,
    );
  }
  return tidySentence(parts.join(zh ? '；' : '; '));
}

// ───────────────────────────── consolidated table ─────────────────────────────

/**
 * The organisation-wide table, one row per indicator: 指标, 单位, 填报单位数, 年度目标, 累计完成, 序时目标,
 * 完成率, 状态, 说明 (en-US: Indicator, Unit, Units reporting, Annual target, Actual to date, Pace target,
 * Completion, Status, Note). Counts are totals over the units; levels are means across units, with the range
 * and the number of units meeting target in the note.
 */
export function consolidatedTable(c: Consolidation, lang: Lang): ReportTable {
  const zh = lang === 'zh-CN';
  const defs: ColumnDef[] = [
    { key: 'name', header: zh ? '指标' : 'Indicator', kind: 'text' },
    { key: 'unit', header: zh ? '单位' : 'Unit', kind: 'text' },
    {
      key: 'units',
      header: zh ? '填报单位数' : 'Units reporting',
      kind: 'number',
      numFmt: NUMBER_FORMATS.integer,
    },
    {
      key: 'target',
      header: zh ? '年度目标合计' : 'Annual target (total)',
      kind: 'number',
      numFmt: NUMBER_FORMATS.column,
    },
    {
      key: 'actual',
      header: zh ? '累计完成合计' : 'Actual to date (total)',
      kind: 'number',
      numFmt: NUMBER_FORMATS.column,
    },
    {
      key: 'expected',
      header: zh ? '序时目标' : 'Pace target',
      kind: 'number',
      numFmt: NUMBER_FORMATS.column,
    },
    {
      key: 'completion',
      header: zh ? '完成率' : 'Completion',
      kind: 'percent',
      numFmt: NUMBER_FORMATS.percent,
    },
    { key: 'status', header: zh ? '状态' : 'Status', kind: 'status' },
    { key: 'note', header: zh ? '说明' : 'Note', kind: 'text' },
  ];
  const cells = c.consolidated.map((row) => {
    const scale = rowScale(row, lang);
    const unit = scale.prefix ? `${scale.prefix}${row.unit ?? ''}` : row.unit;
    const numeric = row.kind === 'sum' || row.kind === 'level';
    return [
      text(row.name),
      text(unit),
      count(row.units.length),
      numeric ? num(row.target, scale.factor, row.percent === true) : EMPTY,
      numeric ? num(row.actual, scale.factor, row.percent === true) : EMPTY,
      numeric ? num(row.expected, scale.factor, row.percent === true) : EMPTY,
      numeric ? ratio(row.completion) : EMPTY,
      text(statusLabel(row.status, lang)),
      text(rowNote(c, row, lang)),
    ];
  });
  const caption = zh
    ? '表 全系统目标任务汇总情况（数量类指标为各单位合计，水平类和比率类指标为各单位平均）'
    : 'Consolidated indicators (counts summed over units; levels and rates averaged across units)';
  return buildTable(
    'Consolidated',
    caption,
    defs,
    cells,
    c.consolidated.map((r) => r.status),
  );
}

// ───────────────────────────── units: table, chart ─────────────────────────────

function rankedUnits(units: readonly UnitSummary[]): UnitSummary[] {
  return [...units].sort((a, b) => a.rank - b.rank);
}

function shareOf(u: UnitSummary): number {
  return finite(u.onPaceShare) ? u.onPaceShare : 0;
}

/** Statuses shown as columns: the five main ones always, no data / invalid only when some unit has them. */
function statusColumns(units: readonly UnitSummary[]): Status[] {
  return STATUSES.filter(
    (s) => !['no_data', 'invalid'].includes(s) || units.some((u) => (u.byStatus[s] ?? 0) > 0),
  );
}

/**
 * The comparison of units, best first: 排名, 单位, 指标数, one column per status, 序时推进及以上占比
 * (en-US: Rank, Unit, Indicators, statuses, On pace or better).
 */
export function unitsTable(units: readonly UnitSummary[], lang: Lang): ReportTable {
  const zh = lang === 'zh-CN';
  const statuses = statusColumns(units);
  const defs: ColumnDef[] = [
    { key: 'rank', header: zh ? '排名' : 'Rank', kind: 'number', numFmt: NUMBER_FORMATS.index },
    { key: 'unit', header: zh ? '单位' : 'Unit', kind: 'text' },
    { key: 'total', header: zh ? '指标数' : 'Indicators', kind: 'number', numFmt: NUMBER_FORMATS.integer },
    ...statuses.map((s): ColumnDef => ({
      key: s,
      header: statusLabel(s, lang),
      kind: 'number',
      numFmt: NUMBER_FORMATS.integer,
    })),
    {
      key: 'onPaceShare',
      header: zh ? '序时推进及以上占比' : 'On pace or better',
      kind: 'percent',
      numFmt: NUMBER_FORMATS.percent,
    },
  ];
  const cells = rankedUnits(units).map((u) => [
    { value: u.rank, fmt: NUMBER_FORMATS.index },
    text(u.name),
    count(u.total),
    ...statuses.map((s) => count(u.byStatus[s] ?? 0)),
    ratio(shareOf(u)),
  ]);
  const caption = zh ? '表 各单位目标任务完成情况比较' : 'Units compared';
  return buildTable('Units', caption, defs, cells);
}

/** Share of indicators on pace or better per unit, best first: a bar chart. */
export function unitsChartSpec(units: readonly UnitSummary[], lang: Lang): ChartSpec {
  const zh = lang === 'zh-CN';
  const ranked = rankedUnits(units);
  return {
    id: 'units-ranking',
    type: 'bar',
    title: zh ? '各单位目标任务序时推进及以上占比' : 'Share of indicators on pace or better, by unit',
    categories: ranked.map((u) => unitName(u.name, lang)),
    series: [
      {
        name: zh ? '序时推进及以上占比' : 'On pace or better',
        values: ranked.map((u) => Math.round(shareOf(u) * 10000) / 10000),
        color: '4472C4',
      },
    ],
    valueAxisTitle: zh ? '占比' : 'Share',
    percentAxis: true,
  };
}

// ───────────────────────────── units: narrative ─────────────────────────────

export interface UnitsNarrative {
  readonly heading: string;
  /** The whole organisation: units, indicators per status, the best and weakest unit, flagged indicators. */
  readonly opening: string;
  /** One short paragraph per unit, best first. */
  readonly perUnit: readonly string[];
}

export interface UnitsNarrativeOptions {
  /** The units' evaluations, to name what is behind in each unit. */
  readonly units?: readonly UnitEvaluations[];
  /** How the whole organisation is called: 全市, 全系统 (default) / "across the organisation". */
  readonly scope?: string;
}

function countsOf(rows: readonly { status: Status }[]): Record<Status, number> {
  const by = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of rows) by[r.status] = (by[r.status] ?? 0) + 1;
  return by;
}

function zhStatusCounts(by: Readonly<Record<Status, number>>, total: number, withShare: boolean): string {
  return STATUSES.filter((s) => (by[s] ?? 0) > 0)
    .map((s) => {
      const n = by[s] ?? 0;
      return `${statusLabel(s, 'zh-CN')}${n}项${withShare && total > 0 ? `、占${formatPercent(n / total, 'zh-CN')}` : ''}`;
    })
    .join('，');
}

function enStatusCounts(by: Readonly<Record<Status, number>>, total: number, withShare: boolean): string {
  const parts = STATUSES.filter((s) => (by[s] ?? 0) > 0).map((s) => {
    const n = by[s] ?? 0;
    return `${n} ${statusLabel(s, 'en-US').toLowerCase()}${withShare && total > 0 ? ` (${formatPercent(n / total, 'en-US')})` : ''}`;
  });
  return joinList(parts, 'en-US');
}

/** Names of a unit's indicators behind pace, at risk or missed, furthest first by status. */
function behindNames(units: readonly UnitEvaluations[] | undefined, name: string, lang: Lang): string[] {
  const u = units?.find((x) => x.name === name);
  if (!u) return [];
  const order: Status[] = ['missed', 'at_risk', 'behind'];
  return u.evaluations
    .filter((e) => BEHIND_STATUSES.includes(e.status))
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
    .map((e) =>
      lang === 'zh-CN'
        ? `${indicatorName(e.indicator.name, lang)}（${statusLabel(e.status, lang)}）`
        : `${indicatorName(e.indicator.name, lang)} (${statusLabel(e.status, lang).toLowerCase()})`,
    );
}

function zhUnits(c: Consolidation, period: Period, options: UnitsNarrativeOptions): UnitsNarrative {
  const asOf = periodAsOf(period, 'zh-CN');
  const scope = cleanText(options.scope) || '全系统';
  const ranked = rankedUnits(c.units);
  const rows = c.consolidated;
  const by = countsOf(rows);
  const sentences: string[] = [];
  let first = `${asOf}，${scope}共有${ranked.length}个单位填报目标任务完成情况，汇总后共有目标任务${rows.length}项`;
  const counts = zhStatusCounts(by, rows.length, true);
  if (counts) first += `，其中${counts}`;
  sentences.push(`${first}。`);
  if (rows.some((r) => r.kind === 'level'))
    sentences.push(
      '数量类指标按各单位合计对标，水平类和比率类指标不作合计，按各单位平均值、数值区间和达标单位数反映。',
    );
  const behind = rows
    .filter((r) => BEHIND_STATUSES.includes(r.status))
    .map((r) => indicatorName(r.name, 'zh-CN'));
  if (behind.length > 0)
    sentences.push(
      `汇总后进度滞后或未完成的有${limitedList(behind, UNIT_NAMES_LIMIT, 'zh-CN', 'indicator')}。`,
    );
  if (ranked.length >= 2) {
    const best = ranked[0];
    const worst = ranked[ranked.length - 1];
    if (shareOf(best) !== shareOf(worst)) {
      sentences.push(
        `从各单位看，${unitName(best.name, 'zh-CN')}序时推进及以上的目标任务占比最高，为${formatPercent(shareOf(best), 'zh-CN')}；${unitName(worst.name, 'zh-CN')}最低，为${formatPercent(shareOf(worst), 'zh-CN')}。`,
      );
    } else {
      sentences.push(
        `从各单位看，序时推进及以上的目标任务占比均为${formatPercent(shareOf(best), 'zh-CN')}。`,
      );
    }
  }
  const partial = rows.filter((r) => r.missingIn.length > 0).map((r) => indicatorName(r.name, 'zh-CN'));
  if (partial.length > 0)
    sentences.push(
      `${limitedList(partial, UNIT_NAMES_LIMIT, 'zh-CN', 'indicator')}只在部分单位填报，已在汇总表中注明未填报的单位。`,
    );
  const mismatch = rows.filter((r) => r.kind === 'mismatch');
  if (mismatch.length > 0) {
    const names = mismatch.map((r) => {
      const units = mismatchUnits(c, r);
      return `${indicatorName(r.name, 'zh-CN')}${units.length ? `（${units.join('、')}）` : ''}`;
    });
    sentences.push(`${joinList(names, 'zh-CN')}各单位填报的计量单位不一致，未作合计，请核对后重新对标。`);
  }
  const perUnit = ranked.map((u) => {
    const name = unitName(u.name, 'zh-CN');
    if (u.total === 0) return `${name}未填报可对标的目标任务。`;
    const parts = [`${name}共有目标任务${u.total}项`];
    const cts = zhStatusCounts(u.byStatus, u.total, false);
    if (cts) parts.push(`其中${cts}`);
    parts.push(`序时推进及以上占${formatPercent(shareOf(u), 'zh-CN')}`);
    if (ranked.length >= 2) parts.push(`在${ranked.length}个单位中排第${u.rank}位`);
    let text = `${parts.join('，')}。`;
    const names = behindNames(options.units, u.name, 'zh-CN');
    if (names.length > 0)
      text += `进度滞后或未完成的有${limitedList(names, UNIT_NAMES_LIMIT, 'zh-CN', 'indicator')}。`;
    return tidySentence(text);
  });
  return {
    heading: '各单位目标任务完成情况',
    opening: tidySentence(sentences.join('')),
    perUnit,
  };
}

function enUnits(c: Consolidation, period: Period, options: UnitsNarrativeOptions): UnitsNarrative {
  const asOf = periodAsOf(period, 'en-US');
  const scope = cleanText(options.scope) || 'across the organisation';
  const ranked = rankedUnits(c.units);
  const rows = c.consolidated;
  const by = countsOf(rows);
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const sentences: string[] = [];
  let first = `${asOf}, ${plural(ranked.length, 'unit', 'units')} reported ${scope}, giving ${plural(rows.length, 'indicator', 'indicators')} once consolidated`;
  const counts = enStatusCounts(by, rows.length, true);
  if (counts) first += `: ${counts}`;
  sentences.push(`${first}.`);
  if (rows.some((r) => r.kind === 'level'))
    sentences.push(
      'Counts are summed over the units; levels and rates are not summed but shown as the mean, the range across units and the number of units meeting target.',
    );
  const behind = rows
    .filter((r) => BEHIND_STATUSES.includes(r.status))
    .map((r) => indicatorName(r.name, 'en-US'));
  if (behind.length > 0)
    sentences.push(
      `Consolidated, ${limitedList(behind, UNIT_NAMES_LIMIT, 'en-US', 'indicator')} ${behind.length === 1 ? 'is' : 'are'} behind pace or missed.`,
    );
  if (ranked.length >= 2) {
    const best = ranked[0];
    const worst = ranked[ranked.length - 1];
    if (shareOf(best) !== shareOf(worst)) {
      sentences.push(
        `${unitName(best.name, 'en-US')} has the highest share of indicators on pace or better (${formatPercent(shareOf(best), 'en-US')}) and ${unitName(worst.name, 'en-US')} the lowest (${formatPercent(shareOf(worst), 'en-US')}).`,
      );
    } else {
      sentences.push(
        `Every unit has ${formatPercent(shareOf(best), 'en-US')} of its indicators on pace or better.`,
      );
    }
  }
  const partial = rows.filter((r) => r.missingIn.length > 0).map((r) => indicatorName(r.name, 'en-US'));
  if (partial.length > 0)
    sentences.push(
      `${limitedList(partial, UNIT_NAMES_LIMIT, 'en-US', 'indicator')} ${partial.length === 1 ? 'is' : 'are'} reported by only some units; the consolidated table names the units missing.`,
    );
  const mismatch = rows.filter((r) => r.kind === 'mismatch');
  if (mismatch.length > 0) {
    const names = mismatch.map((r) => {
      const units = mismatchUnits(c, r);
      return `${indicatorName(r.name, 'en-US')}${units.length ? ` (${units.join(', ')})` : ''}`;
    });
    sentences.push(
      `The units give different units of measure for ${joinList(names, 'en-US')}, so ${mismatch.length === 1 ? 'it is' : 'they are'} not summed; please check the sheets.`,
    );
  }
  const perUnit = ranked.map((u) => {
    const name = unitName(u.name, 'en-US');
    if (u.total === 0) return `${name} reported no indicators that can be assessed.`;
    let text = `${name} has ${plural(u.total, 'indicator', 'indicators')}`;
    const cts = enStatusCounts(u.byStatus, u.total, false);
    if (cts) text += `: ${cts}`;
    text += `. ${formatPercent(shareOf(u), 'en-US')} are on pace or better`;
    if (ranked.length >= 2) text += `, ranking ${u.rank} of ${ranked.length}`;
    text += '.';
    const names = behindNames(options.units, u.name, 'en-US');
    if (names.length > 0)
      text += ` Behind pace or missed: ${limitedList(names, UNIT_NAMES_LIMIT, 'en-US', 'indicator')}.`;
    return tidySentence(text);
  });
  return { heading: 'Units compared', opening: tidySentence(sentences.join(' ')), perUnit };
}

/**
 * The words for several units: a heading, an opening on the whole organisation (units, consolidated
 * indicators per status, what is behind, the best and weakest unit, indicators flagged) and a short
 * paragraph per unit, best first (counts, share on pace, rank and, with `options.units`, what is behind).
 */
export function unitsNarrative(
  c: Consolidation,
  lang: Lang,
  period: Period,
  options: UnitsNarrativeOptions = {},
): UnitsNarrative {
  return lang === 'zh-CN' ? zhUnits(c, period, options) : enUnits(c, period, options);
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
