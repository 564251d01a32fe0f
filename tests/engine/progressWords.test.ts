/**
 * Progress as offices word it beside their figures: a verdict among the accounts of progress, a verdict
 * under the heading of the gap to the pace, the words of a results framework and of a council's plan, and
 * the marks and footnotes around stacked tables.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date = '2024-05-20', lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date }).report;
}

const byRow = (report: ReturnType<typeof check>, row: number) =>
  report.evaluations.find((e) => e.indicator.row === row);

describe('a results framework’s headings and scale', () => {
  const rows: CellValue[][] = [
    ['Section II: Analysis of Program Activities'],
    ['Expected Result', 'Performance Indicators', 'Target', 'Performance Status'],
    [
      'Events are planned and conducted flawlessly',
      'Client satisfaction with the services',
      'High',
      'Met all',
    ],
    ['Services are delivered on time', 'Share of documents translated on time', '95%', 'Somewhat met'],
  ];

  it('takes the expected result as the group the indicators serve, never as the result', () => {
    const report = check(rows, '2011-06-30', 'en-US');
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      'Client satisfaction with the services',
      'Share of documents translated on time',
    ]);
    expect(report.evaluations.map((e) => e.indicator.category)).toEqual([
      'Events are planned and conducted flawlessly',
      'Services are delivered on time',
    ]);
    expect(report.evaluations.map((e) => e.actual)).toEqual([null, null]);
  });

  it('reads Met all as met and Somewhat met as short of it', () => {
    const report = check(rows, '2011-06-30', 'en-US');
    expect(report.evaluations[0].status).toMatch(/achieved|on_track/);
    expect(['behind', 'at_risk', 'missed']).toContain(report.evaluations[1].status);
  });
});

describe('accounts of progress beside the figures, one of them a verdict', () => {
  const rows: CellValue[][] = [
    ['2024年1—4月省重点项目完成投资情况'],
    ['类  别', '项目数(个)', '完成投资(亿元)', '年度投资\n完成率(%)', '进展情况'],
    ['续建项目', 504, 2649.1, 43.5, null],
    ['计划开工项目', 116, 467.4, null, '按计划开工建设'],
    ['基础设施项目', 269, 1398.5, 39, '加快实施。轨道交通资阳线完成临空车辆基地机电安装及装修。'],
    ['产业项目', 348, 1508.7, 42.4, '青白江区福融新材料智慧产业园项目完工,厂房建设完成。'],
    ['民生工程及社会事业项目', 58, 130.2, 44.6, '华西医院锦江院区完成内外部装饰装修。'],
  ];

  it('are the notes, the names staying in the first column', () => {
    const report = check(rows);
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      '续建项目',
      '计划开工项目',
      '基础设施项目',
      '产业项目',
      '民生工程及社会事业项目',
    ]);
    expect(byRow(report, 5)?.indicator.notes).toMatch(/^加快实施/);
  });

  it('give the verdict on the row that has one, and its figure is still shown', () => {
    const row = byRow(check(rows), 4);
    expect(row?.status).toBe('on_track');
    expect(row?.sourceStatus?.word).toBe('按计划开工建设');
    expect(row?.actual?.value).toBe(467.4);
  });
});

describe('verdicts on the pace', () => {
  it('read all of them under way as planned (均按进度推进中) as on track', () => {
    const report = check([
      ['2022年1-6月重点工作推进情况'],
      ['序号', '工作事项', '目标任务', '推进情况'],
      [1, '区委、区政府重点工作(119项)', '全年完成', '均按进度推进中'],
      [2, '区十件民生实事项目(39项)', '全年完成', '正在按进度推进'],
    ]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track']);
  });

  it('read a verdict under the heading of the gap to a pace set from above', () => {
    const report = check([
      ['上半年全县主要经济指标完成情况'],
      ['序号', '指标', '单位', '上半年完成', '增长(%)', '与市确保目标序时进度比较'],
      [1, '农业增加值', '亿元', 5.9, 5.7, '达到市确保目标序时进度'],
      [2, '规上工业增加值', '亿元', 27.3, 9, '低于市确保目标序时进度'],
      [3, '建筑业增加值', '亿元', 2.8, 9.5, null],
    ]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'behind', 'not_rated']);
  });

  it('read the standard headings with a completion and the gap to the pace beside them', () => {
    const report = check([
      ['2025年上半年主要目标任务完成情况'],
      ['序号', '目标任务', '年度目标', '完成情况', '占年度投资计划(%)', '与时序进度比较'],
      [1, '全县重点项目', null, '预计上半年累计完成投资XX亿元', 50, '达时序进度'],
      [2, '4个省级重点项目', null, '1-5月完成投资XX亿元', 45.2, '超时序进度3.5个百分点'],
      [3, '41个市级重点项目', null, '1-5月完成投资XX亿元', 38, '低于时序进度3.7个百分点'],
    ]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track', 'behind']);
  });
});

describe('a verdict written once and merged down the tasks it holds for', () => {
  it('is each task’s, as it is written on every row', () => {
    const rows: CellValue[][] = [
      ['关于2022年重点工作1-6月进展情况的通报'],
      ['序号', '项目', '单位', '1-6月完成', '同比增长', '年度计划', '完成率', '进展情况'],
      ['一、主要经济指标'],
      [1, '生产总值', '亿元', 401.84, '约3.4%'],
      [2, '规模以上工业增加值', '亿元', 130.5, '约2%'],
      ['二、重点工作和民生实事方面'],
      [6, '区委、区政府重点工作(119项)', '项', null, null, null, null, '均按进度推进中'],
      [7, '区十件民生实事项目(39项)', '项', null, null, null, null, null],
      ['三、重点建设项目方面'],
      [8, '列入市2022年重点项目计划', '亿元', 126.02, null, 193.22, 0.6522, '比时间进度快15.22个百分点'],
    ];
    const read = (merges: string[]) =>
      runCheck({
        sources: [sourceFromRows('Sheet1', rows, { merges })],
        lang: 'zh-CN',
        date: '2022-07-20',
      }).report.evaluations.map((e) => `${e.indicator.row} ${e.status}`);
    const sections = ['A3:H3', 'A6:H6', 'A9:H9'];
    expect(read([...sections, 'H7:H8'])).toEqual([
      '4 not_rated',
      '5 not_rated',
      '7 on_track',
      '8 on_track',
      '10 on_track',
    ]);
  });
});

describe('a target of growth named as the target to ensure', () => {
  it('is answered by the growth beside the amount (确保目标增长12%,奋斗目标增长14%)', () => {
    const report = check([
      ['2023年1-5月主要经济指标运行情况'],
      ['序号', '指标', '年度目标', '1-5月完成', '同比增长', '备注'],
      [1, '规上工业增加值', '确保目标增长12%,奋斗目标增长14%', '19.95亿元', 17.8, null],
      [2, '“主导+特色”产业产值', '201亿元', '66.42亿元', 24.66, null],
    ]);
    const [growth, amount] = report.evaluations;
    expect(growth.kind).toBe('growth');
    expect(growth.target?.value).toBe(0.12);
    expect(growth.actual?.value).toBe(0.178);
    expect(growth.status).toMatch(/achieved|on_track/);
    expect(amount.kind).toBe('amount');
  });
});

describe('a council operational plan’s words', () => {
  it('read actions begun, put off and partly done', () => {
    const report = check(
      [
        ['Delivery Program Progress Report 1 July 2015 - 30 June 2016'],
        ['Action', 'Output Measure', 'Status'],
        ['OP1-1.1 Prepare communication strategy', 'Strategy prepared', 'Commenced'],
        ['OP1-1.2 Review the asset plan', 'Plan reviewed', 'Postponed'],
        ['OP1-1.3 Upgrade the library catalogue', 'Catalogue upgraded', 'Partially completed'],
        ['OP1-1.4 Open the new depot', 'Depot opened', 'Scheduled to commence'],
      ],
      '2016-03-31',
      'en-US',
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual([
      'on_track',
      'behind',
      'behind',
      'on_track',
    ]);
  });
});

describe('a footnote to a marked figure between stacked tables', () => {
  it('states no period for the table below it', () => {
    const report = check(
      [
        ['Our performance 2020-21'],
        ['Output', '2018-19', '2019-20', '2020-21', 'Target\n2018-23', ''],
        ['Customers (%) satisfied with drinking water', 64, 69, '72*', '> 70', '☺'],
        ['Number of water quality complaints per 100 customers', 0.22, 0.08, '0.95+', '< 0.22', '☹'],
        [],
        ['* Customer satisfaction with drinking water improved significantly this year.'],
        [
          '+ Taste and odour issues affecting some townships in December 2020 contributed to more complaints.',
        ],
        [],
        ['Output', '2018-19', '2019-20', '2020-21', 'Target\n2018-23', ''],
        ['Telephone calls answered within 30 seconds (%)', 97.3, 97, 97, '> 97', '☺'],
        ['Number of hardship grants approved', 30, 107, 259, '> 25', '☺'],
      ],
      '2021-09-30',
      'en-US',
    );
    expect(report.options.period).toEqual({ kind: 'year' });
    expect(report.evaluations).toHaveLength(4);
  });
});

describe('a six-monthly report from the first of July', () => {
  it('starts the year in July, its period the first half', () => {
    const r = runCheck({
      sources: [
        sourceFromRows('Sheet1', [
          ['Delivery Program Progress Report: 1 July – 31 December 2013'],
          ['Action', 'Output Measure', 'Status'],
          ['OP1-1.1 Prepare communication strategy', 'Strategy prepared', 'Commenced'],
          ['OP1-1.2 Review the asset plan', 'Plan reviewed', 'Completed'],
        ]),
      ],
      lang: 'en-US',
      date: '2014-02-25',
    });
    expect(r.report.options.yearStart).toBe(7);
    expect(r.period).toEqual({ kind: 'quarter', quarter: 2 });
  });
});

describe('an action plan’s actions written out at length', () => {
  it('name the rows when no other column does', () => {
    const long = (code: string, what: string) =>
      `${code} ${what}, in consultation with the Joint Organisation, to take best advantage of the grant funding opportunities for the region.`;
    const report = check(
      [
        ['Service Plan Annual Report June 2019'],
        ['Action(s)', 'Target', 'Status', 'Progress'],
        [
          long('4.1.3.2', 'Create meaningful relationships with State and Federal bodies'),
          '30 June 2019',
          'Achieved',
          'Council is an active member.',
        ],
        [
          long('4.1.3.4', 'Participate in Regional and State Forums'),
          '30 June 2019',
          'Achieved',
          'Council attends the forums.',
        ],
        [
          long('4.3.2.1', 'Review three Council services every year'),
          '30 June 2019',
          'Not Achieved',
          'The review programme is on hold.',
        ],
      ],
      '2019-08-01',
      'en-US',
    );
    expect(report.evaluations.map((e) => e.indicator.name.slice(0, 7))).toEqual([
      '4.1.3.2',
      '4.1.3.4',
      '4.3.2.1',
    ]);
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual(['achieved', 'achieved', 'missed']);
  });
});

describe('verdicts as columns, a mark under the one that holds', () => {
  it('read each row by the column it marks, a row of counts under the headings no indicator', () => {
    const report = check(
      [
        ['Customer Service Guarantee Quarterly Report: April – June 2015'],
        [
          'Section',
          'Target',
          'Result',
          'Met or Exceeded Target',
          'Within 3% of achieving Target',
          'Not Achieved',
          'Target Not Yet Applicable',
        ],
        ['Overall Achievement', null, null, 27, 8, 4, 1],
        [
          'Customer Responsiveness',
          'We will answer 90% of calls within 30 seconds',
          '85.7% of calls answered within 30 seconds',
          null,
          null,
          'X',
          null,
        ],
        [
          null,
          'We will respond to your letter within 10 working days',
          '99.8% of letters answered within 10 days',
          'X',
          null,
          null,
          null,
        ],
        [
          'Waste Services',
          'Bins missed will be collected within 2 days',
          '96.1% collected within 2 days',
          null,
          'X',
          null,
          null,
        ],
        [null, 'New bins will be delivered within 5 days', 'No new bins this quarter', null, null, null, 'X'],
      ],
      '2015-07-20',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.indicator.row, e.status])).toEqual([
      [4, expect.stringMatching(/behind|at_risk|missed/)],
      [5, expect.stringMatching(/achieved|on_track/)],
      [6, expect.stringMatching(/behind|at_risk/)],
      [7, 'not_rated'],
    ]);
    expect(report.evaluations[0].sourceStatus?.word).toBe('X (Not Achieved)');
  });

  it('read a form’s ticks under 完成 | 基本完成 | 未完成', () => {
    const report = check(
      [
        ['2023年度重点工作完成情况自评表'],
        ['序号', '工作任务', '完成', '基本完成', '未完成', '备注'],
        [1, '新建公园绿地5处', '√', null, null, null],
        [2, '改造老旧小区12个', null, '√', null, '已完成11个'],
        [3, '新建停车位2000个', null, null, '√', '用地未落实'],
      ],
      '2024-01-15',
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.word)).toEqual([
      '√ (完成)',
      '√ (基本完成)',
      '√ (未完成)',
    ]);
    expect(report.evaluations[0].status).toBe('achieved');
    expect(report.evaluations[2].status).toBe('missed');
  });
});

describe('an enterprise report’s verdicts', () => {
  it('read the verdict among a few clauses of the notes', () => {
    const report = check(
      [
        ['2022年1-8月省属企业主要经济指标'],
        ['指标', '单位', '1-8月完成', '同比增长(%)', '全年目标', '备注'],
        ['营业总收入', '亿元', 8062.1, 18.2, '增长10%', null],
        ['研发经费投入', '亿元', 29.2, 52.8, null, '同比增加10亿元,增速远超全年目标'],
        ['利润总额', '亿元', 634.7, 31.2, null, '年度效益目标任务提前完成;位居全国第3、中部第1'],
      ],
      '2022-09-20',
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.status ?? null)).toEqual([
      null,
      'achieved',
      'achieved',
    ]);
  });

  it('read 超过目标值, 全面超额完成 and a ceiling line kept below as met', () => {
    const report = check([
      ['2019年“两降两提”完成情况'],
      ['序号', '指标', '完成情况'],
      [1, '资产总额', '超过目标值'],
      [2, '利润总额', '全面超额完成'],
      [3, '资产负债率', '低于控制线6.22个百分点'],
    ]);
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual([
      'achieved',
      'achieved',
      'on_track',
    ]);
  });

  it('keep “两金” (receivables and stock) down', () => {
    const report = check([
      ['2022年1-8月省属企业主要经济指标'],
      ['指标', '单位', '全年目标', '1-8月完成'],
      ['“两金”占流动资产比重', '%', 40, 38.5],
    ]);
    expect(report.evaluations[0].direction).toBe('lower');
  });
});

describe('a police scorecard’s assessments', () => {
  it('read Satisfactory, Close monitoring and Requires action', () => {
    const report = check(
      [
        ['Policing Plan Performance Report: Q1 2017-18'],
        ['MEASURE', 'ASSESSMENT'],
        ['Measure 1: The percentage of victims satisfied with the service', 'SATISFACTORY'],
        ['Measure 2: The number of crimes solved', 'CLOSE MONITORING'],
        ['Measure 3: The response to emergency calls within 15 minutes', 'REQUIRES ACTION'],
      ],
      '2017-08-01',
      'en-US',
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual(['on_track', 'behind', 'at_risk']);
  });
});

describe('a monthly dashboard’s month written without its year', () => {
  it('is the period, in the year the other title line names', () => {
    const r = runCheck({
      sources: [
        sourceFromRows('Sheet1', [
          ["City Manager's Performance Dashboard"],
          ['FOR THE MONTH OF AUGUST'],
          ['Fiscal Year 2013 - 2014'],
          ['Measure', 'Goal', 'Actual'],
          ['Street maintenance requests answered within 24 hours', '90%', '94%'],
          ['Library visits', 4000000, 640000],
        ]),
      ],
      lang: 'en-US',
      date: '2013-09-20',
      yearStart: 7,
    });
    expect(r.period).toEqual({ kind: 'month', month: 2 });
  });
});

describe('a project list’s and a pledge page’s words', () => {
  it('read a road opened, half the task done in half the time, and a set target done early', () => {
    const report = check(
      [
        ['2024年上半年交通重点项目建设进展情况'],
        ['序号', '项目名称', '年度计划投资(亿元)', '进展情况'],
        [1, '安罗高速罗山至省界段', 20, '6月30日顺利通车'],
        [2, '淮内高速豫皖省界至淮滨段', 15, '已建成通车'],
        [3, '交通固定资产投资', 120, '顺利实现“时间过半、任务过半”目标'],
        [4, '普通干线公路建设', 40, '提前超额完成省定目标'],
      ],
      '2024-07-15',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'on_track', 'achieved']);
  });

  it('read a pledge in per cent as its target, and no case arising as nothing to rate', () => {
    const report = check([
      ['服務承諾'],
      ['服務', '承諾標準(百分比)', '二零一九年實際表現'],
      ['來港工作簽證申請', '90%', '95%'],
      ['綠置居業主申請', '90%', '未有個案'],
    ]);
    expect(report.evaluations.map((e) => [e.target?.value, e.status])).toEqual([
      [0.9, 'achieved'],
      [0.9, 'not_rated'],
    ]);
  });
});

describe('a development zone’s report', () => {
  it('paces a share of the year’s plan its name says it is, and reads the pace words it writes', () => {
    const report = check(
      [
        ['2020年1-6月份园区主要经济指标完成情况'],
        ['序号', '指标', '单位', '完成', '备注'],
        [1, '固定资产投资', '亿元', 25.3, null],
        [2, '投资完成率', '%', 63.4, null],
        [3, '4个省重大项目完成年度投资计划', '%', 38.2, null],
        [4, '44个省重点项目计划竣工率', '%', 100, null],
        [5, '大口径财政收入', '亿元', 3.7, '高于平均进度10.9个百分点'],
        [6, '税收收入', '亿元', 2.1, '低于均衡进度2个百分点'],
        [7, '省重点项目', '个', 4, '均已开复工'],
      ],
      '2020-07-10',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual([
      'not_rated',
      'on_track',
      expect.stringMatching(/behind|at_risk/),
      expect.stringMatching(/achieved|on_track/),
      'on_track',
      'behind',
      'achieved',
    ]);
  });

  it('reads an inspector general’s Substantially met as short of the target', () => {
    const report = check(
      [
        ['FY2006 Quantitative Performance Measures'],
        ['Measure', 'FY2006 Target', 'FY2006 Actual', 'Status'],
        ['Audit reports issued', 35, 33, 'Substantially met'],
      ],
      '2006-12-01',
      'en-US',
    );
    expect(report.evaluations[0].sourceStatus?.status).toBe('behind');
  });
});

describe('a tolerance alone and a range run until a month', () => {
  it('reads +/-3% as a band either side of nothing', () => {
    const report = check(
      [
        ['2012 Outputs'],
        ['Measure', 'Target 2012', 'Achieved 2012'],
        ['Variance from the approved budget', '+/-3%', '-0.09%'],
        ['Variance from the approved forecast', '±2%', '3.5%'],
      ],
      '2013-03-01',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.comparator, e.status])).toEqual([
      ['between', 'achieved'],
      ['between', 'missed'],
    ]);
  });

  it('reads January 2012 Until December 2012 as the whole year', () => {
    const r = runCheck({
      sources: [
        sourceFromRows('Sheet1', [
          ['Client Charter Achievement January 2012 Until December 2012'],
          ['Client Charter', 'Target', 'Achievement'],
          ['Complaints answered within 7 days', '90%', '94%'],
          ['Street lights repaired within 3 days', '90%', '53.93%'],
        ]),
      ],
      lang: 'en-US',
      date: '2013-02-01',
    });
    expect(r.period).toEqual({ kind: 'year' });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed']);
  });
});

describe('a dispatch report’s words on the pace', () => {
  it('reads faster or slower than the pace by so much, and half-and-half with its measures named', () => {
    const report = check(
      [
        ['2013年1-4月重点项目建设情况'],
        ['项目', '年度计划投资(亿元)', '1-4月完成投资(亿元)', '备注'],
        ['市重点建设项目', 300, 79, '相比去年同期快了2个百分点,但仍比时间进度慢了6.6个百分点'],
        ['省重点建设项目', 120, 45, '比序时进度快4.2个百分点'],
        ['全市重点项目', 200, 70, '实现开工率、年度完成投资占比‘双过半’'],
      ],
      '2013-05-10',
    );
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual(['behind', 'on_track', 'on_track']);
  });
});

describe('a budget book’s sign spelt out beside the target', () => {
  it('reads > or = and < or = as at least and at most', () => {
    const report = check(
      [
        ['Public Works Scorecard'],
        ['Code', 'Measure', 'Previous Period', 'Current Measurement', 'Target', ''],
        ['1.3.7', 'Average customer satisfaction rating', 4.3, 4.5, '> or =', 4],
        ['1.3.8', 'Average rating of street condition', 3.2, 3, '> or =', 4],
        ['1.4.1', 'Water main breaks per 100 miles', 5, 4, '< or =', 6],
      ],
      '2022-10-15',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.comparator, e.target?.value])).toEqual([
      ['at_least', 4],
      ['at_least', 4],
      ['at_most', 6],
    ]);
    expect(report.evaluations.map((e) => e.direction)).toEqual(['higher', 'higher', 'lower']);
  });
});

describe('a per cent set for a measure of amounts, its result told as an amount and its growth', () => {
  it('is answered by the growth', () => {
    const report = check(
      [
        ['2023年上半年主要目标完成情况'],
        ['指标名称', '年度目标', '上半年完成情况', null],
        [null, null, '绝对值', '增幅'],
        ['1.增加值', '5.5%以上', '1248.3亿元', '9.1%'],
        ['2.全社会固定资产投资', '5%', '259.4亿元', '-2.1%'],
        ['3.城镇调查失业率', '5%以内', '4.6%', null],
      ],
      '2023-07-20',
    );
    expect(report.evaluations.map((e) => [e.kind, e.actual?.value])).toEqual([
      ['growth', 0.091],
      ['growth', -0.021],
      [expect.stringMatching(/share|level/), 0.046],
    ]);
    expect(report.evaluations[0].status).toMatch(/achieved|on_track/);
    expect(['behind', 'at_risk']).toContain(report.evaluations[1].status);
  });
});
