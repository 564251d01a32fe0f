/**
 * The report sheet: what to write where. One sheet (对标报告 / Target report) holding, top to bottom:
 * the title (merged across the table width); the period and date line; the product's marker in A3 (white,
 * small: invisible in print, harmless when copied, and how the add-in and the reader recognise the sheet
 * as the product's own); the count per status; the narrative paragraphs (each merged across
 * the table width, wrapped, with a row height estimated from its length); with several units, the
 * organisation-wide table and the units compared; the table of all indicators; the table of the
 * indicators needing attention (with the previous status after an earlier check-in); the data notes
 * (数据说明 / Data notes, one numbered line each, when there are any); then, from a new page, each chart
 * beside the small data block it draws from (a chart is never taller than a page). Tables have one header row, no merged cells, thin borders, status text with a
 * status fill, and one number format per cell. A4 landscape, fit to width; a page break goes before a
 * chart block that would not fit on the rest of the page, so no chart is split.
 */
import { absoluteRange, rangeAddress } from '../core/address';
import { cellDisplayWidth, displayWidth } from '../core/measure';
import { NUMBER_FORMATS } from '../core/numFmt';
import { reportsYearEnd } from '../core/period';
import { localeFor } from '../locale';
import type { Locale } from '../locale/types';
import { chartLabelWidth, withLegibleLabels } from './chartLabels';
import { MAX_COLUMN_WIDTH } from '../report/tables';
import type {
  CellRange,
  CellStyle,
  ChartPlacement,
  ChartSpec,
  LayoutCell,
  Report,
  ReportLayout,
  ReportTable,
  SheetLayout,
  Status,
  TableCell,
  ValueBlock,
} from '../model';
import { expandBlocks } from './blocks';
import { MARKER_CELL, REPORT_MARKER, REPORT_SHEET_NAME, STATUSES } from '../model';

/** Fills and font colours of the status cells (Excel's good / neutral / bad palette). */
export const STATUS_COLORS: Readonly<Record<Status, { readonly fill: string; readonly font: string }>> = {
  achieved: { fill: 'C6EFCE', font: '006100' },
  on_track: { fill: 'DDEBF7', font: '1F4E78' },
  behind: { fill: 'FFEB9C', font: '9C5700' },
  at_risk: { fill: 'F8CBAD', font: '833C0B' },
  missed: { fill: 'FFC7CE', font: '9C0006' },
  not_rated: { fill: 'F2F2F2', font: '404040' },
  no_data: { fill: 'EDEDED', font: '595959' },
  invalid: { fill: 'D9D9D9', font: '7F0000' },
};

/** Excel table names of the two tables (prefixed so they do not clash with the user's own tables). */
export const LAYOUT_TABLE_NAMES = {
  indicators: 'TargetReportIndicators',
  attention: 'TargetReportAttention',
  consolidated: 'TargetReportConsolidated',
  units: 'TargetReportUnits',
} as const;

/** Points per line of 11 pt text, and Excel's ceiling on a row height. */
export const LINE_HEIGHT_PT = 15;
const MAX_ROW_HEIGHT_PT = 409;

/**
 * A4 with the writers' margins (0.5" sides, 0.6" top and bottom, header and footer inside them): the
 * printable area in points, landscape and portrait, the height taken a little short so the estimate errs
 * towards an earlier page break.
 */
export const PRINTABLE_WIDTH_PT = 741;
export const PRINTABLE_HEIGHT_PT = 460;
const PORTRAIT_WIDTH_PT = 523;
const PORTRAIT_HEIGHT_PT = 700;
/** The sheet's text is 11 pt: printed at no less than 9 pt, it is shrunk to at most this share. */
export const MIN_PRINT_SCALE = 9 / 11;

/** The sheet's width in points. */
function sheetWidthPt(columnWidths: readonly number[]): number {
  return columnWidths.reduce((s, w) => s + columnWidthPt(w), 0);
}

/**
 * How the report sheet prints on A4: portrait when its width fits there at 9 pt or more, else landscape;
 * fitted to the page width when that keeps the text at 9 pt or more, else printed at the smallest such
 * scale, the columns running on to a second page across.
 */
