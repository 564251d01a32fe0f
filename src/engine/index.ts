/**
 * The engine's public API, the only entry for code outside the engine: plain functions over plain data,
 * shared by the add-in and the command line. Nothing here touches Office.js, the DOM, files or a clock.
 */
export * from './model';
export {
  absoluteRange,
  cellAddress,
  columnLetters,
  parseCellAddress,
  quoteSheetName,
  rangeAddress,
} from './core/address';
export { cleanNumber, cleanValue, roundSignificant } from './core/numbers';
export { parseCell, type ParsedCell } from './core/quantity';
export {
  MONTH_PERIOD_CODES,
  parsePeriod,
  parsePeriodCode,
  periodCode,
  YEAR_PERIOD_CODES,
} from './core/period';
export { displayWidth } from './core/measure';
export { CHART_PALETTE } from './report/charts';
export { hasReportMarker, isOwnOutputSheetName } from './core/ownOutput';
export { latestPeriodWithData } from './read/latestPeriod';
export { readSheet, readSheets } from './read/readSheet';
export { evaluateIndicator, evaluateIndicators } from './evaluate/evaluate';
export {
  findHistoryGrid,
  hasHistoryHeader,
  historyFromGrid,
  historyToRows,
  recordCheckIn,
  snapshotFromEvaluations,
} from './evaluate/history';
export { joinList, localeFor, periodLabel, statusLabel } from './locale';
export type { Locale } from './locale/types';
export { describeDiagnostic, describeDiagnosticBody, describeSkipReason } from './wording/messages';
export { buildReport } from './wording/report';
export type { ReportContext } from './report/facts';
export { buildReportLayout } from './layout/layout';
export { round4, toResultJson, type ResultJson } from './json';
export { runCheck, type CheckInput, type CheckResult } from './pipeline';
