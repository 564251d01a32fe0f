import fc from 'fast-check';
import { type Lang, type Period, type Quantity, type Quarter, STATUSES } from '../../src/engine/model';
import { cleanText } from '../../src/engine/core/text';
import { joinList, localeFor, periodLabel, statusLabel } from '../../src/engine/locale';
import { chineseOrdinal } from '../../src/engine/locale/zh-CN/format';
import { expectNoJunk } from '../support/text';

/** The pack's formats, called as the tests call them: value first, then the language. */
const fmt = (lang: Lang) => localeFor(lang).format;
const formatNumber = (v: number, lang: Lang): string => fmt(lang).number(v);
const formatPercent = (r: number, lang: Lang, digits?: number): string => fmt(lang).percent(r, digits);
const formatPoints = (d: number, lang: Lang): string => fmt(lang).points(d);
const formatQuantity = (q: Quantity | null, unit: string | null, lang: Lang): string =>
  fmt(lang).quantity(q, unit);
const formatDate = (iso: string, lang: Lang): string => fmt(lang).date(iso);
const periodAsOf = (p: Period, lang: Lang): string => fmt(lang).periodAsOf(p);
const sectionNumber = (n: number, level: 1 | 2, lang: Lang): string => fmt(lang).sectionNumber(n, level);

const exact = (value: number, percent = false): Quantity => ({ value, approximation: null, percent });
const approx = (value: number, text: string, marker: string): Quantity => ({
  value,
  approximation: { text, marker },
  percent: false,
});

describe('formatNumber zh-CN', () => {
  it.each([
    [0, '0'],
    [9999, '9999'],
    [1234.5, '1234.5'],
    [1234.567, '1234.57'],
    [10000, '1万'],
    [28000, '2.8万'],
    [123456, '12.35万'],
    [1870000, '187万'],
    [10120, '1.01万'],
    [99999999, '1亿'],
    [100000000, '1亿'],
    [280000000, '2.8亿'],
    [1234567890123, '12345.68亿'],
    [-28000, '-2.8万'],
    [-5, '-5'],
    [-0.001, '0'],
    [0.5, '0.5'],
    [2.0, '2'],
  ])('%p → %s', (v, s) => {
    expect(formatNumber(v, 'zh-CN')).toBe(s);
  });

  it('switches to 万 when rounding reaches 10000', () => {
    expect(formatNumber(9999.996, 'zh-CN')).toBe('1万');
  });
});

describe('formatNumber en-US', () => {
  it.each([
    [0, '0'],
    [9999, '9,999'],
    [12345, '12,345'],
    [1234.5, '1,234.5'],
    [1234.567, '1,234.57'],
    [280000000, '280,000,000'],
    [-28000, '-28,000'],
    [-0.001, '0'],
  ])('%p → %s', (v, s) => {
    expect(formatNumber(v, 'en-US')).toBe(s);
  });
});

describe('non-finite numbers never print as NaN or Infinity', () => {
  it.each([NaN, Infinity, -Infinity])('%p', (v) => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      expect(formatNumber(v, lang)).toBe('—');
      expect(formatPercent(v, lang)).toBe('—');
      expect(formatPoints(v, lang)).toBe('—');
      expect(formatQuantity(exact(v), '个', lang)).toBe('—');
    }
  });

  it('holds for any double (property)', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom('zh-CN' as const, 'en-US' as const), (v, lang) => {
        for (const s of [formatNumber(v, lang), formatPercent(v, lang), formatPoints(v, lang)]) {
          expectNoJunk(s);
          expect(s).not.toMatch(/e\+|e-/);
          expect(s).not.toMatch(/^-0(\.0+)?(%|个百分点| percentage points)?$/);
        }
      }),
    );
  });
});

