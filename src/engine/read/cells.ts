/** Cells and rows of a grid as the reader looks at them: blank or not, as text, as numbers written out. */
import type { CellValue } from '../model';
import { normalizeText } from '../core/normalize';
import { cleanNumber } from '../core/numbers';

export type Row = readonly CellValue[] | undefined;

export function cellOf(row: Row, c: number): CellValue {
  if (!row || c < 0 || c >= row.length) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.length === 0 || v.trim().length === 0;
  return false;
}

export function rowIsEmpty(row: Row): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/** Normalised text, skipping the regex work when the string needs none. */
export function cellString(s: string): string | null {
  const n = s.length;
  if (n === 0) return null;
  let prevSpace = true;
  let needs = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0xff01 && c <= 0xff5e)) {
      if (c === 0x20 && !prevSpace) {
        prevSpace = true;
        continue;
      }
      needs = true;
      break;
    }
    if (c >= 0x1680 && c <= 0x205f) {
      needs = true;
      break;
    }
    prevSpace = false;
  }
  if (!needs && prevSpace) needs = true;
  const out = needs ? normalizeText(s) : s;
  return out.length > 0 ? out : null;
}

export function numberText(v: number): string {
  if (!Number.isFinite(v)) return '';
  return String(cleanNumber(v));
}

/** A text cell's words, normalised; null for an empty text or any other value (a figure is no words). */
export function stringOf(v: CellValue | undefined): string | null {
  return typeof v === 'string' ? cellString(v) : null;
}

/** A cell as text for the text columns (id, name, unit, owner…); null when empty or not text. */
export function textOf(v: CellValue): string | null {
  if (typeof v === 'string') return cellString(v);
  if (typeof v === 'number') {
    const t = numberText(v);
    return t.length > 0 ? t : null;
  }
  return null;
}

/** True when the row's only non-empty cell is column c. */
export function onlyCell(row: Row, c: number): boolean {
  if (!row) return false;
  for (let k = 0; k < row.length; k++) if (k !== c && !isBlank(row[k])) return false;
  return true;
}

/** How many of the sorted numbers lie in [lo, hi]. */
export function countInRange(sorted: readonly number[], lo: number, hi: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (sorted[mid] < lo) a = mid + 1;
    else b = mid;
  }
  let n = 0;
  for (let i = a; i < sorted.length && sorted[i] <= hi; i++) n++;
  return n;
}

/** A column's number on a form (1, "2", (3), (3)=(2)-(1)) or its letter label (甲, 乙, A, 栏次). */
const COLUMN_LABEL = /^(?:[甲乙丙丁戊己]|栏次|[A-Z])$/;
// (with a footnote's mark after it, as figures have them: 2*, 3†)
const COLUMN_NUMBER = /^[(（]?\s*(\d{1,2})\s*[)）]?(?:\s*=\s*[-+*/×÷()（）\d\s]+|\s*[*†‡]+)?$/;

/** A form's column number as its heading cell shows it: 1, ( 2 ), (3)=(2)-(1). */
export function isColumnNumberText(text: string): boolean {
  // (full-width as forms type them: （１）, （３）=（２）－（１）)
  return COLUMN_NUMBER.test(normalizeText(text));
}

/**
 * Whether a row with this cell in it may be a form's row of column numbers (isColumnNumbers): the cell is
 * blank, a number, or a column's number or letter as text. Most names are none, and need no more look.
 */
export function mayNumberColumns(v: CellValue | undefined): boolean {
  if (typeof v !== 'string') return true;
  const t = normalizeText(v);
  return t === '' || COLUMN_LABEL.test(t) || COLUMN_NUMBER.test(t);
}

/**
 * A form's row of column numbers under its headings (1 | 2 | 3 … 14, or 甲 | 乙 | 1 | 2 …): each filled
 * cell the next number from 1 after any letter labels. Never an indicator. Bare numbers must run to 4 at
 * least (a row 1 | 2 | 3 may be figures); two labels are enough (甲 | 乙 over a form of two columns), and
 * one label with two numbers (栏次 | 1 | 2); one label and one number (A | 1) may be a name and its figure.
 */
export function isColumnNumbers(row: Row): boolean {
  if (!row) return false;
  let next = 1;
  let labels = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    let n: number | null = null;
    if (typeof v === 'number') n = v;
    else if (typeof v === 'string') {
      const t = normalizeText(v);
      if (next === 1 && COLUMN_LABEL.test(t)) {
        labels++;
        continue;
      }
      const m = COLUMN_NUMBER.exec(t);
      if (m) n = Number(m[1]);
    }
    if (n !== next) return false;
    next++;
  }
  const numbers = next - 1;
  return labels >= 2 || (labels === 1 && numbers >= 2) || numbers >= 4;
}
