/**
 * Applies a ReportLayout to the workbook: the add-in's own report sheet(s), never any other sheet.
 *
 * Round trips (constant for a given size): sync 1 lists the sheets and the workbook protection; sync 2
 * (only when a sheet with the report's name, or the history sheet, exists) checks that the sheet is ours
 * (its id is in the workbook settings AND it holds REPORT_MARKER in A1:Z5 — ownership.ts), that it is
 * not protected, lists its charts and where its used range is; when the settings hold a fingerprint of
 * what was last written there, the sheet's values are read back (cells.ts, by size) and compared, and an
 * edited sheet stops the write with PortError('report-edited') unless the caller chose to replace it or
 * to keep it under another name. Then the writes, packed into batches of at most ~3.5 MB estimated
 * (payload.ts) — one sync for a normal report, one more per ~3.5 MB for very large ones. Nothing is
 * written before every check has passed.
 *
 * With `history`, the check-in is recorded in the same step (history.ts): its checks run with the
 * report's, its writes follow the report's in the same batches, so a host that groups undo steps
 * (createExcelPort) takes both back with one Ctrl+Z.
 *
 * Rewriting keeps the sheet (same id, same position, so formulas pointing at it keep working): it is
 * cleared (values, formats, merges, conditional formats, charts, frozen panes, page breaks, column widths
 * and row heights) and drawn again, so two runs give the same sheet. Keeping an edited sheet renames it
 * (it then is the user's: its id leaves the settings) and draws the report on a new sheet.
 *
 * Text safety: every string is written with a leading apostrophe, Excel's text marker, which Excel strips.
 * So "=SUM(A1)", "+86…", "-", "@x", "2019", "1/2" and "TRUE" all stay the exact text, never a formula,
 * number, date or boolean. (A string that itself starts with an apostrophe keeps it: only the added one
 * is stripped.) Values are written before number formats, so a text format cannot interfere.
 */
import {
  categoryLabelPt,
  cellAddress,
  type CellRange,
  type CellStyle,
  type ChartPlacement,
  columnLetters,
  type LayoutCell,
  rangeAddress,
  type ReportLayout,
  type SheetLayout,
} from '../../engine';
import { PortError, type WriteReportOptions, type WriteReportResult } from '../port';
import { readCells } from './cells';
import { charsToPoints } from './columnWidth';
import { addCell, fingerprintExtent, fingerprintText, newFingerprint } from './fingerprint';
import {
  type HistoryPlan,
  historyOps,
  listSheets,
  probeHistory,
  reprotectHistory,
  type SheetListing,
  unprotectHistory,
} from './history';
import { hasReportMarker, REPORT_MARKER_WINDOW } from './ownership';
import {
  MAX_CHUNK_BYTES,
  OP_OVERHEAD_BYTES,
  op,
  packBatches,
  runBatches,
  utf8Length,
  type Op,
} from './payload';
import { parseAreasAddress } from './readGrids';
import { supports, type HostEnv } from './requirements';
import {
  ownedSheetIds,
  persist,
  reportFingerprints,
  setOwnedSheetIds,
  setReportFingerprints,
} from './settings';

export type { WriteReportOptions };
export { charsToPoints };

const FORBIDDEN_IN_NAME = /[\\/?*[\]:]/;

/** The value sent to Excel for one layout cell. */
export function toExcelValue(cell: LayoutCell | null | undefined): string | number {
  if (!cell || cell.value === null || cell.value === undefined) return '';
  if (typeof cell.value === 'number') return Number.isFinite(cell.value) ? cell.value : '';
  return cell.value === '' ? '' : `'${cell.value}`;
}

interface Target {
  readonly layout: SheetLayout;
  readonly existing: Excel.Worksheet | null;
}

interface Probe {
  readonly target: Target;
  readonly ws: Excel.Worksheet;
  readonly head: Excel.Range;
  readonly used: Excel.Range;
}

function isSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !FORBIDDEN_IN_NAME.test(name) && !name.startsWith("'");
}