describe('formatPercent and formatPoints', () => {
  it('percent with one decimal by default', () => {
    expect(formatPercent(0.8333, 'zh-CN')).toBe('83.3%');
    expect(formatPercent(0.95, 'en-US')).toBe('95.0%');
    expect(formatPercent(1.2267, 'zh-CN')).toBe('122.7%');
    expect(formatPercent(0, 'zh-CN')).toBe('0.0%');
    expect(formatPercent(-0.0001, 'zh-CN')).toBe('0.0%');
    expect(formatPercent(0.12345, 'zh-CN', 2)).toBe('12.35%');
    expect(formatPercent(123.45, 'en-US')).toBe('12,345.0%');
  });

  it('points', () => {
    expect(formatPoints(0.167, 'zh-CN')).toBe('16.7个百分点');
    expect(formatPoints(0.167, 'en-US')).toBe('16.7 percentage points');
    expect(formatPoints(0, 'zh-CN')).toBe('0.0个百分点');
    expect(formatPoints(-0.05, 'zh-CN')).toBe('-5.0个百分点');
  });
});

describe('formatQuantity', () => {
  it('number with unit, 万 / 亿 in zh-CN', () => {
    expect(formatQuantity(exact(184), '场次', 'zh-CN')).toBe('184场次');
    expect(formatQuantity(exact(28000), '人次', 'zh-CN')).toBe('2.8万人次');
    expect(formatQuantity(exact(1870000), '元', 'zh-CN')).toBe('187万元');
    expect(formatQuantity(exact(187), '万元', 'zh-CN')).toBe('187万元');
    expect(formatQuantity(exact(28000), '万元', 'zh-CN')).toBe('2.8亿元');
    expect(formatQuantity(exact(125000), '份', 'zh-CN')).toBe('12.5万份');
    expect(formatQuantity(exact(5), null, 'zh-CN')).toBe('5');
    expect(formatQuantity(exact(5), '  ', 'zh-CN')).toBe('5');
  });

  it('a currency’s sign before the figure, its size as 万 and 亿 ($ million, £000, US$m: zh-CN)', () => {
    expect(formatQuantity(exact(61.7), '$ million', 'zh-CN')).toBe('$6170万');
    expect(formatQuantity(exact(484), '$ thousand', 'zh-CN')).toBe('$48.4万');
    expect(formatQuantity(exact(280300), '$000', 'zh-CN')).toBe('$2.8亿');
    expect(formatQuantity(exact(61.3), '£m', 'zh-CN')).toBe('£6130万');
    expect(formatQuantity(exact(950), '£', 'zh-CN')).toBe('£950');
  });

  it('a currency’s name before the figure, and money in 千元 as 万元 and 亿元 of it (zh-CN)', () => {
    expect(formatQuantity(exact(787069174), '新臺幣元', 'zh-CN')).toBe('新臺幣7.87亿元');
    expect(formatQuantity(exact(400), '人民币万元', 'zh-CN')).toBe('人民币400万元');
    expect(formatQuantity(exact(191600), '千元', 'zh-CN')).toBe('1.92亿元');
    expect(formatQuantity(exact(191600), '新台幣千元', 'zh-CN')).toBe('新台幣1.92亿元');
    expect(formatQuantity(exact(5), '千元', 'zh-CN')).toBe('5000元');
    // 千米 and 千克 are units of their own.
    expect(formatQuantity(exact(20000), '千米', 'zh-CN')).toBe('2万千米');
  });

  it('money in a Chinese unit reads in English with its currency first, in millions and billions', () => {
    expect(formatQuantity(exact(4348), '万元', 'en-US')).toBe('RMB 43.48 million');
    expect(formatQuantity(exact(10.78), '亿元', 'en-US')).toBe('RMB 1.08 billion');
    expect(formatQuantity(exact(23000), '亿元', 'en-US')).toBe('RMB 2.3 trillion');
    expect(formatQuantity(exact(500), '元', 'en-US')).toBe('RMB 500');
    expect(formatQuantity(exact(-120), '万元', 'en-US')).toBe('-RMB 1.2 million');
    expect(formatQuantity(exact(787069174), '新臺幣元', 'en-US')).toBe('NT$787.07 million');
    expect(formatQuantity(exact(2.5), '亿美元', 'en-US')).toBe('US$250 million');
    expect(formatQuantity(exact(3), '港元', 'en-US')).toBe('HK$3');
    // Not money: a count, in words (see below).
    expect(formatQuantity(exact(100), '万人', 'en-US')).toBe('1 million people');
  });

  it('a unit written as a Latin word stands a space apart in Chinese text (951 Kilometres), a symbol not (20km)', () => {
    expect(formatQuantity(exact(951), 'Kilometres', 'zh-CN')).toBe('951 Kilometres');
    expect(formatQuantity(exact(15), 'days', 'zh-CN')).toBe('15 days');
    expect(formatQuantity(exact(20), 'km', 'zh-CN')).toBe('20km');
    expect(formatQuantity(exact(358), 'm³', 'zh-CN')).toBe('358m³');
    expect(formatQuantity(exact(20), '公里', 'zh-CN')).toBe('20公里');
    // …its figure as written, never in 万 beside a Latin word (a ceiling of 16,387 tonnes stays exact)
    expect(formatQuantity(exact(16387), 'tonnes', 'zh-CN')).toBe('16387 tonnes');
    // a rate per so many: the figure over its base, never run into the unit's 1 (2.651/10万)
    expect(formatQuantity(exact(2.65), '1/10万', 'zh-CN')).toBe('2.65/10万');
    expect(formatQuantity(exact(2.65), '1/10万', 'en-US')).toBe('2.65 per 100,000');
    expect(formatQuantity(exact(23.71), '1/万', 'en-US')).toBe('23.71 per 10,000');
    expect(formatQuantity(exact(0.2), '%', 'zh-CN')).toBe('0.2%');
  });

  it('a unit typed in brackets in its column reads without them after the number', () => {
    expect(formatQuantity(exact(10.5), '(months)', 'en-US')).toBe('10.5 months');
    expect(formatQuantity(exact(484), '($ thousand)', 'en-US')).toBe('$484 thousand');
    expect(formatQuantity(exact(187), '（万元）', 'zh-CN')).toBe('187万元');
    expect(formatQuantity(exact(3), '(a) (b)', 'en-US')).toBe('3 (a) (b)');
  });

  it('number, space, unit as given in en-US', () => {
    expect(formatQuantity(exact(184), 'sessions', 'en-US')).toBe('184 sessions');
    expect(formatQuantity(exact(28000), 'sessions', 'en-US')).toBe('28,000 sessions');
    expect(formatQuantity(exact(5), null, 'en-US')).toBe('5');
  });

  it('Chinese units of count and measure in English words, their size worked into the figure (en-US)', () => {
    expect(formatQuantity(exact(28000), '人次', 'en-US')).toBe('28,000 person-times');
    expect(formatQuantity(exact(7.23), '万人', 'en-US')).toBe('72,300 people');
    expect(formatQuantity(exact(1), '户', 'en-US')).toBe('1 household');
    expect(formatQuantity(exact(151), '个', 'en-US')).toBe('151');
    expect(formatQuantity(exact(5000), '亩', 'en-US')).toBe('5,000 mu');
    expect(formatQuantity(exact(12.5), '公里', 'en-US')).toBe('12.5 km');
    // A unit it does not know is kept as written.
    expect(formatQuantity(exact(3), '标准箱', 'en-US')).toBe('3 标准箱');
  });

  it('money in en-US: the sign first, the scale after', () => {
    expect(formatQuantity(exact(61300000), '£', 'en-US')).toBe('£61,300,000');
    expect(formatQuantity(exact(852), '$ million', 'en-US')).toBe('$852 million');
    expect(formatQuantity(exact(3.2), '£m', 'en-US')).toBe('£3.2m');
    expect(formatQuantity(exact(280302), '$000', 'en-US')).toBe('$280,302 thousand');
    expect(formatQuantity(exact(-5), "£'000", 'en-US')).toBe('-£5 thousand');
    // …and in a Chinese report too (its size as 万 and 亿: see below).
    expect(formatQuantity(exact(660), '$', 'zh-CN')).toBe('$660');
  });

  it('percent quantities show as a percentage, unit not repeated', () => {
    expect(formatQuantity(exact(0.95, true), '%', 'zh-CN')).toBe('95.0%');
    expect(formatQuantity(exact(0.95, true), null, 'en-US')).toBe('95.0%');
    expect(formatQuantity(exact(95), '%', 'zh-CN')).toBe('95%');
    expect(formatQuantity(exact(95), '%', 'en-US')).toBe('95%');
  });

  it('approximate values keep the text as written (zh-CN)', () => {
    expect(formatQuantity(approx(20, '20多', '多'), '场次', 'zh-CN')).toBe('20多场次');
    expect(formatQuantity(approx(200000, '近二十万', '近'), '人', 'zh-CN')).toBe('近二十万人');
    expect(formatQuantity(approx(200, '200左右', '左右'), '人', 'zh-CN')).toBe('200人左右');
    expect(formatQuantity(approx(2000, '两千余', '余'), '册', 'zh-CN')).toBe('两千余册');
    expect(formatQuantity(approx(20, '20多场次', '多'), '场次', 'zh-CN')).toBe('20多场次');
    expect(formatQuantity(approx(20, '', '多'), '场次', 'zh-CN')).toBe('约20场次');
  });

  it('approximate values in en-US put the marker in words', () => {
    expect(formatQuantity(approx(20, '20多', '多'), 'sessions', 'en-US')).toBe('more than 20 sessions');
    expect(formatQuantity(approx(200000, '近二十万', '近'), null, 'en-US')).toBe('nearly 200,000');
    expect(formatQuantity(approx(200, '约200', '约'), 'people', 'en-US')).toBe('about 200 people');
  });

  it('null → dash', () => {
    expect(formatQuantity(null, '个', 'zh-CN')).toBe('—');
  });
});

