/**
 * Figures under month or quarter headings that are totals to date, though nothing but the year's target
 * says what is due (Q1 | Q2 | Q3: 140, 310, 460 of 600), and month columns that open a year of two
 * calendar years the table names (2024/25 target | Apr … Jul).
 */
import { runCheck, type CellValue } from '../../src/engine';
import { standAsTotals, totalsOnTheLine } from '../../src/engine/evaluate/periodCells';
import { sourceFromRows } from '../support/grids';

function judge(rows: CellValue[][], lang: 'zh-CN' | 'en-US', date: string) {
  const r = runCheck({ sources: [sourceFromRows('KPIs', rows)], lang, date });
  const by = (name: string) => r.report.evaluations.find((e) => e.indicator.name === name)!;
  const noted = (code: string) => r.report.diagnostics.some((d) => d.code === code && d.severity === 'info');
  return { r, by, noted };
}

describe('period figures that rise with the straight line to the year’s target', () => {
  it('quarter figures 140, 310, 460 of 600 are totals to date: the latest stands, not their sum', () => {
    const { by, noted } = judge(
      [
        ['Measure', 'Annual target', 'Q1', 'Q2', 'Q3'],
        ['New homes completed', 600, 140, 310, 460],
        ['Visits to leisure centres', 120000, 29000, 31000, 30500],
      ],
      'en-US',
      '2024-11-15',
    );
    // Added up they would be 910, the year's target "achieved" in the third quarter.
    expect(by('New homes completed')).toMatchObject({
      actual: { value: 460 },
      expected: 450,
      status: 'on_track',
    });
    // Each quarter's own figures, level with the line quarter by quarter, stay added up.
    expect(by('Visits to leisure centres').actual?.value).toBe(90500);
    expect(noted('periods-to-date')).toBe(true);
  });

  it('month figures 0.4, 0.8, 1.3, 1.7 of 5 under 1月 … 4月 are the total to April (a standard table)', () => {
    const { by, noted } = judge(
      [
        ['指标名称', '单位', '年度目标', '1月', '2月', '3月', '4月'],
        ['城镇新增就业', '万人', 5, 0.4, 0.8, 1.3, 1.7],
        ['招商引资', '亿元', 120, 8, 9, 11, 10],
      ],
      'zh-CN',
      '2024-05-15',
    );
    expect(by('城镇新增就业').actual?.value).toBe(1.7);
    // A month's own figures that merely vary are added up.
    expect(by('招商引资').actual?.value).toBe(38);
    expect(noted('periods-to-date')).toBe(true);
  });

  it('own figures that grow (a steady rise, or well ahead of the line) stay added up', () => {
    const { by, noted } = judge(
      [
        ['Measure', 'Annual target', 'Q1', 'Q2', 'Q3'],
        ['Apprenticeships started', 600, 200, 250, 300],
        ['Library visits', 1200, 100, 110, 121],
        ['Trees planted', 1200, 10, 50, 100],
      ],
      'en-US',
      '2024-11-15',
    );
    expect(by('Apprenticeships started').actual?.value).toBe(750);
    expect(by('Library visits').actual?.value).toBe(331);
    expect(by('Trees planted').actual?.value).toBe(160);
    expect(noted('periods-to-date')).toBe(false);
  });

  it('the rule: as they stand against what is due, against added up', () => {
    expect(standAsTotals([1300, 2600, 3600], [1250, 2500, 3750])).toBe(true);
    expect(standAsTotals([1300, 1300, 1000], [1250, 2500, 3750])).toBe(false);
    // A figure that falls is no total to date.
    expect(standAsTotals([300, 280], [150, 300])).toBe(false);
    expect(totalsOnTheLine([45, 95, 150, 205], [1, 2, 3, 4], 12, 600)).toBe(true);
    // Figures from the fourth month on: their rise is measured against the months they cover.
    expect(totalsOnTheLine([200, 255], [4, 5], 12, 600)).toBe(false);
    expect(totalsOnTheLine([140, 310, 460], [1, 2, 3], 4, 600)).toBe(true);
    expect(totalsOnTheLine([140, 310, 460], [1, 2, 3], 4, 0)).toBe(false);
    // Two figures are too few to tell a running total from a period's own that doubled.
    expect(totalsOnTheLine([140, 310], [1, 2], 4, 600)).toBe(false);
    // Far above the line either way (4 against 0.75 due): no choosing, they stay added up.
    expect(totalsOnTheLine([1, 2, 4], [1, 2, 3], 4, 1)).toBe(false);
  });
});

describe('month columns that open a year the table names as two calendar years', () => {
  const rows = (target: string, months: string[]): CellValue[][] => [
    ['Measure', target, ...months],
    ['New homes completed', 600, 45, 95, 150, 205],
    ['Visits to leisure centres', 120000, 9800, 10100, 10500, 9900],
  ];

  it.each([
    ['2024/25 target', ['Apr', 'May', 'Jun', 'Jul']],
    ['Target 2024-25', ['Apr-24', 'May-24', 'Jun-24', 'Jul-24']],
  ])('%s over %j: the year starts in April, so July is its fourth month', (target, months) => {
    const { r, by } = judge(rows(target, months), 'en-US', '2024-08-15');
    expect(r.report.options.yearStart).toBe(4);
    expect(r.report.options.period).toEqual({ kind: 'month', month: 4 });
    // Four months of 120,000: 40,000 due, not seven months' 70,000.
    expect(by('Visits to leisure centres')).toMatchObject({ expected: 40000, status: 'on_track' });
    expect(by('New homes completed')).toMatchObject({ actual: { value: 205 }, expected: 200 });
  });

  it('a year of one calendar year (Annual target) keeps January as its start', () => {
    const { r } = judge(rows('Annual target', ['Apr', 'May', 'Jun', 'Jul']), 'en-US', '2024-08-15');
    expect(r.report.options.yearStart ?? 1).toBe(1);
    expect(r.report.options.period).toEqual({ kind: 'month', month: 7 });
  });
});

describe('quarters headed with the year of two calendar years they fall in (Q1 24/25, Q2 2023-24)', () => {
  const rows = (quarters: string[]): CellValue[][] => [
    ['Measure', 'Target 2024/25', ...quarters],
    ['Homes built', 400, 90, 100, 80, 95],
    ['Days to process planning applications', 56, 62, 61, 60, 58],
  ];

  it.each([
    [['Q3 23/24', 'Q4 23/24', 'Q1 24/25', 'Q2 24/25']],
    [['Q3 2023/24', 'Q4 2023/24', 'Q1 2024/25', 'Q2 2024/25']],
    [['Qtr 3 2023-24', 'Qtr 4 2023-24', 'Qtr 1 2024-25', 'Qtr 2 2024-25']],
  ])('%j: the quarters of the latest year are its results, the year before left aside', (quarters) => {
    const { r, by } = judge(rows(quarters), 'en-US', '2024-11-15');
    expect(r.report.options.period).toEqual({ kind: 'quarter', quarter: 2 });
    // Q1 and Q2 of 2024/25 only: 80 + 95, and the latest level, 58.
    expect(by('Homes built')).toMatchObject({ actual: { value: 175 }, expected: 200, status: 'behind' });
    expect(by('Days to process planning applications').actual?.value).toBe(58);
  });
});
