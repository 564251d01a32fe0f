/**
 * One typed interface for every word of the engine. A language is one pack (locale/zh-CN, locale/en-US)
 * implementing it: a missing string or template does not compile. Templates hold words and grammar only;
 * which sentence, which order and which list is cut are decided before (report/ facts, wording/).
 */
import type {
  ChartKey,
  ColumnKey,
  Comparator,
  DiagnosticCode,
  HistoryColumn,
  JudgedResult,
  Lang,
  NotRatedReason,
  Period,
  Quantity,
  SeriesKey,
  SkipReason,
  Status,
  TargetSide,
  YearNamed,
} from '../model';

/**
 * A table scale: large counts written in 万 / 亿, or in thousands / millions: the factor the figures are
 * divided by, the size from which a row counts towards it (the factor itself unless said), and the unit
 * cell as it then reads (人次 → 万人次; people → people (thousands)).
 */
export interface RowScale {
  readonly factor: number;
  readonly from?: number;
  readonly unit: (unit: string) => string;
}

/** Numbers, quantities, lists, periods, statuses and dates as the language writes them. */
export interface Formats {
  /** A label written in both Chinese and English (上訴要求減刑 - Appeal against sentence): this language's part. */
  readonly ownLabel: (label: string) => string;
  /** 2.8万 / 28,000: at most two decimals, no trailing zeros; not finite → "—". */
  readonly number: (value: number) => string;
  /** 0.8333 → "83.3%" (digits decimals, default one). */
  readonly percent: (ratio: number, digits?: number) => string;
  /** A difference of two ratios: 0.167 → "16.7个百分点" / "16.7 percentage points". */
  readonly points: (diff: number) => string;
  /** A number already in percentage points: 12.5 → "12.5个百分点" / "12.5 percentage points". */
  readonly pointsOf: (numberText: string) => string;
  /** A quantity with its unit, approximate values as written ("20多场次") or in words ("more than 20"). */
  readonly quantity: (q: Quantity | null, unit: string | null) => string;
  /** A target or result figure: as quantity, but percentages without trailing zeros (7%, 6.5%). */
  readonly figure: (q: Quantity | null, unit: string | null) => string;
  /** "about …" in front of a figure that rests on an approximate value. */
  readonly about: (text: string) => string;
  /** A band of two figures already written with their unit: 6.5%—7% / 6.5–7%. */
  readonly range: (low: string, high: string) => string;
  /** A target as its kind and bound say it: 增长7%, ≤4.3%, 6.5%—7%, 3%左右 / growth 7%, ≤ 4.3%, about 3%. */
  readonly boundTarget: (t: BoundTargetWords) => string;
  /** Why an indicator is not rated: 年度指标，第四季度考核 / annual measure, due in Q4. */
  readonly notRatedReason: Readonly<Record<NotRatedReason, string>>;
  /** A status with the reason it is not rated: 不作评价（年度指标，第四季度考核）. */
  readonly notRatedStatus: (reason: string) => string;
  /** 甲、乙和丙 / "a, b and c". */
  readonly list: (items: readonly string[]) => string;
  /** The first of `total` names and how many there are in all: 甲、乙…等N项 / "a, b, … and N more". */
  readonly cutList: (shown: readonly string[], total: number, noun: 'item' | 'unit') => string;
  /** 一、 / （一） ; "1. " / "(a) ". */
  readonly sectionNumber: (n: number, level: 1 | 2) => string;
  /**
   * 第三季度, 3月, 全年 ; Q3, March, the full year. `yearStart` (default 1, January): the month the
   * organisation's year starts; months are named by the calendar month.
   */
  readonly periodLabel: (p: Period, yearStart?: number) => string;
  /** 前三季度 (the year so far: 第一季度, 上半年, 前三季度, 截至第四季度), 截至3月底 ; As of Q3. */
  readonly periodAsOf: (p: Period, yearStart?: number) => string;
  /**
   * 2019年前三季度 ; As of Q3 2019. A year starting in another month than January, or named so by the
   * tables, is named by both calendar years: 2023/24年度上半年 ; As of Q2 2023/24; one the tables
   * name after FY keeps that name: As of Q2 FY 2010.
   */
  readonly periodAsOfInYear: (p: Period, year: number, yearStart?: number, yearNamed?: YearNamed) => string;
  /**
   * The year under way when nothing says how far (results headed "Year to date" and no period stated):
   * 2019/20年度截至目前 ; For the year to date 2019/20; without a year 截至目前 ; For the year to date.
   */
  readonly yearToDateAsOf: (year: number | null, yearStart?: number, yearNamed?: YearNamed) => string;
  readonly status: Readonly<Record<Status, string>>;
  /** "2019-01-07" → 2019年1月7日 / 7 January 2019; other text cleaned. */
  readonly date: (iso: string) => string;
  /** How sentences follow each other in a paragraph: nothing in Chinese, a space in English. */
  readonly sentenceGap: string;
  /** Scales for large counts in tables, largest first (none: numbers as they are). */
  readonly tableScales: readonly RowScale[];
}

