/**
 * Node-only file facts for the command line: which file a path names (device and inode), whether two
 * paths name the same file, where a symbolic link leads, whether a process is alive, and how a system
 * error code becomes one of the typed one-line messages of src/file/errors.ts.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputError, type InputErrorCode } from '../file/errors';

/** "device:inode" of the file a path leads to (symbolic links followed); null when there is none. */
export async function fileIdentity(p: string): Promise<string | null> {
  const st = await fs.stat(p).catch(() => null);
  return st ? `${st.dev}:${st.ino}` : null;
}

/**
 * True when two paths name the same file: the same device and inode (hard links, symbolic links, the
 * same path written twice), or, when one does not exist yet, the same real folder and name.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  const [ia, ib] = await Promise.all([fileIdentity(ra), fileIdentity(rb)]);
  if (ia && ib) return ia === ib;
  const [pa, pb] = await Promise.all([resolveLinks(ra), resolveLinks(rb)]);
  return pa === pb;
}

/** How many symbolic links are followed before a path is taken as it is (the kernel's own limit). */
const MAX_LINKS = 40;

/**
 * Where a path really leads, even when the last link dangles: its folder's real path joined with the
 * name, following each symbolic link the name is. Writing to the result replaces the file the user
 * meant and keeps the link.
 */
export async function resolveLinks(p: string): Promise<string> {
  let current = path.resolve(p);
  for (let i = 0; i < MAX_LINKS; i++) {
    const dir = await fs.realpath(path.dirname(current)).catch(() => path.dirname(current));
    current = path.join(dir, path.basename(current));
    const target = await fs.readlink(current).catch(() => null);
    if (target === null) return current;
    current = path.resolve(dir, target);
  }
  return current;
}

/** A path as shown to the user: relative to the working folder when inside it. */
export function shown(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** True when a process of this machine with that id exists (a zombie or another user's counts). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const HOST = os.hostname();

/** The longest file name most file systems take, in bytes (NAME_MAX). */
export const NAME_MAX = 255;

/** The typed message for a system error met while writing `file`; other errors are passed on as they are. */
export function writeError(e: unknown, file: string): unknown {
  if (e instanceof InputError) return e;
  const errno = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof errno !== 'string' || !/^E[A-Z0-9]+$/.test(errno)) return e;
  const code = ERRNO_CODES[errno];
  return new InputError(file, code ?? 'write-failed', code ? {} : { errno });
}

const ERRNO_CODES: Readonly<Record<string, InputErrorCode>> = {
  EACCES: 'write-denied',
  EPERM: 'write-denied',
  EROFS: 'write-denied',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EFBIG: 'disk-full',
  ENAMETOOLONG: 'name-too-long',
  EIO: 'io-error',
  EISDIR: 'output-is-folder',
};
