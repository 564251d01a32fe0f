/**
 * The file layer's Node side: Node's zlib as the Codec (native inflate and deflate, several times faster
 * than pure JavaScript), and bytes ↔ Buffer. Only the command line and the Node entry points
 * (readXlsx.ts, writeXlsx.ts, docx.ts, history.ts) use this module; src/file/core never imports it.
 */
import * as zlib from 'zlib';
import { type Codec, crc32 as jsCrc32, type Deflater, InflateError } from './core/codec';

/** Parts up to this size are inflated in one native call; larger ones as a stream. */
const SYNC_INFLATE_MAX = 16 * 1024 * 1024;
/** Output is handed on in pieces of this size (a sheet's head stops early; text is decoded per piece). */
const PIECE = 1024 * 1024;

function inflateFailure(e: unknown): InflateError {
  if (e instanceof InflateError) return e;
  const code = (e as { code?: string }).code;
  return new InflateError(code === 'ERR_BUFFER_TOO_LARGE' ? 'too-long' : 'damaged');
}

/**
 * Compressed bytes inflated first for a part read for its head: some 200–400 KB of sheet XML, many more
 * rows than a head needs, where the whole of a big report sheet unpacks to megabytes.
 */
const HEAD_INPUT = 64 * 1024;

async function* zlibInflate(data: Uint8Array, size: number, head = false): AsyncGenerator<Uint8Array> {
  let given = 0;
  if (head && data.length > HEAD_INPUT) {
    let first: Buffer;
    try {
      // A prefix of the stream, flushed: what it holds, without the end the prefix lacks.
      first = zlib.inflateRawSync(data.subarray(0, HEAD_INPUT), {
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
        maxOutputLength: Math.max(1, size),
      });
    } catch (e) {
      throw inflateFailure(e);
    }
    given = first.length;
    yield first;
  }
  // The whole part, less what was given already.
  for await (const piece of wholeInflate(data, size)) {
    if (given >= piece.length) {
      given -= piece.length;
      continue;
    }
    yield given > 0 ? piece.subarray(given) : piece;
    given = 0;
  }
}

async function* wholeInflate(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  if (size <= SYNC_INFLATE_MAX) {
    let out: Buffer;
    try {
      // Output room for the whole part in one piece: zlib then writes straight into it (no pieces to
      // join, no second copy).
      out = zlib.inflateRawSync(data, {
        maxOutputLength: Math.max(1, size),
        chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, size + 1),
      });
    } catch (e) {
      throw inflateFailure(e);
    }
    for (let at = 0; at < out.length; at += PIECE) yield out.subarray(at, at + PIECE);
    return;
  }
  const stream = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  stream.end(data);
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > size) throw new InflateError('too-long');
      yield chunk;
    }
  } catch (e) {
    throw inflateFailure(e);
  } finally {
    stream.destroy();
  }
}

/** Each piece compressed on its own and ended with a sync flush: the pieces join into one stream. */
function zlibDeflater(level: number): Deflater {
  return {
    push(data, final) {
      const flush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
      return [zlib.deflateRawSync(data, { level, finishFlush: flush })];
    },
  };
}

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export const nodeCodec: Codec = {
  inflate: zlibInflate,
  deflater: zlibDeflater,
  crc32: nativeCrc32 ? (data, crc) => nativeCrc32(data, crc) : jsCrc32,
};

/** A Buffer over the same bytes (no copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