export function printFit(columnWidths: readonly number[]): {
  readonly orientation: 'portrait' | 'landscape';
  readonly fitToWidth: boolean;
  readonly scale: number;
} {
  const width = Math.max(1, sheetWidthPt(columnWidths));
  if (PORTRAIT_WIDTH_PT / width >= MIN_PRINT_SCALE) {
    return { orientation: 'portrait', fitToWidth: true, scale: Math.min(1, PORTRAIT_WIDTH_PT / width) };
  }
  const landscape = PRINTABLE_WIDTH_PT / width;
  return landscape >= MIN_PRINT_SCALE
    ? { orientation: 'landscape', fitToWidth: true, scale: Math.min(1, landscape) }
    : { orientation: 'landscape', fitToWidth: false, scale: MIN_PRINT_SCALE };
}

/**
 * How many leading columns one printed page holds across, at the print set-up printFit chose: all of
 * them when the sheet is fitted to the page width. The title and the narrative are merged across these
 * only, so their text never runs on to a second page across.
 */
export function columnsOnOnePage(columnWidths: readonly number[]): number {
  const fit = printFit(columnWidths);
  if (fit.fitToWidth) return columnWidths.length;
  // A fifth kept in hand: viewers (LibreOffice) lay out a character wider than Excel's 7 px.
  const page = ((fit.orientation === 'portrait' ? PORTRAIT_WIDTH_PT : PRINTABLE_WIDTH_PT) / fit.scale) * 0.8;
  let used = 0;
  let n = 0;
  while (n < columnWidths.length && used + columnWidthPt(columnWidths[n]) <= page) {
    used += columnWidthPt(columnWidths[n]);
    n++;
  }
  return Math.max(1, n);
}

/** Column width in characters → points (Excel: 7 px per character plus 5 px padding, 0.75 pt per px). */
export function columnWidthPt(width: number): number {
  return (width * 7 + 5) * 0.75;
}

/** How many points of sheet rows one printed page holds once the print set-up (printFit) has scaled it. */
export function pageCapacityPt(columnWidths: readonly number[]): number {
  const fit = printFit(columnWidths);
  const height = fit.orientation === 'portrait' ? PORTRAIT_HEIGHT_PT : PRINTABLE_HEIGHT_PT;
  // The scale is taken 10 % larger than computed: a real sheet that shrinks more fits more rows.
  return height / Math.min(1, fit.scale * 1.1);
}

const BASE_STYLES: Readonly<Record<string, CellStyle>> = {
  title: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle', wrap: true },
  subtitle: { fontSize: 11, fontColor: '404040', hAlign: 'center', vAlign: 'middle' },
  marker: { fontSize: 8, fontColor: 'FFFFFF', hAlign: 'right' },
  heading1: { bold: true, fontSize: 12, vAlign: 'middle' },
  paragraph: { fontSize: 11, wrap: true, vAlign: 'top', hAlign: 'left' },
  signature: { fontSize: 11, hAlign: 'right', vAlign: 'middle' },
  caption: { bold: true, fontSize: 11, vAlign: 'bottom' },
  note: { italic: true, fontSize: 11, fontColor: '404040' },
  'data-note': { fontSize: 10, wrap: true, vAlign: 'top', hAlign: 'left', fontColor: '404040' },
  'table-header': {
    bold: true,
    fill: 'D9E1F2',
    border: 'thin',
    hAlign: 'center',
    vAlign: 'middle',
    wrap: true,
  },
  'cell-text': { border: 'thin', vAlign: 'middle', wrap: true },
  'cell-text-right': { border: 'thin', vAlign: 'middle', hAlign: 'right' },
  'cell-empty': { border: 'thin', vAlign: 'middle' },
  'total-label': { bold: true, border: 'thin', vAlign: 'middle' },
  'data-label': { border: 'thin', vAlign: 'middle', wrap: true },
};

const FORMAT_STYLE_NAMES: Readonly<Record<string, string>> = {
  [NUMBER_FORMATS.integer]: 'cell-integer',
  [NUMBER_FORMATS.decimal]: 'cell-decimal',
  [NUMBER_FORMATS.column]: 'cell-number',
  [NUMBER_FORMATS.percent]: 'cell-percent',
  [NUMBER_FORMATS.points]: 'cell-points',
  [NUMBER_FORMATS.index]: 'cell-index',
};

interface Sheet {
  rows: (LayoutCell | null)[][];
  /** The tables' bodies, as blocks of values. */
  blocks: ValueBlock[];
  merges: CellRange[];
  heights: Record<number, number>;
  styles: Record<string, CellStyle>;
  /** Cells whose content sets column widths: [row, col (1-based), width in characters, text wraps]. */
  measured: [number, number, number, boolean][];
}

