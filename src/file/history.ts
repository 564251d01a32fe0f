/**
 * The check-in history as a workbook, for the command line (see historyBook.ts for the sheet itself). It
 * lives in a workbook of its own (`--history <file.xlsx>`) or as an extra sheet of the report workbook,
 * after the report sheet. Both are the product's own files: the history workbook is rewritten as a whole,
 * atomically, and never when it is one of the inputs.
 */
import { promises as fs } from 'fs';
import type { CheckInSnapshot, Lang } from '../engine';
import { isSameFile, writeFileAtomic } from './atomic';
import { InputError } from './errors';
import { type HistoryWorkbook, historySheetLayout, readHistoryWith } from './historyBook';
import { readWorkbookFile } from './readXlsx';
import { renderReportWorkbook } from './writeXlsx';

export { historyFromSources, withHistorySheet } from './historyBook';
export type { HistoryWorkbook } from './historyBook';

/**
 * Reads the history from a workbook: null when the file does not exist; an InputError when it is not a
 * usable workbook (see readWorkbookFile).
 */
export async function readHistoryWorkbook(file: string): Promise<HistoryWorkbook | null> {
  const st = await fs.stat(file).catch(() => null);
  if (!st) return null;
  return readHistoryWith((options) => readWorkbookFile(file, options), file);
}

/**
 * Writes the history workbook (one sheet) atomically. Refuses a file that is one of the inputs: the
 * history is the product's own file, never the user's data.
 */
export async function writeHistoryWorkbook(
  history: readonly CheckInSnapshot[],
  file: string,
  lang: Lang,
  inputPaths: readonly string[] = [],
): Promise<void> {
  for (const input of inputPaths) {
    if (await isSameFile(file, input)) throw new InputError(file, 'history-is-input');
  }
  const data = await renderReportWorkbook({ sheets: [historySheetLayout(history, lang)] });
  await writeFileAtomic(file, data);
}
