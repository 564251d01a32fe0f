/**
 * The report states each target kind by its own rule, in both languages, through runCheck on small grids:
 * growth and decreases against the target growth (gap in percentage points), ceilings, floors (standards),
 * bands written out and "左右" bands, completion-only rows, milestones by their words, rows not rated with
 * their reason; tables show targets by kind and texts a figure was read from; countable pace targets are
 * shown whole; a year starting in April is named by both calendar years.
 */
import {
  parsePeriodCode,
  runCheck,
  toResultJson,
  type CellValue,
  type Lang,
  type ReportTable,
} from '../../src/engine';
import { headerRoles } from '../../src/engine/read/headerWords';
import { sourceFromRows } from '../support/grids';
import { expectNoJunk } from '../support/text';

/** A table read by evidence: a title, headings the standard layout does not know, rows of targets as written. */
function kindsGrid(rows: CellValue[][], lastHeader = '1-9月完成情况'): CellValue[][] {
  return [['2024年主要经济指标完成情况'], ['序号', '主要指标', '单位', '2024年目标', lastHeader], ...rows];
}

function check(rows: CellValue[][], lang: Lang, period = 'Q3', yearStart = 1) {
  const r = runCheck({
    sources: [sourceFromRows('表1', rows)],
    lang,
    date: '2024-10-08',
    period: parsePeriodCode(period),
    yearStart,
  });
  const text = r.report.narrative.map((b) => b.text).join('\n');
  return { report: r.report, text, json: toResultJson(r.report) };
}

/** The cell of the row named `name` in the column keyed `key`. */
function cell(t: ReportTable, name: string, key: string): CellValue {
  const nameCol = t.columns.findIndex((c) => c.key === 'name');
  const col = t.columns.findIndex((c) => c.key === key);
  const row = t.rows.find((r) => r[nameCol] === name);
  if (!row) throw new Error(`no row ${name}`);
  return row[col];
}

const GROWTH = kindsGrid([
  [1, '规上工业增加值', '%', '增长7%', '增长6.1%'],
  [2, '单位GDP能耗', '%', '下降3.4%', '下降2.1%'],
  [3, '固定资产投资', '%', '增长10%', '下降1.2%'],
]);

describe('growth and decreases: the growth to date against the target growth, the gap in points', () => {
  it('zh-CN says 增长6.1%，低于目标0.9个百分点', () => {
    const { text } = check(GROWTH, 'zh-CN');
    expect(text).toContain('规上工业增加值增长6.1%，低于目标0.9个百分点');
    expect(text).toContain('单位GDP能耗下降2.1%，降幅低于目标1.3个百分点');
    // A negative growth is a result, said as a fall.
    expect(text).toContain('固定资产投资下降1.2%，低于目标11.2个百分点');
    expect(text).not.toMatch(/为年度目标7(\.0)?%的/);
    expectNoJunk(text);
  });

  it('en-US says grew 6.1%, 0.9 percentage points below the 7% target', () => {
    const { text } = check(GROWTH, 'en-US');
    expect(text).toContain('规上工业增加值 grew 6.1%, 0.9 percentage points below the 7% target');
    expect(text).toContain('单位GDP能耗 fell 2.1%, 1.3 percentage points short of the targeted 3.4% fall');
    expect(text).toContain('固定资产投资 fell 1.2%, 11.2 percentage points below the 10% target');
    expectNoJunk(text);
  });

  it('tables show the target and the result as written, and the gap in points', () => {
    const zh = check(GROWTH, 'zh-CN').report.tables;
    expect(cell(zh.indicators, '规上工业增加值', 'target')).toBe('增长7%');
    expect(cell(zh.indicators, '规上工业增加值', 'actual')).toBe('增长6.1%');
    expect(cell(zh.indicators, '单位GDP能耗', 'target')).toBe('下降3.4%');
    expect(cell(zh.attention, '规上工业增加值', 'gapPoints')).toBe(0.9);
    expect(cell(check(GROWTH, 'en-US').report.tables.indicators, '规上工业增加值', 'target')).toBe(
      'growth of 7%',
    );
  });

  it('the JSON gives kind, comparator, targetText and actualText', () => {
    const { json } = check(GROWTH, 'zh-CN');
    const growth = json.indicators.find((i) => i.name === '规上工业增加值')!;
    expect(growth).toMatchObject({
      kind: 'growth',
      comparator: null,
      targetText: '增长7%',
      actualText: '增长6.1%',
      target: 0.07,
      actual: 0.061,
    });
    expect(json.indicators.find((i) => i.name === '单位GDP能耗')!.kind).toBe('decrease');
  });
});

const BOUNDS = kindsGrid([
  [1, '城镇登记失业率', '%', '控制在4.3%以内', '3.9%'],
  [2, '城镇调查失业率', '%', '控制在4.3%以内', '4.6%'],
  [3, '城乡居民最低生活保障标准', '元', '不低于60元', '65元'],
  [4, '地区生产总值增速', '%', '6.5%—7%', '6.8%'],
  [5, '服务业增加值增速', '%', '6.5%—7%', '6.1%'],
  [6, '一般公共预算收入', '%', '增长6.5%—7%', '增长7.5%'],
  [7, '地区生产总值', '%', '增长7%左右', '增长6.8%'],
  [8, '社会消费品零售总额', '%', '增长7%左右', '增长6.1%'],
]);

/** The phrase each row of BOUNDS gives, per language. */
const BOUND_PHRASES: Readonly<Record<Lang, readonly string[]>> = {
  'zh-CN': [
    '城镇登记失业率为3.9%，控制在4.3%以内',
    '城镇调查失业率为4.6%，超出4.3%的控制目标0.3个百分点',
    '城乡居民最低生活保障标准为65元，达到不低于60元的标准',
    '地区生产总值增速为6.8%，在6.5%—7%区间内',
    '服务业增加值增速为6.1%，低于6.5%—7%的目标区间',
    '一般公共预算收入增长7.5%，高于6.5%—7%的目标区间',
    '地区生产总值增长6.8%，符合7%左右的目标',
    '社会消费品零售总额增长6.1%，低于7%左右的目标',
  ],
  'en-US': [
    '城镇登记失业率 was 3.9%, kept within 4.3%',
    '城镇调查失业率 was 4.6%, 0.3 percentage points above the 4.3% ceiling',
    '城乡居民最低生活保障标准 was RMB 65, meeting the standard of at least RMB 60',
    '地区生产总值增速 was 6.8%, in the 6.5–7% band',
    '服务业增加值增速 was 6.1%, below the 6.5–7% band',
    '一般公共预算收入 grew 7.5%, above the 6.5–7% band',
    '地区生产总值 grew 6.8%, in line with the target of about 7%',
    '社会消费品零售总额 grew 6.1%, below the target of about 7%',
  ],
};

