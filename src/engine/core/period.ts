/**
 * Check-in periods: Q1…Q4, FY (the year end, same data as Q4), and M1…M12 for sheets with month columns.
 * The only place that parses periods (as people write them, and as codes), orders them and codes them.
 */
import type { Month, Period, Quarter } from '../model';
import { normalizeText } from './normalize';

const CN_SMALL: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

/**
 * Each month's names as sheets write them, January first: English in full and cut short (Sep, Sept), and
 * the short and full forms of Malay, Indonesian, Dutch and German that English-language sheets of those
 * places carry (Okt-Dec, Mei, Ogos).
 */
export const MONTH_WORDS: readonly (readonly string[])[] = [
  ['jan', 'january', 'januari', 'januar'],
  ['feb', 'february', 'februari', 'februar'],
  ['mar', 'march', 'maret', 'mrt', 'maart', 'märz', 'mär'],
  ['apr', 'april'],
  ['may', 'mei', 'mai'],
  ['jun', 'june', 'juni'],
  ['jul', 'july', 'juli'],
  ['aug', 'august', 'agu', 'agt', 'ags', 'agustus', 'ogos', 'augustus'],
  ['sep', 'sept', 'september'],
  ['oct', 'october', 'okt', 'oktober'],
  ['nov', 'november'],
  ['dec', 'december', 'dez', 'desember', 'dezember'],
];

function smallNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return CN_SMALL[text] ?? null;
}

function quarter(n: number | null): Period | null {
  return n !== null && n >= 1 && n <= 4 ? { kind: 'quarter', quarter: n as Quarter } : null;
}
function month(n: number | null): Period | null {
  return n !== null && n >= 1 && n <= 12 ? { kind: 'month', month: n as Month } : null;
}

/**
 * Reads a period as people write it (case-insensitive, full-width allowed, a leading year ignored):
 * Q1…Q4, 1Q, FY, M1…M12; 一季度, 第三季度, 3季度, 三季度末, 前三季度, 上半年 (= Q2); 全年, 年度, 年底, 年末;
 * 3月, 三月, 3月份, 1-8月 (through August = M8), 1-3月 / 4-6月 (a quarter); Jan…Dec, January…December;
 * Full year, Annual, Year.
 */
export function parsePeriod(text: string): Period | null {
  if (typeof text !== 'string') return null;
  let t = normalizeText(text).toLowerCase().replace(/\s+/g, ' ');
  // A leading year: "2019年第三季度", "2019 Q3", "2019Q3", "FY2019".
  t = t.replace(/^(19|20)\d{2}\s*(年|-|\/)?\s*/, '').trim();
  if (/^fy\s*(19|20)\d{2}$/.test(t)) return { kind: 'year' };
  t = t.replace(/\s*(19|20)\d{2}\s*年?$/, '').trim();
  if (t === '') return null;

  if (
    /^(fy|y|year|full year|full-year|annual|year end|year-end|全年|年度|全年度|年底|年末|年终|全年累计)$/.test(
      t,
    )
  ) {
    return { kind: 'year' };
  }
  if (/^(h1|上半年|半年)$/.test(t)) return { kind: 'quarter', quarter: 2 };

  let m = /^q\s*([1-4])$/.exec(t) ?? /^([1-4])\s*q$/.exec(t) ?? /^quarter\s*([1-4])$/.exec(t);
  if (m) return quarter(Number(m[1]));
  m = /^(?:第|前)?([1-4一二两三四])季度?(?:末|累计)?$/.exec(t);
  if (m) return quarter(smallNumber(m[1]));

  m = /^m\s*(\d{1,2})$/.exec(t);
  if (m) return month(Number(m[1]));
  m = /^(?:前)?(\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*(?:个)?月份?(?:末|底|累计)?$/.exec(t);
  if (m) return month(smallNumber(m[1]));
  // A month range: 1-3月 is Q1, 4-6月 is Q2; 1-8月 runs through August; 1-12月 is the whole year.
  m = /^(\d{1,2})\s*[-~～至到—–]\s*(\d{1,2})\s*月份?$/.exec(t);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from < 1 || to > 12 || from > to) return null;
    if (from === 1 && to === 12) return { kind: 'year' };
    if (to % 3 === 0 && (from === to - 2 || from === 1)) return quarter(to / 3);
    if (from === 1) return month(to);
    return null;
  }
  const name = /^([a-z]{3,9})\.?$/.exec(t);
  if (name) return month(monthOfName(name[1]));
  return null;
}

