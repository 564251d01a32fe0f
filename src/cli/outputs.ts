/**
 * Where each output goes, and whether it may go there.
 *
 * - A regular file (or a name not taken yet) is written by temp-and-rename (./commit.ts); a symbolic link
 *   to one is followed, so the link stays and the file it names is replaced.
 * - A character device or a named pipe (/dev/null, a FIFO) is written directly, never replaced.
 * - `-` is standard output (for .xlsx and .docx only when it is not a terminal).
 * - A folder, a block device or a socket is refused.
 *
 * An existing regular file is replaced only when this program wrote it (see isOwnOutput) or when
 * --force says so; an input is never replaced.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { HISTORY_HEADER_SEARCH_ROWS, type Lang } from '../engine';
import { InputError } from '../file/errors';
import { historyFromSources } from '../file/history';
import { readSheetsByName } from '../file/readXlsx';
import { isSameFile, resolveLinks, shown, writeError } from './files';
import { type Input, UsageError } from './inputs';
import { fileLine, TEXT } from './messages';

export type OutputOption = '--out' | '--json' | '--docx' | '--history';
export type OutputKind = 'xlsx' | 'json' | 'docx' | 'history';

interface TargetBase {
  readonly option: OutputOption;
  /** The name in messages: the path as the user gave it (relative to the working folder). */
  readonly shownAs: string;
}
export interface FileTarget extends TargetBase {
  readonly kind: 'file';
  /** Where the file really is (symbolic links followed): the temporary file goes next to it. */
  readonly path: string;
  /** The file there now, when there is one. */
  readonly existing: { readonly size: number; readonly mode: number } | null;
}
export interface DirectTarget extends TargetBase {
  readonly kind: 'direct';
  readonly path: string;
}
export interface StdoutTarget extends TargetBase {
  readonly kind: 'stdout';
}
export type Target = FileTarget | DirectTarget | StdoutTarget;

/** Errors from stat that mean "nothing there yet". */
const MISSING = new Set(['ENOENT', 'ENOTDIR']);

/** What an output option names: a file to replace, a device or pipe to write into, or standard output. */
export async function classifyTarget(
  option: OutputOption,
  given: string,
  cwd: string,
  lang: Lang,
): Promise<Target> {
  if (given === '-') return { kind: 'stdout', option, shownAs: `${option} -` };
  const abs = path.resolve(cwd, given);
  const shownAs = shown(abs, cwd);
  let st;
  try {
    st = await fs.stat(abs);
  } catch (e) {
    if (!MISSING.has((e as NodeJS.ErrnoException).code ?? '')) throw writeError(e, shownAs);
    return { kind: 'file', option, shownAs, path: await resolveLinks(abs), existing: null };
  }
  if (st.isDirectory()) throw new UsageError(fileLine(shownAs, TEXT[lang].outputIsFolder(option), lang));
  if (st.isFile()) {
    const existing = { size: st.size, mode: st.mode & 0o7777 };
    return { kind: 'file', option, shownAs, path: await resolveLinks(abs), existing };
  }
  if (option === '--history') throw new InputError(shownAs, 'history-not-file');
  if (st.isCharacterDevice() || st.isFIFO()) return { kind: 'direct', option, shownAs, path: abs };
  throw new InputError(shownAs, 'output-not-file');
}

/** Binary output is not poured into a terminal. */
export function checkStdout(target: Target, kind: OutputKind, stdoutIsTerminal: boolean): void {
  if (target.kind === 'stdout' && kind !== 'json' && stdoutIsTerminal) {
    throw new InputError(target.shownAs, 'stdout-terminal');
  }
}

/** No output on an input; no two outputs on one file (two into one device or pipe are fine). */
export async function checkNoClash(
  targets: readonly Target[],
  inputs: readonly Input[],
  lang: Lang,
): Promise<void> {
  const t = TEXT[lang];
  const named = targets.filter((x): x is FileTarget | DirectTarget => x.kind !== 'stdout');
  for (const o of named) {
    for (const input of inputs) {
      if (!(await isSameFile(o.path, input.path))) continue;
      if (o.option === '--history') throw new InputError(o.shownAs, 'history-is-input');
      throw new UsageError(fileLine(o.shownAs, t.sameAsInput, lang));
    }
  }
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const [a, b] = [named[i], named[j]];
      if (a.kind === 'direct' && b.kind === 'direct') continue;
      if (await isSameFile(a.path, b.path)) {
        throw new UsageError(fileLine(a.shownAs, t.sameOutput(a.option, b.option), lang));
      }
    }
  }
}

/** The description the Word writer puts in the document's properties, in either language. */
const DOCX_DESCRIPTIONS = ['目标任务完成情况对标报告', 'Target report'];

/** A result JSON of this program: the contract's period, indicators and summary. */
async function isOwnJson(file: string): Promise<boolean> {
  try {
    const json = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
    const summary = json.summary as Record<string, unknown> | undefined;
    return (
      typeof json.period === 'string' && Array.isArray(json.indicators) && typeof summary?.total === 'number'
    );
  } catch {
    return false;
  }
}

/** A Word file of this program: its core properties carry the report's description. */
async function isOwnDocx(file: string): Promise<boolean> {
  try {
    const { default: JSZip } = await import('jszip'); // only when a Word file is to be replaced
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    const description = /<dc:description>([^<]*)<\/dc:description>/.exec(core)?.[1] ?? '';
    return DOCX_DESCRIPTIONS.includes(description) && zip.file('word/document.xml') !== null;
  } catch {
    return false;
  }
}

/** Rows read of each sheet to know a workbook as the program's: the marker's and the history header's. */
const HEAD_ROWS = Math.max(HISTORY_HEADER_SEARCH_ROWS, 5);

/**
 * A workbook of this program: it holds the report sheet (its marker) or the check-in history sheet.
 * Only the first rows of each sheet are read.
 */
export async function isOwnWorkbook(file: string): Promise<boolean> {
  const sources = await readSheetsByName(file, () => false, HEAD_ROWS).catch(() => null);
  if (!sources) return false;
  const read = historyFromSources(sources, file);
  return read.hasReport || read.sheet !== null;
}

/**
 * How "this program wrote it" is known, per output: a report workbook by the marker of its report sheet
 * (or its check-in history sheet), a history workbook by its history sheet, a JSON file by the contract's
 * shape (period, indicators, summary.total), a Word file by the description in its properties. An empty
 * file holds nothing to lose and counts as the program's.
 */
export async function isOwnOutput(target: FileTarget, kind: OutputKind): Promise<boolean> {
  if (!target.existing || target.existing.size === 0) return true;
  if (kind === 'json') return isOwnJson(target.path);
  if (kind === 'docx') return isOwnDocx(target.path);
  return isOwnWorkbook(target.path);
}

/** Refuses to replace a file this program did not write, unless --force. */
export async function checkOwnOutput(target: Target, kind: OutputKind, force: boolean): Promise<void> {
  if (target.kind !== 'file' || force) return;
  if (!(await isOwnOutput(target, kind))) throw new InputError(target.shownAs, 'not-own-output');
}
