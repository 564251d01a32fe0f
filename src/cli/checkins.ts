/**
 * The check-in history of a run: where it lives (its home: the --history workbook, or else the report
 * workbook --out names), the lock around it, and the earlier check-ins, read inside the lock so that the
 * run merges its own check-in into the latest history (read, merge, write — all under the lock).
 */
import { promises as fs } from 'fs';
import type { CheckInSnapshot, Lang } from '../engine';
import { InputError, LIST_SEPARATOR } from '../file/errors';
import { type HistoryWorkbook, readHistoryWorkbook } from '../file/history';
import { unreadableWorkbook } from './inputs';
import { acquireLock } from './lock';
import type { FileTarget, Target } from './outputs';

export type HistoryHome =
  /** --history names it; `inReport` when it is the --out file too (one workbook holds both). */
  | { readonly kind: 'history'; readonly target: FileTarget; readonly inReport: boolean }
  /** No --history: the report workbook keeps the history in a sheet of its own. */
  | { readonly kind: 'report'; readonly target: FileTarget };

export interface EarlierCheckIns {
  readonly history: CheckInSnapshot[];
  /** The workbook the history came from (as shown), when one did. */
  readonly file?: string;
  readonly unreadableRows: number;
}

const NONE: EarlierCheckIns = { history: [], unreadableRows: 0 };

/** Where the history lives, if anywhere a later run can read it back from. */
export function historyHome(
  history: Target | undefined,
  report: Target | undefined,
  historyIsReport: boolean,
): HistoryHome | null {
  if (history?.kind === 'file') return { kind: 'history', target: history, inReport: historyIsReport };
  if (!history && report?.kind === 'file') return { kind: 'report', target: report };
  return null;
}

/** Reads the history workbook; its problems name it as the user gave it. */
async function readHome(
  target: FileTarget,
  lang: Lang,
  debug: (text: string) => void,
): Promise<HistoryWorkbook | null> {
  try {
    return await readHistoryWorkbook(target.path);
  } catch (e) {
    if (e instanceof InputError && e.code !== 'load-failed')
      throw new InputError(target.shownAs, e.code, e.params);
    throw await unreadableWorkbook(e, target.path, target.shownAs, lang, debug);
  }
}

/**
 * The check-ins recorded before this one. With --history: read from that workbook when it exists (a
 * workbook that holds anything besides the history, or the report when it is not the --out file, is
 * refused so that nothing of the user's is overwritten). Without it: from the report workbook --out is
 * about to replace — refused, unless --force, when that file is not one this program wrote.
 */
export async function readEarlierCheckIns(
  home: HistoryHome | null,
  force: boolean,
  lang: Lang,
  debug: (text: string) => void,
): Promise<EarlierCheckIns> {
  if (!home) return NONE;
  const { target } = home;
  // Looked at now, under the lock: another run may have written it since this one started.
  const st = await fs.stat(target.path).catch(() => null);
  if (!st || st.size === 0) return NONE;
  if (home.kind === 'history') {
    const read = await readHome(target, lang, debug);
    if (!read) return NONE;
    if (read.otherSheets.length > 0 || (read.sheet === null && !read.hasReport)) {
      const sheets = read.otherSheets.join(LIST_SEPARATOR);
      throw new InputError(target.shownAs, 'history-foreign', sheets ? { sheets } : {});
    }
    if (read.hasReport && !home.inReport) throw new InputError(target.shownAs, 'history-is-report');
    return { history: read.history, file: target.shownAs, unreadableRows: read.diagnostics.length };
  }
  const read = await readHistoryWorkbook(target.path).catch(() => null);
  if (!read || (!read.hasReport && read.sheet === null)) {
    if (force) return NONE;
    throw new InputError(target.shownAs, 'not-own-output');
  }
  if (read.sheet === null) return NONE;
  return { history: read.history, file: target.shownAs, unreadableRows: read.diagnostics.length };
}

export interface LockWaiting {
  readonly waitMs: number;
  readonly onWait: (pid: number) => void;
}

/** Runs `fn` holding the lock of the history's home (no lock when the run keeps no history). */
export async function withHistoryLock<T>(
  home: HistoryHome | null,
  waiting: LockWaiting,
  fn: () => Promise<T>,
): Promise<T> {
  if (!home) return fn();
  const lock = await acquireLock(home.target.path, {
    waitMs: waiting.waitMs,
    onWait: (holder) => waiting.onWait(holder.pid),
  }).catch((e: unknown) => {
    throw e instanceof InputError ? new InputError(home.target.shownAs, e.code, e.params) : e;
  });
  try {
    return await fn();
  } finally {
    await lock.release();
  }
}
