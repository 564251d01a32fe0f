/**
 * An .xlsx file's bytes → one Grid per worksheet, the same in Node and in a browser (the Codec decides how
 * parts are inflated). The package is opened by its zip directory; the sheet list, styles and shared
 * strings are read first, then each sheet wanted, part by part, straight into its Grid (sheet.ts).
 *
 * A file that is not a usable workbook — empty, an old .xls, password-protected, text or HTML, a zip that
 * is not a workbook, damaged, cut off, beyond a limit — is an InputError with a one-line message naming
 * the file (and the part or sheet); nothing here throws anything else for a bad file.
 */
import type { SheetSource } from '../../engine';
import { InputError, unreadSpreadsheetKind } from '../errors';
import type { Codec } from './codec';
import { READ_LIMITS, type ReadLimits } from './limits';
import { Package } from './package';
import { readCellFormats, readSharedStrings, readWorkbookInfo } from './parts';
import { type SheetContext, SheetReader } from './sheet';
import { XmlError } from './xml';

/**
 * Which sheets to read. By default every sheet is read whole.
 * - `sheets`: the sheets to read whole, by name; the others are left out, or read only for their first
 *   `othersHeadRows` rows (their values and number formats; merged areas are not read for them).
 * The result keeps the workbook's sheet order either way. `limits` replaces some of READ_LIMITS.
 */
