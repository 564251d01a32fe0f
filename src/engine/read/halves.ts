/**
 * A list printed in two halves side by side to fit the page (序号 | 项目 | 目标 | 完成 ‖ 序号 | 项目 | 目标 |
 * 完成: the first rows on the left, the rest on the right): read as one table, the right half's rows under
 * the left half's, every cell keeping its own address.
 */
import type { CellValue, Grid } from '../model';
import { stringOf } from './cells';
import { headingPeriod } from './findTables';
import { headerRoles, yearInHeading } from './headerWords';
import type { FoldedPairs } from './rowPairs';

/** Only small sheets, and a heading near the top: a list printed in halves is a page or two. */
const MAX_ROWS = 1000;
const HEADING_ROWS = 20;

/**
 * Roles of which a half's headings must hold one (else a period's or a year's heading): the names', a
 * category's, a figure's, a verdict's.
 */
const HALF_ROLES: ReadonlySet<string> = new Set([
  'name',
  'category',
  'target',
  'actual',
  'completion',
  'status',
]);

interface Halves {
  /** The heading row (grid index). */
  readonly row: number;
  /** The first heading's column in the left half, and how far right the second half stands. */
  readonly first: number;
  readonly offset: number;
}

/**
 * A heading row whose texts, from some column on, repeat the row's texts from its first one, column for
 * column (blank where the first half is blank), with nothing after them.
 */
function halvesOf(row: readonly CellValue[] | undefined, r: number): Halves | null {
  if (!row || row.some((v) => typeof v === 'number')) return null;
  const cols: number[] = [];
  for (let c = 0; c < row.length; c++) if (stringOf(row[c])) cols.push(c);
  if (cols.length < 4 || cols.length % 2 !== 0) return null;
  const first = cols[0];
  const offset = cols[cols.length / 2] - first;
  for (let c = first; c < first + offset; c++) {
    if (stringOf(row[c]) !== stringOf(row[c + offset])) return null;
  }
  if (cols[cols.length - 1] >= first + 2 * offset) return null;
  // Headings of a table of indicators: the names', a figure's or a verdict's, a period's or a year's.
  const heads = cols.slice(0, cols.length / 2).map((c) => stringOf(row[c]) ?? '');
  const known = (t: string) =>
    HALF_ROLES.has(headerRoles(t)[0]?.role ?? '') || headingPeriod(t) !== null || yearInHeading(t) !== null;
  if (!heads.some(known)) return null;
  return { row: r, first, offset };
}

/** The first column filled in the rows below the heading (unheaded names may stand left of the first heading). */
function firstColumn(
  values: readonly (readonly CellValue[] | undefined)[],
  h: number,
  first: number,
): number {
  let from = first;
  for (let r = h + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    // (A note of one cell under the table is no column of it.)
    if (row.filter((v) => v !== null && v !== undefined && v !== '').length < 2) continue;
    for (let c = 0; c < from; c++) {
      if (row[c] !== null && row[c] !== undefined && row[c] !== '') {
        from = c;
        break;
      }
    }
  }
  return from;
}

/**
 * A heading row that heads the right half heads both alike, column for column (not Year 1 over one half,
 * Year 2 over the other).
 */
function headsBothAlike(
  row: readonly CellValue[] | undefined,
  from: number,
  to: number,
  offset: number,
): boolean {
  if (!row) return true;
  // (A title over the left alone, or over both, heads no half.)
  let headsRight = false;
  for (let c = from + offset; c <= to + offset; c++) if (stringOf(row[c]) !== null) headsRight = true;
  if (!headsRight) return true;
  for (let c = from; c <= to; c++) if (stringOf(row[c]) !== stringOf(row[c + offset])) return false;
  return true;
}

/**
 * The sheet with its right half's rows under its left half's, or null where the sheet is not printed so
 * (or has merged areas at or below its heading row, or hidden rows: those are not moved).
 */
export function halvesSideBySide(grid: Grid): FoldedPairs | null {
  const values = grid.values;
  if (values.length > MAX_ROWS || (grid.hiddenRows?.length ?? 0) > 0) return null;
  let found: Halves | null = null;
  for (let r = 0; r < Math.min(values.length, HEADING_ROWS) && !found; r++) found = halvesOf(values[r], r);
  if (!found) return null;
  const { row: h, offset } = found;
  // Each half from its first column; the second half's columns stand right of the first's.
  const from = firstColumn(values, h, found.first);
  const to = from + offset - 1;
  if (grid.merges.some((m) => m.bottom >= grid.originRow + h)) return null;
  // Column for column from the first column of the rows (the names may stand unheaded left of the first
  // heading: a leaf row of Target | Actual | Target | Actual right of them is one table's).
  if (!headsBothAlike(values[h], from, to, offset) || !headsBothAlike(values[h - 1], from, to, offset))
    return null;
  const inRight = (c: number) => c >= from + offset && c <= to + offset;
  // The right half's rows: down to its last filled cell.
  let end = h;
  for (let r = h + 1; r < values.length; r++) {
    if ((values[r] ?? []).some((v, c) => inRight(c) && v !== null && v !== undefined && v !== '')) end = r;
  }
  if (end < h + 2) return null;
  // The left half's rows go on past the right half's, to its first blank row: the moved rows go after them.
  const inLeft = (row: readonly CellValue[] | undefined) =>
    (row ?? []).some((v, c) => c >= from && c <= to && v !== null && v !== undefined && v !== '');
  let after = end;
  while (after + 1 < values.length && inLeft(values[after + 1])) after++;
  const formats = grid.numberFormats;
  const outValues: CellValue[][] = [];
  const outFormats: (string | null | undefined)[][] = [];
  const cells = new Map<string, { row: number; col: number }>();
  const rows = new Map<number, number>();
  const keep = (r: number, clearRight: boolean) => {
    const row = [...(values[r] ?? [])];
    const fmt = [...(formats?.[r] ?? [])];
    if (clearRight) {
      for (let c = from + offset; c <= to + offset && c < row.length; c++) {
        row[c] = null;
        if (c < fmt.length) fmt[c] = null;
      }
    }
    const at = outValues.length;
    if (at !== r) {
      rows.set(grid.originRow + at, grid.originRow + r);
      for (let c = 0; c < row.length; c++) {
        cells.set(`${grid.originRow + at},${grid.originCol + c}`, {
          row: grid.originRow + r,
          col: grid.originCol + c,
        });
      }
    }
    outValues.push(row);
    outFormats.push(fmt);
  };
  for (let r = 0; r <= after; r++) keep(r, r >= h && r <= end);
  // The right half's rows, moved under the left half's into its columns.
  for (let r = h + 1; r <= end; r++) {
    const at = outValues.length;
    const row: CellValue[] = new Array(to + 1).fill(null);
    const fmt: (string | null | undefined)[] = new Array(to + 1).fill(null);
    for (let c = from; c <= to; c++) {
      row[c] = values[r]?.[c + offset] ?? null;
      fmt[c] = formats?.[r]?.[c + offset] ?? null;
      cells.set(`${grid.originRow + at},${grid.originCol + c}`, {
        row: grid.originRow + r,
        col: grid.originCol + c + offset,
      });
    }
    rows.set(grid.originRow + at, grid.originRow + r);
    outValues.push(row);
    outFormats.push(fmt);
  }
  for (let r = after + 1; r < values.length; r++) keep(r, false);
  return {
    grid: { ...grid, values: outValues, ...(formats ? { numberFormats: outFormats } : {}) },
    cells,
    rows,
    span: { from: grid.originRow + h, to: grid.originRow + end },
    inPlace: true,
  };
}
