/**
 * A hidden column of figures with no word in it (a helper's sums, last year's copy, a lookup's codes):
 * kept out of sight by its office, no part of the table it reports. The sheet is read without its
 * figures; every other cell keeps its address. A hidden column with a heading is read as it is.
 */
import type { Grid } from '../model';

export function withoutHiddenFigureColumns(grid: Grid): Grid {
  const hidden = grid.hiddenColumns;
  if (!hidden || hidden.length === 0) return grid;
  const cols: number[] = [];
  for (const h of hidden) {
    const c = h - grid.originCol;
    if (c < 0) continue;
    let figures = false;
    let words = false;
    for (const row of grid.values) {
      const v = row?.[c];
      if (typeof v === 'string' && v.trim() !== '') words = true;
      else if (typeof v === 'number') figures = true;
    }
    if (figures && !words) cols.push(c);
  }
  if (cols.length === 0) return grid;
  const values = grid.values.map((row) => {
    if (!cols.some((c) => c < row.length && row[c] !== null)) return row;
    const copy = [...row];
    for (const c of cols) if (c < copy.length) copy[c] = null;
    return copy;
  });
  return { ...grid, values };
}
