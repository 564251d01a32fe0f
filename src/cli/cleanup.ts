/**
 * What this process has on disk that is not the user's yet: temporary files, the commit journal and the
 * renames it promises, and the history locks it holds. Kept here so that a signal (SIGINT, SIGTERM,
 * SIGHUP) can finish or undo them synchronously before the process ends — see cleanupSync.
 */
import * as fsSync from 'fs';
import * as path from 'path';

/** Temporary files and journals this process made and still owns (absolute paths). */
const temps = new Set<string>();
/** Lock files this process holds, with the token written in each. */
const locks = new Map<string, string>();
/** The commit under way: the renames not done yet, and the journal that lists them. */
let commit: { readonly journal: string | null; readonly pending: [string, string][] } | null = null;

export function addTemp(file: string): void {
  temps.add(file);
}

export function dropTemp(file: string): void {
  temps.delete(file);
}

/** True when the file is a temporary file or journal this very process still owns. */
export function isOwnLiveTemp(file: string): boolean {
  return temps.has(file);
}

export function addLock(file: string, token: string): void {
  locks.set(file, token);
}

export function dropLock(file: string): void {
  locks.delete(file);
}

/** The renames of a commit are about to start (`pending` is shared: the commit removes what is done). */
export function beginRenames(pending: [string, string][], journal: string | null): void {
  commit = { journal, pending };
}

export function endRenames(): void {
  commit = null;
}

/** Removes a file, ignoring any error (it may be gone already). */
function unlinkQuietly(file: string): void {
  try {
    fsSync.unlinkSync(file);
  } catch {
    // already gone, or not ours to remove
  }
}

/** Files a writer made next to a temporary file of ours (".<temp name>.<pid>.<random>.tmp"). */
function removeNestedSync(file: string): void {
  const prefix = `.${path.basename(file)}.`;
  let names: string[] = [];
  try {
    names = fsSync.readdirSync(path.dirname(file));
  } catch {
    return;
  }
  for (const n of names) if (n.startsWith(prefix)) unlinkQuietly(path.join(path.dirname(file), n));
}

/**
 * Leaves the disk as a finished run would: a commit whose renames had begun is completed (every
 * temporary file it lists is complete and synced, so rolling forward keeps the outputs consistent),
 * every other temporary file is removed, and the locks this process holds are released.
 */
export function cleanupSync(): void {
  if (commit) {
    for (const [from, to] of commit.pending) {
      try {
        fsSync.renameSync(from, to);
      } catch {
        // done already by the commit itself
      }
      temps.delete(from);
    }
    if (commit.journal) unlinkQuietly(commit.journal);
    commit = null;
  }
  for (const file of temps) {
    unlinkQuietly(file);
    removeNestedSync(file);
  }
  temps.clear();
  for (const [file, token] of locks) {
    try {
      if (fsSync.readFileSync(file, 'utf8').includes(token)) fsSync.unlinkSync(file);
    } catch {
      // gone already
    }
  }
  locks.clear();
}
