/**
 * Targets for a part of the year (一季度目标, "Target for Quarter 1", "Target (Q2)", "Half year target"),
 * results that are projections of the year's (PROJECTED 24/25), and verdicts of a part reached
 * ("PARTIALLY ACHIEVED (87%)").
 */
import { runCheck, type CellValue } from '../../src/engine';
import { directionFromName } from '../../src/engine/evaluate/nameWords';
import { sourceFromRows } from '../support/grids';

const BODY: CellValue[][] = [
  ['Home safety visits completed', 85, 82],
  ['Volunteers recruited', 600, 700],
  ['Fires in non-domestic premises', 43, 33],
];

function judged(title: string, target: string, result: string, lang: 'zh-CN' | 'en-US' = 'en-US') {
  const rows: CellValue[][] = [[title], [], ['KPI', target, result], ...BODY];
  const r = runCheck({
    sources: [sourceFromRows('KPIs', rows)],
    lang,
    date: '2024-08-15',
    yearStart: lang === 'en-US' ? 4 : 1,
  });
  return { period: r.period, rows: r.report.evaluations.map((e) => [e.expected, e.status]) };
}

describe('a target for a part of the year', () => {
  it.each([
    ['Performance Report - Quarter 1, 2024-25', 'Target for Quarter 1', 'Quarter 1 2024-25', 1],
    ['Performance Report - Quarter 1, 2024-25', 'Q1 Target', 'Q1 Actual', 1],
    ['Performance Report - Quarter 2, 2024-25', 'Target (Q2)', 'Actual (Q2)', 2],
    ['Performance Report - Quarter 2, 2024-25', 'Half year target', 'Half year actual', 2],
    ['Performance Report - Quarter 2, 2024-25', 'Target to end of Q2', 'Actual', 2],
    ['2024年一季度目标任务完成情况', '一季度目标', '一季度完成', 1],
  ])('%s: "%s" is the period’s own target, not a year’s to be paced', (title, target, result, quarter) => {
    const got = judged(title, target, result, /[一-龥]/.test(target) ? 'zh-CN' : 'en-US');
    expect(got.period).toEqual({ kind: 'quarter', quarter });
    // 82 against 85 falls short of the period's own figure (paced as a year's it would be far ahead).
    expect(got.rows).toEqual([
      [85, 'behind'],
      [600, 'on_track'],
      [43, 'on_track'],
    ]);
  });

  it('keeps one quarter’s plan beside a month’s result a step of the plan, not the period’s target', () => {
    const rows: CellValue[][] = [
      ['2024年民生实事项目10月进度表'],
      ['项目', '年度目标', '四季度计划目标', '10月完成情况'],
      ['新增公共停车泊位（个）', 1200, 1200, 1000],
    ];
    const r = runCheck({ sources: [sourceFromRows('10月', rows)], lang: 'zh-CN', date: '2024-11-15' });
    expect(r.period).toEqual({ kind: 'month', month: 10 });
  });

  function beside(heads: string[], body: CellValue[][], lang: 'zh-CN' | 'en-US') {
    const r = runCheck({ sources: [sourceFromRows('S', [heads, ...body])], lang, date: '2024-09-15' });
    return { period: r.period, rows: r.report.evaluations.map((e) => [e.expected, e.status]) };
  }
  const PAIRS: CellValue[][] = [
    [1, '新增公共停车泊位', 1200, 850, 700],
    [2, '加装电梯', 400, 300, 381],
  ];

  it.each([
    [['序号', '项目', '年度目标', '8月份目标', '进展情况'], { kind: 'month', month: 8 }],
    [['序号', '项目', '年度目标', '八月底目标', '完成情况'], { kind: 'month', month: 8 }],
    [['No', 'Measure', 'Annual target', 'Q3 target', 'Progress'], { kind: 'quarter', quarter: 3 }],
  ])(
    '%j: one period’s plan beside the year’s target and results of no period is the pace to date',
    (heads, period) => {
      const got = beside(heads, PAIRS, /[一-龥]/.test(heads[0]) ? 'zh-CN' : 'en-US');
      expect(got.period).toEqual(period);
      // Against the plan stated (850, 300), not the year's end (missed) or a straight line.
      expect(got.rows).toEqual([
        [850, 'behind'],
        [300, 'on_track'],
      ]);
    },
  );

  it('reads a month’s plan alone beside the progress as that month’s target (8月份目标 | 进展情况)', () => {
    const got = beside(
      ['序号', '项目', '8月份目标', '进展情况'],
      PAIRS.map((r) => [...r.slice(0, 2), ...r.slice(3)]),
      'zh-CN',
    );
    expect(got.period).toEqual({ kind: 'month', month: 8 });
    expect(got.rows).toEqual([
      [850, 'behind'],
      [300, 'on_track'],
    ]);
  });

  it('keeps a month’s plan beside results of a period a plan: the results’ period and pace stand (8月目标 | 1-8月完成)', () => {
    const got = beside(['序号', '项目', '年度目标', '8月目标', '1-8月完成'], PAIRS, 'zh-CN');
    expect(got.period).toEqual({ kind: 'month', month: 8 });
    // The straight line through the year: 1200 · 8/12 and 400 · 8/12.
    const [[first, firstStatus], [second, secondStatus]] = got.rows;
    expect(first).toBeCloseTo(800, 9);
    expect(second).toBeCloseTo((400 * 8) / 12, 9);
    expect([firstStatus, secondStatus]).toEqual(['behind', 'on_track']);
  });

  it.each([
    'Progress at Q3',
    'Position at end of Q3',
    'Q3 position',
    'Q3 progress',
    'Result at Q3',
    // A date with no year: the heading's word before it.
    'Position at 30 September',
    'Value at end of September',
    // A total to date to a month, or the date alone.
    'Cumulative to September',
    'YTD to September',
    'Sept YTD',
    'As at 30/09/2024',
  ])('reads "%s" as the result at the end of the third quarter', (result) => {
    const got = beside(
      ['No', 'Measure', 'Annual target', result],
      PAIRS.map((r) => [r[0], r[1], r[2], r[4]]),
      'en-US',
    );
    expect(got.period).toEqual({ kind: 'quarter', quarter: 3 });
    // 700 of the 900 due by the end of September is far behind; 381 of 300 is ahead.
    expect(got.rows).toEqual([
      [900, 'at_risk'],
      [300, 'on_track'],
    ]);
  });
});