/** The parts of a diagnostic's message, cleaned ('' or null when absent). */
export interface MessageParts {
  readonly text: string;
  readonly name: string;
  readonly id: string;
  readonly range: string;
  readonly units: string;
  readonly value: string;
  readonly count: number | null;
  readonly period: string;
  /** A calendar month's name (April, 4月). */
  readonly month: string;
  /** The calendar's pace at the period's end, as a percentage (66.7%); '' when not given. */
  readonly calendar: string;
}

/** Diagnostics and skipped sheets in words. */
export interface Messages {
  /** The message body per code: a clause that stands after the location. */
  readonly diagnostic: Readonly<Record<DiagnosticCode, (p: MessageParts) => string>>;
  /** For a code the engine does not know. */
  readonly unknownDiagnostic: string;
  /** Where: file, sheet, cell (each '' when absent). */
  readonly location: (file: string, sheet: string, cell: string) => string;
  /** The sentence with its location, and the body alone. */
  readonly sentence: (where: string, body: string) => string;
  readonly bodySentence: (body: string) => string;
  /** Why a sheet was skipped, as a phrase after the sheet name. */
  readonly skipReason: {
    readonly [C in SkipReason['code']]: (r: Extract<SkipReason, { code: C }>) => string;
  };
  readonly unknownSkipReason: string;
  /** A data note on a sheet not read: file and sheet (each '' when absent), and the reason. */
  readonly sheetNotRead: (file: string, sheet: string, reason: string) => string;
  /** A data note on a sheet of an earlier period or year: file and sheet (each '' when absent), and the reason. */
  readonly earlierSheet: (file: string, sheet: string, reason: string) => string;
  /** A numbered data note, and the last line when there are more notes than shown. */
  readonly numberedNote: (n: number, text: string) => string;
  readonly moreNotes: (more: number) => string;
}

/** What the closing paragraph's next steps answer to. */
export interface NextStepsFacts {
  readonly anyBehind: boolean;
  readonly noData: boolean;
  readonly invalid: boolean;
  readonly yearEnd: boolean;
  /** Some row was judged against its target: with none, there is no result to build on or make up. */
  readonly judged: boolean;
}

/** A target by its kind and bound, its figures written with their unit. */
export interface BoundTargetWords {
  readonly kind: 'growth' | 'decrease' | 'other';
  readonly comparator: Comparator | null;
  readonly value: string;
  /** The top of a band (between). */
  readonly high: string | null;
  /** The bound excludes the value: > 80%, more than 80% (not ≥, at least). */
  readonly strict?: boolean;
}

/**
 * How far behind, in words: behind pace, over the pace ceiling, or over the annual ceiling (running
 * totals, in points of the annual target); below the target, or above a ceiling (growth, rates,
 * standards, bands: the difference itself, in percentage points for rates).
 */
