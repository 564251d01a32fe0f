import { createExcelDouble, type DoubleCellInit } from '../support/excelDouble';
import { createExcelPort } from '../../src/addin/excel/createExcelPort';
import { parseAreasAddress } from '../../src/addin/excel/readGrids';

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

  test('sync count is the same for 10 and 10,000 indicators, and for 1 and 20 sheets', async () => {
    const small = await readWith([indicatorSheet('S', 10)]);
    const big = await readWith([indicatorSheet('S', 10_000)]);
    const many = await readWith(Array.from({ length: 20 }, (_, i) => indicatorSheet(`S${i}`, 500)));
    expect(small.syncs).toBe(2);
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

  test('hidden rows and columns with ExcelApi 1.9 (one more sync only then); skipped on 1.7', async () => {
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
    expect(old.syncs).toBe(2);
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
      context.workbook.worksheets.getItem('Big').getRange('A60001').values = [['stray']];
      await context.sync();
    });
    const sources = await createExcelPort(d.run, d.host).readSheets();
    expect(sources[0].grid.values).toHaveLength(2);
    expect(sources[0].grid.truncated).toEqual({ totalRows: 60001, totalColumns: 1 });
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
