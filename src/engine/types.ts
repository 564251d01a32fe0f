/**
 * The engine's data contract. Everything here is plain data: no Office.js, no exceljs, no DOM.
 * Both adapters (Office.js workbook adapter, exceljs file adapter) produce Grids and consume
 * ReportLayouts; the engine turns one into the other.
 */

import type { Consolidation } from './consolidate';
import type { ChangesSinceLastCheckIn } from './history';

// ───────────────────────────── Grid: what a sheet holds ─────────────────────────────

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
}

// ───────────────────────────── Diagnostics ─────────────────────────────

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'cell-error' // an Excel error value (#DIV/0!, #N/A…) where a number is needed
  | 'not-a-number' // text that is not a number where a number is needed
  | 'approximate-value' // 约200, 20多, 近二十万…: read as the base value
  | 'date-in-number-column' // a date where a number is needed
  | 'boolean-in-number-column'
  | 'formula-no-result' // a formula with no cached result
  | 'empty-in-period' // an empty cell inside the period, counted as 0 (sum)
  | 'target-missing'
  | 'target-invalid' // zero (higher-is-better), negative, or not a number
  | 'duplicate-id' // second row with the same id in one sheet
  | 'unknown-direction' // a direction value that is not recognised; higher is assumed
  | 'unknown-aggregation'
  | 'unknown-milestone-word' // a milestone actual that is neither done, in-progress nor not-started
  | 'hidden-rows' // the table has hidden rows (still read)
  | 'hidden-columns'
  | 'merged-body-cell' // a merged area crossing the table body
  | 'period-not-in-sheet' // the sheet has no column for the requested period
  | 'unit-mismatch' // units disagree on an indicator's unit of measure
  | 'missing-in-units' // an indicator present in only some units
  | 'long-text' // text cut for display
  | 'history-row-unreadable'; // a row of the check-in history that cannot be read back

export interface Diagnostic {
  readonly file?: string;
  readonly sheet: string;
  /** A1 address of the cell concerned, when there is one. */
  readonly cell?: string;
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  /** Values for the message templates (the cell text, the id, …). */
  readonly params?: Readonly<Record<string, string | number>>;
}

// ───────────────────────────── Reader output ─────────────────────────────

export type Direction = 'higher' | 'lower' | 'milestone';
export type Aggregation = 'sum' | 'last' | 'average';

/** A cell as the evaluator needs it: value, number format and address. */
export interface SourceCell {
  readonly value: CellValue;
  readonly format?: string | null;
  /** A1 address in its sheet, e.g. "F18". */
  readonly address: string;
}

/** How the actuals are laid out in the sheet. */
export type ActualsLayout =
  | { readonly kind: 'quarters'; readonly cells: readonly (SourceCell | null)[] } // length 4, Q1..Q4
  | { readonly kind: 'months'; readonly cells: readonly (SourceCell | null)[] } // length 12, M1..M12
  | { readonly kind: 'cumulative'; readonly cell: SourceCell | null }
  | { readonly kind: 'none' };

export interface Indicator {
  /** Stable key within a run: `${file ?? ''}|${sheet}|${id ?? name}`. */
  readonly key: string;
  readonly file?: string;
  readonly sheet: string;
  /** 1-based worksheet row. */
  readonly row: number;
  readonly id: string | null;
  readonly category: string | null;
  readonly name: string;
  readonly measureUnit: string | null;
  /** Direction as written in the sheet (null = not given; the evaluator decides). */
  readonly directionCell: SourceCell | null;
  readonly aggregationCell: SourceCell | null;
  readonly target: SourceCell | null;
  /** Cumulative quarterly milestone targets Q1..Q4 where the sheet has them. */
  readonly milestoneTargets: readonly (SourceCell | null)[] | null;
  readonly actuals: ActualsLayout;
  readonly owner: string | null;
  readonly notes: string | null;
}

/** Columns the reader recognised, by role. */
export type ColumnRole =
  | 'id'
  | 'category'
  | 'name'
  | 'unit'
  | 'direction'
  | 'aggregation'
  | 'target'
  | 'milestone' // with index 0..3
  | 'quarter' // with index 0..3
  | 'month' // with index 0..11
  | 'cumulative'
  | 'owner'
  | 'notes';

