/**
 * A ReportLayout → the bytes of an .xlsx file, the same in Node and in a browser (the Codec compresses).
 * A small SpreadsheetML writer for what the report needs — cells, shared strings, styles, merged areas,
 * column widths and hidden columns, row heights, a frozen header, page set-up and page breaks, the native
 * charts (charts.ts) — each sheet streamed into the zip as it is produced, its XML never whole in memory.
 *
 * Decisions:
 * - Strings are always written as text (shared strings), never as formulas; a literal "_x0041_" in a
 *   text is escaped so that Excel does not read it as a character code.
 * - Layout tables are written as styled ranges, not as Excel table objects: LibreOffice does not draw
 *   table styles, an Excel table forces unique header text and adds filter buttons to the printed and
 *   copied table, and the layout's own styles already give borders, header fill and status colours.
 * - Text longer than Excel's 32,767-character cell limit is cut (ending in …), and characters XML 1.0
 *   cannot hold are dropped, so the file always opens without repair.
 * - Every cell written carries at least the sheet's font (宋体 for Chinese reports, Calibri otherwise);
 *   the cells of a merged area take the style of its top-left cell (borders and fill across the area),
 *   and values the layout puts on its other cells are not written.
 * - A chart's reference line (the 100 % line) needs cells behind it for LibreOffice to draw it; when the
 *   layout gives no range for it, its values go into a hidden column right of everything else.
 * - Page breaks: the layout names the first row of the new page; the file stores the row before it.
 * - The output does not depend on the clock: fixed document dates, fixed zip times.
 */
import {
  absoluteRange,
  type CellRange,
  type CellStyle,
  type ChartPlacement,
  columnLetters,
  type LayoutCell,
  parseCellAddress,
  type ReportLayout,
  blockStyle,
  blockValue,
  type SheetLayout,
  sheetRows,
  fewestDecimals,
} from '../../engine';
import { CT_CHART, CT_DRAWING, REL_DRAWING, sheetChartParts } from '../charts';
import type { Codec, PartCompressor } from './codec';
import { StyleSheet } from './styleSheet';
import { escapeXml, XML_INVALID } from './xml';
import { concat, type PartWriter, ZipWriter } from './zip';

export const EXCEL_MAX_CELL_TEXT = 32_767;
/**
 * Compression level 1: about twice as fast to write as zlib's default 6, for a file a fifth larger — no
 * larger than the report workbooks written before (figures in docs/PERFORMANCE.md).
 */
