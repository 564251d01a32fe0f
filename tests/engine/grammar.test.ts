import fc from 'fast-check';
import { notApplicableReason, scanQuantities, type Mention } from '../../src/engine/core/grammar';

/** The only mention of a text (fails when there is not exactly one). */
function one(text: string): Mention {
  const { mentions } = scanQuantities(text);
  expect(mentions).toHaveLength(1);
  return mentions[0];
}

describe('quantities: units written in the cell', () => {
  it.each<[string, number, string]>([
    ['8950人', 8950, '人'],
    ['11.2公里', 11.2, '公里'],
    ['2家', 2, '家'],
    ['3000人次', 3000, '人次'],
    ['46个', 46, '个'],
    ['120户', 120, '户'],
    ['678亿元', 67_800_000_000, '元'],
    ['1.2万元', 12_000, '元'],
    ['22 Days', 22, 'Days'],
    ['12 days', 12, 'days'],
    ['39 cases', 39, 'cases'],
    ['£1.2m', 1_200_000, '£'],
    ['£500k', 500_000, '£'],
    ['$2bn', 2_000_000_000, '$'],
    ['建成三个', 3, '个'],
    ['两千余名', 2000, '名'],
  ])('%s → %d %s', (text, value, unit) => {
    const m = one(text);
    expect(m.value).toBe(value);
    expect(m.unit).toBe(unit);
    expect(m.percent).toBe(false);
  });

  it('reads percentages and percentage points as fractions', () => {
    expect(one('95%')).toMatchObject({ value: 0.95, percent: true, points: false });
    expect(one('百分之九十五')).toMatchObject({ value: 0.95, percent: true });
    expect(one('5‰')).toMatchObject({ value: 0.005, percent: true });
    expect(one('0.9个百分点')).toMatchObject({ value: 0.009, percent: true, points: true });
    expect(one('2 percentage points')).toMatchObject({ value: 0.02, points: true });
    expect(one('3 per cent')).toMatchObject({ value: 0.03, percent: true });
  });

  it('reads a rate per hundred things as a percentage, but not one per 100 km or per 100,000', () => {
    const ceiling = scanQuantities('less than a ratio of five per 100 prisoners.').mentions;
    expect(ceiling).toEqual([expect.objectContaining({ value: 0.05, percent: true, comparator: 'at_most' })]);
    expect(one('no more than 2 per hundred')).toMatchObject({ value: 0.02, percent: true });
    expect(one('12 per 100 km of line')).toMatchObject({ value: 12, percent: false });
    expect(one('3 per 100,000 population')).toMatchObject({ value: 3, percent: false });
    expect(one('3 per 100 000 population')).toMatchObject({ value: 3, percent: false });
  });

  it('keeps approximations as written', () => {
    expect(one('20多场次')).toMatchObject({ value: 20, unit: '场次', approximation: { marker: '多' } });
    expect(one('近二十万群众').approximation).toEqual({ text: '近二十万', marker: '近' });
    expect(one('约200').approximation?.marker).toBe('约');
    expect(one('20多万').value).toBe(200_000);
  });
});

