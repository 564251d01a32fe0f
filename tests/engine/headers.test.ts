import {
  bracketUnit,
  headerParts,
  headerRoles,
  indicatorLevel,
  isProjectionHeading,
  spanOfTarget,
  yearInHeading,
} from '../../src/engine/read/headerWords';
import { headerYear, isYearGroup, matchHeader, subHeaderKind } from '../../src/engine/read/headers';

describe('matchHeader', () => {
  const plain: [string, string][] = [
    ['序号', 'id'],
    ['编号', 'id'],
    ['指标编号', 'id'],
    ['No.', 'id'],
    ['No', 'id'],
    ['ID', 'id'],
    ['类别', 'category'],
    ['分类', 'category'],
    ['类型', 'category'],
    ['领域', 'category'],
    ['板块', 'category'],
    ['Category', 'category'],
    ['Area', 'category'],
    ['指标', 'name'],
    ['指标名称', 'name'],
    ['目标任务', 'name'],
    ['任务', 'name'],
    ['工作任务', 'name'],
    ['考核指标', 'name'],
    ['工作内容', 'name'],
    ['Indicator', 'name'],
    ['KPI', 'name'],
    ['Task', 'name'],
    ['Measure', 'name'],
    ['单位', 'unit'],
    ['计量单位', 'unit'],
    ['Unit', 'unit'],
    ['方向', 'direction'],
    ['指标方向', 'direction'],
    ['属性', 'direction'],
    ['Direction', 'direction'],
    ['Polarity', 'direction'],
    ['汇总方式', 'aggregation'],
    ['累计方式', 'aggregation'],
    ['Aggregation', 'aggregation'],
    ['年度目标', 'target'],
    ['全年目标', 'target'],
    ['目标值', 'target'],
    ['年度任务', 'target'],
    ['目标', 'target'],
    ['Annual target', 'target'],
    ['Target', 'target'],
    ['累计完成', 'cumulative'],
    ['完成值', 'cumulative'],
    ['实际完成', 'cumulative'],
    ['截至目前完成', 'cumulative'],
    ['完成情况', 'cumulative'],
    ['Actual', 'cumulative'],
    ['Actual to date', 'cumulative'],
    ['YTD', 'cumulative'],
    ['责任部门', 'owner'],
    ['责任单位', 'owner'],
    ['牵头单位', 'owner'],
    ['责任人', 'owner'],
    ['Owner', 'owner'],
    ['Department', 'owner'],
    ['Responsible', 'owner'],
    ['备注', 'notes'],
    ['说明', 'notes'],
    ['Notes', 'notes'],
    ['Comment', 'notes'],
    // words on an action beside its status and its share done
    ['Progress Comment', 'notes'],
    ['进展情况说明', 'notes'],
  ];
  test.each(plain)('%s → %s', (text, role) => {
    expect(matchHeader(text)).toEqual({ role });
  });

  test('normalises spaces, line breaks, full-width letters and case', () => {
    expect(matchHeader('  年度目标  ')).toEqual({ role: 'target' });
    expect(matchHeader('年度\n目标')).toEqual({ role: 'target' });
    expect(matchHeader('指标\r\n名称')).toEqual({ role: 'name' });
    expect(matchHeader('年度目标\u3000')).toEqual({ role: 'target' });
    expect(matchHeader('ＫＰＩ')).toEqual({ role: 'name' });
    expect(matchHeader('ａｎｎｕａｌ　ｔａｒｇｅｔ')).toEqual({ role: 'target' });
    expect(matchHeader('ANNUAL  TARGET')).toEqual({ role: 'target' });
    expect(matchHeader('Ｑ１')).toEqual({ role: 'quarter', index: 0 });
  });

  test('exact match: 单位 does not match 责任单位 or 填报单位; names are not substrings', () => {
    expect(matchHeader('责任单位')).toEqual({ role: 'owner' });
    expect(matchHeader('填报单位')).toBeNull();
    expect(matchHeader('填报单位：科协')).toBeNull();
    expect(matchHeader('2019年目标任务完成情况表')).toBeNull();
    expect(matchHeader('指标说明文字很长')).toBeNull();
    expect(matchHeader('完成率')).toBeNull();
  });

  test('year prefix before target, actual and period headers', () => {
    expect(matchHeader('2019年目标')).toEqual({ role: 'target' });
    expect(matchHeader('2019年度目标')).toEqual({ role: 'target' });
    expect(matchHeader('2019 Target')).toEqual({ role: 'target' });
    expect(matchHeader('2019年完成情况')).toEqual({ role: 'cumulative' });
    expect(matchHeader('2019年一季度')).toEqual({ role: 'quarter', index: 0 });
    // a year does not turn a name or owner header into something else
    expect(matchHeader('2019年任务')).toBeNull();
    expect(matchHeader('2019年责任部门')).toBeNull();
    // a month's number is no year after it
    expect(matchHeader('M12')).toEqual({ role: 'month', index: 11 });
  });

  test('a unit in brackets after a header', () => {
    expect(matchHeader('年度目标（万元）')).toEqual({ role: 'target' });
    expect(matchHeader('Target (USD)')).toEqual({ role: 'target' });
    expect(matchHeader('累计完成(万元)')).toEqual({ role: 'cumulative' });
  });

  const quarters: [string, number][] = [
    ['一季度', 0],
    ['第一季度', 0],
    ['1季度', 0],
    ['Q1', 0],
    ['1-3月', 0],
    ['1~3月', 0],
    ['1—3月', 0],
    ['１－３月', 0],
    ['二季度', 1],
    ['第二季度', 1],
    ['Q2', 1],
    ['4-6月', 1],
    ['三季度', 2],
    ['7-9月', 2],
    ['四季度', 3],
    ['第四季度', 3],
    ['Q4', 3],
    ['10-12月', 3],
    ['10~12月', 3],
    ['一季度完成', 0],
    ['Q1 actual', 0],
    ['第三季度完成情况', 2],
    // a fiscal year before the quarter, or a year after it
    ['FY 26 Q1', 0],
    ['FY2026 Q4', 3],
    ['FY 2025-26 Q2', 1],
    ['2025/26 Q3', 2],
    ['Q1 2026', 0],
    ['Q3 FY26', 2],
  ];
  test.each(quarters)('quarter %s → %d', (text, index) => {
    expect(matchHeader(text)).toEqual({ role: 'quarter', index });
  });

  const milestones: [string, number][] = [
    ['一季度目标', 0],
    ['第一季度目标', 0],
    ['1季度目标', 0],
    ['Q1 target', 0],
    ['二季度目标', 1],
    ['Q3 Target', 2],
    ['四季度目标', 3],
    ['Q4 target', 3],
  ];
  test.each(milestones)('milestone %s → %d', (text, index) => {
    expect(matchHeader(text)).toEqual({ role: 'milestone', index });
  });

  test('months in Chinese and English', () => {
    for (let m = 1; m <= 12; m++) expect(matchHeader(`${m}月`)).toEqual({ role: 'month', index: m - 1 });
    const short = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    short.forEach((s, i) => expect(matchHeader(s)).toEqual({ role: 'month', index: i }));
    expect(matchHeader('January')).toEqual({ role: 'month', index: 0 });
    expect(matchHeader('December')).toEqual({ role: 'month', index: 11 });
    expect(matchHeader('Sept')).toEqual({ role: 'month', index: 8 });
    expect(matchHeader('十二月')).toEqual({ role: 'month', index: 11 });
    expect(matchHeader('13月')).toBeNull();
    // "1-6月" is a half-year, not a quarter
    expect(matchHeader('1-6月')).toBeNull();
  });

  test('rejects non-headers', () => {
    expect(matchHeader('')).toBeNull();
    expect(matchHeader('   ')).toBeNull();
    expect(matchHeader('科技下乡')).toBeNull();
    expect(matchHeader('x'.repeat(1000))).toBeNull();
  });
});

