/**
 * A period stated by its calendar months and year, in an organisation whose year starts after January:
 * the report names the organisation's year it falls in (January to March 2024 is the last quarter of the
 * year that started in April 2023, 2023/24), as it already does for one month (January 2018) or a day
 * (as at 31 March 2018).
 */
import { runCheck, type CellValue } from '../../src/engine';
import { monthsWithYear, statedPeriod } from '../../src/engine/core/statedPeriod';
import { sourceFromRows } from '../support/grids';

function reportOf(title: string, yearStart: number | undefined, lang: 'en-US' | 'zh-CN' = 'en-US') {
  const rows: CellValue[][] = [
    [title],
    ['Indicator', 'Target', 'Actual'],
    ['Homes built', 400, 310],
    ['Complaints answered on time (%)', 0.95, 0.91],
  ];
  return runCheck({
    sources: [sourceFromRows('Performance', rows)],
    lang,
    date: '2024-04-20',
    ...(yearStart !== undefined ? { yearStart } : {}),
  }).report;
}

describe('a run of months named with its calendar year, in a year that starts after January', () => {
  it('January to March 2024 in a year from April is the last quarter of 2023/24', () => {
    const r = reportOf('Performance report January to March 2024', 4);
    expect(r.options.period).toEqual({ kind: 'quarter', quarter: 4 });
    expect(r.options.year).toBe(2023);
    expect(r.title).toContain('2023/24');
    expect(r.title).not.toContain('2024/25');
  });

  it('April - June 2015 in a year from July is the last quarter of 2014/15', () => {
    const r = reportOf('Quarterly progress: April - June 2015', 7);
    expect(r.options.period).toEqual({ kind: 'quarter', quarter: 4 });
    expect(r.options.year).toBe(2014);
    expect(r.title).toContain('2014/15');
  });

  it('months after the year’s start keep their calendar year (April to December 2023 from April: 2023/24)', () => {
    const r = reportOf('Performance report April to December 2023', 4);
    expect(r.options.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.options.year).toBe(2023);
    expect(r.title).toContain('2023/24');
  });

  it('in a calendar year the year is the one written', () => {
    const r = reportOf('Performance report January to March 2024', undefined);
    expect(r.options.period).toEqual({ kind: 'quarter', quarter: 1 });
    expect(r.options.year).toBe(2024);
  });

  it('a year named by its halves is the organisation’s already (January to March 2023/24)', () => {
    const r = reportOf('Performance report January to March 2023/24', 4);
    expect(r.options.year).toBe(2023);
  });

  it('2024年1-3月 in a year from April is the last quarter of 2023/24', () => {
    const r = reportOf('2024年1-3月重点指标完成情况', 4, 'zh-CN');
    expect(r.options.period).toEqual({ kind: 'quarter', quarter: 4 });
    expect(r.options.year).toBe(2023);
  });

  it('2019年10月—2020年3月 in a year from October is the first half of 2019/20, as October 2019 - March 2020 is', () => {
    const zh = reportOf('重点区域秋冬季目标完成情况（2019年10月—2020年3月）', 10, 'zh-CN');
    const en = reportOf('Progress: October 2019 - March 2020', 10);
    for (const r of [zh, en]) {
      expect(r.options.period).toEqual({ kind: 'quarter', quarter: 2 });
      expect(r.options.year).toBe(2019);
    }
    expect(zh.title).toContain('2019/20');
  });
});

describe('a quarter named by its number, with its calendar months beside it', () => {
  it('Quarter 4 (January - March 2024) in a year from April is Q4 2023/24', () => {
    const r = reportOf('Performance report Quarter 4 (January - March 2024)', 4);
    expect(r.options.period).toEqual({ kind: 'quarter', quarter: 4 });
    expect(r.options.year).toBe(2023);
    expect(r.title).toContain('2023/24');
  });

  it.each<[string, number, number]>([
    ['Q4 (Jan-Mar 2024)', 4, 2023],
    ['Q1 (April to June 2023)', 4, 2023],
    ['Quarter 3 (October - December 2023)', 4, 2023],
    ['Quarter 2 (October 2023 - December 2023)', 7, 2023],
    // A year named by its halves beside the quarter is the year.
    ['Q4 2023/24 (January to March 2024)', 4, 2023],
  ])('%s, from month %i: %i', (text, yearStart, year) => {
    expect(statedPeriod(text, yearStart)?.year).toBe(year);
  });
});

describe('monthsWithYear', () => {
  it.each<[string, number]>([
    ['January to March 2024', 2024],
    ['April - June 2015', 2015],
    ['Jan–Mar 2024', 2024],
    ['Oct. - Dec. 2023', 2023],
    ['2024年1-3月', 2024],
    ['2024年1月-3月', 2024],
    ['2024年1—9月份', 2024],
  ])('%s', (text, year) => {
    expect(monthsWithYear(text)?.year).toBe(year);
  });

  it.each([
    'January 2018',
    'March to January 2024',
    'Q4 2023/24',
    'January to March 2023/24',
    '2024年3-1月',
    '2024年',
  ])('not %s', (text) => {
    expect(monthsWithYear(text)).toBeNull();
  });
});