describe('quantities: comparators', () => {
  it.each<[string, string, number]>([
    ['不低于60元', 'at_least', 60],
    ['1000万人以上', 'at_least', 10_000_000],
    ['≥95%', 'at_least', 0.95],
    ['100%+', 'at_least', 1],
    ['at least 5', 'at_least', 5],
    ['达到678亿元', 'at_least', 67_800_000_000],
    ['确保完成20个', 'at_least', 20],
    ['不超过5%', 'at_most', 0.05],
    ['控制在5.5%以内', 'at_most', 0.055],
    ['低于4.3%', 'at_most', 0.043],
    ['<= 10', 'at_most', 10],
    ['Max. 2.0% of rent roll', 'at_most', 0.02],
    ['no more than 3', 'at_most', 3],
    ['not to exceed 39 cases per year', 'at_most', 39],
    ['3%左右', 'about', 0.03],
    ['约两千人', 'about', 2000],
    // a time to be done within
    ['5个工作日内办结', 'at_most', 5],
    ['5個工作天內完成', 'at_most', 5],
    ['24小时内', 'at_most', 24],
    // 於 as Traditional texts write it (少於4, 不低於95%)
    ['少於4', 'at_most', 4],
    ['不低於95%', 'at_least', 0.95],
  ])('%s → %s %d', (text, comparator, value) => {
    const m = one(text);
    expect(m.comparator).toBe(comparator);
    expect(m.value).toBeCloseTo(value, 12);
  });

  it('reads the unit of a time in working days', () => {
    expect(one('5个工作日内办结').unit).toBe('个工作日');
    expect(one('5個工作天內完成').unit).toBe('个工作天');
  });

  it('reads ranges as between, with the percent sign on either end', () => {
    expect(one('6.5%—7%')).toMatchObject({ comparator: 'between', value: 0.065, high: 0.07, percent: true });
    expect(one('6.5-7%')).toMatchObject({ comparator: 'between', value: 0.065, high: 0.07, percent: true });
    expect(one('6.5% to 7%')).toMatchObject({ comparator: 'between', value: 0.065, high: 0.07 });
    expect(one('3至5个')).toMatchObject({ comparator: 'between', value: 3, high: 5, unit: '个' });
  });

  it('reads a range with the unit at both ends, and a multiplier after the second end as both ends’', () => {
    const between = (value: number, high: number, unit: string | null) => ({
      comparator: 'between',
      value,
      high,
      unit,
    });
    expect(one('10 km - 20 km')).toMatchObject(between(10, 20, 'km'));
    expect(one('20 days - 30 days')).toMatchObject(between(20, 30, 'days'));
    expect(one('10人至20人')).toMatchObject(between(10, 20, '人'));
    expect(one('3万元-5万元')).toMatchObject(between(30_000, 50_000, '元'));
    expect(one('2Mbps - 35Mbps')).toMatchObject(between(2, 35, null));
    expect(one('3-5万元')).toMatchObject(between(30_000, 50_000, '元'));
    expect(one('£1-2m')).toMatchObject(between(1_000_000, 2_000_000, '£'));
    expect(one('between 5 and 10 days')).toMatchObject(between(5, 10, 'days'));
    expect(one('between 85% and 90%')).toMatchObject({
      comparator: 'between',
      value: 0.85,
      high: 0.9,
      percent: true,
    });
    expect(one('介于3%—5%之间')).toMatchObject({ comparator: 'between', value: 0.03, high: 0.05 });
    expect(one('between teams and 5 days')).toMatchObject({ comparator: null, value: 5, high: null });
    // Not a range: a second end below the first, or another unit.
    expect(scanQuantities('10 km - 5 km').mentions.map((m) => m.value)).toEqual([10, 5]);
    expect(scanQuantities('5 days - 3 hours').mentions.map((m) => m.unit)).toEqual(['days', 'hours']);
  });

  it('marks 力争 targets as aspirational', () => {
    expect(one('力争达到8%')).toMatchObject({ comparator: 'at_least', aspirational: true, value: 0.08 });
    expect(one('确保8%')).toMatchObject({ aspirational: false });
  });

  it('does not read an English word inside a longer one', () => {
    expect(one('overall 95%').comparator).toBeNull();
    expect(one('maximize 10').comparator).toBeNull();
  });
});

describe('quantities: none at all, in a word', () => {
  it.each<[string, string | null]>([
    ['Nil', null],
    ['Zero', null],
    ['zero.', null],
    ['None reported', null],
    ['Nil escapes', 'escapes'],
    ['Zero breaches reported', 'breaches'],
    ['No fatalities', 'fatalities'],
  ])('%s → at most 0', (text, unit) => {
    const m = one(text);
    expect(m.value).toBe(0);
    expect(m.comparator).toBe('at_most');
    expect(m.unit).toBe(unit);
  });

  it('reads no figure in "None" alone (no target set) or in "none of …"', () => {
    expect(scanQuantities('None').mentions).toEqual([]);
    expect(scanQuantities('None of the homes').mentions).toEqual([]);
  });
});

describe('numerals and 近 inside words', () => {
  it('reads no figure in a set phrase of policy (两个确立, 八项规定, 四个意识)', () => {
    for (const text of ['衷心拥护两个确立', '严格落实中央八项规定精神', '增强四个意识', '落实一岗双责'])
      expect([text, scanQuantities(text).mentions]).toEqual([text, []]);
    expect(one('建成两个公园').value).toBe(2);
  });

  it('reads a year of Taiwan’s calendar with its month or part as a date (92年9月完成, 110年度), and 瓩 as a unit', () => {
    for (const text of ['(92年9月完成)', '預計92年10月完成', '110年度', '112年上半年'])
      expect([text, scanQuantities(text).mentions]).toEqual([text, []]);
    expect(one('服务满60年').value).toBe(60);
    const kw = one('265.1萬瓩');
    expect([kw.value, kw.unit]).toEqual([2_651_000, '瓩']);
  });

  it('reads 近 as "nearly" only right before its figure, never inside a name (习近平) or a word (近年来)', () => {
    const m = one('学习习近平总书记重要讲话和重要指示批示精神77项');
    expect([m.value, m.approximation, m.text]).toEqual([77, null, '77项']);
    expect(one('近年来完成5项').approximation).toBeNull();
    expect(one('近20万人').approximation?.marker).toBe('近');
    expect(one('nearly 77').approximation?.marker).toBe('nearly');
  });
});