describe('header helpers', () => {
  test('headerYear', () => {
    expect(headerYear('2019年完成情况')).toBe(2019);
    expect(headerYear('2020年目标')).toBe(2020);
    expect(headerYear('2021')).toBe(2021);
    expect(headerYear('完成情况')).toBeNull();
    expect(headerYear('2019年任务清单说明')).toBeNull();
    // A quarter's or a half's heading with its year (a quarterly page: Measure | Q3 2018 | Target).
    expect(headerYear('Q3 2018')).toBe(2018);
    expect(headerYear('Quarter 3 2018')).toBe(2018);
    expect(headerYear('H1 2024')).toBe(2024);
    expect(headerYear('Q3 target to 2018')).toBeNull();
  });
  test('subHeaderKind and isYearGroup', () => {
    expect(subHeaderKind('目标')).toBe('plan');
    expect(subHeaderKind('计划')).toBe('plan');
    expect(subHeaderKind('完成')).toBe('actual');
    expect(subHeaderKind('Actual')).toBe('actual');
    expect(subHeaderKind('单位')).toBeNull();
    expect(isYearGroup('2019年')).toBe(true);
    expect(isYearGroup('全年')).toBe(true);
    expect(isYearGroup('2019年完成情况')).toBe(false);
  });
});

describe('years and levels inside headings', () => {
  it.each([
    ['FY 2010 Actual', 2010],
    ['FY 2010 Targeted', 2010],
    ['03/04 est out-turn', 2003],
    ['01/02 actual', 2001],
    ['99/00 actual', 1999],
    ['2019年完成', 2019],
    ['Actual 2023/24', 2023],
    ['2022-2023 target', 2022],
    // a financial year by its last two figures, named by the year it ends in
    ['FY23', 2023],
    ["FY '25 Target", 2025],
  ])('%s names the year %d', (text, year) => {
    expect(yearInHeading(text)).toBe(year);
  });
  it.each(['2020-2025年目标', '12/31 actual', 'Target', '2019 and 2020 actual', '1-9月完成'])(
    '%s names no one year',
    (text) => {
      expect(yearInHeading(text)).toBeNull();
    },
  );
  it('a two-digit financial year is not part of the heading’s words', () => {
    expect(headerParts('03/04 target').key).toBe('target');
    expect(headerParts('12/31 target').key).toBe('12/31target');
    // Two years written together (a school year: Target 0708); never a single year 19xx or 20xx.
    expect(headerRoles('Target 0708')[0]?.role).toBe('target');
    expect(headerRoles('Actual 0708')[0]?.role).toBe('actual');
    expect(headerParts('Target 1234').key).toBe('target1234');
  });
  it('the word "year" before a year is part of the year (Target Yr (2023), Actual Year 2024)', () => {
    expect(headerRoles('Target Yr (2023)')[0]?.role).toBe('target');
    expect(headerRoles('Actual Year 2024')[0]?.role).toBe('actual');
    expect(yearInHeading('Target Yr (2023)')).toBe(2023);
    // Without a year it stays a word of the heading.
    expect(headerParts('Target year').key).toBe('targetyear');
  });
  it('a quarter or half before a year does not hide the year (Q3 2016/17, H1 2024)', () => {
    expect(yearInHeading('Q3 2016/17')).toBe(2016);
    expect(yearInHeading('H1 2024')).toBe(2024);
  });
  it('a year of Taiwan’s calendar over the headings (中華民國97年度 › 預算數) names its Gregorian year', () => {
    expect(yearInHeading('中華民國97年度 › 預算數')).toBe(2008);
    expect(yearInHeading('107年度 預算數')).toBe(2018);
    expect(yearInHeading('10年 預算數')).toBeNull();
  });
  it('a period to date before the words is the stated period’s, not the heading’s', () => {
    for (const text of [
      '1-4月累计完成投资',
      '1—9月份完成',
      '1至9月完成投资',
      '一至七月完成投资',
      '一至十一月累计完成',
    ]) {
      expect(headerRoles(text)[0]?.role).toBe('actual');
    }
    for (const text of ['前七个月完成投资', '截至7月底完成投资', '截至9月末累计完成', '本年累计']) {
      expect(headerRoles(text)[0]?.role).toBe('actual');
    }
    // The task handed down is the target; the next steps are notes.
    expect(['下达任务', '省下达任务'].map((t) => headerRoles(t)[0]?.role)).toEqual(['target', 'target']);
    expect(headerRoles('下步措施')[0]?.role).toBe('notes');
    // …in numerals as in figures: a plan for the first seven months covers seven.
    expect(spanOfTarget('一至七月投资计划')).toBe(7);
    expect(spanOfTarget('1-7月投资计划')).toBe(7);
    expect(spanOfTarget('前七个月投资计划')).toBe(7);
    expect(spanOfTarget('前两个月投资计划')).toBe(2);
    expect(spanOfTarget('截至7月底投资计划')).toBe(7);
    expect(headerParts('1-4月').key).toBe('1-4月');
  });
  it('the half year, the quarters to date and the date they end on lead a heading as 1-6月 does', () => {
    for (const [words, months] of [
      ['上半年完成投资', '1-6月完成投资'],
      ['上半年底累计到位资金(万元)', '1-6月底累计到位资金(万元)'],
      ['前三季度完成投资', '1-9月完成投资'],
      ['1-3季度完成', '1-9月完成'],
      ['一至三季度累计完成', '1-9月累计完成'],
      // …and so does the date the months end on (截至6月30日)
      ['截至6月30日完成', '1-6月完成'],
      ['截至9月30日累计完成投资', '1-9月累计完成投资'],
    ]) {
      expect(headerRoles(months).length).toBeGreaterThan(0);
      expect([words, headerRoles(words)]).toEqual([words, headerRoles(months)]);
    }
    // Alone, as 1-6月 or 1—9月份 alone: the results to date.
    for (const text of ['上半年', '前三季度', '1-9月份', '1-6月累计'])
      expect(headerRoles(text)[0]?.role).toBe('actual');
    // A plan for them covers their months.
    expect(spanOfTarget('上半年目标')).toBe(6);
    expect(spanOfTarget('前两季度投资计划')).toBe(6);
    expect(spanOfTarget('1-3季度目标')).toBe(9);
    expect(spanOfTarget('一至三季度计划')).toBe(9);
    expect(spanOfTarget('截至6月30日计划')).toBe(6);
    // A budget's spending to that date is no result, as 1-6月执行数 is none.
    expect(headerRoles('截至6月30日执行数')).toEqual(headerRoles('1-6月执行数'));
  });
  it('serial numbers and what was completed against what was targeted', () => {
    for (const text of ['S. No.', 'Sl. No.', 'Sr. No', 'Serial number'])
      expect(headerRoles(text)[0]?.role).toBe('id');
    expect(headerRoles('Houses Completed')[0]?.role).toBe('actual');
    expect(headerRoles('Houses Targeted')[0]?.role).toBe('target');
    expect(headerRoles('% completed')[0]?.role).toBe('completion');
    // What was set to be covered and what was covered up to a month (a ministry's state-wise table).
    expect(headerRoles('Area targeted for coverage (sq. km)')[0]?.role).toBe('target');
    expect(headerRoles('Coverage till March 2023 (sq. km)')[0]?.role).toBe('actual');
    expect(headerRoles('Untargeted areas')[0]?.role).not.toBe('target');
    // The year so far, however it is written (HMRC: Year-to-date (since April 2016)).
    expect(headerRoles('Year-to-date (since April 2016)')[0]?.role).toBe('actual');
    // A project's form: the task handed to the city, its problems, and whether it is behind.
    expect(headerRoles('我市\n任务')[0]?.role).toBe('target');
    expect(headerRoles('本县年度任务')[0]?.role).toBe('target');
    expect(headerRoles('存 在\n困 难\n和问题')[0]?.role).toBe('notes');
    expect(headerRoles('进 度\n是 否\n滞 后')[0]?.role).toBe('status');
    // The year to date after its year, written short or whole (FY23 to Date beside FY23 Quarter 1).
    expect(headerRoles('FY23 to Date')[0]?.role).toBe('actual');
    expect(headerRoles('FY 2023 to Date')[0]?.role).toBe('actual');
    // A plan's report: the year's result (目标 | 全年实绩).
    expect(headerRoles('全年实绩')[0]?.role).toBe('actual');
  });
  it('places down the rows, investment to date, shares of the year and projections', () => {
    for (const text of ['地区', '县(市、区)', '乡镇(街道)', '县市区'])
      expect(headerRoles(text)[0]?.role).toBe('name');
    for (const text of ['累计投资金额(亿元)', '累计完成投资额', 'PROJECTED', 'Year-end forecast'])
      expect(headerRoles(text)[0]?.role).toBe('actual');
    // A footnote mark is no word of the heading; an estimate of the year's result is a projection.
    for (const text of ['FY 2010-11 *Estimated', 'Actual†', 'Estimated'])
      expect(headerRoles(text)[0]?.role).toBe('actual');
    expect(['FY 2010-11 *Estimated', 'Estimated', 'PROJECTED'].map(isProjectionHeading)).toEqual([
      true,
      true,
      true,
    ]);
    expect(isProjectionHeading('Actual')).toBe(false);
    // A heading and what it is, after a colon; a period's result (秋冬季实际); but a label with its figure
    // is no heading.
    expect(headerRoles('改善目标:同比下降(%)')[0]?.role).toBe('target');
    expect(headerRoles('秋冬季实际')[0]?.role).toBe('actual');
    expect(headerRoles('Target: 95%')).toEqual([]);
    // The word that leads to a year is no word of the heading ("Achievement in 2023"); a word ending in
    // the same letters keeps them.
    expect(headerRoles('Achievement in 2023')[0]?.role).toBe('actual');
    expect(headerRoles('Target for 2024/25')[0]?.role).toBe('target');
    expect(headerRoles('Our Pledge in 2024')[0]?.role).toBe('name');
    expect(headerParts('Margin 2023').key).toBe('margin');
    // A rating's columns, one ticked per row, are verdicts, not the target or the result.
    for (const text of [
      'Met or Exceeded Target',
      'Within 3% of achieving Target',
      'Not Achieved',
      'Target Not Yet Applicable',
    ])
      expect(headerRoles(text)[0]?.role).toBe('status');
    for (const text of ['完成年度百分比(%)', '完成前三季度目标 任务占比(%)'])
      expect(headerRoles(text)[0]?.role).toBe('completion');
    expect(headerRoles('单位')[0]?.role).not.toBe('name');
    // What is planned to be done is the target; a running total of what is counted is the result.
    expect(headerRoles('计划完成数')[0]?.role).toBe('target');
    expect(headerRoles('当年计划投资')[0]?.role).toBe('target');
    expect(headerRoles('计划造林')[0]?.role).toBe('target');
    expect(headerRoles('完成造林绿化面积(亩)')[0]?.role).toBe('actual');
    expect(headerRoles('2016年单位GDP能耗实际下降(%)')[0]?.role).toBe('actual');
    expect(headerRoles('占任务的(%)')[0]?.role).toBe('completion');
    expect(headerRoles('考核结果')[0]?.role).toBe('status');
    // 完成 opens what was done, not who did it or by when.
    expect(headerRoles('完成单位')[0]?.role).toBe('owner');
    expect(headerRoles('完成日期')[0]?.role).toBe('deadline');
    expect(headerRoles('完成时限')[0]?.role).toBe('deadline');
    expect(headerRoles('完成率')[0]?.role).toBe('completion');
    expect(headerRoles('Units of Measure')[0]?.role).toBe('unit');
    expect(headerRoles('累计开工数')[0]?.role).toBe('actual');
    expect(headerRoles('累计目标')[0]?.role).toBe('periodTarget');
  });
  it('levels of indicators', () => {
    expect(['一级指标', '二级指标', '三级指标', '3级指标', '绩效指标'].map(indicatorLevel)).toEqual([
      1,
      2,
      3,
      3,
      null,
    ]);
  });
  it('progress up to a month as the result, a bracket left open, and an office’s observations', () => {
    expect(
      ['Progress to March 2015', 'Progress up to June', 'Achievements as at 31 December 2019'].map(
        (t) => headerRoles(t)[0]?.role,
      ),
    ).toEqual(['actual', 'actual', 'actual']);
    expect(headerRoles('Progress towards target')[0]?.role).not.toBe('actual');
    expect(headerRoles('Progress (July 2014-Feb.2015')[0]?.role).toBe('actual');
    expect(headerParts('Progress (July 2014-Feb.2015')).toEqual({
      key: 'progress',
      bracket: 'july2014-feb.2015',
    });
    expect(['Observation', 'Observations'].map((t) => headerRoles(t)[0]?.role)).toEqual(['notes', 'notes']);
  });
  it('levels of indicators with their characters spaced out, as a form pads short headings', () => {
    expect(['一 级 指 标', '二  级  指  标', '三級 指標'].map(indicatorLevel)).toEqual([1, 2, 3]);
  });
});