describe('joinList', () => {
  it('zh-CN', () => {
    expect(joinList([], 'zh-CN')).toBe('');
    expect(joinList(['甲'], 'zh-CN')).toBe('甲');
    expect(joinList(['甲', '乙'], 'zh-CN')).toBe('甲和乙');
    expect(joinList(['甲', '乙', '丙'], 'zh-CN')).toBe('甲、乙和丙');
    expect(joinList(['甲', '乙', '丙', '丁'], 'zh-CN')).toBe('甲、乙、丙和丁');
    expect(joinList(['甲', '', '丙'], 'zh-CN')).toBe('甲和丙');
  });
  it('en-US', () => {
    expect(joinList(['a'], 'en-US')).toBe('a');
    expect(joinList(['a', 'b'], 'en-US')).toBe('a and b');
    expect(joinList(['a', 'b', 'c'], 'en-US')).toBe('a, b and c');
  });
});

describe('chineseOrdinal', () => {
  const expected: Record<number, string> = {
    0: '零',
    1: '一',
    2: '二',
    9: '九',
    10: '十',
    11: '十一',
    15: '十五',
    19: '十九',
    20: '二十',
    21: '二十一',
    30: '三十',
    45: '四十五',
    90: '九十',
    99: '九十九',
    100: '一百',
    101: '一百零一',
    110: '一百一十',
    1001: '一千零一',
  };
  it.each(Object.entries(expected))('%s → %s', (n, s) => {
    expect(chineseOrdinal(Number(n))).toBe(s);
  });

  it('every number 1..99 is well formed', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 99; n++) {
      const s = chineseOrdinal(n);
      expect(s).toMatch(/^([二三四五六七八九]?十)?[一二三四五六七八九]?$/);
      expect(s).not.toBe('');
      seen.add(s);
    }
    expect(seen.size).toBe(99);
  });
});

