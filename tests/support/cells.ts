/** Source cells in tests, written by their A1 address as a reader of the sheet would name them. */
import { cellAddress, type CellValue, parseCellAddress, type SourceCell } from '../../src/engine';

/** The cell at an A1 address ("D5") holding `value`, with a number format when given. */
export function cellAt(a1: string, value: CellValue, format?: string | null): SourceCell {
  const p = parseCellAddress(a1);
  if (!p) throw new Error(`not an A1 address: ${a1}`);
  return format === undefined ? { value, row: p.row, col: p.col } : { value, format, row: p.row, col: p.col };
}

/** A cell's A1 address, as its diagnostics name it; null for a missing cell. */
export function addressOf(cell: SourceCell | null | undefined): string | null {
  return cell ? cellAddress(cell.row, cell.col) : null;
}