/** The layout's sheets, the first under the chosen name; every name one Excel accepts. */
function reportSheets(layout: ReportLayout, options: WriteReportOptions): SheetLayout[] {
  if (layout.sheets.length === 0) throw new PortError('unknown', 'the report has nothing to write');
  const sheets = layout.sheets.map((s, i) =>
    i === 0 && options.sheetName !== undefined ? { ...s, name: options.sheetName.trim() } : s,
  );
  const names = [
    ...sheets.map((s) => s.name),
    ...(options.keepEditedAs ? [options.keepEditedAs.trim()] : []),
  ];
  for (const name of names) {
    if (!isSheetName(name)) throw new PortError('unknown', `"${name}" cannot be used as a sheet name`, name);
  }
  return sheets;
}

export async function writeReport(
  context: Excel.RequestContext,
  host: HostEnv,
  layout: ReportLayout,
  options: WriteReportOptions = {},
): Promise<WriteReportResult> {
  const sheets = reportSheets(layout, options);
  const listing = await listSheets(context);
  const targets: Target[] = sheets.map((s) => ({
    layout: s,
    existing: findSheet(listing, s.name),
  }));
  const history = options.history
    ? probeHistory(listing, host, options.history.rows, options.history.lang)
    : null;
  const probes = queueProbes(targets);
  if (probes.length > 0 || history?.needsSync) await context.sync();
  checkProbes(probes, host, listing, targets);
  const plan = history ? history.resolve() : null;
  const first = probes.find((p) => p.target === targets[0]);
  const kept = await editedSheet(context, host, first, options, listing);
  if (plan) await unprotectHistory(context, plan);

  const keep = kept ? { sheet: kept, as: (options.keepEditedAs as string).trim() } : null;
  const drawing = drawOps(context, host, listing, targets, keep);
  const historyWrite = plan ? historyOps(listing.worksheets, plan) : null;
  const ops = [...drawing.ops, ...(historyWrite?.ops ?? []), drawing.finish];
  try {
    await runBatches(context, packBatches(ops), options.onProgress);
  } catch (error) {
    if (plan) await reprotectHistory(context, plan);
    throw error;
  }
  await remember(host, sheets, drawing.sheets(), kept, historyWrite ? historyWrite.sheet() : null);
  return result(sheets, plan);
}

function findSheet(listing: SheetListing, name: string): Excel.Worksheet | null {
  return listing.worksheets.items.find((w) => w.name.toLowerCase() === name.toLowerCase()) ?? null;
}

/** Sync 2's loads for each existing report sheet: the marker window, charts, protection, used range. */
function queueProbes(targets: readonly Target[]): Probe[] {
  return targets.flatMap((target) => {
    const ws = target.existing;
    if (!ws) return [];
    ws.charts.load('items/name');
    const head = ws.getRange(REPORT_MARKER_WINDOW.address);
    head.load('values');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return [{ target, ws, head, used }];
  });
}

/** Throws unless every existing report sheet is ours and unprotected, and a new one can be added. */
function checkProbes(
  probes: readonly Probe[],
  host: HostEnv,
  listing: SheetListing,
  targets: readonly Target[],
): void {
  const owned = new Set(ownedSheetIds(host.settings));
  for (const p of probes) {
    const name = p.target.layout.name;
    if (!owned.has(p.ws.id) || !hasReportMarker(p.head.values)) {
      throw new PortError(
        'name-taken',
        `a sheet named "${name}" already exists and was not made by Target Report`,
        name,
      );
    }
    if (p.ws.protection.protected) {
      throw new PortError('sheet-protected', `the sheet "${name}" is protected`, name);
    }
  }
  if (targets.some((t) => t.existing === null) && listing.workbookProtected) {
    throw new PortError('sheet-protected', 'the workbook structure is protected; no sheet can be added');
  }
}

/**
 * Whether the first report sheet was edited since the add-in wrote it: values beyond what was written,
 * or other values. Returns the sheet to keep under another name (options.keepEditedAs), else null;
 * throws PortError('report-edited') when it was edited and the caller has not chosen.
 */
async function editedSheet(
  context: Excel.RequestContext,
  host: HostEnv,
  probe: Probe | undefined,
  options: WriteReportOptions,
  listing: SheetListing,
): Promise<Excel.Worksheet | null> {
  if (!probe || options.replaceEdited) return null;
  const stored = reportFingerprints(host.settings)[probe.ws.id];
  const extent = stored ? fingerprintExtent(stored) : null;
  if (!stored || !extent || !(await differs(context, probe, stored, extent))) return null;
  const name = probe.target.layout.name;
  const keepAs = options.keepEditedAs?.trim();
  if (!keepAs) {
    throw new PortError('report-edited', `the sheet "${name}" was edited since the report was written`, name);
  }
  if (findSheet(listing, keepAs)) {
    throw new PortError('name-taken', `a sheet named "${keepAs}" already exists`, keepAs);
  }
  return probe.ws;
}

