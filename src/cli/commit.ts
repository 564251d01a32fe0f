/**
 * All outputs of a run are committed together, at the end:
 *
 * 1. stage: each regular file is written in full to a temporary file next to it (./temp.ts), synced to
 *    disk; outputs for a device, a pipe or standard output are kept as bytes;
 * 2. devices and pipes are written (a failure here still leaves every regular file as it was);
 * 3. a journal listing the renames is written and synced (when there are two or more), the temporary
 *    files are renamed over their targets, the folders synced, and the journal removed.
 *
 * Any error before step 3 removes the temporary files and leaves the previous outputs intact. A run
 * killed during step 3 leaves the journal; the next run completes the renames it lists (./temp.ts
 * recoverFolders), and a run interrupted by a signal completes them at once (./cleanup.ts). Either way
 * the report and the history end up from the same run.
 */
import { closeSync, constants, fchmodSync, fsync, openSync, promises as fs, write } from 'fs';
import * as path from 'path';
import { concat } from '../file/core/zip';
import { InputError } from '../file/errors';
import { beginRenames, dropTemp, endRenames } from './cleanup';
import { writeError } from './files';
import type { FileTarget, Target } from './outputs';
import { removeTemp, tempPath } from './temp';

export type Stage =
  | { readonly target: FileTarget; readonly tmp: string }
  | { readonly target: Exclude<Target, FileTarget>; readonly bytes: Uint8Array };

/**
 * Bytes handed over piece by piece, each to be done with when the call returns: never one buffer of the
 * whole (a piece is kept only until its write has run).
 */
type Pieces = (write: (bytes: Uint8Array) => void) => void;

/**
 * Writes bytes, or pieces as they come, to a new file and syncs them; `mode` is the permission bits of
 * the file it replaces. The file is opened at once and each piece goes in one system call where the
 * system allows, each call one job on the thread pool at its own place in the file: the writing goes on
 * while this thread makes the next piece or renders the next output (a stepwise asynchronous write would
 * wait for this thread between steps).
 */
export async function writeNewFile(
  file: string,
  content: Uint8Array | readonly Uint8Array[] | Pieces,
  mode?: number,
): Promise<void> {
  const fd = openSync(file, 'wx');
  try {
    if (mode !== undefined) fchmodSync(fd, mode);
    const writes: Promise<void>[] = [];
    let position = 0;
    const put = (bytes: Uint8Array): void => {
      writes.push(writeAt(fd, bytes, position));
      position += bytes.length;
    };
    // A piece handed over by a function is reused once handed over: it is copied for the write that is
    // still to run. Pieces given as a list are kept as they are until written.
    if (typeof content === 'function') content((piece) => put(piece.slice()));
    else if (content instanceof Uint8Array) put(content);
    else for (const piece of content) put(piece);
    await Promise.all(writes);
    await new Promise<void>((resolve, reject) => fsync(fd, (e) => (e ? reject(e) : resolve())));
  } finally {
    closeSync(fd);
  }
}

/** All of `bytes` written to an open file from `position` on (a short write continues where it stopped). */
function writeAt(fd: number, bytes: Uint8Array, position: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const from = (at: number): void => {
      if (at >= bytes.length) return resolve();
      write(fd, bytes, at, bytes.length - at, position + at, (e, n) => (e ? reject(e) : from(at + n)));
    };
    from(0);
  });
}

/** Creates the folder of a file target when missing (out/report.xlsx in a fresh clone). */
export async function ensureFolder(target: FileTarget, onFail: () => unknown): Promise<void> {
  try {
    await fs.mkdir(path.dirname(target.path), { recursive: true });
  } catch {
    throw onFail();
  }
}

/**
 * Stages one output. `write` produces the file itself (it is given the temporary path), for writers that
 * take a path; otherwise the bytes (or the pieces, in order) are written.
 */
export async function stage(
  target: Target,
  content: Uint8Array | readonly Uint8Array[] | ((file: string) => Promise<void>),
): Promise<Stage> {
  if (target.kind !== 'file') {
    if (typeof content === 'function') throw new Error('a writer that takes a path needs a file target');
    return { target, bytes: content instanceof Uint8Array ? content : concat(content) };
  }
  const tmp = tempPath(path.dirname(target.path), 'tmp');
  try {
    if (typeof content === 'function') {
      await content(tmp);
      if (target.existing) await fs.chmod(tmp, target.existing.mode);
    } else {
      await writeNewFile(tmp, content, target.existing?.mode);
    }
  } catch (e) {
    await removeTemp(tmp);
    // A writer's own message names the temporary file: name the output instead.
    throw e instanceof InputError
      ? new InputError(target.shownAs, e.code, e.params)
      : writeError(e, target.shownAs);
  }
  return { target, tmp };
}

/** Removes every temporary file of these stages (after an error). */
export async function discard(stages: readonly Stage[]): Promise<void> {
  for (const s of stages) if ('tmp' in s) await removeTemp(s.tmp);
}

/** Writes into a character device or a named pipe, as it is: no temporary file, nothing replaced. */
async function writeDirect(file: string, bytes: Uint8Array, shownAs: string): Promise<void> {
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(file, constants.O_WRONLY);
    await handle.writeFile(bytes);
  } catch (e) {
    // A pipe whose reader has gone (`| head`): the rest is not wanted, as with standard output.
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw writeError(e, shownAs);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Flushes the folder entries (the renames) to disk where the system allows it. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

async function writeJournal(dir: string, renames: readonly (readonly [string, string])[]): Promise<string> {
  const journal = tempPath(dir, 'commit');
  await writeNewFile(journal, Buffer.from(JSON.stringify({ pid: process.pid, renames }), 'utf8'));
  return journal;
}

/**
 * Commits staged outputs: devices and pipes first, then every rename (see the file comment). Standard
 * output is left to the caller, after the commit. On an error every temporary file not yet renamed is
 * removed and the error names the output.
 */
export async function commit(stages: readonly Stage[]): Promise<void> {
  const files = stages.filter((s): s is Extract<Stage, { tmp: string }> => 'tmp' in s);
  try {
    for (const s of stages) {
      if (s.target.kind === 'direct' && 'bytes' in s)
        await writeDirect(s.target.path, s.bytes, s.target.shownAs);
    }
  } catch (e) {
    await discard(stages);
    throw e;
  }
  const pending: [string, string][] = files.map((s) => [s.tmp, s.target.path]);
  let journal: string | null = null;
  let current: FileTarget | null = null;
  try {
    // The journal goes next to the last output (the history, when there is one).
    if (files.length > 1)
      journal = await writeJournal(path.dirname(files[files.length - 1].target.path), pending);
    beginRenames(pending, journal);
    for (const s of files) {
      current = s.target;
      await fs.rename(s.tmp, s.target.path);
      pending.shift();
      dropTemp(s.tmp);
    }
    current = null;
    for (const dir of new Set(files.map((s) => path.dirname(s.target.path)))) await syncFolder(dir);
  } catch (e) {
    endRenames();
    for (const [tmp] of pending) await removeTemp(tmp);
    throw writeError(e, (current ?? files[0]?.target)?.shownAs ?? '');
  } finally {
    endRenames();
    if (journal) await removeTemp(journal);
  }
}