describe('a projected result', () => {
  const rows: CellValue[][] = [
    ['Performance Measures'],
    ['MEASURE', 'ACTUAL 23/24', 'TARGET 24/25', 'PROJECTED 24/25', 'TARGET 25/26'],
    ['# of Minutes Pages Produced', 150, 165, 160, 170],
    ['# of Special Council Meetings', 4, 4, 3, 4],
    ['% of Agendas Posted Without Errors', 1, 1, 0.96, 1],
    ['# of Public Information Requests Processed', 420, 430, 600, 450],
  ];

  it('is the year not yet over: short of the target is behind or at risk, not missed', () => {
    const r = runCheck({ sources: [sourceFromRows('Measures', rows)], lang: 'en-US', date: '2025-03-01' });
    expect(r.report.evaluations.map((e) => [e.indicator.name.slice(0, 12), e.status])).toEqual([
      ['# of Minutes', 'behind'],
      ['# of Special', 'at_risk'],
      ['% of Agendas', 'behind'],
      // Projected over its target: on course to it, not yet done.
      ['# of Public ', 'on_track'],
    ]);
  });

  it('reads "without errors" as a share done right, better higher', () => {
    expect(directionFromName('% of Agendas Posted Without Errors')).toBe('higher');
    expect(directionFromName('Number of payment errors')).toBe('lower');
  });
});