export interface SheetTable {
  readonly file?: string;
  readonly sheet: string;
  /** 1-based worksheet rows of the header (one or two). */
  readonly headerRows: readonly number[];
  /** Title text above the header, and the 填报单位 / 填报日期 values when present. */
  readonly title: string | null;
  readonly reportingUnit: string | null;
  readonly reportingDate: string | null;
  /** Year found in the title or header (e.g. 2019年完成情况), when present. */
  readonly year: number | null;
  readonly granularity: 'quarters' | 'months' | 'cumulative' | 'none';
  readonly indicators: readonly Indicator[];
  readonly diagnostics: readonly Diagnostic[];
}

export type SheetReading =
  | { readonly kind: 'table'; readonly table: SheetTable }
  | { readonly kind: 'skipped'; readonly file?: string; readonly sheet: string; readonly reason: SkipReason };

export type SkipReason =
  | { readonly code: 'no-header' } // no row looks like an indicator table header
  | { readonly code: 'missing-column'; readonly column: 'name' | 'target' }
  | { readonly code: 'own-output' } // the product's own report / history sheet
  | { readonly code: 'empty' }
  | { readonly code: 'no-indicators' }; // header found, no indicator rows

// ───────────────────────────── Evaluation ─────────────────────────────

export type Quarter = 1 | 2 | 3 | 4;
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
/** A check-in period. FY is the year end (same data as Q4 / M12). */
export type Period =
  | { readonly kind: 'quarter'; readonly quarter: Quarter }
  | { readonly kind: 'month'; readonly month: Month }
  | { readonly kind: 'year' };

export type Status = 'achieved' | 'on_track' | 'behind' | 'at_risk' | 'missed' | 'no_data' | 'invalid';
export const STATUSES: readonly Status[] = [
  'achieved',
  'on_track',
  'behind',
  'at_risk',
  'missed',
  'no_data',
  'invalid',
];
/** Statuses that need attention in the report. */
export const ATTENTION_STATUSES: readonly Status[] = ['behind', 'at_risk', 'missed', 'invalid'];

export interface Thresholds {
  /** pace >= onTrack → on_track (default 1.0). */
  readonly onTrack: number;
  /** pace >= behind (and < onTrack) → behind; below → at_risk (default 0.8). */
  readonly behind: number;
}
export const DEFAULT_THRESHOLDS: Thresholds = { onTrack: 1.0, behind: 0.8 };

/** How exact a number is: "20多" is approximate and the narrative says so. */
export interface Approximation {
  /** The text as written, e.g. "20多", "近二十万", "约200". */
  readonly text: string;
  /** The marker: 多, 余, 约, 左右, 近 (or English about/nearly/over). */
  readonly marker: string;
}

export interface Quantity {
  readonly value: number;
  /** Null when exact. */
  readonly approximation: Approximation | null;
  /** True when written or formatted as a percentage (value 0.95 for 95 %). */
  readonly percent: boolean;
}

export interface Evaluation {
  readonly indicator: Indicator;
  readonly direction: Direction;
  readonly aggregation: Aggregation;
  /** Numeric target (null for milestones and invalid targets). */
  readonly target: Quantity | null;
  /** Target text for milestones (完成, Done…). */
  readonly targetText: string | null;
  readonly actual: Quantity | null;
  /** Latest milestone text through the period. */
  readonly actualText: string | null;
  readonly expected: number | null;
  readonly completion: number | null;
  readonly pace: number | null;
  readonly status: Status;
  readonly diagnostics: readonly Diagnostic[];
}

// ───────────────────────────── Report model ─────────────────────────────

export type Lang = 'zh-CN' | 'en-US';

export interface ReportOptions {
  readonly lang: Lang;
  readonly period: Period;
  readonly thresholds: Thresholds;
  /** Report title; default built from unit name and year. */
  readonly title?: string;
  /** Issuing body, e.g. 商洛市科学技术协会. */
  readonly unitName?: string;
  readonly year?: number;
  /** ISO date the report is made (yyyy-mm-dd); passed in, never read from a clock in the engine. */
  readonly date: string;
}

export type NarrativeBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'subtitle'; readonly text: string } // period and date line
  | { readonly kind: 'heading1'; readonly text: string } // 一、…
  | { readonly kind: 'heading2'; readonly text: string } // （一）…
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'signature'; readonly text: string }; // issuing body / date, right-aligned

export interface StatusCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<Status, number>>;
}

