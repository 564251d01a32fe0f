/** What the reader makes of a sheet: its indicator table (indicators with their source cells), or why not. */
import type { CellValue } from './grid';
import type { Diagnostic, SkipReason } from './diagnostics';
import type { Period } from './period';

export type Direction = 'higher' | 'lower' | 'milestone';
export type Aggregation = 'sum' | 'last' | 'average';

/**
 * A cell as the evaluator needs it: value, number format and where it is. Its A1 address is made only
 * where one is shown (cellAddress(row, col), in a diagnostic): a large sheet has hundreds of thousands of
 * these cells and few messages.
 */
export interface SourceCell {
  readonly value: CellValue;
  readonly format?: string | null;
  /** 1-based worksheet row (F18: 18). */
  readonly row: number;
  /** 1-based worksheet column (F18: 6). */
  readonly col: number;
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
  /**
   * The name as its cell has it, where reading changed its punctuation (，（）： read as ,():): what the
   * report shows (core/text.ts shownName). Reading, keys and history go by `name`.
   */
  readonly nameAsWritten?: string;
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
  /** The notes as their cell has them, where reading changed their punctuation (as nameAsWritten). */
  readonly notesAsWritten?: string;
  /** The organisation the row is for: an area of a cross-tab, or one of several side by side. */
  readonly org?: string | null;
  /** The merged group name over sub-rows (促进城乡劳动者就业创业 over 城镇新增就业…). */
  readonly group?: string | null;
  /** The words of the target's and the result's headings (Target turnaround time / Actual turnaround time). */
  readonly figureHeadings?: string;
  /** A completion rate written in the sheet (完成率, 占全年计划, "% of target"). */
  readonly completionCell?: SourceCell | null;
  /**
   * A completion held to the whole of its target, never paced: of the period's own plan (完成1-4月投资计划
   * 132.1%) or of a rate's target (增速完成率: the growth reached over the growth set).
   */
  readonly periodCompletionCell?: SourceCell | null;
  /** The completion column's heading says per cent (占计划(%)): its plain numbers are points (2 is 2%). */
  readonly completionInPoints?: boolean;
  /** The status the sheet itself gives (RAG, 已完成, ☺, "Not on Target"). */
  readonly statusCell?: SourceCell | null;
  /** What a key on the sheet says the status cell's letter means (P → Progressing). */
  readonly statusMeaning?: string;
  /**
   * The name column's heading names pledges (服務承諾, 承諾標準, Pledge): each row is a standard kept case
   * by case, its result the share of cases that kept it.
   */
  readonly namedAsPledges?: true;
  /**
   * Half or more of the table's names pledge a time to act within (Approval of business licence within 30
   * days.), in a table that calls itself a charter (Client Charter, Performance Pledges, 服务承诺): each row
   * without a target is a standard kept case by case. A table of measures holding such names (Complaint
   * responses within 10 working days beside Tenancies sustained; Invoices paid within 30 days) sets no
   * standard by them.
   */
  readonly pledgesInNames?: true;
  /**
   * The question the status column asks: whether the row keeps pace (是否达序: its yes is on track, its no
   * behind), or whether it is behind (进度是否滞后: its yes is behind, its no on track).
   */
  readonly statusAsks?: 'pace' | 'behind';
  /**
   * A self-evaluation's score and its full marks (绩效自评表: 得分 | 分值): full marks say the office
   * found the indicator met, fewer that it fell short.
   */
  readonly scoreCell?: SourceCell | null;
  readonly maxScoreCell?: SourceCell | null;
  /**
   * When the task is due (完成时限 6月底前, "Due date: Q3 2019/20"), as a period of the organisation's
   * year with the words it was read from: at or past it, a task still under way is behind.
   */
  readonly deadline?: {
    readonly period: Period;
    readonly text: string;
    /** The deadline falls in a year after the table's: not due this year. */
    readonly later?: boolean;
  } | null;
  /** The same period of last year (上年同期). */
  readonly previousCell?: SourceCell | null;
  /** Where the measure stood before its target was set (Baseline, 基线值): the way its target moves from it. */
  readonly baselineCell?: SourceCell | null;
  /** A growth rate written in the sheet (同比增长, % change). */
  readonly growthCell?: SourceCell | null;
  /** The gap to the target as the sheet states it (与目标差距: 低于目标0.9个百分点, "Variance to target"). */
  readonly gapCell?: SourceCell | null;
  /** The gap column is to the pace (超(+)欠(-)均衡进度, 超欠序时进度): a figure below 0 is behind it. */
  readonly gapOfPace?: true;
  /** The results are growth rates (同比增长(%) read as the result): a bare 6.2 is growth of 6.2 %. */
  readonly resultIsGrowth?: true;
  /** The growth figures are falls' sizes, as their headings say (同比下降(%) 13.6: a fall of 13.6 %). */
  readonly fallsAsSizes?: true;
  /** The result's heading says per cent (% Fulfilling Standard): its plain numbers are percentages. */
  readonly resultInPercent?: true;
  /** The target's heading gives a unit of time (Target set for reply (working days)): its plain numbers are times. */
  readonly targetInTime?: true;
  /**
   * The target's heading names a bound (Upper limit, Ceiling, 上限; Lower limit, 下限): the target is a
   * ceiling or a floor, where its cell says neither.
   */
  readonly targetBound?: 'at_most' | 'at_least';
  /**
   * The share of cases the time is for, as the target's heading states it (Target time to respond to 90%
   * of cases: 0.9); it is the target only where the targets are times and the results shares.
   */
  readonly targetTimeShare?: number;
  /**
   * The result is a figure to date ("Year to date 2019/20", YTD, 截至目前) in a table of no period columns:
   * without a stated period, the month it reaches is not known.
   */
  readonly resultToDate?: true;
  /**
   * The target is for a later year than the result ("2016-17 Status" beside "2018 Goal"): the result's year
   * is not the target's end, so a shortfall is behind, not missed.
   */
  readonly targetForLaterYear?: true;
  /**
   * The target is the one the lines above the table state for every row ("has met and exceeded its 80%
   * service performance target"; 目标值为95%): the table has no target column.
   */
  readonly targetInCaption?: true;
  /**
   * The target is due over several years (自2019-20年起三年內, "within three years from 2022"): how many,
   * and how many of them were over before the table's year (null when the text gives no start). Before its
   * last year a shortfall is behind, not missed, and an amount is paced over the years.
   */
  readonly targetSpan?: { readonly years: number; readonly done: number | null };
  /**
   * The result is a projection of the year's (PROJECTED 24/25, Year-end forecast, 预计全年完成): the year is
   * not over, so a projection short of the target is behind or at risk, not missed, and one that meets it
   * on track, not achieved.
   */
  readonly resultProjected?: true;
  /**
   * …and that projection is the year's result as estimated at its end (2023年完成情况(预计)), as a Chinese
   * report gives it before the final statistics: once the report's date is past the year, the result.
   */
  readonly resultEstimated?: true;
  /**
   * The targets are growth (年度目标（增长%）, 增长7%) and the result an amount beside the same period of last
   * year (1-9月累计 | 上年同期) with no growth column: the result is the growth over last year's figure.
   */
  readonly growthOverPrevious?: true;
  /**
   * The targets are a change (Reduce by 30%, -20%) and the result an amount beside the measure's baseline
   * (Baseline (2019/20) | Target 2024/25 | Latest), with no growth column and no last year's figure: the
   * result is its change from the baseline.
   */
  readonly growthOverBaseline?: true;
  /**
   * The power of ten that brings a result to the target's unit, where the headings name the sizes
   * (年度目标（亿元） | 1-9月完成（万元）: -4, so 420000 is 42).
   */
  readonly resultScale?: number;
  /**
   * The office's own figure to date (YTD) beside the month or quarter columns: the result once the period
   * reaches the row's latest figure — a total, a latest count or a rate to date, as the office worked it.
   */
  readonly toDateCell?: SourceCell | null;
  /**
   * The targets of the periods, from a row of targets over the same period columns as the results (Target
   * row above an Actual row): each period's own (added up to the period), totals to date, or one level.
   */
  readonly periodPlans?: {
    readonly cells: readonly (SourceCell | null)[];
    readonly shape: 'own' | 'to-date' | 'level';
  };
  /** A target for the period itself (一季度目标, "Q2 target", a target under the period's heading). */
  readonly periodTargetCell?: SourceCell | null;
  /**
   * The months to date the period target covers when its heading says so (前三季度投资计划: 9, 1-6月目标: 6):
   * a period shorter than that is paced by its share of them.
   */
  readonly periodTargetMonths?: number;
  /**
   * Set on rows read by evidence (real tables): true when there is no target column, so the target is
   * written in the name ("新增4000张养老床位") or nowhere.
   */
  readonly targetInName?: boolean;
  /**
   * One row holding several indicators: which figure of the target's text is this indicator's
   * ("地区生产总值达到678亿元，增长9.5%": 0 the level, 1 the growth), and which of the result's figures
   * answers it ("分别下降4.4%和3.5%": 0, 1).
   */
  readonly targetMention?: number;
  readonly resultMention?: number;
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
  /**
   * The year the table is about: the one its stated period names, else its title's or headings' (e.g.
   * 2019年完成情况); for a year written across two calendar years (2017/18), the first of them.
   */
  readonly year: number | null;
  /** How the table's words name its year as a financial year (2017/18, FY 2010), when they do. */
  readonly yearNamed?: YearNamed;
  readonly granularity: 'quarters' | 'months' | 'cumulative' | 'none';
  readonly indicators: readonly Indicator[];
  /**
   * The table's total rows (合计, 总计, Total) read as its indicators are: stated in the report beside
   * them, never counted among them (a total sums the rows it stands under).
   */
  readonly totals?: readonly Indicator[];
  readonly diagnostics: readonly Diagnostic[];
  /** How a table read by evidence was read: its column roles with their evidence, its stated period. */
  readonly reading?: TableReading;
  /**
   * The period the table states (its title, caption or headings); for a table of the standard headings,
   * its title only, and only over one result column (period columns speak for themselves).
   */
  readonly statedPeriod?: StatedPeriod | null;
  /**
   * The month the table's month columns start the year with, when they run as one year across a year
   * end (Apr … Mar: 4; core/statedPeriod yearStartOfMonths): the organisation's year start unless the
   * user gives one. Also a run of months in the table's words that makes one whole year ("April to
   * March", Jul-19 - Jun-20), where no month columns say otherwise: then with those words.
   */
  readonly yearStartShown?: number;
  /** The words `yearStartShown` was read from, when words gave it rather than month columns. */
  readonly yearStartText?: string;
}

