/**
 * The file adapter's writing half: a ReportLayout → .xlsx bytes with exceljs, then the native charts with
 * jszip (charts.ts), then an atomic write that never touches an input file.
 *
 * Decisions:
 * - Strings are always written as text (shared strings), never as formulas: exceljs only writes a formula
 *   for a {formula} value, and this module only ever passes strings and numbers.
 * - Layout tables are written as styled ranges, not as Excel table objects: LibreOffice does not draw table
 *   styles, an Excel table forces unique header text and adds filter buttons to the printed and copied
 *   table, and the layout's own styles already give borders, header fill and status colours.
 * - Text longer than Excel's 32,767-character cell limit is cut (ending in …), and characters XML 1.0
 *   cannot hold are dropped, so the file always opens without repair.
 * - Sheets are written with exceljs's streaming writer, rows committed in order: memory stays flat for
 *   report sheets of 100,000 rows (the whole-workbook API holds every cell object until the end). Merged
 *   areas are applied as the rows are reached, and the writer pauses every few rows so the zip can
 *   compress alongside (see letZipCatchUp).
 * - A sheet with charts is written already linked to its drawing part; charts.ts then only adds the
 *   drawing and chart parts, and never unzips and recompresses the (possibly huge) sheet.
 * - A chart's reference line (the 100 % line) needs cells behind it for LibreOffice to draw it; when the
 *   layout gives no range for it, its values go into a hidden column right of everything else.
 * - Page breaks: the layout names the first row of the new page; the file stores the row before it.
 *   Orientation, fit to width or a print scale, and the row repeated on every page as the layout says.
 * - Freeze: `freeze.row` rows stay at the top. Hidden rows and columns as the layout names them.
 */
import { Writable } from 'stream';
import ExcelJS from 'exceljs';
import {
  absoluteRange,
  type CellRange,
  type CellStyle,
  type ChartPlacement,
  type LayoutCell,
  parseCellAddress,
  type ReportLayout,
  type SheetLayout,
} from '../engine';
import { addChartsToXlsx, REL_DRAWING, type ChartSheet } from './charts';

export const EXCEL_MAX_CELL_TEXT = 32_767;
/** Rows written between pauses that let the zip stream catch up (see letZipCatchUp). */
const YIELD_EVERY_ROWS = 25;
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Font for a sheet: a Song typeface for Chinese reports (Excel's and WPS's usual table font), Calibri otherwise. */
export function sheetFontName(sheet: SheetLayout): string {
  for (const row of sheet.rows) {
    for (const cell of row) if (cell && typeof cell.value === 'string' && CJK.test(cell.value)) return '宋体';
  }
  return 'Calibri';
}

export async function renderReportWorkbook(layout: ReportLayout): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      // A copy: zlib's chunks are views into larger buffers, which would all stay alive otherwise.
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = 'Target Report';
  // Fixed timestamps keep the output reproducible (and the adapter away from the clock).
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  const chartSheets: ChartSheet[] = [];
  for (const sheet of layout.sheets) {
    const written = await writeSheet(wb, sheet, chartSheets.length + 1);
    if (written.charts.length > 0) chartSheets.push(written);
  }
  await wb.commit();
  await new Promise<void>((resolve, reject) => {
    if (sink.writableFinished) resolve();
    else sink.once('finish', resolve).once('error', reject);
  });
  const xlsx = Buffer.concat(chunks);
  if (chartSheets.length === 0) return xlsx;
  return addChartsToXlsx(xlsx, chartSheets);
}

// ───────────────────────────── one sheet ─────────────────────────────

interface ExtraCell {
  readonly col: number;
  readonly value: number;
  readonly numFmt?: string;
}

/**
 * A chart's reference line (the 100 % line) must be backed by cells for LibreOffice to draw it. When the
 * layout gives no range for it (one range per series only), its constant values go into a hidden column
 * to the right of everything on the sheet, and the placement gets that range as its extra range.
 */
function referenceColumns(sheet: SheetLayout): {
  placements: ChartPlacement[];
  cells: Map<number, ExtraCell[]>;
  hidden: number[];
} {
  let lastCol = sheet.columnWidths.length;
  for (const row of sheet.rows) lastCol = Math.max(lastCol, row.length);
  for (const m of sheet.merges) lastCol = Math.max(lastCol, m.right);
  for (const p of sheet.charts) lastCol = Math.max(lastCol, p.to.col + 1, p.from.col + 1);
  let helperCol = lastCol + 2;
  const cells = new Map<number, ExtraCell[]>();
  const hidden: number[] = [];
  const placements = sheet.charts.map((p) => {
    const ref = p.chart.referenceLine;
    if (!ref || !Number.isFinite(ref.value) || p.seriesRanges.length > p.chart.series.length) return p;
    const n = p.chart.categories.length;
    if (n === 0) return p;
    const top = parseCellAddress(p.categoriesRange.replace(/^.*!/, '').split(':')[0])?.row ?? 1;
    const col = helperCol++;
    hidden.push(col);
    for (let i = 0; i < n; i++) {
      const list = cells.get(top + i) ?? [];
      list.push({ col, value: ref.value, numFmt: p.chart.percentAxis ? '0%' : undefined });
      cells.set(top + i, list);
    }
    return { ...p, seriesRanges: [...p.seriesRanges, absoluteRange(top, col, top + n - 1, col)] };
  });
  return { placements, cells, hidden };
}

