/**
 * Standards offices set as a class or over a span of years: a water section's class (Ⅲ类) met by the same
 * class or a cleaner one, a month's heading (9月水质, 3月水质类别).
 */
import { runCheck, type CellValue } from '../../src/engine';
import { headerRoles, yearInHeading } from '../../src/engine/read/headerWords';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date: string, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date }).report;
}

describe('a water section’s class set as its target (GB 3838: Ⅰ类 … Ⅴ类, 劣Ⅴ类)', () => {
  const rows: CellValue[][] = [
    ['2024年9月县控以上地表水监测断面水质状况表'],
    ['断面名称', '控制级别', '功能目标', '9月\n水质', '超标项目'],
    ['兰口', '省控', 'Ⅲ类', 'Ⅲ', '/'],
    ['壶镇水源地', '县控', 'Ⅲ类', 'Ⅱ', '/'],
    ['好溪电站', '市控', 'Ⅱ类', 'Ⅲ', '总磷'],
    ['东方镇上', '县控', 'III类', 'II类', '/'],
    ['新建镇', '县控', 'Ⅳ类', '劣Ⅴ', '氨氮'],
    ['瀛湖坝前', '县控', 'Ⅱ类', 'Ⅲ(总磷、0.76倍)', '总磷'],
  ];

  it('is met by the same class or a cleaner one; a dirtier one misses it, the month’s own measurement', () => {
    const report = check(rows, '2024-10-10');
    expect(report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['兰口', 'achieved'],
      ['壶镇水源地', 'achieved'],
      ['好溪电站', 'missed'],
      ['东方镇上', 'achieved'],
      ['新建镇', 'missed'],
      // (the class read without the remark after it: the pollutant over its standard and by how much)
      ['瀛湖坝前', 'missed'],
    ]);
    expect(report.evaluations[1]).toMatchObject({ targetText: 'Ⅲ类', actualText: 'Ⅱ' });
  });

  it('leaves the verdict to the sheet where it gives one (达标 / 未达标)', () => {
    const withVerdict = rows.map((r, i) => [
      ...r,
      i === 0 ? null : i === 1 ? '是否达标' : i === 3 ? '达标' : '未达标',
    ]);
    const report = check(withVerdict, '2024-10-10');
    expect(report.evaluations.map((e) => e.status)).toEqual([
      'missed',
      'achieved',
      'missed',
      'missed',
      'missed',
      'missed',
    ]);
  });

  it('reads a class “or better” as offices write it (达到或优于Ⅲ类, Ⅲ类及以上, 不低于Ⅲ类)', () => {
    const report = check(
      [
        ['2024年10月监测断面水质状况表'],
        ['序号', '断面名称', '水质目标', '本期水质类别'],
        [1, '七里沟', '达到或优于Ⅲ类', 'Ⅱ'],
        [2, '老君关', '达到或好于Ⅱ类', 'Ⅲ'],
        [3, '黄洋河口', 'Ⅲ类及以上', 'Ⅲ'],
        [4, '恒河口', '不低于Ⅲ类', 'Ⅳ'],
      ],
      '2024-11-10',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed', 'achieved', 'missed']);
  });

  it('leaves bare Latin numerals alone: “II” against “III” may be anything', () => {
    const report = check(
      [['Plan 2024'], ['Measure', 'Target', 'Actual'], ['Hospital phase', 'III', 'II']],
      '2024-12-31',
      'en-US',
    );
    expect(report.evaluations[0].status).not.toMatch(/achieved|missed/);
  });
});

describe('a month’s heading', () => {
  it('is the heading’s word for that month (9月水质, 3月水质类别, 10月份完成值)', () => {
    expect(headerRoles('9月\n水质')[0]).toMatchObject({ role: 'actual' });
    expect(headerRoles('3月水质类别')[0]).toMatchObject({ role: 'actual' });
    expect(headerRoles('10月份完成值')[0]).toMatchObject({ role: 'actual' });
    expect(headerRoles('12月目标')[0]).toMatchObject({ role: 'target' });
  });
});

describe('a target and a result over a span of years (4-year targets for 2022)', () => {
  it('reads the span’s target and actual, the measures listed by program area, footnote numbers aside', () => {
    const report = check(
      [
        ['PM 2: Pavement'],
        [
          'Performance measures by program area',
          '4-year targets for 2022',
          '4-year actuals for 2022',
          'Desired trend',
          '2-year targets (2023)1',
          '4-year targets (2025)1',
        ],
        ['Percentage of interstate pavement in good condition', 0.3, 0.46, '↑', 0.3, 0.3],
        ['Percentage of interstate pavement in poor condition', 0.04, 0.019, '↓', 0.04, 0.04],
        ['Percentage of non-interstate pavement in poor condition', 0.05, 0.062, '↓', 0.05, 0.05],
      ],
      '2023-01-31',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [0.3, 0.46, 'achieved'],
      [0.04, 0.019, 'achieved'],
      [0.05, 0.062, 'missed'],
    ]);
  });

  it('reads headings with a span, a footnote’s number or a plural as their words', () => {
    expect(headerRoles('Five-year target')[0]).toMatchObject({ role: 'target', score: 1 });
    expect(headerRoles('2-Year Actual')[0]).toMatchObject({ role: 'actual', score: 1 });
    expect(headerRoles('Baseline1')[0]).toMatchObject({ role: 'baseline' });
    expect(headerRoles('2022 baselines')[0]).toMatchObject({ role: 'baseline' });
    // (a span before other words is left: a five-year average is no target or result)
    expect(headerRoles('5-year average')).toEqual([]);
    expect(headerRoles('Target 2')).toEqual([]);
    // (and the year of a heading with a footnote's number after it)
    expect(yearInHeading('4-year actuals for 20211')).toBe(2021);
    expect(yearInHeading('Account 20211')).toBe(null);
  });
});

