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
 */
import ExcelJS from 'exceljs';
import type { CellStyle, ChartPlacement, LayoutCell, ReportLayout, SheetLayout } from '../engine/types';
import { absoluteRange, parseCellAddress } from '../engine/address';
import { addChartsToXlsx } from './charts';
import { isSameFile, writeFileAtomic } from './atomic';
import { InputError } from './errors';

export const EXCEL_MAX_CELL_TEXT = 32_767;
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
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Target Report';
  // Fixed timestamps keep the output reproducible (and the adapter away from the clock).
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  const chartSheets: { sheetName: string; charts: readonly ChartPlacement[] }[] = [];
  for (const sheet of layout.sheets) {
    const ws = writeSheet(wb, sheet);
    if (sheet.charts.length > 0) {
      chartSheets.push({ sheetName: ws.name, charts: writeReferenceColumns(ws, sheet) });
    }
  }
  const written = Buffer.from(await wb.xlsx.writeBuffer());
  if (chartSheets.length === 0) return written;
  return addChartsToXlsx(written, chartSheets);
}

/**
 * A chart's reference line (the 100 % line) must be backed by cells for LibreOffice to draw it. When the
 * layout gives no range for it (one range per series only), its constant values go into a hidden column
 * to the right of everything on the sheet, and the placement gets that range as its extra range.
 */
function writeReferenceColumns(ws: ExcelJS.Worksheet, sheet: SheetLayout): ChartPlacement[] {
  let lastCol = sheet.columnWidths.length;
  for (const row of sheet.rows) lastCol = Math.max(lastCol, row.length);
  for (const m of sheet.merges) lastCol = Math.max(lastCol, m.right);
  for (const p of sheet.charts) lastCol = Math.max(lastCol, p.to.col + 1, p.from.col + 1);
  let helperCol = lastCol + 2;
  return sheet.charts.map((p) => {
    const ref = p.chart.referenceLine;
    if (!ref || !Number.isFinite(ref.value) || p.seriesRanges.length > p.chart.series.length) return p;
    const n = p.chart.categories.length;
    if (n === 0) return p;
    const corners = p.categoriesRange.replace(/^.*!/, '').split(':').map(parseCellAddress);
    const top = corners[0]?.row ?? 1;
    const col = helperCol++;
    for (let i = 0; i < n; i++) {
      const cell = ws.getCell(top + i, col);
      cell.value = ref.value;
      if (p.chart.percentAxis) cell.numFmt = '0%';
    }
    ws.getColumn(col).hidden = true;
    return { ...p, seriesRanges: [...p.seriesRanges, absoluteRange(top, col, top + n - 1, col)] };
  });
}

export async function writeReportWorkbook(
  layout: ReportLayout,
  outPath: string,
  inputPaths: readonly string[] = [],
): Promise<void> {
  for (const input of inputPaths) {
    if (await isSameFile(outPath, input)) {
      throw new InputError(
        outPath,
        `${outPath}: is one of the input files; the report is never written over an input, choose another output file`,
      );
    }
  }
  const data = await renderReportWorkbook(layout);
  await writeFileAtomic(outPath, data);
}

// ───────────────────────────── one sheet ─────────────────────────────

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetLayout): ExcelJS.Worksheet {
  const fontName = sheetFontName(sheet);
  const freezeRow = sheet.freeze?.row ?? 0;
  const ws = wb.addWorksheet(safeSheetName(sheet.name), {
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
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    properties: { defaultRowHeight: 15 },
  });
  ws.headerFooter.oddFooter = '&C&P / &N';

  sheet.columnWidths.forEach((w, i) => {
    if (Number.isFinite(w) && w > 0) ws.getColumn(i + 1).width = Math.min(w, 255);
  });

  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const base = excelStyle({}, fontName);
  const styleFor = (key: string | undefined): Partial<ExcelJS.Style> => {
    if (!key) return base;
    let s = styles.get(key);
    if (!s) {
      s = excelStyle(sheet.styles[key] ?? {}, fontName);
      styles.set(key, s);
    }
    return s;
  };

  sheet.rows.forEach((cells, r) => {
    if (!cells.length) return;
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const value = cellValue(cell);
      if (value === null && !cell.style) return;
      const target = row.getCell(c + 1);
      target.value = value;
      target.style = styleFor(cell.style);
    });
  });

  if (sheet.rowHeights) {
    for (const [r, h] of Object.entries(sheet.rowHeights)) {
      const n = Number(r);
      if (Number.isInteger(n) && n >= 1 && Number.isFinite(h) && h > 0)
        ws.getRow(n).height = Math.min(h, 409);
    }
  }
  for (const m of sheet.merges) {
    if (m.bottom > m.top || m.right > m.left) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  for (const b of sheet.print.rowBreaks) {
    // exceljs breaks after a row; the layout names the row the new page starts with.
    if (Number.isInteger(b) && b > 1) ws.getRow(b - 1).addPageBreak();
  }
  return ws;
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
