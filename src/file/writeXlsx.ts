/**
 * The file adapter's writing half for Node: a ReportLayout → .xlsx bytes through the shared writer
 * (src/file/core/writeWorkbook.ts) with Node's zlib, then an atomic write that never touches an input.
 */
import type { ReportLayout } from '../engine';
import { isSameFile, writeFileAtomic } from './atomic';
import { renderWorkbook } from './core/writeWorkbook';
import { InputError } from './errors';
import { asBuffer, nodeCodec } from './node';

export { EXCEL_MAX_CELL_TEXT } from './core/writeWorkbook';

export async function renderReportWorkbook(layout: ReportLayout): Promise<Buffer> {
  return asBuffer(renderWorkbook(layout, nodeCodec));
}

export async function writeReportWorkbook(
  layout: ReportLayout,
  outPath: string,
  inputPaths: readonly string[] = [],
): Promise<void> {
  for (const input of inputPaths) {
    if (await isSameFile(outPath, input)) {
      throw new InputError(outPath, 'out-is-input');
    }
  }
  await writeFileAtomic(outPath, renderWorkbook(layout, nodeCodec));
}
