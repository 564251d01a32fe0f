import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  type CheckInSnapshot,
  displayWidth,
  findHistoryGrid,
  HISTORY_COLUMNS,
  HISTORY_SHEET_NAME,
  historyToRows,
  historyWords,
  type ReportLayout,
  type SheetLayout,
  sheetRows,
  statusLabel,
} from '../../src/engine';
import { InputError } from '../../src/file/errors';
import { nodeCodec } from '../../src/file/node';
import {
  historyFromSources,
  readHistoryWorkbook,
  withHistorySheet,
  writeHistoryWorkbook,
} from '../../src/file/history';
import { historySheetLayout } from '../../src/file/historyBook';
import { readWorkbookFile } from '../../src/file/readXlsx';
import { renderReportWorkbook } from '../../src/file/writeXlsx';

function snapshot(
  period: string,
  actual: number | null,
  status: CheckInSnapshot['entries'][number]['status'],
) {
  const s: CheckInSnapshot = {
    period,
    takenAt: `2026-0${period === 'Q1' ? 4 : 7}-05T09:30:00+08:00`,
    entries: [
      {
        key: '市科协|1',
        sheet: '市科协',
        id: '1',
        name: '组织科技下乡',
        category: '职能目标任务',
        target: 180,
        actual,
        expected: 45,
        completion: actual === null ? null : actual / 180,
        status,
      },
      {
        key: '市科协|=sum(a1)',
        sheet: '市科协',
        id: null,
        name: '=SUM(A1)',
        category: null,
        target: 12.5,
        actual: 3,
        expected: 3.125,
        completion: 0.24,
        status: 'behind',
      },
    ],
  };
  return s;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-history-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the history workbook', () => {
  const history = [snapshot('Q1', 50, 'on_track'), snapshot('Q2', null, 'no_data')];

  test('write → read gives the same history back, from a sheet named 对标记录', async () => {
    const file = path.join(dir, 'h.xlsx');
    await writeHistoryWorkbook(history, file, 'zh-CN');
    const read = await readHistoryWorkbook(file);
    expect(read).not.toBeNull();
    expect(read!.sheet).toBe('对标记录');
    expect(read!.history).toEqual(history);
    expect(read!.diagnostics).toEqual([]);
    expect(read!.hasReport).toBe(false);
    expect(read!.otherSheets).toEqual([]);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('the sheet in the report language: labels in row 1, the codes hidden, local times, statuses in words', async () => {
    const col = (c: (typeof HISTORY_COLUMNS)[number]) => HISTORY_COLUMNS.indexOf(c) + 1;
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const file = path.join(dir, `look-${lang}.xlsx`);
      await fs.writeFile(
        file,
        await renderReportWorkbook({ sheets: [historySheetLayout(history, lang, 'Asia/Shanghai')] }),
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(HISTORY_SHEET_NAME[lang])!;
      expect(ws).toBeDefined();
      const words = historyWords(lang);
      expect(ws.getCell(1, col('period')).value).toBe(words.columns.period);
      expect(ws.getCell(1, col('status_name')).value).toBe(words.columns.status_name);
      expect(ws.getCell(1, 1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      // The codes the history is read back by: row 2, hidden.
      expect(ws.getCell(2, 1).value).toBe('period');
      expect(ws.getRow(2).hidden).toBe(true);
      for (const c of ['taken_at', 'key', 'status'] as const) expect(ws.getColumn(col(c)).hidden).toBe(true);
      for (const c of ['period', 'recorded', 'name', 'status_name'] as const) {
        expect(ws.getColumn(col(c)).hidden).toBe(false);
      }
      // Row 3 is Q1's first entry: 09:30 at +08:00 is 09:30 on a desk in Shanghai.
      expect(ws.getCell(3, col('recorded')).value).toBe('2026-04-05 09:30');
      expect(ws.getCell(3, col('status_name')).value).toBe(statusLabel('on_track', lang));
      expect(ws.getCell(3, col('status')).value).toBe('on_track');
      // Row 4 is Q1's second entry: its name "=SUM(A1)" is a string, not a formula.
      expect(ws.getCell(4, col('name')).value).toBe('=SUM(A1)');
      expect(ws.getCell(4, col('name')).formula).toBeUndefined();
      expect(ws.getCell(3, col('completion')).numFmt).toBe('0.0%');
      expect(ws.getCell(3, col('target')).value).toBe(180);
      // No header word breaks: each visible column is at least as wide as its label.
      for (const c of HISTORY_COLUMNS) {
        expect(ws.getColumn(col(c)).width ?? 0).toBeGreaterThanOrEqual(displayWidth(words.columns[c]));
      }
    }
  });

  test('reads back a history written in either language, and one of the older English-coded layout', async () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const file = path.join(dir, `trip-${lang}.xlsx`);
      await writeHistoryWorkbook(history, file, lang);
      const read = await readHistoryWorkbook(file);
      expect(read!.sheet).toBe(HISTORY_SHEET_NAME[lang]);
      expect(read!.history).toEqual(history);
      expect(read!.diagnostics).toEqual([]);
    }
    // The older layout: the codes in row 1 (12 columns, no local time, no status in words), data below.
    const oldCodes = HISTORY_COLUMNS.filter((c) => c !== 'recorded' && c !== 'status_name');
    const keep = HISTORY_COLUMNS.map((c) => (oldCodes as readonly string[]).includes(c));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Check-in history');
    for (const row of historyToRows(history)) ws.addRow(row.filter((_v, i) => keep[i]));
    expect(ws.getRow(1).values).toEqual([undefined, ...oldCodes]);
    const file = path.join(dir, 'old-layout.xlsx');
    await wb.xlsx.writeFile(file);
    const read = await readHistoryWorkbook(file);
    expect(read!.sheet).toBe('Check-in history');
    expect(read!.history).toEqual(history);
    expect(read!.diagnostics).toEqual([]);
  });

  test('a missing file reads as null (the history starts with this check-in)', async () => {
    expect(await readHistoryWorkbook(path.join(dir, 'none.xlsx'))).toBeNull();
  });

  test('a file that is not a workbook is an InputError naming it', async () => {
    const file = path.join(dir, 'bad-history.xlsx');
    await fs.writeFile(file, 'period,taken_at\n');
    const err = await readHistoryWorkbook(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('csv');
    expect((err as InputError).file).toBe(file);
  });

  test('refuses to write over an input file, which stays as it was', async () => {
    const input = path.join(dir, 'input.xlsx');
    await fs.writeFile(input, 'user data');
    const err = await writeHistoryWorkbook(history, input, 'zh-CN', [input]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('history-is-input');
    expect(await fs.readFile(input, 'utf8')).toBe('user data');
  });

  test('finds a renamed history sheet by its header codes, and tells the other sheets apart', async () => {
    const layout: ReportLayout = {
      sheets: [
        { ...historySheetLayout(history, 'zh-CN'), name: '改过名的记录' },
        { ...historySheetLayout([], 'zh-CN'), name: '我的数据', rows: [[{ value: '随手记' }]] },
      ],
    };
    const file = path.join(dir, 'renamed.xlsx');
    await fs.writeFile(file, await renderReportWorkbook(layout));
    const sources = await readWorkbookFile(file);
    expect(findHistoryGrid(sources)?.name).toBe('改过名的记录');
    const read = historyFromSources(sources, file);
    expect(read.history.map((s) => s.period)).toEqual(['Q1', 'Q2']);
    expect(read.otherSheets).toEqual(['我的数据']);
    expect(read.hasReport).toBe(false);
  });

  test('a workbook without the history table has no history sheet', async () => {
    const file = path.join(dir, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('对标记录').getCell('A1').value = '不是记录表';
    await wb.xlsx.writeFile(file);
    const read = await readHistoryWorkbook(file);
    expect(read!.sheet).toBeNull();
    expect(read!.history).toEqual([]);
    expect(read!.otherSheets).toEqual(['对标记录']);
  });
});

describe('times on the history sheet', () => {
  // The machine's zone is the process's: each zone is tried in a program of its own (TZ set for it).
  test.each(['Asia/Shanghai', 'America/New_York', 'Europe/London'])(
    "without a zone given, times are the machine's own: as %s names them",
    (zone) => {
      const program = `
        const { historySheetLayout } = require('./src/file/historyBook.ts');
        const history = ${JSON.stringify([snapshot('Q1', 40, 'on_track'), snapshot('Q2', 90, 'on_track')])};
        const at = ${HISTORY_COLUMNS.indexOf('recorded')};
        const times = (sheet) => sheet.blocks[0].values.map((row) => row[at]);
        process.stdout.write(JSON.stringify([
          times(historySheetLayout(history, 'zh-CN')),
          times(historySheetLayout(history, 'zh-CN', ${JSON.stringify(zone)})),
        ]));`;
      const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', program], {
        cwd: path.join(__dirname, '..', '..'),
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      const [own, named] = JSON.parse(run.stdout) as string[][];
      expect(own).toHaveLength(4);
      expect(own).toEqual(named);
      // 09:30 at +08:00 on a desk in that zone.
      const first = { 'Asia/Shanghai': '2026-04-05 09:30', 'America/New_York': '2026-04-04 21:30' }[zone];
      if (first) expect(own[0]).toBe(first);
    },
  );
});

describe('the history sheet in the report workbook', () => {
  const report: SheetLayout = {
    ...historySheetLayout([], 'zh-CN'),
    name: '对标报告',
    rows: [[{ value: '报告' }], [null], [{ value: 'target-report:v1' }]],
    freeze: undefined,
    hiddenRows: undefined,
    hiddenColumns: undefined,
  };

  test('goes right after the report sheet and replaces an earlier history sheet', () => {
    const extra: SheetLayout = { ...report, name: '图表数据' };
    const old = historySheetLayout([snapshot('Q1', 1, 'on_track')], 'zh-CN');
    const out = withHistorySheet({ sheets: [report, old, extra] }, [snapshot('Q2', 9, 'on_track')], 'zh-CN');
    expect(out.sheets.map((s) => s.name)).toEqual(['对标报告', '对标记录', '图表数据']);
    // Its records are a block of values below the two header rows: row 3 is the first.
    expect(sheetRows(out.sheets[1]).at(3)[0]).toEqual({ value: 'Q2', style: 'text' });
    expect(out.sheets[1].styles.header.bold).toBe(true);
  });

  test('a report workbook read back: the history, and the report sheet recognised as the report', async () => {
    const file = path.join(dir, 'report.xlsx');
    const history = [snapshot('Q1', 50, 'on_track')];
    await fs.writeFile(
      file,
      await renderReportWorkbook(withHistorySheet({ sheets: [report] }, history, 'zh-CN')),
    );
    const read = await readHistoryWorkbook(file);
    expect(read!.history).toEqual(history);
    expect(read!.hasReport).toBe(true);
    expect(read!.otherSheets).toEqual([]);
  });

  test('a big report sheet, read for its first rows only: the history after it read whole, renamed or not', async () => {
    // 30,000 rows of figures that do not repeat: a report sheet that packs to far more than its head.
    const rows = Array.from({ length: 30_000 }, (_, i) => [
      { value: `指标${i}` },
      { value: (i * 7919) % 100_003 },
      { value: ((i * 104_729) % 1_000_003) / 7 },
    ]);
    const big: SheetLayout = { ...report, rows: [...report.rows, ...rows] };
    const history = [snapshot('Q1', 50, 'on_track'), snapshot('Q2', null, 'no_data')];
    // Each part unpacked: its size, and how much of it was.
    const inflated: { size: number; given: number }[] = [];
    const inflate = nodeCodec.inflate;
    const spy = jest.spyOn(nodeCodec, 'inflate').mockImplementation(async function* (data, size, head) {
      const part = { size, given: 0 };
      inflated.push(part);
      for await (const piece of inflate(data, size, head)) {
        part.given += piece.length;
        yield piece;
      }
    });
    try {
      for (const name of [HISTORY_SHEET_NAME['zh-CN'], '改过名的记录']) {
        const layout = withHistorySheet({ sheets: [big] }, history, 'zh-CN');
        const renamed = { sheets: layout.sheets.map((s, i) => (i === 1 ? { ...s, name } : s)) };
        const file = path.join(dir, 'big-report.xlsx');
        await fs.writeFile(file, await renderReportWorkbook(renamed));
        inflated.length = 0;
        const read = await readHistoryWorkbook(file);
        expect(read!.sheet).toBe(name);
        expect(read!.history).toEqual(history);
        expect(read!.hasReport).toBe(true);
        // Of the report sheet's megabytes, a first piece only was unpacked.
        const biggest = inflated.reduce((a, b) => (b.size > a.size ? b : a));
        expect(biggest.size).toBeGreaterThan(2_000_000);
        expect(biggest.given).toBeLessThan(1_000_000);
      }
    } finally {
      spy.mockRestore();
    }
  });
});
