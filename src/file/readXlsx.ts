/**
 * The file adapter's reading half for Node: an .xlsx file on disk → one Grid per worksheet, through the
 * shared reader (src/file/core/readWorkbook.ts) with Node's zlib. Unusable files (missing, a folder,
 * empty, unreadable, or any problem the shared reader finds) become an InputError with a one-line message.
 */
import { promises as fs } from 'fs';
import type { SheetSource } from '../engine';
import { READ_LIMITS } from './core/limits';
import { readWorkbookBytes, type ReadOptions } from './core/readWorkbook';
import { InputError } from './errors';
import { nodeCodec } from './node';

export type { ReadOptions };

export async function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<SheetSource[]> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(file, 'no-permission');
    throw new InputError(file, 'missing');
  }
  if (stat.isDirectory()) throw new InputError(file, 'is-directory');
  if (stat.size === 0) throw new InputError(file, 'empty');
  const maxBytes = options.limits?.fileBytes ?? READ_LIMITS.fileBytes;
  if (stat.size > maxBytes) {
    throw new InputError(file, 'too-large', { size: String(stat.size), limit: String(maxBytes) });
  }
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    throw new InputError(file, 'unreadable');
  }
  return readWorkbookBytes(data, file, nodeCodec, options);
}

/**
 * Only the sheets whose name `names` accepts, read whole (e.g. the check-in history of a report workbook,
 * without the big report sheet); with `othersHeadRows`, the other sheets' first rows too.
 */
export function readSheetsByName(
  file: string,
  names: (name: string) => boolean,
  othersHeadRows = 0,
): Promise<SheetSource[]> {
  return readWorkbookFile(file, { sheets: names, othersHeadRows });
}

/**
 * A workbook already in memory; `file` names it in messages and in the sources.
 * @public (the file layer's tests read crafted workbooks through it)
 */
export function readWorkbookBuffer(
  data: Uint8Array,
  file: string,
  options: ReadOptions = {},
): Promise<SheetSource[]> {
  return readWorkbookBytes(data, file, nodeCodec, options);
}
