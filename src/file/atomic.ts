import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from './errors';

/**
 * For the path-taking writers of this folder (writeReportWorkbook, writeDocx, writeHistoryWorkbook). The
 * command line does not write its outputs through here: it commits them all together itself, with short
 * temporary names, locks and recovery after a kill (src/cli/commit.ts).
 *
 * Writes a file so that an interrupted run never leaves a half-written file behind: the data goes to a
 * temporary file in the same folder (same file system, so rename is atomic), is flushed to disk, and is
 * then renamed over the target. On failure the temporary file is removed.
 */
export async function writeFileAtomic(target: string, data: Buffer | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) throw new InputError(target, 'output-folder-not-folder', { dir });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(target, 'no-output-folder', { dir });
  }
  const existing = await fs.stat(target).catch(() => null);
  if (existing && existing.isDirectory()) {
    throw new InputError(target, 'output-is-folder');
  }
  const tmp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(tmp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(tmp, target);
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new InputError(target, 'write-denied');
    }
    if (code === 'ENOSPC') throw new InputError(target, 'disk-full');
    throw e;
  }
}

/**
 * True when two paths name the same file: same resolved path, same real path (symbolic links), or the
 * same device and inode (hard links). A path that does not exist yet matches only by its resolved path.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  const [sa, sb] = await Promise.all([fs.stat(ra).catch(() => null), fs.stat(rb).catch(() => null)]);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  const [pa, pb] = await Promise.all([realDir(ra), realDir(rb)]);
  return pa === pb;
}

/** The real path of a file's folder joined with its name (the file itself may not exist). */
async function realDir(p: string): Promise<string> {
  const dir = await fs.realpath(path.dirname(p)).catch(() => path.dirname(p));
  return path.join(dir, path.basename(p));
}
