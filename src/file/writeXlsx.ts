/**
 * The file adapter's writing half for Node: a ReportLayout → .xlsx bytes through the shared writer
 * (src/file/core/writeWorkbook.ts) with Node's zlib, for the command line to commit.
 */
import { sheetRows, type ReportLayout } from '../engine';
import { renderWorkbook, renderWorkbookPieces, renderWorkbookPiecesBeside } from './core/writeWorkbook';
import { CompressorStopped, DeflateThread } from './deflateThread';
import { asBuffer, nodeCodec } from './node';

export async function renderReportWorkbook(layout: ReportLayout): Promise<Buffer> {
  return asBuffer(renderWorkbook(layout, nodeCodec));
}

/**
 * A workbook of at least this many rows is compressed in a second thread. Below it the thread costs
 * about what it saves (starting it takes some 40 ms of the other core); at 20,000 indicators (47,000
 * rows) it takes 80 ms off the writing, at 100,000 a tenth off the whole run (docs/PERFORMANCE.md).
 */
const THREAD_ROWS = 10_000;

/**
 * The same file as the pieces it is made of, in order: written one after another, never joined. A big
 * workbook's XML is written in this thread and compressed in a second one, side by side (the same bytes
 * as compressing here).
 */
export async function renderReportWorkbookPieces(
  layout: ReportLayout,
  threadRows = THREAD_ROWS,
  startThread: () => DeflateThread | null = () => DeflateThread.start(),
): Promise<Uint8Array[]> {
  let rows = 0;
  for (const sheet of layout.sheets) rows += sheetRows(sheet).count;
  const thread = rows >= threadRows ? startThread() : null;
  if (!thread) return renderWorkbookPieces(layout, nodeCodec);
  try {
    return await renderWorkbookPiecesBeside(layout, nodeCodec, thread);
  } catch (e) {
    // A thread that stopped (out of memory, killed) costs the time, not the file: written again here.
    if (e instanceof CompressorStopped) return renderWorkbookPieces(layout, nodeCodec);
    throw e;
  } finally {
    thread.close();
  }
}