/** One table as plain rows of display-ready cells (numbers stay numbers, with formats). */
export interface TableColumn {
  readonly key: string;
  readonly header: string;
  readonly kind: 'text' | 'number' | 'percent' | 'status';
  /** Excel number format for number / percent columns. */
  readonly numFmt?: string;
  /** Suggested width in characters. */
  readonly width: number;
}
export type TableCell = string | number | null;
export interface ReportTable {
  readonly name: string;
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Status of each row (for colouring), when rows are indicators. */
  readonly rowStatus?: readonly (Status | null)[];
  /**
   * Excel number format per cell (same shape as rows), overriding the column's numFmt where set: an
   * integer gets `#,##0`, a fraction `#,##0.0#`, a percentage quantity `0.0%`. Null for text cells.
   */
  readonly numFmts?: readonly (readonly (string | null)[])[];
}

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly color?: string; // hex RRGGBB
}
export interface ChartSpec {
  readonly id: 'completion-by-category' | 'attention' | 'status-count' | string;
  readonly type: 'bar' | 'column' | 'pie' | 'line';
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** A horizontal/vertical reference line (e.g. the 100 % line). */
  readonly referenceLine?: { readonly value: number; readonly label: string };
  readonly valueAxisTitle?: string;
  readonly percentAxis?: boolean;
}

export interface ReportTables {
  readonly indicators: ReportTable;
  /** With a previous check-in, holds a previous-status column just before the status column. */
  readonly attention: ReportTable;
  /** Several units of the same layout: the organisation-wide table (one row per indicator). */
  readonly consolidated?: ReportTable;
  /** Several units of the same layout: the units compared, best first. */
  readonly units?: ReportTable;
}

export interface Report {
  readonly options: ReportOptions;
  readonly title: string;
  readonly counts: StatusCounts;
  readonly evaluations: readonly Evaluation[];
  readonly narrative: readonly NarrativeBlock[];
  readonly tables: ReportTables;
  readonly charts: readonly ChartSpec[];
  readonly diagnostics: readonly Diagnostic[];
  readonly skippedSheets: readonly {
    readonly file?: string;
    readonly sheet: string;
    readonly reason: SkipReason;
  }[];
  /** What changed since the previous check-in; absent without one. */
  readonly changes?: ChangesSinceLastCheckIn;
  /** Several units of the same layout added up; absent with a single unit. */
  readonly consolidation?: Consolidation;
  /**
   * Data notes (数据说明 / Data notes): numbered, display-ready lines on what a reader must know about the
   * data (cells that made an indicator invalid, approximate values, hidden rows and columns, merged cells,
   * sheets not read), at most 30 lines, the last one saying how many more are in the JSON result.
   */
  readonly notes?: readonly string[];
}

// ───────────────────────────── Report layout: what to write where ─────────────────────────────

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string; // RRGGBB
  readonly fill?: string; // RRGGBB
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  readonly numFmt?: string;
  readonly border?: 'thin';
}

/** A value to write. Strings are always written as text, never as formulas. */
export interface LayoutCell {
  readonly value: string | number | null;
  /** Key into SheetLayout.styles. */
  readonly style?: string;
}

export interface ChartPlacement {
  readonly chart: ChartSpec;
  /** Data ranges in the report sheet (A1, absolute, no sheet name). */
  readonly categoriesRange: string;
  readonly seriesRanges: readonly string[];
  /** Anchor: 0-based top-left cell and size in cells. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

export interface SheetLayout {
  readonly name: string;
  /** Column widths in characters, index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** Rows from row 1; each entry is the row's cells from column A (null = leave empty). */
  readonly rows: readonly (readonly (LayoutCell | null)[])[];
  readonly rowHeights?: Readonly<Record<number, number>>; // 1-based row → points
  readonly merges: readonly CellRange[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  readonly tables: readonly { readonly name: string; readonly range: string; readonly headerRow: number }[];
  readonly charts: readonly ChartPlacement[];
  readonly print: {
    readonly orientation: 'portrait' | 'landscape';
    readonly paper: 'A4';
    readonly fitToWidth: boolean;
    /** 1-based rows before which a page break goes (charts never split). */
    readonly rowBreaks: readonly number[];
  };
  readonly freeze?: { readonly row: number };
}

export interface ReportLayout {
  readonly sheets: readonly SheetLayout[];
}
