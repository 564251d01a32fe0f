/**
 * Reading cell properties of whole sheets within Excel's documented limits.
 *
 * "Resource limits and performance optimization for Office Add-ins" (section Excel add-ins): Excel on
 * the web rejects a request or a response over 5 MB (RichApi.Error ResponsePayloadSizeLimitExceeded),
 * and "a range is limited to 5,000,000 cells for read operations". "Read or write to a large range
 * using the Excel JavaScript API" advises separate reads of smaller parts. So the cells are read in
 * row blocks of at most MAX_CELLS_PER_READ cells, and the blocks (of one sheet or of several) are packed
 * into syncs whose estimated response stays under RESPONSE_BUDGET_BYTES. The estimate per cell starts at
 * INITIAL_BYTES_PER_CELL and follows what the last response really held (plus a margin), so the number
 * of syncs grows with the bytes read, never with rows. When Excel still rejects a response as
 * too large, the same rows are read again in smaller blocks; a single row too large to read is a
 * PortError('too-large') naming its sheet.
 */
import { PortError } from '../port';
import { utf8Length } from './payload';

/** Estimated response of one sync: ~4 MB, under Excel on the web's 5 MB limit. */
export const RESPONSE_BUDGET_BYTES = 4_000_000;
/** The most cells one range read covers (Excel allows 5,000,000; smaller reads stay responsive). */
export const MAX_CELLS_PER_READ = 250_000;
/** First guess of the response bytes per cell for values + number format + value type. */
export const INITIAL_BYTES_PER_CELL = 40;
/** The estimate never goes below this (a response of empty cells still carries "" and "General"). */
const MIN_BYTES_PER_CELL = 8;

export type CellProperty = 'values' | 'numberFormat' | 'valueTypes';

/** What can be read: the values alone, or what a Grid needs. */
export type CellProperties = readonly ['values'] | readonly ['values', 'numberFormat', 'valueTypes'];

/** A rectangle of a sheet to read (0-based indexes, as getRangeByIndexes takes them). */
export interface CellArea {
  readonly sheet: Excel.Worksheet;
  /** The sheet's name, for messages. */
  readonly name: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export type CellRows = Record<CellProperty, unknown[][]>;

/** Something read alongside the first block sync (e.g. visible-cell areas): queued again on a retry. */
export interface ExtraLoad {
  /** Queues the load on the context; returns its estimated response bytes. */
  readonly queue: () => number;
  /** Called once the sync that carried it succeeded. */
  readonly done: () => void;
}

export interface ReadCellsOptions {
  readonly extras?: readonly ExtraLoad[];
  readonly onProgress?: (doneCells: number, totalCells: number) => void;
}

interface Piece {
  readonly area: number;
  readonly row: number;
  readonly rows: number;
}

/** The rows of every area, property by property, in the order of `areas`. */
export async function readCells(
  context: Excel.RequestContext,
  areas: readonly CellArea[],
  properties: CellProperties,
  options: ReadCellsOptions = {},
): Promise<CellRows[]> {
  const out: CellRows[] = areas.map(() => ({ values: [], numberFormat: [], valueTypes: [] }));
  const total = areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
  const next = { area: 0, row: 0 };
  let extras = options.extras ?? [];
  let bytesPerCell = INITIAL_BYTES_PER_CELL * (properties.length / 3);
  let done = 0;
  skipDone(areas, next);
  while (next.area < areas.length || extras.length > 0) {
    const extraBytes = extras.reduce((n, e) => n + e.queue(), 0);
    const pieces = planSync(areas, next, bytesPerCell, RESPONSE_BUDGET_BYTES - extraBytes);
    const ranges = pieces.map((p) => {
      const a = areas[p.area];
      const range = a.sheet.getRangeByIndexes(a.rowIndex + p.row, a.columnIndex, p.rows, a.columnCount);
      if (properties.length === 1) range.load('values');
      else range.load('values,numberFormat,valueTypes');
      return range;
    });
    try {
      // The loop is over syncs of up to ~4 MB each, not over rows or cells.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== 'ResponsePayloadSizeLimitExceeded') throw error;
      const single = pieces.length === 1 && pieces[0].rows === 1;
      if (single || pieces.length === 0) throw tooLarge(areas[pieces[0]?.area ?? next.area]);
      bytesPerCell *= 2;
      continue;
    }
    for (const e of extras) e.done();
    extras = [];
    let measured = 0;
    let cells = 0;
    pieces.forEach((p, i) => {
      const area = areas[p.area];
      for (const prop of properties) {
        const rows = (ranges[i] as unknown as Record<CellProperty, unknown>)[prop];
        if (!Array.isArray(rows) || rows.length !== p.rows) throw tooLarge(area);
        const target = out[p.area][prop];
        for (const row of rows as unknown[][]) {
          target.push(row);
          measured += rowBytes(row);
        }
      }
      cells += p.rows * area.columnCount;
    });
    if (pieces.length > 0) {
      const last = pieces[pieces.length - 1];
      next.area = last.area;
      next.row = last.row + last.rows;
      skipDone(areas, next);
    }
    done += cells;
    // The next sync plans with what this one really held, plus a margin for rows that hold more.
    if (cells > 0) bytesPerCell = Math.max(MIN_BYTES_PER_CELL, (measured / cells) * 1.2);
    options.onProgress?.(done, total);
  }
  return out;
}

/** Moves the cursor past finished areas. */
function skipDone(areas: readonly CellArea[], next: { area: number; row: number }): void {
  while (next.area < areas.length && next.row >= areas[next.area].rowCount) {
    next.area++;
    next.row = 0;
  }
}

/** The row blocks of one sync, from the cursor on, within the byte budget (at least one row). */
function planSync(
  areas: readonly CellArea[],
  from: { area: number; row: number },
  bytesPerCell: number,
  budget: number,
): Piece[] {
  const pieces: Piece[] = [];
  let left = budget;
  let area = from.area;
  let row = from.row;
  while (area < areas.length) {
    const a = areas[area];
    const rowBytes = a.columnCount * bytesPerCell;
    const byBudget = Math.floor(left / rowBytes);
    if (byBudget < 1) {
      if (pieces.length === 0) pieces.push({ area, row, rows: 1 });
      break;
    }
    const rows = Math.min(
      a.rowCount - row,
      byBudget,
      Math.max(1, Math.floor(MAX_CELLS_PER_READ / a.columnCount)),
    );
    pieces.push({ area, row, rows });
    left -= rows * rowBytes;
    row += rows;
    if (row >= a.rowCount) {
      area++;
      row = 0;
    }
  }
  return pieces;
}

/** Approximate JSON size of one returned row. */
function rowBytes(row: readonly unknown[]): number {
  let n = 3;
  for (const v of row) {
    if (typeof v === 'string') n += utf8Length(v) + 3;
    else if (typeof v === 'number') n += String(v).length + 1;
    else n += 6;
  }
  return n;
}

function tooLarge(area: CellArea | undefined): PortError {
  const name = area?.name ?? '';
  return new PortError('too-large', `the sheet "${name}" holds a row too large to read at once`, name);
}
