import { createExcelDouble, type DoubleCellInit } from '../support/excelDouble';
import { createExcelPort } from '../../src/addin/excel/createExcelPort';
import { parseAreasAddress, READ_LIMITS } from '../../src/addin/excel/readGrids';
import { RESPONSE_BUDGET_BYTES } from '../../src/addin/excel/cells';
import { OWNED_SHEETS_KEY } from '../../src/addin/excel/settings';
import { EXCEL_PAYLOAD_LIMIT_BYTES } from '../support/excelDouble';
import { REPORT_MARKER, runCheck } from '../../src/engine';

function indicatorSheet(name: string, n: number): { name: string; values: DoubleCellInit[][] } {
  const values: DoubleCellInit[][] = [
    ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度'],
  ];
  for (let i = 0; i < n; i++) values.push([i + 1, `指标${i + 1}`, '个', 100, 20 + (i % 7), 25, null, null]);
  return { name, values };
}

async function readWith(
  sheets: Parameters<typeof createExcelDouble>[0]['sheets'],
  requirementSets?: Record<string, string>,
) {
  const d = createExcelDouble({ sheets, requirementSets });
  const port = createExcelPort(d.run, d.host);
  const before = d.syncCount;
  const sources = await port.readSheets();
  return { d, sources, syncs: d.syncCount - before };
}

