/**
 * How forms and plans write their indicators: a slot's number before its words (指标1：…), which is no
 * figure of the indicator.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { scanQuantities } from '../../src/engine/core/grammar';
import { statedPeriod } from '../../src/engine/core/statedPeriod';
import { sourceFromRows } from '../support/grids';

function run(rows: CellValue[][], date: string, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date });
}

function check(rows: CellValue[][], date: string, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return run(rows, date, lang).report;
}

describe('a slot’s number in a form’s list (指标1：…, Indicator 3: …)', () => {
  it('is no figure: not a target, and no second indicator beside the one the clause names', () => {
    const report = check(
      [
        ['项目支出绩效自评表'],
        ['(2023年度)'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        [
          '产出指标',
          '数量指标',
          '指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20%',
          null,
          '达成预期指标',
          15,
          15,
        ],
        [null, '质量指标', '指标2:培训人员合格率', '95%', '98%', 10, 10],
      ],
      '2024-01-20',
    );
    expect(report.evaluations.map((e) => [e.indicator.row, e.indicator.name, e.status])).toEqual([
      [4, '指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20%', 'achieved'],
      [5, '指标2:培训人员合格率', 'achieved'],
    ]);
    expect(report.evaluations[1].target?.value).toBe(0.95);
  });

  it('is set apart only straight after the slot’s word and before a colon or a list mark', () => {
    const roles = (s: string) => scanQuantities(s).mentions.map((m) => [m.text, m.role]);
    expect(roles('目标2：新增就业300人')).toEqual([
      ['2', 'qualifier'],
      ['300人', 'value'],
    ]);
    expect(roles('Indicator 3: at least 90% of calls answered')[0]).toEqual(['3', 'qualifier']);
    // (a target written after its colon is the figure itself)
    expect(roles('Target: 2')).toEqual([['2', 'value']]);
    expect(roles('新增就业2万人')).toEqual([['2万人', 'value']]);
  });
});

describe('a plan’s table translated into English (Projected Figure | Actual Figure | Performance)', () => {
  const rows: CellValue[][] = [
    ['National Economic and Social Development, 2018'],
    ['No.', 'Targets', 'Type', 'Unit', 'Projected Figure', 'Actual Figure', 'Performance'],
    [null, 'I. Economic Development'],
    [1, 'GDP', 'Anticipatory', '%', 'Up 6.5 approx.', 'Up 6.6', 'As projected'],
    [
      2,
      'Includes: grain output',
      'Anticipatory',
      'Million metric tons',
      'Over 550.00',
      657.89,
      'Higher than projected',
    ],
    [
      3,
      'Total retail sales of consumer goods',
      'Anticipatory',
      '%',
      'Up 10.0 approx.',
      'Up 9.0',
      'As projected',
    ],
    [
      4,
      'Long- and medium-term foreign debt',
      'Anticipatory',
      'Billion US$',
      210,
      209.3,
      'Lower than projected',
    ],
  ];

  it('reads the projected figure as the target and the verdict words as the sheet’s own', () => {
    const report = check(rows, '2019-03-05', 'en-US');
    expect(
      report.evaluations.map((e) => [e.indicator.name, e.target?.value, e.comparator, e.status]),
    ).toEqual([
      ['GDP', 6.5, 'about', 'achieved'],
      ['Includes: grain output', 550, 'at_least', 'achieved'],
      // (9.0 against about 10.0, judged as projected by the office)
      ['Total retail sales of consumer goods', 10, 'about', 'achieved'],
      ['Long- and medium-term foreign debt', 210, null, 'missed'],
    ]);
  });

  it('reads “Up 6.5 approx.” as a rise of about 6.5, and “up” only before the text’s figure', () => {
    const [up] = scanQuantities('Up 6.5 approx.').mentions;
    expect(up).toMatchObject({ value: 6.5, change: 'up', comparator: 'about' });
    expect(scanQuantities('Down 3.2').mentions[0]).toMatchObject({ value: 3.2, change: 'down' });
    expect(scanQuantities('follow up 95% of contacts').mentions[0]).toMatchObject({ change: null });
    expect(scanQuantities('Up to 10').mentions[0]).toMatchObject({ change: null, comparator: 'at_most' });
  });
});

describe('words of English scorecards', () => {
  it('reads “Slightly under target” and “Required improvement” as short of the target', () => {
    const report = check(
      [
        ['Q2 Performance Report 2024/25'],
        ['Performance metric', 'Target', 'Q2 2024/25', 'Status'],
        ['Freedom of Information response rate', '90%', null, 'Slightly under target'],
        ['Customer Contact Centre average answer rate', '90%', '85.42%', 'Required improvement'],
        ['Waste collections successful on the first attempt', '99%', '99.89%', 'Significantly under target'],
      ],
      '2024-10-15',
      'en-US',
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual(['behind', 'at_risk', 'at_risk']);
  });

  it('reads “Targets achieved” and “Failed to reach the target level” as verdicts', () => {
    const report = check(
      [
        ['Summary of Quality of Service Performance, Q1 2023'],
        ['Measure', 'Target', 'Q1 2023', 'Status'],
        ['Asset availability', '99%', '99.2%', 'Targets achieved'],
        ['Cleanliness of washrooms', '4.0', '3.7', 'Failed to reach the target level'],
        ['Overall passenger satisfaction', 8.5, 9.3, 'Threshold reached'],
      ],
      '2023-04-20',
      'en-US',
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual(['achieved', 'missed', 'achieved']);
  });

  it('reads Y as yellow in a column of a light’s letters (R, Y, G), and as yes beside N', () => {
    const lights = check(
      [
        ['Corporate Balanced Scorecard Q3 2010/11'],
        ['Indicator', 'Target', 'Q3', 'Status'],
        ['Would you recommend the hospital for an in-patient stay?', 73, 67.2, 'Y'],
        ['Would you recommend the hospital for emergency services?', 50, 49.1, 'R'],
        ['Hand hygiene compliance', '90%', '92%', 'G'],
      ],
      '2011-01-20',
      'en-US',
    );
    expect(lights.evaluations.map((e) => e.sourceStatus?.status)).toEqual(['behind', 'at_risk', 'on_track']);
    const answers = check(
      [
        ['Targets met, Q3 2010/11'],
        ['Indicator', 'Target', 'Q3', 'Met?'],
        ['Hand hygiene compliance', '90%', '92%', 'Y'],
        ['Falls with harm', 5, 7, 'N'],
      ],
      '2011-01-20',
      'en-US',
    );
    expect(answers.evaluations.map((e) => e.sourceStatus?.status)).toEqual(['achieved', 'missed']);
  });

  it('takes the cases that met a standard as better higher, though the cases are harms', () => {
    const report = check(
      [
        ['Q3 2024 to 2025 performance'],
        ['Measure', 'Target', 'Q3 2024 to 2025'],
        ['Incidents that met the APM', 400, 388],
        ['Percentage of incidents that met the APM', '75%', '80%'],
        ['Fire incidents', 350, 340],
        ['Incidents that did not meet the standard', 90, 100],
      ],
      '2025-01-20',
      'en-US',
    );
    expect(report.evaluations.map((e) => e.direction)).toEqual(['higher', 'higher', 'lower', 'lower']);
  });
});

describe('a regulator’s standards against the figures as they stood on a day (风险控制指标, 监管指标)', () => {
  it('reads 预警标准 / 监管标准 as the target, and the latest day’s figures as the result', () => {
    const report = check(
      [
        ['某证券股份有限公司2024年度风险控制指标报告'],
        [null, null, null, null, '单位:元'],
        ['项目', '2024年12月31日(经审计)', '2023年12月31日(经审计)', '预警标准', '监管标准'],
        ['净资本', 16224693577.93, 16122457449.52, null, null],
        ['风险覆盖率', 411.42, 298.61, '≥120%', '≥100%'],
        ['自营非权益类证券及其衍生品/净资本', 86.52, 158.24, '≤400%', '≤500%'],
      ],
      '2025-04-20',
    );
    expect(
      report.evaluations.map((e) => [e.indicator.row, e.actual?.value, e.target?.value, e.status]),
    ).toEqual([
      [4, 16224693577.93, undefined, 'not_rated'],
      [5, 4.1142, 1.2, 'achieved'],
      [6, 0.8652, 4, 'achieved'],
    ]);
    // (the earlier day's figures are last year's, not a second organisation's)
    expect(report.evaluations[1].indicator.previousCell?.value).toBe(298.61);
  });

  it('reads a small figure under a caption of per cent as per cent (不良贷款比例 0.48 under 单位:%)', () => {
    const report = check(
      [
        ['补充财务指标(2011年)'],
        [null, null, '单位:%'],
        ['项目', '标准值', '2011年'],
        ['资本充足率', '≥8%', 16.41],
        ['存贷比', '≤75%', 67.02],
        ['不良贷款比例', '≤5%', 0.48],
      ],
      '2012-04-20',
    );
    expect(report.evaluations.map((e) => [e.actual?.value, e.status])).toEqual([
      [0.1641, 'achieved'],
      [0.6702, 'achieved'],
      [0.0048, 'achieved'],
    ]);
  });

  it('still reads a ratio near its target under a unit of per cent as the ratio (完成率 | % | 95% | 0.96)', () => {
    const report = check(
      [
        ['2024年目标完成情况'],
        ['指标', '单位', '目标', '完成'],
        ['任务完成率', '%', '95%', 0.96],
        ['按时办结率', '%', '90%', 0.3],
      ],
      '2025-01-20',
    );
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([0.96, 0.3]);
  });
});

describe('a health district’s budget sheet (Actual $M | Budget $M | STATUS)', () => {
  it('reads Budget $M as the target and the framework’s words, bracketed, as the sheet’s verdicts', () => {
    const report = check(
      [
        ['Wrap up of 2016/17'],
        ['GENERAL FUND FOR YEAR TO 30 JUNE 2017'],
        [null, 'Actual $M', 'Budget $M', '% VAR', 'STATUS'],
        ['TOTAL REVENUE', 1580.2, 1570.1, 0.64, '(PERFORMING)'],
        ['Doubtful Debts', 7.53, 3.05, -146.88, '(UNDER PERFORMING)'],
        ['Own source revenue', 101.2, 120.5, -16.0, 'Not performing'],
      ],
      '2017-08-20',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.sourceStatus?.status])).toEqual([
      [1570.1, 'on_track'],
      [3.05, 'behind'],
      [120.5, 'at_risk'],
    ]);
  });
});

describe('a year’s results beside the next year’s plan, and headings over years typed as numbers', () => {
  it('reads 2022年任务 as that year’s target and leaves the 2023年计划 beside it out', () => {
    const report = check(
      [
        ['烟墩镇营造林2022年完成情况及2023年工作计划'],
        ['项目', '2022年任务', '2022年完成', '2023年计划'],
        ['人工造林面积(亩)', 750, 1139.8, 900],
        ['封山育林面积(亩)', 2000, 2000, 1500],
        ['森林抚育面积(亩)', 1600, 1500, 2000],
      ],
      '2023-06-21',
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [750, 1139.8, 'achieved'],
      [2000, 2000, 'achieved'],
      [1600, 1500, 'missed'],
    ]);
  });

  it('reads Results over 2014–2016 and Targets over 2017 as a band of headings over the years', () => {
    const report = check(
      [
        ['Work programme 2017'],
        ['Performance indicators', 'Results', null, null, 'Targets'],
        [null, 2014, 2015, 2016, 2017],
        ['Scientific advice procedures completed within regulatory timeframes', 99, 100, 99.5, 100],
        ['Increase in scientific-advice requests', 17, -8, 14, 0],
      ],
      '2017-03-01',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.status])).toEqual([
      [100, 'no_data'],
      [0, 'no_data'],
    ]);
    expect(report.evaluations[0].indicator.previousCell?.value).toBe(99.5);
  });
});

describe('periods: what a heading’s 全年 and a page’s date say', () => {
  it('takes 完成全年任务的(%) as the share of the year’s task, not the year as the period', () => {
    expect(statedPeriod('完成全年任务的(%)')).toBeNull();
    expect(statedPeriod('占全年目标(%)')).toBeNull();
    expect(statedPeriod('2024年全年目标任务完成情况')).toMatchObject({
      period: { kind: 'year' },
      year: 2024,
    });
  });

  it('reads a date alone on its line under the title as the day the page was put out', () => {
    const { period } = run(
      [
        ['Performance results'],
        ['Friday 10 March 2017'],
        ['Measure', 'Threshold', 'Result'],
        ['Train services delivered (per cent of all train services)', '98%', '98.8%'],
      ],
      '2017-03-20',
      'en-US',
    );
    // (the data run through February, the last month ended before the day)
    expect(period).toEqual({ kind: 'month', month: 2 });
  });

  it('reads 与均衡进度比较 as the gap to the even pace, its words the verdict', () => {
    const report = check(
      [
        ['2016年1-10月市重点项目建设情况'],
        ['指标', '年度计划', '1-10月完成', '完成率(%)', '与均衡进度比较'],
        ['市重点项目完成投资(亿元)', 386, 328.4, 85.1, '超均衡进度1.8个百分点'],
        ['新开工重点项目(个)', 63, 47, 74.6, '低于均衡进度8.7个百分点'],
      ],
      '2016-11-10',
    );
    expect(report.evaluations.map((e) => [e.status, e.sourceStatus?.word])).toEqual([
      ['on_track', '超均衡进度1.8个百分点'],
      ['behind', '低于均衡进度8.7个百分点'],
    ]);
  });

  it('reads 与年进度比较 and a lead on the pace told in the measure’s own unit (超年进度4698万人)', () => {
    const report = check(
      [
        ['全国铁路客货运输完成情况(截至8月31日)'],
        ['指标', '单位', '1-8月完成', '同比增长(%)', '与年进度比较'],
        ['发送旅客', '万人', 113881, 8.9, '超年进度4698万人'],
        ['其中:货物发送量', '万吨', 240838, 12.8, '欠进度120万吨'],
      ],
      '2010-09-10',
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual(['on_track', 'behind']);
  });

  it('reads 均提前完成目标任务 as every row’s target done early', () => {
    const report = check(
      [
        ['社会保险扩面目标任务完成情况'],
        ['项目', '计量单位', '累计完成', '备注'],
        ['养老保险参保', '人', 6998, '均提前完成目标任务'],
        ['医疗保险参保', '人', 33777, '均提前完成目标任务'],
      ],
      '2024-03-05',
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual(['achieved', 'achieved']);
  });
});

describe('goals some years ahead and a US grantee’s yearly report', () => {
  it('judges the latest year’s result against a goal two or more years beyond it (2021 | 2022 | 2025 Target)', () => {
    const report = check(
      [
        ['Other environmental related targets are:'],
        [null, 2021, 2022, '2025 Target'],
        ['Operations achieved ISO 14001 System accreditation', 61, 63, 80],
        ['EV/hybrid cars as % of total car fleet', 19, 26, 50],
      ],
      '2023-06-01',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.actual?.value, e.target?.value])).toEqual([
      [63, 80],
      [26, 50],
    ]);
    expect(report.evaluations[0].indicator.previousCell?.value).toBe(61);
  });

  it('reads HUD’s goals table: the goals as groups, the program year’s expected and actual, its own rate', () => {
    const report = check(
      [
        ['CR-05 - Goals and Outcomes'],
        [
          'Goal',
          'Category',
          'Indicator',
          'Unit of Measure',
          'Expected – Strategic Plan',
          'Actual – Strategic Plan',
          'Percent Complete',
          'Expected – Program Year',
          'Actual – Program Year',
          'Percent Complete',
        ],
        [
          'Affordable Homeownership Assistance',
          'Affordable Housing',
          'Direct Financial Assistance to Homebuyers',
          'Households Assisted',
          150,
          0,
          0,
          36,
          30,
          0.8333,
        ],
        [
          'Affordable Workforce Housing',
          'Affordable Housing',
          'Rental units constructed',
          'Household Housing Unit',
          180,
          90,
          0.5,
          60,
          60,
          1,
        ],
      ],
      '2019-09-30',
      'en-US',
    );
    expect(
      report.evaluations.map((e) => [e.indicator.name, e.target?.value, e.actual?.value, e.status]),
    ).toEqual([
      ['Direct Financial Assistance to Homebuyers', 36, 30, 'missed'],
      ['Rental units constructed', 60, 60, 'achieved'],
    ]);
    expect(report.evaluations[0].indicator.completionCell?.value).toBe(0.8333);
  });

  it('takes households helped as better higher, and a goal of 0 for them as none set', () => {
    const report = check(
      [
        ['CR-20 - Affordable Housing'],
        [null, 'One-Year Goal', 'Actual'],
        ['Number of Homeless households to be provided affordable housing units', 66, 12],
        ['Number of Special-Needs households to be provided affordable housing units', 0, 17],
        ['Households assisted out of homelessness', 40, 45],
      ],
      '2017-03-30',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.direction, e.status])).toEqual([
      ['higher', 'missed'],
      ['higher', 'not_rated'],
      ['higher', 'achieved'],
    ]);
  });
});

describe('a plan’s table of indicators by year beside their attribute (指标 | 2020年 | 2025年 | 属性)', () => {
  it('reads the plan’s last year as the target, the earlier year as its base, and 预期性 / 约束性 as no direction', () => {
    const { report, diagnostics } = (() => {
      const r = run(
        [
          ['“十四五”时期主要指标'],
          ['指标', '单位', '2020年', '2025年', '属性'],
          ['地区生产总值', '亿元', 1000, 1400, '预期性'],
          ['森林覆盖率', '%', 40.2, 42, '约束性'],
          ['城镇调查失业率', '%', 5.2, '<5.5', '预期性'],
        ],
        '2023-06-30',
      );
      return { report: r.report, diagnostics: r.report.diagnostics };
    })();
    expect(
      report.evaluations.map((e) => [e.target?.value, e.indicator.baselineCell?.value, e.direction]),
    ).toEqual([
      [1400, 1000, 'higher'],
      [42, 40.2, 'higher'],
      [5.5, 5.2, 'lower'],
    ]);
    expect(diagnostics.some((d) => d.code === 'unknown-direction')).toBe(false);
  });

  it('reads a target the provincial bureau set (省局下达全年任务) and a light in words as the verdict', () => {
    const report = check(
      [
        ['2012年1—9月专利工作进展'],
        ['指标', '省局下达全年任务(件)', '1—9月完成(件)', '完成任务(%)', '状态'],
        ['专利申请量', 301, 352, 117, 'green light'],
        ['发明专利申请量', 60, 31, 52, 'red Light'],
      ],
      '2012-10-10',
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.sourceStatus?.status])).toEqual([
      [301, 'on_track'],
      [60, 'at_risk'],
    ]);
  });
});
