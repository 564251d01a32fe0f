/**
 * en-US numbers: thousands separators (12,345, 1,234.5), at most two decimals, no trailing zeros, never
 * exponent notation or floating-point noise;
 * percentages with one decimal (95.0%), differences of ratios in percentage points; lists "a, b and c";
 * "1. " / "(a) "; Q3, March, the full year; 7 January 2019.
 */
import type { NotRatedReason, Period, Quantity, Status, YearNamed } from '../../model';
import { formatDigits as digits } from '../../core/digits';
import { cleanValue, scaleByPowerOfTen } from '../../core/numbers';
import { CHINESE_SIZES, CURRENCY_NAME, MONEY_CODE_SCALE } from '../../core/money';
import { perBaseUnit } from '../../core/quantity';
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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 12345 → 12,345; 7.5e22 → 75,000,000,000,000,000,000,000 (never noise digits, see formatDigits). */
function number(value: number): string {
  return finiteOr(value, (v) => digits(v, 0, 2, true));
}

function percent(ratio: number, digitCount = 1): string {
  // As a percentage it must still be a number (1e307 × 100 is not): else "—", never "∞%".
  return finiteOr(ratio * 100, (p) => {
    const d = Math.max(0, Math.min(6, Math.floor(digitCount)));
    return digits(p, d, d, true) + '%';
  });
}

/** The English words for an approximation marker (written in either language): more than / nearly / about. */
function markerWords(marker: string): string {
  const m = marker.trim().toLowerCase();
  if (['多', '余', '超过', '逾', '以上', '开外', 'over', 'more than', '+', 'or more', 'plus'].includes(m)) {
    return 'more than';
  }
  if (['近', '将近', '接近', 'nearly', 'almost'].includes(m)) return 'nearly';
  return 'about';
}

function approximate(q: Quantity, _written: string, _unit: string, exact: string): string {
  return `${markerWords(q.approximation?.marker ?? '')} ${exact}`;
}