describe('quantities: growth and decrease', () => {
  it.each<[string, 'up' | 'down', number, string | null]>([
    ['增长9.5%', 'up', 0.095, null],
    ['同比增长8%', 'up', 0.08, null],
    ['提高2个百分点', 'up', 0.02, null],
    ['下降3.4%', 'down', 0.034, null],
    ['下降3.4%以上', 'down', 0.034, 'at_least'],
    ['减少10%', 'down', 0.1, null],
    ['increase of 5%', 'up', 0.05, null],
    ['reduce by 10%', 'down', 0.1, null],
  ])('%s → %s %d', (text, change, value, comparator) => {
    const m = one(text);
    expect(m.change).toBe(change);
    expect(m.value).toBeCloseTo(value, 12);
    expect(m.comparator).toBe(comparator);
  });

  it('reads a share in words after a change or before a bound as per cent: 压减一半, 降低三分之一, 一半以上', () => {
    expect(one('压减一半')).toMatchObject({ change: 'down', value: 0.5, percent: true });
    expect(one('企业开办时间压减一半以上')).toMatchObject({
      value: 0.5,
      percent: true,
      comparator: 'at_least',
    });
    expect(one('降低三分之一').value).toBeCloseTo(1 / 3, 4);
    expect(one('一半以上')).toMatchObject({ value: 0.5, percent: true });
    // Alone, 一半 is a word of the sentence, not a figure.
    expect(scanQuantities('一半').mentions).toEqual([]);
  });

  it('keeps a negative growth as a result', () => {
    expect(one('增长-2.3%')).toMatchObject({ change: 'up', value: -0.023 });
    expect(one('-2.3%')).toMatchObject({ value: -0.023, percent: true });
  });
});

