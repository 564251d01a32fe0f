/**
 * What a reader of the data must know about the table's look: merged areas across indicator rows in value
 * columns (values may have shifted), hidden rows and hidden columns (read all the same, said once).
 */
import type { CellRange, Diagnostic, Grid, Indicator } from '../model';
import { columnLetters, rangeAddress } from '../core/address';
import { countInRange, isBlank } from './cells';

/** Warnings for merged areas that cross two indicator rows, or two value columns of one. */
export function mergeDiagnostics(
  grid: Grid,
  file: string | undefined,
  valueMerges: readonly CellRange[],
  valueColumns: ReadonlySet<number>,
  indicators: readonly Indicator[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (valueMerges.length === 0) return out;
  const sheet = grid.name;
  const indicatorRows = indicators.map((i) => i.row);
  for (const m of valueMerges) {
    const n = countInRange(indicatorRows, m.top, m.bottom);
    let valueColsCovered = 0;
    for (let c = m.left - grid.originCol; c <= m.right - grid.originCol; c++)
      if (valueColumns.has(c)) valueColsCovered++;
    if (n >= 2 || (n >= 1 && valueColsCovered >= 2)) {
      const d = {
        cell: columnLetters(m.left) + m.top,
        severity: 'warning' as const,
        code: 'merged-body-cell' as const,
        params: { range: rangeAddress(m.top, m.left, m.bottom, m.right) },
      };
      out.push(file !== undefined ? { file, sheet, ...d } : { sheet, ...d });
    }
  }
  return out;
}

/** The smallest of many numbers (a loop: a sheet can hide a million rows). */
function smallest(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** Where the table is: its header rows (grid rows), the last indicator's grid row and the name column. */
export interface TableSpan {
  readonly headerRows: readonly number[];
  readonly lastRow: number;
  readonly nameCol: number;
}

/** Info notes for hidden rows inside the table and hidden columns under its header. */
export function hiddenDiagnostics(grid: Grid, file: string | undefined, span: TableSpan): Diagnostic[] {
  const { originRow, originCol } = grid;
  const headerTop = span.headerRows[0];
  const at = (cell: string, code: 'hidden-rows' | 'hidden-columns', count: number): Diagnostic => ({
    ...(file !== undefined ? { file } : {}),
    sheet: grid.name,
    cell,
    severity: 'info',
    code,
    params: { count },
  });
  const hidden: Diagnostic[] = [];
  if (grid.hiddenRows && grid.hiddenRows.length > 0) {
    const first = originRow + headerTop;
    const last = originRow + span.lastRow;
    const rows = grid.hiddenRows.filter((hr) => hr >= first && hr <= last);
    if (rows.length > 0)
      hidden.push(at(columnLetters(originCol + span.nameCol) + smallest(rows), 'hidden-rows', rows.length));
  }
  if (grid.hiddenColumns && grid.hiddenColumns.length > 0) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const rr of span.headerRows) {
      const hr = grid.values[rr];
      if (!hr) continue;
      for (let c = 0; c < hr.length; c++) {
        if (!isBlank(hr[c])) {
          if (c < lo) lo = c;
          if (c > hi) hi = c;
        }
      }
    }
    const cols = grid.hiddenColumns.filter((hc) => hc - originCol >= lo && hc - originCol <= hi);
    if (cols.length > 0)
      hidden.push(at(columnLetters(smallest(cols)) + (originRow + headerTop), 'hidden-columns', cols.length));
  }
  return hidden;
}