export interface GapWords {
  readonly kind:
    | 'behind-pace'
    | 'over-pace-ceiling'
    | 'over-annual-ceiling'
    | 'below-target'
    | 'above-ceiling'
    | 'behind-rank'
    // a running total short of its target at the year's end: how much of it was done (80.0%)
    | 'short-of-target';
  /** The gap as shown; for 'behind-rank', the number of places; for 'short-of-target', the share done. */
  readonly points: string;
}

/** A result against its target by the rule of its kind, in words (see report/kinds.ts). */
export type JudgedWords = JudgedResult<string, string>;

/** An indicator's numbers as text (see wording/narrative.ts). */
export interface NumbersText {
  readonly actual: string;
  /** The exact base value when the actual is approximate ("20场次"), else null. */
  readonly actualBase: string | null;
  readonly target: string;
  /** Pace target, when it differs from the annual target. */
  readonly expected: string | null;
  readonly completion: string;
  /** actual / expected, when expected is shown. */
  readonly pace: string | null;
  /** A running total ("完成") or a level ("达到"). */
  readonly level: boolean;
  /** The result is the office's projection of the year's: 预计完成, "is projected to reach". */
  readonly projected: boolean;
  /** The result is the year's as estimated at its end, judged as its result: 预计完成, "reached an estimated". */
  readonly estimated: boolean;
  /**
   * A share in per cent, told against its targets in percentage points rather than as a share of them
   * (达到68.0%，比序时目标75.0%低7.0个百分点): the result against the pace target, where one is shown, and
   * against the annual target; null for any other figure.
   */
  readonly versusPace: PointsWords | null;
  readonly versusTarget: PointsWords | null;
  /** The target is the period's own (Q1 target), the table giving none for the year: said so, never "annual". */
  readonly periodTarget: boolean;
}

/** A result's side of a figure and how far from it, in percentage points. */
export interface PointsWords {
  readonly side: TargetSide;
  readonly diff: string;
}

/** One indicator's clause in a status group, by the form the facts chose. */
export type ClauseWords =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'judged'; readonly name: string; readonly j: JudgedWords }
  | {
      readonly kind: 'higher';
      readonly name: string;
      readonly n: NumbersText;
      /** With the pace target and the pace. */
      readonly withPace: boolean;
    }
  | {
      readonly kind:
        | 'lower-missed'
        | 'lower-over-pace'
        | 'lower-against-ceiling'
        | 'lower-within-pace'
        | 'lower-within-target';
      readonly name: string;
      readonly n: NumbersText;
    };

/** One item of the problems section. */
export interface ProblemWords {
  readonly n: number;
  readonly name: string;
  readonly owner: string;
  /** The progress the office reports in words beside a completion it states (已完工18个，在建12个). */
  readonly progress?: string;
  /** The office's own words on the shortfall, from the row's remark or reason column (偏差原因分析, Commentary). */
  readonly note?: string;
  readonly headline:
    | 'milestone-missed'
    | 'milestone-not-started'
    | 'milestone-behind'
    | 'milestone-at-risk'
    | 'missed'
    | 'at-risk'
    | 'behind'
    | 'over-annual-ceiling'
    | 'over-pace-ceiling'
    | 'over-ceiling';
  readonly detail:
    | { readonly kind: 'none' }
    | { readonly kind: 'judged'; readonly j: JudgedWords }
    | { readonly kind: 'reported'; readonly text: string }
    | {
        readonly kind: 'lower';
        readonly n: NumbersText;
        /** Over the annual ceiling (missed) or over the pace ceiling, by how much; null when not over. */
        readonly over: { readonly of: 'target' | 'pace'; readonly amount: string } | null;
        readonly points: string | null;
      }
    | {
        readonly kind: 'higher';
        readonly n: NumbersText;
        readonly points: string | null;
        /** Short of the pace target (with it), and of the annual target. */
        readonly gapToPace: string | null;
        readonly gapToTarget: string | null;
      };
}

/** A status with its count and, where shown, its share. */
export interface StatusShareWords {
  readonly status: Status;
  readonly count: number;
  readonly share: string | null;
}

