/**
 * The one small interface between the file layer and compression: raw DEFLATE in and out (the only
 * compression .xlsx and .docx packages use) and CRC-32. The shared reader and writer take a Codec; each
 * platform gives its own (src/file/node.ts: Node's zlib; src/file/browser.ts: the browser's
 * DecompressionStream, else fflate). `portableCodec` (./portableCodec.ts) is pure JavaScript (fflate)
 * and runs anywhere; it is a module of its own so that the command line, which has zlib, never loads fflate.
 */

export interface Codec {
  /**
   * The raw DEFLATE data inflated, in pieces. `size` is the size the zip declares: more output than that
   * is an error (a zip bomb lying about its size stops there); the caller checks that no less came.
   * Stopping the iteration early leaves the rest uninflated. `head`: the caller will most likely stop
   * after the first rows (a sheet read for its head), so a codec that would inflate the whole part at
   * once gives a first piece of it before.
   */
  inflate(data: Uint8Array, size: number, head?: boolean): AsyncIterable<Uint8Array>;
  /** A raw DEFLATE compressor for one part, fed in pieces (synchronous: the writer streams through it). */
  deflater(level: number): Deflater;
  /** CRC-32 of `data` continuing from `crc` (0 to start). */
  crc32(data: Uint8Array, crc: number): number;
}

export interface Deflater {
  /** Compresses the next piece; `final` ends the stream. Returns the compressed bytes ready so far. */
  push(data: Uint8Array, final: boolean): Uint8Array[];
}

/** A part compressed: its raw DEFLATE bytes in order, and the CRC-32 and size of what went in. */
export interface Compressed {
  readonly chunks: readonly Uint8Array[];
  readonly crc: number;
  readonly size: number;
}

/**
 * Compression beside the writer, in another thread: each piece is taken as a copy (the writer reuses its
 * buffer and goes on at once), and the part's compressed bytes come once its final piece is in. Optional:
 * without one, the writer compresses each part itself through `Codec.deflater`.
 */
export interface PartCompressor {
  part(level: number): {
    push(data: Uint8Array, final: boolean): void;
    /** The part compressed, once its final piece has been pushed. */
    result(): Promise<Compressed>;
  };
}

/** Thrown when inflated data is longer than the zip said, or the compressed data is damaged. */
export class InflateError extends Error {
  constructor(readonly reason: 'too-long' | 'damaged') {
    super(reason === 'too-long' ? 'longer than its declared size' : 'damaged compressed data');
    this.name = 'InflateError';
  }
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  // Slicing by four: four bytes per step.
  for (let n = 0; n < 256; n++) {
    let c = table[n];
    for (let k = 1; k < 4; k++) {
      c = table[c & 0xff] ^ (c >>> 8);
      table[k * 256 + n] = c;
    }
  }
  return table;
})();

/** CRC-32 (the zip one) in plain JavaScript. */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = CRC_TABLE;
  let c = ~crc;
  let i = 0;
  const n = data.length;
  for (; i + 4 <= n; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c =
      t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[(c >>> 24) & 0xff];
  }
  for (; i < n; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
