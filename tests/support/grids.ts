/** Grid builders for tests: a sheet as rows of values, with merges, formats and hidden rows. */
import {
  type CellRange,
  type CellValue,
  type Grid,
  parseCellAddress,
  type SheetSource,
} from '../../src/engine';

export interface GridOptions {
  /** Merged areas, as 1-based worksheet ranges or A1 ranges such as "D3:G3". */
  readonly merges?: readonly (CellRange | string)[];
  /** 1-based worksheet row of rows[0] (default 1). */
  readonly originRow?: number;
  /** 1-based worksheet column of rows[r][0] (default 1). */
  readonly originCol?: number;
  /** Number formats, same shape as rows. */
  readonly formats?: readonly (readonly (string | null | undefined)[])[];
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
}

/** "D3:G3" → {top: 3, left: 4, bottom: 3, right: 7}. */
export function rangeFromA1(a1: string): CellRange {
  const [a, b = a] = a1.split(':');
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  if (!p || !q) throw new Error(`not an A1 range: ${a1}`);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function gridFromRows(name: string, rows: CellValue[][], opts: GridOptions = {}): Grid {
  return {
    name,
    originRow: opts.originRow ?? 1,
    originCol: opts.originCol ?? 1,
    values: rows,
    ...(opts.formats ? { numberFormats: opts.formats } : {}),
    merges: (opts.merges ?? []).map((m) => (typeof m === 'string' ? rangeFromA1(m) : m)),
    ...(opts.hiddenRows ? { hiddenRows: opts.hiddenRows } : {}),
    ...(opts.hiddenColumns ? { hiddenColumns: opts.hiddenColumns } : {}),
  };
}

export function sourceFromRows(
  name: string,
  rows: CellValue[][],
  opts: GridOptions & { readonly file?: string } = {},
): SheetSource {
  const grid = gridFromRows(name, rows, opts);
  return opts.file !== undefined ? { file: opts.file, grid } : { grid };
}
