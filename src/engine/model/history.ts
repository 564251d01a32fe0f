/** Check-in history: a snapshot per check-in, its storage as a table, and what changed since the last. */
import type { Status } from './evaluation';

export interface SnapshotEntry {
  /** Matches indicators across check-ins: sheet + id (or name when there is no id). File names are left out
   * on purpose: people save each quarter's workbook under a new name. */
  readonly key: string;
  readonly sheet: string;
  readonly id: string | null;
  readonly name: string;
  readonly category: string | null;
  readonly target: number | null;
  readonly actual: number | null;
  readonly expected: number | null;
  readonly completion: number | null;
  readonly status: Status;
}

export interface CheckInSnapshot {
  /** Period code: Q1..Q4, FY, M1..M12. */
  readonly period: string;
  /** ISO date-time the check-in was recorded. */
  readonly takenAt: string;
  readonly entries: readonly SnapshotEntry[];
}

/**
 * Column headers of the history table (language-neutral codes, so both languages read it back). The
 * sheet shows each column's label in the report's language above this row of codes, which is hidden;
 * `recorded` (the local date-time) and `status_name` are the words a reader sees, `taken_at`, `key` and
 * `status` the machine-readable values the history is read back from (hidden columns). A table of the
 * older layout, without `recorded` and `status_name`, reads back the same.
 */
export const HISTORY_COLUMNS = [
  'period',
  'taken_at',
  'recorded',
  'key',
  'sheet',
  'id',
  'name',
  'category',
  'target',
  'actual',
  'expected',
  'completion',
  'status',
  'status_name',
] as const;

export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

/** The machine-readable columns: kept for reading back, hidden on the sheet. */
export const HISTORY_HIDDEN_COLUMNS: readonly HistoryColumn[] = ['taken_at', 'key', 'status'];

export type HistoryRow = (string | number | null)[];

/** Rows searched for the history table's header (the codes "period", "taken_at" in columns A and B). */
export const HISTORY_HEADER_SEARCH_ROWS = 10;

export interface StatusChange {
  readonly key: string;
  readonly name: string;
  readonly category: string | null;
  readonly before: Status;
  readonly after: Status;
}

export interface CategoryPaceChange {
  readonly category: string | null;
  /** Mean completion of the category's numeric indicators before and now. */
  readonly before: number;
  readonly after: number;
}

export interface ChangesSinceLastCheckIn {
  readonly previousPeriod: string;
  readonly newlyBehind: readonly StatusChange[];
  readonly recovered: readonly StatusChange[];
  readonly newlyAchieved: readonly StatusChange[];
  readonly categoryPace: readonly CategoryPaceChange[];
  /** Previous status per current indicator key (absent when the indicator is new). */
  readonly previousStatus: ReadonlyMap<string, Status>;
}

export interface CompletionTrend {
  readonly periods: readonly string[];
  readonly categories: readonly (string | null)[];
  /** values[c][p]: mean completion of category c at period p (null when absent). */
  readonly values: readonly (readonly (number | null)[])[];
}
