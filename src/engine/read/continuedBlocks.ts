/**
 * A table printed in two blocks, the second going on with the months (2006 年 | 目標 | 一月 … 六月 over the
 * rows, then 2006 年 | 目標 | 七月 … 十二月 over the same rows again): read as one table, each row with its
 * twelve months, every cell keeping its own address.
 */
import type { CellValue, Grid } from '../model';
import { rowIsEmpty, stringOf } from './cells';
import { headingPeriod } from './findTables';
import type { FoldedPairs } from './rowPairs';

/** Only small sheets: a table printed in blocks is a page or two. */
const MAX_ROWS = 500;

interface Heading {
  readonly row: number;
  /** The columns holding months, and the month each holds (0-based index). */
  readonly months: readonly { readonly col: number; readonly month: number }[];
}

/** A heading row of two months or more, in order, every month column after the row's other headings. */
function monthHeading(row: readonly CellValue[] | undefined, r: number): Heading | null {
  // (A row with a number in it is a row of figures, passed over at once.)
  if (!row || row.length < 3 || row.some((v) => typeof v === 'number')) return null;
  const months: { col: number; month: number }[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = stringOf(row[c]);
    if (!t) continue;
    const p = headingPeriod(t);
    if (p && p.kind === 'month' && !p.plan) months.push({ col: c, month: p.index });
    else if (months.length > 0) return null;
  }
  if (months.length < 2) return null;
  for (let i = 1; i < months.length; i++) if (months[i].month !== months[i - 1].month + 1) return null;
  return { row: r, months };
}

/** The rows of a block: from below its heading to a blank row or the next heading. */
function blockRows(grid: Grid, from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = from; r < to; r++) {
    if (rowIsEmpty(grid.values[r])) {
      if (out.length > 0) break;
      continue;
    }
    out.push(r);
  }
  return out;
}

/** The same row labels, in the same order, down the first columns before the months. */
function sameLabels(grid: Grid, a: readonly number[], b: readonly number[], lead: number): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  for (let i = 0; i < a.length; i++) {
    for (let c = 0; c < lead; c++) {
      if (stringOf(grid.values[a[i]]?.[c]) !== stringOf(grid.values[b[i]]?.[c])) return false;
    }
  }
  return true;
}

/**
 * The sheet with its second block's months put beside the first block's (as further columns of the
 * same rows), or null where the sheet is not printed so.
 */
export function continuedBlocks(grid: Grid): FoldedPairs | null {
  const values = grid.values;
  if (values.length > MAX_ROWS) return null;
  const headings: Heading[] = [];
  for (let r = 0; r < values.length; r++) {
    const h = monthHeading(values[r], r);
    if (h) headings.push(h);
  }
  if (headings.length !== 2) return null;
  const [first, second] = headings;
  const lead = first.months[0].col;
  // The second block goes on where the first stops, under the same headings before the months.
  if (
    second.months[0].col !== lead ||
    second.months[0].month !== first.months[first.months.length - 1].month + 1
  )
    return null;
  for (let c = 0; c < lead; c++)
    if (stringOf(values[first.row][c]) !== stringOf(values[second.row][c])) return null;
  const upper = blockRows(grid, first.row + 1, second.row);
  // (A line under the second block, "最後更新:", is no row of it.)
  const lower = blockRows(grid, second.row + 1, values.length).slice(0, upper.length);
  if (upper.length < 2 || !sameLabels(grid, upper, lower, lead)) return null;
  const width = Math.max(...upper.map((r) => values[r]?.length ?? 0), values[first.row].length);
  const end = first.months[first.months.length - 1].col + 1;
  if (width > end) return null;
  const out = values.map((row) => [...(row ?? [])]);
  const formats = grid.numberFormats?.map((row) => [...(row ?? [])]);
  const cells = new Map<string, { row: number; col: number }>();
  const put = (to: number, from: number) => {
    const row = out[to];
    for (let c = row.length; c < end; c++) row[c] = null;
    for (let i = 0; i < second.months.length; i++) {
      const c = second.months[i].col;
      row[end + i] = values[from]?.[c] ?? null;
      if (formats?.[to]) formats[to][end + i] = grid.numberFormats?.[from]?.[c] ?? null;
      cells.set(`${grid.originRow + to},${grid.originCol + end + i}`, {
        row: grid.originRow + from,
        col: grid.originCol + c,
      });
    }
  };
  put(first.row, second.row);
  upper.forEach((r, i) => put(r, lower[i]));
  // The second block, now beside the first, is read no more.
  out[second.row] = [];
  for (const r of lower) out[r] = [];
  return {
    grid: { ...grid, values: out, ...(formats ? { numberFormats: formats } : {}) },
    cells,
    rows: new Map(),
    span: { from: grid.originRow + first.row, to: grid.originRow + lower[lower.length - 1] },
    inPlace: true,
  };
}
