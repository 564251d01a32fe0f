/**
 * Applies a ReportLayout to the workbook: the add-in's own report sheet(s), never any other sheet.
 *
 * Round trips (constant): sync 1 lists the sheets and the workbook protection; sync 2 (only when a sheet
 * with the report's name exists) checks that the sheet is ours (its id is in the workbook settings, or it
 * holds REPORT_MARKER near A1), that it is not protected, and lists its charts; then the writes, packed
 * into batches of at most ~3.5 MB estimated (payload.ts) — one sync for a normal report, one more per
 * ~3.5 MB for very large ones. Nothing is written before every check has passed.
 *
 * Rewriting keeps the sheet (same id, same position, so formulas pointing at it keep working): it is
 * cleared (values, formats, merges, conditional formats, charts, frozen panes, page breaks, column widths
 * and row heights) and drawn again, so two runs give the same sheet.
 *
 * Text safety: every string is written with a leading apostrophe, Excel's text marker, which Excel strips.
 * So "=SUM(A1)", "+86…", "-", "@x", "2019", "1/2" and "TRUE" all stay the exact text, never a formula,
 * number, date or boolean. (A string that itself starts with an apostrophe keeps it: only the added one
 * is stripped.) Values are written before number formats, so a text format cannot interfere.
 */
import {
  cellAddress,
  type CellRange,
  type CellStyle,
  type ChartPlacement,
  columnLetters,
  type LayoutCell,
  rangeAddress,
  REPORT_MARKER,
  type ReportLayout,
  type SheetLayout,
} from '../../engine';
import { PortError, type WriteReportOptions, type WriteReportResult } from '../port';
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
import { ownedSheetIds, persist, setOwnedSheetIds } from './settings';

export type { WriteReportOptions };

const FORBIDDEN_IN_NAME = /[\\/?*[\]:]/;