function put(sheet: Sheet, row: number, col: number, cell: LayoutCell, measure?: number): void {
  while (sheet.rows.length < row) sheet.rows.push([]);
  const r = sheet.rows[row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = cell;
  if (measure !== undefined) {
    sheet.measured.push([row, col, measure, cell.style ? sheet.styles[cell.style]?.wrap === true : false]);
  }
}

/** The style key for a number format, created on first use. */
function formatStyle(sheet: Sheet, fmt: string): string {
  const known = FORMAT_STYLE_NAMES[fmt];
  const key =
    known ??
    `cell-format-${Object.keys(sheet.styles).filter((k) => k.startsWith('cell-format-')).length + 1}`;
  if (!sheet.styles[key]) {
    sheet.styles[key] = {
      border: 'thin',
      vAlign: 'middle',
      hAlign: fmt === NUMBER_FORMATS.index ? 'center' : 'right',
      numFmt: fmt,
    };
  }
  return key;
}

/** Lines a text needs in a given width of characters. */
function linesFor(text: string, widthChars: number): number {
  const usable = Math.max(1, widthChars - 1);
  // No character is wider than two columns: a short text fits on one line without measuring it.
  const multiline = text.includes('\n');
  if (!multiline) {
    if (text.length * 2 <= usable) return 1;
    return Math.max(1, Math.ceil(displayWidth(text) / usable));
  }
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

function heightFor(lines: number, lineHeight = LINE_HEIGHT_PT): number {
  return Math.min(MAX_ROW_HEIGHT_PT, Math.ceil(lines * lineHeight + 3));
}

/** The body of a table as a block of values, its number formats' styles made in the order cells use them. */
function tableBlock(sheet: Sheet, table: ReportTable, top: number): ValueBlock {
  const columns = table.columns;
  const status = table.rowStatus;
  const formats = table.numFmts;
  // The style keys of formats beyond the known ones are numbered by first use, row by row. No prototype:
  // a format is any text.
  const formatStyles = Object.create(null) as Record<string, string>;
  const known = (fmt: string): string => (formatStyles[fmt] ??= formatStyle(sheet, fmt));
  const defaults = columns.map((col) => col.numFmt ?? NUMBER_FORMATS.column);
  const numberStyles: (string | undefined)[] = columns.map(() => undefined);
  for (let r = 0; r < table.rows.length; r++) {
    const cells = table.rows[r];
    const rowStatus = status?.[r] ?? null;
    for (let c = 0; c < columns.length; c++) {
      const value: TableCell = cells[c] ?? null;
      if (typeof value !== 'number' || (columns[c].kind === 'status' && rowStatus !== null)) continue;
      const own = formats?.[r]?.[c];
      if (own !== null && own !== undefined) known(own);
      else numberStyles[c] ??= known(defaults[c]);
    }
  }
  return {
    top: top + 1,
    values: table.rows,
    columns: columns.map((col, c) => ({
      // Named only once a number uses it (an unused format adds no style); unused, it is never read.
      number: numberStyles[c] ?? 'cell-number',
      text: col.kind === 'number' || col.kind === 'percent' ? 'cell-text-right' : 'cell-text',
      empty: 'cell-empty',
      ...(col.kind === 'status' ? { byStatus: true } : {}),
    })),
    ...(formats ? { formats, formatStyles } : {}),
    ...(status ? { statuses: status } : {}),
  };
}

/** Writes a table at `top` (its header row): the header's cells, the body as a block; returns the last row. */
function writeTable(sheet: Sheet, table: ReportTable, top: number): number {
  table.columns.forEach((c, i) => put(sheet, top, i + 1, { value: c.header, style: 'table-header' }));
  if (table.rows.length > 0) sheet.blocks.push(tableBlock(sheet, table, top));
  return top + table.rows.length;
}

/** Row heights for wrapped header and text cells, once column widths are known. */
function tableRowHeights(sheet: Sheet, table: ReportTable, top: number, widths: readonly number[]): void {
  const headerLines = Math.max(1, ...table.columns.map((c, i) => linesFor(c.header, widths[i])));
  if (headerLines > 1) sheet.heights[top] = heightFor(headerLines);
  const textColumns: number[] = [];
  table.columns.forEach((col, c) => {
    if (col.kind === 'text') textColumns.push(c);
  });
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    let lines = 1;
    for (const c of textColumns) {
      const v = cells[c];
      if (typeof v === 'string') lines = Math.max(lines, linesFor(v, widths[c]));
    }
    if (lines > 1) sheet.heights[top + 1 + r] = heightFor(lines);
  }
}

/**
 * Rows a chart takes: room for its bars (more for two series side by side, and for labels on two lines),
 * at least 14 rows, at most 28 (420 pt: a chart always fits one printed page, whatever the scale).
 */
export function chartHeightRows(chart: ChartSpec): number {
  const n = chart.categories.length;
  const lines = Math.max(1, ...chart.categories.map((c) => String(c ?? '').split('\n').length));
  const bars = chart.type === 'bar' ? (chart.series.length > 1 && !chart.overlap ? 1.6 : 1.2) : 0.6;
  const perCategory = chart.type === 'bar' && lines > 1 ? Math.max(bars, 1.2 * lines) : bars;
  return Math.min(28, Math.max(14, Math.ceil(n * perCategory) + 6));
}

/**
 * Column (1-based) where the chart data blocks start: the indicator name column of the indicator table
 * (the widest, which already holds names), else the third.
 */
function dataColumn(report: Report): number {
  const name = report.tables.indicators.columns.findIndex((c) => c.key === 'name');
  return name >= 0 ? name + 1 : 3;
}

/** Every table, in the order the sheet shows them: organisation-wide and units first, when present. */
function sheetTables(
  report: Report,
  L: Locale,
): { table: ReportTable; name: string; noteWhenEmpty: string | null }[] {
  const { indicators, attention, consolidated, units } = report.tables;
  return [
    ...(consolidated
      ? [{ table: consolidated, name: LAYOUT_TABLE_NAMES.consolidated, noteWhenEmpty: null }]
      : []),
    ...(units ? [{ table: units, name: LAYOUT_TABLE_NAMES.units, noteWhenEmpty: null }] : []),
    { table: indicators, name: LAYOUT_TABLE_NAMES.indicators, noteWhenEmpty: null },
    { table: attention, name: LAYOUT_TABLE_NAMES.attention, noteWhenEmpty: L.report.layout.noAttention },
  ];
}

/** Statuses the report shows: every one, except "not rated" where no indicator is (tables made before it existed stay as they were). */
function shownStatuses(report: Report): readonly Status[] {
  return STATUSES.filter((s) => s !== 'not_rated' || report.counts.byStatus.not_rated > 0);
}

/** Statuses a report of the year's end has no use for unless a row has one: the pace's. */
const PACE_STATUSES: readonly Status[] = ['on_track', 'behind', 'at_risk'];

/** The rows of the count per status: at the year's end, the pace's only where a row has one. */
function statusBlockRows(report: Report): readonly Status[] {
  const yearEnd = reportsYearEnd(report.options);
  return shownStatuses(report).filter(
    (s) => !yearEnd || !PACE_STATUSES.includes(s) || report.counts.byStatus[s] > 0,
  );
}

/** The styles: the base ones and a fill per status shown. */
function sheetStyles(statuses: readonly Status[]): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = { ...BASE_STYLES };
  for (const s of statuses) {
    const c = STATUS_COLORS[s];
    styles[`status-${s}`] = {
      fill: c.fill,
      fontColor: c.font,
      border: 'thin',
      hAlign: 'center',
      vAlign: 'middle',
    };
  }
  return styles;
}

