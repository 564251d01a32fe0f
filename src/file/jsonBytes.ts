/**
 * A JSON value written straight to UTF-8 bytes: exactly the bytes of `JSON.stringify(value, null, 2)`
 * plus a final newline, encoded as UTF-8, without making the text first. At 100,000 indicators the
 * result is 66 MB: making that text (a two-byte string, as the report holds Chinese) and then encoding it
 * cost several times what writing the bytes does. Platform-neutral (no Node module): the command line
 * and the offline page's worker both use it.
 *
 * Same as JSON.stringify: own enumerable keys in Object.keys order, `toJSON` called with the key,
 * Number/String/Boolean objects unwrapped, non-finite numbers as null, undefined, functions and symbols
 * left out of objects and written as null in arrays, BigInt and circular structures refused with a
 * TypeError, strings escaped as V8's well-formed JSON.stringify does (lone surrogates as \udxxx).
 */

/**
 * The block the bytes are written into and handed on in starts small (most values are) and doubles each
 * time it is handed on, up to a megabyte; a longer string gets a block of its own size.
 */
const FIRST_BLOCK = 1 << 12;
const BLOCK = 1 << 20;

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const NULL = ascii('null');
const TRUE = ascii('true');
const FALSE = ascii('false');
const EMPTY_ARRAY = ascii('[]');
const EMPTY_OBJECT = ascii('{}');
const HEX = ascii('0123456789abcdef');
const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/**
 * How each ASCII character is written inside a string: null as itself, else its escape. Taken from
 * JSON.stringify itself, so the two cannot disagree (\" \\ \b \f \n \r \t, other controls as \u00xx).
 */
const ASCII_ESCAPES: readonly (Uint8Array | null)[] = Array.from({ length: 0x80 }, (_, c) => {
  const text = JSON.stringify(String.fromCharCode(c));
  return text.length === 3 ? null : ascii(text.slice(1, -1));
});

/** A newline and two spaces per level, per depth. */
const INDENTS: Uint8Array[] = [];
function indent(depth: number): Uint8Array {
  for (let d = INDENTS.length; d <= depth; d++) INDENTS.push(ascii(`\n${' '.repeat(2 * d)}`));
  return INDENTS[depth];
}

/** The block being filled, and where its filled bytes go. */
interface Out {
  buf: Uint8Array;
  pos: number;
  /** Takes the filled part of the block; the block is then filled again. */
  readonly write: (bytes: Uint8Array) => void;
  /** Per depth, the object keys met there, each with its line encoded once (see keyLine). */
  readonly keys: KeyLines[];
  /** The objects and arrays being written, to refuse a circular structure. */
  readonly open: object[];
  /** Object.prototype has no enumerable property (see plain). */
  readonly plainPrototype: boolean;
}

/** Hands on the filled bytes so that `n` more fit. */
function flush(out: Out, n: number): void {
  if (out.pos > 0) out.write(out.buf.subarray(0, out.pos));
  out.pos = 0;
  const size = Math.max(n, Math.min(2 * out.buf.length, BLOCK));
  if (size > out.buf.length) out.buf = new Uint8Array(size);
}

function put(out: Out, bytes: Uint8Array): void {
  if (out.pos + bytes.length > out.buf.length) flush(out, bytes.length);
  out.buf.set(bytes, out.pos);
  out.pos += bytes.length;
}

function putByte(out: Out, byte: number): void {
  if (out.pos + 1 > out.buf.length) flush(out, 1);
  out.buf[out.pos++] = byte;
}

/** Writes `\uxxxx` (lowercase hex) for a code unit at `p`; returns the position after it. */
function unicodeEscape(buf: Uint8Array, p: number, c: number): number {
  buf[p] = 0x5c;
  buf[p + 1] = 0x75;
  buf[p + 2] = HEX[(c >> 12) & 15];
  buf[p + 3] = HEX[(c >> 8) & 15];
  buf[p + 4] = HEX[(c >> 4) & 15];
  buf[p + 5] = HEX[c & 15];
  return p + 6;
}

/** Writes an escaped ASCII character at `p`; returns the position after it. */
function asciiEscape(buf: Uint8Array, p: number, escape: Uint8Array): number {
  for (let k = 0; k < escape.length; k++) buf[p + k] = escape[k];
  return p + escape.length;
}

/**
 * Writes a string quoted and escaped, as UTF-8, at `p` of `buf` (which has room for six bytes per code
 * unit plus the quotes); returns the position after it. A hand-written loop: encoding each short string
 * through TextEncoder costs more than the loop.
 */