/** Writes one sheet with exceljs's streaming writer: rows are committed in order, so memory stays flat. */
async function writeSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetLayout,
  drawingNo: number,
): Promise<ChartSheet> {
  const fontName = sheetFontName(sheet);
  const freezeRow = sheet.freeze?.row ?? 0;
  const name = safeSheetName(sheet.name);
  const ws = wb.addWorksheet(name, {
    views:
      freezeRow > 0
        ? [{ state: 'frozen', xSplit: 0, ySplit: freezeRow, topLeftCell: `A${freezeRow + 1}` }]
        : [{}],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: sheet.print.fitToWidth ? 1 : undefined,
      fitToHeight: sheet.print.fitToWidth ? 0 : undefined,
      scale: sheet.print.fitToWidth ? undefined : sheet.print.scale,
      printTitlesRow: sheet.print.titleRow ? `${sheet.print.titleRow}:${sheet.print.titleRow}` : undefined,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C&P / &N' } as Partial<ExcelJS.HeaderFooter>,
    properties: { defaultRowHeight: 15 },
  } as Partial<ExcelJS.AddWorksheetOptions>);

  const { placements, cells: extraCells, hidden } = referenceColumns(sheet);
  sheet.columnWidths.forEach((w, i) => {
    if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = Math.min(w, 255);
  });
  for (const col of [...hidden, ...(sheet.hiddenColumns ?? [])]) ws.getColumn(col).hidden = true;
  const hiddenRows = new Set(sheet.hiddenRows ?? []);

  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const base = excelStyle({}, fontName);
  const styleFor = (key: string | undefined): Partial<ExcelJS.Style> => {
    if (!key) return base;
    let st = styles.get(key);
    if (!st) {
      st = excelStyle(sheet.styles[key] ?? {}, fontName);
      styles.set(key, st);
    }
    return st;
  };
  const put = (r: number, c: number, cell: LayoutCell | null | undefined): void => {
    if (!cell) return;
    const value = cellValue(cell);
    if (value === null && !cell.style) return;
    const target = ws.getCell(r, c);
    target.value = value;
    target.style = styleFor(cell.style);
  };

  // Merged areas: their top-left cell is written first so that the merged cells take its style (borders,
  // fill); values the layout puts on the other cells of a merged area are not written. Each area is
  // merged when the row loop reaches its top row, so rows are still written and released in order
  // (touching every merged row up front would keep them all in memory, and exceljs's streaming writer
  // commits rows by shifting an array: quadratic). exceljs checks each new area against every earlier
  // one (quadratic again with tens of thousands of areas); the `covered` cells do that check here.
  /** Row → columns covered by a merged area (dropped once the row is written). */
  const covered = new Map<number, Set<number>>();
  const mergesByTop = new Map<number, CellRange[]>();
  for (const m of sheet.merges) {
    if (!(m.bottom > m.top || m.right > m.left)) continue;
    const list = mergesByTop.get(m.top);
    if (list) list.push(m);
    else mergesByTop.set(m.top, [m]);
  }
  const wsMerges = ws as unknown as { _merges: unknown[] };
  const merge = (m: CellRange): void => {
    for (let r = m.top; r <= m.bottom; r++) {
      let cols = covered.get(r);
      if (!cols) covered.set(r, (cols = new Set()));
      for (let c = m.left; c <= m.right; c++) {
        if (cols.has(c)) throw new Error('Cannot merge already merged cells');
        cols.add(c);
      }
    }
    put(m.top, m.left, sheet.rows[m.top - 1]?.[m.left - 1]);
    // The same array object stays in place (exceljs hangs a method on it); only the check is skipped.
    const all = wsMerges._merges;
    const scratch: unknown[] = [];
    wsMerges._merges = scratch;
    try {
      ws.mergeCells(m.top, m.left, m.bottom, m.right);
    } finally {
      wsMerges._merges = all;
      for (const d of scratch) all.push(d);
    }
  };

  // exceljs breaks after a row; the layout names the row the new page starts with.
  const rowBreaks = (ws as unknown as { rowBreaks: { id: number; max: number; man: number }[] }).rowBreaks;
  for (const b of [...new Set(sheet.print.rowBreaks)].sort((x, y) => x - y)) {
    if (Number.isInteger(b) && b > 1) rowBreaks.push({ id: b - 1, max: 16383, man: 1 });
  }

  const heights = sheet.rowHeights ?? {};
  let lastRow = sheet.rows.length;
  for (const r of extraCells.keys()) lastRow = Math.max(lastRow, r);
  for (const key of Object.keys(heights)) lastRow = Math.max(lastRow, Number(key) || 0);
  for (const r of mergesByTop.keys()) lastRow = Math.max(lastRow, r);
  for (let r = 1; r <= lastRow; r++) {
    const merges = mergesByTop.get(r);
    if (merges) for (const m of merges) merge(m);
    const cells = sheet.rows[r - 1];
    const extra = extraCells.get(r);
    const h = heights[r];
    if (!cells?.length && !extra && h === undefined && !merges) continue;
    const row = ws.getRow(r);
    // Cells of merged areas (their top-left included) are written by merge().
    const coveredCols = covered.get(r);
    covered.delete(r);
    cells?.forEach((cell, i) => {
      if (!coveredCols?.has(i + 1)) put(r, i + 1, cell);
    });
    for (const x of extra ?? []) {
      const target = row.getCell(x.col);
      target.value = x.value;
      target.style = x.numFmt ? { ...base, numFmt: x.numFmt } : base;
    }
    if (h !== undefined && Number.isFinite(h) && h > 0) row.height = Math.min(h, 409);
    if (hiddenRows.has(r)) row.hidden = true;
    row.commit();
    if (r % YIELD_EVERY_ROWS === 0) await letZipCatchUp();
  }
  if (placements.length === 0) {
    await ws.commit();
    return { sheetName: name, charts: placements };
  }
  // The sheet's link to the drawing that will hold its charts (added by addChartsToXlsx) is written
  // now, with the sheet: adding it afterwards would mean unzipping, editing and recompressing the
  // sheet, which for a big report is most of the writing time. In the sheet it goes after the row
  // breaks and before any legacy drawing, as the schema orders them.
  const drawing = { part: `xl/drawings/drawing${drawingNo}.xml`, relId: '' };
  const writer = ws as unknown as {
    _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
    _writeLegacyData(): void;
    stream: { write(text: string): void };
  };
  drawing.relId = writer._sheetRelsWriter.addRelationship({
    Type: REL_DRAWING,
    Target: `../drawings/drawing${drawingNo}.xml`,
  });
  const writeLegacyData = writer._writeLegacyData.bind(ws);
  writer._writeLegacyData = () => {
    writer.stream.write(`<drawing r:id="${drawing.relId}"/>`);
    writeLegacyData();
  };
  await ws.commit();
  return { sheetName: name, charts: placements, drawing };
}

