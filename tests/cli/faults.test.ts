/**
 * The command line under faults and odd paths (the fault corpus of tests/faults/generate.ts): outputs
 * that are devices, pipes, sockets, links, over-long names or files of the user's; what a killed run
 * leaves; standard output; the same input reached twice; repeated options; damaged workbooks. Each case
 * checks the exit code, the one line (in both languages where words matter) and what is on disk after.
 */
import { promises as fs } from 'fs';
import * as net from 'net';
import * as path from 'path';
import JSZip from 'jszip';
import { cleanupSync } from '../../src/cli/cleanup';
import { readHistoryWorkbook } from '../../src/file/history';
import {
  DEAD_PID,
  foreignFiles,
  halfWrittenSharedStrings,
  historyLock,
  longName,
  pendingCommit,
  staleTemps,
} from '../faults/generate';
import { listFiles, plainSheet, removeDir, sha256, tempDir, writeXlsx } from '../hardening/corpus';
import { expectOneLineError, JS_ERROR_TEXT, runCli as cli } from '../support/runCli';

/** Names a run of this program may leave behind when something went wrong. */
const LEFTOVER = /^\.tr-|\.tmp$|\.commit$|\.stale$|\.lock$/;

async function leftovers(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => LEFTOVER.test(path.basename(f)));
}

let root: string;
let n = 0;
/** A fresh folder holding in.xlsx (three indicators). */
async function work(): Promise<string> {
  const dir = path.join(root, `w${++n}`);
  await fs.mkdir(dir, { recursive: true });
  await writeXlsx(path.join(dir, 'in.xlsx'), [plainSheet()]);
  return dir;
}

beforeAll(async () => {
  root = await tempDir('faults');
});
afterAll(async () => {
  await removeDir(root);
});
afterEach(() => {
  jest.restoreAllMocks();
});

// ───────────────────────────── devices, pipes, sockets, links ─────────────────────────────