/** What the layout is writing: the sheet, its width in columns, and rows whose height waits for the widths. */
interface Writing {
  readonly sheet: Sheet;
  readonly width: number;
  readonly L: Locale;
  /** Rows whose height depends on the final column widths: [row, text, kind]. */
  readonly textRows: [number, string, 'title' | 'paragraph'][];
}

function mergeRow(w: Writing, row: number): void {
  w.sheet.merges.push({ top: row, left: 1, bottom: row, right: w.width });
}

/** Rows 1–3: title, period and date, marker. */
function writeHead(w: Writing, report: Report): void {
  const { sheet, L } = w;
  put(sheet, 1, 1, { value: report.title, style: 'title' });
  mergeRow(w, 1);
  w.textRows.push([1, report.title, 'title']);
  const subtitleBlock = report.narrative.find((b) => b.kind === 'subtitle');
  const subtitle =
    subtitleBlock?.text ??
    `${L.format.periodAsOf(report.options.period, report.options.yearStart)}${L.report.layout.subtitleSeparator}${L.format.date(report.options.date)}`;
  put(sheet, 2, 1, { value: subtitle, style: 'subtitle' });
  mergeRow(w, 2);
  sheet.heights[2] = 20;
  put(sheet, MARKER_CELL.row, MARKER_CELL.col, { value: REPORT_MARKER, style: 'marker' });
}