describe('heading words by role (the evidence reader)', () => {
  const best = (text: string) => headerRoles(text)[0]?.role ?? null;
  it('a quarter written as Hong Kong and Macau write it before the words (2021年第四季實際表現)', () => {
    expect(best('2021年第四季實際表現')).toBe('actual');
    expect(best('第二季目標')).toBe('target');
  });
  it('the words of published commitments, college outcomes and regulated companies', () => {
    expect(best("The goal we've set ourselves")).toBe('name');
    expect(best('Our progress (year to date)')).toBe('actual');
    expect(best('What that means')).toBe('notes');
    expect(best('National goal')).toBe('target');
    expect(best('Student Achievement Metric')).toBe('name');
    expect(best('Target Level')).toBe('target');
    expect(best('Latest Reported Outcome')).toBe('actual');
    expect(best('Reward / Penalty (if applicable)')).toBe('status');
    expect(best('FY 2012\nPlan')).toBe('target');
  });
  it('the words of a ceiling handed down and the share of it used (安全生产控制指标)', () => {
    expect(best('省政府下达全年控制指标')).toBe('target');
    expect(best('占国家下达控制指标(%)')).toBe('completion');
    expect(best('占全年控制指标')).toBe('completion');
    expect(best('好于控制指标(百分点)')).toBe('ignore');
    expect(best('占地面积')).toBeNull();
  });
  it('progress in per cent is how much of the task is done (完成工作进度(%))', () => {
    expect(best('完成工作进度(%)')).toBe('completion');
    expect(best('工作进度')).toBe('actual');
  });
  it('a bracket naming a time is no unit', () => {
    expect(bracketUnit('年度目标（万元）')).toBe('万元');
    expect(bracketUnit('完成目标(%)')).toBe('%');
    // A column's letter for a formula is no unit; a unit's symbol is.
    expect(bracketUnit('实际完成值(B)')).toBeNull();
    expect(bracketUnit('偏差率(C=B/A-1)')).toBeNull();
    expect(bracketUnit('Length (m)')).toBe('m');
  });

  it('reads a standard for the year and a self-assessment as their roles', () => {
    expect(headerRoles('Annual standard')[0]?.role).toBe('target');
    expect(headerRoles('Threshold')[0]?.role).toBe('target');
    expect(headerRoles('Self-assessment')[0]?.role).toBe('status');
    expect(headerRoles('Yearly position')[0]?.role).toBe('actual');
    expect(bracketUnit('Performance (1 April 2018 to 31 March 2019)')).toBeNull();
    expect(bracketUnit('完成情况（2021年）')).toBeNull();
    expect(bracketUnit('完成情况（1-9月）')).toBeNull();
  });
  it('a trailing % is the unit, unless the word itself ends so', () => {
    expect(best('增减率%')).toBe('growth');
    expect(headerParts('增减率%').bracket).toBe('%');
    expect(best('Progress %')).toBe('completion');
    expect(best('achievement %')).toBe('completion');
  });
  it('the words of revenue against its budget (Approved Budget | Cumulative Receipts | % Budget Received)', () => {
    expect(best('Approved Budget')).toBe('target');
    expect(best('Cumulative Receipts')).toBe('actual');
    expect(best('Revenue collected')).toBe('actual');
    expect(best('% Budget Received')).toBe('completion');
  });
  it('the words of budget execution tables (预算执行情况表)', () => {
    expect(best('预 算 科 目')).toBe('name');
    expect(best('年度预算')).toBe('target');
    expect(best('年初预算数（万元）')).toBe('target');
    expect(best('调整预算')).toBe('target');
    expect(best('本期累计为\n预算%')).toBe('completion');
    expect(best('占年初预算%')).toBe('completion');
    expect(best('增减额')).toBe('ignore');
    // Taiwan's words: the budget that could be spent, the final accounts, what was realised.
    expect(best('可支用預算數')).toBe('target');
    expect(best('決  算  數')).toBe('actual');
    expect(best('實現數')).toBe('actual');
    // New Zealand's statements of service performance: Budget service standard | Achieved 2010/11.
    expect(best('Budget service standard')).toBe('target');
    // A service inventory's standards, in the language its column names (Standard Name (English)).
    expect(best('Standard Name (English)')).toBe('name');
  });
  it('a target handed down or to meet by a year; a completion share', () => {
    expect(best('下达任务面积(亩)')).toBe('target');
    expect(best('下达计划数')).toBe('target');
    expect(best('Target to meet by 2020')).toBe('target');
    expect(best('2016GDP增长预期')).toBe('target');
    expect(best('Measurement')).toBe('name');
    expect(best('Workload Indicators')).toBe('name');
    expect(best('Strategic Goal')).toBe('category');
    expect(best('Measure Type')).toBe('ignore');
    expect(best('任务完成量占比(%)')).toBe('completion');
    // The month's own figure names no role: the result to date is the 累计 column's.
    expect(best('当月完成面积(亩)')).toBeNull();
    expect(best('累计完成面积(亩)')).toBe('actual');
  });

  it('an office’s goal is its target, wherever a heading names a target; a strategic goal is a category', () => {
    expect(best('KPI Goal')).toBe('target');
    expect(best('Goal to meet by 2020')).toBe('target');
    expect(best('2021–2022 Goal/Est.')).toBe('target');
    expect(best('Our goal for repairs performance')).toBe('target');
    expect(best('% of Goal')).toBe('completion');
    expect(best('Q2 Goal')).toBe('periodTarget');
    expect(best('Goal for Quarter 1')).toBe(best('Target for Quarter 1'));
    expect(best('Quarterly Goal')).toBe(best('Quarterly Target'));
    expect(best('Goal met?')).toBe('status');
    expect(best('GOALS')).toBe('target');
    expect(best('Strategic Goals')).toBe('category');
    expect(best('Strategy / Goal')).toBe('category');
  });

  it('progress up to a date is the result; the next month’s work plan only words; a pace question a verdict', () => {
    expect(best('截至6月底进展')).toBe('actual');
    expect(best('截止9月末推进情况')).toBe('actual');
    expect(best('7月工作计划')).toBe('notes');
    expect(best('下月工作计划')).toBe('notes');
    expect(best('下一步工作计划')).toBe('notes');
    expect(best('7月计划')).toBe('target');
    expect(best('是否达序')).toBe('status');
    expect(best('是否达到序时进度')).toBe('status');
  });

  it('reads 时序进度 as 序时进度, as offices often write it, and how far over or under it as the gap', () => {
    expect(headerRoles('时序进度')).toEqual(headerRoles('序时进度'));
    expect(best('时序进度')).toBe('periodTarget');
    expect(best('超(欠)序时进度')).toBe('gap');
    expect(best('超欠序时进度')).toBe('gap');
  });
});