function quoted(buf: Uint8Array, p: number, s: string): number {
  buf[p++] = QUOTE;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const escape = ASCII_ESCAPES[c];
      if (escape === null) buf[p++] = c;
      else p = asciiEscape(buf, p, escape);
    } else if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 63);
    } else if (c < 0xd800 || c > 0xdfff) {
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 63);
      buf[p++] = 0x80 | (c & 63);
    } else {
      const d = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[p++] = 0xf0 | (cp >> 18);
        buf[p++] = 0x80 | ((cp >> 12) & 63);
        buf[p++] = 0x80 | ((cp >> 6) & 63);
        buf[p++] = 0x80 | (cp & 63);
        i++;
      } else {
        p = unicodeEscape(buf, p, c); // a lone surrogate
      }
    }
  }
  buf[p++] = QUOTE;
  return p;
}

function putString(out: Out, s: string): void {
  const most = 6 * s.length + 2;
  if (out.pos + most > out.buf.length) flush(out, most);
  out.pos = quoted(out.buf, out.pos, s);
}

/**
 * The lines object keys start at one depth, encoded once: `{` or `,`, a newline, the indentation and
 * `"key": `. The objects of an array mostly have the same keys in the same order, so the line used at
 * each position is kept and checked first (comparing the key strings costs less than a look-up).
 */
interface KeyLines {
  readonly first: Map<string, Uint8Array>;
  readonly next: Map<string, Uint8Array>;
  readonly lastKey: string[];
  readonly lastLine: Uint8Array[];
  /** The last line at each position followed by `null`, once asked for (see MemberWriter). */
  readonly lastNull: (Uint8Array | undefined)[];
  /** Per position, short texts met there with their line and quoted value, encoded once (see MemberWriter). */
  readonly texts: (Map<string, Uint8Array> | undefined)[];
}

function keyLine(out: Out, depth: number, position: number, key: string): Uint8Array {
  const lines = (out.keys[depth] ??= {
    first: new Map(),
    next: new Map(),
    lastKey: [],
    lastLine: [],
    lastNull: [],
    texts: [],
  });
  if (lines.lastKey[position] === key) return lines.lastLine[position];
  const known = position === 0 ? lines.first : lines.next;
  let bytes = known.get(key);
  if (bytes === undefined) {
    const lead = indent(depth);
    const tmp = new Uint8Array(1 + lead.length + 6 * key.length + 4);
    tmp[0] = position === 0 ? 0x7b : COMMA;
    tmp.set(lead, 1);
    let p = quoted(tmp, 1 + lead.length, key);
    tmp[p++] = 0x3a;
    tmp[p++] = 0x20;
    bytes = tmp.slice(0, p);
    known.set(key, bytes);
  }
  lines.lastKey[position] = key;
  lines.lastLine[position] = bytes;
  lines.lastNull[position] = undefined;
  lines.texts[position] = undefined;
  return bytes;
}

/** Writes the digits of a non-negative integer below 2^53 at `p`; returns the position after them. */
function digits(buf: Uint8Array, p: number, n: number): number {
  let end = p + 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) end++;
  let x = n;
  for (let i = end - 1; i >= p; i--) {
    const q = Math.floor(x / 10);
    buf[i] = 0x30 + (x - 10 * q);
    x = q;
  }
  return end;
}

/**
 * Writes a number with at most four decimals (an amount, a completion, a pace) without making its text;
 * returns the position after it, or -1 for any other number. Below 10^11 a double lies far closer to its
 * nearest four-decimal value than 10^-4, so that value without trailing zeros is the shortest text that
 * reads back as the number, which is what String(n) gives.
 */
function fourDecimals(buf: Uint8Array, p: number, n: number): number {
  const a = Math.abs(n);
  if (!(a < 1e11)) return -1;
  const m = Math.round(a * 10000);
  if (m / 10000 !== a) return -1;
  if (n < 0) buf[p++] = 0x2d; // -0 is not below 0: written "0", as String(-0)
  const whole = Math.floor(m / 10000);
  p = digits(buf, p, whole);
  let frac = m - whole * 10000;
  if (frac === 0) return p;
  buf[p++] = 0x2e;
  for (let unit = 1000; frac > 0; unit /= 10) {
    const d = Math.floor(frac / unit);
    buf[p++] = 0x30 + d;
    frac -= d * unit;
  }
  return p;
}

