/**
 * Zip containers, as .xlsx and .docx packages use them: the central directory read from bytes (each part
 * then inflated on its own, only when needed), and a writer that compresses each part as it is produced.
 * Platform-neutral: bytes are Uint8Array, compression goes through a Codec.
 *
 * Reading is strict: a directory that does not fit the file, an entry whose data lies outside it, two
 * entries of the same name (part names compare case-insensitively, as the package format says),
 * encryption, or a compression method other than stored/deflate is a ZipError. ZIP64 is not supported
 * (workbooks this program reads are far below its 4 GB limits).
 */
import type { Codec, Compressed, PartCompressor } from './codec';

type ZipProblem = 'damaged' | 'duplicate-entry' | 'encrypted-entry' | 'unsupported';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    /** The entry concerned, when there is one. */
    readonly entry = '',
  ) {
    super(entry ? `${problem}: ${entry}` : problem);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  /** The part name as stored (a leading "/" removed). */
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** Uncompressed size as declared. */
  readonly size: number;
  readonly crc: number;
  readonly localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const END_MIN = 22;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;

function u16(d: Uint8Array, at: number): number {
  return d[at] | (d[at + 1] << 8);
}
function u32(d: Uint8Array, at: number): number {
  return (d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24)) >>> 0;
}

const utf8 = new TextDecoder('utf-8');

/** Names not flagged UTF-8 are CP437; package part names are ASCII, so anything else is kept as bytes. */
function entryName(bytes: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8) return utf8.decode(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function findEnd(data: Uint8Array): number {
  const stop = Math.max(0, data.length - END_MIN - 0xffff);
  for (let at = data.length - END_MIN; at >= stop; at--) {
    if (u32(data, at) === SIG_END && at + END_MIN + u16(data, at + 20) <= data.length) return at;
  }
  throw new ZipError('damaged');
}

/** The entries of a zip file, in directory order. */
export function readZipDirectory(data: Uint8Array): ZipEntry[] {
  if (data.length < END_MIN) throw new ZipError('damaged');
  const end = findEnd(data);
  const count = u16(data, end + 10);
  const dirSize = u32(data, end + 12);
  const dirOffset = u32(data, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('unsupported');
  if (dirOffset + dirSize > end) throw new ZipError('damaged');
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(data, at) !== SIG_CENTRAL) throw new ZipError('damaged');
    const flags = u16(data, at + 8);
    const nameLength = u16(data, at + 28);
    const next = at + 46 + nameLength + u16(data, at + 30) + u16(data, at + 32);
    if (next > end) throw new ZipError('damaged');
    const raw = entryName(data.subarray(at + 46, at + 46 + nameLength), flags);
    // Some Windows tools write `xl\worksheets\sheet1.xml`: the zip format wants slashes, and Excel
    // reads backslashes as slashes, so does this reader.
    const slashed = raw.indexOf('\\') < 0 ? raw : raw.replace(/\\/g, '/');
    const name = slashed.startsWith('/') ? slashed.slice(1) : slashed;
    const entry: ZipEntry = {
      name,
      method: u16(data, at + 10),
      crc: u32(data, at + 16),
      compressedSize: u32(data, at + 20),
      size: u32(data, at + 24),
      localOffset: u32(data, at + 42),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new ZipError('unsupported');
    const key = name.toLowerCase();
    if (seen.has(key)) throw new ZipError('duplicate-entry', name);
    seen.add(key);
    if (flags & FLAG_ENCRYPTED) throw new ZipError('encrypted-entry', name);
    if (!name.endsWith('/')) entries.push(entry);
    at = next;
  }
  return entries;
}

/** The compressed bytes of an entry (a view into `data`), after checking its local header. */
export function entryBytes(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > data.length || u32(data, at) !== SIG_LOCAL) throw new ZipError('damaged', entry.name);
  const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
  const stop = start + entry.compressedSize;
  if (stop > data.length) throw new ZipError('damaged', entry.name);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError('unsupported', entry.name);
  return data.subarray(start, stop);
}

// ───────────────────────────── writing ─────────────────────────────

