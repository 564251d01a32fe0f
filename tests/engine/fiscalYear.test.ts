import {
  fiscalYearWords,
  fyNamedIn,
  shortSpanOf,
  yearSpansIn,
  yearStartIn,
} from '../../src/engine/core/fiscalYear';

describe('a year written across two calendar years', () => {
  it.each<[string, number[]]>([
    ['Core Performance - April to March 2017/18', [2017]],
    ['This is the key performance data for quarter 2, 2025 to 2026.', [2025]],
    ['Quarterly Performance Report Q2 2023/24', [2023]],
    ['2021–22 target', [2021]],
    ['Annual Report 2011-2012', [2011]],
    ['FY 2017/18', [2017]],
    ['Q2 2024-25', [2024]],
    ['2007/08 年度服务承诺', [2007]],
    ['2015-16年度工作表現', [2015]],
    ['1999/00', [1999]],
    ['2020-21 actual | 2021-22 target', [2020, 2021]],
  ])('%s', (text, years) => {
    expect(yearSpansIn(text)).toEqual(years);
  });

  it.each([
    // Two calendar years of a plan, not one financial year.
    '2021-2022年工作计划',
    '2021—2022年',
    // Dates and months, not years.
    '2011-12-31',
    '2019-06',
    '2019/2021',
    'FY 2006 - FY 2010',
    'No. 12019-20',
  ])('not in %s', (text) => {
    expect(yearSpansIn(text)).toEqual([]);
  });

  it('reads a year by its last two digits only where the year is known', () => {
    expect(shortSpanOf('03/04 target', 2003)).toBe(true);
    expect(shortSpanOf('19-20 Q1', 2019)).toBe(true);
    expect(shortSpanOf('03/04 target', 2004)).toBe(false);
    expect(shortSpanOf('03/04/2019', 2003)).toBe(false);
    expect(shortSpanOf('2003/04', 2003)).toBe(false); // the whole year is read as such, above
  });
});

describe('a year named after FY', () => {
  it.each<[string, number[]]>([
    ['FY 2010', [2010]],
    ['FY2024 Goal', [2024]],
    ["FY'15", [2015]],
    ['Fiscal Year 2015', [2015]],
    ['Summary of Strategic Goal Results for FY 2006 - FY 2010', [2006, 2010]],
    ['FY 2017/18', []],
    ['2019财年', [2019]],
    ['Modify 2019', []],
  ])('%s', (text, years) => {
    expect(fyNamedIn(text)).toEqual(years);
  });
});

describe('a run of months that makes one whole year', () => {
  it.each<[string, number, number | null]>([
    ['Core Performance - April to March 2017/18', 4, null],
    ['Period: Jul-19 - Jun-20', 7, 2019],
    ['Sept. 1, 2009 – Aug. 31, 2010', 9, 2009],
    ['1 April 2023 to 31 March 2024', 4, 2023],
    ['01-Jul-2019 to 30-Jun-2020', 7, 2019],
    ['October 2024 through September 2025', 10, 2024],
    ['2023年4月至2024年3月', 4, 2023],
    ['4月1日至次年3月31日', 4, null],
  ])('%s starts in month %i', (text, month, year) => {
    expect(yearStartIn(text)).toEqual(expect.objectContaining({ month, year }));
  });

  it.each<[string, number, number | null]>([
    ["Here's our results for quarter two, 2024/25 which is July to September 2024:", 4, 2024],
    ['Q1 - 07/2015 - 09/2015', 7, 2015],
    ['Quarter 3 (January to March 2020)', 7, 2019],
    ['Second quarter: October – December 2019', 7, 2019],
    ['First half (April to September 2023)', 4, 2023],
    ['2023年下半年（2024年1月至6月）', 7, 2023],
  ])('%s: a quarter or half named with its months starts the year in month %i', (text, month, year) => {
    expect(yearStartIn(text)).toEqual(expect.objectContaining({ month, year }));
  });

  it.each<[string, number]>([
    ['PERFORMANCE REPORT AS AT 31 DECEMBER 2013 (SECOND QUARTER SEPTEMBER- DECEMBER 2013)', 7],
    ['Q2 performance report as at 30 September 2024', 4],
    ['Quarter 1 ending June 2019', 4],
    ['第二季度（截至12月31日）', 7],
  ])('%s: a quarter with the date it ends starts the year in month %i', (text, month) => {
    expect(yearStartIn(text)).toEqual(expect.objectContaining({ month }));
  });

  it.each([
    'Q1 2024 (as at 31 March 2024)', // the calendar year
    'Quarter 3 report as of 15 December 2023', // a day within the quarter, not its end
    '二季度重点工作进展（截至8月底）', // a date past the quarter's end: no office's year starts in March
  ])('says nothing of the year from %s', (text) => {
    expect(yearStartIn(text)).toBeNull();
  });

  it('keeps the words it was read from, as written', () => {
    expect(yearStartIn('Core Performance - April to March 2017/18')?.text).toBe('April to March 2017');
  });

  it.each([
    'April to June 2019', // a quarter
    'January to December 2019', // the calendar year
    '1-9月',
    '4月至6月',
    '2019年1月至12月',
    'Performance may improve in April', // words, no run
    'Q2 performance (April to June 2024)', // a calendar year's second quarter
    'Q3 report', // a quarter without its months
    'July to September 2024', // months without the quarter they are
  ])('says nothing of %s', (text) => {
    expect(yearStartIn(text)).toBeNull();
  });
});