describe('quantities: figures inside sentences', () => {
  it('finds a level and a growth in one target text', () => {
    const { mentions } = scanQuantities('地区生产总值达到678亿元，增长9.5%');
    expect(mentions).toHaveLength(2);
    expect(mentions[0]).toMatchObject({ label: '地区生产总值', value: 67_800_000_000, unit: '元' });
    expect(mentions[1]).toMatchObject({ change: 'up', value: 0.095, percent: true });
  });

  it('finds both results of a sentence', () => {
    const { mentions } = scanQuantities('完成固定资产投资121.9亿元，同比增长8%');
    expect(mentions.map((m) => m.value)).toEqual([12_190_000_000, 0.08]);
    expect(mentions[0].label).toBe('完成固定资产投资');
    expect(mentions[1].change).toBe('up');
  });

  it('reads a gap to the target with its sign', () => {
    const below = scanQuantities('增长6.1%，低于目标0.9个百分点').mentions;
    expect(below[1]).toMatchObject({ role: 'gap', gapSign: -1, value: 0.009, points: true });
    const above = scanQuantities('增长6.1%，高于目标0.9个百分点').mentions;
    expect(above[1]).toMatchObject({ role: 'gap', gapSign: 1 });
    // the target named in full: 比年目标任务低, 比年度目标高
    expect(scanQuantities('比年目标任务低0.63个百分点').mentions[0]).toMatchObject({
      role: 'gap',
      gapSign: -1,
      value: 0.0063,
    });
    expect(scanQuantities('比年度目标高1.2个百分点').mentions[0]).toMatchObject({ role: 'gap', gapSign: 1 });
  });

  it('reads a completion rate beside an actual', () => {
    const { mentions } = scanQuantities('已完成46个，完成率115%');
    expect(mentions[0]).toMatchObject({ role: 'value', value: 46, unit: '个', label: '已完成' });
    expect(mentions[1]).toMatchObject({ role: 'completion', value: 1.15 });
    expect(one('完成全年任务的75%')).toMatchObject({ role: 'completion', value: 0.75 });
  });

  it('does not take dates, periods, ordinals or names for figures', () => {
    for (const text of [
      '2019年1-7月',
      '1-9月累计完成',
      'Q2 2023/24',
      'as at 19 October 2024',
      'printed out on September 22, 2016',
      'held on Sept. 15th, 2016',
      'at the 4th floor',
      '完成第3批建设',
      '建成第5座水厂',
      '一般公共预算收入',
      '第一季度',
      '十四五规划',
      '2025年底前',
      'COVID-19',
      'as on 31.12.2024',
      'as at 31/03/2024',
      'completed 2024-03-31',
      'signed 31-03-2024',
    ]) {
      expect(scanQuantities(text).mentions).toEqual([]);
    }
  });

  it('reads the figure beside a day written in figures, and keeps ranges and fractions of figures', () => {
    expect(scanQuantities('As on 31.12.2024: 45 schools').mentions.map((m) => m.value)).toEqual([45]);
    expect(scanQuantities('93.6% (as on 31.10.2024)').mentions.map((m) => m.value)).toEqual([0.936]);
    expect(scanQuantities('12.5-15.5%').mentions[0]).toMatchObject({ value: 0.125, high: 0.155 });
    expect(scanQuantities('10/12 schools').mentions.length).toBeGreaterThan(0);
  });

  it('reads an arrow beside a share as its change (50% ↓ on the baseline, 35%↑)', () => {
    expect(scanQuantities('50% ↓ on 2005/06 baseline').mentions[0]).toMatchObject({
      value: 0.5,
      change: 'down',
    });
    expect(scanQuantities('35%↑').mentions[0]).toMatchObject({ value: 0.35, change: 'up' });
    expect(scanQuantities('↓50%').mentions[0]).toMatchObject({ value: 0.5, change: 'down' });
  });

  it('keeps the figure beside a date written month first', () => {
    expect(scanQuantities('1 budget forum conducted on May 26, 2016').mentions.map((m) => m.value)).toEqual([
      1,
    ]);
  });

  it('does not take a list number or a grade for a figure', () => {
    expect(scanQuantities('*4.新增技能人才4000人').mentions.map((m) => [m.value, m.unit])).toEqual([
      [4000, '人'],
    ]);
    expect(scanQuantities('2、募集见习岗位325个').mentions.map((m) => m.value)).toEqual([325]);
    expect(scanQuantities('(3)新建公园5个').mentions.map((m) => m.value)).toEqual([5]);
    expect(scanQuantities('二级及以上综合医院新增牙椅12台').mentions.map((m) => m.value)).toEqual([12]);
    // A decimal at the start is a figure, not a list number.
    expect(scanQuantities('1.5万人').mentions.map((m) => m.value)).toEqual([15000]);
  });

  it('reads a decimal comma before a size, rand written close up, and a side of the target said after a figure', () => {
    const read = (t: string) => scanQuantities(t).mentions.map((m) => [m.value, m.role, m.gapSign]);
    expect(read('R 0,62 bn')).toEqual([[620_000_000, 'value', null]]);
    expect(read('R0,25 bn')).toEqual([[250_000_000, 'value', null]]);
    expect(read('R 1,8 bn')).toEqual([[1_800_000_000, 'value', null]]);
    expect(read('R1.2 billion')).toEqual([[1_200_000_000, 'value', null]]);
    expect(read('£0,5m')).toEqual([[500_000, 'value', null]]);
    // Thousands stay thousands, a list stays a list, and a code stays a code.
    expect(read('1,234 million')).toEqual([[1_234_000_000, 'value', null]]);
    expect(read('goals 1,2 and 3').map((m) => m[0])).toEqual([1, 2, 3]);
    expect(read('R1 road')).toEqual([]);
    // Under or over its target, said after it: a gap.
    expect(read('R7m under budget')).toEqual([[7_000_000, 'gap', -1]]);
    expect(read('3% below target')).toEqual([[0.03, 'gap', -1]]);
    expect(read('2 days ahead of plan')).toEqual([[2, 'gap', 1]]);
    expect(read('R139.6m achieved')).toEqual([[139_600_000, 'value', null]]);
  });

  it('does not take the list marks of numbered lines in one cell for figures', () => {
    const value = (t: string) => scanQuantities(t).mentions.map((m) => m.value);
    expect(value('1)完成成人初高中学历提升416人;\n2)完成大专及以上学历提升902人。')).toEqual([416, 902]);
    expect(value('(1)新建公园5个；(2)改造绿道12公里')).toEqual([5, 12]);
    expect(value('目标：1.建成3所；2、新增床位60张')).toEqual([3, 60]);
    // After a clause's end, more of a number is still a figure.
    expect(value('目标：2.5万元；3%')).toEqual([25000, 0.03]);
    expect(value('完成：3个')).toEqual([3]);
  });

  it('reads a figure in brackets after 比 and a year as the base of the change', () => {
    const ms = scanQuantities('比2015年(24.31)降低10个百分点').mentions;
    expect(ms.map((m) => [m.role, m.value, m.change])).toEqual([
      ['base', 24.31, null],
      ['value', 0.1, 'down'],
    ]);
    expect(scanQuantities('新增(30)个').mentions.map((m) => m.role)).toEqual(['value']);
  });

  it('says what it did not understand', () => {
    expect(scanQuantities('Max. 2.0% of rent roll').rest).toBe('of rent roll');
    expect(scanQuantities('不低于60元').rest).toBe('');
  });
});

