/**
 * Which sheets are the add-in's own. A workbook's settings alone are not trusted (anyone can edit them):
 * a sheet is the add-in's only when both its id is among the owned ids in the settings AND it carries
 * the add-in's mark — the report marker in A1:Z5 for a report sheet, the history header codes in the
 * first rows for the history sheet. A sheet with only one of the two is the user's and is never
 * cleared or overwritten.
 */
import { type Grid, hasHistoryHeader, REPORT_MARKER } from '../../engine';
import type { OwnSheetKind } from '../port';

/** Where the report writes its marker: within A1:Z5. */
export const REPORT_MARKER_WINDOW = { rows: 5, columns: 26, address: 'A1:Z5' } as const;

/** True when the values of A1:Z5 (or more) hold the report marker inside the window. */
export function hasReportMarker(
  values: readonly (readonly unknown[] | undefined)[],
  originRow = 1,
  originCol = 1,
): boolean {
  const rows = REPORT_MARKER_WINDOW.rows - (originRow - 1);
  const columns = REPORT_MARKER_WINDOW.columns - (originCol - 1);
  for (let r = 0; r < rows && r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < columns && c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.includes(REPORT_MARKER)) return true;
    }
  }
  return false;
}

/** The kind of the add-in's own sheet this is, or null when it is the user's. */
export function ownSheetKind(grid: Grid, id: string, ownedIds: ReadonlySet<string>): OwnSheetKind | null {
  if (!ownedIds.has(id)) return null;
  if (hasReportMarker(grid.values, grid.originRow, grid.originCol)) return 'report';
  if (hasHistoryHeader(grid)) return 'history';
  return null;
}
