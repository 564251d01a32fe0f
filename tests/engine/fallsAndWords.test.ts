/**
 * Figures and words as offices set them down: a fall in the heading's brackets (年度约束性目标(下降%) |
 * 前三季度同比(下降%)) makes the plain numbers under it falls, and a result column of verdicts beside the
 * growth in figures (完成情况: 超过年度约束性目标要求) is the office's verdict on that growth.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date = '2019-11-26', lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date }).report;
}

const ENERGY: CellValue[][] = [
  ['2019年前三季度全省节能目标完成情况'],
  ['指标', '年度约束性目标\n(下降%)', '前三季度同比\n(下降%)'],
  ['单位GDP能耗', 3, 3.59],
  ['规上工业单位增加值能耗', 3.2, 2.1],
];

describe('a fall in the heading’s brackets', () => {
  it('makes the target and the result falls in per cent', () => {
    const report = check(ENERGY);
    expect(report.evaluations.map((e) => e.kind)).toEqual(['decrease', 'decrease']);
    expect(report.evaluations.map((e) => e.target?.value)).toEqual([0.03, 0.032]);
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([0.0359, 0.021]);
    // A fall larger than the year's is on track; a smaller one is not.
    expect(report.evaluations[0].status).toBe('on_track');
    expect(['behind', 'at_risk']).toContain(report.evaluations[1].status);
  });
});

describe('verdicts under the result’s heading beside the growth in figures', () => {
  it('take the growth as the result and the words as the verdict', () => {
    const rows = ENERGY.map((row, i) =>
      i === 0
        ? row
        : [...row, i === 1 ? '完成情况' : i === 2 ? '超过年度约束性目标要求' : '未达到年度目标要求'],
    );
    const report = check(rows);
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([0.0359, 0.021]);
    expect(report.evaluations.map((e) => e.kind)).toEqual(['decrease', 'decrease']);
    expect(report.evaluations[0].status).toMatch(/achieved|on_track/);
    expect(['behind', 'at_risk', 'missed']).toContain(report.evaluations[1].status);
  });

  it('reads the target passed as met, a ceiling passed as not', () => {
    const rows: CellValue[][] = [
      ['2019年1-9月主要指标完成情况'],
      ['指标', '年度目标', '完成情况'],
      ['城镇新增就业', '1.2万人', '超过年度目标任务'],
      ['生产安全事故死亡人数', '控制在50人以内', '超过控制指标'],
    ];
    const report = check(rows);
    expect(report.evaluations[0].status).toMatch(/achieved|on_track/);
    expect(['behind', 'missed']).toContain(report.evaluations[1].status);
  });
});

describe('a tracker updated after the year its headings name', () => {
  const rows: CellValue[][] = [
    ['Housing target tracker'],
    ['Data last updated: February 22, 2024'],
    [],
    [
      'Municipality',
      '2023 target',
      '2023 housing progress',
      'Housing target status',
      'Total housing progress since 2022',
    ],
    ['Ajax', 1247, 797, 'Not met', 1314],
    ['Barrie', 1687, 1716, 'Exceeded', 3991],
    ['Burlington', 2127, 584, 'Not met', 712],
  ];

  it('reports that whole year, not the month of the update', () => {
    const report = check(rows, '2024-03-01', 'en-US');
    expect(report.options.period).toEqual({ kind: 'year' });
    expect(report.options.year).toBe(2023);
  });

  it('leaves the total since an earlier year out: one indicator per row, judged by the year’s result', () => {
    const report = check(rows, '2024-03-01', 'en-US');
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual(['Ajax', 'Barrie', 'Burlington']);
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([797, 1716, 584]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['missed', 'achieved', 'missed']);
  });
});

describe('rows without their number at a table’s foot, over a notes line', () => {
  it('are all read: the notes line under the blank number column names no table below', () => {
    const rows: CellValue[][] = [
      ['2022年省、市、区三级为民办实事项目1-8月份进展情况'],
      ['序号', '项目', '进展情况', '状态'],
      ['一、省市两级为民办实事'],
      [5, '提高困难群体高血压糖尿病门诊指定用药报销比例', null, '已完成'],
      [3, '实施近视防控教室照明改造工程', '正在开展编制招标文件', '滞后'],
      [6, '实施女性人乳头瘤病毒(HPV)疫苗免费接种项目试点', '预计9月份开始接种工作', '滞后'],
      ['二、区级为民办实事'],
      [null, '第一实验幼儿园建设工程', '已竣工', '已完成'],
      [null, '新冠病毒核酸检测实验室能力建设项目', '已初步投入使用', '已完成'],
      [null, '妇女之家儿童之家和社区家长学校建设', '已完成', '已完成'],
      [null, '城区生活垃圾分类项目', '已全部完工', '已完成'],
      [null, '农村公路安保工程', '已完工', '已完成'],
      [null, '学园南街与肖厝路交叉口红绿灯新建项目', '已完成', '已完成'],
      [null, '交通安全教育基地提升及事故多发路段治理项目', '已完成', '已完成'],
      [
        '注:省、市两级为民办实事项目涉及我区共38项,其中5项已完成;区级12件惠民实事项目(含19个子项目),已完成子项目7个,其他项目正按序时推进。',
      ],
    ];
    const report = check(rows, '2022-09-05');
    expect(report.evaluations.map((e) => e.indicator.row)).toEqual([4, 5, 6, 8, 9, 10, 11, 12, 13, 14]);
    expect(report.evaluations.slice(3).every((e) => e.status === 'achieved')).toBe(true);
  });
});

describe('a target written "New"', () => {
  it('is a measure with no target set yet: not rated', () => {
    const rows: CellValue[][] = [
      ['Council Plan measures 2022/23'],
      ['Measure', 'Good is', 'Target 2022/23', 'Q2 result'],
      ['Number of trees planted', 'High', 'New', null],
      ['Household waste recycled', 'High', '45%', '41%'],
      ['Fly-tipping incidents cleared within 3 days', 'High', '90%', '93%'],
    ];
    const report = check(rows, '2022-10-20', 'en-US');
    expect(report.evaluations[0].status).toBe('not_rated');
    expect(report.evaluations.slice(1).map((e) => e.status)).not.toContain('not_rated');
  });
});

describe('a quarter’s pair beside the pair to date', () => {
  it('is kept aside: the result and the target to date are judged', () => {
    const rows: CellValue[][] = [
      ['Scorecard detail FY10 Q3'],
      ['Name', 'Actual', 'Business Plan Goal', 'FYTD Actual', 'FYTD Goal'],
      ['Number of families selected from the waiting list', 218, 150, 383, 450],
      ['Number of families offered units', 1049, 1500, 3093, 4500],
      ['Number of families accepted offered unit', 407, 150, 941, 450],
    ];
    const report = runCheck({
      sources: [sourceFromRows('Sheet1', rows)],
      lang: 'en-US',
      date: '2010-07-20',
      yearStart: 10,
    }).report;
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([383, 3093, 941]);
    // 383 of 450 to date is short; a quarter's 218 against its own 150 would have been met.
    expect(['behind', 'at_risk']).toContain(report.evaluations[0].status);
    expect(['behind', 'at_risk']).toContain(report.evaluations[1].status);
    expect(report.evaluations[2].status).toMatch(/on_track|achieved/);
  });
});

describe('a plan’s year and the plan done', () => {
  const rows: CellValue[][] = [
    ['至7月底,下达我省2019年投资计划37.0亿元;完成投资24.2亿元,完成率65.3%。'],
    ['2019年度中央水利项目分类型完成情况'],
    ['单位:万元'],
    ['项目类型', '计划下达情况', null, '投资完成情况', null],
    [null, '年度计划', '中央资金', '完成投资计划', '投资计划完成率'],
    ['河湖长制激励', 3190, 2000, 3190, 1],
    ['农业水价综合改革', 14337, 5346, 9984, 0.696],
    ['中小河流治理', 181700, 45659, 76828, 0.423],
  ];
  const formats = rows.map((row) => row.map((_, c) => (c === 4 ? '0.0%' : null)));
  const report = runCheck({
    sources: [sourceFromRows('Sheet1', rows, { formats })],
    lang: 'zh-CN',
    date: '2019-08-09',
  }).report;

  it('runs to the date the lines above give, in the plan’s year', () => {
    expect(report.options.period).toEqual({ kind: 'month', month: 7 });
    expect(report.options.year).toBe(2019);
  });

  it('reads 完成投资计划 in amounts as the result beside the year’s plan: one indicator per row', () => {
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      '河湖长制激励',
      '农业水价综合改革',
      '中小河流治理',
    ]);
    expect(report.evaluations.map((e) => e.target?.value)).toEqual([3190, 14337, 181700]);
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([3190, 9984, 76828]);
  });
});

describe('a remark that is the gap to the target', () => {
  it('tells the target where no column gives it, the body that set it left aside', () => {
    const rows: CellValue[][] = [
      ['上半年全市工业经济主要指标完成情况'],
      ['指标', '单位', '上半年', '同比增长(%)', '备注'],
      ['规模以上工业总产值', '亿元', 736.7, 11.4, '611户规模以上企业'],
      ['规模以上工业增加值', '%', null, 13, '高于市政府下达目标4个百分点'],
      ['工业投资', '亿元', 216.5, 5.2, '低于目标2个百分点'],
    ];
    const report = check(rows, '2019-07-20');
    const [output, added, investment] = report.evaluations;
    expect(output.status).toBe('not_rated');
    expect(added.target?.value).toBeCloseTo(0.09, 10);
    expect(added.status).toBe('on_track');
    expect(['behind', 'at_risk']).toContain(investment.status);
  });
});

describe('a finance table’s own yardsticks', () => {
  it('reads a column over (+) or short (-) of the half-year’s task as the verdict on each amount', () => {
    const rows: CellValue[][] = [
      ['2016年上半年凌云县财税收入完成情况(截至6月30日)'],
      [null, null, null, null, '单位:万元'],
      ['项  目', '完成数', '超(+)、差(-)\n“双过半”任务数', '同比增减额', '同比增长(%)'],
      ['全县财政收入', 11330, 180, 702, 6.61],
      ['  其中:国税', 4169, 169, 1643, 65.03],
      ['        地税', 4408, -192, -1793, -28.92],
      ['非税收入', 2881, null, null, null],
    ];
    const report = check(rows, '2016-07-10');
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track', 'behind', 'not_rated']);
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([11330, 4169, 4408, 2881]);
    expect(report.evaluations.map((e) => e.target)).toEqual([null, null, null, null]);
  });

  it('takes a quarter’s target set from above as the target to date, the year’s as the year’s', () => {
    const rows: CellValue[][] = [
      ['三季度财政收支情况(截止9月30日)'],
      ['项  目', '累计完成', '市下三季度目标', '为三季度目标(%)', '市下全年目标', '为全年目标(%)'],
      ['一般公共预算收入', 33.82, 33.23, 101.78, 42, 80.52],
      ['其中:八项支出', 31.6, 30.19, 104.67, null, null],
    ];
    const report = check(rows, '2019-10-10');
    const [revenue, spending] = report.evaluations;
    expect(revenue.target?.value).toBe(42);
    expect(revenue.status).toBe('on_track');
    // Its quarter's target is all it has: met to date, not the year's target met.
    expect(spending.target?.value).toBe(30.19);
    expect(spending.status).toBe('on_track');
  });
});

describe('a pledge page’s headings', () => {
  it('name the services and the standard attained', () => {
    const rows: CellValue[][] = [
      ['2016/17年度服务表现'],
      ['服务范围', '服务标准', '已达到的平均服务标准'],
      ['处理旅行代理商牌照申请', '95%', '100%'],
      ['发出牌照续期通知', '100%', '100%'],
      ['回复查询', '90%', '85%'],
    ];
    const report = check(rows, '2017-05-01');
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      '处理旅行代理商牌照申请',
      '发出牌照续期通知',
      '回复查询',
    ]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed']);
  });
});

describe('预计完成 alone in a finance table’s notes', () => {
  it('marks the figure as an estimate, no verdict on a row without a target', () => {
    const rows: CellValue[][] = [
      ['三季度财政收支情况(截止9月30日)'],
      ['项  目', '累计完成', '同比增长(%)', '全年目标', '备  注'],
      ['一般公共预算收入', 33.82, 5.1, 42, null],
      ['一般公共预算支出', 40.14, 3.2, null, '预计完成'],
    ];
    const report = check(rows, '2019-10-10');
    expect(report.evaluations[1].status).toBe('not_rated');
    expect(report.evaluations[1].sourceStatus ?? null).toBeNull();
  });
});

describe('words of plan reviews, kept promises and quarterly reports', () => {
  it('read a plan review’s and a promise list’s verdicts', () => {
    const rows: CellValue[][] = [
      ['“十四五”规划主要指标中期进展情况'],
      ['指标', '规划目标', '进展情况'],
      ['常住人口城镇化率', '65%', '快于预期'],
      ['每千人口拥有执业(助理)医师数', '3.2人', '基本符合预期'],
      ['全员劳动生产率增长', '高于GDP增长', '提前实现'],
      ['单位GDP能源消耗降低', '13.5%', '慢于预期'],
      ['城乡居民医保补助标准', '再增加30元', '承诺得到兑现'],
    ];
    const report = check(rows, '2023-12-26');
    expect(report.evaluations.map((e) => e.sourceStatus?.status)).toEqual([
      'on_track',
      'on_track',
      'achieved',
      'behind',
      'achieved',
    ]);
  });

  it('reads a South African quarterly report’s headings and words', () => {
    const rows: CellValue[][] = [
      ['DETAILED FIRST QUARTER 2018/19 PROGRESS REPORT'],
      [
        'PPI No',
        'Performance Indicators',
        'Target for 2018/19 as per Annual Performance Plan (APP)',
        'Quarter 1 Target as per APP',
        'Quarter 1 Actual Achievement',
        'Analysis of performance',
      ],
      [
        '4.3.1',
        'Percentage compliance with MPAT standards',
        '100%',
        'No milestone for the quarter',
        null,
        null,
      ],
      ['4.3.4', 'Number of interns appointed', 200, 50, 72, 'Over achieved'],
      ['4.3.5', 'Number of learners that complete training', 2640, 600, 410, 'Not achieved'],
    ];
    const report = runCheck({
      sources: [sourceFromRows('Sheet1', rows)],
      lang: 'en-US',
      date: '2018-08-01',
      yearStart: 4,
    }).report;
    expect(report.evaluations.map((e) => e.indicator.id)).toEqual(['4.3.1', '4.3.4', '4.3.5']);
    expect(report.evaluations.map((e) => e.target?.value)).toEqual([1, 200, 2640]);
    expect(report.evaluations[0].status).toBe('not_rated');
    expect(report.evaluations[1].status).toMatch(/on_track|achieved/);
    expect(['behind', 'at_risk', 'missed']).toContain(report.evaluations[2].status);
  });
});

describe('a cut’s target beside the emissions and their fall', () => {
  it('is answered by the fall, not by the amount emitted', () => {
    const rows: CellValue[][] = [
      ['2015年上半年主要污染物减排情况'],
      ['序号', '污染物', '年度削减目标(%)', '上半年排放量(万吨)', '同比下降(%)'],
      [1, '化学需氧量', 1, 63.2, 2.44],
      [2, '二氧化硫', 1, 59.15, 5.43],
      [3, '氨氮', 2.5, 5.1, 0.64],
    ];
    const report = check(rows, '2015-08-01');
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([0.0244, 0.0543, 0.0064]);
    expect(report.evaluations.map((e) => e.kind)).toEqual(['decrease', 'decrease', 'decrease']);
    expect(report.evaluations.slice(0, 2).map((e) => e.status)).toEqual(['on_track', 'on_track']);
    expect(['behind', 'at_risk']).toContain(report.evaluations[2].status);
  });
});

describe('a span of years before what is done in it', () => {
  it('is the time allowed, not the figure to reach', () => {
    const rows: CellValue[][] = [
      ['2021年政府工作报告民生清单落实情况'],
      ['任务', '完成情况'],
      ['高职院校两年扩招200万人', '296.85万人'],
      ['三年新建改扩建幼儿园12所', '已建成9所'],
    ];
    const report = check(rows, '2021-12-31');
    expect(report.evaluations.map((e) => e.target?.value)).toEqual([2000000, 12]);
  });
});

describe('a projection of the year in words', () => {
  it('is on course, as a projected figure is, not done', () => {
    const rows: CellValue[][] = [
      ['City Secretary Performance Measures FY 2021/22'],
      ['Performance Measures', 'Target 21/22', 'Projected 21/22'],
      ['# of Regular Council Meetings Attended', 23, 23],
      ['Received Municipal Clerks Achievement of Excellence Award', 'Yes', 'Yes'],
    ];
    const report = runCheck({
      sources: [sourceFromRows('Sheet1', rows)],
      lang: 'en-US',
      date: '2022-03-01',
      yearStart: 10,
    }).report;
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track']);
  });
});