describe('words of environmental and workforce tables', () => {
  it('reads 完成年度考核目标 and 提前N天完成…目标任务 as met, 水质达标情况 as the verdict, 水源地名称 as the names', () => {
    const report = check(
      [
        ['2024年空气质量考核指标完成情况'],
        ['指标', '单位', '2024年', '同比', '完成情况'],
        ['PM10均值', '微克/立方米', 58.1, '下降9.0%', '完成年度考核目标'],
        ['PM2.5均值', '微克/立方米', 32.3, '下降3.3%', '完成年度考核目标,完成年度激励目标'],
        ['优良天数', '天', 304, '增加15天', '提前11天完成省定优良天数目标任务'],
      ],
      '2025-01-20',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'achieved']);
    expect(headerRoles('水质达标情况')[0]).toMatchObject({ role: 'status' });
    expect(headerRoles('水源地名称')[0]).toMatchObject({ role: 'name' });
    expect(headerRoles('指标值及单位')[0]).toMatchObject({ role: 'target' });
  });

  it('takes a polarity asked as a question, and days sick, leavers, retirements and 劣Ⅴ类 water as better lower', () => {
    expect(headerRoles('What does good performance look like?')[0]).toMatchObject({ role: 'direction' });
    const report = check(
      [
        ['Corporate health indicators 2023/24'],
        ['Indicator', 'Target', 'Actual'],
        ['Days sick per member of staff', 8, 9.5],
        ['Voluntary leavers / staff (%)', 10, 8],
        ['Ill health retirements', 3, 4],
        ['People killed or seriously injured on the roads', 120, 100],
      ],
      '2024-05-15',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['lower', 'missed'],
      ['lower', 'achieved'],
      ['lower', 'missed'],
      ['lower', 'achieved'],
    ]);
    const water = check(
      [
        ['2024年水环境约束性指标完成情况'],
        ['指标', '2024年目标', '2024年完成'],
        ['地表水质量劣Ⅴ类水体比例(%)', 5, 6.2],
        ['丧失使用功能(劣于Ⅴ类)水体比例(%)', 8.4, 8.8],
      ],
      '2025-01-20',
    );
    expect(water.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['lower', 'missed'],
      ['lower', 'missed'],
    ]);
  });
});

describe('figures in an English name that say who or what is counted', () => {
  it('are no targets: age bands, a score’s range, a level and above, an age or span the measure is taken at', () => {
    const report = check(
      [
        ['Reducing Inequalities'],
        ['Key Performance Indicators 2025-26', 'August 2025', 'Comparator median', 'Good performance is'],
        ['Employment rate (aged 16 to 64)', 0.712, 0.735, 'High'],
        ['Quality of life score - range ( -0.8 to 1.0 )', 0.41, 0.427, 'High'],
        ['Qualified to RQF level 4+, aged 16 to 64', 0.342, 0.37, 'High'],
        ['Claimant Count age 16 plus', 0.041, 0.045, 'Low'],
        ['NEET (18 to 24)', 0.052, 0.06, 'Low'],
        ['Good level of development (3 years)', 0.64, 0.66, 'High'],
        ['Uptake of MMR2 at 5 years in a rolling 3 year period – over 75%', 0.77, 0.8, 'High'],
      ],
      '2025-09-10',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.status, e.target?.value ?? null])).toEqual([
      ['not_rated', null],
      ['not_rated', null],
      ['not_rated', null],
      ['not_rated', null],
      ['not_rated', null],
      ['not_rated', null],
      ['on_track', 0.75],
    ]);
  });
});

describe('years typed as numbers along the heading row', () => {
  it('head their columns, a blank corner over the names (2012 | … | 2016 | 2016 target)', () => {
    const report = check(
      [
        ['1.1. Share of first preferences from school leavers with an ATAR ≥ 95'],
        [null, 2012, 2013, 2014, 2015, 2016, '2016 target'],
        ['Proportion of school leavers with an ATAR>95', 0.78, 0.75, 0.74, 0.75, 0.7, 0.75],
        ['Proportion of first preferences', 0.32, 0.31, 0.3, 0.33, 0.36, 0.35],
      ],
      '2017-03-31',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.actual?.value, e.target?.value, e.status])).toEqual([
      [0.7, 0.75, 'missed'],
      [0.36, 0.35, 'achieved'],
    ]);
  });

  it('head them newest first too (2018 target | 2018 | 2017 | 2016)', () => {
    const report = check(
      [
        ['Scorecard'],
        ['Measure', '2018 target', 2018, 2017, 2016],
        ['Calls answered on time', 0.65, 0.88, 0.86, 0.83],
      ],
      '2019-03-31',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.actual?.value, e.status])).toEqual([[0.88, 'achieved']]);
  });
});
