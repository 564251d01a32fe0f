/**
 * A strict, streaming XML scanner for the parts of an .xlsx package, working on the UTF-8 bytes as they
 * come out of the inflater, and the escaping used to write parts. Platform-neutral (no Node module): the
 * same code runs in Node and in a browser's Web Worker.
 *
 * Why bytes and not text, and not a SAX library: the sheets of a big workbook are tens of megabytes of
 * very regular markup whose text is mostly numbers. Decoding all of it to JavaScript strings costs more
 * than scanning it, and a general SAX parser's events alone cost more than building the grids from a
 * plain scanner (figures in docs/PERFORMANCE.md). This scanner reuses one tag and one text view for every
 * event: element and attribute names are interned, attribute values and text are decoded only when a
 * handler asks, and numbers are read straight from the bytes.
 *
 * Strict where it matters for a spreadsheet: every element is closed by its own name, attributes are
 * quoted, entity references are the five predefined ones or character references, the bytes are valid
 * UTF-8, nothing but markup and white space follows the root element, and the document must end with its
 * root closed — a part that is cut off is an error, never a shorter sheet. A document type declaration is
 * refused (no entity expansion). Text is normalised as XML parsers do (CR LF and CR become LF; tab, CR
 * and LF in attribute values become spaces). Namespaces are not resolved: handlers see local names
 * (`x:c` → `c`).
 */

/**
 * What is wrong with a part: its XML (not well-formed, cut off) or, found by the sheet reader, its
 * content (a row out of order, a cell outside the sheet). The words for each are in src/file/errors.ts,
 * in both languages; `params` fill their blanks (`at`: the byte offset in the part).
 */
export type XmlProblem =
  // the XML itself
  | 'bad-entity' // text
  | 'bad-char-ref' // text
  | 'not-utf8'
  | 'no-root'
  | 'cut-off' // element
  | 'markup-cut-off' // at
  | 'text-too-long' // at
  | 'tag-too-long' // at
  | 'text-outside-root' // at
  | 'bad-tag' // at
  | 'bad-tag-end' // at
  | 'attr-space' // at
  | 'bad-attr' // at
  | 'attr-no-value' // at
  | 'attr-unquoted' // at
  | 'lt-in-attr' // at
  | 'second-root' // at
  | 'close-mismatch' // at, close, open
  | 'close-unopened' // at, close
  | 'cdata-outside-root' // at
  | 'doctype' // at
  // a worksheet's content
  | 'split-value' // cell
  | 'row-outside' // row
  | 'row-order' // row, after
  | 'cell-ref' // ref, row
  | 'cell-row' // cell, row
  | 'cell-outside' // cell
  | 'shared-string' // cell, index
  | 'col-bounds' // min, max
  | 'merge-ref' // ref
  | 'merge-outside' // ref
  | 'merge-overlap'; // a, b

