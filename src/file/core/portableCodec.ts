/**
 * The pure JavaScript Codec (fflate): the browser's fallback where it lacks DecompressionStream, the Word
 * writer's default, and the tests'. Apart from ./codec.ts so that the command line (Node's zlib) never
 * loads it.
 */
import { Deflate, Inflate } from 'fflate';
import { type Codec, crc32, type Deflater, InflateError } from './codec';

/** Input is fed to fflate's inflater in pieces of this size, so output comes out in pieces too. */
const INFLATE_STEP = 64 * 1024;

/** fflate's streaming inflater, fed step by step; output beyond `size` is refused. */
export async function* fflateInflate(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > size) throw new InflateError('too-long');
    out.push(chunk);
  });
  for (let at = 0; at < data.length || at === 0; at += INFLATE_STEP) {
    const end = Math.min(data.length, at + INFLATE_STEP);
    try {
      inflater.push(data.subarray(at, end), end >= data.length);
    } catch (e) {
      throw e instanceof InflateError ? e : new InflateError('damaged');
    }
    const ready = out;
    out = [];
    for (const chunk of ready) yield chunk;
    if (end >= data.length) break;
  }
}

/** fflate's streaming compressor. */
export function fflateDeflater(level: number): Deflater {
  let out: Uint8Array[] = [];
  const deflate = new Deflate({ level: level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 }, (chunk) => {
    out.push(chunk);
  });
  return {
    push(data, final) {
      deflate.push(data, final);
      const ready = out;
      out = [];
      return ready;
    },
  };
}

/** Pure JavaScript, for any platform (the browser's fallback, and tests). */
export const portableCodec: Codec = {
  inflate: fflateInflate,
  deflater: fflateDeflater,
  crc32,
};
