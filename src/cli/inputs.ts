/**
 * The workbooks a run reads: files as given and every .xlsx and .xlsm of a folder, each file once however it is
 * reached (a repeated argument, a symbolic or hard link: the same device and inode), then read into
 * sheet sources named as the user gave them.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Lang, SheetSource } from '../engine';
import type { InputErrorCode } from '../file/errors';
import { describeInputError, formatInputError, InputError, unreadSpreadsheetKind } from '../file/errors';
import { readWorkbookFile } from '../file/readXlsx';
import { findDamagedPart } from './diagnose';
import { fileIdentity, shown } from './files';
import { fileLine, TEXT } from './messages';

/** A problem the user can fix: one line, exit code 2. */
export class UsageError extends Error {}

export interface Input {
  /** Absolute path. */
  readonly path: string;
  /** As shown in messages. */
  readonly label: string;
  /** True when the file came from a folder argument (a workbook with no indicator sheet is then only noted). */
  readonly fromFolder: boolean;
}

/** More input files than this and progress goes to stderr. */
const PROGRESS_ABOVE = 3;

/** A name a folder's workbooks may have: .xlsx or .xlsm, not this program's reports. */
function isWorkbookName(name: string): boolean {
  return /\.xls[xm]$/i.test(name) && !/\.report\.xlsx$/i.test(name);
}

/** Excel's lock files (~$name.xlsx) and hidden files, which a folder's reading passes over. */
function isLockOrHidden(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

interface FolderContents {
  /** The workbooks, sorted by name. */
  readonly files: string[];
  /** Its other spreadsheet files (.xls, .et, .ods, .xlsb, .csv), not read, each with what is wrong with it. */
  readonly unread: { file: string; code: InputErrorCode }[];
  /** Its folders that hold workbooks of their own, which are not read (a folder is read one level deep). */
  readonly subfolders: { folder: string; workbooks: number }[];
}

/** What a folder holds for this program: its workbooks, and what it leaves out and says so. */
async function folderWorkbooks(dir: string, depth = 0): Promise<FolderContents> {
  const contents: FolderContents = { files: [], unread: [], subfolders: [] };
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const n = entry.name;
    if (isLockOrHidden(n)) continue;
    const at = path.join(dir, n);
    const workbook = isWorkbookName(n);
    const code = workbook ? null : unreadSpreadsheetKind(n);
    // Only a link needs asking what it leads to; other entries say what they are.
    const st = entry.isSymbolicLink() ? await fs.stat(at).catch(() => null) : entry;
    if (!workbook && code === null && !st?.isDirectory()) continue;
    if (st?.isDirectory() && depth === 0) {
      const inner = await folderWorkbooks(at, 1);
      if (inner.files.length > 0) contents.subfolders.push({ folder: at, workbooks: inner.files.length });
    } else if (st?.isFile() && code !== null) contents.unread.push({ file: at, code });
    else if (st?.isFile() && workbook) contents.files.push(at);
  }
  return contents;
}

/**
 * The workbooks to read: files as given, and every .xlsx and .xlsm of a folder (a note names its other
 * spreadsheet files, which are not read). A file reached a second time is
 * read once (a note on stderr says so); the files in `own` — the product's own outputs — are left out of
 * folders.
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  lang: Lang,
  note: (line: string) => void,
  own: readonly string[] = [],
): Promise<Input[]> {
  const t = TEXT[lang];
  const out: Input[] = [];
  const seen = new Map<string, string>();
  const ownIds = new Set((await Promise.all(own.map(fileIdentity))).filter((id) => id !== null));
  const add = async (p: string, fromFolder: boolean) => {
    const id = (await fileIdentity(p)) ?? p;
    const label = shown(p, cwd);
    const first = seen.get(id);
    if (first !== undefined) {
      note(t.sameInput(label, first));
      return;
    }
    seen.set(id, label);
    out.push({ path: p, label, fromFolder });
  };
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    const st = await fs.stat(abs).catch(() => null);
    if (!st) throw new UsageError(fileLine(arg, describeInputError({ code: 'missing' }, lang), lang));
    if (st.isDirectory()) {
      const found = await folderWorkbooks(abs);
      for (const u of found.unread)
        note(t.notRead(fileLine(shown(u.file, cwd), describeInputError({ code: u.code }, lang), lang)));
      for (const s of found.subfolders) note(t.subfolderNotRead(shown(s.folder, cwd), s.workbooks));
      const files: string[] = [];
      for (const f of found.files) if (!ownIds.has((await fileIdentity(f)) ?? '')) files.push(f);
      if (files.length === 0) throw new UsageError(fileLine(arg, t.emptyFolder, lang));
      for (const f of files) await add(f, true);
    } else if (st.isFile()) {
      await add(abs, false);
    } else {
      throw new UsageError(fileLine(arg, t.notFile, lang));
    }
  }
  return out;
}

/** Reads every input, naming each file as the user gave it in the sources and in any message. */
export async function readInputs(
  inputs: readonly Input[],
  lang: Lang,
  progress: (line: string) => void,
  debug: (text: string) => void,
): Promise<SheetSource[]> {
  const sources: SheetSource[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (inputs.length > PROGRESS_ABOVE) progress(TEXT[lang].reading(i + 1, inputs.length, input.label));
    let read: SheetSource[];
    try {
      read = await readWorkbookFile(input.path);
    } catch (e) {
      throw await unreadableWorkbook(e, input.path, input.label, lang, debug);
    }
    if (read.length === 0)
      throw new UsageError(fileLine(input.label, describeInputError({ code: 'no-sheets' }, lang), lang));
    for (const s of read) sources.push({ ...s, file: input.label });
  }
  return sources;
}

/**
 * The one line for a workbook that could not be read. The reader's own words for a failure it did not
 * foresee are JavaScript's ("Cannot read properties of undefined"), which tell the user nothing: the
 * line then names the damaged part when one can be found, and the reader's words go to the debug output.
 */
export async function unreadableWorkbook(
  e: unknown,
  file: string,
  shownAs: string,
  lang: Lang,
  debug: (text: string) => void,
): Promise<UsageError> {
  const unforeseen = !(e instanceof InputError) || e.code === 'load-failed';
  if (!unforeseen) return new UsageError(formatInputError(e, lang, shownAs));
  debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
  const part = await findDamagedPart(file);
  const error = part ? new InputError(file, 'part-damaged', { part }) : new InputError(file, 'load-failed');
  return new UsageError(formatInputError(error, lang, shownAs));
}
