/**
 * A plan's execution table that gives each result as its amount and its growth (全年完成 › 实绩 | 增速), and a
 * 绩效自评表 whose reasons column explains a shortfall, whose slot labels lost their colon and whose year is
 * in the title above its form blocks.
 */
import { runCheck, type CellValue } from '../../src/engine';
import { headerRoles } from '../../src/engine/read/headerWords';
import { withoutListNumber } from '../../src/engine/core/text';
import { sourceFromRows } from '../support/grids';

function check(rows: CellValue[][], date: string, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return runCheck({ sources: [sourceFromRows('Sheet1', rows)], lang, date }).report;
}

describe('a result told as its amount and its growth (全年完成 › 实绩 | 增速)', () => {
  const rows: CellValue[][] = [
    ['2013年国民经济和社会发展主要指标完成情况'],
    ['指标名称', '目标', '全年完成', null, '统计口径'],
    [null, null, '实绩', '增速', null],
    ['地区生产总值', '增长9%', '287.32亿元', '增长6.0%', '实际管辖'],
    ['第三产业增加值占地区生产总值比重', '72%以上', '73.2%', '增加1.2个百分点', '实际管辖'],
    ['公共财政收入', '增长8%', '10.99亿元', '增长15.1%', '实际管辖'],
    ['固定资产投资', '增长12%', '114.99亿元', '增长12.0%', null],
  ];

  it('judges a growth target by the growth and a share’s level by the level', () => {
    const r = check(rows, '2014-04-21');
    expect(r.evaluations.map((e) => [e.actual?.value, e.status])).toEqual([
      [0.06, 'missed'],
      [0.732, 'achieved'],
      [0.151, 'achieved'],
      [0.12, 'achieved'],
    ]);
  });

  it('judges every row by the growth where every target is a growth', () => {
    const growthOnly = rows.filter((_, i) => i !== 4);
    const r = check(growthOnly, '2014-04-21');
    expect(r.evaluations.map((e) => e.actual?.value)).toEqual([0.06, 0.151, 0.12]);
  });
});

describe('a 绩效自评表’s reasons for a shortfall (偏差原因分析及改进措施)', () => {
  const rows: CellValue[][] = [
    ['项目支出绩效自评表(2019年度)'],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    [
      '产出指标',
      '数量指标',
      '指标1工程资金金额',
      43.2,
      37.24,
      10,
      9,
      '已完工，剩余3%尾款未付，且最高限价低于预算金额。',
    ],
    [null, '质量指标', '指标1工程完工率', 100, 100, 10, 10, null],
    [null, '时效指标', '指标1项目完成及时率', 100, 100, 10, 10, '未完成'],
  ];

  it('are the rows’ notes, quoted with the shortfall in the problems section', () => {
    expect(headerRoles('偏差原因分析及改进措施').map((x) => x.role)).toEqual(['notes']);
    expect(headerRoles('偏差及原因分析').map((x) => x.role)).toEqual(['notes']);
    expect(headerRoles('未完成原因分析及改进措施').map((x) => x.role)).toEqual(['notes']);
    const zh = check(rows, '2020-03-01');
    expect(zh.evaluations.map((e) => e.status)).toEqual(['missed', 'achieved', 'achieved']);
    const text = zh.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('工程资金金额未完成年度目标');
    expect(text).toContain('填报说明：“已完工，剩余3%尾款未付，且最高限价低于预算金额”。');
    const en = check(rows, '2020-03-01', 'en-US')
      .narrative.map((b) => b.text)
      .join('\n');
    expect(en).toContain('The office\'s note: "已完工，剩余3%尾款未付，且最高限价低于预算金额".');
  });

  it('quotes a long commentary by its first sentences, marked as cut, and no verdict at all', () => {
    const long =
      'Recruitment to the two vacant posts was delayed until October. Both officers are now in post and the backlog is being cleared. ' +
      'We expect to be back within target by the end of the fourth quarter, subject to demand over the winter months.';
    const rows: CellValue[][] = [
      ['Performance report 2023/24'],
      ['Measure', 'Target', 'Actual', 'Commentary'],
      ['Planning applications decided (number)', 400, 310, long],
      ['Complaints answered', 120, 90, 'Missed'],
    ];
    const text = check(rows, '2024-05-01', 'en-US')
      .narrative.map((b) => b.text)
      .join('\n');
    expect(text).toContain(
      'The office\'s note: "Recruitment to the two vacant posts was delayed until October. Both officers are now in post and the backlog is being cleared…".',
    );
    expect(text).not.toContain('The office\'s note: "Missed"');
  });

  it('reads a target over last year’s (超上年2%) as a growth, not a level of 2%', () => {
    const rows: CellValue[][] = [
      ['2021年项目支出绩效自评表'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标', '质量指标', '特殊人群健康管理率', '超上年2%', '65%'],
      [null, null, '门诊人次', '超过上年度5%', '12000人次'],
    ];
    const r = check(rows, '2022-03-01');
    expect(r.evaluations.map((e) => [e.kind, e.target?.value])).toEqual([
      ['growth', 0.02],
      ['growth', 0.05],
    ]);
  });

  it('names a row by its measure where the slot label lost its colon (指标1工程完工率)', () => {
    expect(withoutListNumber('指标1工程完工率')).toBe('工程完工率');
    expect(withoutListNumber('指标 2：学生满意度')).toBe('学生满意度');
    // A name that only starts with the word keeps it.
    expect(withoutListNumber('指标体系建设')).toBe('指标体系建设');
  });

  it('takes the year from the title above the form’s blocks, where the line nearest the table names none', () => {
    const form: CellValue[][] = [
      ['银川市本级部门项目支出绩效自评表(2021年)'],
      ['项目名称', '初中公用经费'],
      ['年度总体目标', '年初设定目标', null, '年度总体目标完成情况'],
      [null, '保障学校正常工作运行', null, null],
      ['一级指标', '二级指标', '三级指标', '指标值(A)', '全年实际值(B)', '得分'],
      ['项目产出', '数量指标', '保障人数', 1500, 1520, 10],
      [null, '质量指标', '公用经费标准', 850, 850, 10],
    ];
    const r = check(form, '2022-03-18');
    expect(r.options.year).toBe(2021);
    expect(r.title).toContain('2021年');
  });
});
