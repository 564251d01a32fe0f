/**
 * Table bodies kept as values (model ValueBlock): the one rule that turns a block's values into cells, for
 * the layout that holds every cell and for the file writer that makes each row as it writes it.
 */
import type { LayoutCell, ReportLayout, SheetLayout, ValueBlock } from '../model';

/** The cell of block row i, column c (null beyond the block's columns). */
export function blockCell(block: ValueBlock, i: number, c: number): LayoutCell | null {
  const col = block.columns[c];
  if (col === undefined) return null;
  const value = block.values[i]?.[c] ?? null;
  const status = col.byStatus ? block.statuses?.[i] : null;
  if (status !== null && status !== undefined) return { value, style: `status-${status}` };
  if (value === null) return { value, style: col.empty };
  if (typeof value === 'string') return { value, style: col.text };
  const fmt = block.formats?.[i]?.[c];
  const own = fmt !== null && fmt !== undefined ? block.formatStyles?.[fmt] : undefined;
  return { value, style: own ?? col.number };
}

/** The cells of block row i, from column A. */
export function blockRow(block: ValueBlock, i: number): (LayoutCell | null)[] {
  const n = block.columns.length;
  const row: (LayoutCell | null)[] = new Array(n);
  for (let c = 0; c < n; c++) row[c] = blockCell(block, i, c);
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
} {
  const blocks = sheet.blocks ?? [];
  const rows = sheet.rows;
  if (blocks.length === 0) return { count: rows.length, at: (r) => rows[r - 1] ?? [] };
  let count = rows.length;
  for (const b of blocks) count = Math.max(count, blockBottom(b));
  return {
    count,
    at: (r) => {
      for (const b of blocks) if (r >= b.top && r <= blockBottom(b)) return blockRow(b, r - b.top);
      return rows[r - 1] ?? [];
    },
  };
}

/** The layout with every block written out as cells in `rows` (what the add-in and the tests read). */
export function expandBlocks(layout: ReportLayout): ReportLayout {
  return {
    sheets: layout.sheets.map((sheet) => {
      if (!sheet.blocks || sheet.blocks.length === 0) return sheet;
      const all = sheetRows(sheet);
      const rows: (readonly (LayoutCell | null)[])[] = [];
      for (let r = 1; r <= all.count; r++) rows.push(all.at(r));
      const { blocks: _blocks, ...rest } = sheet;
      return { ...rest, rows };
    }),
  };
}