const DEFAULT_LEVEL = 1;
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
const HAS_INVALID = new RegExp(XML_INVALID.source);

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Font for a sheet: a Song typeface for Chinese reports (Excel's and WPS's usual table font), Calibri otherwise. */
function sheetFontName(sheet: SheetLayout): string {
  for (const row of sheet.rows) {
    for (const cell of row) if (cell && typeof cell.value === 'string' && CJK.test(cell.value)) return '宋体';
  }
  for (const block of sheet.blocks ?? []) {
    for (const row of block.values)
      for (const v of row) if (typeof v === 'string' && CJK.test(v)) return '宋体';
  }
  return 'Calibri';
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s']+|[\s']+$/g, '');
  return cleaned.slice(0, 31).replace(/[\s']+$/, '') || 'Sheet';
}

/** Text as a cell can hold it: characters XML cannot hold dropped, cut at Excel's limit. */
function safeText(text: string): string {
  const clean = HAS_INVALID.test(text) ? text.replace(XML_INVALID, '') : text;
  return clean.length > EXCEL_MAX_CELL_TEXT ? clean.slice(0, EXCEL_MAX_CELL_TEXT - 1) + '…' : clean;
}

/**
 * A layout value as it is written: text stays text (made safe once, as it enters the shared strings),
 * numbers must be finite.
 */
function cellValue(v: LayoutCell['value'] | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return String(v);
}

/**
 * The shared-string table: each distinct text once, made safe for a cell (safeText) when first met, so a
 * text repeated a hundred thousand times is checked once.
 */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(safeText(text));
      this.index.set(text, i);
    }
    return i;
  }

  write(part: PartWriter): void {
    part.ascii(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">`);
    for (const text of this.list) {
      part.ascii(/^\s|\s$|\n/.test(text) ? '<si><t xml:space="preserve">' : '<si><t>');
      // "_x0041_" written literally would be read back as "A": its underscore is escaped.
      part.write(
        escapeXml(text.indexOf('_x') < 0 ? text : text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')),
      );
      part.ascii('</t></si>');
    }
    part.ascii('</sst>');
  }
}

interface SheetWritten {
  readonly name: string;
  readonly part: string;
  readonly drawing: number | null;
  /** The row printed at the top of every page (a print title), when the layout names one. */
  readonly titleRow?: number;
}

/** The workbook as .xlsx bytes. */
export function renderWorkbook(layout: ReportLayout, codec: Codec, level = DEFAULT_LEVEL): Uint8Array {
  return concat(renderWorkbookPieces(layout, codec, level));
}

/** The workbook as the pieces of its .xlsx file, in order (to be written one after another). */
export function renderWorkbookPieces(
  layout: ReportLayout,
  codec: Codec,
  level = DEFAULT_LEVEL,
): Uint8Array[] {
  return writeWorkbookZip(layout, new ZipWriter(codec, level)).pieces();
}

/**
 * The same pieces, with the compressing done in another thread while this one writes the XML (the
 * command line's way: the two halves of the work run side by side).
 */
export function renderWorkbookPiecesBeside(
  layout: ReportLayout,
  codec: Codec,
  compressor: PartCompressor,
  level = DEFAULT_LEVEL,
): Promise<Uint8Array[]> {
  return writeWorkbookZip(layout, new ZipWriter(codec, level, compressor)).settled();
}

function writeWorkbookZip(layout: ReportLayout, zip: ZipWriter): ZipWriter {
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const written: SheetWritten[] = [];
  const chartTypes: string[] = [];
  let chartNo = 0;
  layout.sheets.forEach((sheet, i) => {
    const name = uniqueName(safeSheetName(sheet.name), written);
    const { placements, extra, hidden } = referenceColumns(sheet);
    const drawing = placements.length > 0 ? written.filter((w) => w.drawing !== null).length + 1 : null;
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    writeSheet(zip.part(part), sheet, { styles, strings, extra, hidden, drawing: drawing !== null });
    if (drawing !== null) {
      zip.add(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        rels([{ id: 'rId1', type: REL_DRAWING, target: `../drawings/drawing${drawing}.xml` }]),
      );
      for (const p of sheetChartParts(name, placements, drawing, chartNo + 1, chartNo)) {
        zip.add(p.name, p.xml);
        if (p.name.startsWith('xl/charts/')) chartTypes.push(override(p.name, CT_CHART));
        else if (!p.name.endsWith('.rels')) chartTypes.push(override(p.name, CT_DRAWING));
      }
      chartNo += placements.length;
    }
    const titleRow = sheet.print.titleRow;
    written.push({ name, part, drawing, ...(titleRow && titleRow > 0 ? { titleRow } : {}) });
  });
  const sst = zip.part('xl/sharedStrings.xml');
  strings.write(sst);
  sst.end();
  zip.add('xl/styles.xml', styles.xml());
  writePackageParts(zip, written, chartTypes);
  return zip;
}

function uniqueName(name: string, earlier: readonly SheetWritten[]): string {
  const taken = new Set(earlier.map((w) => w.name.toLowerCase()));
  let out = name;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${name.slice(0, 31 - String(n).length - 1)}_${n}`;
  return out;
}

function override(part: string, type: string): string {
  return `<Override PartName="/${part}" ContentType="${type}"/>`;
}

function rels(list: readonly { id: string; type: string; target: string }[]): string {
  const items = list
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join('');
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${items}</Relationships>`;
}

/** The workbook part, its relationships, the content types and the document properties. */
function writePackageParts(
  zip: ZipWriter,
  sheets: readonly SheetWritten[],
  chartTypes: readonly string[],
): void {
  const rel = (type: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`;
  const sheetList = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  // Print titles: the row repeated on every printed page, as Excel stores it (a name local to its sheet).
  const titles = sheets
    .map((s, i) =>
      s.titleRow
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${escapeXml(s.name.replace(/'/g, "''"))}'!$${s.titleRow}:$${s.titleRow}</definedName>`
        : '',
    )
    .join('');
  zip.add(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/><sheets>${sheetList}</sheets>` +
      (titles ? `<definedNames>${titles}</definedNames>` : '') +
      '</workbook>',
  );
  zip.add(
    'xl/_rels/workbook.xml.rels',
    rels([
      ...sheets.map((s, i) => ({ id: `rId${i + 1}`, type: rel('worksheet'), target: s.part.slice(3) })),
      { id: `rId${sheets.length + 1}`, type: rel('styles'), target: 'styles.xml' },
      { id: `rId${sheets.length + 2}`, type: rel('sharedStrings'), target: 'sharedStrings.xml' },
    ]),
  );
  zip.add(
    '_rels/.rels',
    rels([
      { id: 'rId1', type: rel('officeDocument'), target: 'xl/workbook.xml' },
      {
        id: 'rId2',
        type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        target: 'docProps/core.xml',
      },
      { id: 'rId3', type: rel('extended-properties'), target: 'docProps/app.xml' },
    ]),
  );
  // Fixed dates keep the output reproducible (and the writer away from the clock).
  const date = '2000-01-01T00:00:00Z';
  zip.add(
    'docProps/core.xml',
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>Target Report</dc:creator><cp:lastModifiedBy>Target Report</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`,
  );
  zip.add(
    'docProps/app.xml',
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Target Report</Application></Properties>`,
  );
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  zip.add(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      override('xl/workbook.xml', `${ct}.sheet.main+xml`) +
      sheets.map((s) => override(s.part, CT_SHEET)).join('') +
      override('xl/styles.xml', `${ct}.styles+xml`) +
      override('xl/sharedStrings.xml', `${ct}.sharedStrings+xml`) +
      override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
      override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
      chartTypes.join('') +
      '</Types>',
  );
}

// ───────────────────────────── one sheet ─────────────────────────────

interface ExtraCell {
  readonly col: number;
  readonly value: number;
  readonly numFmt?: string;
}

/**
 * A chart's reference line (the 100 % line) must be backed by cells for LibreOffice to draw it. When the
 * layout gives no range for it (one range per series only), its constant values go into a hidden column
 * to the right of everything on the sheet, and the placement gets that range as its extra range.
 */
function referenceColumns(sheet: SheetLayout): {
  placements: ChartPlacement[];
  extra: Map<number, ExtraCell[]>;
  hidden: number[];
} {
  let lastCol = sheet.columnWidths.length;
  for (const row of sheet.rows) lastCol = Math.max(lastCol, row.length);
  for (const block of sheet.blocks ?? []) lastCol = Math.max(lastCol, block.columns.length);
  for (const m of sheet.merges) lastCol = Math.max(lastCol, m.right);
  for (const p of sheet.charts) lastCol = Math.max(lastCol, p.to.col + 1, p.from.col + 1);
  let helperCol = lastCol + 2;
  const extra = new Map<number, ExtraCell[]>();
  const hidden: number[] = [];
  const placements = sheet.charts.map((p) => {
    const ref = p.chart.referenceLine;
    if (!ref || !Number.isFinite(ref.value) || p.seriesRanges.length > p.chart.series.length) return p;
    const n = p.chart.categories.length;
    if (n === 0) return p;
    const top = parseCellAddress(p.categoriesRange.replace(/^.*!/, '').split(':')[0])?.row ?? 1;
    const col = helperCol++;
    hidden.push(col);
    for (let i = 0; i < n; i++) {
      const list = extra.get(top + i) ?? [];
      list.push({ col, value: ref.value, numFmt: p.chart.percentAxis ? '0%' : undefined });
      extra.set(top + i, list);
    }
    return { ...p, seriesRanges: [...p.seriesRanges, absoluteRange(top, col, top + n - 1, col)] };
  });
  return { placements, extra, hidden };
}

interface SheetOptions {
  readonly styles: StyleSheet;
  readonly strings: SharedStrings;
  readonly extra: ReadonlyMap<number, readonly ExtraCell[]>;
  readonly hidden: readonly number[];
  readonly drawing: boolean;
}

/** A cell to write: its value (text, number or nothing) and cell format. */
interface OutCell {
  readonly value: string | number | null;
  readonly style: number;
}

function writeSheet(part: PartWriter, sheet: SheetLayout, o: SheetOptions): void {
  const fontName = sheetFontName(sheet);
  const styleIds = new Map<string | undefined, number>();
  const styleOf = (key: string | undefined, extra?: CellStyle): number => {
    if (extra) return o.styles.id(extra, fontName);
    let id = styleIds.get(key);
    if (id === undefined) {
      id = o.styles.id(key === undefined ? {} : (sheet.styles[key] ?? {}), fontName);
      styleIds.set(key, id);
    }
    return id;
  };
  part.ascii(sheetHead(sheet, o));
  const merged = mergedCells(sheet.merges);
  const heights = sheet.rowHeights ?? {};
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  // Rows from the layout's cells and its blocks of values, a block's row made only as it is written.
  const rows = sheetRows(sheet);
  let lastRow = rows.count;
  for (const r of o.extra.keys()) lastRow = Math.max(lastRow, r);
  for (const key of Object.keys(heights)) lastRow = Math.max(lastRow, Number(key) || 0);
  for (const m of sheet.merges) lastRow = Math.max(lastRow, m.top);
  // The text last written in each column, and its index: values repeated down a column (a period, a
  // status, a category) skip the shared-string lookup.
  const lastText: (string | undefined)[] = [];
  const lastId: number[] = [];
  const stringId = (c: number, text: string): number => {
    if (lastText[c] === text) return lastId[c];
    const id = o.strings.id(text);
    lastText[c] = text;
    lastId[c] = id;
    return id;
  };
  // What follows a cell's reference, per style: `" s="7"/>`, `" s="7"><v>` or `" s="7" t="s"><v>`.
  const empty: string[] = [];
  const numberHead: string[] = [];
  const textHead: string[] = [];
  // `<c r="B` per column: a cell's reference is that and its row number.
  const cellHead: string[] = [];
  const cell = (r: number, c: number, value: string | number | null, style: number): void => {
    part.ascii((cellHead[c] ??= `<c r="${letters(c)}`));
    part.int(r);
    if (value === null) part.ascii((empty[style] ??= `" s="${style}"/>`));
    else if (typeof value === 'number') {
      part.ascii((numberHead[style] ??= `" s="${style}"><v>`));
      writeNumber(part, value);
      part.ascii('</v></c>');
    } else {
      part.ascii((textHead[style] ??= `" s="${style}" t="s"><v>`));
      part.int(stringId(c, value));
      part.ascii('</v></c>');
    }
  };
  for (let r = 1; r <= lastRow; r++) {
    const merges = merged.get(r);
    const extra = o.extra.get(r);
    const h = heights[r];
    const height = h !== undefined && Number.isFinite(h) && h > 0 ? Math.min(h, 409) : null;
    const cells = merges || extra ? rowCells(rows.at, r, merges, extra, styleOf) : null;
    // A row of a block of values is written from its values, without making its cells (each is styled).
    const block = cells ? undefined : rows.blockOf(r);
    const row = block ? [] : rows.at(r);
    if (!cells && height === null && (block ? block.columns.length === 0 : !row.some(isWritten))) continue;
    part.ascii('<row r="');
    part.int(r);
    if (hiddenRows.has(r)) part.ascii('" hidden="1');
    part.ascii(height !== null ? `" ht="${height}" customHeight="1">` : '">');
    if (cells) {
      for (let c = 0; c < cells.length; c++) {
        const x = cells[c];
        if (x !== undefined) cell(r, c + 1, x.value, x.style);
      }
    } else if (block) {
      const i = r - block.top;
      for (let c = 0; c < block.columns.length; c++) {
        const v = blockValue(block, i, c);
        cell(r, c + 1, cellValue(v), styleOf(blockStyle(block, i, c, v)));
      }
    } else {
      // The usual row: its cells as the layout gives them.
      for (let c = 0; c < row.length; c++) {
        const x = row[c];
        if (!x) continue;
        const value = cellValue(x.value);
        if (value !== null || x.style) cell(r, c + 1, value, styleOf(x.style));
      }
    }
    part.ascii('</row>');
  }
  part.ascii('</sheetData>');
  part.write(sheetTail(sheet, o.drawing));
  part.end();
}

/** A layout cell that is written: it has a style, or a value (text, or a finite number). */
function isWritten(x: LayoutCell | null): boolean {
  if (!x) return false;
  if (x.style) return true;
  const v = x.value;
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

/** A finite number as the file stores it (the shortest text that reads back as the same number). */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * A finite number as the file stores it: text that reads back as exactly the same number. Integers,
 * and numbers of up to 15 significant digits (the engine rounds to 12), are written digit by digit:
 * with m = n·10^k rounded, m / 10^k is correctly rounded, so when it gives back n, the decimal m·10^-k
 * reads back as n. Others are written as JavaScript writes them.
 */
function writeNumber(part: PartWriter, value: number): void {
  let n = value;
  if (n < 0) {
    part.ascii('-');
    n = -n;
  }
  if (Number.isSafeInteger(n)) {
    part.int(n);
    return;
  }
  const hi = fewestDecimals(n);
  if (hi === null) {
    part.ascii(String(n));
    return;
  }
  const m = Math.round(n * POW10[hi]);
  const whole = Math.floor(n);
  part.int(whole);
  part.ascii('.');
  part.int(m - whole * POW10[hi], hi);
}

const LETTERS = Array.from({ length: 64 }, (_, i) => columnLetters(i + 1));

/** Column letters, the first columns from a table. */
function letters(col: number): string {
  return col <= LETTERS.length ? LETTERS[col - 1] : columnLetters(col);
}

/** Row → the merged areas covering it. */
function mergedCells(merges: readonly CellRange[]): Map<number, CellRange[]> {
  const out = new Map<number, CellRange[]>();
  for (const m of merges) {
    if (!(m.bottom > m.top || m.right > m.left)) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      const list = out.get(r);
      if (list) list.push(m);
      else out.set(r, [m]);
    }
  }
  return out;
}

/**
 * The cells of row r, by column (index 0 = A): the layout's cells, except inside merged areas, where the
 * top-left cell carries the value and the others its style; then the reference-line helper cells.
 */
function rowCells(
  rowAt: (r: number) => readonly (LayoutCell | null)[],
  r: number,
  merges: readonly CellRange[] | undefined,
  extra: readonly ExtraCell[] | undefined,
  styleOf: (key: string | undefined, extra?: CellStyle) => number,
): (OutCell | undefined)[] {
  const layoutRow = rowAt(r);
  const out: (OutCell | undefined)[] = [];
  const put = (c: number, cell: LayoutCell | null | undefined): void => {
    if (!cell) return;
    const value = cellValue(cell.value);
    if (value === null && !cell.style) return;
    out[c - 1] = { value, style: styleOf(cell.style) };
  };
  if (!merges) {
    for (let c = 1; c <= layoutRow.length; c++) put(c, layoutRow[c - 1]);
  } else {
    const covered = new Set<number>();
    for (const m of merges) for (let c = m.left; c <= m.right; c++) covered.add(c);
    for (let c = 1; c <= layoutRow.length; c++) if (!covered.has(c)) put(c, layoutRow[c - 1]);
    for (const m of merges) {
      const master = rowAt(m.top)[m.left - 1];
      if (!master) continue;
      const value = cellValue(master.value);
      if (value === null && !master.style) continue;
      const style = styleOf(master.style);
      for (let c = m.left; c <= m.right; c++) {
        out[c - 1] = { value: r === m.top && c === m.left ? value : null, style };
      }
    }
  }
  for (const x of extra ?? []) {
    out[x.col - 1] = { value: x.value, style: styleOf(undefined, x.numFmt ? { numFmt: x.numFmt } : {}) };
  }
  return out;
}

/** From the root element to the opening of sheetData: page set-up flag, view, widths. */
function sheetHead(sheet: SheetLayout, o: SheetOptions): string {
  const freezeRow = sheet.freeze?.row ?? 0;
  const view =
    freezeRow > 0
      ? `<sheetView workbookViewId="0"><pane ySplit="${freezeRow}" topLeftCell="A${freezeRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>`
      : '<sheetView workbookViewId="0"/>';
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    (sheet.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    columnsXml(sheet.columnWidths, o.hidden, new Set(sheet.hiddenColumns ?? [])) +
    '<sheetData>'
  );
}

/**
 * <cols>: the layout's widths (runs of equal widths joined), hidden where the layout says, and the
 * hidden helper columns.
 */
function columnsXml(widths: readonly number[], hidden: readonly number[], hide: ReadonlySet<number>): string {
  const defs: { min: number; max: number; attrs: string }[] = [];
  widths.forEach((w, i) => {
    if (!(Number.isFinite(w) && w > 0)) return;
    const attrs = `width="${Math.min(w, 255)}"${hide.has(i + 1) ? ' hidden="1"' : ''} customWidth="1"`;
    const last = defs[defs.length - 1];
    if (last && last.max === i && last.attrs === attrs) last.max = i + 1;
    else defs.push({ min: i + 1, max: i + 1, attrs });
  });
  for (const col of [...hidden].sort((a, b) => a - b)) {
    defs.push({ min: col, max: col, attrs: 'width="9" hidden="1" customWidth="1"' });
  }
  if (defs.length === 0) return '';
  return `<cols>${defs.map((d) => `<col min="${d.min}" max="${d.max}" ${d.attrs}/>`).join('')}</cols>`;
}

/** After sheetData: merged areas, margins, page set-up, footer, page breaks, the drawing. */
function sheetTail(sheet: SheetLayout, drawing: boolean): string {
  const merges = sheet.merges.filter((m) => m.bottom > m.top || m.right > m.left);
  const mergeXml = merges.length
    ? `<mergeCells count="${merges.length}">${merges
        .map(
          (m) => `<mergeCell ref="${columnLetters(m.left)}${m.top}:${columnLetters(m.right)}${m.bottom}"/>`,
        )
        .join('')}</mergeCells>`
    : '';
  const scale = sheet.print.scale;
  const fit = sheet.print.fitToWidth
    ? ' fitToWidth="1" fitToHeight="0"'
    : scale && Number.isInteger(scale) && scale >= 10 && scale <= 400
      ? ` scale="${scale}"`
      : '';
  const breaks = [...new Set(sheet.print.rowBreaks)]
    .filter((b) => Number.isInteger(b) && b > 1)
    .sort((x, y) => x - y)
    .map((b) => `<brk id="${b - 1}" max="16383" man="1"/>`);
  return (
    mergeXml +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${sheet.print.orientation}"${fit}/>` +
    '<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>' +
    (breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.join('')}</rowBreaks>`
      : '') +
    (drawing ? '<drawing r:id="rId1"/>' : '') +
    '</worksheet>'
  );
}
