/**
 * The tables in words: headers and captions from the language pack, cells as display-ready values
 * (numbers stay numbers, with one number format each; statuses and approximate figures as text), column
 * widths measured in the same pass. One table builder for every table of the report.
 */
import {
  NOT_RATED_REASONS,
  type Evaluation,
  type Gaps,
  type Lang,
  type NotRatedReason,
  type ReportTable,
  type Status,
  type TableCell,
  type TableColumn,
} from '../model';
import { cleanValue, finite } from '../core/numbers';
import { cellDisplayWidth, displayWidth } from '../core/measure';
import { NUMBER_FORMATS, quantityFormat } from '../core/numFmt';
import { gapsOf, type Ranked } from '../evaluate/gaps';
import { localeFor } from '../locale';
import type { Locale, RowScale } from '../locale/types';
import {
  ATTENTION_COLUMNS,
  columnsFor,
  HEADER_WIDTH_CAP,
  INDICATOR_COLUMNS,
  MAX_COLUMN_WIDTH,
  actualAsText,
  orgNames,
  scaleBasis,
  targetAsText,
  withOrgColumn,
  type ColumnSpec,
  type OrgNames,
  sourceText,
} from '../report/tables';
import { gapToPaceShown, paceShown, unitOf } from '../report/kinds';
import { shownName } from '../core/text';
import { normalizeText } from '../core/normalize';

/** A cell: its value and its number format (null for text and empty cells). */
export interface NumCell {
  readonly value: TableCell;
  readonly fmt: string | null;
}
export const EMPTY_CELL: NumCell = { value: null, fmt: null };
const NO_SCALE: RowScale = { factor: 1, unit: (u) => u };

/** The size from which a row counts towards a scale. */
function scaleFrom(s: RowScale): number {
  return s.from ?? s.factor;
}

/** The unit cell of a row in a scale (人次 → 万人次); a row not scaled keeps its unit as it is. */
export function scaledUnit(unit: string | null | undefined, scale: RowScale): string | null {
  return scale === NO_SCALE ? (unit ?? null) : scale.unit(unit ?? '');
}

/** The scale of a row whose figures reach `basis` (see report/tables.ts): the largest the language has. */
export function pickScale(basis: number | null, L: Locale): RowScale {
  if (basis === null) return NO_SCALE;
  return L.format.tableScales.find((s) => basis >= scaleFrom(s)) ?? NO_SCALE;
}

/**
 * One scale for a whole table's figure columns, never row by row: the largest scale that most of its
 * scalable rows reach (万 when most rows are 10,000 or more), applied to every scalable row, so "0.3万人次"
 * stands above "0.79万人" rather than "3,000人次" above "0.79万人". Rows that are never scaled (rates,
 * approximate figures, milestones, units already in 万) keep their figures as they are, and so do rows
 * too small for it (rowTakesScale): 85个 stays 85, never 0.0085万.
 */
export function tableScale(bases: readonly (number | null)[], L: Locale): RowScale {
  const scales = L.format.tableScales;
  const counts = new Array<number>(scales.length).fill(0);
  const from = scales.map(scaleFrom);
  let scalable = 0;
  for (let k = 0; k < bases.length; k++) {
    const basis = bases[k];
    if (basis === null) continue;
    scalable++;
    for (let i = 0; i < from.length; i++) if (basis >= from[i]) counts[i]++;
  }
  const i = counts.findIndex((n) => n * 2 > scalable);
  return i < 0 ? NO_SCALE : scales[i];
}

/**
 * Whether a row of that basis takes the table's scale: a scalable row of at least a tenth of the scale's
 * threshold (1,000 for 万: 0.3万人次), not a row that would read as a sliver of it (85 as 0.0085万).
 */
function rowTakesScale(basis: number | null, scale: RowScale): boolean {
  return scale !== NO_SCALE && basis !== null && basis >= scaleFrom(scale) / 10;
}

/**
 * Where a table's cell function puts one cell (see buildTable): filled in place, one per table, so that
 * the million cells of a large table make no object each.
 */
export interface CellSlot {
  value: TableCell;
  fmt: string | null;
}

/** Puts a number divided by the row's scale, cleaned, with the format of its kind; empty if none. */
function putScaled(slot: CellSlot, v: number | null | undefined, factor: number, percent: boolean): void {
  if (!finite(v)) return putEmpty(slot);
  const value = cleanValue(v / factor);
  slot.value = value;
  slot.fmt = quantityFormat(value, percent);
}

function putRatio(slot: CellSlot, v: number | null | undefined): void {
  if (!finite(v)) return putEmpty(slot);
  slot.value = cleanValue(v);
  slot.fmt = NUMBER_FORMATS.percent;
}