/** The narrative of the report. */
export interface NarrativeTemplates {
  readonly subtitle: (asOf: string, date: string) => string;
  readonly noIndicators: (asOf: string) => string;
  readonly opening: (asOf: string, total: number, shares: readonly StatusShareWords[]) => string;
  /**
   * Of the rows judged, how many are good. `assessed`: the rows with data, less those not rated when
   * `rated` (then the words say "rated", not "with complete data").
   */
  readonly overall: (
    assessed: number,
    good: number,
    share: string,
    total: number,
    yearEnd: boolean,
    rated: boolean,
  ) => string;
  readonly weakestCategory: (category: string, total: number, behind: number, yearEnd: boolean) => string;
  readonly furthestBehind: (name: string, gap: GapWords) => string;
  readonly needAttention: (names: readonly string[], count: number) => string;
  /** The biggest result over its target; `periodTarget`: the target is the period's own, not the year's. */
  readonly standoutOver: (name: string, completion: string, periodTarget?: boolean) => string;
  readonly allGood: (yearEnd: boolean) => string;
  /** A category's section heading; `null` category: the uncategorised ones (`others`: beside categories). */
  readonly categoryHeading: (category: string | null, others: boolean) => string;
  readonly categorySummary: (total: number, counts: readonly StatusShareWords[]) => string;
  /** The section summing up the categories beyond the ones described one by one (CATEGORY_SECTION_LIMIT). */
  readonly otherCategoriesHeading: string;
  readonly otherCategories: (
    categories: number,
    total: number,
    counts: readonly StatusShareWords[],
  ) => string;
  readonly highlight: (
    over: {
      readonly name: string;
      readonly completion: string;
      readonly several: boolean;
      /** The target is the period's own (a quarter's), not the year's. */
      readonly periodTarget?: boolean;
    } | null,
    gap: { readonly name: string; readonly gap: GapWords; readonly several: boolean } | null,
  ) => string;
  /** A status group: its clauses (maybe the first of `total`); `rest` more are in the table. */
  readonly group: (status: Status, clauses: readonly string[], total: number, yearEnd: boolean) => string;
  readonly clause: (c: ClauseWords) => string;
  /** The tables' total rows (合计, Total), each a clause of its figures: one sentence after the opening. */
  readonly totals: (clauses: readonly string[]) => string;
  /** What a total row is called in those clauses ("the total"); null: its name as the sheet writes it (合计). */
  readonly totalName: string | null;
  /**
   * Milestone tasks per status (in the order given), each with its list of names; `notStarted`: their words
   * say they have not started.
   */
  readonly milestones: (
    groups: readonly { readonly status: Status; readonly notStarted: boolean; readonly names: string }[],
  ) => string;
  /** Indicators not rated, each with its reason ('' when unknown); `rest` more are in the table. */
  readonly notRated: (
    items: readonly { readonly name: string; readonly reason: string }[],
    rest: number,
  ) => string;
  /** Invalid and missing data (each list '' when empty); `inProblems`: in the problems section. */
  readonly missingData: (invalid: string, noData: string, inProblems: boolean) => string;
  readonly problemsHeading: string;
  /** `byGap`: the rows follow in order of their gaps (each has one measured), said so. */
  readonly problemsIntro: (asOf: string, count: number, yearEnd: boolean, byGap: boolean) => string;
  readonly problem: (p: ProblemWords, asOf: string) => string;
  readonly problemsRest: (rest: number) => string;
  /** Nothing behind: `assessed` rows rated with data, `notRated` rows with no target to judge by. */
  /**
   * Nothing behind. `withoutData`: every row lacks its result (a table of targets only), so the sentence
   * says how many, and their names, given by their categories already, are not listed again.
   */
  readonly nothingBehind: (
    asOf: string,
    assessed: number,
    yearEnd: boolean,
    notRated: number,
    withoutData: number,
  ) => string;
  readonly nextSteps: (n: NextStepsFacts) => string;
  /** Names: the same name in several sheets followed by where; fallbacks for a missing name. */
  readonly nameWithPlace: (name: string, place: string) => string;
  readonly rowPlace: (row: number) => string;
  readonly indicatorById: (id: string) => string;
  readonly indicatorByRow: (row: number) => string;
  readonly unnamedIndicator: string;
}

