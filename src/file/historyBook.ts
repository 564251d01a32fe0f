/**
 * The check-in history kept in a workbook, as plain data: a sheet named 对标记录 (Check-in history)
 * holding the table of the engine's history (historyTable / historyFromGrid) in the report's language. It
 * lives in a workbook of its own or as an extra sheet of the report workbook, after the report sheet.
 * Platform-neutral: history.ts reads and writes it in Node, the offline page with its own reader.
 */
import {
  type CellStyle,
  type CheckInSnapshot,
  type Diagnostic,
  displayWidth,
  findHistoryGrid,
  type Grid,
  hasReportMarker,
  HISTORY_COLUMNS,
  type HistoryColumn,
  HISTORY_HEADER_SEARCH_ROWS,
  HISTORY_SHEET_NAME,
  historyFromGrid,
  historyTable,
  isOwnOutputSheetName,
  type Lang,
  type LayoutCell,
  MARKER_WINDOW,
  type ReportLayout,
  type SheetLayout,
  type SheetSource,
  type TimeZone,
  type ValueBlock,
} from '../engine';
import type { ReadOptions } from './core/readWorkbook';

const HISTORY_NAMES = Object.values(HISTORY_SHEET_NAME).map((n) => n.toLowerCase());

function isHistoryName(name: string): boolean {
  return HISTORY_NAMES.includes(name.trim().toLowerCase());
}

/** True when a sheet is the product's report sheet (by its name or by the marker near A1). */
function isReportSheet(grid: Grid): boolean {
  if (isOwnOutputSheetName(grid.name) && !isHistoryName(grid.name)) return true;
  return hasReportMarker(grid.values);
}

export interface HistoryWorkbook {
  readonly history: CheckInSnapshot[];
  /** Rows of the history table that could not be read back (history-row-unreadable). */
  readonly diagnostics: Diagnostic[];
  /** The sheet the history was read from; null when the workbook has none. */
  readonly sheet: string | null;
  /** The product's report sheet is in the workbook too (a report workbook). */
  readonly hasReport: boolean;
  /** Sheets that are neither the history nor the product's report. */
  readonly otherSheets: string[];
}

/** What a workbook's sheets say about its history. */
export function historyFromSources(sources: readonly SheetSource[], file?: string): HistoryWorkbook {
  const grid = findHistoryGrid(sources);
  const { history, diagnostics } = grid ? historyFromGrid(grid, file) : { history: [], diagnostics: [] };
  const others = sources.map((s) => s.grid).filter((g) => g !== grid);
  return {
    history,
    diagnostics,
    sheet: grid?.name ?? null,
    hasReport: others.some(isReportSheet),
    otherSheets: others.filter((g) => !isReportSheet(g)).map((g) => g.name),
  };
}

/** Rows read of the sheets not named as the history: what isReportSheet and hasHistoryHeader look at. */
const HEAD_ROWS = Math.max(HISTORY_HEADER_SEARCH_ROWS, MARKER_WINDOW.rows);

/**
 * The history of a workbook, read with `read` (which reads that workbook with the options given). A
 * sheet named as the history is read whole; the others (in a report workbook, the big report sheet) only
 * for their first rows: enough to tell the report sheet, and a renamed history sheet by its header.
 */
export async function readHistoryWith(
  read: (options: ReadOptions) => Promise<SheetSource[]>,
  file?: string,
): Promise<HistoryWorkbook> {
  let sources = await read({ sheets: isHistoryName, othersHeadRows: HEAD_ROWS });
  const grid = findHistoryGrid(sources);
  if (grid && !isHistoryName(grid.name)) {
    const [whole] = await read({ sheets: (name) => name === grid.name });
    if (whole) sources = sources.map((s) => (s.grid === grid ? whole : s));
  }
  return historyFromSources(sources, file);
}

// ───────────────────────────── writing ─────────────────────────────

const STYLES: Readonly<Record<string, CellStyle>> = {
  header: { bold: true, fill: 'D9E1F2', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true },
  codes: { fontColor: '808080', fontSize: 9 },
  text: { border: 'thin', vAlign: 'middle' },
  number: { border: 'thin', vAlign: 'middle', numFmt: '#,##0.####' },
  percent: { border: 'thin', vAlign: 'middle', numFmt: '0.0%' },
};

const WIDTHS: Readonly<Record<HistoryColumn, number>> = {
  period: 8,
  taken_at: 24,
  recorded: 17,
  key: 28,
  sheet: 14,
  id: 6,
  name: 32,
  category: 16,
  target: 12,
  actual: 12,
  expected: 12,
  completion: 11,
  status: 10,
  status_name: 12,
};

/**
 * The machine's time zone, as the user's desk shows times: its offset at each instant, from the runtime's
 * own clock (asking Intl for the zone's name would first load locale data, some 20–50 ms).
 */
export const MACHINE_ZONE: TimeZone = { offsetMinutes: (ms) => -new Date(ms).getTimezoneOffset() };

/**
 * The history sheet in the report's language: row 1 the column labels (bold, frozen), row 2 the codes
 * historyFromGrid reads back by (hidden), then the table; the date-time in the machine's zone and the
 * status in words are shown, the stored timestamp, the match key and the status code are in hidden
 * columns. Numbers stay numbers (completion shown as a percentage); text is written as text, never as a
 * formula.
 */
export function historySheetLayout(
  history: readonly CheckInSnapshot[],
  lang: Lang,
  timeZone: TimeZone = MACHINE_ZONE,
): SheetLayout {
  const table = historyTable(history, lang, timeZone);
  const completion = HISTORY_COLUMNS.indexOf('completion');
  const labels: LayoutCell[] = table.labels.map((value) => ({ value, style: 'header' }));
  const [codes, ...records] = table.rows;
  // The records stay values, each row's cells made as the sheet is written: with a history of 100,000
  // indicators and more, no object per cell.
  const block: ValueBlock = {
    top: 3,
    values: records,
    columns: HISTORY_COLUMNS.map((_, c) => ({
      number: c === completion ? 'percent' : 'number',
      text: 'text',
      empty: 'text',
    })),
  };
  return {
    name: HISTORY_SHEET_NAME[lang],
    columnWidths: HISTORY_COLUMNS.map((c, i) => Math.max(WIDTHS[c], displayWidth(table.labels[i]) + 2)),
    rows: codes ? [labels, codes.map((value): LayoutCell => ({ value, style: 'codes' }))] : [labels],
    ...(records.length > 0 ? { blocks: [block] } : {}),
    merges: [],
    styles: STYLES,
    tables: [],
    charts: [],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, rowBreaks: [] },
    freeze: { row: 2 },
    hiddenRows: [2],
    hiddenColumns: table.hiddenColumns.map((c) => c + 1),
  };
}

/**
 * The report layout with the history sheet added right after the report sheet (replacing a history
 * sheet the layout may already hold), so that the history also lives in the report workbook.
 */
export function withHistorySheet(
  layout: ReportLayout,
  history: readonly CheckInSnapshot[],
  lang: Lang,
): ReportLayout {
  const sheet = historySheetLayout(history, lang);
  const rest = layout.sheets.filter((s) => !isHistoryName(s.name));
  return { sheets: [...rest.slice(0, 1), sheet, ...rest.slice(1)] };
}