describe('readSheets', () => {
  test('converts values, error values, empties, formats and the origin into a Grid', async () => {
    const { sources } = await readWith([
      {
        name: '指标',
        origin: 'B3',
        values: [
          ['名称', '目标', '完成'],
          ['A', 100, { error: '#DIV/0!' }],
          ['B', '', true],
        ],
        formulas: [
          [null, null, null],
          [null, null, '=1/0'],
        ],
        numberFormats: [
          [null, null, null],
          [null, '0.0%', null],
        ],
      },
      { name: 'Empty', values: [] },
    ]);
    expect(sources).toHaveLength(2);
    const g = sources[0].grid;
    expect(g).toMatchObject({ name: '指标', originRow: 3, originCol: 2, visibility: 'visible' });
    expect(g.values).toEqual([
      ['名称', '目标', '完成'],
      ['A', 100, { kind: 'error', code: '#DIV/0!' }],
      ['B', null, true],
    ]);
    expect(g.numberFormats?.[1][1]).toBe('0.0%');
    expect(g.numberFormats?.[0][0]).toBeNull();
    expect(sources[1].grid).toMatchObject({ name: 'Empty', values: [], merges: [] });
    expect(sources[0].file).toBeUndefined();
  });

  test('3 syncs for 10 or 10,000 indicators, and for 1 or 20 sheets (list, measure, one block of cells)', async () => {
    const small = await readWith([indicatorSheet('S', 10)]);
    const big = await readWith([indicatorSheet('S', 10_000)]);
    const many = await readWith(Array.from({ length: 20 }, (_, i) => indicatorSheet(`S${i}`, 500)));
    expect(small.syncs).toBe(3);
    expect(big.syncs).toBe(small.syncs);
    expect(many.syncs).toBe(small.syncs);
    expect(big.sources[0].grid.values).toHaveLength(10_001);
    expect(many.sources).toHaveLength(20);
  });

  test('merged areas with ExcelApi 1.13; none (but still a grid) on 1.7', async () => {
    const sheet = {
      name: 'M',
      values: [
        ['标题', null, null],
        ['a', 'b', 'c'],
        [1, 2, 3],
      ],
      merges: ['A1:C1'],
    };
    const modern = await readWith([sheet]);
    expect(modern.sources[0].grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    const old = await readWith([sheet], { ExcelApi: '1.7' });
    expect(old.sources[0].grid.merges).toEqual([]);
    expect(old.sources[0].grid.values).toEqual(modern.sources[0].grid.values);
  });

  test('hidden rows and columns with ExcelApi 1.9 (read with the cells, no extra sync); skipped on 1.7', async () => {
    const sheet = {
      name: 'H',
      values: Array.from({ length: 6 }, (_, i) => [i, i, i, i]),
      hiddenRows: [3, 5],
      hiddenColumns: [2],
    };
    const modern = await readWith([sheet]);
    expect(modern.sources[0].grid.hiddenRows).toEqual([3, 5]);
    expect(modern.sources[0].grid.hiddenColumns).toEqual([2]);
    expect(modern.syncs).toBe(3);
    const old = await readWith([sheet], { ExcelApi: '1.7' });
    expect(old.sources[0].grid.hiddenRows).toBeUndefined();
    expect(old.syncs).toBe(3);
  });

  test('reads no formulas and changes nothing', async () => {
    const { d, sources } = await readWith([indicatorSheet('S', 5)]);
    const before = d.snapshot();
    expect(sources[0].grid.values[1][1]).toBe('指标1');
    await createExcelPort(d.run, d.host).readSheets();
    expect(d.snapshot()).toBe(before);
  });

  test('a sheet beyond the read window is cut and says so', async () => {
    const d = createExcelDouble({ sheets: [{ name: 'Big', values: [[1], [2]] }] });
    await d.run(async (context) => {
      context.workbook.worksheets.getItem('Big').getRange(`A${READ_LIMITS.maxRows + 1}`).values = [['stray']];
      await context.sync();
    });
    const sources = await createExcelPort(d.run, d.host).readSheets();
    expect(sources[0].grid.values).toHaveLength(2);
    expect(sources[0].grid.truncated).toEqual({ totalRows: READ_LIMITS.maxRows + 1, totalColumns: 1 });
  });
});

describe('readSheets within Excel limits (the double enforces 5 MB responses, 5,000,000-cell reads, 512 merged areas)', () => {
  test('100,000 indicators: every row arrives, no response over ~4 MB, syncs grow with the bytes', async () => {
    const { d, sources, syncs } = await readWith([indicatorSheet('S', 100_000)]);
    const grid = sources[0].grid;
    expect(grid.values).toHaveLength(100_001);
    expect(grid.values[100_000][1]).toBe('指标100000');
    const responses = d.syncResponses.slice(-syncs);
    expect(Math.max(...responses)).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES * 1.05);
    expect(Math.max(...responses)).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    const total = responses.reduce((a, b) => a + b, 0);
    // list + measure + the blocks: as many as the bytes need (blocks run at least half full), no more.
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(total / (RESPONSE_BUDGET_BYTES / 2)));
    expect(syncs).toBeGreaterThan(3);
  }, 60_000);

  test('the sync count follows bytes, not rows: many short rows and few long rows of the same size', async () => {
    const short = Array.from({ length: 60_000 }, (_, i) => [i, i % 7]);
    const long = Array.from({ length: 2_000 }, (_, i) => [i, '很长的说明文字'.repeat(40)]);
    const a = await readWith([{ name: 'Short', values: short }]);
    const b = await readWith([{ name: 'Long', values: long }]);
    const bytes = (r: typeof a) => r.d.syncResponses.slice(-r.syncs).reduce((x, y) => x + y, 0);
    expect(Math.abs(bytes(a) - bytes(b)) / bytes(a)).toBeLessThan(0.5);
    expect(Math.abs(a.syncs - b.syncs)).toBeLessThanOrEqual(1);
    expect(b.sources[0].grid.values[1999][1]).toBe('很长的说明文字'.repeat(40));
  }, 30_000);

  test('a response Excel refuses as too large is read again in smaller blocks', async () => {
    // A host with a 300 KB response limit (stricter than Excel on the web): the first guess is too big.
    const d = createExcelDouble({ sheets: [indicatorSheet('S', 20_000)], responseLimitBytes: 300_000 });
    const sources = await createExcelPort(d.run, d.host).readSheets();
    expect(sources[0].grid.values).toHaveLength(20_001);
    expect(sources[0].grid.values[20_000][1]).toBe('指标20000');
  }, 30_000);

  test('a sheet with 2,000 merged areas is read with all of them, and does not fail the other sheets', async () => {
    const merged = indicatorSheet('Merged', 2_000);
    const merges = Array.from({ length: 2_000 }, (_, i) => `G${i + 2}:H${i + 2}`);
    const other = { ...indicatorSheet('Plain', 5), merges: ['A1:B1'] };
    const { sources, syncs } = await readWith([{ ...merged, merges }, other]);
    expect(sources[0].grid.merges).toHaveLength(2_000);
    expect(sources[0].grid.merges[1_999]).toEqual({ top: 2_001, left: 7, bottom: 2_001, right: 8 });
    expect(sources[0].grid.values).toHaveLength(2_001);
    expect(sources[1].grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(syncs).toBeLessThan(20);
  });

  test('merged areas that cannot be read even split (one row above the limit) leave that sheet without them', async () => {
    // The double refuses more than 2 merged areas here, and one row holds 3: no split can read that row.
    const wide = {
      name: 'Wide',
      values: [
        ['a', null, 'b', null, 'c', null],
        [1, 2, 3, 4, 5, 6],
      ],
      merges: ['A1:B1', 'C1:D1', 'E1:F1'],
    };
    const d = createExcelDouble({ sheets: [wide, indicatorSheet('S', 3)], mergedAreasLimit: 2 });
    const sources = await createExcelPort(d.run, d.host).readSheets();
    expect(sources[0].grid.values).toHaveLength(2);
    expect(sources[0].grid.merges).toEqual([]);
    expect(sources[1].grid.values).toHaveLength(4);
  });

  test('a stray value far down a wide sheet: read up to the cell limit, and the grid says it was cut', async () => {
    const d = createExcelDouble({ sheets: [indicatorSheet('Wide', 3)] });
    await d.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Wide');
      ws.getRange('GR1').values = [['stray']]; // column 200
      ws.getRange(`A${READ_LIMITS.maxRows}`).values = [['far']];
      await context.sync();
    });
    const from = d.syncCount;
    const [source] = await createExcelPort(d.run, d.host).readSheets();
    const grid = source.grid;
    expect(grid.values.length * grid.values[0].length).toBeLessThanOrEqual(READ_LIMITS.maxCells);
    expect(grid.values[1][1]).toBe('指标1');
    expect(grid.truncated).toEqual({ totalRows: READ_LIMITS.maxRows, totalColumns: 200 });
    expect(Math.max(...d.syncResponses.slice(from))).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
  }, 60_000);

  test('a sheet is marked as the add-in own only when its id is in the settings and it carries the mark', async () => {
    const d = createExcelDouble({
      sheets: [
        indicatorSheet('S', 2),
        { name: '对标报告', values: [['报告'], [null], [REPORT_MARKER]] },
        { name: '我的报告', values: [['我自己的'], [null], [REPORT_MARKER]] },
        { name: 'Listed', values: [['no marker here']] },
      ],
    });
    d.host.settings.set(OWNED_SHEETS_KEY, [d.sheet('对标报告').id, d.sheet('Listed').id]);
    const sources = await createExcelPort(d.run, d.host).readSheets();
    expect(sources.map((s) => [s.grid.name, s.own ?? null])).toEqual([
      ['S', null],
      ['对标报告', 'report'],
      ['我的报告', null],
      ['Listed', null],
    ]);
  });
});