describe('corner cells and ranks', () => {
  it.each(['指标\n县(区)', '指标 县(区)', '指标/地区', '县区 项目'])(
    'reads the row side of a corner cell split by a diagonal (%s) as the names',
    (text) => {
      expect(headerRoles(text)[0]?.role).toBe('name');
    },
  );

  it('leaves two words that are no corner cell alone', () => {
    expect(headerRoles('项目 单位')).toEqual([]);
  });

  it.each(['排名', '全省排名', '2017年1-6月万元地区生产总值能耗下降率排名(由高到低)', 'Rank'])(
    'reads a place in a league (%s) as no result',
    (text) => {
      expect(headerRoles(text)[0]?.role).toBe('ignore');
    },
  );
});

describe('a month with its year before the words', () => {
  it.each([
    ['Jun-19 Performance', 'actual'],
    ['Sept 2023 Actual', 'actual'],
    ['Jun-19 Seen within target', 'ignore'],
    ['Jun-19 Number Seen', 'ignore'],
  ])('%s → %s (the month says when, the words what)', (text, role) => {
    expect(headerRoles(text)[0]?.role).toBe(role);
  });

  it('leaves a month heading alone', () => {
    expect(headerParts('Jun-19').key).toBe('jun-19');
  });
});

describe('surpluses and shares of the task', () => {
  it('reads what was done beyond the target (超年度目标) as no target', () => {
    expect(headerRoles('超年度目标(亿元)')[0]?.role).toBe('ignore');
  });

  it('reads the share of the task done in per cent (完成年度任务(%)) as the completion, and without % as the result', () => {
    expect(headerRoles('完成年度任务(%)')[0]?.role).toBe('completion');
    expect(headerRoles('完成年度任务')[0]?.role).toBe('actual');
  });
});

