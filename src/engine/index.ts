/**
 * The engine's public API, the only entry for code outside the engine: plain functions over plain data,
 * shared by the add-in, the command line and the pane. Nothing here touches Office.js, the DOM, files or
 * a clock. (Tests of the engine's own parts import them where they are, under src/engine.)
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
/** @public for the tests of the adapters and of the whole program (hardening) */
export { parseCell } from './core/quantity';
export { MONTH_PERIOD_CODES, parsePeriod, parsePeriodCode, YEAR_PERIOD_CODES } from './core/period';
export { headerKey } from './core/normalize';
export { oneLineHeading, quotedText, shownName } from './core/text';
export { numberFormatOf } from './core/digits';
export { fewestDecimals } from './core/numbers';
export { displayWidth } from './core/measure';
export { hasHistoryHeader, hasReportMarker, isOwnOutputSheetName } from './core/ownOutput';
export { calendarMonth, fiscalMonth } from './core/statedPeriod';
export { latestPeriodWithData } from './read/latestPeriod';
/** @public for the tests of the adapters and of the whole program (hardening) */
export { readSheets } from './read/readSheet';
export { readingRole } from './read/walkTable';
/** @public for the tests of the adapters and of the whole program (hardening) */
export { evaluateIndicators } from './evaluate/evaluate';
export { findHistoryGrid, historyFromGrid } from './evaluate/history';
/** @public the check-in history for the adapters: its table as stored, recording a check-in (tests use them) */
export { historyToRows, recordCheckIn, snapshotFromEvaluations } from './evaluate/history';
export { CHART_PALETTE } from './report/charts';
export {
  appendixWords,
  formatPercent,
  formatPoints,
  joinList,
  namedYear,
  periodLabel,
  statusLabel,
} from './locale';
export { headerLines, titleLines } from './layout/titleLines';
export { attentionEvaluations, gapsOf } from './evaluate/gaps';
export { describeDiagnostic, describeDiagnosticBody, describeSkipReason } from './wording/messages';
export { buildReportLayout } from './layout/layout';
export { blockStyle, blockValue, sheetRows } from './layout/blocks';
export { categoryLabelPt } from './layout/chartLabels';
export { historyTable, historyWords } from './wording/history';
export type { TimeZone } from './core/dateTime';
export { round4, toResultJson, type EntryList, type ResultJson } from './json';
export { runCheck } from './pipeline';
