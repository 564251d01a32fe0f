/**
 * The file adapter's reading half: an .xlsx file → one Grid per worksheet. Workbooks are read part by part
 * (the streaming path, at the end of this file), each sheet parsed straight into its Grid; the few the
 * streaming path does not reproduce exactly go through exceljs's whole-workbook reader
 * (readWorkbookBufferFull), which gives the same Grids at a much higher peak memory.
 * Unusable files (missing, empty, old .xls, CSV, password-protected, damaged) become an InputError with a
 * one-line message; nothing here throws anything else for a bad file.
 */
import { promises as fs } from 'fs';
import { PassThrough } from 'stream';
import { StringDecoder } from 'string_decoder';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellRange, CellValue, Grid, SheetSource } from '../engine';
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

/**
 * Which sheets to read. By default every sheet is read whole.
 * - `sheets`: the sheets to read whole, by name; the others are left out, or read only for their first
 *   `othersHeadRows` rows (their values and number formats; merged areas are not read for them).
 * The result keeps the workbook's sheet order either way.
 */
export interface ReadOptions {
  readonly sheets?: (name: string) => boolean;
  readonly othersHeadRows?: number;
}

export async function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<SheetSource[]> {
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
  return readWorkbookBuffer(data, file, options);
}

/**
 * Only the sheets whose name `names` accepts, read whole (e.g. the check-in history of a report workbook,
 * without the big report sheet); with `othersHeadRows`, the other sheets' first rows too.
 */
export function readSheetsByName(
  file: string,
  names: (name: string) => boolean,
  othersHeadRows = 0,
): Promise<SheetSource[]> {
  return readWorkbookFile(file, { sheets: names, othersHeadRows });
}

/**
 * Reads a workbook part by part (readWorkbookStreaming: peak memory a fraction of exceljs's
 * whole-workbook reader). A workbook the streaming path does not handle exactly like the whole-workbook
 * path — and any file it cannot read at all — goes through readWorkbookBufferFull instead, which also
 * gives the InputError for files that are not usable.
 */
export async function readWorkbookBuffer(
  data: Buffer,
  file: string,
  options: ReadOptions = {},
): Promise<SheetSource[]> {
  checkFileKind(data, file);
  const sources = await readWorkbookBufferStreaming(data, file, options).catch(() => null);
  return sources ?? readWorkbookBufferFull(data, file, options);
}

/**
 * The streaming path alone: null for a workbook it leaves to the whole-workbook path (see
 * readWorkbookStreaming); throws when the file cannot be read (not an InputError: readWorkbookBuffer
 * then lets the whole-workbook path say why).
 */
export async function readWorkbookBufferStreaming(
  data: Buffer,
  file: string,
  options: ReadOptions = {},
): Promise<SheetSource[] | null> {
  checkFileKind(data, file);
  let grids: Grid[] | null;
  try {
    grids = await readWorkbookStreaming(data, options);
  } catch (e) {
    if (e instanceof NotStreamable) return null;
    throw e;
  }
  return grids && grids.map((grid) => ({ file, grid }));
}

/** The whole-workbook path: exceljs loads every sheet into memory, then each becomes a Grid. */
export async function readWorkbookBufferFull(
  data: Buffer,
  file: string,
  options: ReadOptions = {},
): Promise<SheetSource[]> {
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
  const out: SheetSource[] = [];
  for (const ws of sheets) {
    if (!options.sheets || options.sheets(ws.name)) out.push({ file, grid: worksheetToGrid(ws) });
    else if ((options.othersHeadRows ?? 0) > 0) {
      out.push({ file, grid: headOf(worksheetToGrid(ws), options.othersHeadRows ?? 0) });
    }
  }
  return out;
}

