/**
 * Month headings typed as dates (a row of Apr-24, May-24 … that are dates under a month format, as
 * trackers kept in Excel often have): read as the months they show ("2024-04"), so that the columns
 * are month columns. Only a row of at least three such dates, each a month after the one before and
 * on its first or last day, is read so; the sheet's values are never changed, only the reader's view.
 */
import type { CellValue, Grid } from '../model';
import { dateSerialText, isDateFormat } from '../core/quantity';

/** Rows looked at for headings. */
const HEADING_ROWS = 40;

/** The calendar month a date cell shows ("2024-04"), when the date is the month's first or last day. */
function monthOf(v: CellValue | undefined, format: string | null | undefined): string | null {
  if (typeof v !== 'number' || !Number.isInteger(v) || !isDateFormat(format)) return null;
  const day = dateSerialText(v);
  const next = dateSerialText(v + 1);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return day.endsWith('-01') || next.endsWith('-01') ? day.slice(0, 7) : null;
}

function monthNumber(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7));
}

/** The grid with its rows of month dates read as month texts; the same grid when it has none. */
export function withMonthHeadings(grid: Grid): Grid {
  const formats = grid.numberFormats;
  if (!formats) return grid;
  let values: CellValue[][] | null = null;
  const rows = Math.min(grid.values.length, HEADING_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const months: { c: number; ym: string }[] = [];
    for (let c = 0; c < row.length; c++) {
      const ym = monthOf(row[c], formats[r]?.[c]);
      if (ym) months.push({ c, ym });
    }
    if (months.length < 3) continue;
    const consecutive = months.every(
      (m, i) => i === 0 || monthNumber(m.ym) === monthNumber(months[i - 1].ym) + 1,
    );
    if (!consecutive) continue;
    values ??= grid.values.slice() as CellValue[][];
    const copy = row.slice();
    for (const m of months) copy[m.c] = m.ym;
    values[r] = copy;
  }
  return values ? { ...grid, values } : grid;
}
