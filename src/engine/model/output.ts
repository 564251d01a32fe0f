/**
 * How the product knows its own output again: the names of the sheets it writes (per language: the
 * adapters write them, the reader skips them) and the marker it puts near A1 of every report sheet.
 */
import type { Lang } from './lang';

/** Name of the report sheet. */
export const REPORT_SHEET_NAME: Readonly<Record<Lang, string>> = {
  'zh-CN': '对标报告',
  'en-US': 'Target report',
};
/** Name of the check-in history sheet. */
export const HISTORY_SHEET_NAME: Readonly<Record<Lang, string>> = {
  'zh-CN': '对标记录',
  'en-US': 'Check-in history',
};

/** Written in cell A1's neighbourhood of every report sheet, so the add-in recognises its own sheet. */
export const REPORT_MARKER = 'target-report:v1';
/** Where the marker is written (1-based): A3, the empty row under the period line. */
export const MARKER_CELL = { row: 3, col: 1 } as const;
/** Where it is looked for: the first rows and columns of a sheet (A1:L5). */
export const MARKER_WINDOW = { rows: 5, columns: 12 } as const;