/** A part that is not well-formed XML, or a sheet whose content breaks the format; see XmlProblem. */
export class XmlError extends Error {
  constructor(
    readonly problem: XmlProblem,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(`${problem}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'XmlError';
  }
}

/** The start tag being reported; valid during the handler's call only. */
export interface XmlTag {
  /** An attribute's value, decoded; undefined when absent. Attributes are found by local name. */
  attr(name: string): string | undefined;
  /** An attribute holding a decimal integer; `absent` when missing, NaN when not an integer. */
  int(name: string, absent: number): number;
  /** An attribute holding an A1 cell reference, decoded into `out`; false when missing or not one. */
  cellRef(name: string, out: { row: number; col: number }): boolean;
}

/** A run of text being reported; valid during the handler's call only. */
export interface XmlText {
  string(): string;
  /** The text read as parseFloat reads it, without making a string in the usual case. */
  number(): number;
}

/**
 * What a scanner reports to. Text is reported only while `wantText` is true. Text between two pieces of
 * markup comes as one run; a comment or CDATA section inside it splits it.
 */
export interface XmlHandler {
  wantText: boolean;
  /** Set by the handler when it needs no more: the scanner then stops where it is. */
  readonly done?: boolean;
  open(name: string, tag: XmlTag, selfClosing: boolean): void;
  close(name: string): void;
  text(text: XmlText): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const BANG = 0x21;
const QMARK = 0x3f;
const COLON = 0x3a;
const AMP = 0x26;
const CR = 0x0d;

const EMPTY = new Uint8Array(0);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Bytes that may continue a name: ASCII letters, digits, - _ . :, and any byte of a multi-byte character. */
function isNameByte(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x3a) ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2e ||
    c >= 0x80
  );
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));?|&/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Resolves entity and character references; an unknown or unterminated one is an error. */
function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (m: string, named?: string, dec?: string, hex?: string) => {
    if (m.length < 3 || m[m.length - 1] !== ';') throw new XmlError('bad-entity', { text: m });
    if (named) return NAMED[named];
    const code = dec ? parseInt(dec, 10) : parseInt(hex as string, 16);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
      throw new XmlError('bad-char-ref', { text: m });
    }
    return String.fromCodePoint(code);
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const units = new Uint16Array(256);
/** units[0..n) for each n, made once (a fresh view per string would be one more allocation each). */
const unitViews = Array.from({ length: 257 }, (_, n) => units.subarray(0, n) as unknown as number[]);

/**
 * UTF-8 bytes → string. Short runs are decoded here (a decoder call per cell costs more than the work);
 * long ones by TextDecoder. Invalid UTF-8 is an error either way.
 */
function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  if (end - start > 128) {
    try {
      return utf8.decode(buf.subarray(start, end));
    } catch {
      throw new XmlError('not-utf8');
    }
  }
  let n = 0;
  for (let i = start; i < end;) {
    const b = buf[i];
    if (b < 0x80) {
      units[n++] = b;
      i++;
      continue;
    }
    let cp: number;
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      need = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      need = 3;
    } else throw new XmlError('not-utf8');
    if (i + need >= end) throw new XmlError('not-utf8');
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if ((c & 0xc0) !== 0x80) throw new XmlError('not-utf8');
      cp = (cp << 6) | (c & 0x3f);
    }
    const overlong =
      need === 2
        ? cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)
        : need === 3 && (cp < 0x10000 || cp > 0x10ffff);
    if (overlong) {
      throw new XmlError('not-utf8');
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[n++] = 0xd800 + (cp >> 10);
      units[n++] = 0xdc00 + (cp & 0x3ff);
    } else units[n++] = cp;
    i += need + 1;
  }
  return String.fromCharCode.apply(null, unitViews[n]);
}

/**
 * Short strings met again and again — names, attribute values such as "1" or "str", a unit or a
 * department repeated down a column — decoded once and shared (fewer strings made, and the grid holds
 * one copy). A direct-mapped cache keyed by a hash of the bytes, checked byte for byte against a copy
 * kept in one arena.
 */
class Interned {
  private static readonly SLOTS = 4096;
  private static readonly WIDTH = 32;
  private readonly strings: (string | undefined)[] = new Array(Interned.SLOTS);
  private readonly lengths = new Int8Array(Interned.SLOTS).fill(-1);
  private readonly arena = new Uint8Array(Interned.SLOTS * Interned.WIDTH);

  get(buf: Uint8Array, start: number, end: number): string {
    const len = end - start;
    if (len > Interned.WIDTH) return decodeUtf8(buf, start, end);
    let h = len;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + buf[i]) | 0;
    const slot = (h ^ (h >>> 12)) & (Interned.SLOTS - 1);
    const base = slot * Interned.WIDTH;
    const arena = this.arena;
    if (this.lengths[slot] === len) {
      let i = 0;
      while (i < len && arena[base + i] === buf[start + i]) i++;
      if (i === len) return this.strings[slot] as string;
    }
    const s = decodeUtf8(buf, start, end);
    for (let i = 0; i < len; i++) arena[base + i] = buf[start + i];
    this.lengths[slot] = len;
    this.strings[slot] = s;
    return s;
  }
}

/**
 * The scanner's caches of short texts (element and attribute names, attribute values, text runs): one set
 * per workbook, shared by the scanners of its parts (a workbook of thousands of sheets makes them once).
 */
export class XmlTexts {
  readonly names = new Interned();
  readonly values = new Interned();
  readonly texts = new Interned();
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/**
 * Scans XML pushed as UTF-8 bytes in pieces. Call `push` for each piece and `end` once at the end; both
 * throw XmlError for markup that is not well-formed. `stop()` makes it ignore the rest.
 */
export class XmlScanner implements XmlTag, XmlText {
  private buf: Uint8Array = EMPTY;
  private pos = 0;
  /** The open elements: qualified names, and local names as handlers see them. */
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  private rootClosed = false;
  private sawRoot = false;
  private stopped = false;
  /** Bytes scanned before `buf` (for positions in messages). */
  private consumed = 0;
  private readonly names: Interned;
  private readonly values: Interned;
  private readonly texts: Interned;
  // The current tag's attributes: local name, and the value's byte range in `buf`.
  private attrCount = 0;
  private readonly attrName: string[] = [];
  private readonly attrStart: number[] = [];
  private readonly attrEnd: number[] = [];
  // The current text run.
  private textStart = 0;
  private textEnd = 0;
  private textRaw = false;

  constructor(
    private readonly handler: XmlHandler,
    /** Longest token (a tag, a text run) accepted, in bytes. */
    private readonly maxToken: number,
    cached: XmlTexts = new XmlTexts(),
  ) {
    this.names = cached.names;
    this.values = cached.values;
    this.texts = cached.texts;
  }

  get isStopped(): boolean {
    return this.stopped || this.handler.done === true;
  }

  stop(): void {
    this.stopped = true;
  }

  push(bytes: Uint8Array): void {
    if (this.stopped || bytes.length === 0) return;
    if (this.pos < this.buf.length) {
      const rest = this.buf.subarray(this.pos);
      const joined = new Uint8Array(rest.length + bytes.length);
      joined.set(rest);
      joined.set(bytes, rest.length);
      this.buf = joined;
    } else this.buf = bytes;
    this.consumed += this.pos;
    this.pos = 0;
    this.scan(false);
  }

  end(): void {
    if (this.isStopped) return;
    this.scan(true);
    if (this.isStopped) return;
    if (!this.sawRoot) throw new XmlError('no-root');
    if (!this.rootClosed) {
      throw new XmlError('cut-off', { element: this.stack[this.stack.length - 1] });
    }
  }

  private fail(problem: XmlProblem, at: number, params: Record<string, string> = {}): never {
    throw new XmlError(problem, { ...params, at: String(this.consumed + at) });
  }

  // ── XmlTag ──

  private attrIndex(name: string): number {
    for (let i = 0; i < this.attrCount; i++) if (this.attrName[i] === name) return i;
    return -1;
  }

  attr(name: string): string | undefined {
    const i = this.attrIndex(name);
    if (i < 0) return undefined;
    const start = this.attrStart[i];
    const end = this.attrEnd[i];
    const buf = this.buf;
    for (let k = start; k < end; k++) {
      const c = buf[k];
      if (c === AMP || c === 0x09 || c === 0x0a || c === CR) {
        const raw = decodeUtf8(buf, start, end).replace(/\r\n|[\t\n\r]/g, ' ');
        return decodeEntities(raw);
      }
    }
    return end - start <= 12 ? this.values.get(buf, start, end) : decodeUtf8(buf, start, end);
  }

  int(name: string, absent: number): number {
    const i = this.attrIndex(name);
    if (i < 0) return absent;
    const start = this.attrStart[i];
    const end = this.attrEnd[i];
    if (end === start || end - start > 15) return Number.NaN;
    let v = 0;
    for (let k = start; k < end; k++) {
      const d = this.buf[k] - 0x30;
      if (d < 0 || d > 9) return Number.NaN;
      v = v * 10 + d;
    }
    return v;
  }

  cellRef(name: string, out: { row: number; col: number }): boolean {
    const i = this.attrIndex(name);
    if (i < 0) return false;
    const buf = this.buf;
    const end = this.attrEnd[i];
    let k = this.attrStart[i];
    let col = 0;
    const lettersFrom = k;
    for (; k < end; k++) {
      const c = buf[k];
      if (c >= 0x41 && c <= 0x5a) col = col * 26 + (c - 0x40);
      else if (c >= 0x61 && c <= 0x7a) col = col * 26 + (c - 0x60);
      else break;
    }
    if (k === lettersFrom || k - lettersFrom > 3 || k === end || end - k > 7) return false;
    let row = 0;
    for (; k < end; k++) {
      const d = buf[k] - 0x30;
      if (d < 0 || d > 9) return false;
      row = row * 10 + d;
    }
    out.row = row;
    out.col = col;
    return true;
  }

  // ── XmlText ──

  string(): string {
    const { buf, textStart: start, textEnd: end } = this;
    let special = false;
    for (let k = start; k < end; k++) {
      const c = buf[k];
      if (c === AMP || c === CR) {
        special = true;
        break;
      }
    }
    const s = this.texts.get(buf, start, end);
    if (!special) return s;
    const lines = s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
    return this.textRaw ? lines : decodeEntities(lines);
  }

  number(): number {
    const buf = this.buf;
    const end = this.textEnd;
    let k = this.textStart;
    const negative = k < end && buf[k] === 0x2d;
    if (negative) k++;
    let m = 0;
    let digits = 0;
    let decimals = 0;
    let dot = false;
    for (; k < end; k++) {
      const c = buf[k];
      if (c >= 0x30 && c <= 0x39) {
        m = m * 10 + (c - 0x30);
        digits++;
        if (dot) decimals++;
      } else if (c === 0x2e && !dot) dot = true;
      else break;
    }
    // Exact: a mantissa below 2^53 divided by an exact power of ten is correctly rounded.
    if (k === end && digits > 0 && digits <= 15 && decimals <= 16) {
      const v = decimals === 0 ? m : m / POW10[decimals];
      return negative ? -v : v;
    }
    return parseFloat(this.string());
  }

  // ── scanning ──

  /** Scans complete tokens; an incomplete one at the end waits for more bytes unless `final`. */
  private scan(final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    const h = this.handler;
    let pos = this.pos;
    while (pos < n && !this.stopped && h.done !== true) {
      // (Markup mostly follows markup, or a short text: a look at the next bytes spares a search.)
      let lt = pos;
      const near = Math.min(n, pos + 32);
      while (lt < near && buf[lt] !== LT) lt++;
      if (lt === near && lt < n) lt = buf.indexOf(LT, lt);
      else if (lt === n) lt = -1;
      if (lt !== pos) {
        const end = lt < 0 ? n : lt;
        if (lt < 0 && !final) {
          if (end - pos > this.maxToken) this.fail('text-too-long', pos);
          break;
        }
        this.textRun(pos, end, false);
        pos = end;
        continue;
      }
      const next = pos + 1 < n ? buf[pos + 1] : -1;
      let after: number;
      if (next === SLASH) after = this.closeTag(pos);
      else if (next === BANG) after = this.special(pos);
      else if (next === QMARK) after = this.instruction(pos);
      else if (next === -1) after = -1;
      else after = this.openTag(pos);
      if (after < 0) {
        if (final) this.fail('markup-cut-off', pos);
        if (n - pos > this.maxToken) this.fail('tag-too-long', pos);
        break;
      }
      pos = after;
    }
    this.pos = pos;
  }

  private textRun(from: number, to: number, raw: boolean): void {
    if (this.stack.length === 0) {
      for (let i = from; i < to; i++) if (!isSpace(this.buf[i])) this.fail('text-outside-root', i);
      return;
    }
    if (!this.handler.wantText) return;
    this.textStart = from;
    this.textEnd = to;
    this.textRaw = raw;
    this.handler.text(this);
  }

  /** `<name attr="v" …>` or `<name …/>`; returns the index after it, or -1 when incomplete. */
  private openTag(lt: number): number {
    const buf = this.buf;
    const n = buf.length;
    let i = lt + 1;
    let colon = -1;
    while (i < n && isNameByte(buf[i])) {
      if (buf[i] === COLON && colon < 0) colon = i;
      i++;
    }
    if (i >= n) return -1;
    if (i === lt + 1) this.fail('bad-tag', lt);
    const qEnd = i;
    this.attrCount = 0;
    for (;;) {
      const before = i;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      const c = buf[i];
      if (c === GT || c === SLASH) {
        let selfClosing = false;
        if (c === SLASH) {
          if (i + 1 >= n) return -1;
          if (buf[i + 1] !== GT) this.fail('bad-tag-end', i);
          selfClosing = true;
          i++;
        }
        this.element(lt + 1, qEnd, colon, selfClosing, lt);
        return i + 1;
      }
      if (i === before) this.fail('attr-space', i);
      const nameStart = i;
      let aColon = -1;
      while (i < n && isNameByte(buf[i])) {
        if (buf[i] === COLON && aColon < 0) aColon = i;
        i++;
      }
      if (i >= n) return -1;
      if (i === nameStart) this.fail('bad-attr', i);
      const nameEnd = i;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      if (buf[i] !== EQ) this.fail('attr-no-value', i);
      i++;
      while (i < n && isSpace(buf[i])) i++;
      if (i >= n) return -1;
      const q = buf[i];
      if (q !== QUOT && q !== APOS) this.fail('attr-unquoted', i);
      // The value's end, refusing a < in it on the way (values are short: a loop beats a search).
      let close = i + 1;
      for (; close < n; close++) {
        const b = buf[close];
        if (b === q) break;
        if (b === LT) this.fail('lt-in-attr', close);
      }
      if (close >= n) return -1;
      const k = this.attrCount++;
      // xmlns:x declarations keep their whole name; other prefixes are dropped.
      const local =
        aColon > 0 && !(aColon - nameStart === 5 && buf[nameStart] === 0x78) ? aColon + 1 : nameStart;
      this.attrName[k] = this.names.get(buf, local, nameEnd);
      this.attrStart[k] = i + 1;
      this.attrEnd[k] = close;
      i = close + 1;
    }
  }

  private element(start: number, end: number, colon: number, selfClosing: boolean, at: number): void {
    if (this.stack.length === 0) {
      if (this.rootClosed) this.fail('second-root', at);
      this.sawRoot = true;
    }
    const local = this.names.get(this.buf, colon > 0 ? colon + 1 : start, end);
    const h = this.handler;
    if (selfClosing) {
      h.open(local, this, true);
      if (!this.stopped) h.close(local);
      if (this.stack.length === 0) this.rootClosed = true;
      return;
    }
    this.stack.push(colon > 0 ? this.names.get(this.buf, start, end) : local);
    this.locals.push(local);
    h.open(local, this, false);
  }

  private closeTag(lt: number): number {
    const buf = this.buf;
    let gt = lt + 2;
    const n = buf.length;
    while (gt < n && buf[gt] !== GT) gt++;
    if (gt >= n) return -1;
    let end = gt;
    while (end > lt + 2 && isSpace(buf[end - 1])) end--;
    // The name is compared with the open element's byte by byte (no string made in the usual case).
    const open = this.stack.pop();
    let same = open !== undefined && open.length === end - lt - 2;
    for (let i = 0; same && i < end - lt - 2; i++) same = (open as string).charCodeAt(i) === buf[lt + 2 + i];
    if (!same) {
      const qname = decodeUtf8(buf, lt + 2, end);
      if (open !== qname) {
        if (open) this.fail('close-mismatch', lt, { close: qname, open });
        this.fail('close-unopened', lt, { close: qname });
      }
    }
    if (this.stack.length === 0) this.rootClosed = true;
    this.handler.close(this.locals.pop() as string);
    return gt + 1;
  }

  private startsWith(at: number, text: string): boolean {
    if (at + text.length > this.buf.length) return false;
    for (let i = 0; i < text.length; i++) if (this.buf[at + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private find(text: string, from: number): number {
    const buf = this.buf;
    const first = text.charCodeAt(0);
    for (let at = buf.indexOf(first, from); at >= 0; at = buf.indexOf(first, at + 1)) {
      if (this.startsWith(at, text)) return at;
    }
    return -1;
  }

  /** Comments, CDATA sections; a DOCTYPE is refused. */
  private special(lt: number): number {
    if (this.startsWith(lt, '<!--')) {
      const end = this.find('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (this.startsWith(lt, '<![CDATA[')) {
      const end = this.find(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) this.fail('cdata-outside-root', lt);
      this.textRun(lt + 9, end, true);
      return end + 3;
    }
    if (this.buf.length - lt < 9) return -1;
    this.fail('doctype', lt);
  }

  private instruction(lt: number): number {
    const end = this.find('?>', lt + 2);
    return end < 0 ? -1 : end + 2;
  }
}

// ───────────────────────────── writing ─────────────────────────────

/** Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF). */
export const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HAS_INVALID = new RegExp(XML_INVALID.source);
const ESCAPE = /[&<>"]/;

/** Escapes text for element content and double-quoted attribute values; drops what XML cannot hold. */
export function escapeXml(text: string): string {
  const clean = HAS_INVALID.test(text) ? text.replace(XML_INVALID, '') : text;
  if (!ESCAPE.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