/** A number as JSON.stringify writes it: String(n) (ASCII only; -0 is "0"), null when not finite. */
function putNumber(out: Out, n: number): void {
  if (!Number.isFinite(n)) return put(out, NULL);
  if (out.pos + 32 > out.buf.length) flush(out, 32); // String(n) of a double is at most 25 characters
  const { buf } = out;
  const p = fourDecimals(buf, out.pos, n);
  if (p >= 0) {
    out.pos = p;
    return;
  }
  const s = String(n);
  let q = out.pos;
  for (let i = 0; i < s.length; i++) buf[q++] = s.charCodeAt(i);
  out.pos = q;
}

/**
 * What JSON.stringify writes for an object: what its toJSON gives, Number, String and Boolean objects
 * as their value.
 */
function unwrapped(value: object, key: string | number): unknown {
  let v: unknown = value;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    v = (v as { toJSON: (key: string) => unknown }).toJSON(String(key));
  }
  if (typeof v !== 'object' || v === null) return v;
  if (v instanceof Number) return Number(v);
  if (v instanceof String) return String(v);
  if (v instanceof Boolean) return v.valueOf();
  return v;
}

/**
 * What JSON.stringify writes for a value: objects through toJSON and unwrapped, the rest as they are; a
 * FieldList as it is (written field by field, to the bytes its toJSON would give).
 */
function prepared(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null || value instanceof FieldList) return value;
  return unwrapped(value, key);
}

/** True for what JSON.stringify leaves out of an object (and writes as null in an array). */
function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/**
 * A list whose items are written field by field (`fields` hands each item's fields to a sink), never
 * made as objects; JSON.stringify and anything else that reads it get the objects `entry` makes
 * (`toJSON`), which must hold the same fields in the same order.
 */
export class FieldList<T, F> {
  constructor(
    readonly length: number,
    private readonly entry: (i: number) => T,
    readonly fields: (i: number, sink: F) => void,
  ) {}

  toJSON(): T[] {
    const out: T[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.entry(i);
    return out;
  }
}

/**
 * Texts of at most SHORT_TEXT characters are kept encoded, up to KNOWN_TEXTS per position of a list's
 * items: the same few (a file, a sheet, a unit, a status word) fill most entries of a large list.
 */
const SHORT_TEXT = 24;
const KNOWN_TEXTS = 256;

/** The sink a FieldList item's fields are written to: each field as a member of one object. */
class MemberWriter {
  at = 0;
  constructor(
    private readonly out: Out,
    private readonly depth: number,
  ) {}

  private key(key: string): void {
    put(this.out, keyLine(this.out, this.depth + 1, this.at++, key));
  }

  /** A member whose value is null: its line and `null` in one piece (a third of an entry's fields). */
  private keyNull(key: string): void {
    const depth = this.depth + 1;
    const line = keyLine(this.out, depth, this.at, key);
    const lines = this.out.keys[depth];
    let bytes = lines.lastNull[this.at];
    if (bytes === undefined) {
      bytes = new Uint8Array(line.length + NULL.length);
      bytes.set(line);
      bytes.set(NULL, line.length);
      lines.lastNull[this.at] = bytes;
    }
    this.at++;
    put(this.out, bytes);
  }

  /**
   * A member whose value is a short text met at this position before (a file, a unit, a status): its
   * line and quoted value in one piece, encoded once.
   */
  private keyText(key: string, value: string): void {
    const depth = this.depth + 1;
    const line = keyLine(this.out, depth, this.at, key);
    const lines = this.out.keys[depth];
    const texts = (lines.texts[this.at] ??= new Map());
    let bytes = texts.get(value);
    if (bytes === undefined) {
      if (texts.size >= KNOWN_TEXTS) {
        this.at++;
        put(this.out, line);
        return putString(this.out, value);
      }
      const tmp = new Uint8Array(line.length + 6 * value.length + 2);
      tmp.set(line);
      bytes = tmp.slice(0, quoted(tmp, line.length, value));
      texts.set(value, bytes);
    }
    this.at++;
    put(this.out, bytes);
  }

  text(key: string, value: string | null | undefined): void {
    if (value === undefined) return;
    if (value === null) return this.keyNull(key);
    if (value.length <= SHORT_TEXT) return this.keyText(key, value);
    this.key(key);
    putString(this.out, value);
  }

  number(key: string, value: number | null | undefined): void {
    if (value === undefined) return;
    if (value === null) return this.keyNull(key);
    this.key(key);
    putNumber(this.out, value);
  }

  flag(key: string, value: boolean): void {
    this.key(key);
    put(this.out, value ? TRUE : FALSE);
  }

