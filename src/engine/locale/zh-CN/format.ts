/**
 * zh-CN numbers: large numbers with 万 / 亿 (2.8万, 187万, 12.35万, 2.8亿), smaller numbers
 * without grouping (9999, 1234.5); at most two decimals, no trailing zeros; never exponent notation or digits of
 * floating-point noise; percentages with one decimal (95.0%), differences of ratios in 个百分点; lists with 、和; 一、 / （一）; 第三季度, 3月, 全年; 2019年1月7日.
 */
import type { NotRatedReason, Period, Quantity, Quarter, Status, YearNamed } from '../../model';
import { formatDigits as digits } from '../../core/digits';
import { cleanValue, scaleByPowerOfTen } from '../../core/numbers';
import { CURRENCY_NAME } from '../../core/money';
import { isPercentUnit, perBaseUnit } from '../../core/quantity';
import { cleanText, inLanguage } from '../../core/text';
import {
  calendarOf,
  finiteOr,
  firstCalendarYear,
  fiscalYearLabel,
  formatFigureWith,
  formatQuantityWith,
  isoDate,
  listItems,
  midMonth,
  pointDecimals,
  sectionIndex,
  type QuantityStyle,
} from '../common';
import type { BoundTargetWords, Formats } from '../types';

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** The large-number words, largest first, with their powers of ten. */
const BIG_WORDS: readonly (readonly [string, number])[] = [
  ['亿', 8],
  ['万', 4],
];

/**
 * 28000 → 2.8万, 1870000 → 187万, 123456 → 12.35万, 280000000 → 2.8亿, 9999 → 9999, -28000 → -2.8万,
 * A word is used once the figure below it would show 10000 or more (9999.996 → 1万);
 * the scaled figure is cleaned to the digits shown, so 7.5e30 → 75000000000000000000000亿, never noise.
 */
function number(value: number): string {
  return finiteOr(value, (v) => {
    const abs = Math.abs(v);
    const sign = v < 0 ? '-' : '';
    for (const [word, power] of BIG_WORDS) {
      if (round2(abs / 10 ** (power - 4)) >= 1e4) {
        return sign + digits(cleanValue(abs / 10 ** power), 0, 2, false) + word;
      }
    }
    return digits(v, 0, 2, false);
  });
}

/**
 * A value in a unit that starts with a large-number word (亿元, 万人) written through number(), so the
 * word is not repeated: 28000 万元 → 2.8亿元, 7.5e22 亿元 → 75000000000000000000000亿元 (never 亿亿元);
 * below 1万 of the unit, as it is; a currency's name before the figure (新臺幣7.87亿元); money in 千元 or
 * 百元 as 元 (191600千元 → 1.92亿元).
 */