/** A part's bytes are gathered in a buffer of this size, then compressed. */
const BUFFER_BYTES = 256 * 1024;

/**
 * A part being written: text and bytes go into a buffer that is compressed each time it fills, so the
 * part never exists whole. `ascii` and `int` write markup without making strings to encode.
 */
export interface PartWriter {
  /** Any text, as UTF-8. */
  write(text: string): void;
  /** Text known to be ASCII (markup, references, numbers). */
  ascii(text: string): void;
  /** A non-negative integer in decimal, at least `width` digits (zeros in front). */
  int(n: number, width?: number): void;
  /** Bytes already encoded. */
  bytes(b: Uint8Array): void;
  end(): void;
}

interface Written extends Compressed {
  readonly name: Uint8Array;
}

const encoder = new TextEncoder();
/** 1980-01-01 00:00, the earliest zip time: output does not depend on the clock. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Where a part's buffered bytes go, piece by piece (the piece's buffer is reused once `push` returns):
 * compressed in this thread, or handed to a PartCompressor.
 */
interface PartSink {
  push(data: Uint8Array, final: boolean): void;
  /** The part compressed, after the final piece. */
  result(): Compressed | Promise<Compressed>;
}

function deflateHere(codec: Codec, level: number): PartSink {
  const deflater = codec.deflater(level);
  const chunks: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  return {
    push(data, final) {
      crc = codec.crc32(data, crc);
      size += data.length;
      for (const c of deflater.push(data, final)) chunks.push(c);
    },
    result: () => ({ chunks, crc, size }),
  };
}

class BufferedPart implements PartWriter {
  private at = 0;

  constructor(
    private readonly sink: PartSink,
    private readonly done: (result: Compressed | Promise<Compressed>) => void,
    /** BUFFER_BYTES, the writer's own: each piece is handed on (compressed or copied) before it is filled again. */
    private readonly buf: Uint8Array,
  ) {}

  private flush(final: boolean): void {
    this.sink.push(this.buf.subarray(0, this.at), final);
    this.at = 0;
  }

  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.buf.subarray(this.at));
      this.at += written ?? 0;
      if ((read ?? 0) >= rest.length) return;
      rest = rest.slice(read);
      this.flush(false);
    }
  }

  ascii(text: string): void {
    const n = text.length;
    if (this.at + n > BUFFER_BYTES) {
      if (n > BUFFER_BYTES) {
        this.write(text);
        return;
      }
      this.flush(false);
    }
    const buf = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) buf[at++] = text.charCodeAt(i);
    this.at = at;
  }

  int(n: number, width = 1): void {
    if (this.at + 24 > BUFFER_BYTES) this.flush(false);
    const buf = this.buf;
    let digits = 1;
    for (let p = 10; p <= n && digits < 16; p *= 10) digits++;
    for (let pad = digits; pad < width; pad++) buf[this.at++] = 48;
    let at = this.at + digits;
    this.at = at;
    if (n < 2147483648) {
      // Small integers (row numbers, style ids, string indexes): integer arithmetic.
      let v = n | 0;
      do {
        const q = (v / 10) | 0;
        buf[--at] = 48 + v - q * 10;
        v = q;
      } while (v > 0);
      return;
    }
    for (let v = n; at > this.at - digits; v = Math.floor(v / 10)) buf[--at] = 48 + (v % 10);
  }

  bytes(b: Uint8Array): void {
    if (this.at + b.length > BUFFER_BYTES) {
      this.flush(false);
      if (b.length > BUFFER_BYTES) {
        this.sink.push(b, false);
        return;
      }
    }
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  end(): void {
    this.flush(true);
    this.done(this.sink.result());
  }
}

/**
 * Writes a zip file part by part. Each part is compressed while it is written (its text never exists
 * whole) — in this thread, or in another when a PartCompressor is given — and the compressed bytes are
 * kept until the end: `pieces` (or `settled`, which first waits for the other thread) gives the file.
 */
