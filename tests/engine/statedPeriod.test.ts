import {
  calendarMonth,
  dueBy,
  fiscalMonth,
  monthWithYear,
  statedPace,
  statedPeriod,
  yearStartOfMonths,
} from '../../src/engine/core/statedPeriod';
import type { Period } from '../../src/engine';

const Q = (quarter: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', quarter });
const M = (month: number): Period => ({ kind: 'month', month: month as 1 });
const FY: Period = { kind: 'year' };

describe('the period a sheet states', () => {
  it.each<[string, Period, number | null]>([
    ['2019年1-7月重点工作完成情况', M(7), 2019],
    ['Q1-Q3 2024', Q(3), 2024],
    ['Q1 to Q2', Q(2), null],
    ['First half 2024', Q(2), 2024],
    ['Finance report M6 2024/25', Q(2), 2024],
    ['M7 2024-25', M(7), 2024],
    ['1-11月实际完成情况', M(11), null],
    ['1—9月累计完成', Q(3), null],
    ['一至九月', Q(3), null],
    // the year's first month to its last is the whole year, not its fourth quarter
    ['2023年1—12月全国城市环境空气质量状况', FY, 2023],
    ['1-12月份完成投资', FY, null],
    ['一至十二月', FY, null],
    ['截至2023年12月31日', FY, 2023],
    ['截至12月底', FY, null],
    // a year of Taiwan's calendar without its era, just before its period
    ['截至107年第2季', Q(2), 2018],
    ['111年1-9月', Q(3), 2022],
    ['112年上半年', Q(2), 2023],
    ['前三季度目标任务完成情况', Q(3), null],
    ['2020年一季度', Q(1), 2020],
    ['第二季度', Q(2), null],
    ['2023年上半年', Q(2), 2023],
    ['截至2019年9月30日', Q(3), 2019],
    ['截至9月底', Q(3), null],
    // Past the middle of a month: that month under way, at the share of the year gone by the day.
    ['截至8月20日', { kind: 'month', month: 8, elapsed: 0.637097 }, null],
    ['填报日期：2019年10月8日', Q(3), 2019],
    ['2019年9月份完成情况', Q(3), 2019],
    ['2023年度目标任务完成情况表', FY, 2023],
    ['全年', FY, null],
    ['Quarterly Performance Report Q2 2023/24', Q(2), 2023],
    ['Quarter 3', Q(3), null],
    ['Second quarter 2022', Q(2), 2022],
    ['Half year 2024', Q(2), 2024],
    ['as at 19 October 2024', Q(3), 2024],
    ['Position as at 31 December 2023', Q(4), 2023],
    ['April 2018', M(4), 2018],
    ['YTD Sep', Q(3), null],
    ['Performance at Month 6', Q(2), null],
    ['Year end 2022/23', FY, 2022],
    // Months with their years, from one to the other: twelve of them are a whole year.
    ['Period: Jul-19 - Jun-20', FY, 2019],
    ['Apr 2019 to Mar 2020', FY, 2019],
    ['January 2024 – June 2024', Q(2), 2024],
    ['Jan-23 - Aug-23', M(8), 2023],
    // The same with the days of the range's first and last month.
    ['Performance (1 April 2018 to 31 March 2019)', FY, 2018],
    ['Report 2023/24 (1st January 2024 to 31st March 2024)', Q(1), 2024],
    ['2021年中期评估', Q(2), 2021],
    // The second half runs to the year's end; the first N months; months counted to a month.
    ['2024年下半年重点工作进展', Q(4), 2024],
    ['2024年前10个月主要指标', M(10), 2024],
    ['前两个月', M(2), null],
    ['6 months to December 2023', Q(4), 2023],
    ['Nine months ended 30 September 2024', Q(3), 2024],
    ['Second half 2023', Q(4), 2023],
    ['前三个季度', Q(3), null],
    ['Year to Date (April - September)', Q(3), null],
    ['Finance report Period 6 2024/25', Q(2), 2024],
    ['P8 2024/25', M(8), 2024],
    // A year in numerals, as formal documents write it.
    ['二〇二四年一至九月', Q(3), 2024],
    ['二零一九年上半年', Q(2), 2019],
  ])('%s', (text, period, year) => {
    const p = statedPeriod(text);
    expect(p).not.toBeNull();
    expect(p!.period).toEqual(period);
    expect(p!.year).toBe(year);
    expect(text).toContain(p!.text.slice(0, 3));
  });

  it('quotes the months from January with their year, in numerals as in figures (2018年一至七月, not 至七月)', () => {
    for (const text of ['2018年一至七月', '2018年1至7月', '2018年1-7月']) {
      expect(statedPeriod(text)).toMatchObject({ period: M(7), year: 2018, text });
    }
    // 至 alone before a month is up to it.
    expect(statedPeriod('至7月底')).toMatchObject({ period: M(7), text: '至7月底' });
  });

  it('reads a range written month first, day, year as its months, and the day before a year as no year', () => {
    const p = statedPeriod('acknowledged between April 1, 2018 and March 31, 2019.');
    expect(p).toMatchObject({ period: { kind: 'year' }, year: 2018 });
    // "March 31, 2019" is a day of 2019, not March of 2031.
    expect(statedPeriod('the applications received on March 31, 2019')?.year ?? null).not.toBe(2031);
    expect(statedPeriod('Dec 17')).toMatchObject({ year: 2017 });
  });

  it('takes the year beside the period, not a plan’s run of years (Strategic Plan 2021-2025: Q4 Fiscal Year 2023-2024)', () => {
    expect(statedPeriod('Strategic Plan 2021-2025: Q4 Fiscal Year 2023-2024 Results')!.year).toBe(2023);
    expect(statedPeriod('Plan 2021-25: Q2')!.year).toBe(2021);
  });

  it('counts calendar months in the organisation’s own year', () => {
    // April start (UK): September is month 6, the end of Q2; "April 2018" is month 1.
    expect(statedPeriod('as at 30 September 2023', 4)!.period).toEqual(Q(2));
    expect(statedPeriod('April 2018', 4)!.period).toEqual(M(1));
    expect(statedPeriod('YTD Sep', 4)!.period).toEqual(Q(2));
    // July start (Australia): December closes Q2; October start (US federal): December closes Q1.
    expect(statedPeriod('as at 31 December 2023', 7)!.period).toEqual(Q(2));
    expect(statedPeriod('as at 31 December 2023', 10)!.period).toEqual(Q(1));
    // A quarter label is already in the organisation's year.
    expect(statedPeriod('Q2 2023/24', 4)!.period).toEqual(Q(2));
    // A report's title "2017/18 Quarter to September", "Year to September 2017".
    expect(statedPeriod('2017/18 Quarter to September Chief Executive’s Office', 4)!.period).toEqual(Q(2));
    expect(statedPeriod('Year to September 2017', 4)!.period).toEqual(Q(2));
    expect(statedPeriod('year to date', 4)).toBeNull();
    // A quarter named by its last month: the December quarter is Q2 of a July year, Q4 of a calendar one.
    expect(statedPeriod('Statistical update: December quarter 2011', 7)).toMatchObject({
      period: Q(2),
      year: 2011,
      text: 'December quarter 2011',
    });
    expect(statedPeriod('(Dec Qtr)', 1)!.period).toEqual(Q(4));
    expect(statedPeriod('March Quarter', 7)!.period).toEqual(Q(3));
    expect(statedPeriod('Jun-Qtr', 4)!.period).toEqual(Q(1));
  });

  it('maps months both ways', () => {
    for (const start of [1, 4, 7, 10]) {
      for (let m = 1; m <= 12; m++) expect(calendarMonth(fiscalMonth(m, start), start)).toBe(m);
    }
    expect(fiscalMonth(4, 4)).toBe(1);
    expect(fiscalMonth(3, 4)).toBe(12);
  });

  it('says nothing for text without a period', () => {
    for (const t of [
      '目标任务完成情况表',
      'Council performance scorecard',
      '',
      '新增城镇就业1.2万人',
      // 年中 starting another word: 中央 (the central government), 中小学 (schools).
      '2021年中央对地方专项转移支付区域绩效目标自评表',
      '2022年中小学校舍建设',
      // a span of years is no period of the results, nor is either of its ends
      'The standards cover the period from 1 July 2020 to 30 June 2023.',
      'Jul 2018 to Jun 2023',
      // a result's word, in any period (Q2 outturn): not the year's end
      'Outturn',
      'Outturn Performance',
    ]) {
      expect(statedPeriod(t)).toBeNull();
    }
    expect(statedPeriod('Year End Outturn')?.period).toEqual(FY);
    expect(statedPeriod('Q2 Outturn')?.period).toEqual(Q(2));
  });
});

describe('a month a result runs until, and a day of a month', () => {
  it('reads what was done until a month as its period, and a date something is due by as none', () => {
    // March, the last month of a year starting in April: its fourth quarter.
    expect(statedPeriod('Coverage till March 2023 (sq. km)', 4)?.period).toEqual({
      kind: 'quarter',
      quarter: 4,
    });
    expect(statedPeriod('Progress until June 2019')?.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(statedPeriod('Complete the review until March 2024')).toBeNull();
    expect(statedPeriod('by March 2024')).toBeNull();
  });

  it('takes "Dec. 15" in a dateline for the 15th of December, not December 2015; "Dec 17", "Dec.17", "Sep-23" stay months', () => {
    expect(statedPeriod('India, Dec. 15 -- The Government of India has issued a release:')).toBeNull();
    expect(statedPeriod('Dec 17')?.year).toBe(2017);
    expect(statedPeriod('Dec.17')?.year).toBe(2017);
    expect(statedPeriod('Sep-23')?.year).toBe(2023);
    expect(statedPeriod('Apr. 2019')?.year).toBe(2019);
  });
});

describe('a day written in figures after "as on", "as at", "as of"', () => {
  it.each<[string, number]>([
    ['Targets under PMAY-G, as on 06.12.2019', 11],
    ['as on 31.03.2020', 3],
    ['as at 30/09/2019', 9],
    ['as of 09/30/2019', 9],
  ])('%s → through month %d, a statement of the period (not a bare date)', (text, month) => {
    const p = statedPeriod(text);
    expect(p?.weak).toBe(false);
    expect(p?.period).toEqual(
      month % 3 === 0 ? { kind: 'quarter', quarter: month / 3 } : { kind: 'month', month },
    );
  });
  it('leaves a day and month it cannot tell apart (05/06/2019), and a bare date stays weak', () => {
    expect(statedPeriod('as at 05/06/2019')).toBeNull();
    expect(statedPeriod('填报日期：2019-10-08')?.weak).toBe(true);
    expect(statedPeriod('as at 30 September 2024')?.weak).toBe(false);
  });
  it('reads a form dated in the first days of January as the year before, filed after it ended', () => {
    for (const text of [
      '填报日期：2025年1月10日',
      'Date prepared: 10 January 2025',
      'Date: January 10, 2025',
    ]) {
      const p = statedPeriod(text);
      expect([text, p?.period, p?.year, p?.weak]).toEqual([text, FY, 2024, true]);
    }
    // A position as at the day stays in its own month, as before.
    expect(statedPeriod('截至2025年1月10日')?.period).toEqual(M(1));
  });
  it('reads a dated form in English as the Chinese date is read, and only after a label that dates it', () => {
    expect(statedPeriod('Date prepared: 8 October 2019')).toMatchObject({
      period: Q(3),
      year: 2019,
      weak: true,
    });
    expect(statedPeriod('Prepared on October 8, 2019')?.period).toEqual(Q(3));
    // No form's date: a board paper's day, a day something is due by.
    expect(statedPeriod('Formal Board Paper 14 June 2019')?.text).toBe('June 2019');
    expect(statedPeriod('Next update: before April 30, 2024')).toBeNull();
  });
  it('reads a date in Taiwan’s calendar as its own year (民國114年01月21日 is 21 January 2025), quoted with its era', () => {
    expect(statedPeriod('自評結果公布日期:民國114年01月21日')).toEqual({
      period: FY,
      year: 2024,
      text: '民國114年01月21日',
      weak: true,
    });
    expect(statedPeriod('民國107年1-9月')).toMatchObject({
      period: Q(3),
      year: 2018,
      text: '民國107年1-9月',
    });
    expect(statedPeriod('中華民國97年度目標')).toMatchObject({ period: FY, year: 2008 });
  });
  it('reads 2019年4-6月 as a range of months, not the sixth of April', () => {
    expect(statedPeriod('2019年4-6月')?.period).toEqual(Q(2));
    expect(statedPeriod('2019年3-9月重点工作')?.period).toEqual(Q(3));
  });
});

describe('month headings with years', () => {
  it.each<[string, number, number]>([
    ['Dec 17', 2017, 12],
    ['Jan-18', 2018, 1],
    ["Mar '19", 2019, 3],
    ['2018年1月', 2018, 1],
    ['2018年十二月', 2018, 12],
    ['2018-01', 2018, 1],
    ['January 2018', 2018, 1],
    ['2019-10', 2019, 10],
    ['2009.10', 2009, 10],
  ])('%s → %d-%d', (text, year, month) => {
    expect(monthWithYear(text)).toEqual({ year, month });
  });

  it('is null for a month without a year', () => {
    for (const t of ['Dec', '1月', 'Q1', 'Total']) expect(monthWithYear(t)).toBeNull();
  });

  it('is null for a financial year written as its two years (2009/10, 2011-12 are no months)', () => {
    for (const t of ['2009/10', '2010/11', '2011-12']) expect(monthWithYear(t)).toBeNull();
  });
});

describe('the year start month columns show', () => {
  const cols = (months: number[]) => months.map((month, col) => ({ col: col + 3, month }));
  it.each<[string, number[], number | null]>([
    ['April to March', [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3], 4],
    ['July to the following January', [7, 8, 9, 10, 11, 12, 1], 7],
    ['October to March', [10, 11, 12, 1, 2, 3], 10],
    ['September to June (a school year)', [9, 10, 11, 12, 1, 2, 3, 4, 5, 6], 9],
    ['January to December', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], null],
    ['April to September: within a calendar year', [4, 5, 6, 7, 8, 9], null],
    ['a rolling window from December', [12, 1, 2, 3, 4], null],
    ['a rolling window from May', [5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4], null],
    ['a month skipped', [4, 5, 6, 8, 9, 10, 11, 12, 1], null],
    ['thirteen months', [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4], null],
    ['two months', [12, 1], null],
    ['the quarters’ last months from June', [6, 9, 12, 3], 4],
    ['the quarters’ last months from September, three of them', [9, 12, 3], 7],
    ['the quarters’ last months of a calendar year', [3, 6, 9, 12], null],
  ])('%s', (_what, months, start) => {
    expect(yearStartOfMonths(cols(months))).toBe(start);
  });

  it('takes April to September as the start of the year beside a year-to-date column, not without', () => {
    expect(yearStartOfMonths(cols([4, 5, 6, 7, 8, 9]), true)).toBe(4);
    expect(yearStartOfMonths(cols([4, 5, 6, 7, 8, 9]), false)).toBeNull();
    // From January it is the calendar year whatever stands beside it; a month skipped is no year.
    expect(yearStartOfMonths(cols([1, 2, 3, 4, 5, 6]), true)).toBeNull();
    expect(yearStartOfMonths(cols([4, 5, 7, 8]), true)).toBeNull();
  });

  it('takes the columns in their order on the sheet, not in the order given', () => {
    const months = cols([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
    expect(yearStartOfMonths([...months].reverse())).toBe(4);
  });
});

describe('a date something starts or is due from', () => {
  it('is no period the figures cover', () => {
    expect(statedPeriod('From April 2023, all councils are required to collect 22 measures.')).toBeNull();
    expect(statedPeriod('We will complete the programme by March 2024.')).toBeNull();
    expect(statedPeriod('Performance report April 2023')?.period).toEqual({ kind: 'month', month: 4 });
  });
});

describe('a financial year written across two years', () => {
  it('states the whole span, "FY 2022-23", not its first year alone', () => {
    expect(statedPeriod('FY 2022-23')).toMatchObject({ period: FY, year: 2022, text: 'FY 2022-23' });
    expect(statedPeriod('FY2022/23 YE Proj.')).toMatchObject({ text: 'FY2022/23' });
    expect(statedPeriod('FY 2024 results')).toMatchObject({ year: 2024, text: 'FY 2024' });
  });
});

describe('the pace a sheet states beside its period', () => {
  it.each<[string, number, string]>([
    [
      '建设进度基本与时间同步,完成年度计划投资比率较时间进度要求(62.5%)稍慢1.36个百分点',
      0.625,
      '时间进度要求(62.5%)',
    ],
    ['序时进度：75%', 0.75, '序时进度:75%'],
    ['1-7月,时序进度为58.3%', 0.583, '时序进度为58.3%'],
    ['截至8月20日，時間進度64.1%', 0.641, '時間進度64.1%'],
    ['Time elapsed: 58%', 0.58, 'Time elapsed: 58%'],
  ])('%s → %s', (text, fraction, words) => {
    const pace = statedPace(text);
    expect(pace?.text).toBe(words);
    expect(pace?.fraction).toBeCloseTo(fraction, 9);
  });

  it.each([
    '低于时间进度5%',
    '超序时进度9.5个百分点',
    '高于序时进度4.2个百分点',
    '达到时间进度',
    '时间进度过半',
    '时间进度150%',
  ])('%s states no pace', (text) => {
    expect(statedPace(text)).toBeNull();
  });
});

describe('a range of months with their years', () => {
  it.each<[string, number, Period, number]>([
    // Across the calendar year's end: the year of the last month.
    ['Performance against key targets, December 2017 to April 2018', 1, M(4), 2018],
    ['Dec 2017 – Apr 2018', 1, M(4), 2018],
    // In a year from April: the year the last month is in (April 2018 opens 2018/19; March 2020 closes 2019/20).
    ['Dec 2017 – Apr 2018', 4, M(1), 2018],
    ['January 2020 to March 2020', 4, Q(4), 2019],
    // Twelve months are the year they start.
    ['April 2017 to March 2018', 4, FY, 2017],
  ])('%s (year from month %d) is %j of %d', (text, yearStart, period, year) => {
    expect(statedPeriod(text, yearStart)).toMatchObject({ period, year });
  });
});

describe('the day a task is due by', () => {
  it.each<[string, number, Period, number]>([
    ['30/06/2025', 1, Q(2), 2025],
    ['2025-06-30', 1, Q(2), 2025],
    ['15.05.2025', 1, M(5), 2025],
    ['06/30/2025', 1, Q(2), 2025],
    // Due within its own month, not through the month before as a report's date is read.
    ['15/05/2025', 1, M(5), 2025],
    // In a year from April, June is the third month.
    ['30/06/2025', 4, Q(1), 2025],
  ])('%s (year from month %d) is due by %j of %d', (text, yearStart, period, year) => {
    expect(dueBy(text, yearStart)).toMatchObject({ period, year });
  });

  it('a day whose day and month cannot be told apart, or that is no day, is none', () => {
    for (const text of ['05/06/2025', '31/02/2025', '2025-13-01', 'soon', '']) expect(dueBy(text)).toBeNull();
  });

  it('the words of a period are read as the period they name', () => {
    expect(dueBy('2025年6月底前')).toMatchObject({ period: Q(2), year: 2025 });
    expect(dueBy('March 2025')).toMatchObject({ period: Q(1), year: 2025 });
  });
});