const MONEY_IN_HUNDREDS = /^([千百])(\S*元)$/;
/** A currency's sign before a unit of money ($ million, £000, US$m, A$). */
const CURRENCY_SIGN = /^(?:US\$|A\$|AU\$|NZ\$|HK\$|C\$|S\$|[$£€¥₹])/i;
/** The sizes written after a currency's sign, with their powers of ten ('' is the currency itself). */
const SIGN_SIZES: readonly (readonly [RegExp, number])[] = [
  [/^$/, 0],
  [/^(?:'?000|k|thousands?)$/i, 3],
  [/^(?:m|mn|mill?|millions?)$/i, 6],
  [/^(?:bn|b|billions?)$/i, 9],
];
const LATIN_WORD = /^[A-Za-z]{3}/;

function withUnit(v: number, u: string): string {
  // A currency's name goes before the figure: 新臺幣7.87亿元, 人民币400万元.
  const named = CURRENCY_NAME.exec(u);
  if (named) return named[0] + withUnit(v, u.slice(named[0].length));
  // …and so does a currency's sign, its size written as 万 and 亿 ($ million 61.7 → $6170万, £000 → £).
  const sign = CURRENCY_SIGN.exec(u);
  if (sign) {
    const size = SIGN_SIZES.find(([re]) => re.test(u.slice(sign[0].length).trim()));
    if (size) return sign[0] + number(scaleByPowerOfTen(v, size[1]));
  }
  // Money in thousands or hundreds (千元, 千美元) as 万 and 亿 of it: 191600千元 → 1.92亿元.
  const scaled = MONEY_IN_HUNDREDS.exec(u);
  if (scaled) return number(scaleByPowerOfTen(v, scaled[1] === '千' ? 3 : 2)) + scaled[2];
  const big = Math.abs(v) >= 1e4 ? BIG_WORDS.find(([word]) => u.startsWith(word)) : undefined;
  // A unit written as a Latin word stands a space apart, its figure as written, never in 万 (16387
  // tonnes, not 1.64万 tonnes); a symbol (km, m³) not.
  if (!big && LATIN_WORD.test(u)) return finiteOr(v, (x) => digits(x, 0, 2, false)) + ' ' + u;
  // A rate per so many (1/10万, 1/1000): the figure over the base, as Chinese writes it (2.65/10万).
  const per = perBaseUnit(u);
  if (!big && per) return number(v) + per.written;
  if (!big) return number(v) + u;
  return number(scaleByPowerOfTen(v, big[1])) + u.slice(big[0].length);
}

function percent(ratio: number, digitCount = 1): string {
  // As a percentage it must still be a number (1e307 × 100 is not): else "—", never "∞%".
  return finiteOr(ratio * 100, (p) => {
    const d = Math.max(0, Math.min(6, Math.floor(digitCount)));
    return digits(p, d, d, false) + '%';
  });
}

/** Markers written after the number, where the unit goes before them: 200人左右, 200人以上. */
const TRAILING_MARKERS = ['左右', '上下', '以上', '开外'];

/** The approximate text as written, with the unit where Chinese puts it: 20多场次, 200人左右. */
function approximate(q: Quantity, written: string, unit: string, exact: string): string {
  if (!written) return `约${exact}`;
  const percent = q.percent || isPercentUnit(unit);
  if (percent ? /[%％]/.test(written) : unit === '' || written.endsWith(unit)) return written;
  // The unit goes before a marker written after the figure (6左右 in a column in per cent: 6%左右).
  const u = percent ? '%' : unit;
  for (const m of TRAILING_MARKERS) {
    if (written.endsWith(m) && written.length > m.length) return written.slice(0, -m.length) + u + m;
  }
  return written + u;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九, 100 → 一百, 101 → 一百零一 (up to 9999). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return Number.isFinite(n) ? String(n) : '';
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 === 0 ? '' : CN_DIGITS[n % 10]);
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 === 0 ? '' : CN_DIGITS[n % 10]);
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let zero = false;
  let rest = n;
  for (const [size, name] of units) {
    const d = Math.floor(rest / size);
    rest %= size;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += CN_DIGITS[d] + name;
  }
  return out;
}

function periodLabel(p: Period, yearStart?: number): string {
  switch (p.kind) {
    case 'quarter':
      return `第${chineseOrdinal(p.quarter)}季度`;
    case 'month':
      return `${calendarOf(p.month, 0, yearStart).month}月`;
    case 'year':
      return '全年';
  }
}

const QUARTER_SO_FAR = ['第一季度', '上半年', '前三季度'];

/**
 * What a quarter's check-in covers, as offices title it: the year so far. 第一季度, 上半年 (not 第二季度,
 * which a reader takes for April to June alone), 前三季度, 第四季度.
 */
export function quarterSoFar(quarter: Quarter): string {
  return QUARTER_SO_FAR[quarter - 1] ?? periodLabel({ kind: 'quarter', quarter });
}

/** 上半年, 前三季度 as they are; the year so far at the fourth quarter is 截至第四季度 (全年 is the year's end). */
function quarterAsOf(quarter: Quarter, year = ''): string {
  return quarter === 4 ? `截至${year}${quarterSoFar(quarter)}` : `${year}${quarterSoFar(quarter)}`;
}

function periodAsOf(p: Period, yearStart?: number): string {
  switch (p.kind) {
    case 'quarter':
      return quarterAsOf(p.quarter);
    case 'month':
      return `截至${periodLabel(p, yearStart)}${midMonth(p) ? '' : '底'}`;
    case 'year':
      return '全年';
  }
}

/** 2019年前三季度; a year from April: 2023/24年度上半年, 截至2024年1月底. */
function periodAsOfInYear(p: Period, year: number, yearStart?: number, yearNamed?: YearNamed): string {
  const fy = fiscalYearLabel(year, yearStart, yearNamed);
  switch (p.kind) {
    case 'quarter':
      return quarterAsOf(p.quarter, fy ? `${fy}年度` : `${year}年`);
    case 'month': {
      const cal = calendarOf(p.month, firstCalendarYear(year, yearStart, yearNamed), yearStart);
      return `截至${cal.year}年${cal.month}月${midMonth(p) ? '' : '底'}`;
    }
    case 'year':
      return fy ? `${fy}年度全年` : `${year}年全年`;
  }
}