describe('ceilings, standards and bands', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    '%s: within a ceiling, a standard met, within, below and above a band',
    (lang) => {
      const { text } = check(BOUNDS, lang);
      for (const phrase of BOUND_PHRASES[lang]) expect(text).toContain(phrase);
      expectNoJunk(text);
    },
  );

  // An office writes > and < as often as ≥ and ≤ (> 80, 低于5%, "Less than 30 weeks."): the table and the
  // report say the bound as written; its own figure still meets it, as the offices that write so count it.
  const STRICT = kindsGrid([
    [1, '优良天数比例', '%', '> 80', '82%'],
    [2, '城镇调查失业率', '%', '< 5.5', '5.1%'],
    [3, '森林覆盖率', '%', '超过60%', '60%'],
    [4, '一般工业固体废物综合利用率', '%', '≥90%', '85%'],
    [5, '城市生活污水集中收集率', '%', '高于70%', '65%'],
  ]);
  const STRICT_PHRASES: Readonly<Record<Lang, readonly string[]>> = {
    'zh-CN': [
      '优良天数比例为82%，达到高于80%的标准',
      '城镇调查失业率为5.1%，低于5.5%的控制目标',
      '森林覆盖率为60%，达到60%的标准',
      '一般工业固体废物综合利用率为85%，未达到不低于90%的标准',
      '城市生活污水集中收集率为65%，未达到高于70%的标准，差5.0个百分点',
    ],
    'en-US': [
      '优良天数比例 was 82%, meeting the standard of more than 80%',
      '城镇调查失业率 was 5.1%, kept below 5.5%',
      '森林覆盖率 was 60%, meeting the 60% standard',
      '一般工业固体废物综合利用率 was 85%, 5.0 percentage points short of the standard of at least 90%',
      '城市生活污水集中收集率 was 65%, 5.0 percentage points short of the standard of more than 70%',
    ],
  };
  it.each(['zh-CN', 'en-US'] as const)('%s: a strict bound is shown and said as written', (lang) => {
    const { report, text, json } = check(STRICT, lang);
    for (const phrase of STRICT_PHRASES[lang]) expect(text).toContain(phrase);
    const shown = (name: string): CellValue => cell(report.tables.indicators, name, 'target');
    expect(shown('优良天数比例')).toBe(lang === 'zh-CN' ? '>80%' : 'more than 80%');
    expect(shown('城镇调查失业率')).toBe(lang === 'zh-CN' ? '<5.5%' : 'less than 5.5%');
    expect(shown('一般工业固体废物综合利用率')).toBe(lang === 'zh-CN' ? '≥90%' : 'at least 90%');
    const strict = Object.fromEntries(json.indicators.map((i) => [i.name, i.strict]));
    expect(strict).toEqual({
      优良天数比例: true,
      城镇调查失业率: true,
      森林覆盖率: true,
      一般工业固体废物综合利用率: false,
      城市生活污水集中收集率: true,
    });
    // The figure itself meets the bound: 60% against 超过60%.
    expect(json.indicators.find((i) => i.name === '森林覆盖率')!.status).toBe('on_track');
    expectNoJunk(text);
  });

  it.each(['zh-CN', 'en-US'] as const)(
    '%s: a growth held under its target (CPI) is within or over it, never short of it',
    (lang) => {
      const rows = kindsGrid([
        [1, '居民消费价格', '%', '涨幅控制在3%左右', '上涨2.1%'],
        [2, '工业生产者出厂价格', '%', '涨幅控制在3%以内', '上涨3.5%'],
      ]);
      const { text } = check(rows, lang, 'FY');
      if (lang === 'zh-CN') {
        expect(text).toContain('居民消费价格增长2.1%，控制在目标3%以内');
        expect(text).toContain('工业生产者出厂价格增长3.5%，超出控制目标0.5个百分点');
        expect(text).not.toContain('低于目标0.9个百分点');
      } else {
        expect(text).toContain('居民消费价格 grew 2.1%, within the 3% ceiling');
        expect(text).toContain('工业生产者出厂价格 grew 3.5%, 0.5 percentage points above the 3% ceiling');
      }
    },
  );

  it.each(['zh-CN', 'en-US'] as const)(
    '%s: a per cent beside an economy’s sum (增加值 | 6%以上) is its growth, a rate’s (失业率) its level',
    (lang) => {
      const rows: CellValue[][] = [
        ['表一 2021年上半年国民经济和社会发展主要目标完成情况'],
        ['指标名称', '年度目标', '上半年完成'],
        ['1.增加值', '6%以上', '16.7%'],
        ['2.社会消费品零售总额', '5%', '26.4%'],
        ['3.城镇调查失业率', '5.5%以内', '4.8%'],
      ];
      const { text, report } = check(rows, lang, 'Q2');
      expect(report.evaluations.map((e) => e.kind)).toEqual(['growth', 'growth', 'share']);
      if (lang === 'zh-CN') {
        expect(text).toContain('增加值增长16.7%，高于目标10.7个百分点');
        expect(text).toContain('社会消费品零售总额增长26.4%');
        expect(text).not.toContain('增加值为16.7%');
      } else {
        expect(text).toContain('增加值 grew 16.7%, 10.7 percentage points above the 6% target');
      }
    },
  );

  it.each(['zh-CN', 'en-US'] as const)(
    '%s: a projection of the year is said as one, and behind it is not yet missed',
    (lang) => {
      // (Made in October of the year: its end still ahead.)
      const rows: CellValue[][] = [
        ['2024年主要经济指标计划执行情况'],
        ['序号', '主要指标', '单位', '2024年计划', '2024年预计完成'],
        [1, '第一产业增加值', '亿元', 18, 18],
        [2, '固定资产投资', '亿元', 385, 300],
      ];
      const { text, report } = check(rows, lang, 'FY');
      expect(report.evaluations.map((e) => e.status)).toEqual(['on_track', 'at_risk']);
      if (lang === 'zh-CN') {
        expect(text).toContain('第一产业增加值预计完成18亿元，为年度目标18亿元的100.0%');
        expect(text).toContain('有1项目标任务进度滞后或未完成');
        expect(text).toContain('全年预计完成300亿元');
        expect(text).not.toContain('未完成年度目标，按差距');
      } else {
        expect(text).toContain('第一产业增加值 is projected to reach RMB 1.8 billion');
        expect(text).toContain('it is projected to reach RMB 30 billion');
      }
    },
  );

  it('a target written with its scale is read in the row’s unit: 5000万元 under 万元, 149.5 million under million passengers', () => {
    const rows = kindsGrid([
      [1, '固定资产投资', '万元', '5000万元', 4000],
      [2, '招商引资到位资金', '万元', '全年4亿', 32900],
      [3, 'Ridership', 'million passengers', 'Budget Forecast 149.5 million passengers', 145.2],
      [4, 'Revenue', '$ million', '$120 million', 80],
    ]);
    const zh = check(rows, 'zh-CN');
    expect(zh.report.evaluations.map((e) => [e.target?.value, e.actual?.value])).toEqual([
      [5000, 4000],
      [40000, 32900],
      [149.5, 145.2],
      [120, 80],
    ]);
    expect(zh.text).toContain('固定资产投资完成4000万元，为年度目标5000万元的80.0%');
    expect(zh.text).toContain('招商引资到位资金完成3.29亿元，为年度目标4亿元的82.3%');
    const en = check(rows, 'en-US').text;
    expect(en).toContain(
      'Ridership reached 145.2 million passengers, 97.1% of the annual target of 149.5 million passengers',
    );
    expect(en).toContain('Revenue reached $80 million, 66.7% of the annual target of $120 million');
  });

  it('zh-CN: a name that ends in its change takes its figure without 为, and a ceiling of about a figure is kept at it', () => {
    const { text } = check(
      kindsGrid([
        [1, '地区生产总值增长', '%', '6%左右', '5.2%'],
        [2, '居民消费价格涨幅', '%', '3%左右', '0.4%'],
        [3, '城镇调查失业率', '%', '5.5%以内', '5.1%'],
        [4, '一般公共预算收入增长', '%', '增长5%', '增长6.2%'],
      ]),
      'zh-CN',
    );
    expect(text).toContain('地区生产总值增长5.2%，比目标6%左右低0.8个百分点');
    // A growth said once: the name's 增长 is the change's word.
    expect(text).toContain('一般公共预算收入增长6.2%，高于目标1.2个百分点');
    expect(text).toContain('居民消费价格涨幅为0.4%，控制在3%左右；');
    expect(text).toContain('城镇调查失业率为5.1%，控制在5.5%以内');
    expect(text).not.toMatch(/增长为|左右以内|增长增长/);
  });

  it('a name is said beside its figures without its unit in brackets or its bound’s word, which the figures carry', () => {
    const rows = kindsGrid([
      [1, '城镇登记失业率低于(%)', '%', '4.3%', '4.2%'],
      [2, '开展农村青年技能培训(人)', '人', 400, 1255],
      [3, '减少农村贫困人口1000万以上', '万人', '1000万人以上', 1109],
      [4, '其他试验(水稻)', '组', 3, 3],
    ]);
    const zh = check(rows, 'zh-CN').text;
    expect(zh).toContain('城镇登记失业率为4.2%，控制在4.3%以内');
    expect(zh).toContain('开展农村青年技能培训完成1255人');
    // A bound after the target's figure, and brackets that hold no unit, stay.
    expect(zh).toContain('减少农村贫困人口1000万以上');
    expect(zh).toContain('其他试验(水稻)');
    expect(zh).not.toMatch(/\((?:%|人)\)|率低于为/);
    const en = check(rows, 'en-US').text;
    expect(en).toContain('城镇登记失业率 was 4.2%');
    expect(en).not.toContain('(人)');
  });

  it('a share that builds up over the year (预算执行率, council tax collected) is paced by its year’s target', () => {
    const rows = kindsGrid([
      [1, '预算执行率', '%', '100%', '72%'],
      [2, '项目资金到位率', '%', '100%', '60%'],
      [3, '收购价格执行率', '%', '100%', '99%'],
      [4, 'Council tax collected', '%', '97.5%', '80%'],
      [5, 'Rent collected as % due', '%', '101%', '97.86%'],
      [6, '% of Council Tax collected', '%', '24.5%', '30.5%'],
    ]);
    const q3 = check(rows, 'zh-CN').report.evaluations;
    const by = (name: string) => q3.find((e) => e.indicator.name === name)!;
    // By September a quarter of the year is left: 75% of the year's target is the pace.
    expect(by('预算执行率')).toMatchObject({ status: 'behind', expected: 0.75 });
    expect(by('项目资金到位率')).toMatchObject({ status: 'at_risk' });
    expect(by('Council tax collected').status).toBe('on_track');
    expect(by('Council tax collected').expected).toBeCloseTo(0.73125, 6);
    // What was done as it should be, a share of what is due, and a target for the period: levels.
    expect(by('收购价格执行率')).toMatchObject({ status: 'behind', expected: 1 });
    expect(by('Rent collected as % due')).toMatchObject({ status: 'behind', expected: 1.01 });
    expect(by('% of Council Tax collected')).toMatchObject({ status: 'on_track', expected: 0.245 });
    // At the year's end the whole target is due.
    expect(check(rows, 'zh-CN', 'FY').report.evaluations[0]).toMatchObject({ status: 'missed', expected: 1 });
  });

  it('a task told in words beside the office’s completion says how far behind the year gone it is', () => {
    const rows: CellValue[][] = [
      ['2024年十件民生实事1-9月进展情况'],
      ['序号', '项目名称', '年度目标任务', '责任单位', '1-9月进展情况', '完成进度'],
      [1, '老旧小区改造', '改造老旧小区30个', '住建局', '已完工18个，在建12个', '60%'],
      [2, '城乡居民医保财政补助', '人均财政补助标准提高到670元', '医保局', '已按670元标准拨付到位', '100%'],
    ];
    const { text, report } = check(rows, 'zh-CN');
    expect(text).toContain('老旧小区改造完成率为60.0%，落后序时进度15.0个百分点');
    // The problem paragraph quotes the progress as the office typed it.
    expect(text).toContain('进展情况为“已完工18个，在建12个”。责任部门：住建局。');
    expect(report.evaluations[0]).toMatchObject({ status: 'behind', completion: 0.6 });
    expect(report.evaluations[0].pace).toBeCloseTo(0.8, 9);
    expect(check(rows, 'en-US').text).toContain('15.0 percentage points behind pace');
    expect(check(rows, 'en-US').text).toContain('The progress reported is "已完工18个，在建12个".');
    // So does a milestone's.
    const milestone = check(
      [
        ['2024年重点工作1-9月完成情况'],
        ['序号', '目标任务', '年度目标', '1-9月完成情况'],
        [1, '完成国土空间规划编制', '9月底前完成', '尚未完成，正在前期调研。'],
      ],
      'zh-CN',
    ).text;
    expect(milestone).toContain('“尚未完成，正在前期调研”');
  });

  it('tables show the target by its bound: ≤4.3%, ≥60元, 6.5%—7%, 增长7%左右', () => {
    const zh = check(BOUNDS, 'zh-CN').report.tables.indicators;
    expect(cell(zh, '城镇登记失业率', 'target')).toBe('≤4.3%');
    expect(cell(zh, '城乡居民最低生活保障标准', 'target')).toBe('≥60元');
    expect(cell(zh, '地区生产总值增速', 'target')).toBe('6.5%—7%');
    expect(cell(zh, '地区生产总值', 'target')).toBe('增长7%左右');
    const en = check(BOUNDS, 'en-US').report.tables.indicators;
    expect(cell(en, '城镇登记失业率', 'target')).toBe('at most 4.3%');
    expect(cell(en, '地区生产总值增速', 'target')).toBe('6.5–7%');
    const { json } = check(BOUNDS, 'zh-CN');
    const band = json.indicators.find((i) => i.name === '地区生产总值增速')!;
    expect(band).toMatchObject({
      kind: 'share',
      comparator: 'between',
      targetText: '6.5%—7%',
      targetHigh: 0.07,
    });
  });
});

