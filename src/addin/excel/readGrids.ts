/**
 * Reads every worksheet into the engine's Grid, within Excel's documented limits (see cells.ts:
 * responses under ~4 MB, range reads far under 5,000,000 cells).
 *
 * Round trips:
 * 1. the worksheets (name, id, visibility);
 * 2. for every sheet at once, where its used range (values only) lies — inside the read window and in
 *    the whole sheet — whether its rows or columns are hidden, and its merged areas (ExcelApi 1.13);
 * 3. and on: the cells (values, number formats, value types) in row blocks packed by size, so that the
 *    number of syncs grows with the bytes read, never with rows: 3 syncs for an ordinary workbook, one
 *    more per ~4 MB. The visible-cell areas of sheets with some hidden rows or columns (ExcelApi 1.9)
 *    ride along the first block sync.
 *
 * Merged areas: Range.getMergedAreasOrNullObject fails on a range holding more than 512 merged areas
 * (API reference, Range.getMergedAreasOrNullObject). When sync 2 fails so, it is done again without
 * them, and each sheet's merged areas are read on their own, a failing range split in halves; past
 * MAX_MERGE_SYNCS syncs a sheet keeps what was found (the reader works without merges, as on
 * ExcelApi < 1.13). One sheet never fails the whole read.
 *
 * Limits: at most READ_LIMITS.maxRows rows and maxColumns columns per sheet are read (the window starts
 * at A1), and at most maxCells cells (a stray value far down a wide sheet must not make the pane read
 * and hold tens of millions of empty cells); a larger sheet is read up to the limit and its Grid carries
 * `truncated`. Formulas are not
 * loaded: Excel always hands over the calculated value. Error values come as text with value type
 * "Error" and become {kind: 'error'}. Without ExcelApi 1.13 merges are not reported; without 1.9 hidden
 * rows and columns are not reported (the reader works either way).
 *
 * Each sheet also says whether it is the add-in's own report or history sheet (ownership.ts).
 */
import type { CellRange, CellValue, Grid } from '../../engine';
import type { WorkbookSheet } from '../port';
import { type CellArea, type ExtraLoad, readCells } from './cells';
import { ownSheetKind } from './ownership';
import { supports, type HostEnv } from './requirements';
import { ownedSheetIds } from './settings';

export const READ_LIMITS = { maxRows: 200_000, maxColumns: 200, maxCells: 4_000_000 } as const;

/** The most syncs spent on merged areas after they failed in one go (> 512 merged areas somewhere). */
export const MAX_MERGE_SYNCS = 64;

export interface ReadLimits {
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly maxCells: number;
}

interface Used {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface SheetPlan {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly id: string;
  readonly visibility: Grid['visibility'];
  readonly used: Used | null;
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
  readonly truncated?: { totalRows: number; totalColumns: number };
  readonly merges: CellRange[];
  visible: CellRange[] | null;
}

interface Probe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly full: Excel.Range;
  readonly merges: Excel.RangeAreas | null;
}

export async function readSheets(
  context: Excel.RequestContext,
  host: HostEnv,
  limits: ReadLimits = READ_LIMITS,
  onProgress?: (doneCells: number, totalCells: number) => void,
): Promise<WorkbookSheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility');
  // The workbook's name (ExcelApi 1.7, the baseline) may state the period (2024年三季度重点工作.xlsx).
  context.workbook.load('name');
  await context.sync();
  const fileName = context.workbook.name || undefined;

  const plans = await measureSheets(context, host, worksheets.items, limits);
  const withUsed = plans.filter((p) => p.used !== null);
  const areas: CellArea[] = withUsed.map((p) => ({ sheet: p.sheet, name: p.name, ...(p.used as Used) }));
  const rows = await readCells(context, areas, ['values', 'numberFormat', 'valueTypes'], {
    extras: supports(host, 'visibleCells') ? withUsed.flatMap(visibleCellsLoad) : [],
    onProgress,
  });

  const owned = new Set(ownedSheetIds(host.settings));
  return plans.map((p) => {
    const i = withUsed.indexOf(p);
    const grid = toGrid(p, i < 0 ? null : rows[i]);
    const own = ownSheetKind(grid, p.id, owned);
    const named = fileName ? { fileName } : {};
    return own ? { grid, own, ...named } : { grid, ...named };
  });
}

/** Sync 2 (and the merged-area fallback): where each sheet's cells are, hidden rows, merges. */
async function measureSheets(
  context: Excel.RequestContext,
  host: HostEnv,
  sheets: readonly Excel.Worksheet[],
  limits: ReadLimits,
): Promise<SheetPlan[]> {
  const queue = (withMerges: boolean): Probe[] =>
    sheets.map((sheet) => {
      const window = sheet.getRangeByIndexes(0, 0, limits.maxRows, limits.maxColumns);
      const used = window.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden');
      const full = sheet.getUsedRangeOrNullObject(true);
      full.load('rowIndex,columnIndex,rowCount,columnCount');
      let merges: Excel.RangeAreas | null = null;
      if (withMerges) {
        merges = window.getMergedAreasOrNullObject();
        merges.load('address');
      }
      return { sheet, used, full, merges };
    });
  const withMerges = supports(host, 'mergedAreas');
  let probes = queue(withMerges);
  let mergesFailed = false;
  try {
    await context.sync();
  } catch (error) {
    if (!withMerges) throw error;
    // A sheet with more than 512 merged areas fails the whole sync: measure again without merges.
    mergesFailed = true;
    probes = queue(false);
    await context.sync();
  }
  const plans = probes.map((p) => toPlan(p, limits));
  if (mergesFailed) await readMergesApart(context, plans);
  return plans;
}

