/**
 * The one web build the browser tests share: the harness build (webpack.harness.config.js: the
 * production pane and offline page, plus the harness page), made once per state of the sources by
 * whichever test file asks first and reused by the others. It lives in the system's temporary folder
 * under a name from a hash of the sources; while it is made, a lock folder holds the builder's process
 * id (a lock whose process is gone is taken over). On a busy machine the build may take many minutes:
 * the waits allow half an hour. PANE_BUILD_DIR=dir uses a build made by hand.
 */
import { createHash } from 'crypto';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';

const ROOT = path.join(__dirname, '..', '..');
/** The production address the build is made for. */
export const ADDIN_URL = 'https://addins.example.cn/target-report';
const INPUTS = [
  'src',
  'tests/browser/harness',
  'webpack.config.js',
  'webpack.harness.config.js',
  'tsconfig.json',
  'package-lock.json',
];

function hashInputs(): string {
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    const abs = path.join(ROOT, rel);
    if (!fs.existsSync(abs)) return;
    if (fs.statSync(abs).isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) walk(path.join(rel, name));
      return;
    }
    hash.update(rel).update('\0').update(fs.readFileSync(abs)).update('\0');
  };
  for (const rel of INPUTS) walk(rel);
  return hash.digest('hex').slice(0, 16);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function build(into: string): Promise<void> {
  try {
    await promisify(execFile)(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
        '-c',
        path.join(ROOT, 'webpack.harness.config.js'),
        '--env',
        `outputPath=${into}`,
      ],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 1_700_000, env: { ...process.env, ADDIN_URL } },
    );
  } catch (e) {
    const err = e as Error & { stdout?: string; stderr?: string };
    throw new Error(`webpack build failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

/** The folder of the shared build, made now when no test has made it for these sources yet. */
export async function sharedBuild(): Promise<string> {
  if (process.env.PANE_BUILD_DIR) return process.env.PANE_BUILD_DIR;
  const dir = path.join(os.tmpdir(), `target-report-web-${hashInputs()}`);
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 1_800_000;
  while (!fs.existsSync(dir)) {
    if (Date.now() > deadline) throw new Error(`waited too long for the build in ${dir}`);
    try {
      fs.mkdirSync(lock);
    } catch {
      const pid = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }));
      if (pid > 0 && !alive(pid)) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      const staging = `${dir}.${process.pid}.tmp`;
      fs.rmSync(staging, { recursive: true, force: true });
      try {
        await build(staging);
      } catch (e) {
        fs.rmSync(staging, { recursive: true, force: true });
        throw e;
      }
      fs.renameSync(staging, dir);
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}
