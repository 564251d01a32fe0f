/**
 * Grid: what a sheet holds. Plain data: no Office.js, no exceljs, no DOM. Both adapters (Office.js
 * workbook adapter, file adapter) produce Grids; the engine reads them.
 */

/** An Excel error value such as #DIV/0! or #N/A. */
export interface CellErrorValue {
  readonly kind: 'error';
  readonly code: string;
}
/** A formula cell whose cached result is missing (the file was never calculated). */
export interface CellFormulaNoResult {
  readonly kind: 'formula';
  readonly formula: string;
}
/**
 * One cell's value. Numbers, strings and booleans are kept as primitives for speed.
 * Dates are given as Excel serial numbers; the number format tells they are dates.
 * Rich text is flattened to a string by the adapter; hyperlinks give their display text.
 */
export type CellValue = null | number | string | boolean | CellErrorValue | CellFormulaNoResult;

/** A merged area, 1-based worksheet coordinates, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  /** Worksheet name. */
  readonly name: string;
  /** 1-based worksheet row of values[0]. */
  readonly originRow: number;
  /** 1-based worksheet column of values[r][0]. */
  readonly originCol: number;
  /** Row-major values; rows may be shorter than others (missing cells are empty). */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats, same shape as values where known; null/undefined = General. */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[])[];
  readonly merges: readonly CellRange[];
  /** 1-based worksheet rows / columns that are hidden. */
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Set when the sheet holds more than was read (the add-in caps rows/columns per sheet); 1-based extent. */
  readonly truncated?: { readonly totalRows: number; readonly totalColumns: number };
}

/** Where a grid came from; file is absent inside the add-in. */
export interface SheetSource {
  readonly file?: string;
  readonly grid: Grid;
  /**
   * The name of the file the sheet is in, for its words only (the period it states), where `file` is
   * not given: the add-in's workbook, whose indicators carry no file in their keys.
   */
  readonly fileName?: string;
}
