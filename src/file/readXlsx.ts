/**
 * The file adapter's reading half: an .xlsx file → one Grid per worksheet, with exceljs.
 * Unusable files (missing, empty, old .xls, CSV, password-protected, damaged) become an InputError with a
 * one-line message; nothing here throws anything else for a bad file.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, Grid, SheetSource } from '../engine/types';
import { InputError } from './errors';

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** Stream names inside an OLE2 container, as stored there (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Sheet parts exceljs need not parse for reading values (faster on big, heavily formatted sheets). */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'extLst',
  'picture',
  'drawing',
];

/**
 * exceljs checks every merged area it reads against every one read before (quadratic: seconds for the
 * thousands of merged rows of a big report, read back for its check-in history). This does the same
 * merges in linear time: the check against earlier areas is done here, cell by cell, with the same
 * error for overlapping areas.
 */
function linearMergeParsing(): void {
  type Ws = {
    _merges: Record<string, { top: number; left: number; bottom: number; right: number }>;
    mergeCellsWithoutStyle(range: unknown): void;
  };
  const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('probe')) as {
    _parseMergeCells?: (this: Ws, model: { mergeCells?: unknown[] }) => void;
  };
  if (typeof proto._parseMergeCells !== 'function') return;
  proto._parseMergeCells = function (this: Ws, model: { mergeCells?: unknown[] }): void {
    const covered = new Map<number, Set<number>>();
    for (const range of model.mergeCells ?? []) {
      const all = this._merges;
      this._merges = {};
      let added: Ws['_merges'];
      try {
        this.mergeCellsWithoutStyle(range);
      } finally {
        added = this._merges;
        this._merges = all;
      }
      for (const key of Object.keys(added)) {
        const d = added[key];
        for (let r = d.top; r <= d.bottom; r++) {
          let cols = covered.get(r);
          if (!cols) covered.set(r, (cols = new Set()));
          for (let c = d.left; c <= d.right; c++) {
            if (cols.has(c)) throw new Error('Cannot merge already merged cells');
            cols.add(c);
          }
        }
        all[key] = d;
      }
    }
  };
}
linearMergeParsing();

export async function readWorkbookFile(file: string): Promise<SheetSource[]> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(file, 'no-permission');
    throw new InputError(file, 'missing');
  }
  if (stat.isDirectory()) throw new InputError(file, 'is-directory');
  if (stat.size === 0) throw new InputError(file, 'empty');
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    throw new InputError(file, 'unreadable');
  }
  return readWorkbookBuffer(data, file);
}

export async function readWorkbookBuffer(data: Buffer, file: string): Promise<SheetSource[]> {
  checkFileKind(data, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as never);
  } catch (e) {
    throw loadFailure(e, file);
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) {
    if (data.indexOf('xl/workbook.xml') < 0) {
      throw new InputError(file, 'zip-not-workbook');
    }
    throw new InputError(file, 'no-sheets');
  }
  return sheets.map((ws) => ({ file, grid: worksheetToGrid(ws) }));
}

/** Recognises files that are certainly not .xlsx before exceljs tries, so the message can say why. */
function checkFileKind(data: Buffer, file: string): void {
  if (data.length === 0) throw new InputError(file, 'empty');
  if (startsWith(data, OLE2_MAGIC)) {
    if (data.indexOf(ENCRYPTION_INFO) >= 0 || data.indexOf(ENCRYPTED_PACKAGE) >= 0) {
      throw new InputError(file, 'encrypted');
    }
    throw new InputError(file, 'old-xls');
  }
  if (startsWith(data, ZIP_MAGIC)) return;
  if (startsWith(data, EMPTY_ZIP_MAGIC)) throw new InputError(file, 'empty-zip');
  const kind = textKind(data);
  if (kind === 'markup') {
    throw new InputError(file, 'markup');
  }
  if (kind === 'text') {
    throw new InputError(file, 'csv');
  }
  throw new InputError(file, 'not-workbook');
}

function startsWith(data: Buffer, magic: Buffer): boolean {
  return data.length >= magic.length && data.subarray(0, magic.length).equals(magic);
}

/** 'text' when the start of the file reads as text (UTF-8, UTF-16 with BOM, or GBK-like bytes without NULs). */
function textKind(data: Buffer): 'text' | 'markup' | null {
  const head = data.subarray(0, 4096);
  if (
    head.length >= 2 &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  ) {
    return 'text';
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > head.length / 100) return null;
  const start = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 20)
    .toLowerCase();
  if (start.startsWith('<')) return 'markup';
  return 'text';
}

function loadFailure(e: unknown, file: string): InputError {
  const msg = e instanceof Error ? e.message : String(e);
  if (
    /end of central directory|end of data|corrupted zip|invalid|unexpected end|crc32|compressed|zip/i.test(
      msg,
    )
  ) {
    return new InputError(file, 'damaged');
  }
  const detail = msg.split(/\r?\n/)[0].trim().slice(0, 120);
  return new InputError(file, 'load-failed', detail ? { detail } : {});
}

// ───────────────────────────── worksheet → Grid ─────────────────────────────

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);
const EMPTY_FORMATS: readonly (string | null)[] = Object.freeze([]);
const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's 1900-system day 0, counting its phantom 1900-02-29) to 1970-01-01. */
const EPOCH_1900 = 25_569;