describe('a verdict of a part reached', () => {
  it('is not achieved, and keeps the figure in its brackets', () => {
    const rows: CellValue[][] = [
      ['Performance targets 2009-2010'],
      ['Performance target', 'Result'],
      ['Monitor and enforce compliance with consent conditions', 'ACHIEVED'],
      ['Implement monitoring programmes for each consent', 'PARTIALLY ACHIEVED (95%)'],
      ['100% of significant non-compliances are followed up', 'PARTIALLY ACHIEVED (87%)'],
    ];
    const r = runCheck({ sources: [sourceFromRows('Targets', rows)], lang: 'en-US', date: '2010-09-01' });
    const e = r.report.evaluations;
    expect(e.map((x) => x.status)).toEqual(['achieved', 'missed', 'missed']);
    expect(e[2].actual?.value).toBeCloseTo(0.87, 6);
  });
});

describe('Y and N in a status column', () => {
  it('are the office’s verdict: a result the office marks N is not met, whatever the figures', () => {
    const rows: CellValue[][] = [
      ['Police Responsiveness Key Performance Indicators 2005-2006'],
      ['Measures', 'Annual Target', 'Result 2005-2006', 'Target achieved?'],
      ['Within 8 minutes', 0.6, 0.658, 'Y'],
      ['Within 12 minutes', 0.9, 0.874, 'N'],
      ['Within 20 minutes', 0.6, 0.73, 'N'],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPIs', rows)], lang: 'en-US', date: '2007-02-28' });
    const e = r.report.evaluations;
    expect(e.map((x) => x.sourceStatus?.status ?? null)).toEqual(['achieved', 'missed', 'missed']);
    expect(e.map((x) => x.status)).toEqual(['achieved', 'missed', 'missed']);
  });
});

describe('quarters headed by their months, and pledges kept within a time', () => {
  const rows: CellValue[][] = [
    ['Client Charter 2023 Summary Achievement Report'],
    ['No', 'Objective', 'Jan-Mar', 'Apr- Jun', 'Jul - Sep', 'Oct - Dec'],
    [
      1,
      'To ensure that bills are completed four (4) months before the due date.',
      '100%',
      '100%',
      '100%',
      null,
    ],
    [
      2,
      'To ensure that applications are processed within 5 working days upon receipt.',
      '99.3%',
      '98.5%',
      '98.7%',
      null,
    ],
    [
      3,
      'To ensure that at least 85% of building plans are processed within 54 days.',
      '89.3%',
      '48.2%',
      '95.4%',
      null,
    ],
  ];

  it('reads Jan-Mar … Oct-Dec as the quarters, the latest filled one the period', () => {
    const r = runCheck({ sources: [sourceFromRows('Charter', rows)], lang: 'en-US', date: '2023-10-20' });
    // Through September: the third quarter of a calendar year.
    expect(r.period).toEqual({ kind: 'month', month: 9 });
    expect(r.report.evaluations.map((e) => e.actual?.value)).toEqual([1, 0.987, 0.954]);
    expect(r.report.evaluations.map((e) => e.actual?.percent)).toEqual([true, true, true]);
  });

  it('counts the months in the organisation’s year (Apr-Jun opens a year starting in April)', () => {
    const fiscal: CellValue[][] = [
      ['Performance 2023/24'],
      ['Measure', 'Target', 'Apr-Jun', 'Jul-Sep', 'Oct-Dec', 'Jan-Mar'],
      ['Homes let', 120, 30, 28, null, null],
    ];
    const r = runCheck({
      sources: [sourceFromRows('KPIs', fiscal)],
      lang: 'en-US',
      date: '2023-10-20',
      yearStart: 4,
    });
    expect(r.period).toEqual({ kind: 'month', month: 6 });
    expect(r.report.evaluations[0].actual?.value).toBe(58);
  });

  it('takes a pledge with no share in it as one for every case, judged by the share done', () => {
    const r = runCheck({ sources: [sourceFromRows('Charter', rows)], lang: 'en-US', date: '2023-10-20' });
    const e = r.report.evaluations;
    expect(e.map((x) => [x.target?.value, x.target?.percent, x.direction])).toEqual([
      [1, true, 'higher'],
      [1, true, 'higher'],
      [0.85, true, 'higher'],
    ]);
    expect(e.map((x) => x.status)).toEqual(['on_track', 'behind', 'on_track']);
  });
});

describe('targets written as tasks, with what the year brought (成果)', () => {
  it('reads "X目標 | 成果" as the tasks and their results, the words at the start of each result its verdict', () => {
    const rows: CellValue[][] = [
      ['附錄一 完成目標'],
      ['2019-20年度環保事務目標', '成果'],
      ['展開三項研發完善運作及創新技術的項目', '達標。我們已展開三項研發項目。'],
      ['每年至少六次與社區組織會面,研討可持續發展事務', '達標。我們舉辦了超過六次會面及實地考察。'],
      ['進行七次監察碳審計', '進度良好。我們已進行了五次監察碳審計。'],
    ];
    const r = runCheck({ sources: [sourceFromRows('完成目標', rows)], lang: 'zh-CN', date: '2020-06-30' });
    const e = r.report.evaluations;
    expect(e.map((x) => x.indicator.name)).toEqual([
      '展開三項研發完善運作及創新技術的項目',
      '每年至少六次與社區組織會面,研討可持續發展事務',
      '進行七次監察碳審計',
    ]);
    expect(e.map((x) => x.sourceStatus?.status)).toEqual(['achieved', 'achieved', 'on_track']);
  });
});

describe('the year’s own figure beside its quarters, and a pledge’s time as its target', () => {
  const rows: CellValue[][] = [
    ['Annual Performance Indicators 2023 / 2024'],
    ['PI No.', 'Indicator', 'Target', 'Q1', 'Q2', 'Q3', 'Q4', 'Yr end total / average'],
    [
      1,
      '% of undisputed invoices paid within 10 days',
      '60%',
      '50.85%',
      '57.72%',
      '64.91%',
      '63.42%',
      '59.25%',
    ],
    [2, 'Reduce % of calls lost to 5%', '5% by March 2024', '3.6%', '2.8%', '2.1%', '3.0%', '2.87%'],
    [
      3,
      'To reply to complaints within 7 working days',
      '7 working days',
      '100%',
      '100%',
      '100%',
      '90%',
      '97.5%',
    ],
  ];

  it('judges the year-end figure, not the last quarter’s; the aim in the name sets the direction; every case for a pledge', () => {
    const r = runCheck({ sources: [sourceFromRows('Appendix 1', rows)], lang: 'en-US', date: '2024-05-01' });
    expect(
      r.report.evaluations.map((e) => [e.actual?.value, e.direction, e.target?.value, e.status]),
    ).toEqual([
      [0.5925, 'higher', 0.6, 'missed'],
      [0.0287, 'lower', 0.05, 'achieved'],
      [0.975, 'higher', 1, 'missed'],
    ]);
  });
});

describe('a quarter’s work tasks with what was done and the progress', () => {
  it('reads 工作目标任务 | 截至6月30日完成情况 | 进度情况 and judges each task by its progress at the half year', () => {
    const rows: CellValue[][] = [
      ['2025年二季度重点工作完成情况'],
      ['工作目标任务', '截至6月30日完成情况', '进度情况'],
      ['开工建设新彩虹桥', '完成施工招标,施工单位已进场做好施工准备工作。', '51%'],
      ['编制完成低空经济发展总体规划', '已编制形成初稿,完成第一轮征求意见。', '75%'],
      ['谋深谋实104国道东复线等项目前期工作', '继续开展104国道东复线前期研究。', '30%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('二季度', rows)], lang: 'zh-CN', date: '2025-07-16' });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 2 });
    expect(r.report.evaluations.map((e) => [e.completion, e.status])).toEqual([
      [0.51, 'on_track'],
      [0.75, 'on_track'],
      [0.3, 'at_risk'],
    ]);
  });
});

describe('a second table of years below the quarters', () => {
  it('ends the quarterly table at its own heading row of years, so the period is the quarters’ own', () => {
    const rows: CellValue[][] = [
      ['Performance Indicators: 2019/20'],
      ['Performance Indicator', 'Target', 'Q1 (April to June 2019)', 'Q2 (July to September 2019)'],
      ['Householder applications determined within 2 months', '90%', '92%', null],
      ['Major applications – average number of weeks to determine', '35 weeks', '32.7 weeks', null],
      [],
      ['Annual Performance Indicators'],
      ['Performance Indicator', '2016 to 2017', '2017 to 2018', '2018 to 2019'],
      ['Householder applications determined within 2 months', '92%', '95%', '95%'],
      ['Major applications – average number of weeks to determine', 87, 29, 35],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Planning', rows)],
      lang: 'en-US',
      date: '2019-08-01',
      yearStart: 4,
    });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 1 });
    const quarterly = r.report.evaluations.filter((e) => e.indicator.row <= 4);
    expect(quarterly.map((e) => [e.direction, e.status])).toEqual([
      ['higher', 'on_track'],
      ['lower', 'on_track'],
    ]);
  });
});

