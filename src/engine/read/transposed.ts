/**
 * Tables whose indicators run across (项目 | 城镇新增就业(人) | 新建学校(所) …, with 年度目标, 1-9月完成 and
 * 完成率 down the first column; Measure | Homes delivered | Re-lets … with Target and Actual below): read
 * as the same table turned a quarter, every cell keeping its own address, every message naming it.
 */
import type { Diagnostic, Grid, Indicator, SheetTable } from '../model';
import { mapSourceCells } from './sourceCells';
import { columnLetters, parseCellAddress } from '../core/address';
import { headerRoles } from './headerWords';
import { readingRole } from './walkTable';

/** Only small sheets are turned: a table kept across has a few indicators, not thousands. */
const MAX_CELLS = 40_000;

function labelRole(v: unknown): string | null {
  if (typeof v !== 'string' || v.trim() === '' || v.length > 30) return null;
  const top = headerRoles(v)[0];
  return top && top.score >= 0.8 ? top.role : null;
}

/**
 * True when the sheet's first filled column holds the headings (a target's and a result's, 年度目标 and
 * 1-9月完成, Target and Actual) and the row above them names two or more things that are no headings.
 */
export function looksTransposed(grid: Grid): boolean {
  const rows = grid.values.length;
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row?.length ?? 0);
  if (rows * width > MAX_CELLS || width < 3) return false;
  let lead = -1;
  for (let c = 0; c < width && lead < 0; c++) {
    if (grid.values.some((row) => typeof row?.[c] === 'string' && row[c] !== '')) lead = c;
  }
  if (lead < 0) return false;
  let target = -1;
  let actual = -1;
  for (let r = 0; r < rows; r++) {
    // A heading down the column has figures beside it (a title alone in its row is none).
    const beside = (grid.values[r] ?? []).slice(lead + 1).filter((v) => v !== null && v !== '').length;
    if (beside < 2) continue;
    const role = labelRole(grid.values[r]?.[lead]);
    if (role === 'target' && target < 0) target = r;
    if ((role === 'actual' || role === 'periodActual') && actual < 0) actual = r;
  }
  if (target < 0 || actual < 0) return false;
  // The names: the row just above the first heading down the column.
  const top = Math.min(target, actual) - 1;
  const names = (grid.values[top] ?? [])
    .slice(lead + 1)
    .filter((v) => typeof v === 'string' && v.trim() !== '');
  return names.length >= 2 && names.filter((v) => labelRole(v) !== null).length * 2 < names.length;
}

/** The grid turned a quarter: rows become columns; its origin swapped so addresses come out turned. */
export function transposedGrid(grid: Grid): Grid {
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row?.length ?? 0);
  const at = <T>(rows: readonly (readonly T[] | undefined)[] | undefined, r: number, c: number): T | null =>
    (rows?.[r]?.[c] ?? null) as T | null;
  const values = Array.from({ length: width }, (_, c) =>
    Array.from({ length: grid.values.length }, (_, r) => at(grid.values, r, c)),
  );
  const formats = grid.numberFormats
    ? Array.from({ length: width }, (_, c) =>
        Array.from({ length: grid.values.length }, (_, r) =>
          at<string | null | undefined>(grid.numberFormats, r, c),
        ),
      )
    : undefined;
  return {
    name: grid.name,
    originRow: grid.originCol,
    originCol: grid.originRow,
    values,
    ...(formats ? { numberFormats: formats } : {}),
    merges: grid.merges.map((m) => ({ top: m.left, left: m.top, bottom: m.right, right: m.bottom })),
    ...(grid.hiddenColumns ? { hiddenRows: grid.hiddenColumns } : {}),
    ...(grid.hiddenRows ? { hiddenColumns: grid.hiddenRows } : {}),
  };
}

/** Every source cell in a value (an indicator's field, its lists, its layouts) turned back. */
function turnCells(x: unknown): unknown {
  return mapSourceCells(x, (c) => ({ ...c, row: c.col, col: c.row }));
}

function turnAddress(a1: string | undefined): string | undefined {
  const p = a1 ? parseCellAddress(a1) : null;
  return p ? `${columnLetters(p.row)}${p.col}` : a1;
}

/**
 * The table read from the turned grid, turned back: each cell's address as on the sheet, each indicator
 * at the row that names it, each message naming the sheet's own cell.
 */
export function turnBack(table: SheetTable): SheetTable {
  const turnDiagnostic = (d: Diagnostic): Diagnostic => (d.cell ? { ...d, cell: turnAddress(d.cell)! } : d);
  // A turned column is a row of the sheet: its number, from the column's letters.
  const rowOf = (letters: string) => parseCellAddress(`${letters}1`)?.col ?? 0;
  const names = table.reading?.columns.find((c) => readingRole(c.role) === 'name');
  const indicators = table.indicators.map((i) => {
    const turned = turnCells(i) as Indicator;
    // The indicator stands at the row that names it.
    return names ? { ...turned, row: rowOf(names.column) } : turned;
  });
  return {
    ...table,
    indicators,
    // Its headings run down a column: no row is a heading row.
    headerRows: [],
    diagnostics: table.diagnostics.map(turnDiagnostic),
    ...(table.reading
      ? {
          reading: {
            ...table.reading,
            layout: 'transposed' as const,
            columns: table.reading.columns.map((c) => ({ ...c, column: String(rowOf(c.column)) })),
          },
        }
      : {}),
  };
}
