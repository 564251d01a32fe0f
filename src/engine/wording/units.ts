/**
 * Several units in one report, in words: the organisation-wide table, the comparison of units (table,
 * chart and paragraphs), all built from a Consolidation (see evaluate/consolidate.ts).
 *
 * - Counts (`sum` aggregation) are added up over the units that report data.
 * - Levels and percentages are not added up: the row shows the mean across units (each unit weighted
 *   equally), and the note gives the range across units and how many units meet the target.
 * - Units of measure that disagree (万份 vs 份) give no sum: the row says so.
 * - Indicators missing in some units are listed with the units that lack them.
 */
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
  type UnitEvaluations,
  type UnitSummary,
} from '../model';
import { cleanValue, finite } from '../core/numbers';
import { NUMBER_FORMATS } from '../core/numFmt';
import { cleanText, shownName, tidySentence } from '../core/text';
import { localeFor } from '../locale';
import type { Locale, RowScale, StatusShareWords } from '../locale/types';
import { COLUMNS, CONSOLIDATED_COLUMNS, consolidatedScaleBasis, unitsColumns } from '../report/tables';
import {
  behindInUnit,
  unitsByName,
  countsOf,
  cutNames,
  mismatchUnits,
  NOTE_UNITS_LIMIT,
  chartedUnits,
  rankedUnits,
  shareOf,
  statusColumns,
  UNIT_NAMES_LIMIT,
  type NameCut,
} from '../report/units';
import { keyedChart } from './charts';
import {
  buildTable,
  countCell,
  EMPTY_CELL,
  fromCells,
  pickScale,
  scaledUnit,
  tableScale,
  ratioCell,
  scaledCell,
  textCell,
  type NumCell,
} from './tables';

function indicatorName(name: string, L: Locale): string {
  return cleanText(name) || L.narrative.unnamedIndicator;
}

function unitName(name: string, L: Locale): string {
  return cleanText(name) || L.units.unnamedUnit;
}

/** "A、B和C" or, past the limit, "A、B、C等12个单位" / "A, B, C and 9 more". */
function nameList(cut: NameCut, noun: 'item' | 'unit', L: Locale): string {
  return cut.total > cut.names.length
    ? L.format.cutList(cut.names, cut.total, noun)
    : L.format.list(cut.names);
}

/** A bound of a level's range: 8.0% for a percentage, else the number (0.08, 12.5万). */
function rangeValue(v: number, percent: boolean, L: Locale): string {
  return percent ? L.format.percent(cleanValue(v)) : L.format.number(cleanValue(v));
}

/** The note of a consolidated row: range and units meeting (levels), mismatch, units missing. */
function rowNote(c: Consolidation, row: ConsolidatedIndicator, L: Locale): string {
  const T = L.units;
  const parts: string[] = [];
  const reporting = row.units.length;
  if (row.kind === 'level') {
    let range: string | null = null;
    if (row.range && finite(row.range.min) && finite(row.range.max)) {
      const min = rangeValue(row.range.min, row.percent === true, L);
      const max = rangeValue(row.range.max, row.percent === true, L);
      range = min === max ? min : T.range(min, max);
    }
    parts.push(T.levelMean(range), T.levelMeeting(row.unitsMeeting, reporting));
  } else if (row.kind === 'milestone') {
    parts.push(T.milestoneMeeting(row.unitsMeeting, reporting));
  } else if (row.kind === 'mismatch') {
    parts.push(T.mismatchNote(mismatchUnits(c, row).join('/')));
  }
  if (row.missingIn.length > 0) {
    const names = row.missingIn.map((u) => unitName(u, L));
    parts.push(T.missingNote(nameList(cutNames(names, NOTE_UNITS_LIMIT), 'unit', L)));
  }
  return tidySentence(parts.join(T.noteSeparator));
}

/** The cells of a consolidated row (without the leading No. and category). */
function consolidatedCells(
  c: Consolidation,
  row: ConsolidatedIndicator,
  tableScale: RowScale,
  L: Locale,
): NumCell[] {
  const scale = consolidatedScaleBasis(row) === null ? pickScale(null, L) : tableScale;
  const unit = scaledUnit(row.unit, scale);
  const numeric = row.kind === 'sum' || row.kind === 'level';
  const percent = row.percent === true;
  return [
    textCell(row.name),
    textCell(unit),
    countCell(row.units.length),
    numeric ? scaledCell(row.target, scale.factor, percent) : EMPTY_CELL,
    numeric ? scaledCell(row.actual, scale.factor, percent) : EMPTY_CELL,
    numeric ? scaledCell(row.expected, scale.factor, percent) : EMPTY_CELL,
    numeric ? ratioCell(row.completion) : EMPTY_CELL,
    textCell(L.format.status[row.status] ?? L.format.status.invalid),
    textCell(rowNote(c, row, L)),
  ];
}

/**
 * The organisation-wide table, one row per indicator, numbered: 序号, 类别, 指标, 单位, 填报单位数, 年度目标,
 * 累计完成, 序时目标, 完成率, 状态, 说明 (en-US: No., Category, Indicator, Unit, Units reporting, Annual target,
 * Actual to date, Pace target, Completion, Status, Note). 序号 and 类别 come first so that its columns line
 * up with the table of all indicators (指标 in column C, 单位 in D) on the report sheet. Counts are totals
 * over the units; levels are means across units, with the range and the number of units meeting target
 * in the note.
 */