/** Several units: the words of the units section, the consolidated table's notes. */
export interface UnitsTemplates {
  readonly unnamedUnit: string;
  readonly heading: string;
  /** How the whole organisation is called: by default, and as the given unit name says it. */
  readonly defaultScope: string;
  readonly scopeOf: (unitName: string) => string;
  readonly opening: (f: UnitsOpeningWords) => string;
  readonly perUnit: (f: UnitParagraphWords) => string;
  /** A unit's indicator behind: its name and status. */
  readonly behindName: (name: string, status: Status) => string;
  /** The consolidated table's note per row: its parts, joined by noteSeparator. */
  readonly levelMean: (range: string | null) => string;
  readonly levelMeeting: (meeting: number, reporting: number) => string;
  readonly milestoneMeeting: (meeting: number, reporting: number) => string;
  readonly mismatchNote: (units: string) => string;
  readonly missingNote: (units: string) => string;
  readonly noteSeparator: string;
  /** A range of values (min and max differ). */
  readonly range: (min: string, max: string) => string;
}

export interface UnitsOpeningWords {
  readonly asOf: string;
  readonly scope: string;
  readonly units: number;
  readonly indicators: number;
  /** Consolidated indicators per status, with shares (statuses that occur). */
  readonly counts: readonly StatusShareWords[];
  readonly anyLevel: boolean;
  /** Consolidated indicators behind pace or missed (a list, maybe cut), and how many. */
  readonly behind: string;
  readonly behindCount: number;
  /** With two units or more: the best and the weakest, or the one share they all have. */
  readonly comparison:
    | { readonly kind: 'spread'; readonly best: UnitShare; readonly worst: UnitShare }
    | { readonly kind: 'same'; readonly share: string }
    | null;
  /** Indicators reported by only some units (a list, maybe cut), and how many. */
  readonly partial: string;
  readonly partialCount: number;
  /** Indicators whose units of measure disagree, with the units. */
  readonly mismatch: readonly { readonly name: string; readonly units: readonly string[] }[];
}

export interface UnitShare {
  readonly name: string;
  readonly share: string;
}

export interface UnitParagraphWords {
  readonly name: string;
  readonly total: number;
  readonly counts: readonly StatusShareWords[];
  readonly share: string;
  /** Rank and number of units, with two units or more. */
  readonly rank: { readonly rank: number; readonly of: number } | null;
  /** Behind pace or missed: a list, maybe cut; '' when none. */
  readonly behind: string;
}

/** "Since the last check-in". */
export interface ChangesTemplates {
  /** The section heading; `previous` is the previous check-in's period ('' when unknown). */
  readonly heading: (previous: string) => string;
  readonly nothingComparable: (asOf: string, previous: string) => string;
  readonly unchanged: (asOf: string, previous: string) => string;
  readonly moved: (f: ChangesMovedWords) => string;
  /** One indicator that changed status (with its sheet, '' unless the name alone is ambiguous). */
  readonly change: (name: string, sheet: string, before: Status, after: Status) => string;
  readonly achieved: (name: string, sheet: string, before: Status) => string;
  readonly pace: (lines: readonly PaceLineWords[]) => string;
  /** The previous-status column: its header, the word for an indicator new since, and its width. */
  readonly previousStatusHeader: string;
  readonly newIndicator: string;
  readonly previousStatusWidth: (header: string, values: readonly string[]) => number;
  /** Category labels of the pace lines and the trend chart. */
  readonly allIndicators: string;
  readonly otherIndicators: string;
}

export interface ChangesMovedWords {
  readonly asOf: string;
  readonly previous: string;
  /** The indicators newly achieved, recovered and newly behind, each in words (change / achieved). */
  readonly newlyAchieved: readonly string[];
  readonly recovered: readonly string[];
  readonly newlyBehind: readonly string[];
}