/** Reads the sheet's values back (by size) when they lie within what was written, and compares. */
async function differs(
  context: Excel.RequestContext,
  probe: Probe,
  stored: string,
  extent: { rows: number; columns: number; cells: number },
): Promise<boolean> {
  const u = probe.used;
  if (u.isNullObject) return extent.cells > 0;
  if (u.rowIndex + u.rowCount > extent.rows || u.columnIndex + u.columnCount > extent.columns) return true;
  const area = {
    sheet: probe.ws,
    name: probe.ws.name,
    rowIndex: u.rowIndex,
    columnIndex: u.columnIndex,
    rowCount: u.rowCount,
    columnCount: u.columnCount,
  };
  const [cells] = await readCells(context, [area], ['values']);
  const f = newFingerprint(extent);
  cells.values.forEach((row, r) => row.forEach((v, c) => addCell(f, u.rowIndex + r, u.columnIndex + c, v)));
  return fingerprintText(f) !== stored;
}

/** A layout sheet's cells as Excel will hold them, helper columns included. */
export function layoutFingerprint(s: SheetLayout): string {
  const f = newFingerprint();
  s.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const v = toExcelValue(cell);
      addCell(f, r, c, typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);
    }),
  );
  for (const h of helperColumns(s)) {
    if (!h) continue;
    for (let i = 0; i < h.count; i++) addCell(f, h.top - 1 + i, h.col - 1, h.value);
    if (h.top > 1 && h.label) addCell(f, h.top - 2, h.col - 1, h.label);
  }
  return fingerprintText(f);
}

interface Drawing {
  readonly ops: Op[];
  /** Activates the report and loads the ids of added sheets: the last op. */
  readonly finish: Op;
  /** The drawn sheets, in layout order, once the ops have run. */
  sheets(): Excel.Worksheet[];
}

/** Every write of the report: clear or add each sheet (renaming a kept one first), then draw it. */
function drawOps(
  context: Excel.RequestContext,
  host: HostEnv,
  listing: SheetListing,
  targets: readonly Target[],
  keep: { sheet: Excel.Worksheet; as: string } | null,
): Drawing {
  const ops: Op[] = [];
  if (supports(host, 'suspendScreenUpdating')) {
    ops.push(op(() => context.application.suspendScreenUpdatingUntilNextSync()));
  }
  const created: Excel.Worksheet[] = [];
  const holders = targets.map((t) => ({ ws: t.existing === keep?.sheet ? null : t.existing }));
  targets.forEach((t, i) => {
    const holder = holders[i];
    const ws = (): Excel.Worksheet => holder.ws as Excel.Worksheet;
    if (holder.ws) {
      const existing = holder.ws;
      const charts = existing.charts.items;
      ops.push(
        op(
          () => clearSheet(existing, charts, host),
          charts.length * OP_OVERHEAD_BYTES + 5 * OP_OVERHEAD_BYTES,
        ),
      );
    } else {
      if (keep && t.existing === keep.sheet) ops.push(op(() => (keep.sheet.name = keep.as)));
      ops.push(
        op(() => {
          holder.ws = listing.worksheets.add(t.layout.name);
          created.push(holder.ws);
        }),
      );
    }
    for (const item of sheetOps(ws, t.layout, host)) ops.push(item);
  });
  const finish = op(() => {
    const first = holders[0].ws as Excel.Worksheet;
    first.activate();
    first.getRange('A1').select();
    for (const ws of created) ws.load('id');
  });
  return { ops, finish, sheets: () => holders.map((h) => h.ws as Excel.Worksheet) };
}

/**
 * Records in the settings what the add-in now owns — the drawn sheets and the history sheet, not a kept
 * (renamed) one — and the fingerprint of each drawn sheet; one save.
 */