/** 1 → a, 26 → z, 27 → aa. */
function letters(n: number): string {
  let s = '';
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(97 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

function periodLabel(p: Period, yearStart?: number): string {
  switch (p.kind) {
    case 'quarter':
      return `Q${p.quarter}`;
    case 'month':
      return MONTHS[calendarOf(p.month, 0, yearStart).month - 1];
    case 'year':
      return 'the full year';
  }
}

function periodAsOf(p: Period, yearStart?: number): string {
  switch (p.kind) {
    case 'quarter':
      return `As of ${periodLabel(p)}`;
    case 'month':
      return midMonth(p)
        ? `As of ${periodLabel(p, yearStart)}`
        : `As of the end of ${periodLabel(p, yearStart)}`;
    case 'year':
      return 'For the full year';
  }
}

/**
 * As of Q3 2019; a year from April: As of Q2 2023/24, As of the end of January 2024; a year named after
 * FY: As of Q2 FY 2010, For FY 2010.
 */
function periodAsOfInYear(p: Period, year: number, yearStart?: number, yearNamed?: YearNamed): string {
  const fy = fiscalYearLabel(year, yearStart, yearNamed);
  if (p.kind === 'month' && (fy || yearNamed === 'fy')) {
    const first = firstCalendarYear(year, yearStart, yearNamed);
    return `${periodAsOf(p, yearStart)} ${calendarOf(p.month, first, yearStart).year}`;
  }
  if (yearNamed === 'fy')
    return p.kind === 'year' ? `For FY ${year}` : `${periodAsOf(p, yearStart)} FY ${year}`;
  return `${periodAsOf(p, yearStart)} ${fy ?? year}`;
}

/** A band's low end without the unit the high end repeats: 6.5%, 7% → 6.5–7%. */
function range(low: string, high: string): string {
  const unit = /[^\d.,\s]+$/.exec(high)?.[0] ?? '';
  const lowBare = unit && low.endsWith(unit) ? low.slice(0, -unit.length).trimEnd() : low;
  return `${lowBare}–${high}`;
}

/** growth of 7%, a fall of 3.4%, at least 60, at most 4.3%, more than 80%, 6.5–7%, about 3%. */
function boundTarget(t: BoundTargetWords): string {
  const value = t.comparator === 'between' && t.high ? range(t.value, t.high) : t.value;
  const bound =
    t.comparator === 'about'
      ? `about ${value}`
      : t.comparator === 'at_least'
        ? `${t.strict ? 'more than' : 'at least'} ${value}`
        : t.comparator === 'at_most'
          ? `${t.strict ? 'less than' : 'at most'} ${value}`
          : value;
  return t.kind === 'growth' ? `growth of ${bound}` : t.kind === 'decrease' ? `a fall of ${bound}` : bound;
}

const NOT_RATED: Readonly<Record<NotRatedReason, string>> = {
  'not-applicable': 'does not apply',
  'data-only': 'data only',
  annual: 'annual measure, due in Q4',
  'not-due': 'not yet due',
  'to-be-confirmed': 'to be confirmed',
  'no-target': 'no target set',
  'target-in-words': 'target in words, not judged by the figure',
  'to-date-undated': 'year to date, the month not given',
  'time-standard': 'the target is a time; no share of cases within it is set',
  'case-standard': 'the target is a tolerance each case is held within; no share of cases within it is set',
};

const STATUS: Readonly<Record<Status, string>> = {
  achieved: 'Achieved',
  on_track: 'On track',
  behind: 'Behind',
  at_risk: 'At risk',
  missed: 'Missed',
  not_rated: 'Not rated',
  no_data: 'No data',
  invalid: 'Invalid',
};

/**
 * Money in a Chinese unit (元, 万元, 亿元, 千元, 人民币万元, 新臺幣元, 港元, 亿美元), as English writes it: the
 * currency first and the sum in millions, billions or trillions (RMB 43.48 million, NT$787.07 million).
 */
const CHINESE_MONEY = /^(万亿|千万|百万|十万|亿|万|千|百)?(元|港元|美元|澳门元)$/;

/** The currency of a Chinese money unit, by its name (新臺幣) or its own word (港元), as English signs it. */
function currencySign(name: string, base: string): string {
  if (base === '美元' || name === '美金') return 'US$';
  if (base === '港元' || name.includes('港')) return 'HK$';
  if (base === '澳门元' || name.includes('澳')) return 'MOP$';
  if (/[臺台]/.test(name)) return 'NT$';
  return 'RMB ';
}

/** The English words for large sums, largest first. */
const LARGE_SUMS: readonly (readonly [number, string])[] = [
  [12, ' trillion'],
  [9, ' billion'],
  [6, ' million'],
];

function chineseMoney(v: number, u: string): string | null {
  const name = CURRENCY_NAME.exec(u)?.[0] ?? '';
  const m = CHINESE_MONEY.exec(u.slice(name.length));
  if (!m) return null;
  const whole = scaleByPowerOfTen(Math.abs(v), m[1] ? CHINESE_SIZES.get(m[1])! : 0);
  const size = LARGE_SUMS.find(([power]) => whole >= 10 ** power);
  const amount = size ? scaleByPowerOfTen(whole, -size[0]) : whole;
  return `${v < 0 ? '-' : ''}${currencySign(name, m[2])}${number(cleanValue(amount))}${size ? size[1] : ''}`;
}

/**
 * A Chinese unit of count or measure in English words, its size (万, 亿) worked into the figure: 2,450
 * people, 7.23万人 as 72,300 people, 1,255 person-times, 151 (个, a counting word, says no more than the
 * figure), 5,000 mu, 12.5 km; null for a unit it does not know (kept as written).
 */
function chineseMeasure(v: number, u: string): string | null {
  // A rate per so many, as Chinese tables write it (1/10万): per 100,000.
  const per = perBaseUnit(u);
  if (per && per.counted === '') return `${number(cleanValue(v))} per ${number(per.base)}`;
  const m = CHINESE_MEASURE.exec(u.replace(/\s+/g, ''));
  if (!m) return null;
  const words = MEASURE_WORDS.get(m[2]);
  if (words === undefined) return null;
  const whole = m[1] ? scaleByPowerOfTen(v, CHINESE_SIZES.get(m[1])!) : v;
  // Millions and more in words, as money is (1,000,000 people: 1 million people).
  const size = LARGE_SUMS.find(([power]) => Math.abs(whole) >= 10 ** power);
  const figure = size
    ? number(cleanValue(scaleByPowerOfTen(whole, -size[0]))) + size[1]
    : number(cleanValue(whole));
  if (words === '') return figure;
  return `${figure} ${Math.abs(whole) === 1 && SINGULAR.has(words) ? SINGULAR.get(words) : words}`;
}

const CHINESE_MEASURE = /^(万|萬|亿|億)?(\p{Script=Han}{1,4})$/u;

/** Chinese units and their English words ('' for a counting word the figure says enough without). */
const MEASURE_WORDS: ReadonlyMap<string, string> = new Map([
  ...[
    '个',
    '個',
    '家',
    '所',
    '座',
    '张',
    '張',
    '只',
    '隻',
    '台',
    '套',
    '栋',
    '棟',
    '条',
    '條',
    '株',
    '头',
    '頭',
  ].map((w) => [w, ''] as const),
  ['人', 'people'],
  ['名', 'people'],
  ['位', 'people'],
  ['人次', 'person-times'],
  ['户', 'households'],
  ['戶', 'households'],
  ['项', 'items'],
  ['項', 'items'],
  ['件', 'items'],
  ['次', 'times'],
  ['起', 'incidents'],
  ['场', 'sessions'],
  ['场次', 'sessions'],
  ['場次', 'sessions'],
  ['期', 'sessions'],
  ['篇', 'articles'],
  ['份', 'copies'],
  ['处', 'sites'],
  ['處', 'sites'],
  ['辆', 'vehicles'],
  ['輛', 'vehicles'],
  ['亩', 'mu'],
  ['畝', 'mu'],
  ['公里', 'km'],
  ['千米', 'km'],
  ['米', 'm'],
  ['平方米', 'm²'],
  ['平方公里', 'km²'],
  ['公顷', 'ha'],
  ['公頃', 'ha'],
  ['吨', 'tonnes'],
  ['噸', 'tonnes'],
  ['天', 'days'],
  ['日', 'days'],
  ['个工作日', 'working days'],
  ['個工作日', 'working days'],
  ['工作日', 'working days'],
  ['小时', 'hours'],
  ['小時', 'hours'],
  ['分钟', 'minutes'],
  ['分鐘', 'minutes'],
  ['个月', 'months'],
  ['個月', 'months'],
]);

/** The singular of the words that have one (1 household, 1 day). */
const SINGULAR: ReadonlyMap<string, string> = new Map([
  ['people', 'person'],
  ['households', 'household'],
  ['items', 'item'],
  ['sessions', 'session'],
  ['articles', 'article'],
  ['copies', 'copy'],
  ['sites', 'site'],
  ['vehicles', 'vehicle'],
  ['days', 'day'],
  ['working days', 'working day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['months', 'month'],
  ['times', 'time'],
  ['incidents', 'incident'],
]);

/** A currency sign as the unit, alone or with its scale: £, $ million, £m, $000, R'000. */
const MONEY_UNIT = /^([£$€¥])\s*(?:(['’]?000)|([a-z]{1,2})|(\S.*))?$/i;

/**
 * A number with its unit as English writes it: money with its sign first (£61,300,000; $852 million;
 * £3.2m; 280,302 $000 as $280,302 thousand), any other unit after a space (23.76 days).
 */
function withUnit(v: number, u: string): string {
  if (!u) return number(v);
  const chinese = chineseMoney(v, u) ?? chineseMeasure(v, u);
  if (chinese !== null) return chinese;
  // A currency's code with its scale (Ushs Thousands, KES Millions): Ushs 473,611 thousand.
  const coded = MONEY_CODE_SCALE.exec(u);
  if (coded) return `${coded[1]} ${number(v)} ${coded[2] ? 'thousand' : coded[3] ? 'million' : 'billion'}`;
  const money = MONEY_UNIT.exec(u);
  if (!money) return `${number(v)} ${u}`;
  const [, sign, thousands, short, words] = money;
  const scale = thousands ? ' thousand' : short ? short : words ? ` ${words}` : '';
  return `${v < 0 ? '-' : ''}${sign}${number(Math.abs(v))}${scale}`;
}

/** How English writes a quantity: the number, a space and the unit; money with its sign first; approximations in words. */
const QUANTITY: QuantityStyle = {
  number,
  percent,
  withUnit,
  approximate,
};

export const format: Formats = {
  ownLabel: (label) => inLanguage(label, 'en'),
  number,
  percent,
  points: (diff) => finiteOr(diff * 100, (p) => `${digits(p, 1, pointDecimals(p), true)} percentage points`),
  pointsOf: (text) => `${text} percentage points`,
  quantity: (q, unit) => formatQuantityWith(QUANTITY, q, unit),
  figure: (q, unit) =>
    formatFigureWith(QUANTITY, (r) => finiteOr(r, (v) => digits(v * 100, 0, 2, true) + '%'), q, unit),
  about: (text) => `about ${text}`,
  range,
  boundTarget,
  notRatedReason: NOT_RATED,
  notRatedStatus: (reason) => (reason ? `${STATUS.not_rated} (${reason})` : STATUS.not_rated),
  list: (items) => {
    const list = listItems(items);
    if (list.length <= 1) return list[0] ?? '';
    return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  },
  cutList: (shown, total) => `${shown.join(', ')} and ${total - shown.length} more`,
  sectionNumber: (n, level) => (level === 1 ? `${sectionIndex(n)}. ` : `(${letters(sectionIndex(n))}) `),
  periodLabel,
  periodAsOf,
  periodAsOfInYear,
  yearToDateAsOf: (year, yearStart, yearNamed) => {
    if (year === null) return 'For the year to date';
    const fy = fiscalYearLabel(year, yearStart, yearNamed);
    return yearNamed === 'fy' ? `For FY ${year} to date` : `For the year to date ${fy ?? year}`;
  },
  status: STATUS,
  date: (iso) => {
    const d = isoDate(iso);
    return d ? `${d.d} ${MONTHS[d.m - 1]} ${d.y}` : cleanText(iso);
  },
  sentenceGap: ' ',
  // From 10,000 (as 万 in Chinese) in thousands, from ten million in millions: scaled figures stay ≥ 10.
  tableScales: [
    { factor: 1e6, from: 1e7, unit: (u) => (u ? `${u} (millions)` : 'millions') },
    { factor: 1e3, from: 1e4, unit: (u) => (u ? `${u} (thousands)` : 'thousands') },
  ],
};
