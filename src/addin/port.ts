/**
 * The small interface between the task pane and the workbook. The Office.js workbook adapter
 * implements it; tests and the browser demo replace it. No Office.js types appear here.
 */
import type { Evaluation, Lang, ReportLayout, SheetSource, Thresholds } from '../engine';

/** Settings saved in the workbook so the next person gets the same result. */
export interface ReportSettings {
  /** "Q1".."Q4", "FY", "M1".."M12", or "auto" = latest period with data. */
  readonly period: string;
  readonly lang: Lang;
  readonly title: string;
  readonly unitName: string;
  readonly thresholds: Thresholds;
}

export type PortErrorCode =
  | 'unsupported-host' // Excel too old for ExcelApi 1.7
  | 'sheet-protected'
  | 'name-taken' // a sheet with the report's name exists and was not made by the add-in
  | 'no-indicator-sheet'
  | 'too-large'
  | 'unknown';

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

export interface WriteReportResult {
  readonly sheetName: string;
  /** A1 ranges of the tables in the report sheet, for "Select table for copying". */
  readonly indicatorTableRange: string;
  readonly attentionTableRange: string;
}

export interface WriteReportOptions {
  /** Another name for the report sheet, e.g. when the user already has a sheet named 对标报告. */
  readonly sheetName?: string;
}

export interface WorkbookPort {
  /** Every worksheet as a grid, read in one or two syncs. */
  readSheets(): Promise<SheetSource[]>;
  /** Writes (or rewrites) the report sheet the add-in owns. */
  writeReport(layout: ReportLayout, options?: WriteReportOptions): Promise<WriteReportResult>;
  /** Marks the indicators that need attention in their source sheets (removable with clearFlags). */
  flagShortfalls(evaluations: readonly Evaluation[], lang: Lang): Promise<number>;
  clearFlags(): Promise<number>;
  /** Activates a sheet and selects a range (A1). */
  selectRange(sheet: string, address: string): Promise<void>;
  loadSettings(): Promise<Partial<ReportSettings> | null>;
  saveSettings(settings: ReportSettings): Promise<void>;
  /** Adds a blank standardized indicator sheet; returns its name. */
  insertTemplate(lang: Lang): Promise<string>;
  /** Calls back when sheets are added, deleted or renamed; returns an unsubscribe function. */
  onSheetsChanged(callback: () => void): Promise<() => void>;
  /**
   * Writes the whole check-in history table (engine historyToRows: header of codes first) to the history
   * sheet the add-in owns (created when missing, protected against accidental edits); returns its name.
   */
  writeHistory(
    rows: readonly (readonly (string | number | null)[])[],
    lang: Lang,
  ): Promise<{ sheetName: string }>;
}

/** Finding the history sheet among the grids is the engine's (shared with the command line). */
export { findHistoryGrid, HISTORY_HEADER_SEARCH_ROWS } from '../engine';