async function remember(
  host: HostEnv,
  sheets: readonly SheetLayout[],
  drawn: readonly Excel.Worksheet[],
  kept: Excel.Worksheet | null,
  history: Excel.Worksheet | null,
): Promise<void> {
  const ids = new Set(ownedSheetIds(host.settings));
  const prints = { ...reportFingerprints(host.settings) };
  if (kept) {
    ids.delete(kept.id);
    delete prints[kept.id];
  }
  drawn.forEach((ws, i) => {
    ids.add(ws.id);
    prints[ws.id] = layoutFingerprint(sheets[i]);
  });
  if (history) ids.add(history.id);
  setOwnedSheetIds(host.settings, [...ids]);
  setReportFingerprints(host.settings, prints);
  await persist(host.settings);
}

function result(sheets: readonly SheetLayout[], history: HistoryPlan | null): WriteReportResult {
  const first = sheets[0];
  const indicatorTable = first.tables.find((t) => /indicator/i.test(t.name)) ?? first.tables[0];
  const attentionTable =
    first.tables.find((t) => /attention/i.test(t.name)) ?? first.tables.find((t) => t !== indicatorTable);
  return {
    sheetName: first.name,
    indicatorTableRange: indicatorTable?.range ?? '',
    attentionTableRange: attentionTable?.range ?? '',
    ...(history ? { historySheetName: history.target ? history.target.name : history.ownName } : {}),
  };
}

function clearSheet(ws: Excel.Worksheet, charts: readonly Excel.Chart[], host: HostEnv): void {
  const all = ws.getRange();
  all.unmerge();
  all.clear('All');
  all.conditionalFormats.clearAll();
  all.format.useStandardHeight = true;
  all.format.useStandardWidth = true;
  ws.freezePanes.unfreeze();
  for (const c of charts) c.delete();
  if (supports(host, 'pageLayout')) ws.horizontalPageBreaks.removePageBreaks();
}

/** Every write for one sheet, in order: values, styles, merges, sizes, panes, print set-up, charts. */
export function sheetOps(ws: () => Excel.Worksheet, s: SheetLayout, host: HostEnv): Op[] {
  const ops: Op[] = [];
  for (const item of valueOps(ws, s.rows)) ops.push(item);
  for (const item of styleOps(ws, s, host)) ops.push(item);
  for (const m of s.merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    ops.push(
      op(() =>
        ws()
          .getRange(rangeAddress(m.top, m.left, m.bottom, m.right))
          .merge(false),
      ),
    );
  }
  for (const [from, to, width] of runs(s.columnWidths)) {
    const points = charsToPoints(width);
    ops.push(
      op(
        () =>
          (ws().getRange(`${columnLetters(from + 1)}:${columnLetters(to + 1)}`).format.columnWidth = points),
      ),
    );
  }
  const heights = Object.entries(s.rowHeights ?? {})
    .map(([row, h]) => [Number(row), h] as const)
    .filter(([row, h]) => Number.isInteger(row) && row >= 1 && Number.isFinite(h) && h > 0)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length;) {
    let j = i;
    while (
      j + 1 < heights.length &&
      heights[j + 1][0] === heights[j][0] + 1 &&
      heights[j + 1][1] === heights[i][1]
    )
      j++;
    const [top, h] = heights[i];
    const bottom = heights[j][0];
    ops.push(op(() => (ws().getRange(`${top}:${bottom}`).format.rowHeight = h)));
    i = j + 1;
  }
  if (s.freeze && s.freeze.row > 0) {
    const rows = s.freeze.row;
    ops.push(op(() => ws().freezePanes.freezeRows(rows)));
  }
  if (supports(host, 'pageLayout')) {
    const print = s.print;
    ops.push(
      op(
        () => {
          const page = ws().pageLayout;
          page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
          page.paperSize = 'A4';
          if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          else if (print.scale) page.zoom = { scale: print.scale };
          if (print.titleRow) page.setPrintTitleRows(`$${print.titleRow}:$${print.titleRow}`);
          for (const row of print.rowBreaks) if (row > 1) ws().horizontalPageBreaks.add(`A${row}`);
        },
        (4 + print.rowBreaks.length) * OP_OVERHEAD_BYTES,
      ),
    );
  }
  const helpers = helperColumns(s);
  s.charts.forEach((placement, i) => ops.push(...chartOps(ws, placement, helpers[i], host)));
  return ops;
}

/** A column right of the report holding a chart's reference line (Office.js series read cells). */
export interface HelperColumn {
  /** 1-based column and first row. */
  readonly col: number;
  readonly top: number;
  readonly count: number;
  readonly value: number;
  readonly label: string;
  readonly percent: boolean;
}