describe('sectionNumber', () => {
  it('zh-CN levels', () => {
    expect(sectionNumber(1, 1, 'zh-CN')).toBe('一、');
    expect(sectionNumber(12, 1, 'zh-CN')).toBe('十二、');
    expect(sectionNumber(3, 2, 'zh-CN')).toBe('（三）');
  });
  it('en-US levels', () => {
    expect(sectionNumber(1, 1, 'en-US')).toBe('1. ');
    expect(sectionNumber(2, 2, 'en-US')).toBe('(b) ');
    expect(sectionNumber(27, 2, 'en-US')).toBe('(aa) ');
  });
});

describe('periods, statuses, dates', () => {
  it('period labels', () => {
    expect(periodLabel({ kind: 'quarter', quarter: 1 }, 'zh-CN')).toBe('第一季度');
    expect(periodLabel({ kind: 'quarter', quarter: 4 }, 'zh-CN')).toBe('第四季度');
    expect(periodLabel({ kind: 'month', month: 12 }, 'zh-CN')).toBe('12月');
    expect(periodLabel({ kind: 'year' }, 'zh-CN')).toBe('全年');
    expect(periodLabel({ kind: 'quarter', quarter: 3 }, 'en-US')).toBe('Q3');
    expect(periodLabel({ kind: 'month', month: 1 }, 'en-US')).toBe('January');
    expect(periodLabel({ kind: 'year' }, 'en-US')).toBe('the full year');
  });
  it('as-of phrases', () => {
    expect(periodAsOf({ kind: 'quarter', quarter: 3 }, 'zh-CN')).toBe('前三季度');
    expect(periodAsOf({ kind: 'month', month: 3 }, 'zh-CN')).toBe('截至3月底');
    expect(periodAsOf({ kind: 'year' }, 'zh-CN')).toBe('全年');
    expect(periodAsOf({ kind: 'quarter', quarter: 3 }, 'en-US')).toBe('As of Q3');
    expect(periodAsOf({ kind: 'month', month: 3 }, 'en-US')).toBe('As of the end of March');
    expect(periodAsOf({ kind: 'year' }, 'en-US')).toBe('For the full year');
  });
  it("a quarter's check-in is named in Chinese for the year so far, as offices title it", () => {
    const asOf = ([1, 2, 3, 4] as const).map((quarter) => periodAsOf({ kind: 'quarter', quarter }, 'zh-CN'));
    expect(asOf).toEqual(['第一季度', '上半年', '前三季度', '截至第四季度']);
    const inYear = (quarter: Quarter, yearStart?: number) =>
      fmt('zh-CN').periodAsOfInYear({ kind: 'quarter', quarter }, 2024, yearStart);
    expect([inYear(2), inYear(3), inYear(4)]).toEqual([
      '2024年上半年',
      '2024年前三季度',
      '截至2024年第四季度',
    ]);
    expect(inYear(2, 4)).toBe('2024/25年度上半年');
  });
  it('status labels for every status', () => {
    expect(STATUSES.map((s) => statusLabel(s, 'zh-CN'))).toEqual([
      '已完成',
      '序时推进',
      '进度滞后',
      '严重滞后',
      '未完成',
      '不作评价',
      '暂无数据',
      '数据有误',
    ]);
    expect(STATUSES.map((s) => statusLabel(s, 'en-US'))).toEqual([
      'Achieved',
      'On track',
      'Behind',
      'At risk',
      'Missed',
      'Not rated',
      'No data',
      'Invalid',
    ]);
  });
  it('dates', () => {
    expect(formatDate('2019-01-07', 'zh-CN')).toBe('2019年1月7日');
    expect(formatDate('2019-01-07', 'en-US')).toBe('7 January 2019');
    expect(formatDate('2019-12-31T10:00:00Z', 'zh-CN')).toBe('2019年12月31日');
    expect(formatDate('', 'zh-CN')).toBe('');
    expect(formatDate('2019-13-01', 'en-US')).toBe('2019-13-01');
  });
});

