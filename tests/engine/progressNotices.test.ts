/**
 * A 督查 notice's list of targets not on pace, set out as a table: each result beside how far it falls
 * short (与目标比较: 低于目标0.9个百分点), a result that gives the share of the year's target done
 * (完成年度目标的53.3%), and verdicts that say how far from the pace (低于序时进度2个百分点).
 */
import { runCheck, type CellValue } from '../../src/engine';
import { notApplicableReason } from '../../src/engine/core/grammar';
import { statusWord } from '../../src/engine/read/cellKinds';
import { headerRoles } from '../../src/engine/read/headerWords';
import { sourceFromRows } from '../support/grids';

function evaluations(rows: CellValue[][]) {
  return runCheck({ sources: [sourceFromRows('前三季度', rows)], lang: 'zh-CN', date: '2019-10-20' }).report
    .evaluations;
}

describe('a list of targets not on pace', () => {
  const rows = (comparison: string): CellValue[][] => [
    ['《政府工作报告》重点目标任务前三季度落实情况'],
    ['序号', '指标', '前三季度完成情况', comparison],
    [1, '地区生产总值', '增长6.1%', '低于目标0.9个百分点'],
    [2, '一般公共预算收入', '增长3.9%', '低于目标11.1个百分点'],
    [3, '实际利用外资', '实际到资3.73亿美元,完成年度目标的53.3%', '低于目标21.7个百分点'],
  ];

  it('reads a comparison with the target, however it is said, as the gap to it', () => {
    for (const heading of ['与目标比较', '与目标相比', '与年度目标对比']) {
      expect([heading, headerRoles(heading)[0]?.role]).toEqual([heading, 'gap']);
      const e = evaluations(rows(heading));
      expect(e.map((x) => [x.indicator.row, x.status])).toEqual([
        [3, 'behind'],
        [4, 'at_risk'],
        [5, 'behind'],
      ]);
      // The target the gap gives: 6.1% + 0.9 points.
      expect(e[0].target?.value).toBeCloseTo(0.07, 10);
    }
  });

  it('does not read the share of the year’s target done as the verdict that the target was met', () => {
    const e = evaluations(rows('与目标比较'))[2];
    expect(e.sourceStatus ?? null).toBeNull();
    expect(statusWord('完成年度目标')).toBe('achieved');
  });
});

describe('a verdict on the pace with how far from it', () => {
  it.each([
    ['低于序时进度2个百分点', 'behind'],
    ['滞后序时进度5个百分点', 'behind'],
    ['超序时进度3.2个百分点', 'on_track'],
    ['高于时间进度0.5%', 'on_track'],
    ['低于序时进度', 'behind'],
  ])('%s is %s', (text, status) => {
    expect(statusWord(text)).toBe(status);
  });
});

describe('a year’s task list with its parts and a budget’s execution', () => {
  it('reads the whole task done in words as done, and a numbered item over its sub-items as their heading', () => {
    const rows: CellValue[][] = [
      ['2020年全市乡村振兴“挂图作战”指标完成情况'],
      ['序号', '指  标', '单位', '全年任务', '完成情况', '备  注'],
      [1, '生活污水处理设施建设', '个村', 770, '已全部建设完成', '提前完成全年任务'],
      [2, '农村集体产权制度改革', '个村', 1392, '已全部完成改革任务', '提前完成全年任务'],
      [3, '家庭农场“百千万工程”'],
      [null, '(1)新创建示范家庭农场', '个', 80, 95, '超额完成19%'],
      [null, '(2)新增农户家庭农场', '个', 271, 310, '超额完成14%'],
      [4, '高标准农田建设', '万亩', 25, 25.25, '超额完成1%'],
    ];
    const e = runCheck({ sources: [sourceFromRows('指标', rows)], lang: 'zh-CN', date: '2020-12-31' }).report
      .evaluations;
    expect(e.map((x) => [x.indicator.row, x.status, x.indicator.category])).toEqual([
      [3, 'achieved', null],
      [4, 'achieved', null],
      [6, 'achieved', '家庭农场“百千万工程”'],
      [7, 'achieved', '家庭农场“百千万工程”'],
      [8, 'achieved', '家庭农场“百千万工程”'],
    ]);
  });

  it('takes the share of the year’s budget done as the completion, not the share of a total', () => {
    expect(headerRoles('完成年度\n预算%')[0]?.role).toBe('completion');
    const rows: CellValue[][] = [
      ['海口市2021年9月份财政收支情况'],
      ['项  目', '当月完成', '增减%', '累计完成', '增减%', '占比%', '完成年度\n预算%'],
      ['  地方一般公共预算收入', 13.1, -34.4, 158.9, 30.8, null, 82.7],
      ['    其中:地方税收收入', 11.1, -5.5, 137.4, 42.6, 86.5, 86.6],
      ['          非税收入', 2.1, -74.9, 21.4, -14.6, 13.5, 63.5],
      ['  其中:民生支出', null, null, 138.3, 11.1, 65.8],
    ];
    const e = runCheck({ sources: [sourceFromRows('9月份', rows)], lang: 'zh-CN', date: '2021-10-15' }).report
      .evaluations;
    expect(e.map((x) => [x.indicator.row, x.completion, x.status])).toEqual([
      [3, 0.827, 'on_track'],
      [4, 0.866, 'on_track'],
      [5, 0.635, 'behind'],
      [6, null, 'not_rated'],
    ]);
  });
});