  value(key: string, value: unknown): void {
    this.at = putMember(this.out, key, value, this.depth, this.at);
  }
}

function putFieldList(out: Out, list: FieldList<unknown, MemberWriter>, depth: number): void {
  if (list.length === 0) return put(out, EMPTY_ARRAY);
  const line = indent(depth + 1);
  const sink = new MemberWriter(out, depth + 1);
  for (let i = 0; i < list.length; i++) {
    putByte(out, i === 0 ? 0x5b : COMMA);
    put(out, line);
    sink.at = 0;
    list.fields(i, sink);
    if (sink.at === 0) {
      put(out, EMPTY_OBJECT);
    } else {
      put(out, indent(depth + 1));
      putByte(out, 0x7d);
    }
  }
  put(out, indent(depth));
  putByte(out, 0x5d);
}

/** Writes a prepared value that is not skipped. */
function putValue(out: Out, v: unknown, depth: number): void {
  switch (typeof v) {
    case 'string':
      return putString(out, v);
    case 'number':
      return putNumber(out, v);
    case 'boolean':
      return put(out, v ? TRUE : FALSE);
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      if (v === null) return put(out, NULL);
      if (v instanceof FieldList) return putFieldList(out, v as FieldList<unknown, MemberWriter>, depth);
      if (out.open.includes(v as object)) throw new TypeError('Converting circular structure to JSON');
      out.open.push(v as object);
      if (Array.isArray(v)) putArray(out, v, depth);
      else putObject(out, v as Record<string, unknown>, depth);
      out.open.pop();
  }
}

function putArray(out: Out, a: readonly unknown[], depth: number): void {
  if (a.length === 0) return put(out, EMPTY_ARRAY);
  const line = indent(depth + 1);
  for (let i = 0; i < a.length; i++) {
    putByte(out, i === 0 ? 0x5b : COMMA);
    put(out, line);
    const v = prepared(a[i], i);
    if (skipped(v)) put(out, NULL);
    else putValue(out, v, depth + 1);
  }
  put(out, indent(depth));
  putByte(out, 0x5d);
}

/**
 * True when `for…in` gives an object's keys as Object.keys does, without making their array: a plain
 * object (or one without a prototype), while Object.prototype has no enumerable property.
 */
function plain(out: Out, o: object): boolean {
  const proto = Object.getPrototypeOf(o) as unknown;
  return proto === null || (proto === Object.prototype && out.plainPrototype);
}

function noEnumerableIn(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

/** Writes a member of an object at a position unless it is left out; returns the next position. */
function putMember(out: Out, key: string, value: unknown, depth: number, at: number): number {
  const v = prepared(value, key);
  if (skipped(v)) return at;
  put(out, keyLine(out, depth + 1, at, key));
  putValue(out, v, depth + 1);
  return at + 1;
}

function putObject(out: Out, o: Record<string, unknown>, depth: number): void {
  let written = 0;
  // o[key] stays in the loops' own bodies: V8 reads it from the object's layout there, not by name.
  if (plain(out, o)) for (const key in o) written = putMember(out, key, o[key], depth, written);
  else for (const key of Object.keys(o)) written = putMember(out, key, o[key], depth, written);
  if (written === 0) return put(out, EMPTY_OBJECT);
  put(out, indent(depth));
  putByte(out, 0x7d);
}

/**
 * Writes the UTF-8 bytes of `JSON.stringify(value, null, 2) + '\n'` in pieces of about a megabyte:
 * `write` gets each piece and must be done with it when it returns (its memory is filled again), so a
 * large result never needs to be held whole. Throws a TypeError where JSON.stringify does, and for a
 * value JSON.stringify gives no text for (undefined, a function, a symbol).
 */
export function writeJson(value: unknown, write: (bytes: Uint8Array) => void): void {
  const out: Out = {
    buf: new Uint8Array(FIRST_BLOCK),
    pos: 0,
    write,
    keys: [],
    open: [],
    plainPrototype: noEnumerableIn(Object.prototype),
  };
  const v = prepared(value, '');
  if (skipped(v)) throw new TypeError(`${typeof v} has no JSON text`);
  putValue(out, v, 0);
  putByte(out, NEWLINE);
  out.write(out.buf.subarray(0, out.pos));
}

/** The UTF-8 bytes of `JSON.stringify(value, null, 2) + '\n'`, whole (see writeJson). */
export function jsonBytes(value: unknown): Uint8Array {
  const pieces: Uint8Array[] = [];
  writeJson(value, (bytes) => pieces.push(bytes.slice()));
  if (pieces.length === 1) return pieces[0];
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole;
}