/** exceljs value types (Enums.ValueType). */
const T_MERGE = 1;

interface ExcelCellLike {
  readonly type: number;
  readonly value: unknown;
  readonly numFmt?: string;
  readonly formula?: string;
}
interface ExcelRowLike {
  readonly number: number;
  readonly hidden: boolean;
  eachCell(opt: { includeEmpty: boolean }, cb: (cell: ExcelCellLike, col: number) => void): void;
}

/**
 * One worksheet as a Grid, anchored at A1 (originRow = originCol = 1). Rows are ragged: a row is as long
 * as its last non-empty cell, and empty rows share one empty array, so a stray cell far down costs
 * little. Cells of a merged area other than its top-left are empty, as in Excel's own API.
 * Hidden rows and columns are listed only within the area that holds values.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const hiddenRowsAll: number[] = [];
  let anyFormat = false;
  let maxCol = 0;
  const rows = (ws as unknown as { _rows: (ExcelRowLike | undefined)[] })._rows ?? [];
  rows.forEach((row) => {
    if (!row) return;
    if (row.hidden) hiddenRowsAll.push(row.number);
    let rowValues: CellValue[] | null = null;
    let rowFormats: (string | null)[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === T_MERGE) return;
      const v = cellValue(cell);
      if (v === null) return;
      if (!rowValues) rowValues = [];
      while (rowValues.length < col - 1) rowValues.push(null);
      rowValues[col - 1] = v;
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') {
        if (!rowFormats) rowFormats = [];
        while (rowFormats.length < col - 1) rowFormats.push(null);
        rowFormats[col - 1] = fmt;
        anyFormat = true;
      }
    });
    if (!rowValues) return;
    const r = row.number - 1;
    while (values.length < r) {
      values.push(EMPTY_ROW as CellValue[]);
      formats.push(EMPTY_FORMATS as (string | null)[]);
    }
    values[r] = rowValues;
    formats[r] = rowFormats ?? (EMPTY_FORMATS as (string | null)[]);
    if ((rowValues as CellValue[]).length > maxCol) maxCol = (rowValues as CellValue[]).length;
  });
  const lastRow = values.length;

  const hiddenColumns: number[] = [];
  const columns = (ws as unknown as { _columns?: ({ hidden?: boolean; number: number } | undefined)[] })
    ._columns;
  if (columns) {
    for (const c of columns) if (c && c.hidden && c.number <= maxCol) hiddenColumns.push(c.number);
  }

  const merges: CellRange[] = [];
  const mergeMap = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges ?? {};
  for (const key of Object.keys(mergeMap)) {
    const m = mergeMap[key];
    const range = m && (m.model ?? m);
    if (range && range.top && range.left) {
      merges.push({ top: range.top, left: range.left, bottom: range.bottom, right: range.right });
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);

  const state = ws.state;
  return {
    name: ws.name,
    originRow: 1,
    originCol: 1,
    values,
    numberFormats: anyFormat ? formats : undefined,
    merges,
    hiddenRows: hiddenRowsAll.filter((r) => r <= lastRow),
    hiddenColumns,
    visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
  };
}

interface RangeLike {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly model?: { top: number; left: number; bottom: number; right: number };
}

/** A cell as the engine sees it; null for empty. */
function cellValue(cell: ExcelCellLike): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && v !== null && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o.result;
      if (result === undefined || result === null) {
        const formula = String(cell.formula ?? o.formula ?? o.sharedFormula ?? '');
        return { kind: 'formula', formula };
      }
      return plainValue(result);
    }
  }
  return plainValue(v);
}

function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? v : { kind: 'error', code: '#NUM!' };
    case 'string':
      return v;
    case 'boolean':
      return v;
    case 'object':
      break;
    default:
      return String(v);
  }
  if (v instanceof Date) {
    const serial = dateToSerial(v);
    return Number.isFinite(serial) ? serial : { kind: 'error', code: '#VALUE!' };
  }
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { kind: 'error', code: o.error };
  if (Array.isArray(o.richText)) return richText(o.richText);
  if ('hyperlink' in o || 'text' in o) {
    const t = o.text;
    if (typeof t === 'string') return t;
    if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
      return richText((t as { richText: unknown[] }).richText);
    }
    return typeof o.hyperlink === 'string' ? o.hyperlink : null;
  }
  return null;
}

function richText(runs: readonly unknown[]): string {
  let s = '';
  for (const r of runs)
    if (r && typeof (r as { text?: unknown }).text === 'string') s += (r as { text: string }).text;
  return s;
}

/**
 * exceljs gives date cells as JS Dates (UTC, already shifted for the 1904 system); turn them back into
 * 1900-system serial numbers, the way Excel's own API returns them.
 */
export function dateToSerial(d: Date): number {
  const t = d.getTime();
  if (!Number.isFinite(t)) return Number.NaN;
  const serial = t / MS_PER_DAY + EPOCH_1900;
  // exceljs rounds to whole milliseconds; undo the float noise that leaves in whole and half days.
  return Math.round(serial * 1e9) / 1e9;
}
