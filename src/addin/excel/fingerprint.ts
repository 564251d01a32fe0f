/**
 * What the report sheet held when the add-in wrote it, so a later "Write report" can tell whether
 * someone edited it since: the extent written (rows × columns from A1) and a hash of every non-empty
 * cell value with its position. The hash is order-free (a sum of per-cell hashes on two 32-bit lanes),
 * so the cells can be added in any order — the layout's rows, then the helper columns; or the blocks
 * read back from Excel. Numbers are compared at 15 significant digits (what Excel keeps), text exactly.
 */

export interface Fingerprint {
  rows: number;
  columns: number;
  a: number;
  b: number;
  cells: number;
}

/** An empty fingerprint; with `extent`, one whose extent starts at that (to compare with a stored one). */
export function newFingerprint(extent?: { rows: number; columns: number }): Fingerprint {
  return { rows: extent?.rows ?? 0, columns: extent?.columns ?? 0, a: 0, b: 0, cells: 0 };
}

/** The value as Excel hands it back, typed; null for an empty cell. */
function normalised(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? `n${Number(value.toPrecision(15))}` : null;
  if (typeof value === 'boolean') return `b${value}`;
  if (typeof value === 'string') return value === '' ? null : `s${value}`;
  return null;
}

function fnv(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Adds one cell (0-based row and column). Empty cells add nothing. */
export function addCell(f: Fingerprint, row: number, column: number, value: unknown): void {
  const v = normalised(value);
  if (v === null) return;
  const text = `${row},${column},${v}`;
  f.a = (f.a + fnv(text, 0x811c9dc5)) >>> 0;
  f.b = (f.b + fnv(text, 0x9747b28c)) >>> 0;
  f.cells++;
  f.rows = Math.max(f.rows, row + 1);
  f.columns = Math.max(f.columns, column + 1);
}

/** "v1:<rows>x<columns>:<cells>:<hash>" — what the settings keep. */
export function fingerprintText(f: Fingerprint): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `v1:${f.rows}x${f.columns}:${f.cells}:${hex(f.a)}${hex(f.b)}`;
}

/** The extent and cell count a stored fingerprint covers, or null when it is not one. */
export function fingerprintExtent(text: string): { rows: number; columns: number; cells: number } | null {
  const m = /^v1:(\d+)x(\d+):(\d+):[0-9a-f]{16}$/.exec(text);
  return m ? { rows: Number(m[1]), columns: Number(m[2]), cells: Number(m[3]) } : null;
}