function toPlan(p: Probe, limits: ReadLimits): SheetPlan {
  const cut = !p.used.isNullObject && p.used.rowCount * p.used.columnCount > limits.maxCells;
  const used = p.used.isNullObject
    ? null
    : {
        rowIndex: p.used.rowIndex,
        columnIndex: p.used.columnIndex,
        rowCount: cut ? Math.max(1, Math.floor(limits.maxCells / p.used.columnCount)) : p.used.rowCount,
        columnCount: p.used.columnCount,
      };
  const full = p.full;
  const truncated =
    !full.isNullObject &&
    (cut ||
      full.rowIndex + full.rowCount > limits.maxRows ||
      full.columnIndex + full.columnCount > limits.maxColumns)
      ? { totalRows: full.rowIndex + full.rowCount, totalColumns: full.columnIndex + full.columnCount }
      : undefined;
  const merges = p.merges && !p.merges.isNullObject ? parseAreasAddress(p.merges.address) : [];
  return {
    sheet: p.sheet,
    name: p.sheet.name,
    id: p.sheet.id,
    visibility: visibilityOf(p.sheet.visibility),
    used,
    rowHidden: used ? p.used.rowHidden : false,
    columnHidden: used ? p.used.columnHidden : false,
    ...(truncated ? { truncated } : {}),
    merges,
    visible: null,
  };
}

/**
 * Merged areas sheet by sheet, each range in its own sync; a range Excel refuses (more than 512 merged
 * areas) is split into halves by rows, the top half first. A merged area crossing a split is found by
 * both halves and kept once.
 */
async function readMergesApart(context: Excel.RequestContext, plans: readonly SheetPlan[]): Promise<void> {
  const pending = plans.flatMap((plan) =>
    plan.used ? [{ plan, row: plan.used.rowIndex, rows: plan.used.rowCount }] : [],
  );
  let syncs = 0;
  while (pending.length > 0 && syncs < MAX_MERGE_SYNCS) {
    const piece = pending.shift() as (typeof pending)[number];
    const used = piece.plan.used as Used;
    const areas = piece.plan.sheet
      .getRangeByIndexes(piece.row, used.columnIndex, piece.rows, used.columnCount)
      .getMergedAreasOrNullObject();
    areas.load('address');
    syncs++;
    try {
      // One sync per piece, so that a refused piece fails alone; bounded by MAX_MERGE_SYNCS.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      if (piece.rows < 2) continue;
      const top = Math.ceil(piece.rows / 2);
      pending.unshift(
        { plan: piece.plan, row: piece.row, rows: top },
        { plan: piece.plan, row: piece.row + top, rows: piece.rows - top },
      );
      continue;
    }
    if (areas.isNullObject) continue;
    const seen = new Set(piece.plan.merges.map(rangeKey));
    for (const m of parseAreasAddress(areas.address)) {
      if (!seen.has(rangeKey(m))) piece.plan.merges.push(m);
    }
  }
}

function rangeKey(r: CellRange): string {
  return `${r.top},${r.left},${r.bottom},${r.right}`;
}

/** The visible-cell areas of a sheet with some (not all) rows or columns hidden. */
function visibleCellsLoad(plan: SheetPlan): ExtraLoad[] {
  // Only a mix of hidden and visible rows (or columns) needs the areas; all or none says it already.
  if (plan.rowHidden !== null && plan.columnHidden !== null) return [];
  const used = plan.used as Used;
  let areas: Excel.RangeAreas | null = null;
  return [
    {
      queue: () => {
        areas = plan.sheet
          .getRangeByIndexes(used.rowIndex, used.columnIndex, used.rowCount, used.columnCount)
          .getSpecialCellsOrNullObject('Visible');
        areas.load('address');
        // Worst case: every other row hidden, one area per visible row.
        return used.rowCount * 16 + 64;
      },
      done: () => {
        const a = areas as Excel.RangeAreas;
        plan.visible = a.isNullObject ? [] : parseAreasAddress(a.address);
      },
    },
  ];
}

function toGrid(
  p: SheetPlan,
  cells: { values: unknown[][]; numberFormat: unknown[][]; valueTypes: unknown[][] } | null,
): Grid {
  const { name, visibility } = p;
  if (!p.used || !cells) {
    return { name, originRow: 1, originCol: 1, values: [], numberFormats: [], merges: [], visibility };
  }
  const originRow = p.used.rowIndex + 1;
  const originCol = p.used.columnIndex + 1;
  const types = cells.valueTypes;
  const values = cells.values.map((row, i) => row.map((v, j) => toCellValue(v, String(types[i][j]))));
  const numberFormats = cells.numberFormat.map((row) =>
    row.map((f) => (typeof f === 'string' && f !== 'General' ? f : null)),
  );

  let hiddenRows: number[] | undefined;
  let hiddenColumns: number[] | undefined;
  const rowCount = values.length;
  const colCount = rowCount > 0 ? values[0].length : 0;
  if (p.rowHidden === true) hiddenRows = range(originRow, rowCount);
  if (p.columnHidden === true) hiddenColumns = range(originCol, colCount);
  if (p.visible) {
    if (p.rowHidden === null) hiddenRows = uncovered(originRow, rowCount, p.visible, 'top', 'bottom');
    if (p.columnHidden === null) hiddenColumns = uncovered(originCol, colCount, p.visible, 'left', 'right');
  }

  return {
    name,
    originRow,
    originCol,
    values,
    numberFormats,
    merges: p.merges,
    ...(hiddenRows && hiddenRows.length > 0 ? { hiddenRows } : {}),
    ...(hiddenColumns && hiddenColumns.length > 0 ? { hiddenColumns } : {}),
    visibility,
    ...(p.truncated ? { truncated: p.truncated } : {}),
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