describe('the last rows of a plan’s table, in words that read like headings', () => {
  it('stay rows of the table, not the headings of another', () => {
    const rows: CellValue[][] = [
      ['2023年主要指标完成情况'],
      ['指标名称', '2023年预期目标', '2023年完成情况(预计)'],
      ['地方一般公共预算收入', '增长5%', '增长0.8%'],
      ['全社会固定资产投资', '365亿元', '380亿元'],
      ['城镇居民人均可支配收入', '与经济增长基本同步', '预计与经济增长基本同步'],
      ['单位地区生产总值能耗降低率', '完成市级下达目标', '预计完成市级下达目标'],
    ];
    const r = runCheck({ sources: [sourceFromRows('主要指标', rows)], lang: 'zh-CN', date: '2023-12-20' });
    expect(r.readings.filter((x) => x.kind === 'table')).toHaveLength(1);
    expect(r.report.evaluations.map((e) => e.indicator.row)).toEqual([3, 4, 5, 6]);
  });
});

describe('a district’s results told as an amount and as its growth', () => {
  it('judges each row by the one its target asks for, its words where the amount is left blank', () => {
    const rows: CellValue[][] = [
      ['2019年主要指标完成情况'],
      ['指标名称', '2019年预期目标\n(增速)', '2019年完成情况(预计)'],
      [null, null, '绝对值', '增速'],
      ['地区生产总值', 0.078, '1450亿元', 0.08],
      ['地方一般公共预算收入', 0.06, '140.7亿元', 0],
      ['实施重大项目', '190项', '198项'],
      ['城镇居民人均可支配收入', '增长与经济增长基本同步', null, '完成'],
      ['单位地区生产总值能耗降低率', '完成市级下达目标', '-', '预计完成市级下达目标'],
      ['单位地区生产总值二氧化碳排放降低率', '市级未下达目标'],
    ];
    const formats = rows.map((row, r) =>
      row.map((v, c) => (r >= 3 && typeof v === 'number' && c !== 0 ? '0.0%' : null)),
    );
    const r = runCheck({
      sources: [sourceFromRows('主要指标', rows, { formats, merges: ['A2:A3', 'B2:B3', 'C2:D2'] })],
      lang: 'zh-CN',
      date: '2019-12-24',
    });
    // (Estimated in December, before the year's end: on track or at risk, not yet achieved or missed.)
    expect(r.readings.filter((x) => x.kind === 'table')).toHaveLength(1);
    expect(
      r.report.evaluations.map((e) => [
        e.indicator.row,
        e.actual?.value ?? null,
        e.status,
        e.notRated ?? null,
      ]),
    ).toEqual([
      [4, 0.08, 'on_track', null],
      [5, 0, 'at_risk', null],
      [6, 198, 'on_track', null],
      [7, null, 'achieved', null],
      [8, null, 'achieved', null],
      [9, null, 'not_rated', 'no-target'],
    ]);
  });
});