/**
 * The helper column of each chart (null when it needs none): one per chart with a reference line whose
 * values the layout does not already hold, from two columns right of the widest row on.
 */
export function helperColumns(s: SheetLayout): (HelperColumn | null)[] {
  const widest = s.rows.reduce((m, r) => Math.max(m, r.length), s.columnWidths.length);
  let col = widest + 2;
  return s.charts.map((p) => {
    const spec = p.chart;
    const needs = spec.referenceLine !== undefined && p.seriesRanges.length <= spec.series.length;
    if (!needs || !spec.referenceLine) return null;
    const categories = parseAreasAddress(p.categoriesRange)[0];
    const here = col++;
    if (!categories) return null;
    return {
      col: here,
      top: categories.top,
      count: categories.bottom - categories.top + 1,
      value: spec.referenceLine.value,
      label: spec.referenceLine.label,
      percent: !!spec.percentAxis,
    };
  });
}

/** Range writes of whole row blocks, each under MAX_CHUNK_BYTES. */
function valueOps(ws: () => Excel.Worksheet, rows: SheetLayout['rows']): Op[] {
  const ops: Op[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let width = 0;
    let bytes = 0;
    while (end < rows.length) {
      const row = rows[end];
      let rowBytes = 4;
      for (const c of row) rowBytes += estimateValueBytes(c) + 1;
      if (end > start && bytes + rowBytes > MAX_CHUNK_BYTES) break;
      bytes += rowBytes;
      width = Math.max(width, row.length);
      end++;
    }
    if (width > 0) {
      const top = start;
      const count = end - start;
      const w = width;
      const block = rows.slice(top, end);
      ops.push(
        op(
          () => {
            const values = block.map((row) => {
              const out: (string | number)[] = new Array(w);
              for (let c = 0; c < w; c++) out[c] = toExcelValue(row[c]);
              return out;
            });
            ws().getRangeByIndexes(top, 0, count, w).values = values;
          },
          bytes + count * (w - 0) * 3,
        ),
      );
    }
    start = end;
  }
  return ops;
}

function estimateValueBytes(c: LayoutCell | null | undefined): number {
  const v = toExcelValue(c);
  return typeof v === 'number' ? String(v).length : utf8Length(JSON.stringify(v));
}

interface StyleRect extends CellRange {
  readonly key: string;
}

/**
 * Groups cells into rectangles by a key (runs along each row, stacked while rows repeat the same run).
 * `keyOf` returns null for cells that need nothing.
 */
export function styleRects(
  rows: SheetLayout['rows'],
  keyOf: (cell: LayoutCell) => string | null = (c) => c.style ?? null,
): StyleRect[] {
  const done: StyleRect[] = [];
  const open = new Map<string, { top: number; left: number; bottom: number; right: number; key: string }>();
  const keyAt = (row: SheetLayout['rows'][number], c: number): string | null => {
    const cell = row[c];
    return cell ? keyOf(cell) : null;
  };
  rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const key = keyAt(row, c);
      if (key === null) {
        c++;
        continue;
      }
      let e = c;
      while (e + 1 < row.length && keyAt(row, e + 1) === key) e++;
      const id = `${c}|${e}|${key}`;
      const prev = open.get(id);
      if (prev && prev.bottom === r) prev.bottom = r + 1;
      else {
        if (prev) done.push(prev);
        open.set(id, { top: r + 1, left: c + 1, bottom: r + 1, right: e + 1, key });
      }
      c = e + 1;
    }
  });
  for (const item of open.values()) done.push(item);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const OUTER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
/** Longest address list given to one getRanges call. */
const MAX_AREAS_ADDRESS = 4000;

/** Number of property writes a style makes (for the size estimate). */
function visualProps(style: CellStyle): number {
  let n = 0;
  for (const k of ['bold', 'italic', 'fontSize', 'fontColor', 'fill', 'hAlign', 'vAlign', 'wrap'] as const) {
    if (style[k] !== undefined) n++;
  }
  return n + (style.border === 'thin' ? 12 : 0);
}