describe('a tolerance in the target’s words (≤ 71% (+/–10%), ≤ 355 m³ +/–10%, ≥ 95% ± 2 points)', () => {
  const TOLERANCES = kindsGrid(
    [
      [1, '取水量占许可上限比例', '%', '≤ 71% (+/–10%) of total cap', '72.1%'],
      [2, '户均取水量', 'm³', '≤ 355 m³ +/–10%', '358 m³'],
      [3, '户均用水量', 'm³', '≤ 355 m³ +/–10%', '400 m³'],
      [4, '供水水质达标率', '%', '≥ 95% ± 2 points', '93.5%'],
    ],
    '全年完成情况',
  );
  it.each(['zh-CN', 'en-US'] as const)(
    '%s: past the target within the tolerance is met, and says so',
    (lang) => {
      const { report, text } = check(TOLERANCES, lang, 'FY');
      expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed', 'achieved']);
      expect(report.evaluations[1].tolerance).toBeCloseTo(35.5, 9);
      const phrase =
        lang === 'zh-CN'
          ? '户均取水量为358m³，超出355m³的控制目标3m³，在允许偏差范围内'
          : '户均取水量 was 358 m³, 3 m³ above 355 m³ but within its tolerance';
      expect(text).toContain(phrase);
      expectNoJunk(text);
    },
  );
});

describe('a result written in the scale of its target (≤202.6万元 beside 132.9)', () => {
  const rows = kindsGrid(
    [
      [1, '项目总成本', null, '≤202.6万元', 132.9],
      [2, '补助资金', null, '不低于50万元', 38],
      [3, '到位资金', null, '不低于50万元', 420000],
      [4, '培训人数', null, '1000万人以上', 1050],
    ],
    '全年完成',
  );
  it('reads a bare number in the target’s 万 when it is nearer the target so, and as it is otherwise', () => {
    const { json } = check(rows, 'zh-CN', 'FY');
    const by = (name: string) => json.indicators.find((i) => i.name === name)!;
    expect([by('项目总成本').actual, by('项目总成本').status]).toEqual([1_329_000, 'achieved']);
    expect([by('补助资金').actual, by('补助资金').status]).toEqual([380_000, 'missed']);
    // Already in yuan: 420,000 is nearer 500,000 than 4.2 billion is.
    expect([by('到位资金').actual, by('到位资金').status]).toEqual([420_000, 'missed']);
    expect([by('培训人数').actual, by('培训人数').status]).toEqual([10_500_000, 'achieved']);
  });
});

describe('completion-only rows, milestones and rows not rated', () => {
  const rows = [
    ['2024年重点任务推进情况'],
    ['序号', '主要指标', '单位', '年度目标', '1-9月完成', '完成率'],
    [1, '棚户区改造', '户', 1200, null, '60%'],
  ];
  const others = kindsGrid([
    [1, '老旧小区改造', null, '完成改造', '推进中'],
    [2, '森林覆盖率', '%', '年度指标', null],
    [3, '农村公路', '公里', '-', '-'],
  ]);

  it('a completion rate alone is said as such', () => {
    expect(check(rows, 'zh-CN').text).toContain('棚户区改造完成率为60.0%');
    expect(check(rows, 'en-US').text).toContain('棚户区改造 was 60.0% complete');
  });

  it('milestones by their words; not rated with the reason, in text and table', () => {
    const zh = check(others, 'zh-CN');
    expect(zh.text).toContain('老旧小区改造正在推进');
    expect(zh.text).toContain('森林覆盖率不作评价（年度指标，第四季度考核）');
    expect(zh.text).toContain('农村公路不作评价（不适用）');
    expect(zh.text).not.toMatch(/(森林覆盖率|农村公路)[^。]*数据有误/);
    expect(cell(zh.report.tables.indicators, '森林覆盖率', 'status')).toBe(
      '不作评价（年度指标，第四季度考核）',
    );
    const en = check(others, 'en-US');
    expect(en.text).toContain('Milestone tasks in progress: 老旧小区改造');
    expect(en.text).toContain('森林覆盖率: not rated (annual measure, due in Q4)');
    expect(cell(en.report.tables.indicators, '森林覆盖率', 'status')).toBe(
      'Not rated (annual measure, due in Q4)',
    );
    expect(en.json.indicators.find((i) => i.name === '森林覆盖率')).toMatchObject({
      status: 'not_rated',
      notRated: 'annual',
    });
  });

  it('a row not rated keeps its figures in the table; a dash for the plan beside a result is no target set', () => {
    const zh = check(
      kindsGrid([
        [1, '规模以上工业总产值', '亿元', '—', 226.4],
        [2, '税收总额', '亿元', 'N/A', 26.8],
        [3, '固定资产投资', '亿元', 300, 240],
      ]),
      'zh-CN',
    );
    const t = zh.report.tables.indicators;
    expect(cell(t, '规模以上工业总产值', 'actual')).toBe(226.4);
    expect(cell(t, '规模以上工业总产值', 'status')).toBe('不作评价（未设目标）');
    expect(cell(t, '税收总额', 'actual')).toBe(26.8);
    expect(zh.json.indicators.find((i) => i.name === '规模以上工业总产值')).toMatchObject({
      status: 'not_rated',
      notRated: 'no-target',
      actual: 226.4,
    });
  });
});

describe('countable pace targets are shown whole; the status uses the exact value', () => {
  const std: CellValue[][] = [
    ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度'],
    [1, '包扶村脱贫户数', '户', 13, 3, 4, 3, null],
    [2, '科普经费', '万元', 13, 3, 4, 2, null],
  ];

  it('序时目标10户, never 9.75户; an exact 9.75 stays in the JSON and decides the status', () => {
    const zh = check(std, 'zh-CN');
    expect(zh.text).toContain('序时目标10户');
    expect(zh.text).not.toContain('9.75户');
    // Not a count: shown as it is.
    expect(zh.text).toContain('序时目标9.75万元');
    expect(cell(zh.report.tables.indicators, '包扶村脱贫户数', 'expected')).toBe(10);
    const json = zh.json.indicators.find((i) => i.name === '包扶村脱贫户数')!;
    expect(json.expected).toBe(9.75);
    expect(json.status).toBe('on_track');
    expect(check(std, 'en-US').text).toContain('the pace target of 10 households');
  });

  it('a target that is no whole count (4.5个 per thousand people) keeps its pace as it is', () => {
    const rows: CellValue[][] = [
      ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度'],
      [1, '托育机构托位数', '个', 4.5, 1, 1, 1.2, null],
    ];
    const zh = check(rows, 'zh-CN');
    // 3.375 by Q3, shown to three significant digits (text and table alike): 3.2 is behind it, and
    // "序时目标4个" would say the pace was 4.
    expect(zh.text).toContain('序时目标3.38个');
    expect(zh.text).not.toContain('序时目标4个');
    expect(cell(zh.report.tables.indicators, '托育机构托位数', 'expected')).toBe(3.38);
    expect(zh.json.indicators[0].expected).toBe(3.375);
  });
});