/** Column width in characters (Calibri 11) → points, as Excel converts it: 7 px per character + 5 px. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

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

export async function writeReport(
  context: Excel.RequestContext,
  host: HostEnv,
  layout: ReportLayout,
  options: WriteReportOptions = {},
): Promise<WriteReportResult> {
  if (layout.sheets.length === 0) throw new PortError('unknown', 'the report has nothing to write');
  const sheets = layout.sheets.map((s, i) =>
    i === 0 && options.sheetName !== undefined ? { ...s, name: options.sheetName.trim() } : s,
  );
  for (const s of sheets) {
    if (
      s.name.length === 0 ||
      s.name.length > 31 ||
      FORBIDDEN_IN_NAME.test(s.name) ||
      s.name.startsWith("'")
    ) {
      throw new PortError('unknown', `"${s.name}" cannot be used as a sheet name`, s.name);
    }
  }

  // Sync 1: which sheets exist, is the workbook structure protected.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const workbookProtection = context.workbook.protection;
  workbookProtection.load('protected');
  await context.sync();

  const targets: Target[] = sheets.map((s) => ({
    layout: s,
    existing: worksheets.items.find((w) => w.name.toLowerCase() === s.name.toLowerCase()) ?? null,
  }));

  // Sync 2: is each existing sheet ours, and not protected.
  const owned = new Set(ownedSheetIds(host.settings));
  const probes = targets
    .filter((t) => t.existing !== null)
    .map((t) => {
      const ws = t.existing as Excel.Worksheet;
      ws.protection.load('protected');
      ws.charts.load('items/name');
      const head = ws.getRange('A1:Z5');
      head.load('values');
      return { t, ws, head };
    });
  if (probes.length > 0) await context.sync();
  for (const p of probes) {
    const name = p.t.layout.name;
    const hasMarker = p.head.values.some((row) =>
      row.some((v) => typeof v === 'string' && v.includes(REPORT_MARKER)),
    );
    if (!owned.has(p.ws.id) && !hasMarker) {
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
  if (targets.some((t) => t.existing === null) && workbookProtection.protected) {
    throw new PortError('sheet-protected', 'the workbook structure is protected; no sheet can be added');
  }

  // The writes.
  const ops: Op[] = [];
  if (supports(host, 'suspendScreenUpdating')) {
    ops.push(op(() => context.application.suspendScreenUpdatingUntilNextSync()));
  }
  const created: Excel.Worksheet[] = [];
  const drawn: Excel.Worksheet[] = [];
  for (const t of targets) {
    const holder: { ws: Excel.Worksheet | null } = { ws: t.existing };
    const ws = (): Excel.Worksheet => holder.ws as Excel.Worksheet;
    if (t.existing) {
      const charts = t.existing.charts.items;
      ops.push(
        op(() => clearSheet(ws(), charts, host), charts.length * OP_OVERHEAD_BYTES + 5 * OP_OVERHEAD_BYTES),
      );
    } else {
      ops.push(
        op(() => {
          holder.ws = worksheets.add(t.layout.name);
          created.push(holder.ws);
        }),
      );
    }
    ops.push(op(() => drawn.push(ws()), 0));
    for (const item of sheetOps(ws, t.layout, host)) ops.push(item);
  }
  ops.push(
    op(() => {
      drawn[0].activate();
      drawn[0].getRange('A1').select();
      for (const ws of created) ws.load('id');
    }),
  );
  await runBatches(context, packBatches(ops));

  if (created.length > 0) {
    const ids = new Set(ownedSheetIds(host.settings));
    for (const ws of created) ids.add(ws.id);
    setOwnedSheetIds(host.settings, [...ids]);
    await persist(host.settings);
  }

  const first = sheets[0];
  const indicatorTable = first.tables.find((t) => /indicator/i.test(t.name)) ?? first.tables[0];
  const attentionTable =
    first.tables.find((t) => /attention/i.test(t.name)) ?? first.tables.find((t) => t !== indicatorTable);
  return {
    sheetName: first.name,
    indicatorTableRange: indicatorTable?.range ?? '',
    attentionTableRange: attentionTable?.range ?? '',
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
          for (const row of print.rowBreaks) if (row > 1) ws().horizontalPageBreaks.add(`A${row}`);
        },
        (3 + print.rowBreaks.length) * OP_OVERHEAD_BYTES,
      ),
    );
  }
  const widest = s.rows.reduce((m, r) => Math.max(m, r.length), s.columnWidths.length);
  let helperCol = widest + 2;
  for (const placement of s.charts) {
    const needsHelper =
      placement.chart.referenceLine !== undefined &&
      placement.seriesRanges.length <= placement.chart.series.length;
    ops.push(...chartOps(ws, placement, needsHelper ? helperCol : null, host));
    if (needsHelper) helperCol++;
  }
  return ops;
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
 * One chart. The reference line (e.g. 100 %) is a line series over cells holding the constant, written
 * in a helper column right of the report (Office.js series take their values from cells). A horizontal
 * bar chart with a reference line is drawn as a column chart, because Excel cannot combine horizontal
 * bars with a line series.
 */
function chartOps(
  ws: () => Excel.Worksheet,
  p: ChartPlacement,
  helperCol: number | null,
  host: HostEnv,
): Op[] {
  const spec = p.chart;
  if (p.seriesRanges.length === 0) return [];
  const ops: Op[] = [];
  const categories = parseAreasAddress(p.categoriesRange)[0];
  let refRange: string | null = null;
  if (spec.referenceLine) {
    if (helperCol !== null && categories) {
      const top = categories.top;
      const count = categories.bottom - categories.top + 1;
      const value = spec.referenceLine.value;
      const label = spec.referenceLine.label;
      const col = helperCol;
      refRange = rangeAddress(top, col, top + count - 1, col);
      ops.push(
        op(
          () => {
            const cells = ws().getRangeByIndexes(top - 1, col - 1, count, 1);
            cells.values = Array.from({ length: count }, () => [value]);
            if (spec.percentAxis) cells.numberFormat = Array.from({ length: count }, () => ['0%']);
            if (top > 1 && label) ws().getRangeByIndexes(top - 2, col - 1, 1, 1).values = [[`'${label}`]];
          },
          count * 12 + utf8Length(label),
        ),
      );
    } else if (p.seriesRanges.length > spec.series.length) {
      refRange = p.seriesRanges[p.seriesRanges.length - 1];
    }
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
        if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
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
