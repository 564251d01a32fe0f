/**
 * The file layer in a browser (the offline page runs it in a Web Worker): workbook bytes in, Grids out;
 * a report layout in, .xlsx bytes out — the same reader and writer as the command line, with the
 * browser's own DecompressionStream('deflate-raw') to inflate where it has one, and fflate otherwise
 * and for compressing. Nothing here touches files, Node modules or the DOM.
 */
import type { CheckInSnapshot, Lang, Report, ReportLayout, SheetSource } from '../engine';
import { type Codec, crc32, InflateError } from './core/codec';
import { fflateDeflater, fflateInflate } from './core/portableCodec';
import { readWorkbookBytes, type ReadOptions } from './core/readWorkbook';
import { renderWorkbook } from './core/writeWorkbook';
import { buildDocx } from './docx';
import { type HistoryWorkbook, readHistoryWith, withHistorySheet } from './historyBook';

function hasDeflateRaw(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** The platform's streaming inflater; output beyond `size` is refused. */
export async function* streamInflate(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const source = new Blob([data as Uint8Array<ArrayBuffer>]).stream();
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (;;) {
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch {
        throw new InflateError('damaged');
      }
      if (next.done) return;
      total += next.value.length;
      if (total > size) throw new InflateError('too-long');
      yield next.value;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/** The browser's Codec: its own inflater where it has one, fflate to compress. */
function webCodec(): Codec {
  return { inflate: hasDeflateRaw() ? streamInflate : fflateInflate, deflater: fflateDeflater, crc32 };
}

/** A workbook's sheets as Grids; `name` names the file in messages and in the sources. */
export function readWorkbook(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<SheetSource[]> {
  return readWorkbookBytes(bytes, name, webCodec(), options);
}

/** The check-in history kept in a workbook (an earlier report, or a history workbook). */
export function readHistory(bytes: Uint8Array, name: string): Promise<HistoryWorkbook> {
  const codec = webCodec();
  return readHistoryWith((options) => readWorkbookBytes(bytes, name, codec, options), name);
}

/** The report workbook's bytes, with the check-in history as its second sheet. */
export function reportWorkbookBytes(
  layout: ReportLayout,
  history: readonly CheckInSnapshot[],
  lang: Lang,
): Uint8Array {
  return renderWorkbook(withHistorySheet(layout, history, lang), webCodec());
}

/** The Word report's bytes: the command line's buildDocx with the browser's codec. */
export function reportDocxBytes(report: Report): Promise<Uint8Array> {
  return buildDocx(report, { codec: webCodec() });
}