describe("other pace targets are shown to the decimals of the row's own figures", () => {
  it('a whole-number target and result: 14,719 tonnes, not 14,718.75; the JSON keeps the exact value', () => {
    const rows: CellValue[][] = [
      ['No.', 'Indicator', 'Unit', 'Annual target', 'Q1', 'Q2', 'Q3', 'Q4'],
      [1, 'Waste recycled', 'tonnes', 19625, 3000, 4000, 3966, null],
    ];
    const en = check(rows, 'en-US');
    expect(en.text).toContain('the pace target of 14,719 tonnes');
    expect(en.text).not.toContain('14,718.75');
    // (The table shows it in thousands, as it does the target.)
    expect(cell(en.report.tables.indicators, 'Waste recycled', 'expected')).toBe(14.719);
    // The gap is to the figure shown: 14,719 − 10,966.
    expect(en.text).toContain('3,753 tonnes short of the pace target');
    expect(en.json.indicators[0].expected).toBe(14718.75);
  });

  it('a ceiling is shown on its demanding side, and to the nearest where the figures are coarser', () => {
    const rows: CellValue[][] = [
      ['序号', '指标名称', '单位', '方向', '年度目标', '一季度', '二季度', '三季度', '四季度'],
      // 41.25 to the result's one decimal, down for a ceiling: 41.2, never the looser 41.3.
      [1, '能源消费量', '吨标准煤', '越低越好', 55, 10.5, 10, 10, null],
      // 36.75 to three significant digits: finer than the whole figures, so the nearest (36.8).
      [2, '新增建设用地', '公顷', '越低越好', 49, 10, 12, 11, null],
    ];
    const zh = check(rows, 'zh-CN');
    expect(cell(zh.report.tables.indicators, '能源消费量', 'expected')).toBe(41.2);
    expect(cell(zh.report.tables.indicators, '新增建设用地', 'expected')).toBe(36.8);
  });
});

describe('a year starting in April', () => {
  const std: CellValue[][] = [
    ['2023年度目标任务完成情况'],
    ['序号', '指标名称', '单位', '年度目标', '一季度', '二季度', '三季度', '四季度'],
    [1, '包扶村脱贫户数', '户', 12, 3, 3, 3, null],
  ];

  it('names the year by both calendar years and months by the calendar', () => {
    expect(check(std, 'zh-CN', 'Q2', 4).text).toContain('2023/24年度上半年');
    expect(check(std, 'en-US', 'Q2', 4).text).toContain('As of Q2 2023/24');
    expect(check(std, 'en-US', 'Q2', 4).report.title).toBe('Target report: Q2 2023/24');
    // The organisation's seventh month is October.
    expect(check(std, 'en-US', 'M7', 4).text).toContain('As of the end of October 2023');
    expect(check(std, 'zh-CN', 'M7', 4).text).toContain('截至2023年10月底');
  });

  it('a calendar year is named as before', () => {
    expect(check(std, 'zh-CN', 'Q2').text).toContain('2023年上半年');
    expect(check(std, 'en-US', 'Q2').report.title).toBe('Target report: Q2 2023');
    expect(check(std, 'en-US', 'M7').text).toContain('As of the end of July 2023');
  });
});

const PLACES = kindsGrid(
  [
    [1, '全省高质量发展综合绩效考核排名', '名', '全省前10名', '第8名'],
    [2, '营商环境评价排名', '位次', '进入全省前三', '第5位'],
    [3, '县域经济综合考核', null, '保持全省前五', '第2'],
    [4, '全市综合考核位次', null, 10, 12],
    [5, '培训农民工', '名', 800, 700],
  ],
  '1-9月完成',
);

describe('places in a league: better lower, never paced, stated as places', () => {
  it('judges a place against the worst place allowed, whatever the month', () => {
    const { json } = check(PLACES, 'zh-CN');
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    expect(row('全省高质量发展综合绩效考核排名')).toMatchObject({
      kind: 'rank',
      direction: 'lower',
      target: 10,
      actual: 8,
      status: 'on_track',
    });
    // 第5位 against 前三: behind, though 5 is more than three quarters of 3.
    expect(row('营商环境评价排名')).toMatchObject({ kind: 'rank', target: 3, actual: 5, status: 'behind' });
    // A place named by the target alone (保持全省前五), the result a bare number.
    expect(row('县域经济综合考核')).toMatchObject({ kind: 'rank', target: 5, actual: 2, status: 'on_track' });
    // Plain numbers under a name that is a place: 12th against 10th is behind (read as an amount it was
    // 120 % of the target).
    expect(row('全市综合考核位次')).toMatchObject({ kind: 'rank', direction: 'lower', status: 'behind' });
    // 名 alone counts people.
    expect(row('培训农民工')).toMatchObject({ direction: 'higher' });
    expect(row('培训农民工').kind).not.toBe('rank');
  });

  it('at the year end a place within the target is achieved, one outside it missed', () => {
    const { json } = check(PLACES, 'zh-CN', 'FY');
    const status = (name: string) => json.indicators.find((i) => i.name === name)!.status;
    expect(status('全省高质量发展综合绩效考核排名')).toBe('achieved');
    expect(status('营商环境评价排名')).toBe('missed');
  });

  it('zh-CN: 为第8位，达到前10位的目标; 差2个位次; the table keeps the target as written', () => {
    const { text, report } = check(PLACES, 'zh-CN');
    expect(text).toContain('全省高质量发展综合绩效考核排名为第8位，达到前10位的目标');
    expect(text).toContain('营商环境评价排名为第5位，未达到前3位的目标，差2个位次');
    expect(text).not.toMatch(/控制在10名以内|超出3位次/);
    const t = report.tables.indicators;
    expect(cell(t, '营商环境评价排名', 'target')).toBe('进入全省前三');
    // In the attention table: 2 places short of the target, and no percentage points for a place.
    const a = report.tables.attention;
    expect(cell(a, '营商环境评价排名', 'gapToTarget')).toBe(2);
    expect(cell(a, '营商环境评价排名', 'gapPoints')).toBeNull();
    expect(cell(t, '全省高质量发展综合绩效考核排名', 'target')).toBe('全省前10名');
    expectNoJunk(text);
  });

  it('en-US: ranked 8th, meeting the target of the top 10; 2 places short', () => {
    const { text } = check(PLACES, 'en-US');
    expect(text).toContain('ranked 8th, meeting the target of the top 10');
    expect(text).toContain('ranked 5th, 2 places short of the target of the top 3');
    expect(text).toContain('ranked 2nd, meeting the target of the top 5');
    expectNoJunk(text);
  });
});

describe('a gap to the target stated beside the result, with no target column', () => {
  const rows: CellValue[][] = [
    ['26项未达到序时进度要求的具体目标'],
    ['序号', '目标任务', '完成情况', '与目标差距'],
    [1, '地区生产总值(第1项)', '增长6.1%', '低于目标0.9个百分点'],
    [2, '外贸进出口总额(第8项)', '预计下降8%左右', '低于目标15个百分点'],
    [3, '单位GDP能耗', '下降2.1%', '低于目标1.3个百分点'],
    [4, '实际利用外资(第7项)', '实际到资3.73亿美元', '低于序时进度21.7个百分点'],
    [5, '工业投资(第4项)', '增长16%', '高于目标1个百分点'],
  ];

  it('works out the target from the result and the gap, and judges it; a list number in a name is no target', () => {
    const { json, report } = check(rows, 'zh-CN');
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    expect(row('地区生产总值(第1项)')).toMatchObject({ kind: 'growth', target: 0.07, actual: 0.061 });
    expect(['behind', 'at_risk']).toContain(row('地区生产总值(第1项)').status);
    // A fall against growth: −8% + 15 points is growth of 7%.
    expect(row('外贸进出口总额(第8项)')).toMatchObject({ kind: 'growth', target: 0.07 });
    // A fall of what is brought down is stated in the fall's terms: 2.1% + 1.3 points is a fall of 3.4%.
    expect(row('单位GDP能耗')).toMatchObject({ kind: 'decrease', target: 0.034 });
    // Behind the pace, with no figure to work from: the stated side decides.
    expect(row('实际利用外资(第7项)').status).toBe('behind');
    expect(row('工业投资(第4项)')).toMatchObject({ target: 0.15, status: 'on_track' });
    // Said where the target came from.
    const notes = report.diagnostics.filter((d) => d.code === 'target-from-gap');
    expect(notes.length).toBe(4);
    expect(notes.every((d) => d.severity === 'info')).toBe(true);
  });

  it.each(['zh-CN', 'en-US'] as const)(
    '%s: an approximate fall is said once (下降8%左右, not 下降下降)',
    (lang) => {
      const { text } = check(rows, lang);
      if (lang === 'zh-CN') {
        expect(text).toContain('地区生产总值(第1项)增长6.1%，低于目标0.9个百分点');
        expect(text).toContain('外贸进出口总额(第8项)下降8%左右');
        expect(text).not.toContain('下降下降');
      } else {
        expect(text).toContain('fell about 8');
        expect(text).not.toMatch(/fell (about )?下降|fell fell/);
      }
      expectNoJunk(text);
    },
  );

  it('beside an amount, a gap in points speaks of the growth: the growth is the result (塌目标 is below it)', () => {
    const amounts: CellValue[][] = [
      ['官渡区2023年上半年主要目标完成情况'],
      ['指标', '单位', '上半年完成', '同比增长(%)', '与目标比较'],
      ['地区生产总值', '亿元', 806, 3.2, '塌目标1.8个百分点'],
      ['规模以上工业增加值', null, null, 10.1, '高于目标2.1个百分点'],
      ['社会消费品零售总额', '亿元', 400.07, 13.8, '高于目标5.8个百分点'],
    ];
    const { json, text } = check(amounts, 'zh-CN', 'Q2');
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    expect(row('地区生产总值')).toMatchObject({ kind: 'growth', target: 0.05, actual: 0.032 });
    expect(['behind', 'at_risk']).toContain(row('地区生产总值').status);
    expect(row('社会消费品零售总额')).toMatchObject({ kind: 'growth', target: 0.08, status: 'on_track' });
    expect(text).toContain('地区生产总值增长3.2%，低于目标1.8个百分点');
  });
});