describe('cleanText', () => {
  it('tidies sheet text for use in a sentence', () => {
    expect(cleanText('  科技下乡。 ')).toBe('科技下乡');
    expect(cleanText('科普（）宣传')).toBe('科普宣传');
    // A line break the cell wrapped between Chinese characters joins them; elsewhere it is a space.
    expect(cleanText('数量\n指标')).toBe('数量指标');
    expect(cleanText('年度\r\n总体 \n 目标')).toBe('年度总体目标');
    expect(cleanText('Rent\ncollected')).toBe('Rent collected');
    expect(cleanText('2016年增量\n(万吨标准煤)')).toBe('2016年增量 (万吨标准煤)');
    expect(cleanText('甲，，乙')).toBe('甲，乙');
    expect(cleanText('科普（一）\u3000宣传')).toBe('科普（一） 宣传');
    expect(cleanText('null')).toBe('');
    expect(cleanText(null)).toBe('');
    expect(cleanText('甲 ，乙')).toBe('甲，乙');
  });
});

describe('a ratio too large to write as a percentage', () => {
  it('is written as a dash, never "∞%"', () => {
    expect(formatPercent(1e307, 'en-US')).toBe('—');
    expect(formatPoints(-1e307, 'zh-CN')).toBe('—');
    expect(formatPercent(0.833, 'zh-CN')).toBe('83.3%');
  });
});
