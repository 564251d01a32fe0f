/**
 * Cells → a Grid, row by row as they are read, within bounds: no row is ever padded out to a stray cell
 * far to the right, and the area laid out (cells and the empty cells between them) is capped.
 *
 * A cell whose column is more than `columnGap` beyond the rightmost column placed so far is set aside;
 * at the end, those within the gap of what is placed (taken left to right) join it and the rest are
 * ignored, which the grid records in `truncated`. A sheet whose first column is itself that far right is
 * anchored there (originCol) instead of at A.
 */
import type { CellRange, CellValue, Grid } from '../../engine';
import type { ReadLimits } from './limits';

export interface ColumnDef {
  readonly min: number;
  readonly max: number;
  readonly hidden: boolean;
}

interface FarCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly format: string | null;
}

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);
const EMPTY_FORMATS: readonly (string | null)[] = Object.freeze([]);

export class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly far: FarCell[] = [];
  /** The rightmost column placed. */
  private last = 0;
  private originCol = 1;
  private area = 0;
  private maxRowSeen = 0;
  private maxColSeen = 0;

  constructor(
    private readonly limits: Pick<ReadLimits, 'columnGap' | 'sheetArea'>,
    private readonly tooLarge: (rows: number, columns: number) => never,
  ) {}

  add(row: number, col: number, value: CellValue, format: string | null): void {
    if (row > this.maxRowSeen) this.maxRowSeen = row;
    if (col > this.maxColSeen) this.maxColSeen = col;
    if (col > this.last + this.limits.columnGap + 1) {
      this.far.push({ row, col, value, format });
      return;
    }
    if (col > this.last) this.last = col;
    this.place(row, col, value, format);
  }

  private place(r: number, col: number, value: CellValue, format: string | null): void {
    const values = this.values;
    while (values.length < r) {
      values.push(EMPTY_ROW as CellValue[]);
      this.formats.push(EMPTY_FORMATS as (string | null)[]);
    }
    const at = col - this.originCol;
    let row = values[r - 1];
    if (row === EMPTY_ROW) values[r - 1] = row = [];
    if (row.length < at) {
      this.area += at - row.length;
      if (this.area > this.limits.sheetArea) this.tooLarge(r, this.last - this.originCol + 1);
      while (row.length < at) row.push(null);
    }
    row[at] = value;
    this.area++;
    if (format !== null) {
      let fr = this.formats[r - 1];
      if (fr === EMPTY_FORMATS) this.formats[r - 1] = fr = [];
      while (fr.length < at) fr.push(null);
      fr[at] = format;
    }
  }

  /** The cells set aside that are within reach, placed left to right; whether any were left out. */
  private placeFar(): boolean {
    if (this.far.length === 0) return false;
    const far = this.far.sort((a, b) => a.col - b.col || a.row - b.row);
    if (this.last === 0) {
      // Nothing near column A: the sheet starts at its first used column.
      this.originCol = far[0].col;
      this.last = far[0].col;
    }
    for (const cell of far) {
      if (cell.col > this.last + this.limits.columnGap + 1) return true;
      if (cell.col > this.last) this.last = cell.col;
      this.place(cell.row, cell.col, cell.value, cell.format);
    }
    return false;
  }

  grid(sheet: {
    readonly name: string;
    readonly visibility: Grid['visibility'];
    readonly merges: readonly CellRange[];
    readonly hiddenRows: readonly number[];
    readonly cols: readonly ColumnDef[];
  }): Grid {
    const dropped = this.placeFar();
    const { values, formats, originCol } = this;
    const anyFormat = applyMerges(values, formats, sheet.merges, originCol);
    let width = 0;
    for (const row of values) if (row.length > width) width = row.length;
    const lastRow = values.length;
    return {
      name: sheet.name,
      originRow: 1,
      originCol,
      values,
      numberFormats: anyFormat ? formats : undefined,
      merges: sheet.merges,
      hiddenRows: sheet.hiddenRows.filter((r) => r <= lastRow),
      hiddenColumns: hiddenColumns(sheet.cols, originCol, originCol + width - 1),
      visibility: sheet.visibility,
      ...(dropped ? { truncated: { totalRows: this.maxRowSeen, totalColumns: this.maxColSeen } } : {}),
    };
  }
}

/**
 * Empties the cells of each merged area other than its top-left (visiting only cells that exist), trims
 * rows and the grid again; returns whether any number format is left.
 */
function applyMerges(
  values: CellValue[][],
  formats: (string | null)[][],
  merges: readonly CellRange[],
  originCol: number,
): boolean {
  for (const m of merges) {
    const lastRow = Math.min(m.bottom, values.length);
    const to = m.right - originCol;
    for (let r = m.top; r <= lastRow; r++) {
      const from = Math.max(0, (r === m.top ? m.left + 1 : m.left) - originCol);
      const row = values[r - 1];
      if (row.length > from) values[r - 1] = clear(row, from, to) as CellValue[];
      const fr = formats[r - 1];
      if (fr.length > from) formats[r - 1] = clear(fr, from, to) as (string | null)[];
    }
  }
  let n = values.length;
  while (n > 0 && values[n - 1].length === 0) n--;
  values.length = n;
  formats.length = n;
  return formats.some((row) => row.length > 0);
}

/** Cells from..to of a row emptied, trailing empty cells dropped; the shared empty row when none is left. */
function clear<T>(row: T[], from: number, to: number): readonly T[] {
  for (let c = from; c <= to && c < row.length; c++) row[c] = null as T;
  let n = row.length;
  while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined)) n--;
  if (n === 0) return EMPTY_ROW as unknown as readonly T[];
  row.length = n;
  return row;
}

/** Hidden columns between `from` and `to`; where definitions overlap, the one starting first wins. */
function hiddenColumns(cols: readonly ColumnDef[], from: number, to: number): number[] {
  const out: number[] = [];
  const sorted = [...cols].sort((a, b) => a.min - b.min);
  let next = from;
  for (const def of sorted) {
    if (next < def.min) next = def.min;
    for (; next <= def.max && next <= to; next++) if (def.hidden) out.push(next);
    if (next > to) break;
    if (next <= def.max) next = def.max + 1;
  }
  return out;
}

/**
 * Two merged areas that share a cell, or null. With the areas sorted by top, those still open at the
 * current top all contain that row, so they cannot share columns: kept sorted by left, each new area is
 * checked against its neighbours only (areas that have ended are dropped on the way).
 */
export function firstOverlap(sorted: readonly CellRange[]): [CellRange, CellRange] | null {
  const open: CellRange[] = [];
  for (const m of sorted) {
    let lo = 0;
    let hi = open.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (open[mid].right < m.left) lo = mid + 1;
      else hi = mid;
    }
    let i = lo;
    while (i < open.length && open[i].left <= m.right) {
      const o = open[i];
      if (o.bottom < m.top) {
        open.splice(i, 1);
        continue;
      }
      if (o.right >= m.left) return [o, m];
      i++;
    }
    open.splice(i, 0, m);
  }
  return null;
}