describe('a place to climb', () => {
  const rows: CellValue[][] = [
    ['Key Performance Indicators 2011-12'],
    ['Strategic Priorities', 'Target', 'Performance'],
    ['Research', 'Top ten ranking for research quality', 'Ranked 9th in the RAE2008'],
    ['Students', 'Improved National Student Survey ranking', 'Ranked 17th in the 2012 NSS (20th in 2011)'],
    [null, 'Improved league table ranking', 'Ranked 22nd in 2012 (20th in 2011)'],
    [null, 'Top 200 University in the world ranking', 'In the band 251 – 275 in 2012-13'],
  ];

  it('meets a climb above the earlier place, and a place named in the task', () => {
    const { json, text } = check(rows, 'en-US', 'FY');
    const status = (name: string) => json.indicators.find((i) => i.name === name)!.status;
    expect(status('Top ten ranking for research quality')).toBe('achieved');
    expect(status('Improved National Student Survey ranking')).toBe('achieved');
    expect(status('Improved league table ranking')).toBe('missed');
    expect(status('Top 200 University in the world ranking')).toBe('missed');
    expect(text).toContain('Improved National Student Survey ranking ranked 17th, up from 20th');
    expect(text).toContain('ranked 22nd, not up from 20th');
    expect(text).not.toContain('top 19');
    const zh = check(rows, 'zh-CN', 'FY').text;
    expect(zh).toContain('为第17位，较此前第20位前移');
  });
});

describe('progress told in a sentence', () => {
  const rows: CellValue[][] = [
    ['2024年十件民生实事1-9月进展情况'],
    ['序号', '实事项目', '目标任务', '责任单位', '进展情况'],
    [1, '老旧小区改造', '改造20个小区', '住建局', '已开工18个，完工12个'],
    [2, '新增学位', '新增学位3000个', '教育局', '已全部完成'],
    [3, '新建城市公园', '新建5个', '住建局', '在建4个、建成1个'],
    [4, '农村公路', '建设100公里', '交通局', '完成85公里，完成率85%'],
  ];

  it('counts what is done, not what is started, and takes 已全部完成 as done', () => {
    const { json } = check(rows, 'zh-CN');
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    expect(row('老旧小区改造')).toMatchObject({ actual: 12, status: 'behind' });
    expect(row('新增学位').status).toBe('achieved');
    expect(row('新建城市公园')).toMatchObject({ actual: 1 });
    expect(row('农村公路')).toMatchObject({ actual: 85, status: 'on_track' });
  });

  it('reads targets in words with no name column as the names, one target said twice (即) as one', () => {
    const rows: CellValue[][] = [
      ['环保目标进度一览表'],
      [null, '2004年目标', '2004年进度'],
      ['A', '环保办公室'],
      [
        null,
        '鼓励节约用纸,目标是将耗纸量减至17 461令,即2002年耗纸量的95%。',
        '未能达到目标。2004年的耗纸量为18 810令。',
      ],
      [null, '减少屋宇装备的耗电量至2002年水平的97%。', '已达到目标。'],
    ];
    const { json } = check(rows, 'zh-CN');
    expect(json.indicators.map((i) => [i.row, i.status])).toEqual([
      [4, 'missed'],
      [5, 'achieved'],
    ]);
    expect(json.indicators[0].target).toBe(17461);
  });

  it('reads a task done on a day written month first as done, whatever count or floor the sentence names', () => {
    const rows: CellValue[][] = [
      ['PROPOSED ACTIVITIES', 'ACTUAL ACCOMPLISHMENT'],
      [
        'Conduct budget forum on PS prioritization on or before July 5',
        '1 budget forum conducted on May 26, 2016',
      ],
      [
        'Technical budget hearings conducted not later than September 16',
        'Last hearing was held on September 15 at the 4th floor of the Town Hall',
      ],
      [
        '1 Local Expenditure Program prepared not later than September 30',
        'LEP was prepared and printed out on September 22, 2016',
      ],
    ];
    const { json } = check(rows, 'en-US', 'FY');
    expect(json.indicators.map((i) => i.status)).toEqual(['achieved', 'achieved', 'achieved']);
  });

  it('never takes a count of something else the sentence mentions as the result', () => {
    const sentences: CellValue[][] = [
      ['2017年上半年绩效任务进展情况汇总表'],
      ['绩效任务', '年度目标', '上半年进展情况'],
      [
        '金融街效益',
        '金融街劳均产出率达到280.0万元/人',
        '1-5月份,全区新引进金融机构41家。加强企业上市辅导。',
      ],
      ['投资', '完成固定资产投资1.2亿元', '1-6月完成投资8000万元'],
      ['养老服务', '新建养老服务中心10个', '已建成养老服务中心6家'],
    ];
    const { json } = check(sentences, 'zh-CN');
    // 41家 is institutions brought in, not output per worker.
    expect(json.indicators[0]).toMatchObject({ actual: null, status: 'no_data' });
    // The same unit at another scale still answers (8000万元 of 1.2亿元), and a count by another
    // measure word (6家 of 10个).
    expect(json.indicators[1].status).not.toBe('no_data');
    expect(json.indicators[2].actual).toBe(6);
  });
});

describe('targets in the task’s words beside a period’s progress', () => {
  it('reads 目标任务 | 上半年推进情况 as growth targets in sentences and their first half’s results', () => {
    const rows: CellValue[][] = [
      ['2025年区政府工作报告目标任务上半年推进情况汇总表'],
      ['序号', '目标任务', '责任单位', '上半年推进情况'],
      [1, '地区生产总值增长6%以上。', '区发展改革委', '地区生产总值同比增长2.9%。'],
      [2, '工业投资增长12%。', '区经济信息委', '工业投资同比增长23.5%。'],
      // 5G names the stations; it is no figure of them.
      [3, '新建5G基站300个。', '区经济信息委', '已建成5G基站160个。'],
    ];
    const { json } = check(rows, 'zh-CN', 'Q2');
    expect(json.indicators.map((i) => [i.kind, i.actual, i.status])).toEqual([
      ['growth', 0.029, 'at_risk'],
      ['growth', 0.235, 'on_track'],
      ['amount', 160, 'on_track'],
    ]);
  });
});

describe('a level named by the target’s own words', () => {
  it('judges 污染防治 | PM2.5平均浓度控制在35微克/立方米以内 as a level: 32 is within it at any month', () => {
    const rows: CellValue[][] = [
      ['2024年第三季度重点工作任务推进情况表'],
      ['序号', '重点任务', '具体目标', '牵头单位', '三季度进展情况'],
      [
        1,
        '污染防治',
        'PM2.5平均浓度控制在35微克/立方米以内',
        '生态环境局',
        '1-9月PM2.5平均浓度为32微克/立方米',
      ],
      [2, '招商引资', '引进亿元以上项目20个', '商务局', '已引进12个'],
    ];
    const { json } = check(rows, 'zh-CN');
    expect(json.indicators[0]).toMatchObject({ kind: 'level', direction: 'lower', status: 'on_track' });
    // A count of projects is still paced: 12 of 20 by the third quarter is behind 15.
    expect(json.indicators[1]).toMatchObject({ kind: 'amount', status: 'behind' });
  });
});

describe('the office’s own figure to date beside the months (YTD)', () => {
  const rows: CellValue[][] = [
    ['Integrated Performance Report - June 2024'],
    ['Indicator', 'Standard', 'Apr-24', 'May-24', 'Jun-24', 'YTD', 'RAG'],
    ['A&E: % seen within 4 hours', '95%', '91.2%', '90.5%', '92.1%', '91.3%', 'R'],
    ['MRSA bacteraemia', 0, 0, 1, 0, 1, 'R'],
    ['RTT: patients waiting over 52 weeks', 0, 12, 10, 8, 8, 'R'],
  ];

  it('is the result once the period reaches the latest month: a rate to date, a total, a count now', () => {
    const { json } = check(rows, 'en-US', 'M6');
    const actual = (name: string) => json.indicators.find((i) => i.name.startsWith(name))!.actual;
    expect(actual('A&E')).toBe(0.913);
    expect(actual('MRSA')).toBe(1);
    // Patients waiting now, not 12 + 10 + 8.
    expect(actual('RTT')).toBe(8);
  });

  it('leaves the months to speak for an earlier period', () => {
    const { json } = check(rows, 'en-US', 'M5');
    const actual = (name: string) => json.indicators.find((i) => i.name.startsWith(name))!.actual;
    expect(actual('A&E')).toBe(0.905);
    expect(actual('MRSA')).toBe(1);
    // Those waiting are counted as they stand at the month, never added up.
    expect(actual('RTT')).toBe(10);
  });
});

