/**
 * The lock around the check-in history: runs that record their check-in in the same history workbook
 * take turns, each reading, merging and writing the history while it holds the lock, so no check-in is
 * lost.
 *
 * The lock is a file next to the history, `.<name>.lock` (or `.tr-<hash>.lock` when that name would be
 * too long), created with O_EXCL and holding the owner's process id, host, the time it was taken and a
 * random token. A lock is stale when its process is gone (same host), or it is older than STALE_MS (a
 * process id in use again, another host on a shared folder), or it is empty and older than a second (its
 * owner was killed while writing it). A stale lock is moved aside atomically (rename) before it is
 * removed, so that two runs breaking it at once cannot both win.
 */
import { createHash, randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../file/errors';
import { addLock, dropLock } from './cleanup';
import { HOST, isAlive, NAME_MAX, writeError } from './files';
import { removeTemp, tempPath } from './temp';

interface LockInfo {
  readonly pid: number;
  readonly host: string;
  /** ISO time the lock was taken. */
  readonly time: string;
  readonly token: string;
}

export interface LockOptions {
  /** How long to wait for another run's lock before giving up (ms). */
  readonly waitMs: number;
  /** Said once when the lock is busy and this run waits for it. */
  readonly onWait?: (holder: { pid: number; host: string; since: string }) => void;
}

export interface HeldLock {
  readonly file: string;
  readonly release: () => Promise<void>;
}

/** A lock that no live process can hold any more (a process id reused, or another host's run). */
const STALE_MS = 30 * 60 * 1000;
/** A lock file still empty after this long was left by a run killed while it wrote the lock. */
const EMPTY_STALE_MS = 1000;

/** Where the lock of `target` lives: next to it, with a name that always fits. */
export function lockPathFor(target: string): string {
  const base = path.basename(target);
  const name = `.${base}.lock`;
  const short = `.tr-${createHash('sha1').update(base).digest('hex').slice(0, 16)}.lock`;
  return path.join(path.dirname(target), Buffer.byteLength(name) <= NAME_MAX ? name : short);
}

async function readLock(file: string): Promise<{ info: LockInfo | null; ageMs: number } | null> {
  const [text, st] = await Promise.all([
    fs.readFile(file, 'utf8').catch(() => null),
    fs.stat(file).catch(() => null),
  ]);
  if (text === null || st === null) return null;
  let info: LockInfo | null = null;
  try {
    info = JSON.parse(text) as LockInfo;
  } catch {
    // empty or cut off
  }
  return { info, ageMs: Date.now() - st.mtimeMs };
}

function isStale(lock: { info: LockInfo | null; ageMs: number }): boolean {
  if (!lock.info) return lock.ageMs > EMPTY_STALE_MS;
  if (lock.ageMs > STALE_MS) return true;
  return lock.info.host === HOST && !isAlive(lock.info.pid);
}

/** Moves a stale lock aside and removes it; puts it back when it turns out to be a fresh one. */
async function breakStale(file: string, seen: LockInfo | null): Promise<void> {
  const aside = tempPath(path.dirname(file), 'stale');
  try {
    await fs.rename(file, aside);
  } catch {
    await removeTemp(aside);
    return; // someone else broke it first
  }
  const moved = await readLock(aside);
  if (moved?.info && moved.info.token !== seen?.token) {
    // A run took the lock between our look and our move: give it back.
    await fs.link(aside, file).catch(() => undefined);
  }
  await removeTemp(aside);
}

async function tryCreate(file: string, info: LockInfo): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  addLock(file, info.token);
  try {
    // Not synced to disk: other runs see it at once through the file system (closing it is enough on a
    // network share), and a lock a crash left empty or cut short is stale after a second.
    await handle.writeFile(JSON.stringify(info));
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fs.unlink(file).catch(() => undefined);
    dropLock(file);
    throw e;
  }
  await handle.close();
  return true;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Takes the lock of `target` (the history workbook), waiting up to `waitMs` for another run's. */
export async function acquireLock(target: string, options: LockOptions): Promise<HeldLock> {
  const file = lockPathFor(target);
  const info: LockInfo = {
    pid: process.pid,
    host: HOST,
    time: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    try {
      if (await tryCreate(file, info)) break;
    } catch (e) {
      throw writeError(e, target);
    }
    const held = await readLock(file);
    if (held === null) continue; // released meanwhile
    if (isStale(held)) {
      await breakStale(file, held.info);
      continue;
    }
    const holder = { pid: held.info?.pid ?? 0, host: held.info?.host ?? '', since: held.info?.time ?? '' };
    if (Date.now() >= deadline) {
      throw new InputError(target, 'history-locked', {
        pid: String(holder.pid),
        host: holder.host === HOST ? '' : holder.host,
        since: localTime(holder.since),
      });
    }
    if (!told) options.onWait?.(holder);
    told = true;
    await sleep(40 + Math.floor(Math.random() * 120));
  }
  return { file, release: () => releaseLock(file, info.token) };
}

async function releaseLock(file: string, token: string): Promise<void> {
  const held = await readLock(file);
  if (held?.info?.token === token) await fs.unlink(file).catch(() => undefined);
  dropLock(file);
}

/** An ISO time as local hh:mm:ss (or the date too when it is not today). */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  const today = new Date();
  const sameDay = d.toDateString() === today.toDateString();
  return sameDay ? time : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}`;
}
