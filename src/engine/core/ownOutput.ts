/** Recognising the product's own output: its sheet names and its marker near A1. */
import {
  HISTORY_COLUMNS,
  HISTORY_HEADER_SEARCH_ROWS,
  HISTORY_SHEET_NAME,
  MARKER_WINDOW,
  REPORT_MARKER,
  REPORT_SHEET_NAME,
  type CellValue,
  type Grid,
} from '../model';

const OWN_SHEET_NAMES: readonly string[] = [
  ...Object.values(REPORT_SHEET_NAME),
  ...Object.values(HISTORY_SHEET_NAME),
].map((n) => n.toLowerCase());

/** True when a sheet name is one of the product's own output sheets (also "对标报告 (2)"). */
export function isOwnOutputSheetName(name: string): boolean {
  const n = name.trim().toLowerCase();
  return OWN_SHEET_NAMES.some((own) => n.startsWith(own));
}

/** True when the first rows and columns of a sheet (MARKER_WINDOW) hold the report marker. */
export function hasReportMarker(values: readonly (readonly CellValue[] | undefined)[]): boolean {
  for (let r = 0; r < values.length && r < MARKER_WINDOW.rows; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < row.length && c < MARKER_WINDOW.columns; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.includes(REPORT_MARKER)) return true;
    }
  }
  return false;
}

/** True when a grid holds the check-in history table: its header row within the sheet's first rows. */
export function hasHistoryHeader(grid: Grid): boolean {
  const rows = Math.min(grid.values.length, HISTORY_HEADER_SEARCH_ROWS - (grid.originRow - 1));
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r];
    if (row && row[0] === HISTORY_COLUMNS[0] && row[1] === HISTORY_COLUMNS[1]) return true;
  }
  return false;
}
