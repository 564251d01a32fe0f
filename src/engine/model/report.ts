/**
 * The report: narrative blocks, tables and charts in words, as every front end draws them, so the add-in,
 * the .xlsx file, the .docx file and the JSON cannot disagree on a number or a sentence.
 */
import type { Consolidation } from './consolidation';
import type { Diagnostic, SkipReason } from './diagnostics';
import type { Evaluation, Status, Thresholds } from './evaluation';
import type { ChangesSinceLastCheckIn } from './history';
import type { Lang } from './lang';
import type { Period } from './period';
import type { StatedPeriod, TableReading, YearNamed } from './sheet';

export interface ReportOptions {
  readonly lang: Lang;
  readonly period: Period;
  readonly thresholds: Thresholds;
  /** Report title; default built from unit name and year. */
  readonly title?: string;
  /** Issuing body, e.g. 商洛市科学技术协会. */
  readonly unitName?: string;
  /** The year reported on: for a year across two calendar years (2017/18), the first. */
  readonly year?: number;
  /** How the tables name the year as a financial year (2017/18, FY 2010), when they do. */
  readonly yearNamed?: YearNamed;
  /** ISO date the report is made (yyyy-mm-dd); passed in, never read from a clock in the engine. */
  readonly date: string;
  /** Where the period came from (absent: given by the caller). */
  readonly periodSource?: PeriodSource;
  /** The month the organisation's year starts (1 = January, the default). */
  readonly yearStart?: number;
  /**
   * The table whose month columns (Apr … Mar) gave `yearStart`, when the caller gave none; with the
   * words, when a run of months in its words gave it ("April to March").
   */
  readonly yearStartSource?: { readonly sheet: string; readonly file?: string; readonly text?: string };
}

/** Where the check-in period came from. */
export type PeriodSource =
  | { readonly kind: 'given' } // the user chose it (--period, the pane's setting)
  // the sheet says it; `pace`: the words stating the pace with it (时间进度要求(62.5%)), when they do
  | {
      readonly kind: 'stated';
      readonly text: string;
      readonly sheet: string;
      readonly file?: string;
      readonly pace?: string;
      /** The words are the file's name, not the sheet's. */
      readonly inFileName?: true;
    }
  | { readonly kind: 'latest-data' } // the latest period with actuals
  // nothing dates the results, and they are figures to date ("Year to date 2019/20"): the year under way,
  // how far into it not known (counts whose status depends on the month are not rated)
  | { readonly kind: 'to-date' }
  | { readonly kind: 'year-end' }; // nothing says: the year end

/** Which way a growth or a decrease went; where a result stands against its target. */
export type ChangeWay = 'up' | 'down' | 'flat';
export type TargetSide = 'below' | 'above' | 'equal';

/**
 * A result against its target by the rule of its kind (see report/kinds.ts). `V` is a figure: a number in
 * the report's facts, its text in words; `R` a band: its ends in the facts, "6.5%—7%" in words.
 */