/** A month's name, in full or cut short (Sep, Sept, September, Okt; any case; see MONTH_WORDS): 1–12, else null. */
export function monthOfName(name: string): number | null {
  const n = name.toLowerCase();
  const idx = MONTH_WORDS.findIndex((words) => words.includes(n));
  return idx >= 0 ? idx + 1 : null;
}

/** The months' English names, January first. */
export const FULL_MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 'Q3' | 'FY' | 'M7'. */
export function periodCode(p: Period): string {
  switch (p.kind) {
    case 'quarter':
      return `Q${p.quarter}`;
    case 'month':
      return `M${p.month}`;
    case 'year':
      return 'FY';
  }
}

/** The period codes of a quarterly sheet, in order: Q1…Q4 and FY. */
export const YEAR_PERIOD_CODES: readonly string[] = ['Q1', 'Q2', 'Q3', 'Q4', 'FY'];
/** The period codes of a monthly sheet, in order: M1…M12. */
export const MONTH_PERIOD_CODES: readonly string[] = Array.from({ length: 12 }, (_, i) => `M${i + 1}`);

/** A period code (Q1…Q4, M1…M12, FY, exactly as periodCode writes it) as a period; null otherwise. */
export function parsePeriodCode(code: string): Period | null {
  const q = /^Q([1-4])$/.exec(code);
  if (q) return quarter(Number(q[1]));
  const m = /^M(1[0-2]|[1-9])$/.exec(code);
  if (m) return month(Number(m[1]));
  return code === 'FY' ? { kind: 'year' } : null;
}

/** Where a period sorts within its year: a month at its number, a quarter just after its last month, FY last. */
function rank(p: Period): number {
  switch (p.kind) {
    case 'quarter':
      return p.quarter * 3 + 0.5;
    case 'month':
      return p.month;
    case 'year':
      return 100;
  }
}

/**
 * The rank of a period code in time order (M4 < M6 < Q2 < M7 …: a quarter just after its last month, FY
 * last); -1 for text that is not a code.
 */
export function periodRank(code: string): number {
  const p = parsePeriodCode(code);
  return p ? rank(p) : -1;
}

/**
 * Share of the year elapsed at the end of the period: Q3 → 0.75, M7 → 7/12, FY → 1; the share the sheet
 * states, where it states one (Period.elapsed).
 */
export function elapsedFraction(p: Period): number {
  return p.kind === 'year' ? 1 : (p.elapsed ?? calendarFraction(p));
}

/**
 * The months a row's own figures run to where its name says so and they stop short of the period's end
 * (4个省级重点项目投资(1-5月) in a half year's table, 截至5月底): that month, else the period. Only for a year
 * from January, the months named being the calendar's.
 */
export function periodOfRow(name: string, period: Period, yearStart = 1): Period {
  if (yearStart !== 1 || !name.includes('月')) return period;
  const m = ROW_MONTHS.exec(normalizeText(name));
  const month = m ? Number(m[1] ?? m[2] ?? m[3]) : 0;
  return month >= 1 && month < calendarFraction(period) * 12
    ? { kind: 'month', month: month as Month }
    : period;
}

/** 1-5月 in brackets or closing a name, 1至5月, 截至5月底. */
const ROW_MONTHS =
  /[(（]\s*1\s*[-－—–~～至到]\s*(\d{1,2})\s*月份?\s*[)）]|(?<!\d)1\s*[-－—–~～至到]\s*(\d{1,2})\s*月份?\s*$|截[至止]\s*(\d{1,2})\s*月(?:底|末)/;

/** Share of the year elapsed at the end of the period by the calendar, whatever the sheet states. */
export function calendarFraction(p: Period): number {
  switch (p.kind) {
    case 'quarter':
      return p.quarter / 4;
    case 'month':
      return p.month / 12;
    case 'year':
      return 1;
  }
}

/** True at the year end: FY, Q4 and M12 (final statuses: achieved or missed). */
/**
 * A report of the whole year with its results final: the period is the year, and not results to date that
 * nothing dates (the year then being under way, however far into it).
 */
export function reportsYearEnd(options: {
  readonly period: Period;
  readonly periodSource?: { readonly kind: string };
}): boolean {
  // (the last quarter or month to date is the whole year, as the judgement takes it: isYearEnd)
  return isYearEnd(options.period) && options.periodSource?.kind !== 'to-date';
}

export function isYearEnd(p: Period): boolean {
  return (
    p.kind === 'year' || (p.kind === 'quarter' && p.quarter === 4) || (p.kind === 'month' && p.month === 12)
  );
}
