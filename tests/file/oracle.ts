/**
 * The test oracle for the reader: exceljs's whole-workbook reader, through its public API, turned into
 * Grids by the rules the reader follows (Excel's own API's view of a sheet). The file layer's reader must
 * give exactly these Grids for workbooks exceljs reads correctly.
 */
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, Grid } from '../../src/engine';

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = 25_569;

/** exceljs gives dates as JS Dates (UTC, already shifted for the 1904 system): back to 1900 serials. */
function dateToSerial(d: Date): number {
  const t = d.getTime();
  if (!Number.isFinite(t)) return Number.NaN;
  return Math.round((t / MS_PER_DAY + EPOCH_1900) * 1e9) / 1e9;
}

function richText(runs: readonly unknown[]): string {
  let s = '';
  for (const r of runs) {
    const text = (r as { text?: unknown } | null)?.text;
    if (typeof text === 'string') s += text;
  }
  return s;
}

function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { kind: 'error', code: '#NUM!' };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    const serial = dateToSerial(v);
    return Number.isFinite(serial) ? serial : { kind: 'error', code: '#VALUE!' };
  }
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { kind: 'error', code: o.error };
  if (Array.isArray(o.richText)) return richText(o.richText);
  if ('hyperlink' in o || 'text' in o) {
    const t = o.text;
    if (typeof t === 'string') return t;
    if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
      return richText((t as { richText: unknown[] }).richText);
    }
    return typeof o.hyperlink === 'string' ? o.hyperlink : null;
  }
  return null;
}

/** A formula's cached result, read from the cell (exceljs's `value` drops falsy results such as 0). */
function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result;
    if (result === undefined || result === null) {
      const o = cell.value as { sharedFormula?: unknown } | null;
      return { kind: 'formula', formula: String(cell.formula ?? o?.sharedFormula ?? '') };
    }
    return plainValue(result);
  }
  return plainValue(cell.value);
}

/** One worksheet as a Grid, anchored at A1, ragged rows, merged areas' other cells empty. */
export function oracleGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cellValue(cell);
      if (v === null) return;
      while (rowValues.length < c - 1) rowValues.push(null);
      rowValues[c - 1] = v;
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') {
        while (rowFormats.length < c - 1) rowFormats.push(null);
        rowFormats[c - 1] = fmt;
        anyFormat = true;
      }
    });
    if (rowValues.length === 0) return;
    while (values.length < r - 1) {
      values.push([]);
      formats.push([]);
    }
    values[r - 1] = rowValues;
    formats[r - 1] = rowFormats;
  });
  const lastRow = values.length;
  const maxCol = Math.max(0, ...values.map((r) => r.length));
  const hiddenRows: number[] = [];
  for (let r = 1; r <= lastRow; r++) if (ws.findRow(r)?.hidden) hiddenRows.push(r);
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= maxCol; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c);
  const merges: CellRange[] = ((ws.model as { merges?: string[] }).merges ?? []).map((ref) => {
    const [a, b] = ref.split(':').map((x) => ws.getCell(x));
    return { top: Number(a.row), left: Number(a.col), bottom: Number(b.row), right: Number(b.col) };
  });
  merges.sort((x, y) => x.top - y.top || x.left - y.left);
  const state = ws.state;
  return {
    name: ws.name,
    originRow: 1,
    originCol: 1,
    values,
    numberFormats: anyFormat ? formats : undefined,
    merges,
    hiddenRows,
    hiddenColumns,
    visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
  };
}

/** Every worksheet of a workbook, as the oracle reads it. */
export async function oracleGrids(data: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets.map(oracleGrid);
}
