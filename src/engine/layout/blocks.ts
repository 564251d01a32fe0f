/**
 * Table bodies kept as values (model ValueBlock): the one rule that turns a block's values into cells, for
 * the layout that holds every cell and for the file writer that makes each row as it writes it.
 */
import type { LayoutCell, ReportLayout, SheetLayout, Status, TableCell, ValueBlock } from '../model';
import { STATUSES } from '../model';

/** The style key of each status's cells (made once: a block's rows are made afresh for every write). */
const STATUS_STYLES = new Map<Status | string, string>(STATUSES.map((s) => [s, `status-${s}`]));

/** The value of block row i, column c. */
export function blockValue(block: ValueBlock, i: number, c: number): TableCell {
  return block.values[i]?.[c] ?? null;
}

/** The style key of block row i, column c, holding `value` (its blockValue); '' beyond the block's columns. */
export function blockStyle(block: ValueBlock, i: number, c: number, value: TableCell): string {
  const col = block.columns[c];
  if (col === undefined) return '';
  const status = col.byStatus ? block.statuses?.[i] : null;
  if (status !== null && status !== undefined) return STATUS_STYLES.get(status) ?? `status-${status}`;
  if (value === null) return col.empty;
  if (typeof value === 'string') return col.text;
  const fmt = block.formats?.[i]?.[c];
  const own = fmt !== null && fmt !== undefined ? block.formatStyles?.[fmt] : undefined;
  return own ?? col.number;
}

/** The cells of block row i, from column A. */
export function blockRow(block: ValueBlock, i: number): (LayoutCell | null)[] {
  const n = block.columns.length;
  const row: (LayoutCell | null)[] = new Array(n);
  for (let c = 0; c < n; c++) {
    const value = blockValue(block, i, c);
    row[c] = { value, style: blockStyle(block, i, c, value) };
  }
  return row;
}

/** The last sheet row a block fills (top − 1 when it is empty). */
export function blockBottom(block: ValueBlock): number {
  return block.top + block.values.length - 1;
}

/**
 * A sheet's rows, blocks included: `count` rows from row 1, `at(r)` the cells of 1-based row r (a block's
 * row is made afresh at each call, so a writer that reads each row once holds none of them).
 */
export function sheetRows(sheet: SheetLayout): {
  readonly count: number;
  readonly at: (r: number) => readonly (LayoutCell | null)[];
  /** The block row r is in, if any (a writer can then read its values without making cells). */
  readonly blockOf: (r: number) => ValueBlock | undefined;
} {
  const blocks = sheet.blocks ?? [];
  const rows = sheet.rows;
  let count = rows.length;
  for (const b of blocks) count = Math.max(count, blockBottom(b));
  const blockOf = (r: number): ValueBlock | undefined => {
    for (const b of blocks) if (r >= b.top && r <= blockBottom(b)) return b;
    return undefined;
  };
  return {
    count,
    at: (r) => {
      const b = blockOf(r);
      return b ? blockRow(b, r - b.top) : (rows[r - 1] ?? []);
    },
    blockOf,
  };
}

/** The layout with every block written out as cells in `rows` (what the add-in and the tests read). */
export function expandBlocks(layout: ReportLayout): ReportLayout {
  return {
    sheets: layout.sheets.map((sheet) => {
      if (!sheet.blocks || sheet.blocks.length === 0) return sheet;
      const all = sheetRows(sheet);
      const rows: (readonly (LayoutCell | null)[])[] = [];
      // A cell the same as the one above it (an empty cell, a unit, a status repeated down a column) is
      // that cell (layout cells are read-only): 100,000 rows without an object for each of those.
      let above: (LayoutCell | null)[] = [];
      let block: ValueBlock | undefined;
      for (let r = 1; r <= all.count; r++) {
        const b = all.blockOf(r);
        if (!b) {
          rows.push(all.at(r));
          continue;
        }
        if (b !== block) {
          block = b;
          above = [];
        }
        const row = blockRow(b, r - b.top);
        for (let c = 0; c < row.length; c++) {
          const x = row[c];
          const prev = above[c];
          if (x && prev && prev.value === x.value && prev.style === x.style) row[c] = prev;
          else above[c] = x;
        }
        rows.push(row);
      }
      const { blocks: _blocks, ...rest } = sheet;
      return { ...rest, rows };
    }),
  };
}
