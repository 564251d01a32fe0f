/**
 * Reads every worksheet into the engine's Grid.
 *
 * Round trips: sync 1 lists the worksheets; sync 2 loads, for every sheet at once, the used range
 * (values only) inside a capped window with its values, number formats and value types, plus the merged
 * areas (ExcelApi 1.13) and whether some rows / columns are hidden. Only when a sheet has hidden rows or
 * columns, and ExcelApi 1.9 is there, sync 3 loads its visible-cell areas. So: 2 syncs, 3 with hidden
 * rows, whatever the number of sheets and rows.
 *
 * Limits: at most READ_LIMITS.maxRows rows and maxColumns columns per sheet are read (the window starts
 * at A1); a larger sheet is read up to the limit and its Grid carries `truncated`. Formulas are not
 * loaded: Excel always hands over the calculated value. Error values come as text with value type
 * "Error" and become {kind: 'error'}. Without ExcelApi 1.13 merges are not reported; without 1.9 hidden
 * rows and columns are not reported (the reader works either way).
 */
import type { CellRange, CellValue, Grid, SheetSource } from '../../engine';
import { supports, type HostEnv } from './requirements';

export const READ_LIMITS = { maxRows: 50_000, maxColumns: 200 } as const;

export interface ReadLimits {
  readonly maxRows: number;
  readonly maxColumns: number;
}

interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly fullUsed: Excel.Range;
  readonly merges: Excel.RangeAreas | null;
  visible: Excel.RangeAreas | null;
}

export async function readSheets(
  context: Excel.RequestContext,
  host: HostEnv,
  limits: ReadLimits = READ_LIMITS,
): Promise<SheetSource[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();

  const withMerges = supports(host, 'mergedAreas');
  const reads: SheetRead[] = worksheets.items.map((sheet) => {
    const window = sheet.getRangeByIndexes(0, 0, limits.maxRows, limits.maxColumns);
    const used = window.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,values,numberFormat,valueTypes,rowHidden,columnHidden');
    const fullUsed = sheet.getUsedRangeOrNullObject(true);
    fullUsed.load('rowIndex,columnIndex,rowCount,columnCount');
    let merges: Excel.RangeAreas | null = null;
    if (withMerges) {
      merges = window.getMergedAreasOrNullObject();
      merges.load('address');
    }
    return { sheet, used, fullUsed, merges, visible: null };
  });
  await context.sync();

  const hidden = supports(host, 'visibleCells')
    ? reads.filter(
        (r) => !r.used.isNullObject && (r.used.rowHidden !== false || r.used.columnHidden !== false),
      )
    : [];
  if (hidden.length > 0) {
    for (const r of hidden) {
      r.visible = r.used.getSpecialCellsOrNullObject('Visible');
      r.visible.load('address');
    }
    await context.sync();
  }

  return reads.map((r) => ({ grid: toGrid(r, limits) }));
}