describe('not applicable', () => {
  it.each<[string, string]>([
    ['-', 'not-applicable'],
    ['—', 'not-applicable'],
    ['/', 'not-applicable'],
    ['无', 'not-applicable'],
    ['不适用', 'not-applicable'],
    ['n/a', 'not-applicable'],
    ['N/A', 'not-applicable'],
    ['TBC', 'to-be-confirmed'],
    ['Data only', 'data-only'],
    ['Annual measure', 'annual'],
    ['Annual indicator', 'annual'],
    ['not due', 'not-due'],
    ['无任务', 'no-target'],
    ['Collected annually', 'annual'],
    ['New measure', 'no-target'],
    ['新增指标', 'no-target'],
    ['To be determined', 'to-be-confirmed'],
    ['Baseline to be established', 'no-target'],
    // a long note by its first clause
    ['Establish baseline; New measure for 2003/04', 'no-target'],
  ])('%s → %s', (text, reason) => {
    expect(notApplicableReason(text)).toBe(reason);
  });

  it('is null for figures and words', () => {
    for (const t of ['95%', '完成', 'Green', '']) expect(notApplicableReason(t)).toBeNull();
    expect(
      notApplicableReason('Increase the share of homes built to the new standard; 95% by 2026'),
    ).toBeNull();
  });
});

describe('the scan is linear and never throws', () => {
  it('handles any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = scanQuantities(text);
        for (const m of r.mentions) expect(Number.isFinite(m.value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('does work linear in the text, whatever the text', () => {
    // Counted in elementary steps, not time: a long run of digits, numerals, dashes or grammar words
    // costs at most a fixed number of steps per character.
    const parts = [
      '1',
      '一',
      '二十',
      '-',
      '%',
      '不低于',
      '以上',
      '1,',
      '1.',
      '约',
      'e',
      '万',
      '6.5%—',
      ' ',
      'not to ',
      '百分之',
    ];
    let worst = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 300, maxLength: 3000 }), (chunks) => {
        const text = chunks.join('').slice(0, 4000);
        const stats = { work: 0 };
        scanQuantities(text, stats);
        worst = Math.max(worst, stats.work / text.length);
        expect(stats.work).toBeLessThanOrEqual(text.length * 1200);
      }),
      { numRuns: 40 },
    );
    // The bound is a constant, not a multiple of the length: short and long texts cost alike per char.
    const short = { work: 0 };
    const long = { work: 0 };
    scanQuantities('一'.repeat(100), short);
    scanQuantities('一'.repeat(4000), long);
    expect(long.work / 4000).toBeLessThanOrEqual((short.work / 100) * 1.5);
    expect(worst).toBeGreaterThan(0);
  });
});

describe('a duration written in two units', () => {
  it.each([
    ['3 hours and 11 minutes', 3 + 11 / 60, 'hours'],
    ['1 min 20 secs', 1 + 20 / 60, 'min'],
    ['3小时11分钟', 3 + 11 / 60, '小时'],
  ])('%s is one figure in its first unit', (text, value, unit) => {
    const m = one(text);
    expect(m.value).toBeCloseTo(value, 9);
    expect(m.unit).toBe(unit);
    expect(m.text).toBe(text);
  });

  it('keeps two figures that are not one duration', () => {
    expect(scanQuantities('3 hours, target 11 minutes').mentions.length).toBe(2);
    expect(scanQuantities('11 minutes and 3 hours').mentions.length).toBe(2);
  });
});

describe('years, time frames and figures in words with their digits', () => {
  const figures = (text: string) => scanQuantities(text).mentions.map((m) => [m.value, m.unit]);

  it('reads a financial year written across two years as a date, not a figure', () => {
    expect(figures('2019-20年度')).toEqual([]);
    expect(figures('自2019-20年起,採用三項新技術')).toEqual([[3, '项']]);
    expect(figures('2023/24年度完成5个')).toEqual([[5, '个']]);
  });

  it('reads the years a target is set over (三年內) as when it is due, not a figure', () => {
    expect(figures('三年內,將電動車行車里數比率提高至13%').map(([v]) => v)).toEqual([0.13]);
    expect(figures('两年之内建成3所学校')).toEqual([[3, '所']]);
    // A pledge of days stays a figure: the standard the cases are done in.
    expect(figures('5个工作日内办结').map(([v]) => v)).toEqual([5]);
  });

  it('reads "four (4) months" as 4 months', () => {
    expect(figures('completed four (4) months before the due date')).toEqual([[4, 'months']]);
    expect(figures('within fourteen (14) working days')).toEqual([[14, 'working days']]);
  });
});