describe('English headings, head word first', () => {
  it.each([
    ['Our target for repairs performance', 'target'],
    ['Target for complaints response and resolution', 'target'],
    ['On Target', 'status'],
    ['Service standard', 'name'],
    ['Target 2016 to 2017', 'target'],
    ['Results 2016 to 2017', 'actual'],
    ['2018/19 (actual)', 'actual'],
    ['2019/20 (target)', 'target'],
    ['Progress/current status of performance against target', 'status'],
    // words that name no role, glossed in brackets by words that do
    ['Acceptable Quality Level\n(Our Target)', 'target'],
    ['2020 to 2021 Outturn\n(Our Performance)', 'actual'],
    ['Service Provision\n(Our Commitment)', 'name'],
    ['PROPOSED ACTIVITIES', 'name'],
    // what was achieved, after its period or its kind, or so far
    ['Q2 Achievement', 'actual'],
    ['Cumulative Achievement', 'actual'],
    ['Physical Achievement', 'actual'],
    ['Achieved YTD', 'actual'],
    ['Achievement to date', 'actual'],
    ['Achievement Rate', 'completion'],
  ])('%s names the %s', (text, role) => {
    expect(headerRoles(text)[0]?.role).toBe(role);
  });

  it('reads a standard as the bar or as the standards’ names, its cells deciding which', () => {
    for (const text of ['Service standard', 'Performance standard']) {
      expect(headerRoles(text).map((r) => r.role)).toEqual(expect.arrayContaining(['name', 'target']));
    }
  });

  it('takes no role from a gloss that names none, nor from a unit in brackets', () => {
    expect(headerRoles('Widgets (the number)')).toEqual([]);
    expect(headerRoles('Quality level (tonnes)')).toEqual([]);
  });

  it('names a span of months to a date by the year it starts in, as a financial year is named', () => {
    expect(yearInHeading('Target\nyear to\nMar 2014')).toBe(2013);
    expect(yearInHeading('Actual half\nyear to\nSep 2013')).toBe(2013);
    expect(yearInHeading('Actual half year to 31 March 2014')).toBe(2013);
    expect(yearInHeading('Year to 31 December 2019')).toBe(2019);
    expect(yearInHeading('Quarter ended 30 June 2020')).toBe(2020);
  });

  it('reads a year written "2016 to 2017" as one year', () => {
    expect(yearInHeading('Target 2016 to 2017')).toBe(2016);
    expect(headerParts('Results 2016 to 2017').key).toBe('results');
  });
});