describe('devices and pipes are written into, never replaced', () => {
  test('a symbolic link to /dev/null as --out and --json: exit 0, the link and the device stay', async () => {
    const dir = await work();
    await fs.symlink('/dev/null', path.join(dir, 'nul.xlsx'));
    await fs.symlink('/dev/null', path.join(dir, 'nul.json'));
    const r = await cli(['report', 'in.xlsx', '--out', 'nul.xlsx', '--json', 'nul.json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of ['nul.xlsx', 'nul.json']) {
      expect((await fs.lstat(path.join(dir, f))).isSymbolicLink()).toBe(true);
      expect(await fs.readlink(path.join(dir, f))).toBe('/dev/null');
    }
    expect((await fs.stat('/dev/null')).isCharacterDevice()).toBe(true);
    expect(await leftovers(dir)).toEqual([]);
  });

  test('a named pipe as --json: the reader gets the whole JSON, the pipe stays a pipe', async () => {
    const dir = await work();
    const fifo = path.join(dir, 'result.json');
    const { execFileSync } = await import('child_process');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      console.warn('skipped: mkfifo is not available here');
      return;
    }
    const reader = (async () => {
      const handle = await fs.open(fifo, 'r');
      try {
        return (await handle.readFile()).toString('utf8');
      } finally {
        await handle.close();
      }
    })();
    const r = await cli(['report', 'in.xlsx', '--json', 'result.json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(await reader) as { summary: { total: number } };
    expect(json.summary.total).toBe(3);
    expect((await fs.stat(fifo)).isFIFO()).toBe(true);
    expect(await leftovers(dir)).toEqual([]);
  });

  test('a device that fails (/dev/full): exit 2, one line, and the previous report is left as it was', async () => {
    const full = await fs.stat('/dev/full').catch(() => null);
    if (!full?.isCharacterDevice()) {
      console.warn('skipped: no /dev/full on this system');
      return;
    }
    const dir = await work();
    expect((await cli(['report', 'in.xlsx', '--out', 'r.xlsx'], dir)).code).toBe(0);
    const before = await sha256(path.join(dir, 'r.xlsx'));
    await fs.symlink('/dev/full', path.join(dir, 'full.json'));
    const zh = await cli(
      ['report', 'in.xlsx', '--period', 'Q1', '--out', 'r.xlsx', '--json', 'full.json'],
      dir,
    );
    expectOneLineError(zh, 'full.json：磁盘已满');
    const en = await cli(['report', 'in.xlsx', '--out', 'r.xlsx', '--json', 'full.json'], dir, {
      lang: 'en-US',
    });
    expectOneLineError(en, 'full.json: the disk is full');
    expect(await sha256(path.join(dir, 'r.xlsx'))).toBe(before);
    expect(await fs.readlink(path.join(dir, 'full.json'))).toBe('/dev/full');
    expect(await leftovers(dir)).toEqual([]);
  });

  test('a socket is refused: exit 2, one line in each language', async () => {
    const dir = await work();
    const sock = path.join(dir, 'out.sock');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      expectOneLineError(
        await cli(['report', 'in.xlsx', '--json', 'out.sock'], dir),
        'out.sock：不是普通文件',
      );
      expectOneLineError(
        await cli(['report', 'in.xlsx', '--json', 'out.sock'], dir, { lang: 'en-US' }),
        'out.sock: is not a regular file',
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('--history naming a device is refused (the history is read, then written back)', async () => {
    const dir = await work();
    await fs.symlink('/dev/null', path.join(dir, 'h.xlsx'));
    expectOneLineError(await cli(['report', 'in.xlsx', '--history', 'h.xlsx'], dir), 'h.xlsx：不是普通文件');
    expect(await fs.readlink(path.join(dir, 'h.xlsx'))).toBe('/dev/null');
  });

  test('a symbolic link to a report: the report it names is replaced, the link stays a link', async () => {
    const dir = await work();
    await fs.mkdir(path.join(dir, 'reports'));
    expect((await cli(['report', 'in.xlsx', '--json', 'reports/r.json', '--period', 'Q1'], dir)).code).toBe(
      0,
    );
    await fs.symlink('reports/r.json', path.join(dir, 'latest.json'));
    const r = await cli(['report', 'in.xlsx', '--json', 'latest.json', '--period', 'Q3'], dir);
    expect(r.code).toBe(0);
    expect((await fs.lstat(path.join(dir, 'latest.json'))).isSymbolicLink()).toBe(true);
    const json = JSON.parse(await fs.readFile(path.join(dir, 'reports', 'r.json'), 'utf8')) as {
      period: string;
    };
    expect(json.period).toBe('Q3');
    expect(await leftovers(dir)).toEqual([]);
  });
});

// ───────────────────────────── names ─────────────────────────────

describe('temporary names fit whatever the output is called', () => {
  test.each([
    ['80 Chinese characters (245 bytes)', `${'目'.repeat(80)}.xlsx`],
    ['255 bytes, the most a name may have', longName(255)],
  ])('an output named with %s is written', async (_label, name) => {
    const dir = await work();
    const history = longName(255, '.hist.xlsx');
    const r = await cli(['report', 'in.xlsx', '--out', name, '--history', history], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(await listFiles(dir)).toEqual([history, 'in.xlsx', name].sort());
    const h = await readHistoryWorkbook(path.join(dir, history));
    expect(h?.history.map((s) => s.period)).toEqual(['Q3']);
  });

  test('a name longer than the file system allows: exit 2, one line', async () => {
    const dir = await work();
    const name = longName(256);
    expectOneLineError(await cli(['report', 'in.xlsx', '--out', name], dir), '文件名或路径过长');
    expectOneLineError(
      await cli(['report', 'in.xlsx', '--out', name], dir, { lang: 'en-US' }),
      'longer than the file system allows',
    );
  });
});

// ───────────────────────────── what killed runs leave ─────────────────────────────

describe('what a killed run leaves is cleaned by the next run', () => {
  test('stale temporary files (this and earlier namings) go, a live process’s stays', async () => {
    const dir = await work();
    const stale = await staleTemps(dir, 'r.xlsx');
    const live = '.tr-1-abcdef.tmp'; // process 1 is always alive
    await fs.writeFile(path.join(dir, live), 'in use');
    const r = await cli(['report', 'in.xlsx', '--out', 'r.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`提示：已清理上次中断的运行留下的 ${stale.length} 个临时文件\n`);
    expect(await listFiles(dir)).toEqual([live, 'in.xlsx', 'r.xlsx'].sort());
  });

  test('a commit the killed run had begun is completed (its journal lists the renames)', async () => {
    const dir = await work();
    const content = '{"period":"Q2","indicators":[],"summary":{"total":0}}\n';
    await pendingCommit(dir, 'other.json', content);
    const r = await cli(['report', 'in.xlsx', '--json', 'r.json', '--lang', 'en-US'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: removed 1 temporary file left by an interrupted run\n');
    expect(await fs.readFile(path.join(dir, 'other.json'), 'utf8')).toBe(content);
    expect(await leftovers(dir)).toEqual([]);
  });

  test('a stale lock on the history (its process gone) is broken; the run records its check-in', async () => {
    const dir = await work();
    await historyLock(path.join(dir, 'h.xlsx'), DEAD_PID, 5_000);
    const r = await cli(['report', 'in.xlsx', '--history', 'h.xlsx', '--json', 'r.json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((await readHistoryWorkbook(path.join(dir, 'h.xlsx')))?.history).toHaveLength(1);
    expect(await leftovers(dir)).toEqual([]);
  });

  test('a lock older than 30 minutes is taken over even when its process id is in use (reused)', async () => {
    const dir = await work();
    await historyLock(path.join(dir, 'h.xlsx'), process.pid, 31 * 60_000);
    const r = await cli(['report', 'in.xlsx', '--history', 'h.xlsx'], dir, { lockWaitMs: 100 });
    expect(r.code).toBe(0);
    expect(await leftovers(dir)).toEqual([]);
  });

  test('a live lock: the run waits, then gives up with one line naming the holder; nothing written', async () => {
    const dir = await work();
    const lock = await historyLock(path.join(dir, 'h.xlsx'), process.pid);
    const zh = await cli(['report', 'in.xlsx', '--history', 'h.xlsx', '--json', 'r.json'], dir, {
      lockWaitMs: 300,
    });
    expect(zh.code).toBe(2);
    const lines = zh.stderr.trim().split('\n');
    expect(lines[0]).toBe(`h.xlsx 正由另一个 target-report 进程（进程号 ${process.pid}）更新，等待其完成…`);
    expect(lines[1]).toMatch(
      new RegExp(`^target-report: h\\.xlsx：正由另一个 target-report 进程更新（进程号 ${process.pid}，`),
    );
    expect(lines).toHaveLength(2);
    const en = await cli(['report', 'in.xlsx', '--history', 'h.xlsx'], dir, {
      lang: 'en-US',
      lockWaitMs: 100,
    });
    expect(en.stderr).toContain(
      `h.xlsx: is being updated by another target-report process (pid ${process.pid}`,
    );
    expect(await listFiles(dir)).toEqual(['.h.xlsx.lock', 'in.xlsx']);
    expect(JSON.parse(await fs.readFile(lock, 'utf8'))).toMatchObject({ token: 'f00d' });
  });
});

// ───────────────────────────── committed together ─────────────────────────────

describe('all outputs of a run are committed together', () => {
  async function firstRun(dir: string): Promise<Record<string, string>> {
    const r = await cli(
      ['report', 'in.xlsx', '--period', 'Q1', '--out', 'r.xlsx', '--json', 'r.json', '--history', 'h/h.xlsx'],
      dir,
    );
    expect(r.code).toBe(0);
    const hashes: Record<string, string> = {};
    for (const f of ['r.xlsx', 'r.json', 'h/h.xlsx']) hashes[f] = await sha256(path.join(dir, f));
    return hashes;
  }
  async function hashesOf(dir: string, files: Record<string, string>): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const f of Object.keys(files)) out[f] = await sha256(path.join(dir, f));
    return out;
  }

  test('the history failing last (its folder read-only) leaves the report, the JSON and the history as they were', async () => {
    const dir = await work();
    const before = await firstRun(dir);
    const realOpen = fs.open.bind(fs);
    jest.spyOn(fs, 'open').mockImplementation((async (p: string, flags?: string | number, mode?: number) => {
      if (String(p).startsWith(path.join(dir, 'h', '.')) && flags === 'wx' && !String(p).endsWith('.lock')) {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      }
      return realOpen(p, flags, mode);
    }) as typeof fs.open);
    const r = await cli(
      ['report', 'in.xlsx', '--period', 'Q2', '--out', 'r.xlsx', '--json', 'r.json', '--history', 'h/h.xlsx'],
      dir,
    );
    jest.restoreAllMocks();
    expectOneLineError(r, 'h/h.xlsx：无法写入（没有写入权限）');
    expect(await hashesOf(dir, before)).toEqual(before);
    expect(await leftovers(dir)).toEqual([]);
  });

  test('a history that cannot even be locked (/proc/self): exit 2, one line, nothing written', async () => {
    const dir = await work();
    const r = await cli(['report', 'in.xlsx', '--json', 'r.json', '--history', '/proc/self/h.xlsx'], dir);
    expectOneLineError(r, '/proc/self/h.xlsx');
    expect(await listFiles(dir)).toEqual(['in.xlsx']);
  });

  test('interrupted between two renames (a signal): the renames are completed, report and history agree', async () => {
    const dir = await work();
    await firstRun(dir);
    const realRename = fs.rename.bind(fs);
    jest.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      await realRename(from, to);
      // What the SIGINT handler does, right after the report took its place (the first rename).
      if (to === path.join(dir, 'r.xlsx')) cleanupSync();
    });
    const r = await cli(
      ['report', 'in.xlsx', '--period', 'Q2', '--out', 'r.xlsx', '--json', 'r.json', '--history', 'h/h.xlsx'],
      dir,
    );
    jest.restoreAllMocks();
    // The process would have ended in the signal handler; what counts is what it left on disk.
    expect(r.stderr).not.toMatch(JS_ERROR_TEXT);
    const json = JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8')) as { period: string };
    expect(json.period).toBe('Q2');
    const inReport = await readHistoryWorkbook(path.join(dir, 'r.xlsx'));
    const history = await readHistoryWorkbook(path.join(dir, 'h', 'h.xlsx'));
    expect(inReport?.history.map((s) => s.period)).toEqual(['Q1', 'Q2']);
    expect(history?.history.map((s) => s.period)).toEqual(['Q1', 'Q2']);
    expect(await leftovers(dir)).toEqual([]);
  });
});

// ───────────────────────────── files of the user's ─────────────────────────────

describe('an existing file this program did not write is not replaced without --force', () => {
  test.each([
    ['--out', 'xlsx'],
    ['--json', 'json'],
    ['--docx', 'docx'],
  ] as const)(
    '%s naming a file of the user’s: exit 2, one line saying so; --force replaces it',
    async (option, kind) => {
      const dir = await work();
      const file = (await foreignFiles(dir))[kind];
      const name = path.basename(file);
      const before = await sha256(file);
      expectOneLineError(
        await cli(['report', 'in.xlsx', option, name], dir),
        `${name}：已存在，且不是本工具写出的文件`,
        /--force/,
      );
      expectOneLineError(
        await cli(['report', 'in.xlsx', option, name], dir, { lang: 'en-US' }),
        `${name}: exists and was not written by Target Report`,
        /add --force/,
      );
      expect(await sha256(file)).toBe(before);
      const forced = await cli(['report', 'in.xlsx', option, name, '--force'], dir);
      expect(forced.code).toBe(0);
      expect(await sha256(file)).not.toBe(before);
      // Now it is the program's own: replaced without --force.
      expect((await cli(['report', 'in.xlsx', option, name, '--period', 'Q1'], dir)).code).toBe(0);
      expect(await leftovers(dir)).toEqual([]);
    },
  );

  test('a history workbook of the program’s own counts as its own', async () => {
    const dir = await work();
    expect((await cli(['report', 'in.xlsx', '--history', 'h.xlsx', '--json', 'r.json'], dir)).code).toBe(0);
    expect((await cli(['report', 'in.xlsx', '--out', 'h.xlsx'], dir)).code).toBe(0);
    expect((await readHistoryWorkbook(path.join(dir, 'h.xlsx')))?.hasReport).toBe(true);
  });

  test('the default output name taken by a workbook of the user’s is refused too', async () => {
    const dir = await work();
    await writeXlsx(path.join(dir, 'in.report.xlsx'), [{ name: '备忘', rows: [['我的备忘']] }]);
    expectOneLineError(await cli(['report', 'in.xlsx'], dir), 'in.report.xlsx：已存在');
  });

  test('an empty file holds nothing to lose: it is replaced', async () => {
    const dir = await work();
    await fs.writeFile(path.join(dir, 'r.json'), '');
    expect((await cli(['report', 'in.xlsx', '--json', 'r.json'], dir)).code).toBe(0);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'r.json'), 'utf8'))).toHaveProperty('summary');
  });

  test('an input is never replaced, even with --force', async () => {
    const dir = await work();
    const before = await sha256(path.join(dir, 'in.xlsx'));
    expectOneLineError(
      await cli(['report', 'in.xlsx', '--out', 'in.xlsx', '--force'], dir),
      '与输入文件相同',
    );
    expect(await sha256(path.join(dir, 'in.xlsx'))).toBe(before);
  });
});

// ───────────────────────────── standard output ─────────────────────────────

describe('"-" is standard output', () => {
  test('--out - writes the report workbook there, the summary to stderr', async () => {
    const dir = await work();
    const r = await cli(['report', 'in.xlsx', '--out', '-'], dir);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(r.stdoutBytes);
    expect(zip.file('xl/workbook.xml')).not.toBeNull();
    expect(r.stderr).toContain('目标任务共 3 项');
    expect(await listFiles(dir)).toEqual(['in.xlsx']);
  });

  test('--docx - writes the Word file there', async () => {
    const dir = await work();
    const r = await cli(['report', 'in.xlsx', '--docx', '-', '--lang', 'en-US'], dir);
    expect(r.code).toBe(0);
    expect((await JSZip.loadAsync(r.stdoutBytes)).file('word/document.xml')).not.toBeNull();
  });

  test('binary output to a terminal is refused; JSON to a terminal is fine', async () => {
    const dir = await work();
    expectOneLineError(
      await cli(['report', 'in.xlsx', '--out', '-'], dir, { stdoutIsTerminal: true }),
      '--out -：标准输出是终端',
    );
    expectOneLineError(
      await cli(['report', 'in.xlsx', '--docx', '-'], dir, { lang: 'en-US', stdoutIsTerminal: true }),
      '--docx -: standard output is a terminal',
    );
    const json = await cli(['report', 'in.xlsx', '--json', '-'], dir, { stdoutIsTerminal: true });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveProperty('summary');
  });

  test('two outputs to standard output, or the history there, are refused', async () => {
    const dir = await work();
    expectOneLineError(
      await cli(['report', 'in.xlsx', '--out', '-', '--json', '-'], dir),
      '--out 与 --json 都写到标准输出',
    );
    expectOneLineError(await cli(['report', 'in.xlsx', '--history', '-'], dir), '--history 不能是“-”');
    expectOneLineError(
      await cli(['report', 'in.xlsx', '--history', '-', '--lang', 'en-US'], dir),
      '--history cannot be "-"',
    );
  });
});

// ───────────────────────────── inputs ─────────────────────────────

describe('the same file reached twice is read once, with a note', () => {
  async function total(r: { stdout: string }): Promise<number> {
    return (JSON.parse(r.stdout) as { summary: { total: number } }).summary.total;
  }

  test('named twice, as ./in.xlsx, through a symbolic link and a hard link', async () => {
    const dir = await work();
    await fs.symlink('in.xlsx', path.join(dir, 'soft.xlsx'));
    await fs.link(path.join(dir, 'in.xlsx'), path.join(dir, 'hard.xlsx'));
    const r = await cli(
      ['report', 'in.xlsx', 'in.xlsx', './in.xlsx', 'soft.xlsx', 'hard.xlsx', '--json', '-'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(await total(r)).toBe(3);
    const notes = r.stderr.split('\n').filter((l) => l.startsWith('提示：'));
    expect(notes).toEqual([
      '提示：in.xlsx 与 in.xlsx 是同一个文件，只读取一次',
      '提示：in.xlsx 与 in.xlsx 是同一个文件，只读取一次',
      '提示：soft.xlsx 与 in.xlsx 是同一个文件，只读取一次',
      '提示：hard.xlsx 与 in.xlsx 是同一个文件，只读取一次',
    ]);
  });

  test('a folder holding a workbook and links to it: the sums are not doubled', async () => {
    const dir = await work();
    await fs.mkdir(path.join(dir, 'units'));
    await writeXlsx(path.join(dir, 'units', 'a.xlsx'), [plainSheet('目标任务', 2)]);
    await fs.symlink('a.xlsx', path.join(dir, 'units', 'b-link.xlsx'));
    await fs.link(path.join(dir, 'units', 'a.xlsx'), path.join(dir, 'units', 'c-hard.xlsx'));
    const r = await cli(['report', 'units', '--json', '-', '--lang', 'en-US'], dir);
    expect(r.code).toBe(0);
    expect(await total(r)).toBe(2);
    expect(r.stderr).toContain(
      `note: ${path.join('units', 'b-link.xlsx')} is the same file as ${path.join('units', 'a.xlsx')}; it is read once`,
    );
    expect(r.stderr).toContain(`note: ${path.join('units', 'c-hard.xlsx')} is the same file as`);
  });
});

describe('options', () => {
  test.each([
    [['--out', 'a.xlsx', '--out', 'b.xlsx'], '--out'],
    [['--period', 'Q1', '--period=Q2'], '--period'],
    [['--force', '--force'], '--force'],
    [['-o', 'a.xlsx', '--out', 'b.xlsx'], '--out'],
  ])('%j: an option given twice is an error', async (extra, option) => {
    const dir = await work();
    expectOneLineError(await cli(['report', 'in.xlsx', ...extra], dir), `选项 ${option} 给出了不止一次`);
    expectOneLineError(
      await cli(['report', 'in.xlsx', ...extra, '--lang', 'en-US'], dir),
      `option ${option} is given more than once`,
    );
    expect(await listFiles(dir)).toEqual(['in.xlsx']);
  });

  test('an empty value is an error', async () => {
    const dir = await work();
    expectOneLineError(await cli(['report', 'in.xlsx', '--out='], dir), '选项 --out 缺少取值');
  });
});

// ───────────────────────────── damaged files, odd places ─────────────────────────────

describe('one line naming the file and what is wrong, never JavaScript’s words', () => {
  test('a half-written sharedStrings part', async () => {
    const dir = await work();
    await fs.writeFile(path.join(dir, 'half.xlsx'), await halfWrittenSharedStrings());
    expectOneLineError(
      await cli(['report', 'half.xlsx'], dir),
      'half.xlsx：其中的 xl/sharedStrings.xml 不完整或已损坏',
    );
    expectOneLineError(
      await cli(['report', 'half.xlsx', '--lang', 'en-US'], dir),
      'half.xlsx: its part xl/sharedStrings.xml is cut off or damaged',
    );
  });

  test('a half-written history workbook', async () => {
    const dir = await work();
    await fs.writeFile(path.join(dir, 'h.xlsx'), await halfWrittenSharedStrings());
    expectOneLineError(await cli(['report', 'in.xlsx', '--history', 'h.xlsx'], dir), 'h.xlsx：');
  });

  test('--out in /proc/self', async () => {
    const dir = await work();
    expectOneLineError(
      await cli(['report', 'in.xlsx', '--out', '/proc/self/x.xlsx'], dir),
      '/proc/self/x.xlsx：',
    );
    expectOneLineError(
      await cli(['report', 'in.xlsx', '--out', '/proc/self/x.xlsx'], dir, { lang: 'en-US' }),
      '/proc/self/x.xlsx: ',
    );
  });
});