describe('a first row of tasks with their amounts', () => {
  it('is data under the heading row, not a second heading row (完成交通投资30亿元 | 完成综合交通投资33.9亿元)', () => {
    const rows: CellValue[][] = [
      ['工作内容', '当前工作进展', '形象进度'],
      ['完成交通投资30亿元', '完成综合交通投资33.9亿元', '100%'],
      ['建成329国道北移工程', '已完工', '100%'],
      ['改造提升农村道路40公里', '已完成40公里', '100%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('工作进展', rows)], lang: 'zh-CN', date: '2025-01-02' });
    expect(r.report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['完成交通投资30亿元', 'achieved'],
      ['建成329国道北移工程', 'achieved'],
      ['改造提升农村道路40公里', 'achieved'],
    ]);
  });
});

describe('results headed by their quarters', () => {
  it.each([
    ['Q1 Value', 'Q2 Value'],
    ['Quarter 1 Result', 'Quarter 2 Result'],
    ['Q1 Outturn', 'Q2 Outturn'],
  ])('reads %s | %s as the quarters, the latest filled one the result', (q1, q2) => {
    const rows: CellValue[][] = [
      ['Quarter 2 2024/25 Performance Report'],
      ['Indicator', 'Polarity', '2024/25 Target', q1, q2, 'Q2 Target'],
      ['Percentage of FOI requests answered in 20 days', 'Bigger is better', '90%', '87%', '92%', '90%'],
      ['Sickness absence days per FTE', 'Smaller is better', 8.5, 2.3, 4.6, 4.25],
      ['Missed bin collections per 100,000', 'Smaller is better', '<=60', 55, 71, 60],
    ];
    const r = runCheck({
      sources: [sourceFromRows('Q2', rows)],
      lang: 'en-US',
      date: '2024-11-15',
      yearStart: 4,
    });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 2 });
    // Q2's figures, not Q1's (87%, 2.3 days and 55 would read on track).
    expect(r.report.evaluations.map((e) => [e.actual?.value, e.status])).toEqual([
      [0.92, 'on_track'],
      [4.6, 'behind'],
      [71, 'behind'],
    ]);
  });
});