function putText(slot: CellSlot, v: string | null | undefined): void {
  slot.value = typeof v === 'string' && v.trim() !== '' ? v : null;
  slot.fmt = null;
}

function putCount(slot: CellSlot, n: number, fmt: string): void {
  slot.value = n;
  slot.fmt = fmt;
}

function putEmpty(slot: CellSlot): void {
  slot.value = null;
  slot.fmt = null;
}

/** A cell made by one of the put functions above, as its own object (for tables built from cells). */
function cellBy<A extends unknown[]>(put: (slot: CellSlot, ...args: A) => void): (...args: A) => NumCell {
  return (...args) => {
    const slot: CellSlot = { value: null, fmt: null };
    put(slot, ...args);
    return slot;
  };
}

/** A number divided by the row's scale, cleaned, with the format of its kind. */
export const scaledCell = cellBy(putScaled);
export const ratioCell = cellBy(putRatio);
export const textCell = cellBy(putText);
export function countCell(n: number, fmt: string = NUMBER_FORMATS.integer): NumCell {
  return { value: n, fmt };
}

/** The cell function of a table whose cells are already made (`rows[r][c]`). */
export function fromCells(
  rows: readonly (readonly NumCell[])[],
): (r: number, c: number, slot: CellSlot) => void {
  return (r, c, slot) => {
    const cell = rows[r][c];
    slot.value = cell.value;
    slot.fmt = cell.fmt;
  };
}

/**
 * The widest word of a header, which its column must hold so that no word breaks ("年度目/标"): words are
 * what spaces separate; a Chinese header, written without spaces, is one word (at most MAX_COLUMN_WIDTH
 * less the margin; a longer one wraps).
 */
export function headerWordWidth(header: string): number {
  let widest = 0;
  for (const word of header.split(/\s+/)) widest = Math.max(widest, displayWidth(word));
  return Math.min(widest, MAX_COLUMN_WIDTH - 2);
}

/** The table formats, by their index in a row's pattern of formats (0 = no format). */
const PATTERN_FORMATS: readonly string[] = Object.values(NUMBER_FORMATS);

/**
 * Rows of number formats shared between rows with the same pattern (read-only): a table of 100,000 rows
 * has a handful of patterns, not 100,000 arrays. A row is filled into a scratch array, then swapped for
 * the shared one; a row with a format outside the table formats keeps its own.
 */
class SharedFormats {
  private readonly byPattern = new Map<number, readonly (string | null)[]>();
  private scratch: (string | null)[];

  constructor(private readonly width: number) {
    this.scratch = new Array(width);
  }

  start(): (string | null)[] {
    return this.scratch;
  }

  end(fmts: (string | null)[]): readonly (string | null)[] {
    // Each column's format as a digit in base 8 (the table formats, and none): up to 17 columns fit a
    // double exactly.
    if (this.width > 17) return this.keep(fmts);
    let key = 0;
    for (let c = 0; c < this.width; c++) {
      const f = fmts[c];
      const k = f === null ? 0 : PATTERN_FORMATS.indexOf(f) + 1;
      if (k === 0 && f !== null) return this.keep(fmts);
      key = key * 8 + k;
    }
    const known = this.byPattern.get(key);
    if (known) return known;
    this.byPattern.set(key, fmts);
    return this.keep(fmts);
  }

  /** The row keeps `fmts`; later rows are filled into a new scratch array. */
  private keep(fmts: (string | null)[]): readonly (string | null)[] {
    this.scratch = new Array(this.width);
    return fmts;
  }
}

/**
 * A table from its columns and a cell function: headers in the language, widths from the widest cell
 * (at most MAX_COLUMN_WIDTH) and the header (counted up to HEADER_WIDTH_CAP). One pass over the cells.
 */