describe('a column of the pace beside the results', () => {
  const rows = (pace: string, value: CellValue): CellValue[][] => [
    ['序号', '指标', '单位', '年度目标', '累计完成', '完成率', pace],
    [1, '地区生产总值', '亿元', 1200, 850, '70.8%', value],
    [2, '固定资产投资', '亿元', 400, 310, '77.5%', value],
  ];

  it.each<[string, CellValue]>([
    ['序时进度', '75%'],
    ['时间进度', '75%'],
    ['序时进度', 0.75],
    ['时间进度(%)', 75],
  ])('%s over %j in every row is the share of the year gone, never a figure due to date', (pace, value) => {
    const r = runCheck({
      sources: [sourceFromRows('S', rows(pace, value))],
      lang: 'zh-CN',
      date: '2019-12-20',
    });
    expect(r.period).toEqual({ kind: 'month', month: 9 });
    // 75% of 1200 and of 400 due; not 0.75 due (ahead), nor the whole year's (missed).
    expect(r.report.evaluations.map((e) => [e.expected, e.status])).toEqual([
      [900, 'behind'],
      [300, 'on_track'],
    ]);
  });

  it('reads the points from the pace and the traffic lights as their columns (进度差 | 红黄绿灯)', () => {
    expect(headerRoles('进度差')[0]?.role).toBe('gap');
    expect(headerRoles('与序时进度差(个百分点)')[0]?.role).toBe('gap');
    expect(headerRoles('红黄绿灯')[0]?.role).toBe('status');
    expect(headerRoles('亮灯情况')[0]?.role).toBe('status');
  });
});

describe('a result beside its growth in a column of its own', () => {
  const rows: CellValue[][] = [
    ['2024年1-9月主要经济指标完成情况'],
    ['序号', '指标名称', '单位', '年度目标', '1-9月完成', '增速(%)', '备注'],
    [1, '地区生产总值', '亿元', '增长6%左右', 1523.4, 5.2, null],
    [2, '规模以上工业增加值增速', '%', 7, null, 6.8, null],
    [3, '固定资产投资', '亿元', '增长8%', 880, -3.5, null],
    [4, '社会消费品零售总额', '亿元', '650', 470.2, 4.1, null],
    [5, '居民消费价格涨幅', '%', '3%左右', 0.4, null, null],
    [6, '一般公共预算收入完成率', '%', '95%', 0.96, null, null],
  ];

  it('judges a growth target by the growth, an amount by the amount, and a small number under % as per cent', () => {
    const r = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'zh-CN', date: '2024-10-20' });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.evaluations.map((e) => [e.indicator.row, e.actual?.value ?? null, e.status])).toEqual([
      // 5.2 % against about 6 %; 6.8 % against 7 %; a fall of 3.5 % against growth of 8 %.
      [3, 0.052, 'behind'],
      [4, 0.068, 'behind'],
      [5, -0.035, 'at_risk'],
      // 470.2 of the 487.5 due by September.
      [6, 470.2, 'behind'],
      // 0.4 % under a ceiling of about 3 %; a completion of 96 % against 95 %.
      [7, 0.004, 'on_track'],
      [8, 0.96, 'on_track'],
    ]);
  });

  it('keeps the amounts where most targets are growths but one is an amount', () => {
    const three = [rows[0], rows[1], rows[2], rows[4], rows[5]];
    const r = runCheck({ sources: [sourceFromRows('S', three)], lang: 'zh-CN', date: '2024-10-20' });
    expect(r.report.evaluations.map((e) => [e.target?.value ?? null, e.actual?.value ?? null])).toEqual([
      [0.06, 0.052],
      [0.08, -0.035],
      [650, 470.2],
    ]);
  });
});

describe('the office’s forecast for the year’s end', () => {
  it.each([
    ['预计完成', 'on_track'],
    ['预计完成省下达目标', 'on_track'],
    ['有望完成全年任务', 'on_track'],
    ['预计难以完成', 'at_risk'],
    ['预计难以完成年度目标', 'at_risk'],
    ['完成有难度', 'at_risk'],
    ['稍有滞后', 'behind'],
    ['Expected to be met', 'on_track'],
    ['Unlikely to be achieved', 'at_risk'],
    ['On course', 'on_track'],
    ['At risk of not being met', 'at_risk'],
  ])('%s is %s', (text, status) => {
    expect(statusWord(text)).toBe(status);
  });

  it('is on track or at risk before the year is out, where the figures say nothing', () => {
    const rows: CellValue[][] = [
      ['2024年重点任务1-9月进展'],
      ['序号', '任务', '年度目标', '进展情况', '完成预测'],
      [1, '新增城镇就业', '3万人', null, '预计完成'],
      [2, '单位GDP能耗降低', '完成省下达目标', null, '预计完成省下达目标'],
      [3, '引进重大项目', '10个', '正在洽谈', '预计难以完成'],
    ];
    const r = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'zh-CN', date: '2024-10-20' });
    expect(r.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.evaluations.map((e) => e.status)).toEqual(['on_track', 'on_track', 'at_risk']);
  });
});