/** The count per status from `row`; returns the next free row. */
function writeStatusBlock(w: Writing, report: Report, top: number): number {
  const { sheet, L } = w;
  const words = L.report.layout;
  let row = top;
  put(sheet, row, 1, { value: words.statusBlockCaption, style: 'caption' });
  mergeRow(w, row);
  row += 1;
  words.statusBlockHeaders.forEach((h, i) =>
    put(sheet, row, i + 1, { value: h, style: 'table-header' }, displayWidth(h)),
  );
  const total = report.counts.total;
  const integer = formatStyle(sheet, NUMBER_FORMATS.integer);
  const percent = formatStyle(sheet, NUMBER_FORMATS.percent);
  for (const s of statusBlockRows(report)) {
    row += 1;
    const label = L.format.status[s];
    const n = report.counts.byStatus[s];
    put(sheet, row, 1, { value: label, style: `status-${s}` }, displayWidth(label));
    put(sheet, row, 2, { value: n, style: integer }, String(n).length);
    put(sheet, row, 3, { value: total > 0 ? n / total : null, style: percent }, 6);
  }
  row += 1;
  put(sheet, row, 1, { value: words.totalLabel, style: 'total-label' }, displayWidth(words.totalLabel));
  put(sheet, row, 2, { value: total, style: integer }, String(total).length);
  put(sheet, row, 3, { value: total > 0 ? 1 : null, style: percent }, 6);
  return row + 2;
}

/** The narrative (title and subtitle are already in rows 1–2); returns the next free row. */
function writeNarrative(w: Writing, report: Report, top: number): number {
  const { sheet } = w;
  const indent = w.L.report.layout.paragraphIndent;
  let row = top;
  for (const block of report.narrative) {
    if (block.kind === 'title' || block.kind === 'subtitle') continue;
    const text =
      block.kind === 'paragraph' && indent && !/^[\s\u3000]/.test(block.text)
        ? `${indent}${block.text}`
        : block.text;
    put(sheet, row, 1, { value: text, style: block.kind });
    mergeRow(w, row);
    if (block.kind === 'paragraph') w.textRows.push([row, text, 'paragraph']);
    else if (block.kind === 'heading1') sheet.heights[row] = 20;
    row += 1;
  }
  return row + 1;
}

/**
 * The tables: one header row each, no merges inside. The indicator table is written even when empty
 * (its header says what the report holds); another empty table gets a one-line note instead.
 */
function writeTables(
  w: Writing,
  all: readonly { table: ReportTable; name: string; noteWhenEmpty: string | null }[],
  top: number,
): { row: number; tables: SheetLayout['tables'][number][]; written: { table: ReportTable; top: number }[] } {
  const { sheet } = w;
  const tables: SheetLayout['tables'][number][] = [];
  const written: { table: ReportTable; top: number }[] = [];
  let row = top;
  for (const { table, name, noteWhenEmpty } of all) {
    put(sheet, row, 1, { value: table.caption, style: 'caption' });
    mergeRow(w, row);
    row += 1;
    if (table.rows.length === 0 && noteWhenEmpty !== null) {
      put(sheet, row, 1, { value: noteWhenEmpty, style: 'note' });
      mergeRow(w, row);
      row += 2;
      continue;
    }
    const bottom = writeTable(sheet, table, row);
    written.push({ table, top: row });
    if (table.rows.length > 0) {
      tables.push({ name, range: rangeAddress(row, 1, bottom, table.columns.length), headerRow: row });
    }
    row = bottom + 2;
  }
  return { row, tables, written };
}