export function buildTable(
  name: string,
  caption: string,
  defs: readonly ColumnSpec[],
  L: Locale,
  rowCount: number,
  /** Puts the cell of a row and column in the slot. */
  cellAt: (row: number, column: number, slot: CellSlot) => void,
  options: { readonly rowStatus?: readonly (Status | null)[] } = {},
): ReportTable {
  const rows: TableCell[][] = new Array(rowCount);
  const numFmts: (readonly (string | null)[])[] = new Array(rowCount);
  const widths: number[] = defs.map(() => 0);
  const n = defs.length;
  const shared = new SharedFormats(n);
  const cell: CellSlot = { value: null, fmt: null };
  for (let i = 0; i < rowCount; i++) {
    const row: TableCell[] = new Array(n);
    const fmts = shared.start();
    for (let c = 0; c < n; c++) {
      cellAt(i, c, cell);
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
    numFmts[i] = shared.end(fmts);
  }
  const columns: TableColumn[] = defs.map((d, c) => {
    const header =
      typeof d.header === 'string' ? L.report.columns[d.header] : L.format.status[d.header.status];
    const headerWidth = Math.max(Math.min(displayWidth(header), HEADER_WIDTH_CAP), headerWordWidth(header));
    const width = Math.min(MAX_COLUMN_WIDTH, Math.max(4, widths[c], headerWidth) + 2);
    const content = d.kind === 'text' ? 0 : widths[c];
    const minWidth = Math.min(width, Math.max(4, content, headerWordWidth(header)) + 2);
    return { key: d.key, header, kind: d.kind, ...(d.numFmt ? { numFmt: d.numFmt } : {}), width, minWidth };
  });
  return {
    name,
    caption,
    columns,
    rows,
    ...(options.rowStatus ? { rowStatus: options.rowStatus } : {}),
    numFmts,
  };
}

/** True when the row's figures are percentages. */
function percentOf(e: Evaluation): boolean {
  return !!(e.target?.percent || e.actual?.percent);
}

/** Why an indicator is not rated, in words ('' when the reason is unknown). */
export function notRatedReason(L: Locale, reason: string | null | undefined): string {
  return NOT_RATED_REASONS.includes(reason as NotRatedReason)
    ? L.format.notRatedReason[reason as NotRatedReason]
    : '';
}

/** A target as its kind and bound say it: 增长7%, ≤4.3%, 6.5%—7%, 3%左右 (see report/tables.ts). */
function boundTargetText(e: Evaluation, L: Locale): string {
  const t = e.target!;
  const unit = unitOf(e);
  const high = finite(e.targetHigh) ? L.format.figure({ ...t, value: e.targetHigh }, unit) : null;
  return L.format.boundTarget({
    kind: e.kind === 'growth' || e.kind === 'decrease' ? e.kind : 'other',
    comparator: e.comparator ?? null,
    value: L.format.figure(t, unit),
    high,
    strict: e.strict === true,
  });
}

/** The target as shown: text for milestones, bounds and approximate targets, else the (scaled) number. */
function putTarget(slot: CellSlot, e: Evaluation, scale: RowScale, L: Locale): void {
  // A place as the office wrote it (全省前10名, 进入全省前三): "≤3" would read as a quantity.
  if (e.kind === 'rank') return putText(slot, sourceText(e.targetSource) ?? boundTargetText(e, L));
  if (targetAsText(e)) return putText(slot, boundTargetText(e, L));
  if (e.target?.approximation) return putText(slot, L.format.quantity(e.target, null));
  if (e.target) return putScaled(slot, e.target.value, scale.factor, e.target.percent);
  // A task that is its own target (城市供水质量提升, a list of works to do): its name says it once.
  if (e.targetText && normalizeText(e.targetText) === normalizeText(shownName(e.indicator)))
    return putEmpty(slot);
  putText(slot, e.targetText);
}

/** The actual as shown: "20多" stays "20多"; milestone words and texts a figure was read from as written. */
function putActual(slot: CellSlot, e: Evaluation, scale: RowScale, L: Locale): void {
  const text = actualAsText(e);
  if (text !== null) return putText(slot, text);
  if (e.actual?.approximation) return putText(slot, L.format.quantity(e.actual, null));
  if (e.actual) return putScaled(slot, e.actual.value, scale.factor, e.actual.percent);
  putText(slot, e.actualText);
}

/** The pace target as the table shows it (a countable one in whole numbers); null where there is none. */
function shownPaceTarget(e: Evaluation): number | null {
  const p = paceShown(e.expected, unitOf(e), e.direction === 'lower', e.target, e.actual);
  return finite(p) ? p : null;
}

type IndicatorCell = (
  slot: CellSlot,
  e: Evaluation,
  i: number,
  scale: RowScale,
  gaps: Gaps | null,
  L: Locale,
) => void;

/** Puts the cell of each column of an indicator row. `gaps`: the row's gaps when already computed. */
const INDICATOR_CELLS: Readonly<Record<string, IndicatorCell>> = {
  no: (slot, _e, i) => putCount(slot, i + 1, NUMBER_FORMATS.index),
  category: (slot, e) => putText(slot, e.indicator.category),
  name: (slot, e) => putText(slot, shownName(e.indicator)),
  unit: (slot, e, _i, scale) => putText(slot, scaledUnit(e.indicator.measureUnit, scale)),
  target: (slot, e, _i, scale, _g, L) => putTarget(slot, e, scale, L),
  expected: (slot, e, _i, scale) => putScaled(slot, shownPaceTarget(e), scale.factor, percentOf(e)),
  actual: (slot, e, _i, scale, _g, L) => putActual(slot, e, scale, L),
  completion: (slot, e) => putRatio(slot, e.completion),
  pace: (slot, e) => putRatio(slot, e.pace),
  gapToPace: (slot, e, _i, scale, g) =>
    putScaled(slot, gapToPaceShown(e, (g ?? gapsOf(e)).toPace), scale.factor, percentOf(e)),
  gapPoints: (slot, e, _i, _s, g) => {
    // A place has no percentage points to show (2 places short is in the gap columns).
    const p = e.kind === 'rank' ? null : (g ?? gapsOf(e)).points;
    if (p === null) return putEmpty(slot);
    putCount(slot, p, NUMBER_FORMATS.points);
  },
  gapToTarget: (slot, e, _i, scale, g) =>
    putScaled(slot, (g ?? gapsOf(e)).toTarget, scale.factor, percentOf(e)),
  status: (slot, e, _i, _s, _g, L) => {
    slot.value =
      e.status === 'not_rated'
        ? L.format.notRatedStatus(notRatedReason(L, e.notRated))
        : (L.format.status[e.status] ?? L.format.status.invalid);
    slot.fmt = null;
  },
  owner: (slot, e) => putText(slot, e.indicator.owner),
};

/**
 * A table of indicators, one row per evaluation (with its gaps when known). `orgs`: each indicator's
 * organisation when the report has several (report/tables.ts orgNames): the table then has an
 * organisation column after No.
 */
function indicatorsTable(
  name: string,
  caption: string,
  columns: readonly ColumnSpec[],
  evaluations: readonly Evaluation[],
  L: Locale,
  gaps: readonly Gaps[] | null = null,
  orgs: OrgNames | null = null,
  yearEnd = false,
): ReportTable {
  const needed = columnsFor(
    columns,
    yearEnd,
    evaluations.length,
    (i) => shownPaceTarget(evaluations[i]),
    (i) => {
      const t = evaluations[i].target?.value;
      return finite(t) ? t : null;
    },
  );
  const defs = orgs ? withOrgColumn(needed) : needed;
  const orgCell: IndicatorCell = (slot, e) => putText(slot, orgs?.get(e));
  const cells = defs.map((d) => (d.key === 'org' ? orgCell : INDICATOR_CELLS[d.key]));
  // Each row's basis once: for the table's scale and for whether the row takes it.
  const bases = L.format.tableScales.length > 0 ? evaluations.map(scaleBasis) : null;
  const scale = bases ? tableScale(bases, L) : NO_SCALE;
  let scaleRow = -1;
  let rowScale = NO_SCALE;
  return buildTable(
    name,
    caption,
    defs,
    L,
    evaluations.length,
    (i, c, slot) => {
      const e = evaluations[i];
      if (scaleRow !== i) {
        scaleRow = i;
        rowScale = rowTakesScale(bases?.[i] ?? null, scale) ? scale : NO_SCALE;
      }
      cells[c](slot, e, i, rowScale, gaps ? gaps[i] : null, L);
    },
    { rowStatus: evaluations.map((e) => e.status) },
  );
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
  orgs: OrgNames | null = orgNames(evaluations),
  /** A report of the year's end (core/period.ts reportsYearEnd). */
  yearEnd = false,
): ReportTable {
  const L = localeFor(lang);
  const caption = L.report.numberedCaption(tableNo, L.report.captions.indicators);
  return indicatorsTable('Indicators', caption, INDICATOR_COLUMNS, evaluations, L, null, orgs, yearEnd);
}

/**
 * Indicators behind pace, at risk, missed or invalid, already in the attention order (rankAttention),
 * with the gap to the pace target and to the annual target in the indicator's unit and the gap in
 * percentage points of pace.
 */
export function attentionTable(
  ranked: readonly Ranked[],
  lang: Lang,
  tableNo: number,
  orgs: OrgNames | null = null,
  /** A report of the year's end (core/period.ts reportsYearEnd). */
  yearEnd = false,
): ReportTable {
  const L = localeFor(lang);
  const caption = L.report.numberedCaption(tableNo, L.report.captions.attention);
  return indicatorsTable(
    'Attention',
    caption,
    ATTENTION_COLUMNS,
    ranked.map((r) => r.e),
    L,
    ranked.map((r) => r.gaps),
    orgs,
    yearEnd,
  );
}
