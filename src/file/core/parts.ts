/**
 * The small parts of a workbook read before its sheets: the sheet list (xl/workbook.xml), the number
 * formats of the cell styles (xl/styles.xml) and the shared-string table (xl/sharedStrings.xml).
 */
import { InputError } from '../errors';
import type { XmlHandler } from './xml';
import { BUILT_IN_FORMATS, isDateFormat } from './numberFormats';
import { EXCEL_MAX_FORMAT_CHARS } from './limits';
import type { Package } from './package';

export interface SheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

export interface WorkbookInfo {
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;
}

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** The sheets in workbook order; two sheets of the same name (as Excel compares them) are an error. */
export async function readWorkbookInfo(pkg: Package, part: string): Promise<WorkbookInfo> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let depth = 0;
  let inSheets = false;
  const handler: XmlHandler = {
    wantText: false,
    open(name, tag, selfClosing) {
      if (!selfClosing) depth++;
      if (name === 'workbookPr' && depth <= 2) date1904 = isTrue(tag.attr('date1904'));
      else if (name === 'sheets') inSheets = !selfClosing;
      else if (name === 'sheet' && inSheets) {
        const state = tag.attr('state');
        if (sheets.length >= pkg.limits.sheets) {
          throw new InputError(pkg.file, 'too-many-sheets', { limit: String(pkg.limits.sheets) });
        }
        sheets.push({
          name: tag.attr('name') ?? '',
          relId: tag.attr('id') ?? '',
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        });
      }
    },
    close(name) {
      depth--;
      if (name === 'sheets') inSheets = false;
    },
    text() {},
  };
  await pkg.scan(part, handler);
  const seen = new Set<string>();
  for (const s of sheets) {
    const key = s.name.toLowerCase();
    if (seen.has(key)) throw new InputError(pkg.file, 'duplicate-sheet', { sheet: s.name });
    seen.add(key);
  }
  return { sheets, date1904 };
}

/** The number format of each cell style (index = the cell's `s`); General and unknown ids as null. */
export interface CellFormats {
  readonly formats: readonly (string | null)[];
  /** Per style: the format shows a date (the value is read as a date serial). */
  readonly dates: readonly boolean[];
  /** The number of styles defined (a cell's `s` may not exceed it). */
  readonly count: number;
}

export async function readCellFormats(pkg: Package, part: string | null): Promise<CellFormats | null> {
  if (part === null) return null;
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let section: 'numFmts' | 'cellXfs' | null = null;
  const found = await pkg.scan(part, {
    wantText: false,
    open(name, tag, selfClosing) {
      if (name === 'numFmts' || name === 'cellXfs') section = selfClosing ? null : name;
      else if (name === 'numFmt' && section === 'numFmts') {
        const id = tag.int('numFmtId', Number.NaN);
        // Backslash escapes are read as the characters they escape.
        const code = (tag.attr('formatCode') ?? '').replace(/[\\](.)/g, '$1');
        if (Number.isInteger(id)) custom.set(id, code.length > EXCEL_MAX_FORMAT_CHARS ? 'General' : code);
      } else if (name === 'xf' && section === 'cellXfs') {
        const id = tag.int('numFmtId', 0);
        xfFormatIds.push(Number.isInteger(id) ? id : 0);
      }
    },
    close(name) {
      if (name === section) section = null;
    },
    text() {},
  });
  if (!found) return null;
  const formats = xfFormatIds.map((id) => {
    if (id === 0) return null;
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id];
    return code && code !== 'General' ? code : null;
  });
  return { formats, dates: formats.map((f) => f !== null && isDateFormat(f)), count: formats.length };
}

/** Decodes Excel's escapes for characters XML cannot hold (`_x000D_` is a carriage return). */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * The shared-string table: each entry the text of its plain or rich-text runs (phonetic readings left
 * out), null for an entry with neither. More entries than the limit, or a text longer than it, is an error.
 */
export async function readSharedStrings(pkg: Package, part: string | null): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  if (part === null) return out;
  const limit = pkg.limits.sharedStrings;
  const tooMany = (): never => {
    throw new InputError(pkg.file, 'too-many-strings', { limit: String(limit) });
  };
  let pieces: string[] | null = null;
  let inSi = false;
  let phonetic = 0;
  let chars = 0;
  const handler: XmlHandler = {
    wantText: false,
    open(name, tag, selfClosing) {
      if (name === 'sst') {
        const declared = tag.int('uniqueCount', 0);
        if (declared > limit) tooMany();
      } else if (name === 'si') {
        inSi = true;
        pieces = null;
        chars = 0;
      } else if (name === 'rPh') {
        if (!selfClosing) phonetic++;
      } else if (name === 't' && inSi && phonetic === 0) {
        pieces ??= [];
        handler.wantText = !selfClosing;
      }
    },
    close(name) {
      if (name === 't') handler.wantText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si') {
        inSi = false;
        if (out.length >= limit) tooMany();
        out.push(pieces === null ? null : decodeExcelEscapes(pieces.join('')));
      }
    },
    text(view) {
      const t = view.string();
      chars += t.length;
      if (chars > pkg.limits.stringChars) {
        throw new InputError(pkg.file, 'string-too-long', {
          part: part ?? '',
          limit: String(pkg.limits.stringChars),
        });
      }
      (pieces ??= []).push(t);
    },
  };
  await pkg.scan(part, handler);
  return out;
}