export interface ReadOptions {
  readonly sheets?: (name: string) => boolean;
  readonly othersHeadRows?: number;
  readonly limits?: Partial<ReadLimits>;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

function relType(type: string): string {
  if (type.startsWith(REL)) return type.slice(REL.length);
  if (type.startsWith(REL_STRICT)) return type.slice(REL_STRICT.length);
  return type;
}

export async function readWorkbookBytes(
  data: Uint8Array,
  file: string,
  codec: Codec,
  options: ReadOptions = {},
): Promise<SheetSource[]> {
  const limits: ReadLimits = { ...READ_LIMITS, ...options.limits };
  checkFileKind(data, file);
  if (data.length > limits.fileBytes) {
    throw new InputError(file, 'too-large', { size: String(data.length), limit: String(limits.fileBytes) });
  }
  const pkg = new Package(file, data, codec, limits);
  const root = await pkg.relationships('');
  const officeDocument = root.find((r) => relType(r.type) === 'officeDocument' && !r.external);
  const workbookPart = officeDocument?.target ?? 'xl/workbook.xml';
  // An .xlsb has the same package with binary parts (xl/workbook.bin); an .ods is a zip of its own kind,
  // named by its `mimetype` entry, with the sheets in content.xml.
  if (/\.bin$/i.test(workbookPart) || (!officeDocument && pkg.has('xl/workbook.bin'))) {
    throw new InputError(file, 'binary-workbook');
  }
  if (!pkg.has(workbookPart)) {
    throw new InputError(
      file,
      pkg.has('mimetype') && pkg.has('content.xml') ? 'opendocument' : 'zip-not-workbook',
    );
  }
  const book = await readWorkbookInfo(pkg, workbookPart);
  const rels = await pkg.relationships(workbookPart);
  // Where a workbook leaves out the relationship, the part's usual name (as other readers do).
  const partOf = (type: string, usual: string) =>
    rels.find((r) => relType(r.type) === type && !r.external)?.target ?? (pkg.has(usual) ? usual : null);
  const stylesPart = partOf('styles', 'xl/styles.xml');
  const stringsPart = partOf('sharedStrings', 'xl/sharedStrings.xml');
  const relById = new Map(rels.map((r) => [r.id, r]));
  const wanted = book.sheets.flatMap((sheet) => {
    const rel = relById.get(sheet.relId);
    return rel && !rel.external && relType(rel.type) === 'worksheet' ? [{ sheet, part: rel.target }] : [];
  });
  if (wanted.length === 0) throw new InputError(file, 'no-sheets');
  const whole = (name: string) => !options.sheets || options.sheets(name);
  const head = options.othersHeadRows ?? 0;
  const toRead = wanted.filter((w) => whole(w.sheet.name) || head > 0);
  pkg.plan([stylesPart, stringsPart, ...toRead.map((w) => w.part)].filter((p): p is string => p !== null));
  const styles = await readCellFormats(pkg, stylesPart);
  const strings = await readSharedStrings(pkg, stringsPart);

  const ctx: SheetContext = {
    file,
    part: '',
    limits,
    strings,
    formats: styles?.formats ?? null,
    dates: styles?.dates ?? null,
    date1904: book.date1904,
    cellCount: 0,
    movedFormulaChars: 0,
  };
  const out: SheetSource[] = [];
  for (const { sheet, part } of toRead) {
    ctx.part = part;
    const all = whole(sheet.name);
    const reader = new SheetReader(ctx, sheet.name, sheet.state, all ? Infinity : head);
    try {
      if (!(await pkg.scan(part, reader, !all))) throw new InputError(file, 'part-missing', { part });
      out.push({ file, grid: reader.grid() });
    } catch (e) {
      throw inSheet(e, file, part, sheet.name);
    }
  }
  return out;
}

/** A sheet part's failure, naming the sheet as the user sees it beside the part. */
function inSheet(e: unknown, file: string, part: string, sheet: string): unknown {
  if (e instanceof XmlError)
    return new InputError(file, 'part-malformed', { ...e.params, part, problem: e.problem, sheet });
  if (!(e instanceof InputError) || e.params.sheet !== undefined) return e;
  if (e.code !== 'part-malformed' && e.code !== 'part-damaged' && e.code !== 'part-missing') return e;
  return new InputError(e.file, e.code, { ...e.params, sheet });
}

// ───────────────────────────── what kind of file ─────────────────────────────

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  if (data.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (data[i] !== magic[i]) return false;
  return true;
}

/** Where the UTF-16LE bytes of `text` occur in `data`, or -1. */
function indexOfUtf16(data: Uint8Array, text: string): number {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[2 * i] = text.charCodeAt(i);
  outer: for (let at = data.indexOf(needle[0]); at >= 0; at = data.indexOf(needle[0], at + 1)) {
    if (at + needle.length > data.length) return -1;
    for (let k = 1; k < needle.length; k++) if (data[at + k] !== needle[k]) continue outer;
    return at;
  }
  return -1;
}

/** Recognises files that are certainly not .xlsx before anything else, so the message can say why. */
function checkFileKind(data: Uint8Array, file: string): void {
  if (data.length === 0) throw new InputError(file, 'empty');
  if (startsWith(data, OLE2_MAGIC)) {
    // Stream names inside an OLE2 container are stored as UTF-16LE.
    if (indexOfUtf16(data, 'EncryptionInfo') >= 0 || indexOfUtf16(data, 'EncryptedPackage') >= 0) {
      throw new InputError(file, 'encrypted');
    }
    // WPS keeps its own .et files in the same container as Excel's old .xls.
    throw new InputError(
      file,
      unreadSpreadsheetKind(file) === 'wps-spreadsheet' ? 'wps-spreadsheet' : 'old-xls',
    );
  }
  if (startsWith(data, ZIP_MAGIC)) return;
  if (startsWith(data, EMPTY_ZIP_MAGIC)) throw new InputError(file, 'empty-zip');
  const kind = textKind(data);
  if (kind === 'markup') throw new InputError(file, 'markup');
  if (kind === 'text') throw new InputError(file, 'csv');
  throw new InputError(file, 'not-workbook');
}

/** 'text' when the start of the file reads as text (UTF-8, UTF-16 with BOM, or GBK-like bytes without NULs). */
function textKind(data: Uint8Array): 'text' | 'markup' | null {
  const head = data.subarray(0, 4096);
  if (
    head.length >= 2 &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  ) {
    return 'text';
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > head.length / 100) return null;
  const start = new TextDecoder('utf-8')
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 20);
  return start.startsWith('<') ? 'markup' : 'text';
}
