/**
 * Temporary files of the command line and what a killed run leaves of them.
 *
 * Every temporary file, commit journal and broken lock is named `.tr-<pid>-<6 hex>.<tmp|commit|stale>`
 * (22 bytes at most, whatever the output's own name: an output name of 255 bytes still works) in the
 * folder of the output it belongs to, so that a rename puts it in place atomically. A run that was
 * killed (SIGKILL, a power cut) cannot clean up; the next run that writes to the same folder does
 * (recoverFolders): it completes the commit a journal promised and removes the other temporary files
 * whose process is gone. "Gone" is judged on this machine: on a folder shared between machines, only
 * the history's folder is safe from cleaning another machine's live run (runs recording into the same
 * history clean up while they hold its lock, when no other such run is writing).
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { addTemp, dropTemp, isOwnLiveTemp } from './cleanup';
import { isAlive } from './files';

export type TempKind = 'tmp' | 'commit' | 'stale';

/** `.tr-<pid>-<random>.<kind>`: what this program names its temporary files. */
const OWN_NAME = /^\.tr-(\d+)-[0-9a-f]{6}\.(tmp|commit|stale)$/;
/** A file another writer made next to one of our temporary files while writing into it. */
const NESTED_NAME = /^\.\.tr-(\d+)-[0-9a-f]{6}\.tmp\..+\.tmp$/;
/** A temporary file older than this is stale even when its process id is in use again. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** A new temporary file's path in `dir`, registered so that a signal or an error removes it. */
export function tempPath(dir: string, kind: TempKind): string {
  const file = path.join(dir, `.tr-${process.pid}-${randomBytes(3).toString('hex')}.${kind}`);
  addTemp(file);
  return file;
}

/** Removes a temporary file (and anything a writer left next to it) and forgets it. */
export async function removeTemp(file: string): Promise<void> {
  await fs.unlink(file).catch(() => undefined);
  const prefix = `.${path.basename(file)}.`;
  const names = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(prefix))
      .map((n) => fs.unlink(path.join(path.dirname(file), n)).catch(() => undefined)),
  );
  dropTemp(file);
}

/** The process id in a temporary file's name, or null when the name is not one of ours. */
function ownerPid(name: string, legacyPrefixes: readonly string[]): number | null {
  const own = OWN_NAME.exec(name) ?? NESTED_NAME.exec(name);
  if (own) return Number(own[1]);
  // Earlier versions named a temporary file ".<output name>.<pid>.<random>.tmp".
  for (const prefix of legacyPrefixes) {
    if (!name.startsWith(prefix)) continue;
    const legacy = /^(\d+)\.[0-9a-z]{1,12}\.tmp$/.exec(name.slice(prefix.length));
    if (legacy) return Number(legacy[1]);
  }
  return null;
}

/** True when the file's process is gone (or its id now names this process, which did not make it). */
async function isStale(file: string, pid: number): Promise<boolean> {
  if (pid === process.pid) return !isOwnLiveTemp(file);
  if (!isAlive(pid)) return true;
  const st = await fs.stat(file).catch(() => null);
  return st !== null && Date.now() - st.mtimeMs > STALE_AFTER_MS;
}

interface Journal {
  readonly renames: readonly (readonly [string, string])[];
}

/** Completes the renames a killed run's journal lists (those whose temporary file is still there). */
async function rollForward(journal: string): Promise<void> {
  let parsed: Journal | null = null;
  try {
    parsed = JSON.parse(await fs.readFile(journal, 'utf8')) as Journal;
  } catch {
    // Cut off while it was being written: no rename had begun, so there is nothing to complete.
  }
  for (const [from, to] of parsed?.renames ?? []) {
    if (typeof from === 'string' && typeof to === 'string') await fs.rename(from, to).catch(() => undefined);
  }
  await fs.unlink(journal).catch(() => undefined);
}

/**
 * Cleans what killed runs left in these folders: first completes every commit a stale journal lists,
 * then removes stale temporary files. `outputNames` are the names of this run's outputs (their
 * temporary files from earlier versions of the program are recognised by them). Returns the names of
 * what was removed or completed.
 */
export async function recoverFolders(
  dirs: readonly string[],
  outputNames: readonly string[] = [],
): Promise<string[]> {
  const legacy = outputNames.map((n) => `.${n}.`);
  const unique = [...new Set(dirs)];
  const done: string[] = [];
  // Journals first (completing them renames temporary files away), then what is left.
  for (const pass of ['commit', 'rest'] as const) {
    const listed = await Promise.all(
      unique.map(async (dir) => ({ dir, names: await fs.readdir(dir).catch(() => [] as string[]) })),
    );
    for (const { dir, names } of listed) {
      for (const name of names) {
        const pid = ownerPid(name, legacy);
        const isJournal = name.endsWith('.commit');
        if (pid === null || isJournal !== (pass === 'commit')) continue;
        const file = path.join(dir, name);
        if (!(await isStale(file, pid))) continue;
        if (isJournal) await rollForward(file);
        else await fs.unlink(file).catch(() => undefined);
        done.push(file);
      }
    }
  }
  return done;
}