export function consolidatedReportTable(c: Consolidation, lang: Lang, tableNo: number): ReportTable {
  const L = localeFor(lang);
  const caption = L.report.numberedCaption(tableNo, L.report.captions.consolidated);
  const defs = [COLUMNS.no, COLUMNS.category, ...CONSOLIDATED_COLUMNS];
  // One scale for the table's figure columns (see tableScale), never row by row.
  const scale = tableScale(c.consolidated.map(consolidatedScaleBasis), L);
  const rows = c.consolidated.map((row, i) => [
    countCell(i + 1, NUMBER_FORMATS.index),
    textCell(row.category),
    ...consolidatedCells(c, row, scale, L),
  ]);
  return buildTable('Consolidated', caption, defs, L, rows.length, fromCells(rows), {
    rowStatus: c.consolidated.map((r) => r.status),
  });
}

/**
 * The comparison of units, best first: 排名, 单位, 指标数, one column per status, 序时推进及以上占比
 * (en-US: Rank, Unit, Indicators, statuses, On pace or better).
 */
export function unitsTable(units: readonly UnitSummary[], lang: Lang, tableNo = 2): ReportTable {
  const L = localeFor(lang);
  const statuses = statusColumns(units);
  const rows = rankedUnits(units).map((u) => [
    countCell(u.rank, NUMBER_FORMATS.index),
    textCell(u.name),
    countCell(u.total),
    ...statuses.map((s) => countCell(u.byStatus[s] ?? 0)),
    ratioCell(shareOf(u)),
  ]);
  const caption = L.report.numberedCaption(tableNo, L.report.captions.units);
  return buildTable('Units', caption, unitsColumns(statuses), L, rows.length, fromCells(rows));
}

/** Share of indicators on pace or better per unit, best first: a bar chart. */
export function unitsChartSpec(units: readonly UnitSummary[], lang: Lang): ChartSpec {
  const L = localeFor(lang);
  const all = rankedUnits(units);
  const { units: shown, cut } = chartedUnits(all);
  const names = shown.map((u) => unitName(u.name, L));
  const series = [
    { key: 'share' as const, values: shown.map((u) => Math.round(shareOf(u) * 10000) / 10000) },
  ];
  const chart = keyedChart(L, 'units-ranking', 'bar', names, series, {
    referenceLine: null,
    percentAxis: true,
  });
  return cut
    ? { ...chart, title: L.report.unitsRankingCut(chart.title, cut.best, cut.weakest, all.length) }
    : chart;
}

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
  /** The month the organisation's year starts (1 = January, the default): months are named by the calendar. */
  readonly yearStart?: number;
}

/** Statuses that occur, in order, with their counts (and shares of `total`, when asked). */
function statusShares(
  by: Readonly<Record<Status, number>>,
  total: number,
  withShare: boolean,
  L: Locale,
): StatusShareWords[] {
  return STATUSES.filter((s) => (by[s] ?? 0) > 0).map((s) => ({
    status: s,
    count: by[s] ?? 0,
    share: withShare && total > 0 ? L.format.percent((by[s] ?? 0) / total) : null,
  }));
}

function openingWords(c: Consolidation, period: Period, options: UnitsNarrativeOptions, L: Locale) {
  const ranked = rankedUnits(c.units);
  const rows = c.consolidated;
  const behind = rows.filter((r) => BEHIND_STATUSES.includes(r.status));
  const partial = rows.filter((r) => r.missingIn.length > 0);
  const names = (rs: readonly ConsolidatedIndicator[]) =>
    nameList(
      cutNames(
        rs.map((r) => indicatorName(r.name, L)),
        UNIT_NAMES_LIMIT,
      ),
      'item',
      L,
    );
  let comparison: Parameters<Locale['units']['opening']>[0]['comparison'] = null;
  if (ranked.length >= 2) {
    const [best, worst] = [ranked[0], ranked[ranked.length - 1]];
    comparison =
      shareOf(best) !== shareOf(worst)
        ? {
            kind: 'spread',
            best: { name: unitName(best.name, L), share: L.format.percent(shareOf(best)) },
            worst: { name: unitName(worst.name, L), share: L.format.percent(shareOf(worst)) },
          }
        : { kind: 'same', share: L.format.percent(shareOf(best)) };
  }
  return {
    asOf: L.format.periodAsOf(period, options.yearStart),
    scope: cleanText(options.scope) || L.units.defaultScope,
    units: ranked.length,
    indicators: rows.length,
    counts: statusShares(countsOf(rows), rows.length, true, L),
    anyLevel: rows.some((r) => r.kind === 'level'),
    behind: names(behind),
    behindCount: behind.length,
    comparison,
    partial: names(partial),
    partialCount: partial.length,
    mismatch: rows
      .filter((r) => r.kind === 'mismatch')
      .map((r) => ({ name: indicatorName(r.name, L), units: mismatchUnits(c, r) })),
  };
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
  const L = localeFor(lang);
  const T = L.units;
  const ranked = rankedUnits(c.units);
  const byName = unitsByName(options.units);
  const perUnit = ranked.map((u) => {
    const behind = behindInUnit(byName.get(u.name)).map((e) =>
      T.behindName(indicatorName(shownName(e.indicator), L), e.status),
    );
    return tidySentence(
      T.perUnit({
        name: unitName(u.name, L),
        total: u.total,
        counts: statusShares(u.byStatus, u.total, false, L),
        share: L.format.percent(shareOf(u)),
        rank: ranked.length >= 2 ? { rank: u.rank, of: ranked.length } : null,
        behind: behind.length > 0 ? nameList(cutNames(behind, UNIT_NAMES_LIMIT), 'item', L) : '',
      }),
    );
  });
  return {
    heading: T.heading,
    opening: tidySentence(T.opening(openingWords(c, period, options, L))),
    perUnit,
  };
}