describe('a scorecard’s goals', () => {
  it('reads Business Plan Goal as the target, FYTD Goal as the target to date and FYTD Actual as the result', () => {
    expect(headerRoles('Business Plan Goal')[0]?.role).toBe('target');
    expect(headerRoles('Plan Goal')[0]?.role).toBe('target');
    expect(headerRoles('FYTD Goal')[0]?.role).toBe('periodTarget');
    expect(headerRoles('YTD Goal')[0]?.role).toBe('periodTarget');
    expect(headerRoles('FYTD Actual')).toEqual([{ role: 'actual', score: 1 }]);
  });
  it('reads the task a higher level set (市定任务(2023年度), 省定任务) as the target', () => {
    expect(headerRoles('市定任务(2023年度)')[0]?.role).toBe('target');
    expect(headerRoles('省定任务')[0]?.role).toBe('target');
  });
  it('a verdict holding a heading’s word (完成情况较好) is no heading; the heading itself stays', () => {
    expect(headerRoles('完成情况较好')).toEqual([]);
    expect(headerRoles('一季度完成情况')[0]?.role).toBe('actual');
  });
});

describe('headings of counts started and of per cent in words', () => {
  it('reads 开工数 as the result and a bracket of per cent in words as %', () => {
    expect(headerRoles('开工数')[0]).toEqual({ role: 'actual', score: 1 });
    expect(headerRoles('已开工数')[0]).toEqual({ role: 'actual', score: 1 });
    // What is planned to be started stays a plan.
    expect(headerRoles('计划开工数')[0]?.role).toBe('target');
    expect(bracketUnit('Target (per cent)')).toBe('%');
    expect(bracketUnit('Achievement (in percent)')).toBe('%');
    expect(bracketUnit('Share (percentage)')).toBe('%');
    expect(bracketUnit('Budget (Rs. crore)')).not.toBe('%');
  });
});