describe('a rating in words and a result not yet in', () => {
  it.each([
    ['Exceeds', 'achieved'],
    ['Meets Standard', 'achieved'],
    ['Does not meet', 'missed'],
    ['Mostly met', 'behind'],
  ])('%s is %s', (text, status) => {
    expect(statusWord(text)).toBe(status);
  });

  it.each([
    ['Data not available', 'not-due'],
    ['Awaiting data', 'not-due'],
    ['暂无数据', 'not-due'],
    ['Year end only', 'annual'],
  ])('%s is a result not yet in (%s)', (text, reason) => {
    expect(notApplicableReason(text)).toBe(reason);
  });
});

describe('a growth under the period’s heading beside the result', () => {
  it('answers the growth targets by the growth (年度目标 | 1-9月 › 完成值 · 完成年度目标% · 同比增长%)', () => {
    const rows: CellValue[][] = [
      ['2024年1-9月经济运行主要指标'],
      ['序号', '指标', '单位', '年度目标', '1-9月', null, null],
      [null, null, null, null, '完成值', '完成年度目标%', '同比增长%'],
      [1, '地区生产总值', '亿元', '增长6%', 1523, null, 5.2],
      [2, '社会消费品零售总额', '亿元', 650, 470.2, 72.3, 4.1],
      [3, '城镇居民人均可支配收入', '元', '增长6.5%', 38200, null, 5.9],
    ];
    const merges = ['E2:G2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'];
    const r = runCheck({
      sources: [sourceFromRows('S', rows, { merges })],
      lang: 'zh-CN',
      date: '2024-10-20',
    });
    expect(r.report.evaluations.map((e) => [e.kind, e.actual?.value, e.status])).toEqual([
      ['growth', 0.052, 'behind'],
      ['amount', 470.2, 'behind'],
      ['growth', 0.059, 'behind'],
    ]);
  });
});

