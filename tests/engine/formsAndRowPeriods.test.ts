/**
 * Forms and rows as offices write them: a 绩效自评表 whose 指标名称 column follows its levels
 * (一级指标 | 二级指标 | 指标名称), and one under its own fields (项目基本情况, 预算执行情况); a worded target
 * measured against last year (与上年相比显著提高) answered in its own words; a row whose figures run to an
 * earlier month than the table's (…(1-5月)); another table below a blank row and its caption; 总任务 as the
 * target; names of what is better less (water leaked, sewer collapses) or of work done on a harm (debt
 * files reviewed); a count over its ceiling, over by a share of it, not by percentage points, and one
 * missed by the office's marks within it; and a rate shown with its own decimals.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { periodOfRow } from '../../src/engine/core/period';
import { quantityFormat } from '../../src/engine/core/numFmt';
import { unitOfFormat } from '../../src/engine/read/units';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], lang: 'zh-CN' | 'en-US', date: string) {
  const { report } = runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date });
  return { report, text: report.narrative.map((b) => b.text).join('\n') };
}

const SELF_ASSESSMENT: CellValue[][] = [
  ['2022年度校园维修改造与设备购置项目自评结果'],
  ['一级指标', '二级指标', '指标名称', '年初目标值', '实际完成值', '备注'],
  ['产出指标', '数量指标', '校园维修改造项目', '12个', '12个', null],
  ['产出指标', '时效指标', '项目完成及时率', '100%', '100%', null],
  ['效益指标', '经济效益', '提高教育质量', '与上年相比显著提高', '显著提高', null],
  ['满意度指标', '满意度', '学生满意度', '≥95%', '95.08%', null],
  ['满意度指标', '满意度', '家长满意度', '≥95%', '94.60%', '扣1分'],
];

describe('a performance form with a column of names after its levels', () => {
  it('names each row by that column, its deepest level being the group', () => {
    const { report } = check(SELF_ASSESSMENT, 'zh-CN', '2023-01-20');
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      '校园维修改造项目',
      '项目完成及时率',
      '提高教育质量',
      '学生满意度',
      '家长满意度',
    ]);
    expect(report.evaluations.map((e) => e.indicator.category)).toEqual([
      '数量指标',
      '时效指标',
      '经济效益',
      '满意度',
      '满意度',
    ]);
    // The report names the rate that missed, not the group it is in.
    const { text } = check(SELF_ASSESSMENT, 'zh-CN', '2023-01-20');
    expect(text).toContain('家长满意度为94.6%');
  });

  it('takes a worded target against last year as met when the result says its words', () => {
    const { report } = check(SELF_ASSESSMENT, 'zh-CN', '2023-01-20');
    const words = report.evaluations.find((e) => e.indicator.name === '提高教育质量');
    expect(words?.status).toBe('achieved');
    const other = check(
      [
        ['指标', '年度目标', '完成情况'],
        ['提高教育质量', '与上年相比显著提高', '有所下降'],
      ],
      'zh-CN',
      '2023-01-20',
    );
    expect(other.report.evaluations[0].status).not.toBe('achieved');
  });
});

describe("a row's own months", () => {
  it('are read from its name where they stop short of the period', () => {
    const half = { kind: 'quarter', quarter: 2 } as const;
    expect(periodOfRow('4个省级重点项目投资(1-5月)', half)).toEqual({ kind: 'month', month: 5 });
    expect(periodOfRow('规上工业增加值（1—5月）', half)).toEqual({ kind: 'month', month: 5 });
    expect(periodOfRow('社会消费品零售总额截至5月底', half)).toEqual({ kind: 'month', month: 5 });
    // Not later than the period, nor a month that is no run from January, nor in a year from April.
    expect(periodOfRow('出口额(1-8月)', half)).toBe(half);
    expect(periodOfRow('5月新开工项目', half)).toBe(half);
    expect(periodOfRow('4个省级重点项目投资(1-5月)', half, 4)).toBe(half);
  });

  it('pace the row: 45.2% of a year by May is ahead of that pace, not behind the half year', () => {
    const { report } = check(
      [
        ['2025年上半年重点项目完成情况'],
        ['指标', '年度目标', '上半年完成情况', '占年度计划'],
        ['4个省级重点项目投资(1-5月)', '年度投资计划', '完成投资20亿元', '45.2%'],
        ['市级重点项目投资', '年度投资计划', '完成投资30亿元', '45.2%'],
      ],
      'zh-CN',
      '2025-07-10',
    );
    const [own, half] = report.evaluations;
    expect(own.pace).toBeCloseTo(0.452 / (5 / 12), 6);
    expect(half.pace).toBeCloseTo(0.452 / 0.5, 6);
  });
});

describe('which way is better, from the name', () => {
  it('reads water leaked, collapses and bursts as better less, and papers dealt with as more', () => {
    const { report } = check(
      [
        ['Measure', 'Unit', 'Target', 'Actual'],
        ['Volume of water leaked', 'Ml/d', 66.5, 61.4],
        ['Sewer collapses', 'No.', 300, 251],
        ['Water main bursts', 'No.', 900, 950],
        ['Number of debt files reviewed, processed and approved in 5 days', 'No.', 40, 35],
      ],
      'en-US',
      '2024-01-20',
    );
    expect(report.evaluations.map((e) => e.direction)).toEqual(['lower', 'lower', 'lower', 'higher']);
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed', 'missed']);
  });

  it('reads opening at other and longer hours (错时延时开放) as a service given, not a delay (时延)', () => {
    const { report } = check(
      [
        ['项目', '年度目标', '完成情况'],
        ['公共图书馆、文化馆、博物馆错时延时开放', '41家', '41家'],
        ['网络时延', '≤50ms', '40ms'],
      ],
      'zh-CN',
      '2024-01-20',
    );
    expect(report.evaluations.map((e) => e.direction)).toEqual(['higher', 'lower']);
  });

  it('reads people unemployed as better fewer, and those helped into work as better more', () => {
    const { report } = check(
      [
        ['Measure', 'Target', 'Actual'],
        ['Percentage of unemployed people (out-of-work benefits)', '2.2%', '2.8%'],
        ['Number of youths unemployed (18-24)', 373, 563],
        ['Number of unemployed people helped into work', 100, 120],
      ],
      'en-US',
      '2024-04-20',
    );
    expect(report.evaluations.map((e) => e.direction)).toEqual(['lower', 'lower', 'higher']);
    expect(report.evaluations.map((e) => e.status)).toEqual(['missed', 'missed', 'achieved']);
  });
});

describe('a count over its ceiling', () => {
  const rows: CellValue[][] = [
    ['指标', '单位', '年度目标', '完成值'],
    ['安全事故', '起', '≤4', 5],
    ['药占比', '%', '≤30%', '35%'],
  ];
  it('is over by a share of it; a rate over its ceiling is over by points', () => {
    const zh = check(rows, 'zh-CN', '2024-01-20').text;
    expect(zh).toContain('比年度控制目标4起多1起，超出25.0%');
    // (and by its points once: 多5.0个百分点, not again as the share of its ceiling, 16.7个百分点)
    expect(zh).toContain('为35.0%，比年度控制目标30.0%多5.0个百分点。');
    expect(zh).not.toContain('25.0个百分点');
    const en = check(rows, 'en-US', '2024-01-20').text;
    expect(en).toContain('25.0% over');
    expect(en).not.toContain('25.0 percentage points');
  });
});

describe('another table below, after a blank row and its caption', () => {
  const rows: CellValue[][] = [
    ['Key Performance Indicators'],
    ['Key Output', 'KPI', 'Target Yr (2021)', 'Target Yr (2022)', 'Target Yr (2023)'],
    ['Timely approval', 'Number of files reviewed, processed and approved per day', 10, 10, 10],
    ['Timely review', 'Number of Acts reviewed', 4, 4, 4],
    [],
    ['Previous Year Allocations'],
    ['Num', 'Year', 'Recurrent', 'Development', 'Total'],
    [1, 2021, 177244127, 0, 177244127],
    [2, 2022, 177404127, 0, 177404127],
  ];
  it('ends the table: its headings and its rows are no indicators', () => {
    const { report } = check(rows, 'en-US', '2024-01-20');
    expect(report.evaluations.map((e) => e.indicator.row)).toEqual([3, 4]);
  });
  it('but rows of words after a blank row and a section line stay in the table', () => {
    const words: CellValue[][] = [
      ['指标', '年度目标', '完成情况', '进度'],
      ['项目甲', 100, 80, '正常'],
      [],
      ['二、重点项目'],
      ['项目乙', '年底前完成', '已完成主体', '正常'],
      ['项目丙', 50, 40, '正常'],
    ];
    const { report } = check(words, 'zh-CN', '2024-10-08');
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual(['项目甲', '项目乙', '项目丙']);
  });
});

describe('a form of levels under its own fields', () => {
  it('reads the indicators under the levels, not the fields above them', () => {
    // A 部门预算项目支出绩效自评表 as published before the year's results (完成值 and 得分 blank).
    const rows: CellValue[][] = [
      [null, null, null, null, null, null, null, null, null, null, '报表编号:510000_0013zp'],
      ['部门预算项目支出绩效自评表(2023年度)'],
      ['项目名称', '51000021R000000019951-工资性支出'],
      ['主管部门', '县发展和改革局本级', null, null, null, '实施单位 (盖章)', null, '县发展和改革局'],
      ['项目基本情况', '1.项目年度目标完成情况', '项目年度目标', null, null, null, '年度目标完成情况'],
      [
        null,
        null,
        '严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。',
        null,
        null,
        null,
        '对照年度目标,说明相关任务目标的完成情况(100字以内)',
      ],
      [null, '2.项目实施内容及过程概述'],
      [
        '预算执行情况(10分)',
        '年度预算数(万元)',
        '年初预算',
        '调整后预算数',
        '预算执行数',
        '预算执行率',
        '权重',
        '得分',
        '原因',
      ],
      [
        null,
        '总额',
        238.93,
        251.89,
        251.89,
        1,
        10,
        null,
        '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.',
      ],
      [null, '其中:财政资金', 238.93, 251.89, 251.89, 1, '/', '/'],
      [null, '财政专户管理资金', 0, 0, 0, 0, '/', '/'],
      [null, '单位资金', 0, 0, 0, 0, '/', '/'],
      [null, '其他资金', null, null, null, null, '/', '/'],
      [
        '绩效指标(90分)',
        '一级指标',
        '二级指标',
        '三级指标',
        '指标性质',
        '指标值',
        '度量单位',
        '完成值',
        '权重',
        '得分',
        '未完成原因分析',
      ],
      [null, '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', null, 60],
      [null, '效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', null, 30],
      ['合计', null, null, null, null, null, null, null, 100],
      ['评价结论', '结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)'],
      ['存在问题', '结合自评情况,分析存在的问题及原因。(200字以内)'],
      ['改进措施', '针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)'],
      ['项目负责人:', null, null, null, null, '财务负责人:'],
    ];
    const merges = [
      'A2:K2',
      'B3:K3',
      'B4:E4',
      'F4:G4',
      'H4:K4',
      'A5:A7',
      'B5:B6',
      'C5:F5',
      'G5:K5',
      'C6:F6',
      'G6:K6',
      'C7:K7',
      'A8:A13',
      'I8:K8',
      'I9:K13',
      'A14:A16',
      'A17:H17',
      'B18:K18',
      'B19:K19',
      'B20:K20',
      'A21:E21',
      'F21:K21',
    ];
    const { report } = runCheck({
      sources: [sourceFromRows('Sheet1', rows, { merges })],
      lang: 'zh-CN',
      date: '2024-01-20',
    });
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      '发放(缴纳)覆盖率',
      '足额保障率(参保率)',
    ]);
  });
});

describe('the whole task of the year', () => {
  it('headed 总任务 is the target', () => {
    const { report } = check(
      [
        ['指标', '总任务(亿元)', '截至10月底完成(亿元)'],
        ['招商引资项目到位资金', 4.8, 4.2],
      ],
      'zh-CN',
      '2017-11-05',
    );
    expect(report.evaluations[0].target?.value).toBe(4.8);
    expect(report.evaluations[0].completion).toBeCloseTo(4.2 / 4.8, 9);
  });
});

describe('a ceiling missed by the office’s marks, its result within it', () => {
  it('is said as it stands, never "above the ceiling"', () => {
    const rows: CellValue[][] = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '成本指标', '演出设备成本', '≤2万元', '2万元', 20, 18],
      ['产出指标', '数量指标', '购置设备', '10件', '10件', 20, 20],
    ];
    const { report, text } = check(rows, 'zh-CN', '2021-01-20');
    expect(report.evaluations[0].status).toBe('missed');
    expect(text).not.toMatch(/演出设备成本[^。；]*超出/);
    expect(text).toContain('演出设备成本为2万元，年度控制目标为2万元');
    const en = check(rows, 'en-US', '2021-01-20').text;
    expect(en).not.toMatch(/演出设备成本[^.;]*above the annual ceiling/);
  });
});

describe('a rate in the report’s tables', () => {
  it('keeps the decimals it was written with, up to two: 95.08% beside ≥95% is not shown as 95.1%', () => {
    expect(quantityFormat(0.9508, true)).toBe('0.00%');
    expect(quantityFormat(0.946, true)).toBe('0.0%');
    expect(quantityFormat(0.95, true)).toBe('0.0%');
    expect(quantityFormat(0.912345, true)).toBe('0.00%');
    expect(quantityFormat(12.5, false)).toBe('#,##0.0#');
  });
});

describe('who owns a row', () => {
  it('is the office (责任科室) where the leader in charge (责任领导) is named beside it', () => {
    const { report } = check(
      [
        ['重点工作', '年度目标', '二季度完成情况', '责任领导', '责任科室'],
        ['白仙山水库工程', 100, 60, '欧某某', '水库工程领导小组'],
        ['美丽城镇建设', 100, 50, '王某某', '乡村振兴办'],
      ],
      'zh-CN',
      '2024-07-05',
    );
    expect(report.evaluations.map((e) => e.indicator.owner)).toEqual(['水库工程领导小组', '乡村振兴办']);
  });
});

describe('rows of departments', () => {
  it('are named by the department where no other column names them (部门 | 预算数 | 支出数)', () => {
    const { report } = check(
      [
        ['2023年部门预算支出情况'],
        ['部门', '预算数', '支出数'],
        ['教育局', 1200.5, 1100.25],
        ['卫健委', 800, 790.4],
        ['交通局', 500, 200],
      ],
      'zh-CN',
      '2024-01-20',
    );
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual(['教育局', '卫健委', '交通局']);
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([1100.25, 790.4, 200]);
  });
});

describe('tasks set by a higher body, and counts in a name', () => {
  it('read 市上全年任务 as the target and 完成市上全年任务(%) as the completion', () => {
    const { report } = check(
      [
        ['全县2012年1—6月份招商引资目标任务完成情况'],
        ['指标', '单位', '市上全年任务', '截止6月底完成', '完成市上全年任务(%)'],
        ['市外到位资金', '亿元', 42.5, 25.47, 59.94],
        ['新包装推出项目', '个', 10, 17, 170],
      ],
      'zh-CN',
      '2012-07-10',
    );
    expect(report.evaluations.map((e) => e.target?.value)).toEqual([42.5, 10]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'achieved']);
  });

  it('take no target from a count of what is measured in another unit (82个项目投资 in 亿元)', () => {
    const { report } = check(
      [
        ['2017年上半年主要经济指标完成情况'],
        ['指标', '单位', '上半年完成', '完成年度任务', '备注'],
        ['82个省市重点项目投资', '亿元', 233.99, 0.6218, '超时序进度12.18个百分点'],
        ['一般公共预算收入', '亿元', 57.8, 0.5013, '超时序进度0.13个百分点'],
      ],
      'zh-CN',
      '2017-07-10',
    );
    const [projects] = report.evaluations;
    expect(projects.target).toBeNull();
    expect(projects.status).toBe('on_track');
  });

  it('tell a unit of the same kind at another scale (5亿元 in 万元, 1.2万人 in 万人) from another currency (3亿美元 in 亿元)', () => {
    const { report } = check(
      [
        ['2017年主要指标完成情况'],
        ['指标', '单位', '全年完成'],
        ['完成重点项目投资5亿元', '万元', 56000],
        ['利用外资3亿美元', '亿元', 21],
        ['城镇新增就业1.2万人', '万人', 1.1],
      ],
      'zh-CN',
      '2018-01-10',
    );
    const [invest, foreign, jobs] = report.evaluations;
    expect(invest.target?.value).toBe(50000);
    expect(invest.status).toBe('achieved');
    expect(foreign.target).toBeNull();
    expect(jobs.target?.value).toBe(1.2);
    expect(jobs.status).toBe('missed');
  });
});

describe('a task done, in words that go on', () => {
  it('is done: 已于9月1日前完工并全部投入使用, 目前已经全面竣工并交付使用', () => {
    const { report } = check(
      [
        ['民生实事项目', '年度目标', '完成情况'],
        ['校舍维修建设工程', '完成校舍维修', '已于9月1日前完工并全部投入使用。'],
        ['社区爱心食堂', '建成社区食堂1个', '已于9月底完工并于10月22日开业。'],
        ['文体活动中心', '建成活动中心', '目前已经全面竣工并交付使用'],
      ],
      'zh-CN',
      '2024-01-20',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'achieved']);
  });
});

describe('a growth target with a word of commitment', () => {
  it('is judged by the growth beside the amount (确保增长12%, 力争增长12%, 确保增长12%,奋斗增长14%)', () => {
    const { report } = check(
      [
        ['2023年1-5月主要经济指标完成情况'],
        ['指标', '2023年市下达目标', '1-5月完成', '同比增长'],
        ['规上工业增加值(亿元)', '确保增长12%,奋斗增长14%', 19.95, '17.8%'],
        ['规上工业总产值(亿元)', '力争增长12%', 97.74, '8.6%'],
      ],
      'zh-CN',
      '2023-06-10',
    );
    expect(report.evaluations.map((e) => e.actual?.value)).toEqual([0.178, 0.086]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'at_risk']);
  });
});

describe('the unit a number format shows', () => {
  it('is the row’s unit where nothing else gives one (#,##0"万元", 0"人", "£"#,##0.00, [$¥-804])', () => {
    expect(unitOfFormat('#,##0"万元"')).toBe('万元');
    expect(unitOfFormat('0"人"')).toBe('人');
    expect(unitOfFormat('"第"0"名"')).toBe('名');
    expect(unitOfFormat('"£"#,##0.00')).toBe('£');
    expect(unitOfFormat('[$€-407]#,##0')).toBe('€');
    expect(unitOfFormat('[$¥-804]#,##0')).toBe('元');
    expect(unitOfFormat('$#,##0_);($#,##0)')).toBe('$');
    expect(unitOfFormat('[$-409]#,##0.00')).toBeNull();
    expect(unitOfFormat('#,##0.00')).toBeNull();
    expect(unitOfFormat('"$"#,##0', 'Number of projects completed')).toBeNull();
    expect(unitOfFormat('0.0%')).toBeNull();
    expect(unitOfFormat('0.0"%"')).toBeNull();
    expect(unitOfFormat('0.0"左右"')).toBeNull();
    const grid = {
      name: 'Sheet1',
      originRow: 1,
      originCol: 1,
      values: [
        ['Measure', 'Target', 'Actual'],
        ['Total running costs', 800000, 772799],
        ['财政收入', 800, 772],
      ] as CellValue[][],
      numberFormats: [
        [null, null, null],
        [null, '"£"#,##0.00', '"£"#,##0.00'],
        [null, '#,##0"万元"', '#,##0"万元"'],
      ],
      merges: [],
    };
    const { report } = runCheck({ sources: [{ grid }], lang: 'en-US', date: '2024-01-20' });
    expect(report.evaluations.map((e) => e.indicator.measureUnit)).toEqual(['£', '万元']);
    expect(report.narrative.map((b) => b.text).join('\n')).toContain('£772,799');
  });
});
