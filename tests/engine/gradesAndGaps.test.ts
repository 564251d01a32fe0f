/**
 * Targets and verdicts as offices write them beside the figures: a grade set as the target and met by the
 * same or a better one, a monthly table's 达预期, the signs ≧ ≦ of Chinese input methods, a gap to a
 * target the row does not give told in the notes, a budget paper's expected outcome for a year, a warning
 * barometer's levels, "On-target", the 惠民实事 heading, a total named in the category column, and a
 * budget book's year ahead whose results are dashes.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date = '2024-12-31', lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date }).report;
}

const statusOf = (report: ReturnType<typeof check>, name: string) =>
  report.evaluations.find((e) => e.indicator.name === name)?.status;

describe('a grade set as the target', () => {
  it('is met by the same grade or a better one on the scale both are on', () => {
    const report = check(
      [
        ['Performance indicators 2023/24'],
        ['Measure', 'Target 2023/24', 'Actual 2023/24'],
        ['Ofsted rating of children’s services', 'Good', 'Outstanding'],
        ['CQC rating of the care homes', 'Good or better', 'Requires improvement'],
        ['External evaluation of educational performance', 'Confident', 'Highly Confident'],
        ['Self-assessment of governance', 'Highly confident', 'Confident'],
        ['Long-term credit rating', 'AA', 'AA+'],
        ['Energy rating of council homes', 'C or better', 'B'],
        ['Care Inspectorate grade for care at home', 'Good', 'Very Good'],
      ],
      '2024-03-31',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.indicator.name, e.status])).toEqual([
      ['Ofsted rating of children’s services', 'achieved'],
      ['CQC rating of the care homes', 'missed'],
      ['External evaluation of educational performance', 'achieved'],
      ['Self-assessment of governance', 'missed'],
      ['Long-term credit rating', 'achieved'],
      ['Energy rating of council homes', 'achieved'],
      ['Care Inspectorate grade for care at home', 'achieved'],
    ]);
    expect(report.evaluations[0]).toMatchObject({ targetText: 'Good', actualText: 'Outstanding' });
  });

  it('reads 考核等次 in the standard layout, short of the grade missed at the year’s end', () => {
    const report = check([
      ['2024年考核指标完成情况'],
      ['序号', '指标名称', '目标值', '完成值'],
      [1, '年度绩效考核等次', '良好以上', '优秀'],
      [2, '文明单位测评等级', '优秀', '合格'],
      [3, '企业信用等级', 'AA级', 'AAA级'],
      [4, '安全生产考核', '合格', '基本合格'],
    ]);
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'missed', 'achieved', 'missed']);
  });

  it('leaves two letters alone unless the name says they are grades', () => {
    const report = check(
      [['Plan 2024'], ['Measure', 'Target', 'Actual'], ['Hospital site', 'A', 'B']],
      '2024-12-31',
      'en-US',
    );
    expect(report.evaluations[0].status).not.toMatch(/achieved|missed/);
  });
});

describe('a monthly table of key work: 完成状态 达预期 / 未达预期', () => {
  it('reads 达预期 as on track before the year’s end and 未达预期 as behind', () => {
    const report = check(
      [
        ['市体育局2024年9月市政府重点工作完成情况'],
        ['序号', '重点工作目标任务', '责任单位', '进展情况', '完成状态'],
        [1, '办好全市运动会。', '市体育局', '运动会已于5月18日开幕，分项赛4项已举办。', '达预期'],
        [2, '新建社区健身设施。', '市体育局', '已完成选址，尚未开工。', '未达预期'],
      ],
      '2024-10-08',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'behind']);
  });
});

describe('the signs ≧ and ≦ typed by Chinese input methods', () => {
  it('read as ≥ and ≤: a 绩效目标申报表 whose targets are written with them is read', () => {
    const rows: CellValue[][] = [
      ['项目支出绩效目标申报表'],
      ['(2024 年度)'],
      ['项目名称', '国家基本公共卫生服务项目'],
      ['主管部门及代码', null, null, '实施单位', '卫健委'],
      ['项目属性', '滚动项目', null, '项目期', '长期'],
      ['项目金额(万元)', '年度资金总额', null, null, '2279.048 万元'],
      [null, '其中:财政投款', null, null, '2279.048 万元'],
      [null, '其他资金'],
      ['总体 目标', '针对城乡居民存在的主要健康问题，面向全体居民免费提供最基本的公共卫生服务。'],
      ['绩效 指标', '一级 指标', '二级指标', '三级指标', '指标值'],
      [null, '产出 指标', '数量指标', '适龄儿童国家免疫规划疫苗接种率', '≧90%'],
      [null, null, null, '7 岁以下儿童健康管理率', '≧85%'],
      [null, null, '成本指标', '人均服务成本(元)', '≦89'],
    ];
    const merges = ['A1:E1', 'A2:E2', 'B3:E3', 'B4:C4', 'B5:C5', 'A6:A8', 'B6:D6', 'B7:D7', 'B8:D8', 'B9:E9'];
    const report = runCheck({
      sources: [
        sourceFromRows('绩效目标申报表', rows, { merges: [...merges, 'A10:A13', 'B11:B13', 'C11:C12'] }),
      ],
      lang: 'zh-CN',
      date: '2024-12-31',
    }).report;
    expect(report.evaluations.map((e) => [e.indicator.name, e.comparator, e.target?.value])).toEqual([
      ['适龄儿童国家免疫规划疫苗接种率', 'at_least', 0.9],
      ['7 岁以下儿童健康管理率', 'at_least', 0.85],
      ['人均服务成本(元)', 'at_most', 89],
    ]);
  });
});

describe('a gap to a target the row does not give, told in the notes', () => {
  const rows: CellValue[][] = [
    ['2024年就业再就业工作主要指标完成情况'],
    ['序号', '指  标', '单位', '全年完成', '完成年计划(%)', '备  注'],
    [1, '新增就业', '万人', 1.14, 106.5, null],
    [2, '城镇登记失业率', '%', 2.56, null, '控制在2.56%内,比既定的目标低0.74个百分点'],
    [3, '城镇调查失业率', '%', 3.1, null, '低于市计划的0.7个百分点'],
    [4, '农村劳动力转移就业率', '%', 61, null, '低于省下达目标2个百分点'],
  ];

  it('is met on the better side of it by the indicator’s direction, else missed', () => {
    const report = check(rows);
    expect(statusOf(report, '城镇登记失业率')).toBe('achieved');
    expect(statusOf(report, '城镇调查失业率')).toBe('achieved');
    expect(statusOf(report, '农村劳动力转移就业率')).toBe('missed');
  });
});

describe('a budget paper’s expected outcome for a year', () => {
  it('is the year’s result as far as it is known, weighed against that year’s target', () => {
    const report = check(
      [
        ['DEPARTMENT OF ENVIRONMENT AND PRIMARY INDUSTRIES'],
        [
          'Major Outputs/Deliverables\nPerformance measures',
          'unit of\nmeasure',
          '2013-14\nTarget',
          '2012-13\nExpected\nOutcome',
          '2012-13\nTarget',
          '2011-12\nActual',
        ],
        ['Quantity'],
        [
          'Estimated net reduction in total load of nitrogen and phosphorus',
          'number (tonnes)',
          11,
          8.6,
          17.5,
          18.7,
        ],
        [
          'Length of river where works have been undertaken to stabilise bank erosion',
          'km',
          100,
          9,
          40,
          65.9,
        ],
      ],
      '2013-05-07',
      'en-US',
    );
    expect(report.evaluations.map((e) => [e.actual?.value, e.target?.value])).toEqual([
      [8.6, 17.5],
      [9, 40],
    ]);
    for (const e of report.evaluations) expect(['behind', 'at_risk', 'missed']).toContain(e.status);
  });
});

describe('a warning barometer’s levels (能耗双控晴雨表)', () => {
  it('reads 一级预警 as at risk, 二级预警 as behind and 三级预警 as on track', () => {
    const report = runCheck({
      sources: [
        sourceFromRows('前三季度', [
          ['各地区2020年前三季度能耗双控目标完成情况晴雨表'],
          ['序号', '地区', '能耗强度降低\n预警等级', '能耗总量控制\n预警等级'],
          [1, '北京', '三级预警', '三级预警'],
          [2, '内蒙古', '一级预警', '一级预警'],
          [3, '辽宁', '一级预警', '三级预警'],
          [4, '广东', '二级预警', '三级预警'],
        ]),
      ],
      lang: 'zh-CN',
      date: '2020-11-10',
    }).report;
    const statuses = report.evaluations.map((e) => `${e.indicator.org ?? e.indicator.name}:${e.status}`);
    expect(statuses).toEqual(
      expect.arrayContaining(['北京:on_track', '内蒙古:at_risk', '辽宁:at_risk', '广东:behind']),
    );
    expect(report.evaluations).toHaveLength(8);
  });
});

describe('the result “On-target”, hyphenated', () => {
  it('is on track, as “On target” is', () => {
    const report = check(
      [
        ['2014 Annual Policing Plan – Q3 Results'],
        ['Performance measure', 'Target', 'Result'],
        ['Senior abuse cases reviewed', 'Produce year-end report on senior abuse', 'On-target'],
        ['Traffic safety reviews completed', 'Complete four reviews', 'Off-target'],
      ],
      '2014-10-20',
      'en-US',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'behind']);
  });
});

describe('the year’s practical projects headed 惠民实事 or 实事内容', () => {
  it('name the rows by that column', () => {
    const report = check(
      [
        ['2021年市政府工作报告10件惠民实事完成情况'],
        ['序号', '惠民实事', '目标任务', '完成情况'],
        [1, '促进城乡就业', '全年城镇新增就业13万人。', '城镇新增就业17.19万人。'],
        [2, '改善办学条件', '新建改扩建中小学校2所。', '新建改扩建中小学校2所。'],
      ],
      '2021-12-17',
    );
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual(['促进城乡就业', '改善办学条件']);
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved']);
  });
});

describe('a total row named in the category column (合计 | 省重大工程项目)', () => {
  it('is the table’s total, not one of its indicators', () => {
    const rows: CellValue[][] = [
      ['贵州省重大工程项目1—8月完成投资情况'],
      ['单位:亿元'],
      ['分 类', '项 目', '1—8月完成投资', '占年度计划(%)'],
      ['合计', '省重大工程项目', 4993.34, 68.8],
      ['分地区', '贵阳市', null, 76.8],
      [null, '黔西南州', null, 72.7],
      ['分阶段', '新开工项目', 1041.2, 64.5],
      [null, '续建项目', 3952.1, 70.1],
    ];
    const report = runCheck({
      sources: [sourceFromRows('1—8月', rows, { merges: ['A1:D1', 'A2:D2', 'A5:A6', 'A7:A8'] })],
      lang: 'zh-CN',
      date: '2024-09-10',
    }).report;
    expect(report.evaluations.map((e) => e.indicator.name)).toEqual([
      '贵阳市',
      '黔西南州',
      '新开工项目',
      '续建项目',
    ]);
  });
});

describe('a budget book’s years side by side, the year ahead’s results dashed', () => {
  it('judges the latest year whose results are in', () => {
    const rows: CellValue[][] = [
      ['Emergency Management Division'],
      [null, 'FY 2019', null, 'FY 2020', null, 'FY 2021', null, 'FY 2022'],
      [null, 'Target', 'Actual', 'Target', 'Actual', 'Target', 'Actual', 'Target', 'Actual'],
      ['9-1-1 sessions handled', 95000, 97610, 98000, 93608, 98000, 93175, 98000, '--'],
      ['Non-emergency sessions handled', 365000, 359884, 360000, 303752, 310000, 215230, 300000, '--'],
      [
        'Radio push to talk transactions',
        6000000,
        6511413,
        6500000,
        6253814,
        4000000,
        4399058,
        4500000,
        '--',
      ],
    ];
    const report = runCheck({
      sources: [
        sourceFromRows('Emergency Management', rows, { merges: ['B2:C2', 'D2:E2', 'F2:G2', 'H2:I2'] }),
      ],
      lang: 'en-US',
      date: '2021-07-01',
      yearStart: 7,
    }).report;
    expect(report.evaluations.map((e) => [e.actual?.value, e.target?.value, e.status])).toEqual([
      [93175, 98000, 'missed'],
      [215230, 310000, 'missed'],
      [4399058, 4000000, 'achieved'],
    ]);
  });
});