export type JudgedResult<V, R> =
  | {
      readonly form: 'growth' | 'decrease';
      readonly change: ChangeWay;
      /** The size of the growth or decrease to date. */
      readonly actual: V;
      readonly target: V;
      readonly side: TargetSide;
      /** How far from the target (in points for rates). */
      readonly diff: V;
      /** A growth held under its target (居民消费价格涨幅控制在3%左右): below it is within, above it over. */
      readonly ceiling?: boolean;
    }
  | {
      readonly form: 'rate';
      readonly actual: V;
      readonly target: V;
      readonly side: TargetSide;
      readonly diff: V;
    }
  | {
      readonly form: 'floor' | 'ceiling';
      readonly actual: V;
      readonly target: V;
      readonly met: boolean;
      /** Met only by the tolerance the target's words allow (72.1% against ≤ 71% (+/–10%)). */
      readonly tolerated?: boolean;
      /** The bound is written to exclude the target (> 80%, less than 4 days). */
      readonly strict?: boolean;
      /** The result is the very figure a strict bound names (80% against > 80%): met, said plainly. */
      readonly onBound?: boolean;
      readonly diff: V;
    }
  | {
      readonly form: 'band';
      /** The result; with `change`, the size of the growth or decrease. */
      readonly actual: V;
      readonly change: ChangeWay | null;
      readonly range: R;
      readonly target: V;
      /** "左右": a band around the target rather than a range written out. */
      readonly about: boolean;
      readonly position: 'within' | 'below' | 'above';
    }
  | {
      /** A place in a league: the place reached against the worst one allowed (第8名 against 前10名). */
      readonly form: 'rank';
      readonly actual: V;
      readonly target: V;
      readonly met: boolean;
      /** How many places short (0 when met). */
      readonly diff: V;
      /** A target to climb (Improved … ranking): the earlier place to rise above; null for a place named. */
      readonly earlier: V | null;
    }
  | {
      /** The office's completion alone, with the result where the sheet gives one (no target). */
      readonly form: 'completion';
      readonly completion: V;
      readonly actual: V | null;
      /** A level (达到) rather than a running total (完成). */
      readonly level: boolean;
      /** Lower is better: the result is what it is (为), not what was done (完成). */
      readonly lower: boolean;
      /** Points behind the share of the year gone, when behind it. */
      readonly points: V | null;
    }
  /** The share done of the period's own target, which decided the status (not the year's pace). */
  | { readonly form: 'period-completion'; readonly completion: V };

export type NarrativeBlock =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'subtitle'; readonly text: string } // period and date line
  | { readonly kind: 'heading1'; readonly text: string } // 一、…
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
  /**
   * The narrowest it can be without breaking a word of its header or a figure (text wraps between
   * characters, so a text column's is its header's longest word); absent = `width`.
   */
  readonly minWidth?: number;
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

/** The word of each column header of the report's tables (the packs give the words). */
export type ColumnKey =
  | 'no'
  | 'org'
  | 'category'
  | 'name'
  | 'unit'
  | 'target'
  | 'expected'
  | 'actual'
  | 'actualForYear'
  | 'completion'
  | 'pace'
  | 'gapToPace'
  | 'gapPoints'
  | 'gapPointsToTarget'
  | 'gapToTarget'
  | 'status'
  | 'owner'
  | 'unitsReporting'
  | 'targetTotal'
  | 'actualTotal'
  | 'note'
  | 'rank'
  | 'total'
  | 'onPaceShare';

/** The report's charts (the packs give their titles and axis titles). */
export type ChartKey =
  'completion-by-category' | 'attention' | 'pace-gap' | 'status-count' | 'completion-trend' | 'units-ranking';

/** The series of the charts that are not categories (the trend chart's series are categories). */
export type SeriesKey = 'completion' | 'actual' | 'pace' | 'count' | 'share' | 'behind' | 'ahead';

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  readonly color?: string; // hex RRGGBB
}
export interface ChartSpec {
  readonly id: ChartKey | string;
  readonly type: 'bar' | 'column' | 'line';
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** A horizontal/vertical reference line (e.g. the 100 % line). */
  readonly referenceLine?: { readonly value: number; readonly label: string };
  readonly valueAxisTitle?: string;
  readonly percentAxis?: boolean;
  /**
   * The series are drawn over each other, one bar per category (each category has a value in one series
   * only): the variance chart's bars behind (red) and ahead (green) of the pace target, left and right of
   * zero.
   */
  readonly overlap?: boolean;
  /** The value axis's step, where the chart sets one: 1 for a count of a few things (never half a thing). */
  readonly valueStep?: number;
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
  /** The tables' total rows (合计, Total), evaluated as indicators are: told, never counted among them. */
  readonly totals?: readonly Evaluation[];
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
  /** Every table read: where, its heading rows, and (for tables read by evidence) how it was read. */
  readonly tablesRead?: readonly {
    readonly file?: string;
    readonly sheet: string;
    readonly headerRows: readonly number[];
    readonly reading?: TableReading;
    readonly statedPeriod?: StatedPeriod;
  }[];
}