describe("what a table's words say of its year", () => {
  it('names a span of the year the table is about, not of another year beside it', () => {
    const texts = ['2020-21 actual', '2021-22 target', '2021-22 actual'];
    expect(fiscalYearWords(texts, 2021)).toEqual({ named: 'span', year: 2021, start: null });
    expect(fiscalYearWords(['2022-23 target'], 2021)).toEqual({ named: null, year: null, start: null });
  });

  it('names the financial year a heading’s year ends, where the words call it a financial year', () => {
    const texts = ['the financial targets set for the 2017–18 financial year', '2018 Target ($000)'];
    expect(fiscalYearWords(texts, 2018)).toEqual({ named: 'span', year: 2017, start: null });
    // A budget book's footer names its year FY and a span: the target year (2026) ends it.
    const book = ['Budget Year Target (2026)', 'FY 2025-2026 Annual Budget | Colleyville'];
    expect(fiscalYearWords(book, 2026)).toEqual({ named: 'span', year: 2025, start: null });
    // A span ending in the year that no words call a financial year is another year's.
    expect(fiscalYearWords(['2017-18 actual', '2018 target'], 2018)).toEqual({
      named: null,
      year: null,
      start: null,
    });
  });

  it('names a year from September by its end where the words do (Sept. 1, 2009 – Aug. 31, 2010 | FY 2010)', () => {
    const w = fiscalYearWords(['Sept. 1, 2009 – Aug. 31, 2010', 'FY 2010 Target'], 2009);
    expect(w).toMatchObject({ named: 'fy', year: 2010 });
  });

  it('names the span a date late in a year from July falls in (as at 31 March 2018 | REPORT 2017-2018)', () => {
    const texts = ['as at 31 March 2018 / Q3', 'THIRD (3rd) QUARTER PERFORMANCE REPORT 2017-2018'];
    expect(fiscalYearWords(texts, 2018)).toMatchObject({ named: 'span', year: 2017 });
    // In a calendar year the span ending in the date's year is another year's.
    expect(fiscalYearWords(['as at 31 March 2018', 'REPORT 2017-2018'], 2018)).toMatchObject({ named: null });
  });

  it('takes the year from a span when none is known yet', () => {
    expect(fiscalYearWords(['Annual Report 2011-2012'], null)).toEqual(
      expect.objectContaining({ named: 'span', year: 2011 }),
    );
  });

  it('takes a run of months across two calendar years as a span, with the month it starts in', () => {
    const w = fiscalYearWords(['Waikato District Council', 'Period: Jul-19 - Jun-20'], null);
    expect(w).toEqual({
      named: 'span',
      year: 2019,
      start: { month: 7, year: 2019, text: 'Jul-19 - Jun-20' },
    });
  });

  it('keeps a year named after FY as that year, even beside the run of months it covers', () => {
    const w = fiscalYearWords(['FY 2010', 'Sept. 1, 2009 – Aug. 31, 2010'], 2010);
    expect(w.named).toBe('fy');
    expect(w.year).toBe(2010);
    expect(w.start?.month).toBe(9);
  });

  it('reads two-digit years of the year already known', () => {
    expect(fiscalYearWords(['03/04 target', '03/04 est out-turn'], 2003)).toEqual(
      expect.objectContaining({ named: 'span', year: 2003 }),
    );
    expect(fiscalYearWords(['03/04 target'], null).named).toBeNull();
  });

  it('says nothing of a calendar year', () => {
    expect(fiscalYearWords(['2023年度目标任务完成情况表', '2023年'], 2023)).toEqual({
      named: null,
      year: null,
      start: null,
    });
  });
});