export class ZipWriter {
  private readonly entries: { name: Uint8Array; result: Compressed | Promise<Compressed> }[] = [];
  private open: string | null = null;
  /** The one buffer the parts are written into, one part at a time (fresh memory is slow to touch). */
  private buffer: Uint8Array | null = null;

  constructor(
    private readonly codec: Codec,
    private readonly level: number,
    private readonly compressor?: PartCompressor,
  ) {}

  /** Starts a part; the previous one must have ended. */
  part(name: string): PartWriter {
    if (this.open !== null) throw new Error(`part ${this.open} is still open`);
    this.open = name;
    const sink: PartSink = this.compressor
      ? this.compressor.part(this.level)
      : deflateHere(this.codec, this.level);
    return new BufferedPart(
      sink,
      (result) => {
        this.entries.push({ name: encoder.encode(name), result });
        this.open = null;
      },
      (this.buffer ??= new Uint8Array(BUFFER_BYTES)),
    );
  }

  /** A whole part at once. */
  add(name: string, text: string): void {
    const p = this.part(name);
    p.write(text);
    p.end();
  }

  /** The zip file. */
  finish(): Uint8Array {
    return concat(this.pieces());
  }

  /**
   * The zip file as the pieces it is made of, in order, for a caller that writes them one after another
   * (the file is then never in memory twice). Every part must have been compressed in this thread.
   */
  pieces(): Uint8Array[] {
    if (this.open !== null) throw new Error(`part ${this.open} is still open`);
    return zipPieces(
      this.entries.map(({ name, result }) => {
        if (result instanceof Promise) throw new Error('parts compressed in another thread: use settled()');
        return { name, ...result };
      }),
    );
  }

  /** The same pieces once every part is compressed, wherever that happens. */
  async settled(): Promise<Uint8Array[]> {
    if (this.open !== null) throw new Error(`part ${this.open} is still open`);
    const results = await Promise.all(this.entries.map((e) => e.result));
    return zipPieces(this.entries.map(({ name }, i) => ({ name, ...results[i] })));
  }
}

/** Local headers and data in order, then the central directory and its end record. */
function zipPieces(written: readonly Written[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  const dir: Uint8Array[] = [];
  let offset = 0;
  for (const w of written) {
    let compressed = 0;
    for (const c of w.chunks) compressed += c.length;
    const local = localHeader(w.name, w.crc, compressed, w.size);
    dir.push(centralHeader(w, compressed, offset));
    out.push(local, ...w.chunks);
    offset += local.length + compressed;
  }
  const dirSize = dir.reduce((s, d) => s + d.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, SIG_END, true);
  v.setUint16(8, written.length, true);
  v.setUint16(10, written.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  return [...out, ...dir, end];
}

function localHeader(name: Uint8Array, crc: number, compressedSize: number, size: number): Uint8Array {
  const h = new Uint8Array(30 + name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, SIG_LOCAL, true);
  v.setUint16(4, 20, true); // version needed: 2.0
  v.setUint16(6, FLAG_UTF8, true);
  v.setUint16(8, 8, true); // deflate
  v.setUint16(10, 0, true); // time 00:00
  v.setUint16(12, DOS_DATE, true);
  v.setUint32(14, crc, true);
  v.setUint32(18, compressedSize, true);
  v.setUint32(22, size, true);
  v.setUint16(26, name.length, true);
  h.set(name, 30);
  return h;
}

function centralHeader(w: Written, compressed: number, offset: number): Uint8Array {
  const h = new Uint8Array(46 + w.name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, SIG_CENTRAL, true);
  v.setUint16(4, 20, true); // made by: 2.0, MS-DOS
  v.setUint16(6, 20, true);
  v.setUint16(8, FLAG_UTF8, true);
  v.setUint16(10, 8, true);
  v.setUint16(12, 0, true);
  v.setUint16(14, DOS_DATE, true);
  v.setUint32(16, w.crc, true);
  v.setUint32(20, compressed, true);
  v.setUint32(24, w.size, true);
  v.setUint16(28, w.name.length, true);
  v.setUint32(42, offset, true);
  h.set(w.name, 46);
  return h;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