/** Applies everything of a style except the number format to a range or a set of areas. */
function applyVisual(
  target: { format: Excel.RangeFormat },
  style: CellStyle,
  insideRows: boolean,
  insideCols: boolean,
): void {
  const f = target.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = `#${style.fontColor}`;
  if (style.fill !== undefined) f.fill.color = `#${style.fill}`;
  if (style.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border === 'thin') {
    const edges: string[] = [...OUTER_EDGES];
    if (insideRows) edges.push('InsideHorizontal');
    if (insideCols) edges.push('InsideVertical');
    for (const edge of edges) {
      const b = f.borders.getItem(edge as Excel.BorderIndex);
      b.style = 'Continuous';
      b.weight = 'Thin';
    }
  }
}

/**
 * Cell styles. Number formats go per rectangle of equal format (a 2-D array each). The other properties
 * go per style: with ExcelApi 1.9 all rectangles of one style are formatted at once through
 * worksheet.getRanges("A5:F5,A9:F9,…"), so a status colour on thousands of rows costs a few bytes per
 * row; on 1.7 one range per rectangle.
 */
function styleOps(ws: () => Excel.Worksheet, s: SheetLayout, host: HostEnv): Op[] {
  const ops: Op[] = [];
  const styleOf = (key: string | undefined): CellStyle | undefined => (key ? s.styles[key] : undefined);

  const visualKey = (c: LayoutCell): string | null => {
    const st = styleOf(c.style);
    return st && visualProps(st) > 0 ? (c.style as string) : null;
  };
  const rects = styleRects(s.rows, visualKey);
  if (supports(host, 'rangeAreas')) {
    const byStyle = new Map<string, StyleRect[]>();
    for (const r of rects) byStyle.set(r.key, [...(byStyle.get(r.key) ?? []), r]);
    for (const [key, group] of byStyle) {
      const style = s.styles[key];
      let batch: StyleRect[] = [];
      let length = 0;
      const flush = (): void => {
        if (batch.length === 0) return;
        const address = batch.map((r) => rangeAddress(r.top, r.left, r.bottom, r.right)).join(',');
        const insideRows = batch.some((r) => r.bottom > r.top);
        const insideCols = batch.some((r) => r.right > r.left);
        ops.push(
          op(
            () => applyVisual(ws().getRanges(address), style, insideRows, insideCols),
            (visualProps(style) + 1) * OP_OVERHEAD_BYTES + address.length,
          ),
        );
        batch = [];
        length = 0;
      };
      for (const r of group) {
        const len = rangeAddress(r.top, r.left, r.bottom, r.right).length + 1;
        if (length + len > MAX_AREAS_ADDRESS) flush();
        batch.push(r);
        length += len;
      }
      flush();
    }
  } else {
    for (const r of rects) {
      const style = s.styles[r.key];
      const address = rangeAddress(r.top, r.left, r.bottom, r.right);
      ops.push(
        op(
          () => applyVisual(ws().getRange(address), style, r.bottom > r.top, r.right > r.left),
          (visualProps(style) + 1) * OP_OVERHEAD_BYTES,
        ),
      );
    }
  }

  const numFmtKey = (c: LayoutCell): string | null => styleOf(c.style)?.numFmt ?? null;
  for (const r of styleRects(s.rows, numFmtKey)) {
    const fmt = r.key;
    const nRows = r.bottom - r.top + 1;
    const nCols = r.right - r.left + 1;
    const address = rangeAddress(r.top, r.left, r.bottom, r.right);
    ops.push(
      op(
        () => {
          ws().getRange(address).numberFormat = Array.from({ length: nRows }, () =>
            new Array<string>(nCols).fill(fmt),
          );
        },
        (utf8Length(JSON.stringify(fmt)) + 1) * nRows * nCols + nRows * 2,
      ),
    );
  }
  return ops;
}

/** [from, to, value] runs of equal, valid numbers (0-based indexes). */
function runs(values: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < values.length;) {
    const v = values[i];
    let j = i;
    while (j + 1 < values.length && values[j + 1] === v) j++;
    if (Number.isFinite(v) && v > 0) out.push([i, j, v]);
    i = j + 1;
  }
  return out;
}

const CHART_TYPE = { bar: 'BarClustered', column: 'ColumnClustered', line: 'Line' } as const;

/**
 * The variance chart's series (behind in red, ahead in green): drawn over each other so each category has
 * one bar, each value labelled, the category labels at the low end so bars left of zero do not cover
 * them. Overlap, label formats and label position need ExcelApi 1.8; without it the bars stand side by
 * side, still labelled.
 */