describe('targets of growth against amounts', () => {
  const run = (rows: CellValue[][], merges: string[] = [], period?: string) =>
    runCheck({
      sources: [sourceFromRows('表1', rows, { merges })],
      lang: 'zh-CN',
      date: '2024-10-08',
      ...(period ? { period: parsePeriodCode(period) } : {}),
    });
  const byName = (r: ReturnType<typeof run>) => {
    const json = toResultJson(r.report);
    return (name: string) => json.indicators.find((i) => i.name === name)!;
  };

  it('growth targets written in words (增长7%) are answered by the growth column, not the amount to date', () => {
    const r = run([
      ['2024年1-9月主要经济指标完成情况'],
      ['指标', '单位', '年度目标', '1-9月', '增速(%)'],
      ['规模以上工业增加值', '亿元', '增长7%', 520, 8.3],
      ['固定资产投资', '亿元', '增长10%', 300, 3.4],
      ['一般公共预算收入', '亿元', '增长6%左右', 41, -2.1],
    ]);
    const row = byName(r);
    expect(row('规模以上工业增加值')).toMatchObject({ kind: 'growth', target: 0.07, actual: 0.083 });
    expect(row('规模以上工业增加值').status).toBe('on_track');
    expect(row('固定资产投资')).toMatchObject({ target: 0.1, actual: 0.034 });
    expect(['behind', 'at_risk']).toContain(row('固定资产投资').status);
    // A fall against growth: behind, whatever the amount.
    expect(row('一般公共预算收入').actual).toBe(-0.021);
  });

  it('with last year beside the amount and no growth column, the growth over last year answers the target', () => {
    const r = run([
      ['2024年1-9月主要经济指标完成情况'],
      ['指标', '单位', '年度目标（增长%）', '1-9月累计', '上年同期'],
      ['规模以上工业增加值', '亿元', 7, 520, 480],
      ['固定资产投资', '亿元', 10, 300, 290],
      ['社会消费品零售总额', '亿元', 8, 410, 385],
      ['常住人口城镇化率', '%', 65, 63.8, 62.5],
    ]);
    const row = byName(r);
    // 520 over 480 is growth of 8.3 % (to a tenth of a per cent, as statistics give it).
    expect(row('规模以上工业增加值')).toMatchObject({ kind: 'growth', target: 0.07, actual: 0.083 });
    expect(row('规模以上工业增加值').unit).toBe('%');
    expect(row('固定资产投资')).toMatchObject({ actual: 0.034 });
    expect(['behind', 'at_risk']).toContain(row('固定资产投资').status);
    expect(row('社会消费品零售总额')).toMatchObject({ actual: 0.065, status: 'behind' });
    // A row of rates is judged as it stands: 63.8 % against 65 %, not its growth.
    expect(row('常住人口城镇化率')).toMatchObject({ target: 65, actual: 63.8, unit: '%' });
    const notes = r.report.diagnostics.filter((d) => d.code === 'growth-from-previous');
    expect(notes.map((d) => d.cell)).toEqual(['E3', 'E4', 'E5']);
    expect(notes.every((d) => d.severity === 'info')).toBe(true);
    const text = r.report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('规模以上工业增加值增长8.3%，高于目标1.3个百分点');
  });

  it('amounts beside last year against amount targets stay amounts', () => {
    const r = run([
      ['2024年1-9月主要经济指标完成情况'],
      ['指标', '单位', '年度目标', '1-9月累计', '上年同期'],
      ['招商引资到位资金', '亿元', 120, 95, 80],
    ]);
    expect(byName(r)('招商引资到位资金')).toMatchObject({ target: 120, actual: 95 });
    expect(r.report.diagnostics.some((d) => d.code === 'growth-from-previous')).toBe(false);
  });
});

describe('a standard table states its period in its title', () => {
  const rows: CellValue[][] = [
    ['2024年卫生健康主要指标（1-9月）'],
    ['指标名称', '目标值', '完成值'],
    ['信访积案化解率', '≥90%', '85%'],
    ['孕产妇死亡率', '≤10/10万', '8.5/10万'],
  ];

  it('over one result column, the title decides the period when none is given', () => {
    const r = runCheck({ sources: [sourceFromRows('表1', rows)], lang: 'zh-CN', date: '2024-12-20' });
    expect(r.report.options.period).toEqual({ kind: 'quarter', quarter: 3 });
    expect(r.report.options.periodSource).toMatchObject({ kind: 'stated', text: '1-9月' });
    // A rate short of its floor three quarters in is behind, not yet missed.
    const row = toResultJson(r.report).indicators.find((i) => i.name === '信访积案化解率')!;
    expect(row.status).not.toBe('missed');
  });

  it('quarter columns speak for themselves: a title naming the year does not make it the year end', () => {
    const quarters: CellValue[][] = [
      ['2024年度目标任务'],
      ['指标名称', '年度目标', '一季度', '二季度', '三季度', '四季度'],
      ['新增就业', 1000, 250, 260, null, null],
    ];
    const r = runCheck({ sources: [sourceFromRows('表1', quarters)], lang: 'zh-CN', date: '2024-12-20' });
    expect(r.report.options.period).toEqual({ kind: 'quarter', quarter: 2 });
  });
});