describe('numbers that name things in Chinese', () => {
  const figures = (text: string) => scanQuantities(text).mentions.map((m) => [m.value, m.unit]);

  it('reads no figure in a plan’s name, a road’s number or "a number of"', () => {
    expect(figures('力争列入“十五五”省重大交通规划')).toEqual([]);
    expect(figures('104国道东复线等项目前期工作')).toEqual([]);
    expect(figures('加快推进一批重大交通工程建设,力争全年实现交通投资60亿元以上')).toEqual([
      [6000000000, '元'],
    ]);
    // A multiplier the numeral swallowed is still given back to its unit.
    expect(figures('新增就业两万人')).toEqual([[20000, '人']]);
  });

  it('reads no figure in a plan’s formula or a version (“1+7+N”重点工作, 架构图2.0版)', () => {
    expect(figures('谋划实施“1+7+N”重点工作和“1+5+n”重大改革项目')).toEqual([]);
    expect(figures('谋划实施“1+7+N”68项重点工作')).toEqual([[68, '项']]);
    expect(figures('迭代编制架构图2.0版，建成3.0版本平台5个')).toEqual([[5, '个']]);
    // A figure with a plus after it is still one (20+, 3+2 is a sum: no count of anything).
    expect(figures('举办培训20+场')[0]?.[0]).toBe(20);
  });

  it('reads 吨标煤 as the unit it shortens (腾出用能3万吨标煤)', () => {
    expect(figures('全年腾出用能3万吨标煤')).toEqual([[30000, '吨标煤']]);
  });

  it('reads a noise level in decibels (<60dB(A), 70分贝)', () => {
    expect(figures('<60dB(A)')).toEqual([[60, 'dB']]);
    expect(figures('昼间噪声不超过70分贝')).toEqual([[70, '分贝']]);
  });
});

describe('a figure that qualifies what is counted', () => {
  const roles = (text: string) => scanQuantities(text).mentions.map((m) => [m.text, m.role]);

  it('reads 以上 / 以下 before a noun, with a figure after it, as a qualifier', () => {
    expect(roles('实现200人以上较大自然村公交通达率97%以上')).toEqual([
      ['200人以上', 'qualifier'],
      ['97%以上', 'value'],
    ]);
    expect(roles('引进500万元以上项目10个')).toEqual([
      ['500万元以上', 'qualifier'],
      ['10个', 'value'],
    ]);
    expect(roles('3岁以下婴幼儿托位数达到4.5个')[0]).toEqual(['3岁以下', 'qualifier']);
  });

  it('reads an age before whom it counts as a qualifier, with or without 以上 (6-9岁儿童7050人)', () => {
    expect(roles('新增窝沟封闭6-9岁儿童7050人').map(([, r]) => r)).toEqual(['qualifier', 'value']);
    expect(roles('65岁老年人健康管理率70%').map(([, r]) => r)).toEqual(['qualifier', 'value']);
    // An age alone is the figure (平均预期寿命达到78岁).
    expect(roles('平均预期寿命达到78岁').map(([, r]) => r)).toEqual(['value']);
  });

  it('reads an age before whom it counts as a qualifier with no figure after it (为6-9岁学龄儿童开展…服务)', () => {
    expect(roles('健康口腔行动(为6-9岁学龄儿童开展免费第一恒磨牙窝沟封闭服务)')).toEqual([
      ['6-9岁', 'qualifier'],
    ]);
    expect(roles('为65岁以上老年人免费体检')).toEqual([['65岁以上', 'qualifier']]);
  });

  it('keeps the figure a value with no figure after it, after a conjunction, or past a comma', () => {
    expect(roles('南北中心大道全线高架完成工程量50%以上')).toEqual([['50%以上', 'value']]);
    expect(roles('完成投资30亿元以上并开工5个项目').map(([, r]) => r)).toEqual(['value', 'value']);
    expect(roles('新增就业1万人以上，失业率4%以内').map(([, r]) => r)).toEqual(['value', 'value']);
  });

  it('in English, only before a later standard: "10 or more dwellings … within 13 weeks"', () => {
    expect(roles('Major applications for 10 or more dwellings determined within 13 weeks')).toEqual([
      ['10 or more', 'qualifier'],
      ['within 13 weeks', 'value'],
    ]);
    // "10 000+ youths … in the 52 districts": the target, and where it is met.
    expect(roles('10 000+ youths in Siyakwazi Youth Network in the 52 districts')[0]).toEqual([
      '10 000+',
      'value',
    ]);
  });
});

describe('a qualifier right after the count it qualifies', () => {
  it('reads 为3.078万60岁以上老年人 as 30,780 people, 60岁以上 saying which', () => {
    expect(
      scanQuantities('为3.078万60岁以上老年人免费接种流感疫苗').mentions.map((m) => [m.value, m.role]),
    ).toEqual([
      [30780, 'value'],
      [60, 'qualifier'],
    ]);
    // 60岁以上 before the count: the count follows (新增60岁以上老年人体检1万人次).
    expect(scanQuantities('新增60岁以上老年人体检1万人次').mentions.map((m) => m.role)).toEqual([
      'qualifier',
      'value',
    ]);
  });
});

