/** A1 addresses. Rows and columns are 1-based. */
export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + row;
}

/** "B3" → {row: 3, col: 2}; null when not an A1 address. */
export function parseCellAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** "A1:C4" for a 1-based rectangle. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** "$A$1:$C$4" for chart references. */
export function absoluteRange(top: number, left: number, bottom: number, right: number): string {
  return `$${columnLetters(left)}$${top}:$${columnLetters(right)}$${bottom}`;
}

/** Quote a sheet name for formulas / chart references: 'My sheet'!A1. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