/**
 * How a table names its year as a financial year (core/fiscalYear): 'span', across two calendar years
 * (2017/18, 2021–22, "2025 to 2026": the year is the first); 'fy', by one year after FY ("FY 2010",
 * "Fiscal Year 2015": the year is that one, the year it ends in, whatever month it starts in).
 */
export type YearNamed = 'span' | 'fy';

/** One column's role and why the reader gave it. */
export interface ColumnEvidence {
  /** Column letter(s), e.g. "C". */
  readonly column: string;
  readonly role: string;
  /** The heading words, top to bottom; empty for a table without headings. */
  readonly header: string;
  /** 'header': from the heading words; 'content': from the cells; 'user': the user said so. */
  readonly source: 'header' | 'content' | 'user';
  readonly score: number;
}

/** The period a table states, and the words it is read from ("2019年1-7月"). */
export interface StatedPeriod {
  readonly period: Period;
  readonly text: string;
  readonly year: number | null;
  /** The share of the year the same words state as gone (时间进度要求(62.5%)), within the period's end. */
  readonly pace?: { readonly fraction: number; readonly text: string };
  /** The words are the file's name (2024年三季度重点工作完成情况.xlsx), not the sheet's. */
  readonly inFileName?: true;
}

export interface TableReading {
  /** transposed: the indicators run across, the headings down the first column (column = a row number). */
  readonly layout: 'rows' | 'cross-tab' | 'side-by-side' | 'headerless' | 'transposed';
  readonly confidence: number;
  readonly columns: readonly ColumnEvidence[];
}

export type SheetReading =
  | { readonly kind: 'table'; readonly table: SheetTable }
  | { readonly kind: 'skipped'; readonly file?: string; readonly sheet: string; readonly reason: SkipReason };

/** Roles a user can give a column. */
export type UserRole =
  | 'name'
  | 'target'
  | 'actual'
  | 'completion'
  | 'status'
  | 'unit'
  | 'owner'
  | 'notes'
  | 'id'
  | 'category'
  | 'previous'
  | 'periodTarget'
  | 'direction';
export const USER_ROLES: readonly UserRole[] = [
  'name',
  'target',
  'actual',
  'completion',
  'status',
  'unit',
  'owner',
  'notes',
  'id',
  'category',
  'previous',
  'periodTarget',
  'direction',
];

/** The user's word on which column is which: a role → a column letter ("C") or its heading ("工作目标"). */
export type ColumnMapping = Readonly<Partial<Record<UserRole, string>>>;