/** Data notes: numbered lines, each merged across the width and wrapped; returns the next free row. */
function writeNotes(w: Writing, report: Report, top: number): number {
  const notes = (report.notes ?? []).filter((n) => typeof n === 'string' && n.trim() !== '');
  if (notes.length === 0) return top;
  let row = top;
  put(w.sheet, row, 1, { value: w.L.report.layout.notesCaption, style: 'caption' });
  mergeRow(w, row);
  row += 1;
  for (const note of notes) {
    put(w.sheet, row, 1, { value: note, style: 'data-note' });
    mergeRow(w, row);
    w.textRows.push([row, note, 'paragraph']);
    row += 1;
  }
  return row + 1;
}

/** A chart block, placed before the widths are fixed: the chart's rows, then its data below. */
interface Block {
  /** The chart as drawn: its categories wrapped to stay legible (layout/chartLabels.ts). */
  chart: ChartSpec;
  /** First row of the chart (1-based) and how many rows it takes. */
  top: number;
  chartRows: number;
  /** The data block's header row (1-based) and its first column (1-based: the categories). */
  dataTop: number;
  col: number;
}

/**
 * The chart blocks from `top` (the section's caption): each a chart (placed later, when the widths are
 * known) and, below it, the small data block it draws from — the categories in the indicator name
 * column with their full text, one column per series. Returns the blocks and the next free row.
 */
function writeChartData(w: Writing, report: Report, top: number): { blocks: Block[]; row: number } {
  const { sheet, L } = w;
  const blocks: Block[] = [];
  const charts = report.charts.filter((c) => c.categories.length > 0 && c.series.length > 0);
  if (charts.length === 0) return { blocks, row: top };
  put(sheet, top, 1, { value: L.report.layout.chartsCaption, style: 'caption' });
  mergeRow(w, top);
  const col = dataColumn(report);
  let row = top + 1;
  for (const spec of charts) {
    const chart = withLegibleLabels(spec);
    const chartRows = chartHeightRows(chart);
    const at = row + chartRows + 1;
    const header =
      (L.report.charts as Readonly<Record<string, { dataHeader: string } | undefined>>)[chart.id]
        ?.dataHeader ?? L.report.layout.otherChartDataHeader;
    put(sheet, at, col, { value: header, style: 'table-header' }, displayWidth(header));
    chart.series.forEach((s, j) =>
      put(sheet, at, col + 1 + j, { value: s.name, style: 'table-header' }, displayWidth(s.name)),
    );
    const fmt = chart.percentAxis ? NUMBER_FORMATS.percent : NUMBER_FORMATS.integer;
    chart.categories.forEach((cat, i) => {
      put(sheet, at + 1 + i, col, { value: cat, style: 'data-label' }, chartLabelWidth(cat));
      chart.series.forEach((s, j) => {
        const v = s.values[i];
        const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
        put(
          sheet,
          at + 1 + i,
          col + 1 + j,
          { value, style: formatStyle(sheet, fmt) },
          cellDisplayWidth(value, fmt),
        );
      });
    });
    blocks.push({ chart, top: row, chartRows, dataTop: at, col });
    row = at + chart.categories.length + 2;
  }
  return { blocks, row };
}

/** Column widths: the tables' suggested widths, widened for the status block and chart data. */
function columnWidths(w: Writing, all: readonly { table: ReportTable }[]): number[] {
  const base: number[] = Array.from({ length: w.width }, () => 4);
  const least: number[] = Array.from({ length: w.width }, () => 4);
  for (const { table: t } of all) {
    t.columns.forEach((c, i) => {
      base[i] = Math.max(base[i], c.width);
      least[i] = Math.max(least[i], c.minWidth ?? c.width);
    });
  }
  const widths = base.slice();
  for (const [, col, width, wraps] of w.sheet.measured) {
    if (col > w.width) continue;
    const shown = Math.min(MAX_COLUMN_WIDTH, width + 2);
    widths[col - 1] = Math.max(widths[col - 1], shown);
    // A cell that does not wrap (a status label, a count) is never cut.
    if (!wraps) least[col - 1] = Math.max(least[col - 1], shown);
  }
  // Columns of text in every table that has them: their text wraps between characters.
  const text = base.map((_, i) => all.every(({ table: t }) => !t.columns[i] || t.columns[i].kind === 'text'));
  return fitToPage(widths, base, least, text);
}

/** The widest a sheet may be and still print fitted to a landscape page's width at 9 pt or more. */
const FIT_WIDTH_PT = PRINTABLE_WIDTH_PT / MIN_PRINT_SCALE;
/** A text column is never narrower than this (four Chinese characters a line). */
const MIN_TEXT_WIDTH = 9;