describe('quarter figures kept as totals to date beside the quarters’ targets', () => {
  const rows = (q: [number, number, number]): CellValue[][] => [
    ['2024年度重点工作季度目标完成情况'],
    ['序号', '指标', '单位', '全年目标', '一季度', null, '二季度', null, '三季度', null],
    [null, null, null, null, '目标', '完成', '目标', '完成', '目标', '完成'],
    [1, '城镇新增就业', '人', 5000, 1200, q[0], 2500, q[1], 3750, q[2]],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', 'G2:H2', 'I2:J2'];
  const run = (q: [number, number, number]) =>
    runCheck({ sources: [sourceFromRows('表1', rows(q), { merges })], lang: 'zh-CN', date: '2024-10-08' });

  it('figures that rise with the targets to date are totals to date: the latest stands', () => {
    const r = run([1300, 2600, 3600]);
    const e = r.report.evaluations[0];
    expect(e.actual?.value).toBe(3600);
    expect(e.expected).toBe(3750);
    expect(e.status).toBe('behind');
    expect(r.report.diagnostics.some((d) => d.code === 'quarters-to-date' && d.severity === 'info')).toBe(
      true,
    );
  });

  it("each quarter's own figures are added up", () => {
    const r = run([1300, 1300, 1000]);
    expect(r.report.evaluations[0].actual?.value).toBe(3600);
    expect(r.report.diagnostics.some((d) => d.code === 'quarters-to-date')).toBe(false);
  });

  it('reads the quarters the same where their headings are not merged over 目标 | 完成', () => {
    for (const [q, actual] of [
      [[1300, 2600, 3600], 3600],
      [[1300, 1300, 1000], 3600],
    ] as const) {
      const r = runCheck({
        sources: [sourceFromRows('表1', rows([...q]))],
        lang: 'zh-CN',
        date: '2024-10-08',
      });
      const e = r.report.evaluations[0];
      expect([r.period, e.actual?.value, e.expected, e.status]).toEqual([
        { kind: 'quarter', quarter: 3 },
        actual,
        3750,
        'behind',
      ]);
    }
  });
});

describe('results counted in another size of the target’s unit, as the headings say', () => {
  it('年度目标（亿元） against 1-9月完成（万元）: 420000万元 is 42亿元', () => {
    const r = runCheck({
      sources: [
        sourceFromRows('表1', [
          ['2024年招商引资目标完成情况'],
          ['序号', '单位', '年度目标\n（亿元）', '1-9月完成\n（万元）'],
          [1, '经开区', 50, 420000],
          [2, '高新区', 30, 180000],
          [3, '文旅区', 10, 95000],
        ]),
      ],
      lang: 'zh-CN',
      date: '2024-10-08',
    });
    const json = toResultJson(r.report);
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    expect(row('经开区')).toMatchObject({ target: 50, actual: 42, unit: '亿元', status: 'on_track' });
    expect(row('高新区')).toMatchObject({ actual: 18, status: 'behind' });
  });

  it('headings of different things are not scaled (万元 against 人)', () => {
    const r = runCheck({
      sources: [
        sourceFromRows('表1', [
          ['序号', '指标', '年度目标（人）', '1-9月完成（万元）'],
          [1, '培训', 500, 420],
        ]),
      ],
      lang: 'zh-CN',
      date: '2024-10-08',
    });
    expect(toResultJson(r.report).indicators[0].actual).toBe(420);
  });
});

describe('targets set against last year, with last year beside them', () => {
  const judge = (rows: CellValue[][], lang: Lang) => {
    const r = runCheck({
      sources: [sourceFromRows('表1', rows)],
      lang,
      date: '2024-04-20',
      period: parsePeriodCode('FY'),
    });
    const json = toResultJson(r.report);
    return { r, row: (name: string) => json.indicators.find((i) => i.name === name)! };
  };

  it('a way only (Increase, Reduce, Maintain or improve) is judged against last year’s figure', () => {
    const { r, row } = judge(
      [
        ['Annual performance report 2023/24'],
        ['Indicator', '2022/23 actual', '2023/24 target', '2023/24 actual'],
        ['Number of visitors to leisure centres', '1,200,000', 'Increase', '1,350,000'],
        ['Number of fly-tipping incidents', 850, 'Reduce', 910],
        ['Residents satisfied with the area', '78%', 'Maintain or improve', '80%'],
        ['Average days to process planning appeals', 45, 'Reduce by 10%', 39],
      ],
      'en-US',
    );
    expect(row('Number of visitors to leisure centres')).toMatchObject({
      target: 1200000,
      status: 'achieved',
    });
    expect(row('Number of fly-tipping incidents')).toMatchObject({
      target: 850,
      direction: 'lower',
      status: 'missed',
    });
    expect(row('Residents satisfied with the area')).toMatchObject({ target: 0.78, status: 'achieved' });
    // 45 less 10 % is 40.5: 39 meets it.
    expect(row('Average days to process planning appeals')).toMatchObject({
      target: 40.5,
      status: 'achieved',
    });
    const notes = r.report.diagnostics.filter((d) => d.code === 'target-from-previous');
    expect(notes.map((d) => d.cell)).toEqual(['B3', 'B4', 'B5', 'B6']);
  });

  it('比上年 / 较上年 targets beside a 2022年 column make their bar from it', () => {
    const { row } = judge(
      [
        ['2023年生态环境目标完成情况'],
        ['指标', '单位', '2022年', '2023年目标', '2023年完成'],
        ['森林覆盖率', '%', 60.5, '较上年提高0.5个百分点', 61.2],
        ['空气质量优良天数比例', '%', 88.2, '不低于上年水平', 86.9],
        ['单位GDP能耗', '吨标准煤/万元', 0.52, '比上年下降3%', 0.5],
        ['城镇污水处理率', '%', 95.1, '≥96%', 96.3],
      ],
      'zh-CN',
    );
    expect(row('森林覆盖率')).toMatchObject({ target: 61, actual: 61.2, status: 'achieved' });
    expect(row('空气质量优良天数比例')).toMatchObject({ target: 88.2, status: 'missed' });
    expect(row('单位GDP能耗')).toMatchObject({ target: 0.5044, direction: 'lower', status: 'achieved' });
    // A target of its own stays as written.
    expect(row('城镇污水处理率')).toMatchObject({ target: 0.96, status: 'achieved' });
  });

  it('an amount to reach over last year’s (比上年增长6%, 与上年持平) is paced like any amount', () => {
    const r = runCheck({
      sources: [
        sourceFromRows('表1', [
          ['2024年主要指标完成情况'],
          ['指标', '单位', '上年完成', '2024年目标', '1-9月完成'],
          ['规上工业增加值', '亿元', 620, '比上年增长6%', 495],
          ['一般公共预算收入', '亿元', 45, '与上年持平', 33],
        ]),
      ],
      lang: 'zh-CN',
      date: '2024-10-08',
    });
    const json = toResultJson(r.report);
    const row = (name: string) => json.indicators.find((i) => i.name === name)!;
    // 620 and 6 % more is 657.2; three quarters of it, 492.9, is the pace.
    expect(row('规上工业增加值')).toMatchObject({ target: 657.2, expected: 492.9, status: 'on_track' });
    expect(row('一般公共预算收入')).toMatchObject({ target: 45, expected: 33.75, status: 'behind' });
  });

  it('without last year beside it, a way only stays a target in words', () => {
    const { row } = judge(
      [
        ['Indicator', '2023/24 target', '2023/24 actual'],
        ['Number of visitors', 'Increase', '1,350,000'],
        ['Fly-tipping incidents', 'Reduce', 910],
      ],
      'en-US',
    );
    expect(row('Number of visitors').status).toBe('not_rated');
  });
});

describe('the growth reached as a share of the growth target (增速完成率), beside a completion rate', () => {
  const rows: CellValue[][] = [
    ['2023年上半年主要经济指标完成情况'],
    ['序号', '指标', '单位', '1-6月完成', '同比增长(%)', '增速完成率(%)', '完成率(%)'],
    [1, '地区生产总值', '亿元', 111.13, 8.5, 100, null],
    [2, '城镇居民人均可支配收入', '元', 14659, 8.1, 96.43, null],
    [3, '全社会固定资产投资', '亿元', 54.08, 12.1, null, 101.08],
    [4, '新培育规上工业企业', '户', 13, null, null, 81.25],
  ];
  it('holds the growth to all of its target at any time of the year, and paces the completion rate', () => {
    const { report } = check(rows, 'zh-CN', 'Q2');
    const status = (name: string) => report.evaluations.find((e) => e.indicator.name === name)?.status;
    expect(status('地区生产总值')).toBe('on_track');
    // 96.43 % of the growth target is short of it, though past half the year's pace.
    expect(status('城镇居民人均可支配收入')).toBe('behind');
    expect(status('全社会固定资产投资')).toBe('achieved');
    expect(status('新培育规上工业企业')).toBe('on_track');
    expect(report.evaluations.find((e) => e.indicator.name === '地区生产总值')?.actual?.value).toBe(111.13);
  });

  it('at the year end a growth short of its target is missed', () => {
    const { report } = check(rows, 'zh-CN', 'FY');
    const e = report.evaluations.find((x) => x.indicator.name === '城镇居民人均可支配收入');
    expect(e?.status).toBe('missed');
  });
});

describe('a completion of the period’s own plan beside the year’s (完成1-4月投资计划 | 完成年度投资计划)', () => {
  const rows: CellValue[][] = [
    ['2025年1-4月县重点项目计划完成情况'],
    ['类别', '项目数', '全年计划完成投资', '1-4月累计完成投资', '完成1-4月投资计划', '完成年度投资计划'],
    ['县新续建重点项目', 57, 98.5, 21.01, '132.1%', '21.3%'],
    ['重点新建项目', 15, 17.2, 1.15, '84.7%', '6.7%'],
    ['重点续建项目', 42, 81.3, 19.86, '61.4%', '24.4%'],
  ];
  it('judges the months to date by their own plan, not by the year’s plan paced', () => {
    const { report } = check(rows, 'zh-CN', 'M4');
    const e = (name: string) => report.evaluations.find((x) => x.indicator.name === name)!;
    // 21.3 % of the year by April is short of its pace (33 %), but the office's plan for the months is met.
    expect(e('县新续建重点项目').status).toBe('on_track');
    expect(e('县新续建重点项目').sourceStatus?.word).toBe('132.1%');
    expect(e('重点新建项目').status).toBe('behind');
    expect(e('重点续建项目').status).toBe('at_risk');
    expect(e('县新续建重点项目').actual?.value).toBe(21.01);
  });

  it('says so in the narrative, not the year’s pace it was not judged by', () => {
    const { text } = check(rows, 'zh-CN', 'M4');
    expect(text).toContain('县新续建重点项目完成本期目标的132.1%');
    expect(text).not.toContain('序时目标32.83');
    expectNoJunk(text);
    const en = check(rows, 'en-US', 'M4').text;
    expect(en).toContain('reached 132.1% of the target for the period');
  });
});

describe('targets for the months to date, named by their last month', () => {
  it('1月目标值 is January’s own target, not the year’s paced', () => {
    const { report } = check(
      [
        ['示范区2026年1月空气质量情况'],
        ['序号', '指标', '单位', '1月市定目标值', '1月实际'],
        [1, '优良天', '天', '不低于20', 15],
        [2, '重度及以上污染天气', '天', 0, 0],
      ],
      'zh-CN',
      'M1',
    );
    // 15 of at least 20 days: three quarters of the month's own target (paced over the year it would pass).
    expect(report.evaluations.map((e) => e.status)).toEqual(['at_risk', 'on_track']);
  });

  it('Actuals to end of Oct 20 is last year’s; Target to end of Oct 21 is the target to date', () => {
    const { report } = check(
      [
        ['ORIGINATING LOADING to end of OCTOBER 2021'],
        ['Service Head', 'Actuals to end of Oct 20', 'Target to end of Oct 21', 'Actuals to end of Oct 21'],
        ['COAL', 15.909, 26.22, 27.715],
        ['FOOD GNS', 2.461, 2.414, 1.697],
      ],
      'en-US',
      'M7',
      4,
    );
    const [coal, food] = report.evaluations;
    expect(coal.actual?.value).toBe(27.715);
    expect(coal.status).toBe('on_track');
    // 70 % of the target for the months to date, whatever share of the year they are.
    expect(food.status).toBe('at_risk');
  });
});

describe('a financial report’s indicators with their formulas and variances', () => {
  const rows: CellValue[][] = [
    ['FINANCIAL PERFORMANCE INDICATORS'],
    [null, null, '2015-16', '2016-17', '2016-17', 'Variance to', null, 'Variance', null],
    [
      null,
      'Performance Indicator',
      'Result',
      'Result',
      'Target',
      'Prior Year',
      'Notes',
      'to Target',
      'Notes',
    ],
    ['F1', 'Cash Interest Cover', 2.19, 2.5, 2.17, '14.2%', '1a', '15.2%', '1b'],
    [null, 'Cash flow from operations before net interest and tax payments / net interest payments'],
    ['F2', 'Gearing Ratio', '47.83%', '47.84%', '48.13%', '0%', null, '-0.6%', null],
    [null, 'Total debt (including finance leases) / total assets * 100'],
    ['F7', 'EBITDA Margin', '29.76%', '31.32%', '31.34%', '5.2%', null, '-0.1%', null],
    [null, 'Earnings before interest, tax, depreciation and amortisation / total revenue * 100'],
  ];
  it('takes a formula under an indicator for its working, not a section, and a variance for no target', () => {
    const { report } = check(rows, 'en-US', 'FY', 7);
    expect(
      report.evaluations.map((e) => [e.indicator.name, e.indicator.category, e.indicator.org ?? null]),
    ).toEqual([
      ['Cash Interest Cover', null, null],
      ['Gearing Ratio', null, null],
      ['EBITDA Margin', null, null],
    ]);
    expect(report.evaluations.map((e) => e.target?.value)).toEqual([2.17, 0.4813, 0.3134]);
    // Gearing (debt over assets) is kept down: 47.84 % under a 48.13 % target is met.
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'achieved', 'missed']);
  });
});

describe('an NHS scorecard: Threshold | Q1 … Q4 | Yearly position', () => {
  it('holds each standard to its threshold, and a row with only the year’s figure to it', () => {
    const { report } = check(
      [
        ['Performance Key Indicators'],
        ['Indicator', 'Threshold', 'Q1', 'Q2', 'Q3', 'Q4', 'Yearly position'],
        ['Number of Attributable C-Diff cases', 9, null, null, null, null, 7],
        [
          '% of cancer patients waiting a maximum of 31 days',
          '96%',
          '98.3%',
          '98.9%',
          '99.5%',
          '97.2%',
          '98.5%',
        ],
        ['Maximum 6 week wait for diagnostic procedures', '99%', '98.1%', '98.8%', '98.9%', '97.9%', '98.4%'],
      ],
      'en-US',
      'FY',
      4,
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.actual?.value, e.status])).toEqual([
      [9, 7, 'achieved'],
      [0.96, 0.985, 'achieved'],
      [0.99, 0.984, 'missed'],
    ]);
  });
});