function overlapSeries(chart: Excel.Chart, count: number, percent: boolean, host: HostEnv): void {
  const layout = supports(host, 'chartSeriesLayout');
  for (let i = 0; i < count; i++) {
    const series = chart.series.getItemAt(i);
    series.hasDataLabels = true;
    if (!layout) continue;
    series.overlap = 100;
    if (percent) series.dataLabels.numberFormat = '0.0%';
  }
  if (layout) chart.axes.categoryAxis.tickLabelPosition = 'Low';
}

/**
 * One chart. The reference line (e.g. 100 %) is a line series over cells holding the constant, written
 * in a helper column right of the report (Office.js series take their values from cells). A horizontal
 * bar chart with a reference line is drawn as a column chart, because Excel cannot combine horizontal
 * bars with a line series.
 */
function chartOps(
  ws: () => Excel.Worksheet,
  p: ChartPlacement,
  helper: HelperColumn | null,
  host: HostEnv,
): Op[] {
  const spec = p.chart;
  if (p.seriesRanges.length === 0) return [];
  const ops: Op[] = [];
  let refRange: string | null = null;
  if (helper) {
    const { top, col, count, value, label } = helper;
    refRange = rangeAddress(top, col, top + count - 1, col);
    ops.push(
      op(
        () => {
          const cells = ws().getRangeByIndexes(top - 1, col - 1, count, 1);
          cells.values = Array.from({ length: count }, () => [value]);
          if (helper.percent) cells.numberFormat = Array.from({ length: count }, () => ['0%']);
          if (top > 1 && label) ws().getRangeByIndexes(top - 2, col - 1, 1, 1).values = [[`'${label}`]];
        },
        count * 12 + utf8Length(label),
      ),
    );
  } else if (spec.referenceLine && p.seriesRanges.length > spec.series.length) {
    refRange = p.seriesRanges[p.seriesRanges.length - 1];
  }
  const type = spec.type === 'bar' && refRange ? 'ColumnClustered' : CHART_TYPE[spec.type];
  const dataRanges =
    refRange && p.seriesRanges.length > spec.series.length ? p.seriesRanges.slice(0, -1) : p.seriesRanges;
  const textBytes = utf8Length(spec.title) + spec.series.reduce((n, s) => n + utf8Length(s.name), 0);
  ops.push(
    op(
      () => {
        const sheet = ws();
        const chart = sheet.charts.add(type, sheet.getRange(dataRanges[0]), 'Columns');
        chart.name = `TargetReport_${spec.id}`.slice(0, 60);
        chart.title.text = spec.title;
        chart.legend.position = 'Bottom';
        const cat = p.categoriesRange;
        dataRanges.forEach((address, i) => {
          const meta = spec.series[i];
          const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(meta?.name ?? '');
          if (i === 0 && meta) series.name = meta.name;
          if (i > 0) series.setValues(sheet.getRange(address));
          series.setXAxisValues(sheet.getRange(cat));
          if (meta?.color) series.format.fill.setSolidColor(`#${meta.color}`);
        });
        if (refRange && spec.referenceLine) {
          const line = chart.series.add(spec.referenceLine.label);
          line.setValues(sheet.getRange(refRange));
          line.setXAxisValues(sheet.getRange(cat));
          line.chartType = 'Line';
          line.format.line.color = '#C00000';
        }
        if (type === 'BarClustered') chart.axes.categoryAxis.reversePlotOrder = true; // first at the top
        // Every category labelled, in the size the layout gives labels on two lines (its line breaks).
        chart.axes.categoryAxis.tickLabelSpacing = 1;
        chart.axes.categoryAxis.format.font.size = categoryLabelPt(spec.categories);
        if (spec.overlap) overlapSeries(chart, dataRanges.length, spec.percentAxis === true, host);
        if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
        if (spec.valueStep) chart.axes.valueAxis.majorUnit = spec.valueStep;
        if (spec.percentAxis && supports(host, 'chartAxisNumberFormat'))
          chart.axes.valueAxis.numberFormat = '0%';
        chart.setPosition(
          cellAddress(p.from.row + 1, p.from.col + 1),
          cellAddress(p.to.row + 1, p.to.col + 1),
        );
      },
      (12 + dataRanges.length * 4) * OP_OVERHEAD_BYTES + textBytes * 2,
    ),
  );
  return ops;
}
