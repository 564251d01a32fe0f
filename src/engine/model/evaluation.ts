/** What the evaluation says of an indicator: quantities, pace, status; and the one set of status groups. */
import type { Diagnostic } from './diagnostics';
import type { Aggregation, Direction, Indicator } from './sheet';

export type Status =
  'achieved' | 'on_track' | 'behind' | 'at_risk' | 'missed' | 'not_rated' | 'no_data' | 'invalid';

/** Every status, in the order reports list them (counts, tables, charts). */
export const STATUSES: readonly Status[] = [
  'achieved',
  'on_track',
  'behind',
  'at_risk',
  'missed',
  'not_rated',
  'no_data',
  'invalid',
];
/** Achieved or on pace: "on pace or better". */
export const GOOD_STATUSES: readonly Status[] = ['achieved', 'on_track'];
/** Behind pace, at risk or missed: "behind pace or missed". */
export const BEHIND_STATUSES: readonly Status[] = ['behind', 'at_risk', 'missed'];
/** Statuses that need attention in the report: behind, at risk, missed, and invalid data. */
export const ATTENTION_STATUSES: readonly Status[] = ['behind', 'at_risk', 'missed', 'invalid'];
/** Most urgent first: how indicators with the same gap are ordered (see evaluate/gaps.ts). */
export const ATTENTION_ORDER: readonly Status[] = [
  'missed',
  'at_risk',
  'behind',
  'invalid',
  'no_data',
  'not_rated',
  'on_track',
  'achieved',
];
/** Worst first: a consolidated milestone takes the status of its weakest unit (invalid data first). */
export const WORST_FIRST: readonly Status[] = [
  'invalid',
  'missed',
  'at_risk',
  'behind',
  'no_data',
  'not_rated',
  'on_track',
  'achieved',
];

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
  /**
   * The share done of the period's own target, or of a rate's (完成1-4月投资计划 132.1%, 增速完成率 96.43%),
   * when it decided the status: the year's pace does not apply.
   */
  readonly periodCompletion?: number | null;
  readonly pace: number | null;
  readonly status: Status;
  readonly diagnostics: readonly Diagnostic[];
  /** What kind of target it is (absent on rows of the standard layout: an amount or a level). */
  readonly kind?: TargetKind;
  /** How the target bounds the result: at least, at most, about, between (null: the plain rule). */
  readonly comparator?: Comparator | null;
  /** The upper end of a target band (comparator between), in the target's terms. */
  readonly targetHigh?: number | null;
  /**
   * How far past the target still meets it, as the target's words allow (≤ 71% (+/–10%): 0.071), in the
   * target's terms; absent where the words allow none.
   */
  readonly tolerance?: number;
  /**
   * The bound is written to exclude the target itself (> 80%, 低于5%, less than 4 days), and is shown so.
   * The target's own figure still meets it, as the offices that write so count it.
   */
  readonly strict?: true;
  /** Where the target or the result was read from a text ("增长9.5%", "去年…增长6.1%"): the text. */
  readonly targetSource?: string | null;
  readonly actualSource?: string | null;
  /** The status the sheet itself gives (a RAG column, 已完成, ☺), with its word. */
  readonly sourceStatus?: { readonly status: Status; readonly word: string } | null;
  /** Why an indicator is not rated: not-applicable, data-only, annual, not-due, to-be-confirmed, no-target. */
  readonly notRated?: string | null;
}

/** What a target is: a running total, a level, a share (rate), a growth, a decrease, or a milestone. */
export type TargetKind = 'amount' | 'level' | 'share' | 'growth' | 'decrease' | 'rank' | 'milestone';
/** How a target bounds the result. */
export type Comparator = 'at_least' | 'at_most' | 'about' | 'between';
/** Why an indicator is not rated (Evaluation.notRated). */
export type NotRatedReason =
  | 'not-applicable'
  | 'data-only'
  | 'annual'
  | 'not-due'
  | 'to-be-confirmed'
  | 'no-target'
  // a figure against a target in words (与经济增长同步): nothing to weigh it by
  | 'target-in-words'
  // a running total to a date nothing gives ("Year to date" with no month): its pace cannot be judged
  | 'to-date-undated'
  // a time each case is held to (15 working days) beside the share done within it, and no share set
  | 'time-standard'
  // a tolerance each case is held within (not exceeding ±3%) beside the share held within it, no share set
  | 'case-standard';
/** Every reason an indicator may be not rated. */
export const NOT_RATED_REASONS: readonly NotRatedReason[] = [
  'not-applicable',
  'data-only',
  'annual',
  'not-due',
  'to-be-confirmed',
  'no-target',
  'target-in-words',
  'to-date-undated',
  'time-standard',
  'case-standard',
];

/** How far an indicator is behind (see evaluate/gaps.ts); null where there is no shortfall. */
export interface Gaps {
  /** How far the actual is from the pace target, in the indicator's unit (positive = short of pace). */
  readonly toPace: number | null;
  /**
   * Percentage points behind: the share of the annual target due by now (序时进度 = expected / target)
   * less the share done (actual / target), one decimal, as the narrative writes "落后序时进度20.0个百分点".
   * Lower-is-better: (actual − ceiling) / target, the ceiling being the pace target, or the target once missed.
   */
  readonly points: number | null;
  /** How far from the annual target (lower-is-better: how far over the ceiling). */
  readonly toTarget: number | null;
}
