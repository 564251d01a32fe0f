/**
 * One check of the sheets read, with the user's settings: the engine's result and what the pane shows
 * of it (the check's view, the sheets read, the product's own, those read only in part, columns the
 * settings name that are gone). Plain data in and out, so it runs where the sheets are: on the pane's
 * thread after the workbook is read, or in the offline page's Web Worker, which keeps the result and
 * sends back only what is shown (structured clone of a size that does not grow with the indicators).
 */
import type { ProgressCallback, ReportSettings, WorkbookSheet, WriteReportResult } from '../../addin/port';
import { type CheckInSnapshot, runCheck } from '../../engine';
import type { CutSheet } from '../i18n';
import { checkViewOf, type CheckView, type SheetsShown, sheetsShownOf } from './checkView';
import { type MissingColumn, usableColumns } from './columns';
import type { OwnSheet } from './paneState';
import { periodFromCode } from './periods';
import { givenYearStart } from './settings';

/** What a check needs besides the sheets: the settings, today (yyyy-mm-dd) and this check-in's time. */
export interface CheckRequest {
  readonly settings: ReportSettings;
  readonly date: string;
  readonly takenAt: string;
}

/** What a check gives the screen: its view and the sheets read, as the pane shows them. */
export interface CheckShown {
  readonly view: CheckView;
  readonly sheets: SheetsShown;
  readonly sheetNames: readonly string[];
  readonly ownSheets: readonly OwnSheet[];
  readonly cutSheets: readonly CutSheet[];
  /** Columns the settings name that their sheet no longer has (left out of the check). */
  readonly missingColumns: readonly MissingColumn[];
}

/** A check with the engine's whole result (the report, the check-in history): what is written. */
export interface Checked extends CheckShown {
  readonly result: ReturnType<typeof runCheck>;
}

/** The named steps of reading and checking, as a check done elsewhere reports them. */
export type CheckStep = 'reading' | 'checking';

export interface CheckProgress {
  readonly step: (step: CheckStep) => void;
  readonly progress: (done: number, total: number) => void;
}

/**
 * Where the sheets are read and checked and the report is made, off the pane's thread (the offline
 * page's Web Worker): the pane's thread then only draws what comes back.
 */
export interface OffThread {
  /** Checks there and keeps the result there; only what is shown comes back. */
  readonly check: (request: CheckRequest, on: CheckProgress) => Promise<CheckShown>;
  /** Makes the report of the last check there: no layout is built on the pane's thread. */
  readonly writeChecked: (onProgress: ProgressCallback) => Promise<WriteReportResult>;
}

function ownSheetsOf(sheets: readonly WorkbookSheet[]): OwnSheet[] {
  return sheets.flatMap((s) => (s.own ? [{ name: s.grid.name, kind: s.own }] : []));
}

/** The sheets read only in part, with how much was read. */
function cutSheetsOf(sheets: readonly WorkbookSheet[]): CutSheet[] {
  return sheets.flatMap(({ grid: g }) =>
    g.truncated
      ? [
          {
            name: g.name,
            rows: g.originRow - 1 + g.values.length,
            columns: g.originCol - 1 + g.values.reduce((m, r) => Math.max(m, r.length), 0),
            totalRows: g.truncated.totalRows,
            totalColumns: g.truncated.totalColumns,
          },
        ]
      : [],
  );
}

/**
 * Checks the sheets with the settings; `history` holds the earlier check-ins (this one is recorded in
 * the result's history). `listed` are the sheets the pane lists (names, the product's own, those read in
 * part): by default the sheets checked; the offline page lists the previous report's history sheet too,
 * which it reads for its check-ins only, as the command line does.
 */
export function checkSheets(
  sheets: readonly WorkbookSheet[],
  request: CheckRequest,
  history: readonly CheckInSnapshot[],
  listed: readonly WorkbookSheet[] = sheets,
): Checked {
  const s = request.settings;
  // The user's columns, each still naming a column of its sheet; the others are said and left out.
  const columns = usableColumns(
    s.columns,
    sheets.map((x) => x.grid),
  );
  const result = runCheck({
    sources: sheets,
    history,
    takenAt: request.takenAt,
    lang: s.lang,
    period: periodFromCode(s.period),
    thresholds: s.thresholds,
    title: s.title.trim() || undefined,
    unitName: s.unitName.trim() || undefined,
    date: request.date,
    yearStart: givenYearStart(s.yearStart),
    columns: columns.columns,
  });
  return {
    result,
    view: checkViewOf(result.report, result.period),
    sheets: sheetsShownOf(result.readings),
    sheetNames: listed.map((x) => x.grid.name),
    ownSheets: ownSheetsOf(listed),
    cutSheets: cutSheetsOf(listed),
    missingColumns: columns.missing,
  };
}