describe('完成年度目标任务 beside the amount done: the share of the year’s target', () => {
  it('reads small figures there as the completion, paced through the year', () => {
    const { report } = check(
      [
        ['2013年1-6月全市固定资产投资完成情况'],
        ['指标', '1-6月完成', '同比增长', '完成年度目标任务', '备注'],
        ['工业投资', 770.1, 16.2, 50.7, null],
        ['服务业投资', 640.9, 23.4, 49.3, null],
      ],
      'zh-CN',
      'Q2',
    );
    expect(report.evaluations.map((e) => [e.completion, e.status])).toEqual([
      [0.507, 'on_track'],
      [0.493, 'behind'],
    ]);
  });
});

describe('the office’s word that the year’s target is reached already', () => {
  it('超额完成 before the year’s end is achieved, not only on track; 已完成 alone keeps the figures’ word', () => {
    const { report } = check(
      [
        ['2017年1—11月民生工程项目实施进度表'],
        ['序号', '项目名称', '年度目标', '1—11月完成', '进度情况'],
        [1, '城镇登记失业率低于(%)', 4.5, 3.62, '超额完成'],
        [2, '高校毕业生就业率(%)', '90%', '92%', '已完成'],
      ],
      'zh-CN',
      'M11',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'on_track']);
  });
});

describe('a pledge within one working day', () => {
  it('holds the share of cases done in time to every case, the day singular or plural', () => {
    const { report } = check(
      [
        ["Client's Charter Achievement 2023"],
        ['Client Charter', 'Jan', 'Feb', 'Mar'],
        ['To process import licences within one (1) Working Day.', '100%', '100%', '97%'],
        ['To process payments within twelve (12) Working Days.', '100%', '100%', '100%'],
      ],
      'en-US',
      'Q1',
    );
    expect(report.evaluations.map((e) => [e.kind, e.target?.value, e.status])).toEqual([
      ['share', 1, 'behind'],
      ['share', 1, 'on_track'],
    ]);
  });
});

describe('a series of years that ends before the target’s year', () => {
  it('has no result for the target’s year: the latest of the series is the year before', () => {
    const { report } = check(
      [
        ['Collection statistics'],
        ['Ref', 'Description', '2012/13', '2013/14', '2014/15', 'Target 2015/16'],
        ['C6', 'Percentage of council tax collected in the billing year', '98.2%', '97.9%', '98%', '98.1%'],
      ],
      'en-US',
      'FY',
      4,
    );
    expect(report.evaluations.map((e) => [e.target?.value, e.actual?.value ?? null, e.status])).toEqual([
      [0.981, null, 'no_data'],
    ]);
  });
});

describe('a 督查 table’s own verdict (工作评价)', () => {
  it('reads 达到时序进度 and 未达到时序进度 there as the status', () => {
    const { report } = check(
      [
        ['2023年重点工作任务推进情况汇总表（10-12月）'],
        ['序号', '工作任务', '主体责任单位', '工作评价', '推进情况'],
        [1, '新增托育机构2所以上', '县卫健委', '已完成', '已新增3所'],
        [2, '推进县中医院诊疗能力提升', '县卫健委', '达到时序进度', '正在推进'],
        [3, '创建国家慢性病综合防控示范区', '县卫健委', '未达到时序进度', '材料准备中'],
      ],
      'zh-CN',
      'Q3',
    );
    expect(report.evaluations.map((e) => e.status)).toEqual(['achieved', 'on_track', 'behind']);
  });
});

describe('an official and an office both named for a task', () => {
  it('takes the office as the owner', () => {
    const both = check(
      [
        ['2023年重点工作任务推进情况'],
        ['序号', '工作任务', '牵头领导', '主体责任单位', '年度目标', '完成情况'],
        [1, '新增托育机构', '汪峰', '县卫健委', 2, 3],
      ],
      'zh-CN',
      'Q4',
    );
    expect(both.report.evaluations[0].indicator.owner).toBe('县卫健委');
    // Read by evidence, the official's heading gives way to the office's.
    expect(headerRoles('牵头领导')[0].score).toBeLessThan(headerRoles('主体责任单位')[0].score);
    expect(headerRoles('牵头领导')[0].role).toBe('owner');
  });
});

describe('a role word over the period it is for', () => {
  it('reads Achieved over its dates, and a target before its quarter, as their roles; a name with a date stays none', () => {
    expect(headerRoles('Achieved\n01 April 06 to\n30 June 06')[0]?.role).toBe('actual');
    expect(headerRoles('Achieved Q1 2006/07')[0]?.role).toBe('actual');
    expect(headerRoles('Target for April 2006 to June 2006')[0]?.role).toBe('target');
    expect(headerRoles('Streets swept in 7 June')).toEqual([]);
    expect(headerRoles('Achieved')[0]?.role).toBe('actual');
    expect(headerRoles('Target FY 11-12')[0]?.role).toBe('target');
    expect(headerRoles('FY 11-12 Target')[0]?.role).toBe('target');
  });
});

describe('a Taiwan plan’s headings', () => {
  it('reads 衡量指標 as the measure, 策略績效目標 as its group, and 衡量標準 (a formula) as no figure', () => {
    expect(headerRoles('衡量指標')[0]?.role).toBe('name');
    expect(headerRoles('策略績效目標')[0]?.role).toBe('category');
    expect(headerRoles('衡量標準')[0]?.role).toBe('ignore');
    expect(headerRoles('103年\n年度目標值')[0]?.role).toBe('target');
  });
});

describe('a question whether the standard was met, and a college’s standards', () => {
  it('reads “Meets Department Set Standard?” and its kin as the office’s verdict, and set standards and stretch goals as targets', () => {
    for (const h of [
      'Meets Department Set Standard?',
      'Standard met?',
      'Met target?',
      'Did we meet the target?',
    ])
      expect([h, headerRoles(h)[0]?.role]).toEqual([h, 'status']);
    expect(headerRoles('Meets standard')).toEqual([]);
    expect(headerRoles('Institution-Set Standard')[0]?.role).toBe('target');
    expect(headerRoles('Department Set Standard / Stretch Goal')[0]?.role).toBe('target');
  });
});

describe('a target written in words gives the unit of the figure read from it', () => {
  // A figure before the target's own qualifies whom it counts (6-9岁儿童): the target is 5120人, in 人.
  const rows: CellValue[][] = [
    ['2023年民生实事1-6月份进展情况'],
    ['项目', '市定任务(2023年度)', '工作进展情况'],
    ['(一)健康口腔行动', '1、新增牙椅8张;', '1、全县新增牙椅数8张,已完成目标任务的100%;'],
    [null, '2、新增窝沟封闭6-9岁儿童5120人。', '2、目前已完成窝沟封闭儿童6442人,已完成目标任务的100%。'],
    [null, '3、为60岁以上老年人免费筛查7400人。', '3、已筛查3495人。'],
  ];

  it.each([
    ['zh-CN', /完成6442人，为年度目标5120人的125\.8%/, /完成3495人，为年度目标7400人/],
    [
      'en-US',
      /6,442 people, 125\.8% of the annual target of 5,120 people/,
      /3,495 people, 47\.2% of the annual target of 7,400 people/,
    ],
  ] as const)('%s', (lang, sealing, screening) => {
    const { text } = check(rows, lang as Lang, 'Q2');
    expect(text).toMatch(sealing);
    expect(text).toMatch(screening);
    expect(text).not.toMatch(/\d岁[，,;；]|\d 岁/);
  });
});

describe('a unit typed in brackets in its column', () => {
  const rows: CellValue[][] = [
    ['Performance against targets for Output Group 1, 2017-18'],
    ['Performance measures', 'Unit of measure', 'Target', 'Actual'],
    ['Overall level of external satisfaction with audit reports', '(per cent)', 85, 88],
    ['Average duration taken to finalise responses to inquiries', '(days)', 20, 15],
  ];

  it.each([
    ['en-US', /88%, 3 percentage points above the 85% target/, /15 days/],
    ['zh-CN', /为88%，比目标85%高3个百分点/, /为15 days，控制在20 days以内/],
  ] as const)('%s: a share in (per cent) differs by percentage points', (lang, share, days) => {
    const { text } = check(rows, lang as Lang, 'FY', 7);
    expect(text).toMatch(share);
    expect(text).toMatch(days);
    expect(text).not.toMatch(/\(per cent\)|\(days\)|高3%|3% above/);
  });
});

describe('a share typed as a percentage beside a target in a % column', () => {
  // A performance self-evaluation form: 指标值 100 with 度量单位 %, 实际完成值 typed as 100% (1 shown as 100%).
  const rows: CellValue[][] = [
    ['2022年度项目支出绩效自评表'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '学生受资助人数', '≧', 735, '人次', 735, 10, 10],
    [null, '质量指标', '营养改善计划覆盖率', '≧', 100, '%', 1, 10, 10],
    ['满意度指标', '服务对象满意度', '政策知晓率', '═', 100, '%', 0.98, 10, 8],
  ];
  const formats = rows.map((row, r) => row.map((_, c) => (c === 6 && r >= 3 ? '0%' : null)));

  it("is said in the target's percentage points: 100%, 98% (not 10000%, 9800%)", () => {
    const r = runCheck({
      sources: [sourceFromRows('自评', rows, { formats })],
      lang: 'zh-CN',
      date: '2023-01-15',
      period: parsePeriodCode('FY'),
    });
    const text = r.report.narrative.map((b) => b.text).join('\n');
    expect(text).toContain('营养改善计划覆盖率为100%');
    expect(text).toMatch(/政策知晓率为98%，比目标100%低2个百分点/);
    expect(text).not.toMatch(/\d{4,}%/);
  });
});
