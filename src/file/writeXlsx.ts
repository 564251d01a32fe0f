/**
 * The file adapter's writing half for Node: a ReportLayout → .xlsx bytes through the shared writer
 * (src/file/core/writeWorkbook.ts) with Node's zlib, for the command line to commit.
 */
import type { ReportLayout } from '../engine';
import { renderWorkbook, renderWorkbookPieces } from './core/writeWorkbook';
import { asBuffer, nodeCodec } from './node';

export async function renderReportWorkbook(layout: ReportLayout): Promise<Buffer> {
  return asBuffer(renderWorkbook(layout, nodeCodec));
}

/** The same file as the pieces it is made of, in order: written one after another, never joined. */
export function renderReportWorkbookPieces(layout: ReportLayout): Uint8Array[] {
  return renderWorkbookPieces(layout, nodeCodec);
}
