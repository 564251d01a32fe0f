/**
 * `--history`: check-ins over a year on the same workbook (Q1 → Q2 → Q3), the history kept in a workbook
 * of its own or in the report workbook, a period re-run replacing its snapshot, and the files the
 * history must never be written over.
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readHistoryWorkbook } from '../../src/file/history';
import { type CliResult, expectOneLineError, runCli } from '../support/runCli';

/** The command in process at `now` (default 2026-04-08 09:30). */
const cli = (args: string[], cwd: string, now = new Date(2026, 3, 8, 9, 30)) => runCli(args, cwd, { now });

async function sha(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/**
 * The indicator workbook with actuals filled through `quarters` (1..3):
 *   科技下乡 180: Q1 45 on pace; Q2 +20 = 65 of 90 (at risk); Q3 +75 = 140 of 135 (on track again).
 *   培训群众 100: Q1 30; Q2 +30 = 60 of 50; Q3 +50 = 110 (achieved).
 *   义诊活动 40: Q1 10; Q2 +10 = 20 of 20; Q3 +5 = 25 of 30 (pace 0.83: behind).
 */
async function writeTargets(file: string, quarters: number): Promise<void> {
  const plan: [string, string, string, number, number[]][] = [
    ['1', '科技下乡', '场次', 180, [45, 20, 75]],
    ['2', '培训群众', '人次', 100, [30, 30, 50]],
    ['3', '义诊活动', '场次', 40, [10, 10, 5]],
  ];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目标任务');
  ws.addRow(['2026年度目标任务完成情况表']);
  ws.addRow([
    '序号',
    '类别',
    '指标名称',
    '单位',
    '年度目标',
    '一季度',
    '二季度',
    '三季度',
    '四季度',
    '责任部门',
  ]);
  for (const [id, name, unit, target, q] of plan) {
    const actuals = [0, 1, 2, 3].map((i) => (i < quarters ? q[i] : null));
    ws.addRow([id, '职能目标任务', name, unit, target, ...actuals, '科普部']);
  }
  await wb.xlsx.writeFile(file);
}

/** Every string in a worksheet, joined (the report's text). */
async function sheetText(file: string, sheet: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${file}`);
  const parts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && parts.push(c.value))));
  return parts.join('\n');
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

interface ChangesJson {
  previousPeriod: string;
  newlyBehind: { name: string; before: string; after: string }[];
  recovered: { name: string; before: string; after: string }[];
  newlyAchieved: { name: string; before: string; after: string }[];
  categoryPace: { category: string | null; before: number; after: number }[];
}
interface Json {
  period: string;
  indicators: { name: string; status: string }[];
  changes: ChangesJson | null;
}

async function readJson(file: string): Promise<Json> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as Json;
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-cli-history-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('Q1 → Q2 → Q3 with --history <file>', () => {
  let dir: string;
  const runs: { r: CliResult; json: Json }[] = [];
  const input = () => path.join(dir, '2026年目标.xlsx');

  beforeAll(async () => {
    dir = path.join(tmp, 'quarters');
    await fs.mkdir(dir);
    for (const q of [1, 2, 3]) {
      await writeTargets(input(), q);
      const r = await cli(
        [
          'report',
          '2026年目标.xlsx',
          '--history',
          '对标记录.xlsx',
          '--json',
          `q${q}.json`,
          '--out',
          `q${q}.xlsx`,
        ],
        dir,
        new Date(2026, q * 3, 8, 9, 30),
      );
      runs.push({ r, json: await readJson(path.join(dir, `q${q}.json`)) });
    }
  }, 60_000);

  it('each run succeeds, takes the latest quarter with actuals and says where the history is', () => {
    expect(runs.map((x) => x.r.code)).toEqual([0, 0, 0]);
    expect(runs.map((x) => x.json.period)).toEqual(['Q1', 'Q2', 'Q3']);
    for (const x of runs) expect(x.r.stderr).toBe('');
    expect(runs[0].r.stdout).toContain('对标记录已写入：对标记录.xlsx（共 1 期：Q1）');
    expect(runs[2].r.stdout).toContain('对标记录已写入：对标记录.xlsx（共 3 期：Q1、Q2、Q3）');
  });

  it('the first check-in has nothing to compare with: no changes, no "since the last check-in" text', async () => {
    expect(runs[0].json.changes).toBeNull();
    expect(await sheetText(path.join(dir, 'q1.xlsx'), '对标报告')).not.toContain('与上次对标');
  });

  it('Q2 compares with Q1: 科技下乡 fell behind', () => {
    const c = runs[1].json.changes!;
    expect(c.previousPeriod).toBe('Q1');
    expect(c.newlyBehind).toEqual([expect.objectContaining({ name: '科技下乡', before: 'on_track' })]);
    expect(c.recovered).toEqual([]);
  });

  it('Q3 compares with Q2: recovered, newly achieved, newly behind, and the pace per category', () => {
    const c = runs[2].json.changes!;
    expect(c.previousPeriod).toBe('Q2');
    expect(c.recovered.map((x) => x.name)).toEqual(['科技下乡']);
    expect(c.newlyAchieved.map((x) => x.name)).toEqual(['培训群众']);
    expect(c.newlyBehind).toEqual([
      expect.objectContaining({ name: '义诊活动', before: 'on_track', after: 'behind' }),
    ]);
    expect(c.categoryPace).toEqual([
      {
        category: '职能目标任务',
        before: expect.closeTo((65 / 180 + 60 / 100 + 20 / 40) / 3, 4),
        after: expect.closeTo((140 / 180 + 110 / 100 + 25 / 40) / 3, 4),
      },
    ]);
  });

  it('the Q3 report workbook says what changed since the last check-in, and holds the history sheet', async () => {
    const out = path.join(dir, 'q3.xlsx');
    const text = await sheetText(out, '对标报告');
    expect(text).toContain('与上次对标（');
    expect(text).toMatch(/科技下乡/);
    expect(await sheetNames(out)).toEqual(expect.arrayContaining(['对标报告', '对标记录']));
    expect((await sheetNames(out)).indexOf('对标记录')).toBe(1);
    const inReport = await readHistoryWorkbook(out);
    expect(inReport!.history.map((h) => h.period)).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it('the history workbook holds one snapshot per check-in, with the statuses of the time', async () => {
    const h = await readHistoryWorkbook(path.join(dir, '对标记录.xlsx'));
    expect(h!.sheet).toBe('对标记录');
    expect(h!.history.map((s) => s.period)).toEqual(['Q1', 'Q2', 'Q3']);
    const status = (period: string, name: string) =>
      h!.history.find((s) => s.period === period)!.entries.find((e) => e.name === name)!.status;
    expect(status('Q1', '科技下乡')).toBe('on_track');
    expect(status('Q2', '科技下乡')).toBe('at_risk');
    expect(status('Q3', '科技下乡')).toBe('on_track');
    expect(status('Q3', '培训群众')).toBe('achieved');
    expect(h!.history[0].takenAt).toMatch(/^2026-04-08T09:30:00[+-]\d\d:\d\d$/);
  });

  it('re-running Q2 replaces Q2: still three periods, Q2 taken at the new time, compared with Q1', async () => {
    const r = await cli(
      ['report', '2026年目标.xlsx', '--period', 'Q2', '--history', '对标记录.xlsx', '--json', 'again.json'],
      dir,
      new Date(2026, 6, 20, 15, 0),
    );
    expect(r.code).toBe(0);
    const h = await readHistoryWorkbook(path.join(dir, '对标记录.xlsx'));
    expect(h!.history.map((s) => s.period)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(h!.history[1].takenAt).toMatch(/^2026-07-20T15:00:00/);
    expect(h!.history.every((s) => s.entries.length === 3)).toBe(true);
    const json = await readJson(path.join(dir, 'again.json'));
    expect(json.changes!.previousPeriod).toBe('Q1');
    expect(r.stdout).toContain('（共 3 期：Q1、Q2、Q3）');
  });

  it('the input workbook is never written to', async () => {
    const before = await sha(input());
    const r = await cli(['report', '2026年目标.xlsx', '--history', '对标记录.xlsx', '--json', '-'], dir);
    expect(r.code).toBe(0);
    expect(await sha(input())).toBe(before);
  });
});

describe('the history kept in the report workbook (no --history)', () => {
  it('re-running onto the same --out reads its history first: the Q3 report shows what changed (en-US)', async () => {
    const dir = path.join(tmp, 'in-report');
    await fs.mkdir(dir);
    const input = path.join(dir, 'targets.xlsx');
    const results: CliResult[] = [];
    for (const q of [1, 2, 3]) {
      await writeTargets(input, q);
      results.push(await cli(['report', 'targets.xlsx', '--lang', 'en-US', '--out', 'report.xlsx'], dir));
    }
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(results[2].stdout).toContain(
      'Check-in history kept in the report workbook report.xlsx (3 check-ins: Q1, Q2, Q3)',
    );
    expect(await sheetNames(path.join(dir, 'report.xlsx'))).toEqual(
      expect.arrayContaining(['Target report', 'Check-in history']),
    );
    const text = await sheetText(path.join(dir, 'report.xlsx'), 'Target report');
    expect(text).toContain('Since the last check-in (Q2)');
    const h = await readHistoryWorkbook(path.join(dir, 'report.xlsx'));
    expect(h!.history.map((s) => s.period)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(await fs.readdir(dir)).toEqual(expect.arrayContaining(['report.xlsx', 'targets.xlsx']));
    expect((await fs.readdir(dir)).length).toBe(2);
  }, 60_000);

  it('the default output <name>.report.xlsx keeps the history too', async () => {
    const dir = path.join(tmp, 'default-out');
    await fs.mkdir(dir);
    const input = path.join(dir, '目标.xlsx');
    await writeTargets(input, 1);
    expect((await cli(['report', '目标.xlsx'], dir)).code).toBe(0);
    await writeTargets(input, 2);
    const r = await cli(['report', '目标.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('对标记录保存在报告工作簿 目标.report.xlsx 中（共 2 期：Q1、Q2）');
    expect(await sheetText(path.join(dir, '目标.report.xlsx'), '对标报告')).toContain('与上次对标（');
  }, 30_000);

  it('--history naming the --out file: one workbook holds the report and the history', async () => {
    const dir = path.join(tmp, 'same-file');
    await fs.mkdir(dir);
    const input = path.join(dir, 't.xlsx');
    for (const q of [1, 2]) {
      await writeTargets(input, q);
      const r = await cli(
        ['report', 't.xlsx', '--out', 'r.xlsx', '--history', 'r.xlsx', '--json', 'r.json'],
        dir,
      );
      expect(r.code).toBe(0);
    }
    expect((await readJson(path.join(dir, 'r.json'))).changes!.previousPeriod).toBe('Q1');
    expect((await sheetNames(path.join(dir, 'r.xlsx'))).slice(0, 2)).toEqual(['对标报告', '对标记录']);
    expect((await fs.readdir(dir)).sort()).toEqual(['r.json', 'r.xlsx', 't.xlsx']);
  }, 30_000);
});

describe('files the history is never written over', () => {
  let dir: string;
  beforeAll(async () => {
    dir = path.join(tmp, 'refuse');
    await fs.mkdir(dir);
    await writeTargets(path.join(dir, 't.xlsx'), 2);
  });

  it('an input file', async () => {
    const before = await sha(path.join(dir, 't.xlsx'));
    expectOneLineError(
      await cli(['report', 't.xlsx', '--history', 't.xlsx'], dir),
      't.xlsx：是输入文件之一；对标记录不会写到输入文件上',
    );
    expectOneLineError(
      await cli(['report', 't.xlsx', '--history', './t.xlsx', '--lang', 'en-US'], dir),
      't.xlsx: is one of the input files; the check-in history is never written over an input',
    );
    expect(await sha(path.join(dir, 't.xlsx'))).toBe(before);
    expect(await fs.readdir(dir)).toEqual(['t.xlsx']);
  });

  it("a workbook of the user's that is not a history workbook", async () => {
    const mine = path.join(dir, '我的数据.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('台账').getCell('A1').value = '重要数据';
    await wb.xlsx.writeFile(mine);
    const before = await sha(mine);
    expectOneLineError(
      await cli(['report', 't.xlsx', '--history', '我的数据.xlsx', '--json', 'x.json'], dir),
      '我的数据.xlsx：不是对标记录工作簿（含有其他工作表：“台账”）',
    );
    expectOneLineError(
      await cli(
        ['report', 't.xlsx', '--history', '我的数据.xlsx', '--lang', 'en-US', '--json', 'x.json'],
        dir,
      ),
      /^target-report: 我的数据\.xlsx: is not a check-in history workbook \(it holds other sheets: "台账"\)/,
    );
    expect(await sha(mine)).toBe(before);
    await expect(fs.stat(path.join(dir, 'x.json'))).rejects.toThrow();
  });

  it('a report workbook that is not the --out file', async () => {
    expect((await cli(['report', 't.xlsx', '--out', 'report.xlsx'], dir)).code).toBe(0);
    const before = await sha(path.join(dir, 'report.xlsx'));
    expectOneLineError(
      await cli(['report', 't.xlsx', '--history', 'report.xlsx', '--json', 'x.json'], dir),
      'report.xlsx：是对标报告工作簿；要把对标记录保存在报告工作簿中，请用 --out 指向它',
    );
    expect(await sha(path.join(dir, 'report.xlsx'))).toBe(before);
  });

  it('a history file that is not a workbook: one line in the run language, nothing written', async () => {
    await fs.writeFile(path.join(dir, 'h.xlsx'), 'period,taken_at\n');
    expectOneLineError(
      await cli(['report', 't.xlsx', '--history', 'h.xlsx', '--json', 'y.json'], dir),
      'h.xlsx：是文本/CSV 文件，不是 .xlsx 工作簿',
    );
    await expect(fs.stat(path.join(dir, 'y.json'))).rejects.toThrow();
  });

  it('the same file as --json or --docx', async () => {
    expectOneLineError(
      await cli(['report', 't.xlsx', '--history', 'x.docx', '--docx', 'x.docx'], dir),
      '--docx 与 --history',
    );
  });

  it('a history workbook inside an input folder is not read as a unit', async () => {
    const folder = path.join(dir, 'units');
    await fs.mkdir(folder);
    await writeTargets(path.join(folder, 'a.xlsx'), 1);
    const first = await cli(['report', 'units', '--history', 'units/history.xlsx', '--json', 'u1.json'], dir);
    expect(first.code).toBe(0);
    await writeTargets(path.join(folder, 'a.xlsx'), 2);
    const second = await cli(
      ['report', 'units', '--history', 'units/history.xlsx', '--json', 'u2.json'],
      dir,
    );
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    const json = await readJson(path.join(dir, 'u2.json'));
    expect(json.changes!.previousPeriod).toBe('Q1');
    expect(json.indicators).toHaveLength(3);
  });
});

describe('--help documents --history', () => {
  it('in both languages', async () => {
    const zh = await cli(['--help'], tmp);
    expect(zh.stdout).toContain('--history <记录.xlsx>');
    expect(zh.stdout).toContain('同一期间重复对标时替换该期记录');
    const en = await cli(['--help', '--lang', 'en-US'], tmp);
    expect(en.stdout).toContain('--history <file.xlsx>');
    expect(en.stdout).toContain('Check-in history');
  });
});
