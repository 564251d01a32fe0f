/**
 * Headings and words of the tables offices publish: a total with the count of what it adds up (合计(3项)),
 * an operator's "Minimum required", a column of how far over the plan's pace (超出计划进度目标), a target
 * passed in words (超过考核标准要求), a quarter with its year after a slash (Q2/2016), a measure on trial
 * ("KPI Pilot") and a count a day, month by month.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date: string, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date }).report;
}

describe('a total with the count of what it adds up', () => {
  it('is the table’s total, 合计(3项) as 合计', () => {
    const report = check(
      [
        ['新华路街道办承办区级重点项目完成投资情况'],
        ['序号', '项目名称', '完成投资(万元)', '完成年度投资计划(%)', '进展情况'],
        [null, '合计(3项)', 8900, 37, null],
        [1, '宝安紫韵一期', 4500, 34.6, '13栋楼主体建设全面完工'],
        [2, '剑桥公馆项目', 3000, 37.5, null],
        [3, '旺角好运街项目', 1400, 46.7, '完成地基建设'],
      ],
      '2024-05-10',
    );
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      '宝安紫韵一期',
      '剑桥公馆项目',
      '旺角好运街项目',
    ]);
  });
});

describe('an operator’s “Minimum required”', () => {
  it('is the target the result is held to', () => {
    const report = check(
      [
        ['Yarra Trams performance, October 2011'],
        ['Measure', 'Delivered', 'Minimum required'],
        ['Service delivery', '99.2%', '98%'],
        ['Punctuality', '81.4%', '77%'],
      ],
      '2011-11-15',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.actual?.value])).toEqual([
      [0.98, 0.992],
      [0.77, 0.814],
    ]);
    for (const e of report.evaluations) expect(e.status).toMatch(/achieved|on_track/);
  });
});

describe('an investment promotion bulletin (泸西县1至9月招商引资)', () => {
  const rows: CellValue[][] = [
    ['泸西县1至9月招商引资工作完成情况'],
    ['指标', '单位', '1至9月完成', '完成州下达任务(%)', '超出计划进度目标(亿元)', '超出计划进度(%)', '备注'],
    ['新签项目开工率', '%', 91.67, null, null, null, '超过考核标准要求'],
    ['州外到位资金', '亿元', 29.93, 93.5, 5.93, 18.5, null],
    ['省外到位资金', '亿元', 18.18, 82.6, 1.68, 9.23, null],
  ];

  it('reads the amount over the plan’s pace as a gap, never as the year’s target', () => {
    const report = check(rows, '2024-10-15');
    const funds = report.evaluations.filter((e) => e.indicator.name.endsWith('到位资金'));
    expect(funds.map((e) => e.target?.value ?? null)).toEqual([null, null]);
    expect(funds.map((e) => e.completion)).toEqual([0.935, 0.826]);
    for (const e of funds) expect(e.status).toBe('on_track');
  });

  it('reads 超过考核标准要求 in the notes as the target passed', () => {
    const report = check(rows, '2024-10-15');
    expect(report.evaluations[0].status).toMatch(/achieved|on_track/);
  });
});

describe('a transit board’s quarter, Q2/2016, and a measure on trial', () => {
  it('reads Q2/2016 as the second quarter’s results and “KPI Pilot” as no target set', () => {
    const report = runCheck({
      sources: [
        sourceFromRows('Vital Signs', [
          ['Vital Signs Q2/2016'],
          ['KPI', 'Q2/2016', 'Target'],
          ['Bus On-Time Performance', 0.76, 'Target ≥ 79%'],
          ['Rail Customer On-Time Performance', 0.74, 'KPI Pilot'],
          ['Rail Fleet Reliability', 82458, 'Target 65,000 miles between delays'],
        ]),
      ],
      lang: 'en-US',
      date: '2016-08-15',
    });
    expect(report.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(report.report.evaluations.map((e) => [e.actual?.value ?? null, e.status])).toEqual([
      [0.76, expect.stringMatching(/behind|at_risk/)],
      [0.74, 'not_rated'],
      [82458, expect.stringMatching(/achieved|on_track/)],
    ]);
  });
});

describe('a count a day, month by month', () => {
  it('is a level: its latest month is the result, never the months added up', () => {
    const report = check(
      [
        ['Board Strategic Scorecard: Unscheduled care'],
        ['Indicator', 'Target 2023', 'Jan', 'Feb'],
        ['Patients waiting for a bed in the emergency department (daily)', 236, 352, 326],
        ['日均客流量(万人次)', 120, 131, 118],
      ],
      '2023-03-10',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.actual?.value, e.aggregation])).toEqual([
      [326, 'last'],
      [118, 'last'],
    ]);
  });
});