describe('parseAreasAddress', () => {
  test('plain, quoted (with commas and quotes) and whole-row/column areas', () => {
    expect(parseAreasAddress("Sheet1!A1:B2, 'My, ''odd'' sheet'!$C$3:$D$4,对标!E5")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 4 },
      { top: 5, left: 5, bottom: 5, right: 5 },
    ]);
    expect(parseAreasAddress('S!3:4')).toEqual([{ top: 3, left: 1, bottom: 4, right: 16384 }]);
  });
});

describe("the workbook's name", () => {
  const sheet = {
    name: 'Sheet1',
    values: [
      ['重点工作完成情况'],
      ['序号', '指标', '年度目标', '累计完成'],
      [1, '新增城镇就业(人)', 26000, 19500],
      [2, '新建幼儿园(所)', 5, 3],
    ] as DoubleCellInit[][],
  };

  test('is read in the first sync (ExcelApi 1.7, the baseline) and states the period where the sheet does not', async () => {
    const d = createExcelDouble({
      sheets: [sheet],
      workbookName: '2024年三季度重点工作完成情况.xlsx',
      requirementSets: { ExcelApi: '1.7' },
    });
    const sources = await createExcelPort(d.run, d.host).readSheets();
    expect(sources.map((s) => [s.file, s.fileName])).toEqual([
      [undefined, '2024年三季度重点工作完成情况.xlsx'],
    ]);
    const r = runCheck({ sources, lang: 'zh-CN', date: '2024-10-20' });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'behind']);
    // The keys, and so the check-in history kept in the workbook, carry no file.
    expect(r.report.evaluations.map((e) => e.indicator.key)).toEqual(['|Sheet1|1', '|Sheet1|2']);
  });

  test('a workbook named by no period (Book1) leaves the period as before', async () => {
    const d = createExcelDouble({ sheets: [sheet] });
    const sources = await createExcelPort(d.run, d.host).readSheets();
    expect(runCheck({ sources, lang: 'zh-CN', date: '2024-10-20' }).period).toEqual({ kind: 'year' });
  });
});