function toGrid(r: SheetRead, limits: ReadLimits): Grid {
  const name = r.sheet.name;
  const visibility = visibilityOf(r.sheet.visibility);
  if (r.used.isNullObject) {
    return { name, originRow: 1, originCol: 1, values: [], numberFormats: [], merges: [], visibility };
  }
  const originRow = r.used.rowIndex + 1;
  const originCol = r.used.columnIndex + 1;
  const rawValues = r.used.values;
  const types = r.used.valueTypes;
  const values = rawValues.map((row, i) => row.map((v, j) => toCellValue(v, types[i][j])));
  const numberFormats = r.used.numberFormat.map((row) =>
    row.map((f) => (typeof f === 'string' && f !== 'General' ? f : null)),
  );
  const merges = r.merges && !r.merges.isNullObject ? parseAreasAddress(r.merges.address) : [];

  let hiddenRows: number[] | undefined;
  let hiddenColumns: number[] | undefined;
  const rowCount = values.length;
  const colCount = rowCount > 0 ? values[0].length : 0;
  if (r.used.rowHidden === true) hiddenRows = range(originRow, rowCount);
  if (r.used.columnHidden === true) hiddenColumns = range(originCol, colCount);
  if (r.visible) {
    const areas = r.visible.isNullObject ? [] : parseAreasAddress(r.visible.address);
    if (r.used.rowHidden === null) hiddenRows = uncovered(originRow, rowCount, areas, 'top', 'bottom');
    if (r.used.columnHidden === null) hiddenColumns = uncovered(originCol, colCount, areas, 'left', 'right');
  }

  const full = r.fullUsed;
  const truncated =
    !full.isNullObject &&
    (full.rowIndex + full.rowCount > limits.maxRows ||
      full.columnIndex + full.columnCount > limits.maxColumns)
      ? { totalRows: full.rowIndex + full.rowCount, totalColumns: full.columnIndex + full.columnCount }
      : undefined;

  return {
    name,
    originRow,
    originCol,
    values,
    numberFormats,
    merges,
    ...(hiddenRows && hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenColumns && hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    visibility,
    ...(truncated ? { truncated } : {}),
  };
}

function visibilityOf(v: string): Grid['visibility'] {
  if (v === 'Hidden') return 'hidden';
  if (v === 'VeryHidden') return 'veryHidden';
  return 'visible';
}

/** Office value + value type → engine cell value. */
export function toCellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { kind: 'error', code: String(value) };
    case 'Boolean':
      return typeof value === 'boolean' ? value : String(value).toUpperCase() === 'TRUE';
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? value : Number(value);
    default:
      if (value === '' || value === null || value === undefined) return null;
      if (typeof value === 'number' || typeof value === 'boolean') return value;
      return String(value);
  }
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => start + i);
}

function uncovered(
  start: number,
  count: number,
  areas: readonly CellRange[],
  lo: 'top' | 'left',
  hi: 'bottom' | 'right',
): number[] {
  const seen = new Uint8Array(count);
  for (const a of areas) {
    for (let k = Math.max(a[lo], start); k <= Math.min(a[hi], start + count - 1); k++) seen[k - start] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (!seen[i]) out.push(start + i);
  return out;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Parses a RangeAreas address such as "Sheet1!A1:B2, 'My, sheet'!C3:D4" (sheet names may be quoted and
 * hold commas, quotes or "!") into 1-based rectangles. Whole rows ("3:5") and columns ("B:C") are kept
 * as rectangles spanning the sheet.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  let i = 0;
  const s = address;
  while (i < s.length) {
    while (i < s.length && (s[i] === ' ' || s[i] === ',')) i++;
    if (i >= s.length) break;
    // optional sheet prefix
    let j = i;
    if (s[j] === "'") {
      j++;
      while (j < s.length) {
        if (s[j] === "'" && s[j + 1] === "'") j += 2;
        else if (s[j] === "'") break;
        else j++;
      }
      j++; // closing quote
      if (s[j] === '!') i = j + 1;
    } else {
      const bang = s.indexOf('!', i);
      const comma = s.indexOf(',', i);
      if (bang >= 0 && (comma < 0 || bang < comma)) i = bang + 1;
    }
    let end = s.indexOf(',', i);
    if (end < 0) end = s.length;
    const ref = s.slice(i, end).trim().replace(/\$/g, '');
    i = end;
    const rect = parseRef(ref);
    if (rect) out.push(rect);
  }
  return out;
}

function parseRef(ref: string): CellRange | null {
  const [a, b = a] = ref.split(':');
  const cell = /^([A-Za-z]{1,3})?(\d+)?$/;
  const ma = cell.exec(a);
  const mb = cell.exec(b);
  if (!ma || !mb || (!ma[1] && !ma[2]) || (!mb[1] && !mb[2])) return null;
  const top = ma[2] ? Number(ma[2]) : 1;
  const bottom = mb[2] ? Number(mb[2]) : 1_048_576;
  const left = ma[1] ? colNumber(ma[1]) : 1;
  const right = mb[1] ? colNumber(mb[1]) : 16_384;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
