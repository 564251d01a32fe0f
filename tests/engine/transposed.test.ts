/**
 * A table whose indicators run across (项目 | 城镇新增就业(人) | 新建学校(所) …, the headings 年度目标, 1-9月完成 and
 * 完成率 down the first column) is read turned, each cell and each message keeping the sheet's own address.
 */
import { runCheck, toResultJson, type CellValue } from '../../src/engine';
import { looksTransposed, transposedGrid } from '../../src/engine/read/transposed';
import { gridFromRows, sourceFromRows } from '../support/grids';

const rows: CellValue[][] = [
  ['2024年1-9月重点指标完成情况'],
  ['项目', '城镇新增就业(人)', '新建学校(所)', '植树造林(亩)', '招商引资(亿元)'],
  ['年度目标', 5000, 3, 2000, { kind: 'error', code: '#DIV/0!' }],
  ['1-9月完成', 3600, 2, 2100, 80],
  ['完成率', '72%', '66.7%', '105%', null],
];

describe('indicators across, headings down', () => {
  it('reads one indicator a column, judged as the same table kept the usual way', () => {
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-10-08' });
    const json = toResultJson(r.report);
    expect(json.period).toBe('Q3');
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    expect(row('城镇新增就业(人)')).toMatchObject({
      target: 5000,
      actual: 3600,
      unit: '人',
      status: 'behind',
    });
    expect(row('植树造林(亩)')).toMatchObject({ target: 2000, actual: 2100, status: 'achieved' });
    // Every indicator stands at the row that names it.
    expect(new Set(json.indicators.map((i) => i.row))).toEqual(new Set([2]));
    expect(json.sheets[0].layout).toBe('transposed');
  });

  it('names the sheet’s own cell in a message: the unreadable target is E3, not C5', () => {
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-10-08' });
    const bad = r.report.diagnostics.filter((d) => d.severity === 'error');
    expect(bad.map((d) => d.cell)).toEqual(['E3']);
    const e = r.report.evaluations.find((x) => x.indicator.name === '新建学校(所)')!;
    expect(e.indicator.target).toMatchObject({ row: 3, col: 3, value: 3 });
  });

  it('an English dashboard kept across takes its period from the title above its names', () => {
    const r = runCheck({
      sources: [
        sourceFromRows('Dashboard', [
          ['Housing dashboard – quarter 3 2024/25'],
          ['Measure', 'Homes let', 'Repairs done on time', 'Rent collected'],
          ['Target', 120, '95%', '98%'],
          ['Actual', 101, '92%', '97.5%'],
        ]),
      ],
      lang: 'en-US',
      date: '2025-01-20',
    });
    const json = toResultJson(r.report);
    expect(json.period).toBe('Q3');
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    // 101 of 120 three quarters in: ahead of the 90 the pace asks.
    expect(row('Homes let')).toMatchObject({ target: 120, actual: 101, status: 'on_track' });
    expect(row('Repairs done on time')).toMatchObject({ target: 0.95, actual: 0.92 });
  });

  it('turns only a table of that shape', () => {
    expect(looksTransposed(gridFromRows('S', rows))).toBe(true);
    const usual = gridFromRows('S', [
      ['指标', '年度目标', '1-9月完成'],
      ['城镇新增就业', 5000, 3600],
      ['新建学校', 3, 2],
    ]);
    expect(looksTransposed(usual)).toBe(false);
    const turned = transposedGrid(gridFromRows('S', rows, { originRow: 4, originCol: 2 }));
    expect(turned.values[1][2]).toBe(5000);
    expect([turned.originRow, turned.originCol]).toEqual([2, 4]);
  });
});