/** The first `rows` rows of a grid read whole, as the streaming path reads a sheet's head. */
function headOf(grid: Grid, rows: number): Grid {
  const values = grid.values.slice(0, rows);
  let last = values.length;
  while (last > 0 && values[last - 1].length === 0) last--;
  values.length = last;
  let maxCol = 0;
  for (const r of values) if (r.length > maxCol) maxCol = r.length;
  const formats = grid.numberFormats?.slice(0, last);
  return {
    ...grid,
    values,
    numberFormats: formats && formats.some((r) => r.length > 0) ? formats : undefined,
    merges: [],
    hiddenRows: (grid.hiddenRows ?? []).filter((r) => r <= last),
    hiddenColumns: (grid.hiddenColumns ?? []).filter((c) => c <= maxCol),
  };
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
const T_FORMULA = 6;

interface ExcelCellLike {
  readonly type: number;
  readonly value: unknown;
  readonly numFmt?: string;
  readonly formula?: string;
  readonly result?: unknown;
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

/**
 * A cell as the engine sees it; null for empty. A formula's cached result is read from the cell itself:
 * exceljs's `value` leaves out results that are falsy (0, false, ''), which would make a formula whose
 * result is 0 look never calculated.
 */
function cellValue(cell: ExcelCellLike): CellValue {
  if (cell.type === T_FORMULA) {
    const result = cell.result;
    if (result === undefined || result === null) {
      const o = cell.value as { sharedFormula?: unknown } | null;
      return { kind: 'formula', formula: String(cell.formula ?? o?.sharedFormula ?? '') };
    }
    return plainValue(result);
  }
  return plainValue(cell.value);
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

// ───────────────────────────── the streaming path ─────────────────────────────
//
// exceljs's own streaming reader (stream.xlsx.WorkbookReader) is not used for the sheets: it decodes each
// chunk of a part separately, so a Chinese character split across two chunks comes out as U+FFFD (a
// changed value, about one string in a few thousand); it reads no merged areas, hidden rows or hidden
// columns; it gives formula results of type error or boolean as numbers (NaN, 1) and keeps only the last
// run of an inline rich text; and it reads parts in zip order, which for files written by exceljs itself
// means the sheets before the styles and the sheet names. Instead the parts are inflated one at a time
// from the zip's central directory (jszip, as exceljs's whole-workbook reader does), decoded as one UTF-8
// stream, and parsed with exceljs's SAX parser: the workbook, relationships, styles and shared strings
// with exceljs's own parsers (small parts, the same results as the whole-workbook reader), and each sheet
// here, row by row, with the rules of exceljs's cell, row, column and merge parsers, so that each Grid is
// exactly what worksheetToGrid makes of the same sheet (tests/file/readXlsx.test.ts compares the two).
//
// The workbook goes to the whole-workbook path (readWorkbookBufferFull) when this path meets something
// it does not reproduce exactly: rows or cells without an address or out of order, a cell outside its
// row, a shared string index out of range, a shared formula whose first cell has no formula, merged
// areas that overlap or are not ranges, columns without bounds, duplicate or missing sheet ids; and when
// the file has no worksheet or cannot be read at all (that path then gives the InputError).
//
// One difference is deliberate: exceljs's whole-workbook reader stops reading a sheet at a cell holding
// an element its cell parser does not know (an inline string with a phonetic reading, <rPh>, say), losing
// the rest of the sheet; this path leaves the phonetic reading out of the text and reads on.

/* eslint-disable @typescript-eslint/no-require-imports */
const parseSax = require('exceljs/lib/utils/parse-sax') as (
  chunks: AsyncIterable<string>,
) => AsyncGenerator<SaxEvent[]>;
const WorkbookXform = require('exceljs/lib/xlsx/xform/book/workbook-xform') as new () => XformLike<{
  sheets?: { name: string; id: number; rId: string; state?: string }[];
  properties?: { date1904?: boolean };
}>;
const RelationshipsXform = require('exceljs/lib/xlsx/xform/core/relationships-xform') as new () => XformLike<
  { Id: string; Target: string }[]
>;
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as new () => XformLike<unknown> & {
  getStyleModel(id: number): { numFmt?: string } | null;
};
const SharedStringsXform =
  require('exceljs/lib/xlsx/xform/strings/shared-strings-xform') as new () => XformLike<{
    values: unknown[];
  }> & { getString(index: number): unknown };
const excelUtils = require('exceljs/lib/utils/utils') as {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(v: number, date1904: boolean | undefined): Date;
  xmlDecode(text: string): string;
  parseBoolean(v: unknown): boolean;
};
const colCache = require('exceljs/lib/utils/col-cache') as {
  decodeAddress(ref: string): { row: number; col: number; address: string };
};
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as {
  slideFormula(formula: string, from: string, to: string): string;
};
const ExcelRange = require('exceljs/lib/doc/range') as new (ref: string) => CellRange;
/* eslint-enable @typescript-eslint/no-require-imports */

interface SaxNode {
  readonly name: string;
  readonly attributes: Record<string, string>;
}
type SaxEvent =
  | { eventType: 'opentag'; value: SaxNode }
  | { eventType: 'closetag'; value: SaxNode }
  | { eventType: 'text'; value: string };
interface XformLike<M> {
  model: M;
  parseStream(chunks: AsyncIterable<string>): Promise<unknown>;
}

/** Thrown inside the streaming path for a workbook it leaves to the whole-workbook path. */
class NotStreamable extends Error {}

function notStreamable(why: string): never {
  throw new NotStreamable(why);
}

/** A part of the zip as text, decoded as one UTF-8 stream (characters split across chunks stay whole). */
async function* partText(entry: JSZip.JSZipObject): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // jszip's stream is an old-style stream: piped into a core one to be read with for-await.
  const source = entry.nodeStream('nodebuffer');
  const stream = new PassThrough();
  source.on('error', (e: Error) => stream.destroy(e));
  source.pipe(stream);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = decoder.write(chunk);
      if (text) yield text;
    }
  } finally {
    // Stopped early (a sheet's head): leave the rest of the part uninflated.
    source.unpipe(stream);
    source.pause();
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The zip entry of a part, named as exceljs's reader names it (a leading '/' dropped). */
function zipEntries(zip: JSZip): Map<string, JSZip.JSZipObject> {
  const map = new Map<string, JSZip.JSZipObject>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    map.set(entry.name[0] === '/' ? entry.name.slice(1) : entry.name, entry);
  }
  return map;
}

async function parsePart<M>(
  xform: XformLike<M>,
  entry: JSZip.JSZipObject | undefined,
): Promise<M | undefined> {
  if (!entry) return undefined;
  await xform.parseStream(partText(entry));
  return xform.model;
}

/** Null when the file is to be read by the whole-workbook path. */
async function readWorkbookStreaming(data: Buffer, options: ReadOptions): Promise<Grid[] | null> {
  const zip = await JSZip.loadAsync(data);
  const entries = zipEntries(zip);
  const book = await parsePart(new WorkbookXform(), entries.get('xl/workbook.xml'));
  const rels = await parsePart(new RelationshipsXform(), entries.get('xl/_rels/workbook.xml.rels'));
  if (!book || !rels) return null;
  // Without a styles part, cells have no number format (as in exceljs's reader).
  const stylesEntry = entries.get('xl/styles.xml');
  const styles = stylesEntry ? new StylesXform() : null;
  if (styles && stylesEntry) await styles.parseStream(partText(stylesEntry));
  let strings: InstanceType<typeof SharedStringsXform> | null = null;
  const stringsEntry = entries.get('xl/sharedStrings.xml');
  if (stringsEntry) {
    strings = new SharedStringsXform();
    await strings.parseStream(partText(stringsEntry));
  }
  const date1904 = book.properties?.date1904;

  // The sheets as exceljs's reader pairs them with their parts (workbook-xform's reconcile).
  const relById = new Map(rels.map((r) => [r.Id, r]));
  const sheets: { name: string; state?: string; entry: JSZip.JSZipObject }[] = [];
  const ids = new Set<number>();
  for (const sheet of book.sheets ?? []) {
    const rel = relById.get(sheet.rId);
    if (!rel) continue;
    const part = `xl/${rel.Target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (!/xl\/worksheets\/sheet(\d+)[.]xml/.test(part)) continue;
    const entry = entries.get(part);
    if (!entry) continue;
    if (!Number.isInteger(sheet.id) || sheet.id < 1 || ids.has(sheet.id)) notStreamable('sheet ids');
    ids.add(sheet.id);
    sheets.push({ name: sheet.name, state: sheet.state, entry });
  }
  if (sheets.length === 0) return null;

  const context: SheetContext = { styles, strings, date1904 };
  const grids: Grid[] = [];
  const head = options.othersHeadRows ?? 0;
  for (const sheet of sheets) {
    const whole = !options.sheets || options.sheets(sheet.name);
    if (!whole && head <= 0) continue;
    grids.push(await readSheetPart(sheet.entry, sheet.name, sheet.state, context, whole ? Infinity : head));
  }
  return grids;
}

interface SheetContext {
  readonly styles: InstanceType<typeof StylesXform> | null;
  readonly strings: InstanceType<typeof SharedStringsXform> | null;
  readonly date1904: boolean | undefined;
}

/** One cell of the sheet being read, as exceljs's cell parser collects it. */
interface CellState {
  address: string;
  t: string | undefined;
  styleId: number | undefined;
  value: string | { richText: { text?: string }[] } | undefined;
  formula: string | undefined;
  si: string | undefined;
  shareType: string | undefined;
  ref: string | undefined;
  node: 'f' | 'v' | 't' | undefined;
  /** The rich-text run being read, and whether inside its <t>. */
  run: { text?: string } | null;
  runText: string[] | null;
  /** Inside a phonetic run (<rPh>): its reading is not part of the value. */
  phonetic: boolean;
}

/**
 * One worksheet part → Grid, in one pass, keeping only the Grid being built. `maxRows` stops after that
 * many rows (a sheet's head: merged areas, stored after the rows, are then not read).
 */
async function readSheetPart(
  entry: JSZip.JSZipObject,
  name: string,
  state: string | undefined,
  ctx: SheetContext,
  maxRows: number,
): Promise<Grid> {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const hiddenRowsAll: number[] = [];
  const cols: { min: number; max: number; hidden: boolean }[] = [];
  const mergeRefs: string[] = [];
  /** Shared formulas: si → the address of their first cell; address → formula of those first cells. */
  const sharedMasters = new Map<string, string>();
  const masterFormulas = new Map<string, string | undefined>();
  let anyFormat = false;

  let inCols = false;
  let inData = false;
  let rowNumber = 0;
  let lastRow = 0;
  let lastCol = 0;
  let rowValues: CellValue[] | null = null;
  let rowFormats: (string | null)[] | null = null;
  let inRow = false;
  let c: CellState | null = null;
  let done = false;

  const finishCell = (cell: CellState): void => {
    const { row, col } = colCache.decodeAddress(cell.address);
    if (row !== rowNumber || !(col > lastCol)) notStreamable('cell order');
    lastCol = col;
    const style = cell.styleId && ctx.styles ? ctx.styles.getStyleModel(cell.styleId) : null;
    const numFmt = style ? style.numFmt : undefined;
    let v: CellValue;
    if (cell.formula || cell.shareType) {
      let result: unknown;
      if (cell.value !== undefined) {
        const text = cell.value as string;
        if (cell.t === 'str') result = excelUtils.xmlDecode(text);
        else if (cell.t === 'b') result = parseInt(text, 10) !== 0;
        else if (cell.t === 'e') result = { error: text };
        else result = parseFloat(text);
      }
      if (result !== undefined && style && excelUtils.isDateFmt(numFmt)) {
        result = excelUtils.excelToDate(result as number, ctx.date1904);
      }
      let formula = cell.formula;
      if (cell.shareType === 'shared') {
        if (cell.ref) {
          sharedMasters.set(cell.si as string, cell.address);
          masterFormulas.set(cell.address, cell.formula);
        } else if (!formula) {
          const master = sharedMasters.get(cell.si as string);
          if (master !== undefined) {
            const masterFormula = masterFormulas.get(master);
            if (!masterFormula) notStreamable('shared formula');
            const m = colCache.decodeAddress(master);
            formula = slideFormula(masterFormula, m.address, cell.address);
          }
        }
      }
      v =
        result === undefined || result === null
          ? { kind: 'formula', formula: String(formula ?? '') }
          : plainValue(result);
    } else if (cell.value !== undefined) {
      let raw: unknown = cell.value;
      switch (cell.t) {
        case 's': {
          const index = parseInt(cell.value as string, 10);
          raw = ctx.strings ? ctx.strings.getString(index) : index;
          if (raw === undefined || raw === null) notStreamable('shared string');
          break;
        }
        case 'str':
          raw = excelUtils.xmlDecode(cell.value as string);
          break;
        case 'inlineStr':
          break;
        case 'b':
          raw = parseInt(cell.value as string, 10) !== 0;
          break;
        case 'e':
          raw = { error: cell.value };
          break;
        default: {
          const n = parseFloat(cell.value as string);
          raw = style && excelUtils.isDateFmt(numFmt) ? excelUtils.excelToDate(n, ctx.date1904) : n;
        }
      }
      v = plainValue(raw);
    } else {
      return;
    }
    if (v === null) return;
    if (!rowValues) rowValues = [];
    while (rowValues.length < col - 1) rowValues.push(null);
    rowValues[col - 1] = v;
    if (numFmt && numFmt !== 'General') {
      if (!rowFormats) rowFormats = [];
      while (rowFormats.length < col - 1) rowFormats.push(null);
      rowFormats[col - 1] = numFmt;
      anyFormat = true;
    }
  };

  const finishRow = (): void => {
    if (rowValues) {
      const r = rowNumber - 1;
      while (values.length < r) {
        values.push(EMPTY_ROW as CellValue[]);
        formats.push(EMPTY_FORMATS as (string | null)[]);
      }
      values[r] = rowValues;
      formats[r] = rowFormats ?? (EMPTY_FORMATS as (string | null)[]);
    }
    rowValues = null;
    rowFormats = null;
    if (rowNumber >= maxRows) done = true;
  };

  for await (const events of parseSax(partText(entry))) {
    for (const ev of events) {
      if (done) break;
      if (ev.eventType === 'text') {
        if (!c || c.phonetic) continue;
        if (c.runText) c.runText.push(ev.value);
        else if (c.run) continue;
        else if (c.node === 'f') c.formula = c.formula ? c.formula + ev.value : ev.value;
        else if (c.node === 'v' || c.node === 't') {
          // As in exceljs's cell parser, text after rich-text runs is lost.
          if (c.value !== undefined && typeof c.value !== 'string') continue;
          c.value = c.value ? c.value + ev.value : ev.value;
        }
        continue;
      }
      const node = ev.value;
      if (ev.eventType === 'opentag') {
        if (c) {
          if (c.phonetic) continue;
          if (c.run) {
            if (node.name === 't') c.runText = [];
            continue;
          }
          switch (node.name) {
            case 'f':
              c.node = 'f';
              c.si = node.attributes.si;
              c.shareType = node.attributes.t;
              c.ref = node.attributes.ref;
              break;
            case 'v':
              c.node = 'v';
              break;
            case 't':
              c.node = 't';
              break;
            case 'r':
              c.run = {};
              break;
            case 'rPh':
              c.phonetic = true;
              break;
            default:
              break;
          }
          continue;
        }
        switch (node.name) {
          case 'cols':
            inCols = true;
            break;
          case 'col':
            if (inCols) {
              const min = parseInt(node.attributes.min, 10);
              const max = parseInt(node.attributes.max, 10);
              if (!(min >= 1 && max >= min)) notStreamable('col bounds');
              cols.push({ min, max, hidden: excelUtils.parseBoolean(node.attributes.hidden) });
            }
            break;
          case 'sheetData':
            inData = true;
            break;
          case 'row':
            if (inData) {
              const r = parseInt(node.attributes.r, 10);
              if (!(r > lastRow)) notStreamable('row order');
              if (r > maxRows) {
                done = true;
                break;
              }
              rowNumber = lastRow = r;
              lastCol = 0;
              inRow = true;
              if (excelUtils.parseBoolean(node.attributes.hidden)) hiddenRowsAll.push(r);
            }
            break;
          case 'c':
            if (inRow) {
              const address = node.attributes.r;
              if (!address) notStreamable('cell address');
              c = {
                address,
                t: node.attributes.t,
                styleId: node.attributes.s ? parseInt(node.attributes.s, 10) : undefined,
                value: undefined,
                formula: undefined,
                si: undefined,
                shareType: undefined,
                ref: undefined,
                node: undefined,
                run: null,
                runText: null,
                phonetic: false,
              };
            }
            break;
          case 'mergeCell':
            if (node.attributes.ref !== undefined) mergeRefs.push(node.attributes.ref);
            break;
          default:
            break;
        }
        continue;
      }
      // closetag
      if (c) {
        if (c.phonetic) {
          if (node.name === 'rPh') c.phonetic = false;
          continue;
        }
        switch (node.name) {
          case 'c':
            finishCell(c);
            c = null;
            break;
          case 't':
            if (c.run) {
              if (c.runText) {
                c.run.text = c.runText
                  .join('')
                  .replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
                c.runText = null;
              }
            } else c.node = undefined;
            break;
          case 'r':
            if (c.run) {
              if (typeof c.value === 'string') notStreamable('text before rich text');
              c.value = c.value ?? { richText: [] };
              c.value.richText.push(c.run);
              c.run = null;
              c.node = undefined;
            }
            break;
          case 'f':
          case 'v':
          case 'is':
            if (!c.run) c.node = undefined;
            break;
          default:
            break;
        }
        continue;
      }
      switch (node.name) {
        case 'cols':
          inCols = false;
          break;
        case 'sheetData':
          inData = false;
          break;
        case 'row':
          if (inRow) {
            inRow = false;
            finishRow();
          }
          break;
        default:
          break;
      }
    }
    if (done) break;
  }
  return finishGrid(name, state, values, formats, anyFormat, hiddenRowsAll, cols, mergeRefs);
}

/**
 * The Grid of a sheet read by readSheetPart, as worksheetToGrid makes it: merged areas applied (their
 * cells other than the top-left emptied, rows and the grid trimmed again), hidden columns within the
 * area that holds values.
 */
function finishGrid(
  name: string,
  state: string | undefined,
  values: CellValue[][],
  formats: (string | null)[][],
  anyFormatRead: boolean,
  hiddenRowsAll: readonly number[],
  cols: readonly { min: number; max: number; hidden: boolean }[],
  mergeRefs: readonly string[],
): Grid {
  let anyFormat = anyFormatRead;
  const merges: CellRange[] = [];
  if (mergeRefs.length > 0) {
    const covered = new Map<number, Set<number>>();
    let formatCleared = false;
    for (const ref of mergeRefs) {
      if (!/^\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3}\$?\d+$/.test(ref)) notStreamable('merge ref');
      const d = new ExcelRange(ref);
      const { top, left, bottom, right } = d;
      for (let r = top; r <= bottom; r++) {
        let set = covered.get(r);
        if (!set) covered.set(r, (set = new Set()));
        for (let col = left; col <= right; col++) {
          if (set.has(col)) notStreamable('overlapping merges');
          set.add(col);
        }
      }
      merges.push({ top, left, bottom, right });
      // The cells of the area other than its top-left hold nothing.
      const last = Math.min(bottom, values.length);
      for (let r = top; r <= last; r++) {
        const row = values[r - 1];
        if (row.length < left) continue;
        const fmts = formats[r - 1];
        let touched = false;
        for (let col = r === top ? left + 1 : left; col <= right && col <= row.length; col++) {
          if (row[col - 1] !== null && row[col - 1] !== undefined) {
            row[col - 1] = null;
            touched = true;
          }
          if (fmts.length >= col && fmts[col - 1] !== null && fmts[col - 1] !== undefined) {
            fmts[col - 1] = null;
            formatCleared = true;
          }
        }
        if (touched) {
          let n = row.length;
          while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined)) n--;
          if (n === 0) values[r - 1] = EMPTY_ROW as CellValue[];
          else row.length = n;
        }
        if (fmts.length > 0) {
          let n = fmts.length;
          while (n > 0 && (fmts[n - 1] === null || fmts[n - 1] === undefined)) n--;
          if (n === 0) formats[r - 1] = EMPTY_FORMATS as (string | null)[];
          else if (n < fmts.length) fmts.length = n;
        }
      }
    }
    let n = values.length;
    while (n > 0 && values[n - 1].length === 0) n--;
    values.length = n;
    formats.length = n;
    if (formatCleared) anyFormat = formats.some((row) => row.length > 0);
    merges.sort((a, b) => a.top - b.top || a.left - b.left);
  }
  let maxCol = 0;
  for (const row of values) if (row.length > maxCol) maxCol = row.length;
  const lastRow = values.length;

  // As exceljs's Column.fromModel: by first column, an earlier definition wins where two overlap.
  const hiddenColumns: number[] = [];
  const sorted = [...cols].sort((a, b) => a.min - b.min);
  let next = 1;
  for (const def of sorted) {
    if (next < def.min) next = def.min;
    for (; next <= def.max && next <= maxCol; next++) if (def.hidden) hiddenColumns.push(next);
    if (next <= def.max) next = def.max + 1;
  }

  return {
    name,
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