describe('English figures with their words after them', () => {
  const read = (text: string) => scanQuantities(text).mentions.map((m) => [m.value, m.change]);

  it('reads a change written after a share ("124% increase", "30% reduction")', () => {
    expect(read('124% increase')).toEqual([[1.24, 'up']]);
    expect(read('30% reduction on prior year')).toEqual([[0.3, 'down']]);
    expect(read('10% increasingly')).toEqual([[0.1, null]]);
  });

  it('reads "1.7 million" and "2.4 billion" with their multiplier, and "5 m" without one', () => {
    expect(read('1.7 million')).toEqual([[1700000, null]]);
    expect(read('£2.4 billion')).toEqual([[2400000000, null]]);
    expect(read('5 m')).toEqual([[5, null]]);
  });

  it('reads a change written after what changed ("70% Malaria mortality reduction"), not after a share of something', () => {
    expect(read('70% Malaria mortality reduction- (1707 in 2006)')[0]).toEqual([0.7, 'down']);
    expect(read('60% Filaria / Microfilaria Reduction')).toEqual([[0.6, 'down']]);
    expect(read('12% visitor numbers increase')).toEqual([[0.12, 'up']]);
    expect(read('80% of schools increase attendance')).toEqual([[0.8, null]]);
    expect(read('90% customer satisfaction with the new reduction scheme')).toEqual([[0.9, null]]);
  });

  it('reads South Asia’s lakhs and crores', () => {
    expect(read('46 lakhs per year')).toEqual([[4600000, null]]);
    expect(read('Rs. 25 crore')).toEqual([[250000000, null]]);
    expect(read('3.5 lakh')).toEqual([[350000, null]]);
    expect(read('2 lacs')).toEqual([[200000, null]]);
  });
});

describe('a level raised or lowered to', () => {
  const read = (text: string) => scanQuantities(text).mentions.map((m) => [m.value, m.change, m.comparator]);

  it('reads 提高至13% and "reduce to 5%" as the level to reach, not a change of that size', () => {
    expect(read('將電動車行車里數比率提高至13%')).toEqual([[0.13, null, 'at_least']]);
    expect(read('下降到3%')).toEqual([[0.03, null, 'at_most']]);
    expect(read('increase to 95%')).toEqual([[0.95, null, 'at_least']]);
    expect(read('Cataract operations- increasing to 46 lakhs per year')).toEqual([
      [4600000, null, 'at_least'],
    ]);
    expect(read('waiting lists falling to 5%')).toEqual([[0.05, null, 'at_most']]);
    // A change of that size stays a change.
    expect(read('提高13%')).toEqual([[0.13, 'up', null]]);
  });
});

describe('years counted back or in a row', () => {
  it('reads 连续三年 and 近三年 as a time frame, not a figure', () => {
    expect(scanQuantities('连续三年名列本省前列').mentions).toEqual([]);
    expect(scanQuantities('且近三年逐年下降').mentions).toEqual([]);
    expect(scanQuantities('过去5年新增就业1万人').mentions.map((m) => m.value)).toEqual([10000]);
  });
});

describe('a school grade', () => {
  it('reads a programme’s or a set’s name (新三年行动计划, 四大新兴产业, 十大民生实事) as no figure', () => {
    const text = '编制培育发展新兴产业新三年行动计划,力争规上工业中四大新兴产业增加值占比提升至44%';
    expect(scanQuantities(text).mentions.map((m) => m.value)).toEqual([0.44]);
    expect(scanQuantities('落实十大民生实事项目').mentions).toEqual([]);
    expect(scanQuantities('新增城镇就业3万人').mentions.map((m) => m.value)).toEqual([30000]);
  });

  it('reads a reform named by its "one" (一件事一次办, 一网通办, 一站式) as no figure, and 一万人 as one', () => {
    expect(scanQuantities('企业职工退休一件事一次办理人次').mentions).toEqual([]);
    expect(scanQuantities('推行政务服务一网通办').mentions).toEqual([]);
    expect(scanQuantities('建成一站式服务中心3个').mentions.map((m) => m.value)).toEqual([3]);
    expect(scanQuantities('新增就业一万人').mentions.map((m) => m.value)).toEqual([10000]);
    // A term named by its number (五保户: households of the five guarantees) is who, not a count.
    expect(scanQuantities('确保农村五保户年分散供养标准不低于2640元').mentions.map((m) => m.value)).toEqual([
      2640,
    ]);
    expect(scanQuantities('实现两不愁三保障').mentions).toEqual([]);
  });

  it('reads a growth word after a figure as the figure’s, not a noun it counts (实现10%以上增长)', () => {
    const roles = scanQuantities('4个结构性指标均实现10%以上增长').mentions.map((m) => [m.value, m.role]);
    expect(roles).toContainEqual([0.1, 'value']);
    // A figure before the people it counts still qualifies them.
    expect(scanQuantities('为3.078万60岁以上老年人接种').mentions.map((m) => m.role)).toEqual([
      'value',
      'qualifier',
    ]);
  });

  it('reads 增加值 as value added, not an increase', () => {
    const change = (t: string) => scanQuantities(t).mentions.map((m) => m.change);
    expect(change('力争新兴产业增加值占比提升至44%')).toEqual([null]);
    expect(change('规上工业增加值增长8%')).toEqual(['up']);
  });

  it('reads 七至九年级 and 一年级 as who, not a figure', () => {
    expect(scanQuantities('为3.88万名七至九年级学生免费体检').mentions.map((m) => m.value)).toEqual([38800]);
    expect(scanQuantities('一年级新生').mentions).toEqual([]);
  });

  it('reads a share’s working in brackets after it (27.27%(9/33), 81.60% (1,428/1,750)) as no figure of its own', () => {
    expect(scanQuantities('27.27%(9/33)').mentions.map((m) => m.value)).toEqual([0.2727]);
    expect(scanQuantities('81.60%\n(1,428/1,750)').mentions.map((m) => m.value)).toEqual([0.816]);
    // A count in brackets is still a count, and a fraction after a count is no share's working.
    expect(scanQuantities('(1,234/877)').mentions.map((m) => m.value)).toEqual([1234]);
  });
});

