/**
 * The check-in history as a sheet shows it, in the report's language: the labels row (what a reader sees
 * as the header), the table of historyToRows with the local date-time and the status in words, and which
 * columns hold the machine-readable values (hidden on the sheet, read back by historyFromGrid). The row
 * of codes under the labels is what the reader looks for; front ends hide it.
 */
import { localDateTime, type TimeZone } from '../core/dateTime';
import {
  HISTORY_COLUMNS,
  HISTORY_HIDDEN_COLUMNS,
  type CheckInSnapshot,
  type HistoryRow,
  type Lang,
} from '../model';
import { historyToRows } from '../evaluate/history';
import { localeFor } from '../locale';
import type { HistoryWords } from '../locale/types';

export interface HistoryTable {
  /** What the sheet is, one sentence (the add-in's sheet shows it above the table). */
  readonly note: string;
  /** The label of each column, in the order of the rows. */
  readonly labels: readonly string[];
  /** The header of codes, then one row per indicator per check-in. */
  readonly rows: readonly HistoryRow[];
  /** 0-based columns that are machine-readable only (hidden on the sheet). */
  readonly hiddenColumns: readonly number[];
}

/** The history sheet's words in `lang`: its note and each column's label by code. */
export function historyWords(lang: Lang): HistoryWords {
  return localeFor(lang).history;
}

/**
 * The history table in `lang`, date-times in `timeZone` (an IANA zone such as "Asia/Shanghai", as the
 * front end's machine reports it, or the machine's own offsets).
 */
export function historyTable(
  history: readonly CheckInSnapshot[],
  lang: Lang,
  timeZone: TimeZone,
): HistoryTable {
  const L = localeFor(lang);
  const rows = historyToRows(history, {
    localTime: (iso) => localDateTime(iso, timeZone),
    statusName: (s) => L.format.status[s] ?? s,
  });
  return {
    note: L.history.note,
    labels: HISTORY_COLUMNS.map((c) => L.history.columns[c]),
    rows,
    hiddenColumns: HISTORY_HIDDEN_COLUMNS.map((c) => HISTORY_COLUMNS.indexOf(c)),
  };
}
