/**
 * An opened package (.xlsx): its zip directory, and each part read on demand through the XML scanner,
 * within the unpacking bounds of limits.ts. Every problem becomes an InputError naming the file and the
 * part: a part cut off, malformed XML, damaged compressed data, a part larger than declared or allowed.
 */
import { InputError } from '../errors';
import { type Codec, InflateError } from './codec';
import { type ReadLimits, unpackedBudget } from './limits';
import { XmlError, type XmlHandler, XmlScanner, XmlTexts } from './xml';
import { entryBytes, readZipDirectory, ZipError, type ZipEntry } from './zip';

/** Relationship types, by their last path segment. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target resolved to a part name (no leading "/"), or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

export class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private unpacked = 0;
  private readonly budget: number;
  private texts: XmlTexts | null = null;

  constructor(
    readonly file: string,
    private readonly data: Uint8Array,
    private readonly codec: Codec,
    readonly limits: ReadLimits,
  ) {
    let list: ZipEntry[];
    try {
      list = readZipDirectory(data);
    } catch (e) {
      throw zipFailure(file, e);
    }
    for (const entry of list) this.entries.set(entry.name.toLowerCase(), entry);
    this.budget = unpackedBudget(data.length, limits);
  }

  get size(): number {
    return this.entries.size;
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /**
   * Scans one part with `handler`. Once the handler is done, the rest of the part is neither inflated
   * nor scanned. Returns false when the part does not exist. `head`: the handler is likely to be done
   * after the part's first rows.
   */
  async scan(part: string, handler: XmlHandler, head = false): Promise<boolean> {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return false;
    this.reserve(entry);
    // Text up to the string limit, in UTF-8 (up to four bytes a character), plus its markup.
    const scanner = new XmlScanner(
      handler,
      this.limits.stringChars * 4 + 1024,
      (this.texts ??= new XmlTexts()),
    );
    let encoding: Encoding | null = null;
    let got = 0;
    let crc = 0;
    let whole = true;
    try {
      for await (const piece of this.pieces(entry, head)) {
        // A plain view (not a Node Buffer): the scanner's indexOf and subarray are then the typed
        // array's own, several times cheaper per call.
        const chunk = new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength);
        got += chunk.length;
        crc = this.codec.crc32(chunk, crc);
        encoding ??= encodingOf(chunk);
        scanner.push(encoding.bytes(chunk, got === chunk.length));
        if (scanner.isStopped) {
          whole = false;
          break;
        }
      }
      if (whole) {
        if (got !== entry.size || crc !== entry.crc) throw new InflateError('damaged');
        if (encoding) scanner.push(encoding.end());
        scanner.end();
      }
    } catch (e) {
      throw this.partFailure(entry.name, e);
    }
    return true;
  }

  /** The parts a package-level relationships part lists ("_rels/.rels", "xl/_rels/workbook.xml.rels"). */
  async relationships(of: string): Promise<Relationship[]> {
    const slash = of.lastIndexOf('/');
    const dir = slash < 0 ? '' : of.slice(0, slash);
    const relsPart = `${dir ? `${dir}/` : ''}_rels/${of.slice(slash + 1)}.rels`;
    const out: Relationship[] = [];
    await this.scan(relsPart, {
      wantText: false,
      open(name, tag) {
        if (name !== 'Relationship') return;
        const target = tag.attr('Target') ?? '';
        const external = tag.attr('TargetMode') === 'External';
        out.push({
          id: tag.attr('Id') ?? '',
          type: tag.attr('Type') ?? '',
          target: external ? target : resolvePart(dir, target),
          external,
        });
      },
      close() {},
      text() {},
    });
    return out;
  }

  /**
   * Checks before reading that the parts about to be read (those not read yet) fit in what may be
   * unpacked, so that a file beyond the bound is refused before any of its work is done.
   */
  plan(parts: readonly string[]): void {
    let total = this.unpacked;
    for (const part of new Set(parts.map((p) => p.toLowerCase()))) {
      const entry = this.entries.get(part);
      if (entry) this.checkPart(entry);
      total += entry?.size ?? 0;
    }
    if (total > this.budget) {
      throw new InputError(this.file, 'unpacked-too-large', { limit: String(this.budget) });
    }
  }

  private checkPart(entry: ZipEntry): void {
    if (entry.size > this.limits.partBytes) {
      throw new InputError(this.file, 'part-too-large', {
        part: entry.name,
        size: String(entry.size),
        limit: String(this.limits.partBytes),
      });
    }
  }

  private reserve(entry: ZipEntry): void {
    this.checkPart(entry);
    this.unpacked += entry.size;
    if (this.unpacked > this.budget) {
      throw new InputError(this.file, 'unpacked-too-large', { limit: String(this.budget) });
    }
  }

  private pieces(entry: ZipEntry, head: boolean): AsyncIterable<Uint8Array> {
    const bytes = entryBytes(this.data, entry);
    if (entry.method === 0) {
      if (bytes.length !== entry.size) throw new InflateError('damaged');
      return (async function* () {
        yield bytes;
      })();
    }
    return this.codec.inflate(bytes, entry.size, head);
  }

  private partFailure(part: string, e: unknown): unknown {
    if (e instanceof InputError) return e;
    if (e instanceof XmlError) {
      if (e.problem === 'cut-off' || e.problem === 'markup-cut-off') {
        return new InputError(this.file, 'part-damaged', { part });
      }
      if (e.problem === 'text-too-long' || e.problem === 'tag-too-long') {
        return new InputError(this.file, 'string-too-long', { part, limit: String(this.limits.stringChars) });
      }
      return new InputError(this.file, 'part-malformed', { ...e.params, part, problem: e.problem });
    }
    if (e instanceof InflateError || e instanceof ZipError) return new InputError(this.file, 'damaged');
    if (e instanceof TypeError && /decod|encod/i.test(e.message)) {
      return new InputError(this.file, 'part-malformed', { part, problem: 'not-utf8' });
    }
    return e;
  }
}

