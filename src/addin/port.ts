/**
 * The small interface between the task pane and the workbook. The Office.js workbook adapter
 * implements it; tests, the browser demo and the offline page (files instead of a workbook) give their
 * own. No Office.js types appear here: this is the pane's only door to a workbook.
 */
import type { Evaluation, Lang, ReportLayout, SheetSource } from '../engine';
import type { LoadedSettings, ReportSettings } from './reportSettings';

export type { IgnoredSetting, LoadedSettings, ReportSettings } from './reportSettings';

export type PortErrorCode =
  | 'unsupported-host' // Excel without ExcelApi 1.7
  | 'sheet-protected'
  | 'name-taken' // a sheet with the report's name exists and was not made by the add-in
  | 'report-edited' // the report sheet was edited since the add-in wrote it
  | 'no-indicator-sheet'
  | 'too-large'
  | 'unknown';

export const PORT_ERROR_CODES: readonly PortErrorCode[] = [
  'unsupported-host',
  'sheet-protected',
  'name-taken',
  'report-edited',
  'no-indicator-sheet',
  'too-large',
  'unknown',
];

/** Errors the adapter throws for the pane to show in plain words. */
export class PortError extends Error {
  constructor(
    readonly code: PortErrorCode,
    readonly detail: string,
    readonly sheet?: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'PortError';
  }
}

/** The add-in's own sheets: the report it wrote and the check-in history it keeps. */
export type OwnSheetKind = 'report' | 'history';

/** A worksheet as read, with whether it is one of the add-in's own. */
export interface WorkbookSheet extends SheetSource {
  readonly own?: OwnSheetKind;
}

/** Progress of a long read or write: how much is done of how much (cells, or bytes). */
export type ProgressCallback = (done: number, total: number) => void;

export type HistoryTableRow = readonly (string | number | null)[];

export interface WriteReportResult {
  readonly sheetName: string;
  /** A1 ranges of the tables in the report sheet, for "Select table for copying". */
  readonly indicatorTableRange: string;
  readonly attentionTableRange: string;
  /** The history sheet, when the check-in was recorded with the report. */
  readonly historySheetName?: string;
}

export interface WriteReportOptions {
  /** Another name for the report sheet, e.g. when the user already has a sheet named 对标报告. */
  readonly sheetName?: string;
  /**
   * The whole check-in history table (engine historyToRows) to record with the report, in the same
   * step: one undo step where the host groups them.
   */
  readonly history?: { readonly rows: readonly HistoryTableRow[]; readonly lang: Lang };
  /** The report sheet was edited since it was written (PortError report-edited): replace it anyway. */
  readonly replaceEdited?: boolean;
  /** The report sheet was edited since it was written: keep it under this name, write a new one. */
  readonly keepEditedAs?: string;
  readonly onProgress?: ProgressCallback;
}

export interface WorkbookPort {
  /**
   * Whether selectRange can take the user to a cell: a workbook open beside the pane can; the offline
   * page's files cannot (there the pane's components name the file, sheet and cell in plain text).
   * Absent means it can.
   */
  readonly canSelectCells?: boolean;
  /** Every worksheet as a grid, read in as few syncs as the bytes allow. */
  readSheets(onProgress?: ProgressCallback): Promise<WorkbookSheet[]>;
  /** Writes (or rewrites) the report sheet the add-in owns, and with `history` records the check-in. */
  writeReport(layout: ReportLayout, options?: WriteReportOptions): Promise<WriteReportResult>;
  /** Marks the indicators that need attention in their source sheets (removable with clearFlags). */
  flagShortfalls(evaluations: readonly Evaluation[], lang: Lang): Promise<number>;
  clearFlags(): Promise<number>;
  /** Activates a sheet and selects a range (A1). */
  selectRange(sheet: string, address: string): Promise<void>;
  /** The saved settings within their bounds, and what was ignored; null when nothing is saved. */
  loadSettings(): Promise<LoadedSettings | null>;
  saveSettings(settings: ReportSettings): Promise<void>;
  /** Adds a blank standardized indicator sheet; returns its name. */
  insertTemplate(lang: Lang): Promise<string>;
  /** Calls back when sheets are added, deleted or renamed; returns an unsubscribe function. */
  onSheetsChanged(callback: () => void): Promise<() => void>;
  /**
   * Writes the whole check-in history table (engine historyToRows: header of codes first) to the history
   * sheet the add-in owns (created when missing, protected against accidental edits); returns its name.
   */
  writeHistory(rows: readonly HistoryTableRow[], lang: Lang): Promise<{ sheetName: string }>;
}

/** Finding the history sheet among the grids is the engine's (shared with the command line). */
export { findHistoryGrid } from '../engine';
