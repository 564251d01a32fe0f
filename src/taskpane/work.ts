/**
 * The pane's heavy half, loaded after its first paint (usePaneActions starts the load as soon as the
 * pane is up, so it is there by the first check): the reader, the evaluator, the report's layout and
 * the check-in history. The pane's first script holds only what it draws.
 */
export { checkSheets } from './state/check';
export { buildReportLayout, historyFromGrid, historyTable } from '../engine';