function zipFailure(file: string, e: unknown): unknown {
  if (!(e instanceof ZipError)) return e;
  switch (e.problem) {
    case 'duplicate-entry':
      return new InputError(file, 'duplicate-entry', { part: e.entry });
    case 'unsupported':
    case 'encrypted-entry':
      return new InputError(file, 'zip-unsupported', e.entry ? { part: e.entry } : {});
    default:
      return new InputError(file, 'damaged');
  }
}

/** A part's bytes as the scanner takes them: UTF-8 without a byte order mark. */
interface Encoding {
  bytes(chunk: Uint8Array, first: boolean): Uint8Array;
  end(): Uint8Array;
}

const EMPTY = new Uint8Array(0);

/** UTF-8 (its byte order mark dropped), or UTF-16 when the part starts with that byte order mark. */
function encodingOf(first: Uint8Array): Encoding {
  const utf16 =
    first.length >= 2 && first[0] === 0xff && first[1] === 0xfe
      ? 'utf-16le'
      : first.length >= 2 && first[0] === 0xfe && first[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16 === null) {
    return {
      bytes: (chunk, isFirst) =>
        isFirst && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk,
      end: () => EMPTY,
    };
  }
  const decoder = new TextDecoder(utf16, { fatal: true });
  const encoder = new TextEncoder();
  return {
    bytes: (chunk) => encoder.encode(decoder.decode(chunk, { stream: true })),
    end: () => encoder.encode(decoder.decode()),
  };
}

/**
 * A relationship target as a part name: relative to `dir`, or from the root when it starts with "/". A
 * backslash counts as a slash, as Excel reads it (some Windows tools write `\xl\worksheets\sheet1.xml`).
 */
function resolvePart(dir: string, target: string): string {
  const t = target.trim().replace(/\\/g, '/');
  const parts = t.startsWith('/') ? [] : dir ? dir.split('/') : [];
  for (const p of t.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}