/**
 * Lets the zip stream compress what is written so far. exceljs's streaming writer hands each row's XML
 * to the zip without waiting, and the zip compresses in the background one chunk per turn of the event
 * loop; without a pause every few rows the whole sheet's XML (tens of megabytes for a big report) would
 * wait in memory until the sheet is done, and compressing would only start then. With it, compressing
 * runs alongside writing the rows.
 */
function letZipCatchUp(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s']+|[\s']+$/g, '');
  return cleaned.slice(0, 31).replace(/[\s']+$/, '') || 'Sheet';
}

/** A layout value as exceljs should write it: text stays text, numbers must be finite. */
export function cellValue(cell: LayoutCell): string | number | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return safeText(String(v));
}

export function safeText(text: string): string {
  const clean = text.replace(XML_INVALID, '');
  return clean.length > EXCEL_MAX_CELL_TEXT ? clean.slice(0, EXCEL_MAX_CELL_TEXT - 1) + '…' : clean;
}

function argb(hex: string | undefined): { argb: string } | undefined {
  if (!hex) return undefined;
  const h = hex.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(h) ? { argb: `FF${h}` } : undefined;
}

function excelStyle(s: CellStyle, fontName: string): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = { name: fontName, size: s.fontSize ?? 11 };
  if (fontName === '宋体') font.charset = 134;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  const color = argb(s.fontColor);
  if (color) font.color = color;
  out.font = font;
  const fill = argb(s.fill);
  if (fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: fill, bgColor: fill };
  if (s.hAlign || s.vAlign || s.wrap) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (s.hAlign) alignment.horizontal = s.hAlign;
    if (s.vAlign) alignment.vertical = s.vAlign;
    if (s.wrap) alignment.wrapText = true;
    out.alignment = alignment;
  }
  if (s.numFmt) out.numFmt = s.numFmt;
  if (s.border === 'thin') {
    const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  return out;
}