/**
 * Narrows columns so that the sheet prints fitted to the page width at 9 pt or more rather than running on
 * to a second page across. Text columns widened by the chart data or the status block go back to their
 * tables' widths. Then the figures' columns, down to their widest figure or their header's longest word
 * (only the header row wraps, between words); then the text columns (names, categories, owners: their
 * text wraps and the rows grow taller). Each time the widest first: every column wider than a common level
 * is cut to it, the narrow ones (a unit, a short name) kept whole, none below its floor (for text at least
 * MIN_TEXT_WIDTH). A sheet that still does not fit prints across pages as printFit says.
 */
function fitToPage(
  widths: readonly number[],
  base: readonly number[],
  least: readonly number[],
  text: readonly boolean[],
): number[] {
  const out = widths.slice();
  if (sheetWidthPt(out) <= FIT_WIDTH_PT) return out;
  const floor = out.map((_, i) => (text[i] ? Math.max(MIN_TEXT_WIDTH, least[i]) : least[i]));
  for (let i = 0; i < out.length; i++) {
    if (text[i]) out[i] = Math.max(floor[i], Math.min(out[i], base[i]));
  }
  for (const pass of [false, true]) {
    // Points to characters: 7 px a character at 0.75 pt a pixel.
    const excess = (sheetWidthPt(out) - FIT_WIDTH_PT) / 5.25;
    if (excess <= 0) break;
    const cols = out.flatMap((_, i) => (text[i] === pass ? [i] : []));
    const level = cutLevel(
      cols.map((i) => out[i]),
      cols.map((i) => floor[i]),
      excess,
    );
    for (const i of cols) out[i] = Math.max(floor[i], Math.min(out[i], Math.floor(level * 10) / 10));
  }
  return out;
}

/**
 * The level L at which cutting every width above it to L (none below its floor) frees `excess`, or the
 * floors' when even they do not free that much. Found by halving: the freed width falls as L rises.
 */