describe('the date the results’ words open on', () => {
  const rows = (first: string, second: string): CellValue[][] => [
    ['2024年十件民生实事进展情况'],
    ['序号', '项目内容', '进展情况'],
    [1, '新增城镇就业1.2万人', first],
    [2, '改造提升农村公路200公里', second],
    [3, '实施老旧小区改造20个', '已开工20个，完工8个'],
  ];
  const judge = (r: CellValue[][]) =>
    runCheck({ sources: [sourceFromRows('S', r)], lang: 'zh-CN', date: '2024-10-20' });

  it('dates a table nothing above dates (截至9月底，新增城镇就业1.05万人): judged at September, not the year’s end', () => {
    const r = judge(rows('截至9月底，新增城镇就业1.05万人', '已完成150公里'));
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track', 'at_risk']);
  });

  it('takes no date where the results open on two', () => {
    const r = judge(rows('截至9月底，新增城镇就业1.05万人', '截至6月底，已完成150公里'));
    expect(r.period).toEqual({ kind: 'year' });
  });
});

describe('the quarters’ own plans of an amount', () => {
  const judge = (quarters: CellValue[]) => {
    const rows: CellValue[][] = [
      ['2024年重点工作目标任务分解及三季度完成情况'],
      ['序号', '工作任务', '全年目标', '分季度目标', null, null, null, '截至三季度完成情况'],
      [null, null, null, '一季度', '二季度', '三季度', '四季度', null],
      [1, '招商引资到位资金（亿元）', 100, ...quarters, 62],
    ];
    const merges = ['D2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'H2:H3'];
    const r = runCheck({
      sources: [sourceFromRows('S', rows, { merges })],
      lang: 'zh-CN',
      date: '2024-10-20',
    });
    return r.report.evaluations.map((e) => [e.expected, e.status]);
  };

  it('adds up the quarters through the period where they add up to the year (15 | 25 | 30 | 30 of 100)', () => {
    // 62 against the 70 planned by September: behind, where the third quarter's own 30 would say ahead.
    expect(judge([15, 25, 30, 30])).toEqual([[70, 'behind']]);
  });

  it('takes the quarter’s own figure where the plans run to date (15 | 40 | 70 | 100)', () => {
    expect(judge([15, 40, 70, 100])).toEqual([[70, 'behind']]);
    expect(judge([15, 40, 60, 100])).toEqual([[60, 'on_track']]);
  });
});

describe('a scorecard’s polarity column (Good performance: Smaller is better)', () => {
  it('is the direction, not the result, and the quarter’s figures are judged', () => {
    const rows: CellValue[][] = [
      ['Performance Indicator', 'Good performance', '2023/24 Outturn', '2024/25 Target', 'Q2 2024/25'],
      ['Average days to process new benefit claims', 'Smaller is better', 18.2, 20, 19.5],
      ['Affordable homes delivered', 'Bigger is better', 160, 200, 120],
      ['Missed bin collections per 100,000', 'Low is good', 42, 40, 47],
    ];
    const r = runCheck({ sources: [sourceFromRows('KPIs', rows)], lang: 'en-US', date: '2024-10-20' });
    expect(r.report.evaluations.map((e) => [e.direction, e.actual?.value, e.status])).toEqual([
      ['lower', 19.5, 'on_track'],
      ['higher', 120, 'on_track'],
      ['lower', 47, 'behind'],
    ]);
  });
});

describe('the plan to date as a health scorecard heads it (YTD Plan, Trajectory)', () => {
  it.each(['YTD Plan', 'Plan YTD', 'Trajectory'])(
    '"%s" beside the year’s plan is the pace the result is judged against',
    (heading) => {
      const rows: CellValue[][] = [
        ['Indicator', 'Annual Plan', heading, 'YTD Actual'],
        ['Elective spells', 42000, 21500, 20100],
        ['Outpatient first attendances', 96000, 47000, 48800],
      ];
      const r = runCheck({ sources: [sourceFromRows('Scorecard', rows)], lang: 'en-US', date: '2024-10-20' });
      expect(r.report.evaluations.map((e) => [e.expected, e.status])).toEqual([
        [21500, 'behind'],
        [47000, 'on_track'],
      ]);
    },
  );
});
