/**
 * A status key printed beside the table (Well Above / Above / On target / Below / Well below down a
 * column of its own, right of the table and apart from it): the key to the statuses' colours, not
 * headings or data. The sheet is read without it; every other cell keeps its address.
 */
import type { CellValue, Grid } from '../model';
import { isBlank, stringOf } from './cells';
import { statusWord } from './cellKinds';
import { isFooterLine } from './labels';

/** A key lists a few statuses, each once. */
const MIN_ENTRIES = 3;
const MAX_ENTRIES = 10;

/** A step of a rating scale said against the target (Well above, Above, Slightly below, Under target). */
const SCALE_STEP =
  /^(?:(?:well|far|slightly|significantly|much)\s+)?(?:above|below|over|under)(?:\s+target)?$/i;

/** A key's entry: a status word, or a step of a scale around the target. */
function keyEntry(v: CellValue | undefined): string | null {
  const t = stringOf(v);
  if (!t || t.length > 30 || /\d/.test(t)) return null;
  return SCALE_STEP.test(t) || statusWord(t) !== null ? t.toLowerCase() : null;
}

/** The column of a row's last filled cell, when the cell left of it is blank (a cell standing apart). */
function lastApart(row: readonly CellValue[] | undefined): number {
  if (!row) return -1;
  let c = row.length - 1;
  while (c >= 0 && isBlank(row[c])) c--;
  return c >= 1 && isBlank(row[c - 1]) ? c : -1;
}

/** Whether a column holds anything outside rows from..to (its key's heading above excepted). */
function filledElsewhere(grid: Grid, col: number, from: number, to: number): boolean {
  for (let r = 0; r < grid.values.length; r++) {
    if (r >= from && r <= to) continue;
    const v = grid.values[r]?.[col];
    if (isBlank(v)) continue;
    const heading = r === from - 1 && typeof v === 'string' && isFooterLine(v);
    if (!heading) return true;
  }
  return false;
}

/** The keys' cells: [row, column] of each entry, and of a key's heading (Key, Legend) just above. */
function keyCells(grid: Grid): [number, number][] {
  const out: [number, number][] = [];
  const values = grid.values;
  let r = 0;
  while (r < values.length) {
    const col = lastApart(values[r]);
    if (col < 0 || keyEntry(values[r][col]) === null) {
      r++;
      continue;
    }
    const entries = new Set<string>();
    let end = r;
    while (end < values.length && lastApart(values[end]) === col) {
      const entry = keyEntry(values[end][col]);
      if (entry === null || entries.has(entry)) break;
      entries.add(entry);
      end++;
    }
    const n = end - r;
    if (n >= MIN_ENTRIES && n <= MAX_ENTRIES && !filledElsewhere(grid, col, r, end - 1)) {
      if (r > 0 && !isBlank(values[r - 1]?.[col])) out.push([r - 1, col]);
      for (let k = r; k < end; k++) out.push([k, col]);
    }
    r = Math.max(end, r + 1);
  }
  return out;
}

/** The grid without a status key standing apart to the right of its table; the same grid when it has none. */
export function withoutSideKey(grid: Grid): Grid {
  const cells = keyCells(grid);
  if (cells.length === 0) return grid;
  const values = grid.values.slice();
  for (const [r, c] of cells) {
    const row = values[r].slice();
    row[c] = null;
    values[r] = row;
  }
  return { ...grid, values };
}