function cutLevel(widths: readonly number[], floors: readonly number[], excess: number): number {
  const freed = (level: number): number =>
    widths.reduce((s, x, i) => s + Math.max(0, x - Math.max(level, floors[i])), 0);
  let lo = 0;
  let hi = Math.max(0, ...widths);
  if (freed(lo) < excess) return lo;
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (freed(mid) >= excess) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Charts: each across the columns one printed page holds (columnsOnOnePage), above its data, and each
 * block on a page of its own — a page break before the chart section and before every further block.
 * A chart is never taller than a page (chartHeightRows), so none is split; a data block longer than the
 * rest of its page runs on to the next.
 */
function placeCharts(
  w: Writing,
  blocks: readonly Block[],
  widths: readonly number[],
  captionRow: number,
): { placements: ChartPlacement[]; rowBreaks: number[] } {
  const rowBreaks: number[] = [];
  const placements: ChartPlacement[] = [];
  if (blocks.length === 0) return { placements, rowBreaks };
  const across = columnsOnOnePage(widths);
  // Never taller than a printed page below the section's caption (chartHeightRows keeps well within it).
  const pageRows = Math.floor(pageCapacityPt(widths) / LINE_HEIGHT_PT) - 2;
  rowBreaks.push(captionRow);
  for (const b of blocks) {
    if (b.top > captionRow + 1) rowBreaks.push(b.top);
    for (let r = b.top; r < b.dataTop; r++) w.sheet.heights[r] = LINE_HEIGHT_PT;
    const n = b.chart.categories.length;
    const col = b.col;
    placements.push({
      chart: b.chart,
      categoriesRange: absoluteRange(b.dataTop + 1, col, b.dataTop + n, col),
      seriesRanges: b.chart.series.map((_s, j) =>
        absoluteRange(b.dataTop + 1, col + 1 + j, b.dataTop + n, col + 1 + j),
      ),
      from: { row: b.top - 1, col: 0 },
      to: { row: b.top - 1 + Math.min(b.chartRows, pageRows), col: across },
    });
  }
  return { placements, rowBreaks };
}

/**
 * The print set-up: A4 as printFit decides; a page break before each table's caption (the narrative's
 * pages end before the first) and the chart section's breaks; the header of the longest table repeated
 * at the top of every page (Excel repeats one row range per sheet) when that table runs on to a second
 * page — one that fits its page needs no repeat, which would only print its header above the next table.
 */
function printSetup(
  widths: readonly number[],
  written: readonly { table: ReportTable; top: number }[],
  chartBreaks: readonly number[],
  heights: Readonly<Record<number, number>>,
): SheetLayout['print'] {
  const fit = printFit(widths);
  const tableBreaks = written.map((t) => t.top - 1).filter((r) => r > 1);
  const rowBreaks = [...new Set([...tableBreaks, ...chartBreaks])].sort((a, b) => a - b);
  const longest = written.reduce<{ table: ReportTable; top: number } | null>(
    (best, t) => (!best || t.table.rows.length > best.table.rows.length ? t : best),
    null,
  );
  return {
    orientation: fit.orientation,
    paper: 'A4',
    fitToWidth: fit.fitToWidth,
    rowBreaks,
    ...(fit.fitToWidth ? {} : { scale: Math.round(fit.scale * 100) }),
    ...(longest && runsOn(longest, widths, heights) ? { titleRow: longest.top } : {}),
  };
}

/** Whether a table, from its caption to its last row, is taller than one printed page. */
function runsOn(
  t: { table: ReportTable; top: number },
  widths: readonly number[],
  heights: Readonly<Record<number, number>>,
): boolean {
  let height = 0;
  for (let r = t.top - 1; r <= t.top + t.table.rows.length; r++) height += heights[r] ?? LINE_HEIGHT_PT;
  return t.table.rows.length > 0 && height > pageCapacityPt(widths);
}

/**
 * The report sheet's layout. `compact`: the tables' bodies stay blocks of values (SheetLayout.blocks), for
 * the file writer, which makes each row's cells as it writes them; otherwise every cell is in `rows`.
 */
export function buildReportLayout(
  report: Report,
  options: { readonly compact?: boolean } = {},
): ReportLayout {
  const lang = report.options.lang;
  const L = localeFor(lang);
  const all = sheetTables(report, L);
  const width = Math.max(...all.map((t) => t.table.columns.length), 8);
  const sheet: Sheet = {
    rows: [],
    blocks: [],
    merges: [],
    heights: {},
    styles: sheetStyles(shownStatuses(report)),
    measured: [],
  };
  const w: Writing = { sheet, width, L, textRows: [] };

  writeHead(w, report);
  let row = writeStatusBlock(w, report, 4);
  row = writeNarrative(w, report, row);
  const { row: afterTables, tables, written } = writeTables(w, all, row);
  row = writeNotes(w, report, afterTables);
  const chartCaptionRow = row;
  const { blocks } = writeChartData(w, report, row);

  const widths = columnWidths(w, all);
  // The full-width rows (title, narrative, captions) span the columns of one printed page.
  const across = columnsOnOnePage(widths);
  if (across < w.width) {
    sheet.merges = sheet.merges.map((m) =>
      m.left === 1 && m.right === w.width && m.top === m.bottom ? { ...m, right: across } : m,
    );
  }
  // Row heights that depend on widths.
  const textWidth = widths.slice(0, across).reduce((s, x) => s + x, 0);
  for (const [r, text, kind] of w.textRows) {
    if (kind === 'title') sheet.heights[r] = heightFor(linesFor(text, textWidth / (16 / 11)), 22);
    else sheet.heights[r] = heightFor(linesFor(text, textWidth));
  }
  for (const { table, top } of written) tableRowHeights(sheet, table, top, widths);
  // The chart data's category labels wrap in their column: their rows as tall as their lines.
  for (const b of blocks) {
    b.chart.categories.forEach((cat, i) => {
      const lines = linesFor(cat, widths[b.col - 1]);
      if (lines > 1) sheet.heights[b.dataTop + 1 + i] = heightFor(lines);
    });
  }
  const { placements, rowBreaks } = placeCharts(w, blocks, widths, chartCaptionRow);

  const layout: SheetLayout = {
    name: REPORT_SHEET_NAME[L.lang],
    columnWidths: widths.map((x) => Math.round(x * 10) / 10),
    rows: sheet.rows,
    ...(sheet.blocks.length > 0 ? { blocks: sheet.blocks } : {}),
    rowHeights: sheet.heights,
    merges: sheet.merges,
    styles: sheet.styles,
    tables,
    charts: placements,
    print: printSetup(widths, written, rowBreaks, sheet.heights),
  };
  const compact: ReportLayout = { sheets: [layout] };
  return options.compact ? compact : expandBlocks(compact);
}