describe('the figure beside its growth under the period (1-10月 › 绝对值 | 同比增长%)', () => {
  it.each(['绝对值', '总量', '数值'])(
    '"%s", merged or not, is the result, and the growth answers growth targets',
    (sub) => {
      const rows: CellValue[][] = [
        ['2024年1-10月主要经济指标完成情况'],
        ['指标名称', '单位', '年度目标', '1-10月', null, '全省排名'],
        [null, null, null, sub, '同比增长(%)', null],
        ['地区生产总值', '亿元', '增长6%', '1862.3', 5.6, '5'],
        ['规上工业增加值', '—', '增长8%', '—', 7.2, '3'],
        ['一般公共预算收入', '亿元', 150, '128.6', 3.2, '4'],
      ];
      for (const merges of [[], ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3']]) {
        const r = runCheck({
          sources: [sourceFromRows('S', rows, { merges })],
          lang: 'zh-CN',
          date: '2024-11-20',
        });
        expect(r.report.evaluations.map((e) => [e.indicator.name, e.actual?.value, e.status])).toEqual([
          ['地区生产总值', 0.056, 'behind'],
          ['规上工业增加值', 0.072, 'behind'],
          ['一般公共预算收入', 128.6, 'on_track'],
        ]);
      }
    },
  );
});

describe('a plan and its result, each as an amount and a growth (计划 › 绝对值 | 增长% beside 完成 › 绝对值 | 增长%)', () => {
  it('the plan’s growth is the target where the amount is not given, the result’s growth answers it', () => {
    const rows: CellValue[][] = [
      ['2024年1-9月计划执行情况'],
      ['指标名称', '单位', '2024年计划', null, '1-9月完成', null],
      [null, null, '绝对值', '增长%', '绝对值', '增长%'],
      ['地区生产总值', '亿元', 2100, 6, 1500, 5.4],
      ['研发经费投入增长', '%', '-', 10, '-', 8.2],
    ];
    const merges = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2'];
    const r = runCheck({
      sources: [sourceFromRows('S', rows, { merges })],
      lang: 'zh-CN',
      date: '2024-10-20',
    });
    expect(r.report.evaluations.map((e) => [e.kind, e.target?.value, e.actual?.value, e.status])).toEqual([
      ['amount', 2100, 1500, 'behind'],
      ['growth', 0.1, 0.082, 'behind'],
    ]);
  });

  it('a bracket saying the results are not final (完成情况(预计)) is no unit', () => {
    const rows: CellValue[][] = [
      ['2023年主要指标完成情况'],
      ['指标名称', '2023年预期目标', '2023年完成情况(预计)', null],
      [null, null, '绝对值', '增速'],
      ['全社会固定资产投资', 365, 380, '-'],
      ['实施重大项目', 215, 230, '-'],
    ];
    const merges = ['A2:A3', 'B2:B3', 'C2:D2'];
    const r = runCheck({
      sources: [sourceFromRows('S', rows, { merges })],
      lang: 'zh-CN',
      date: '2024-01-20',
    });
    expect(r.report.evaluations.map((e) => e.indicator.measureUnit ?? null)).toEqual([null, null]);
    expect(r.report.narrative.map((b) => b.text).join('\n')).not.toContain('预计，');
  });
});

describe('a result level with last year’s', () => {
  it('is a change of nothing against a target of growth or a fall (同比持平, 与上年持平)', () => {
    const rows: CellValue[][] = [
      ['2024年1-9月主要指标'],
      ['序号', '指标', '年度目标', '1-9月完成'],
      [1, 'PM2.5浓度', '下降5%', '同比持平'],
      [2, '外贸进出口', '增长5%', '与上年持平'],
    ];
    const r = runCheck({ sources: [sourceFromRows('S', rows)], lang: 'zh-CN', date: '2024-10-20' });
    expect(r.report.evaluations.map((e) => [e.kind, e.actual?.value, e.status])).toEqual([
      ['decrease', 0, 'at_risk'],
      ['growth', 0, 'at_risk'],
    ]);
  });
});

describe('a task behind, in the report’s words', () => {
  const rows: CellValue[][] = [
    ['2024年重点项目推进情况（截至6月底）'],
    ['序号', '项目名称', '年度目标', '目前进展'],
    [1, '石沱移民码头', '建成投用', '完成情况不够理想'],
    [2, '海陵路', '开工建设', '尚未开工'],
    [3, '兴华花园公共停车场', '建成投用', '正在推进'],
  ];

  it.each([
    ['zh-CN', ['石沱移民码头进度滞后', '海陵路尚未开始', '（一）石沱移民码头进度滞后。']],
    ['en-US', ['behind schedule: 石沱移民码头', 'not started: 海陵路', '(a) 石沱移民码头: behind schedule.']],
  ] as const)('%s: behind is "not started" only where the office’s words say so', (lang, phrases) => {
    const r = runCheck({ sources: [sourceFromRows('重点项目', rows)], lang, date: '2024-07-05' });
    const text = r.report.narrative.map((b) => b.text).join('\n');
    for (const phrase of phrases) expect(text).toContain(phrase);
    expect(text).not.toMatch(/石沱移民码头尚未开始|not started: 石沱移民码头|石沱移民码头: not started/);
  });
});

describe('a result told in words beside the share done', () => {
  it('stays in the table’s result column, as typed, while the share decides the status', () => {
    const rows: CellValue[][] = [
      ['2024年民生实事项目推进情况表（截至6月底）'],
      ['序号', '项目名称', '年度目标任务', '责任单位', '进展情况', '完成率'],
      [1, '新建改扩建幼儿园', '新建改扩建公办幼儿园10所', '市教育局', '已开工8所，竣工3所', '30%'],
      [2, '城镇老旧小区改造', '改造老旧小区50个', '市住建局', '已完成改造22个', '44%'],
    ];
    const r = runCheck({ sources: [sourceFromRows('民生实事', rows)], lang: 'zh-CN', date: '2024-07-10' });
    const table = r.report.tables.indicators;
    const actual = table.columns.findIndex((c) => c.key === 'actual');
    expect(table.rows.map((row) => row[actual])).toEqual(['已开工8所，竣工3所', '已完成改造22个']);
    expect(r.report.evaluations.map((e) => [e.completion, e.status])).toEqual([
      [0.3, 'at_risk'],
      [0.44, 'behind'],
    ]);
  });
});

describe('a short list of tasks under 类别 | 序号 | 目标任务 | 完成情况', () => {
  it('reads the tasks as the names and 类别, on a few of the rows, as their groups', () => {
    const rows: CellValue[][] = [
      ['《2023年政府工作报告》主要目标任务一季度完成情况'],
      ['类别', '序号', '目标任务', '一季度完成情况'],
      ['经济指标', 1, '地区生产总值', '完成情况较好'],
      [null, 2, '利用外资', '完成情况不够理想'],
      [null, 3, '固定资产投资增速', '完成情况不够理想'],
      ['重点项目', 1, '石沱移民码头', '完成情况不够理想'],
      [null, 2, '海陵路', '尚未开工'],
      [null, 3, '兴华花园公共停车场', '完成情况较好'],
    ];
    const e = runCheck({ sources: [sourceFromRows('一季度', rows)], lang: 'zh-CN', date: '2023-05-05' })
      .report.evaluations;
    expect(e.map((x) => [x.indicator.name, x.indicator.category, x.status])).toEqual([
      ['地区生产总值', '经济指标', 'on_track'],
      ['利用外资', '经济指标', 'behind'],
      ['固定资产投资增速', '经济指标', 'behind'],
      ['石沱移民码头', '重点项目', 'behind'],
      ['海陵路', '重点项目', 'behind'],
      ['兴华花园公共停车场', '重点项目', 'on_track'],
    ]);
  });
});

describe('a result written as the target itself', () => {
  it('is that figure, all of the target (5所 | 5所), and the report says so', () => {
    const rows: CellValue[][] = [
      ['序号', '项目', '年度目标', '完成情况'],
      [1, '新建幼儿园', '5所', '5所'],
      [2, '新增停车位', '2000个', '2150个'],
    ];
    const r = runCheck({ sources: [sourceFromRows('民生实事', rows)], lang: 'zh-CN', date: '2025-01-10' });
    const e = r.report.evaluations[0];
    expect([e.status, e.actual?.value, e.completion]).toEqual(['achieved', 5, 1]);
    expect(r.report.narrative.map((b) => b.text).join('\n')).toContain(
      '新建幼儿园完成5所，为年度目标5所的100.0%',
    );
  });
});

describe('rows with no year’s plan of their own, judged by the office’s comparison with the pace', () => {
  it('keep their figures: the amount done and the share of the plan', () => {
    const rows: CellValue[][] = [
      ['2022年全县重点建设项目1-8月投资完成情况'],
      [null, null, null, null, null, null, '单位:宗、亿元'],
      [
        '类  别',
        '项目数',
        '总投资',
        '年度投资计划',
        '1-8月累计完成投资',
        '完成年度计划投资(%)',
        '与序时进度比较',
      ],
      ['全县重点建设项目', 72, 2499, 190.7, 134.9, 70.78, null],
      ['  省、市重点建设项目', 29, null, null, 105.66, 82.2, '高于序时进度2.2个百分点'],
      ['  县重点建设项目', 43, null, null, 29.2, 47.1, '低于序时进度32.9个百分点'],
    ];
    const r = runCheck({ sources: [sourceFromRows('1-8月', rows)], lang: 'zh-CN', date: '2022-09-10' });
    const e = r.report.evaluations;
    expect(e.map((x) => [x.indicator.row, x.status, x.actual?.value ?? null, x.completion])).toEqual([
      [4, 'on_track', 134.9, expect.closeTo(0.7078, 4)],
      [5, 'on_track', 105.66, expect.closeTo(0.822, 4)],
      [6, 'behind', 29.2, expect.closeTo(0.471, 4)],
    ]);
    const text = r.report.narrative.map((b) => b.text).join('\n');
    // (单位:宗、亿元 over headings of investment: the amounts in 亿元.)
    expect(text).toContain('县重点建设项目完成29.2亿元，完成率为47.1%');
  });
});

describe('the furthest behind among rows told by their completion rate alone', () => {
  it('is named in the opening as the problems list names it first', () => {
    const rows: CellValue[][] = [
      ['2019年全省农村户用卫生厕所改(新)建任务完成情况'],
      ['(截至8月31日)'],
      ['市  州', '年度任务(万户)', '已完成(户)', '完成率(%)'],
      ['全  省', 101.5, 491441, 48.39],
      ['长沙市', null, null, 76.43],
      ['张家界市', null, null, 10.4],
      ['株洲市', null, null, 58.84],
    ];
    const r = runCheck({ sources: [sourceFromRows('进度', rows)], lang: 'zh-CN', date: '2019-09-04' });
    const text = r.report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('其中，张家界市进度最为滞后，落后序时进度');
    expect(text).toContain('（一）张家界市进度严重滞后');
  });
});

describe('a row with no result but its growth', () => {
  it('takes the growth as its result: against a target of growth, or shown where no target is set', () => {
    const withTargets: CellValue[][] = [
      ['主要经济指标完成情况（1-3月）'],
      ['指标', '单位', '年度目标', '1-3月完成', '同比增长(%)'],
      ['规模以上工业增加值', '%', '增长8%', null, 7.5],
      ['地区生产总值', '亿元', 200, 52.2, 4],
      ['固定资产投资', '亿元', 100, null, 6.4],
    ];
    const a = runCheck({ sources: [sourceFromRows('1-3月', withTargets)], lang: 'zh-CN', date: '2025-04-20' })
      .report.evaluations;
    expect(a.map((e) => [e.status, e.actual?.value ?? null])).toEqual([
      ['behind', 0.075],
      ['on_track', 52.2],
      // A growth says nothing of an amount's target: no data.
      ['no_data', null],
    ]);
    const noTargets: CellValue[][] = [
      ['郏县2025年1-3月份主要经济指标完成情况'],
      ['指标', '单位', '1-3月完成', '同比增长(%)'],
      ['地区生产总值', '亿元', 52.22, 4],
      ['规模以上工业增加值', null, null, 7.5],
    ];
    const b = runCheck({ sources: [sourceFromRows('1-3月', noTargets)], lang: 'zh-CN', date: '2025-04-20' })
      .report.evaluations;
    expect(b.map((e) => [e.status, e.notRated ?? null, e.actual?.value ?? null])).toEqual([
      ['not_rated', 'no-target', 52.22],
      ['not_rated', 'no-target', 0.075],
    ]);
  });
});

describe('a comparison with the year’s plan in points', () => {
  it('reads 比年度计划高20.3个百分点 as above the plan and 比年度计划低 as below it, like 持平 as level', () => {
    const rows: CellValue[][] = [
      ['2024年区级重点民生实事项目完成情况'],
      ['序号', '项目', '完成投资\n(亿元)', '与年度计划比'],
      [1, '城乡排水防洪设施建设', 5.04, '比年度计划高20.3个百分点'],
      [2, '城市交通缓堵保畅', 1.24, '比计划高76.6个百分点'],
      [3, '实施城区集中治丧', 0.4, '与年度计划持平'],
      [4, '农村电网巩固提升工程', 0.2, '比年度计划低5个百分点'],
    ];
    const e = runCheck({ sources: [sourceFromRows('完成情况', rows)], lang: 'zh-CN', date: '2025-01-15' })
      .report.evaluations;
    expect(e.map((x) => [x.indicator.row, x.status])).toEqual([
      [3, 'achieved'],
      [4, 'achieved'],
      [5, 'achieved'],
      [6, 'missed'],
    ]);
  });
});

describe('a list of works, each its own target', () => {
  it('shows no target beside a task that is its own target (its name says it once), and a target it names', () => {
    const rows: CellValue[][] = [
      ['2024年民生实事项目完成情况'],
      ['序号', '项目', '完成情况'],
      [1, '城市供水质量提升', '江南水厂正式运行，江北水厂完成工艺优化'],
      [2, '新建城市书房10个', '已建成12个'],
    ];
    const r = runCheck({ sources: [sourceFromRows('完成情况', rows)], lang: 'zh-CN', date: '2025-01-15' });
    const t = r.report.tables.indicators;
    const col = (key: string) => t.columns.findIndex((c) => c.key === key);
    const targets = t.rows.map((row) => row[col('target')]);
    expect(r.report.evaluations[0].targetText).toBe('城市供水质量提升');
    expect(targets[0]).toBeNull();
    expect(targets[1]).not.toBeNull();
  });
});