export interface PaceLineWords {
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** Unchanged (under half a tenth of a point), or up or down by so many points. */
  readonly change: { readonly kind: 'same' } | { readonly kind: 'up' | 'down'; readonly points: string };
}

/** Table headers and captions, chart titles and series names, the report's own headings. */
export interface ReportWords {
  /**
   * 商洛市科协2018年度目标任务完成情况对标报告 ; Target report: <unit>, Q3 2019 (unit and year when known); a
   * year named across two calendar years, Q2 2023/24; one named after FY, Q2 FY 2010.
   */
  readonly title: (
    unitName: string | null,
    period: Period,
    year: number | null,
    yearEnd: boolean,
    yearStart?: number,
    yearNamed?: YearNamed,
  ) => string;
  readonly columns: Readonly<Record<ColumnKey, string>>;
  /** Table captions, numbered by numberedCaption. */
  readonly captions: {
    readonly indicators: string;
    readonly attention: string;
    readonly consolidated: string;
    readonly units: string;
  };
  /** "表2 各单位…" / "Table 2. Units compared". */
  readonly numberedCaption: (n: number, caption: string) => string;
  readonly charts: Readonly<Record<ChartKey, ChartWords>>;
  readonly seriesNames: Readonly<Record<SeriesKey, string>>;
  /** The pace line of the completion chart: 序时进度75% / Pace of the period 75%. */
  readonly paceLine: (percent: string) => string;
  /** An indicator named with its unit where several units report: 指标（某某局） / indicator (unit). */
  readonly nameWithOrg: (name: string, org: string) => string;
  /** Category labels in charts: all indicators uncategorised, and the uncategorised beside categories. */
  readonly chartAllIndicators: string;
  readonly chartOtherIndicators: string;
  /** The units-ranking chart's title when it shows the best and the weakest units only. */
  readonly unitsRankingCut: (title: string, best: number, weakest: number, total: number) => string;
  readonly layout: LayoutWords;
  readonly appendix: AppendixWords;
}

/** The Word document's appendices (附件, GB/T 9704-2012 7.3.4 and 8): what they are called and hold. */
export interface AppendixWords {
  /** The label of appendix n, or of the only one (null): "附件1" / "附件"; "Appendix 1" / "Appendix". */
  readonly label: (n: number | null) => string;
  /** The line under the text that lists the appendices, before the first name: "附件：" / "Appendices: ". */
  readonly listLead: string;
  /** An item of that list: "1. 目标任务对标情况表" / "1. Tables". */
  readonly listItem: (n: number, name: string) => string;
  readonly tables: string;
  readonly charts: string;
  readonly notes: string;
}

export interface ChartWords {
  readonly title: string;
  readonly valueAxisTitle: string;
  /** The header of the chart's data block on the report sheet. */
  readonly dataHeader: string;
}

/** The report sheet's own words. */
export interface LayoutWords {
  readonly statusBlockCaption: string;
  readonly statusBlockHeaders: readonly [string, string, string];
  readonly totalLabel: string;
  readonly noAttention: string;
  readonly notesCaption: string;
  readonly chartsCaption: string;
  readonly otherChartDataHeader: string;
  /** Put before a paragraph that does not start with a space (two ideographic spaces in Chinese). */
  readonly paragraphIndent: string;
  /** Between the period and the date on the subtitle line when the narrative gives none. */
  readonly subtitleSeparator: string;
}

/** The check-in history sheet's words: what the sheet is, and the label of each column. */
export interface HistoryWords {
  readonly note: string;
  readonly columns: Readonly<Record<HistoryColumn, string>>;
}

export interface Locale {
  readonly lang: Lang;
  readonly format: Formats;
  readonly messages: Messages;
  readonly narrative: NarrativeTemplates;
  readonly units: UnitsTemplates;
  readonly changes: ChangesTemplates;
  readonly report: ReportWords;
  readonly history: HistoryWords;
}