/** 增长7%, 下降3.4%, ≥60元, ≤4.3%, >80%, 6.5%—7%, 3%左右; 增长7%以上 for a growth of at least, 增长超过7% more than. */
function boundTarget(t: BoundTargetWords): string {
  const value = t.comparator === 'between' && t.high ? `${t.value}—${t.high}` : t.value;
  const lead = t.kind === 'growth' ? '增长' : t.kind === 'decrease' ? '下降' : '';
  switch (t.comparator) {
    case 'about':
      return `${lead}${value}左右`;
    case 'at_least':
      if (t.strict) return lead ? `${lead}超过${value}` : `>${value}`;
      return lead ? `${lead}${value}以上` : `≥${value}`;
    case 'at_most':
      if (t.strict) return lead ? `${lead}低于${value}` : `<${value}`;
      return lead ? `${lead}${value}以内` : `≤${value}`;
    default:
      return `${lead}${value}`;
  }
}

const NOT_RATED: Readonly<Record<NotRatedReason, string>> = {
  'not-applicable': '不适用',
  'data-only': '仅作监测，不设目标',
  annual: '年度指标，第四季度考核',
  'not-due': '尚未到考核时间',
  'to-be-confirmed': '数据待确认',
  'no-target': '未设目标',
  'target-in-words': '目标为文字表述，不按数据评价',
  'to-date-undated': '累计完成数未注明截至时间，无法判断序时进度',
  'time-standard': '目标为办理时限，未设时限内办结比例的目标',
  'case-standard': '目标为逐件执行的误差限，未设符合比例的目标',
};

const STATUS: Readonly<Record<Status, string>> = {
  achieved: '已完成',
  on_track: '序时推进',
  behind: '进度滞后',
  at_risk: '严重滞后',
  missed: '未完成',
  not_rated: '不作评价',
  no_data: '暂无数据',
  invalid: '数据有误',
};

/** How Chinese writes a quantity: 28000万元 is written 2.8亿元; approximations as written. */
const QUANTITY: QuantityStyle = {
  number,
  percent,
  withUnit,
  approximate,
};

export const format: Formats = {
  ownLabel: (label) => inLanguage(label, 'zh'),
  number,
  percent,
  points: (diff) => finiteOr(diff * 100, (p) => `${digits(p, 1, pointDecimals(p), false)}个百分点`),
  pointsOf: (text) => `${text}个百分点`,
  quantity: (q, unit) => formatQuantityWith(QUANTITY, q, unit),
  figure: (q, unit) =>
    formatFigureWith(QUANTITY, (r) => finiteOr(r, (v) => digits(v * 100, 0, 2, false) + '%'), q, unit),
  about: (text) => `约${text}`,
  range: (low, high) => `${low}—${high}`,
  boundTarget,
  notRatedReason: NOT_RATED,
  notRatedStatus: (reason) => (reason ? `${STATUS.not_rated}（${reason}）` : STATUS.not_rated),
  list: (items) => {
    const list = listItems(items);
    if (list.length <= 1) return list[0] ?? '';
    return `${list.slice(0, -1).join('、')}和${list[list.length - 1]}`;
  },
  cutList: (shown, total, noun) => `${shown.join('、')}等${total}${noun === 'unit' ? '个单位' : '项'}`,
  sectionNumber: (n, level) =>
    level === 1 ? `${chineseOrdinal(sectionIndex(n))}、` : `（${chineseOrdinal(sectionIndex(n))}）`,
  periodLabel,
  periodAsOf,
  periodAsOfInYear,
  yearToDateAsOf: (year, yearStart, yearNamed) => {
    if (year === null) return '截至目前';
    const fy = fiscalYearLabel(year, yearStart, yearNamed);
    return fy ? `${fy}年度截至目前` : `${year}年截至目前`;
  },
  status: STATUS,
  date: (iso) => {
    const d = isoDate(iso);
    return d ? `${d.y}年${d.m}月${d.d}日` : cleanText(iso);
  },
  sentenceGap: '',
  tableScales: [
    { factor: 1e8, unit: (u) => `亿${u}` },
    { factor: 1e4, unit: (u) => `万${u}` },
  ],
};