describe('marks and times that are no figures', () => {
  it('drops a note’s mark after a figure (90%(1), 1,234 (2), 95%(注1)); a count in brackets after a word stays', () => {
    expect(scanQuantities('90%(1)').mentions.map((m) => m.value)).toEqual([0.9]);
    expect(scanQuantities('1,234 (2)').mentions.map((m) => m.value)).toEqual([1234]);
    expect(scanQuantities('95%（注1）').mentions.map((m) => m.value)).toEqual([0.95]);
    expect(scanQuantities('第(1)项完成12个').mentions.map((m) => m.value)).toEqual([1, 12]);
  });
  it('drops the times of the day (上午10时至11时, 下午12时30分至2时, 9am to 5pm); a time taken stays', () => {
    const busy = '在5分鐘內為顧客提供服務,繁忙時段(上午10時至11時及下午12時30分至2時)除外';
    expect(scanQuantities(busy).mentions.map((m) => [m.value, m.unit])).toEqual([[5, '分钟']]);
    expect(
      scanQuantities('Calls answered from 9am to 5pm within 30 seconds').mentions.map((m) => m.value),
    ).toEqual([30]);
    expect(scanQuantities('24小时内办结').mentions.map((m) => m.value)).toEqual([24]);
    expect(scanQuantities('124时').mentions.map((m) => m.value)).toEqual([124]);
  });
});

describe('spaces around figures in Chinese text, as Hong Kong and Taiwan write', () => {
  const figures = (text: string) => scanQuantities(text).mentions.map((m) => [m.value, m.unit]);

  it('reads a figure with a space before its unit or multiplier as one written without', () => {
    expect(figures('一共派發了 15 000 份給各部門')).toEqual([[15000, '份']]);
    expect(figures('動用 40 億元,在公共租住屋村進行維修')).toEqual([[4e9, '元']]);
    expect(figures('設立 5 個房屋事務詢問處')).toEqual([[5, '个']]);
  });

  it('takes no figure from a date or a span of years so written', () => {
    expect(figures('已在 1997 年 2 月出版')).toEqual([]);
    expect(figures('在 1996 至 97 年度完結前')).toEqual([]);
    expect(figures('2019-20年度')).toEqual([]);
  });
});

describe('years written as spans, and N/A with its reason', () => {
  const figures = (text: string) => scanQuantities(text).mentions.map((m) => m.value);

  it('takes no figure from a fiscal year written with a dash, and keeps a count after "in"', () => {
    expect(figures('In 2016-17 we completed 45 reports')).toEqual([45]);
    expect(figures('for the years 2016-2017')).toEqual([]);
    expect(figures('2016-18')).toEqual([2016, 18]);
    expect(figures('an increase in 2000 jobs')).toEqual([2000]);
  });

  it('reads N/A opening a note on why as not applicable', () => {
    expect(notApplicableReason('N/A In fiscal year 2016-17, no investigations were completed.')).toBe(
      'not-applicable',
    );
    expect(notApplicableReason('n/a - not due')).toBe('not-applicable');
    expect(notApplicableReason('N/A')).toBe('not-applicable');
    expect(notApplicableReason('Nationally, 45 reports')).toBeNull();
  });
});
