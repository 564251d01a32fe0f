/**
 * The period a sheet states in words — in its title (2019年1-7月…, 前三季度…, 一季度…, "Q2 2023/24",
 * "as at 19 October 2024", "April 2018"), in a header (1-11月实际完成情况, "YTD Sep") or in a 填报日期 line —
 * and month headings with their years ("Dec 17", "2018年1月", "Jan-18").
 *
 * Periods are counted in the organisation's own year, which starts in month `yearStart` (1 = January;
 * 4 for the UK, India and Japan; 7 for Australia; 10 for the US federal year): with yearStart 4, April is
 * month 1 and "Q2" is July to September. Quarter labels (Q2, 二季度) are already in the organisation's
 * own year; calendar months (9月, September, "as at 30 September") are turned into its months.
 */
import { normalizeText } from './normalize';
import { toHans } from './hans';
import { parseChineseNumeral } from './quantity';
import type { Month, Period, Quarter } from '../model';

export interface StatedPeriod {
  readonly period: Period;
  /** The year the text names (2019年, "2023/24" → 2023, "Dec 17" → 2017), when it names one. */
  readonly year: number | null;
  /** The words the period was read from, as written. */
  readonly text: string;
  /**
   * A bare date or month and year ("December 2003", 2019年10月8日) may be when the table was made rather
   * than the period it reports: weaker than words that name a period (前三季度, "Q2", FY 2003, 1-9月).
   */
  readonly weak: boolean;
}

/** What was done up to a month, in a result's words (Coverage till March 2023, Progress until June 2019). */
const DONE_UNTIL =
  'coverage|progress|achievements?|achieved|accomplish(?:ed|ments?)|completed|done|spent|expenditure|received|collected';
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const CN_SMALL = '([0-9]{1,2}|十[一二]?|[一二两三四五六七八九])';
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  one: 1,
  second: 2,
  '2nd': 2,
  two: 2,
  third: 3,
  '3rd': 3,
  three: 3,
  fourth: 4,
  '4th': 4,
  four: 4,
};

function small(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const v = parseChineseNumeral(text === '两' ? '二' : text);
  return v !== null && Number.isInteger(v) ? v : null;
}

function monthIndex(name: string): number | null {
  const i = EN_MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : null;
}

/** A two- or four-digit year as a full year: 17 → 2017, 2019 → 2019. */
function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  if (!Number.isInteger(n)) return null;
  if (text.length === 4 && n >= 1900 && n <= 2100) return n;
  if (text.length === 2) return 2000 + n;
  return null;
}

/** The organisation's month (1 = the first month of its year) of a calendar month. */
export function fiscalMonth(calendarMonth: number, yearStart = 1): Month {
  const start = Number.isInteger(yearStart) && yearStart >= 1 && yearStart <= 12 ? yearStart : 1;
  return (((((calendarMonth - start) % 12) + 12) % 12) + 1) as Month;
}

/**
 * Months a year commonly starts in besides January: April (the UK, India, Japan, Hong Kong), July
 * (Australia, New Zealand), September (US states, school years), October (the US federal year).
 */
const YEAR_STARTS: ReadonlySet<number> = new Set([4, 7, 9, 10]);

/**
 * The month a table's own month columns start the year with, when they run as one year across the turn
 * of the calendar year (Apr, May … Dec, Jan … Mar, left to right): null when they start in January,
 * stay within a calendar year, skip or repeat a month, or start in a month a year rarely starts in (a
 * rolling window: Dec 17 … Apr 18). `columns`: each month column's index and calendar month (1–12).
 * `yearToDate`: a year-to-date column stands beside them (YTD): months from April to September then
 * start the year too, as the year to date runs from the first of them.
 */
export function yearStartOfMonths(
  columns: readonly { readonly col: number; readonly month: number }[],
  yearToDate = false,
): number | null {
  const months = [...columns].sort((a, b) => a.col - b.col).map((c) => c.month);
  // The quarters' last months across a year end (June '16 | Sept '16 | Dec '16 | Mar '17): the year
  // starts two months before the first.
  const quarterEnds =
    (months.length === 3 || months.length === 4) &&
    months.every((m, i) => i === 0 || m === ((months[i - 1] + 2) % 12) + 1);
  if (quarterEnds) {
    const start = ((months[0] + 9) % 12) + 1;
    return months.some((m, i) => i > 0 && m < months[i - 1]) && YEAR_STARTS.has(start) ? start : null;
  }
  if (months.length < 3 || months.length > 12 || !YEAR_STARTS.has(months[0])) return null;
  let crossesYear = false;
  for (let i = 1; i < months.length; i++) {
    if (months[i] !== (months[i - 1] % 12) + 1) return null;
    if (months[i - 1] === 12) crossesYear = true;
  }
  // Apr-24 … Sep-24 beside a YTD column: the year to date runs from the first month shown.
  return crossesYear || yearToDate ? months[0] : null;
}

/**
 * The year's start a report numbering its month shows beside the month's name ("Month 2" over a "May 2013"
 * column: a year from April): the number counts the organisation's months, the latest month column
 * (`calendarMonth`) names the calendar's. Null where nothing numbers the month, or the start is no usual one.
 */
export function yearStartOfNumberedMonth(text: string, calendarMonth: number): number | null {
  const m = /\bmonth\s*(\d{1,2})\b/i.exec(text);
  const n = m ? Number(m[1]) : 0;
  if (n < 1 || n > 12) return null;
  const start = ((calendarMonth - n + 12) % 12) + 1;
  return YEAR_STARTS.has(start) ? start : null;
}

/** The calendar month (1 = January) of the organisation's month m. */
export function calendarMonth(month: number, yearStart = 1): number {
  const start = Number.isInteger(yearStart) && yearStart >= 1 && yearStart <= 12 ? yearStart : 1;
  return ((month - 1 + start - 1) % 12) + 1;
}

/** Through the organisation's month m: a quarter when m closes one (M9 → Q3), else the month. */
function throughMonth(m: number): Period {
  if (m === 12) return { kind: 'quarter', quarter: 4 };
  if (m % 3 === 0) return { kind: 'quarter', quarter: (m / 3) as Quarter };
  return { kind: 'month', month: m as Month };
}

function quarter(q: number): Period | null {
  return q >= 1 && q <= 4 ? { kind: 'quarter', quarter: q as Quarter } : null;
}

const LAST_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date "as at" a day: the month when the day ends it (or nearly), else the month before (throughDay reads a day past the middle as its month under way). */
function asAtMonth(calMonth: number, day: number | null): number | null {
  if (day === null || day >= LAST_DAY[calMonth - 1] - 2) return calMonth;
  return calMonth === 1 ? null : calMonth - 1;
}

/** The period through a day (calendar month and day), as a rule's hit where the month can be told. */
function throughDay(
  cal: number,
  day: number | null,
  ys: number,
  year: number | null,
  m: RegExpExecArray,
  /** The data run to the day itself (截至8月20日), not to the last month closed before it (as at). */
  toTheDay = false,
): { period: Period; year: number | null; at: number; length: number } | null {
  // Past the middle of a month (截至8月20日): that month, with the share of the year gone at the day.
  if (toTheDay && day !== null && day >= MID_MONTH && day < LAST_DAY[cal - 1] - 2) {
    const fm = fiscalMonth(cal, ys);
    const elapsed = Math.round(((fm - 1 + day / LAST_DAY_COMMON[cal - 1]) / 12) * 1e6) / 1e6;
    return { period: { kind: 'month', month: fm as Month, elapsed }, year, at: m.index, length: m[0].length };
  }
  const month = asAtMonth(cal, day);
  if (month === null) return null;
  const fm = fiscalMonth(month, ys);
  // 截至12月31日, 截至12月底: the whole year, as a Chinese report at the year's end counts it.
  const period: Period = toTheDay && fm === 12 ? { kind: 'year' } : throughMonth(fm);
  return { period, year, at: m.index, length: m[0].length };
}

/** The day from which a date within a month counts as that month under way, not the month before. */
const MID_MONTH = 15;
/** The days of each month in a common year (February 28): the share of a month gone at a day. */
const LAST_DAY_COMMON = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

type Rule = (
  t: string,
  yearStart: number,
) => { period: Period; year: number | null; at: number; length: number } | null;

/** The rules that read a bare date or a month with its year (marked where they stand below). */
const WEAK_RULES = new Set<Rule>();
function weak(rule: Rule): Rule {
  WEAK_RULES.add(rule);
  return rule;
}

/** A day written out with its month and year: 8 October 2019, 1st January 2024; October 8, 2019. */
const ENGLISH_DAY_FIRST = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${EN_MONTH}\\.?,?\\s+((?:19|20)\\d{2})\\b`,
);
const ENGLISH_MONTH_FIRST = new RegExp(
  `\\b${EN_MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*((?:19|20)\\d{2})\\b`,
);
const BEFORE_A_DAY_DUE =
  /\b(?:from|between|since|starting|beginning|effective|by|before|after|until|till|due|next)\s*$/;
/** A label that dates a form: Date:, Date prepared:, Prepared on, Last updated. */
const DATE_LABEL_BEFORE =
  /\b(?:date[ds]?|prepared|submitted|reported|compiled|issued|printed|updated|signed)\b(?:\s+(?:on|prepared|of report|submitted))?\s*[:：]?\s*$/;
/** Nothing before a day but a weekday, if that (Friday, Fri.,). */
const WEEKDAY_AT_MOST =
  /^\s*(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s*)?$/i;
/** What follows a range's first day: "to", "until", a dash. */
const SPAN_AROUND = /^\s*(?:to|until|till|through|and|-|–|—|~|～|至|到)(?:\s|\d|$)/;

/** Each rule reads one way of writing a period; the first to match, in this order, wins. */
const RULES: readonly Rule[] = [
  // 截至2019年9月30日 / 截至9月底 / 截止到9月末 / as at 19 October 2024 / as of 30 September 2023 (a 至 after a
  // month is a range's: 1至7月, 一至七月)
  (t, ys) => {
    const m = new RegExp(
      `(截至|截止|截止到|截止至|(?<![\\d一二三四五六七八九十]\\s*)至)\\s*(?:((?:19|20)\\d{2})年)?${CN_SMALL}月(?:(\\d{1,2})日|底|末|份)?`,
    ).exec(t);
    if (!m) return null;
    const cal = small(m[3]);
    if (cal === null || cal < 1 || cal > 12) return null;
    const day = m[4] ? Number(m[4]) : null;
    return throughDay(cal, day, ys, fullYear(m[2]), m, true);
  },
  (t, ys) => {
    const m = new RegExp(
      `\\b(?:as at|as of|at|ending|ended|end of|position at|position as at|to end of|up to end of|(?:quarter|period|year) to|(?:cumulative|ytd|year to date) to)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${EN_MONTH}\\.?(?:\\s+(\\d{1,2})(?!\\d))?(?:,?\\s*((?:19|20)\\d{2}))?`,
    ).exec(t);
    if (!m) return null;
    const cal = monthIndex(m[2]);
    if (cal === null) return null;
    const day = m[1] ? Number(m[1]) : m[3] ? Number(m[3]) : null;
    return throughDay(cal, day, ys, fullYear(m[4]), m);
  },
  // A month before the year to date (Sept YTD, September year to date): through that month.
  (t, ys) => {
    const m = new RegExp(`\\b${EN_MONTH}\\.?\\s+(?:ytd|year to date)\\b`).exec(t);
    const cal = m ? monthIndex(m[1]) : null;
    return m && cal !== null ? throughDay(cal, null, ys, null, m) : null;
  },
  // A monthly report's month, with or without its year (FOR THE MONTH OF AUGUST): through that month.
  (t, ys) => {
    const m = new RegExp(`\\bmonth\\s+of\\s+${EN_MONTH}\\b\\.?(?:,?\\s*((?:19|20)\\d{2}))?`).exec(t);
    const cal = m ? monthIndex(m[1]) : null;
    return m && cal !== null ? throughDay(cal, null, ys, fullYear(m[2]), m) : null;
  },
  // "as on 06.12.2019", "as at 30/09/2019", "as of 09/30/2019": a day written in figures. Dots put the
  // day first (06.12.2019); with slashes or dashes only a figure above 12 tells the day from the month.
  (t, ys) => {
    const m = /\b(?:as on|as at|as of|upto|up to)\s+(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/.exec(
      t,
    );
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === '.' || a > 12 ? true : b > 12 ? false : null;
    if (dayFirst === null) return null;
    const [day, cal] = dayFirst ? [a, b] : [b, a];
    if (cal < 1 || cal > 12 || day < 1 || day > 31) return null;
    return throughDay(cal, day, ys, Number(m[4]), m);
  },
  // A full date (a 填报日期, "2019年10月8日", 2019-10-08, "8 October 2019", "October 8, 2019"): the data run
  // through the last month it ends; a date early in January, through the year before (filed after it).
  // Not a range's end (2019年4-6月, "1 April 2018 to 31 March 2019"), which the rules below read.
  weak((t, ys) => {
    const m =
      /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|([-/.])\s*(\d{1,2})\s*\4\s*(\d{1,2}))(?![\d月])/.exec(
        t,
      );
    // An English date is read so only after a label that dates the form (Date prepared:, Updated): a
    // board paper's date or "statistics for 5 June 2020" is read by its month below.
    const en = m ? null : (ENGLISH_DAY_FIRST.exec(t) ?? ENGLISH_MONTH_FIRST.exec(t));
    // So is a date alone on its line, a weekday before it at most (Friday 10 March 2017, 12 Jul 2019): the
    // day a page was put out.
    if (
      en &&
      !DATE_LABEL_BEFORE.test(t.slice(Math.max(0, en.index - 30), en.index)) &&
      !(WEEKDAY_AT_MOST.test(t.slice(0, en.index)) && t.slice(en.index + en[0].length).trim() === '')
    )
      return null;
    const hit = m ?? en;
    if (!hit || SPAN_AROUND.test(t.slice(hit.index + hit[0].length, hit.index + hit[0].length + 12)))
      return null;
    // Nor a day something starts or is due by (from 1 April 2024, "Next update: before April 30, 2024").
    if (BEFORE_A_DAY_DUE.test(t.slice(Math.max(0, hit.index - 12), hit.index))) return null;
    const dayFirst = en !== null && /^\d/.test(en[1]);
    const cal = m ? Number(m[2] ?? m[5]) : monthIndex(dayFirst ? en![2] : en![1]);
    const day = m ? Number(m[3] ?? m[6]) : Number(dayFirst ? en![1] : en![2]);
    const year = fullYear(m ? m[1] : en![3]);
    if (cal === null || cal < 1 || cal > 12) return null;
    // (As at 10 January, 截至1月10日: a position early in the year, read as that month below.)
    if (
      cal === 1 &&
      asAtMonth(cal, day) === null &&
      !/(?:截至|截止|至|as at|as of|at)\s*$/.test(t.slice(0, hit.index))
    )
      return {
        period: ys === 1 ? { kind: 'year' } : throughMonth(fiscalMonth(12, ys)),
        year: year === null ? null : year - 1,
        at: hit.index,
        length: hit[0].length,
      };
    return throughDay(cal, day, ys, year, hit);
  }),
  // 2019年1月—8月, 2019年1月1日—8月15日, 2019年10月—2020年3月: a range written month to month or day
  // to day, read by its end (its start is no period of its own).
  (t, ys) => {
    const m = new RegExp(
      `(?:((?:19|20)\\d{2})\\s*年)?\\s*${CN_SMALL}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?\\s*[-~～—–至到]{1,2}\\s*(?:((?:19|20)\\d{2})\\s*年)?\\s*${CN_SMALL}\\s*月(?:\\s*(\\d{1,2})\\s*[日号]|(底|末))?`,
    ).exec(t);
    if (!m) return null;
    const from = small(m[2]);
    const to = small(m[4]);
    const [y1, y2] = [fullYear(m[1]), fullYear(m[3])];
    if (from === null || to === null || from < 1 || from > 12 || to < 1 || to > 12) return null;
    const nextYear = y1 !== null && y2 !== null && y2 === y1 + 1;
    if ((y2 !== null && y1 !== null && !nextYear && y2 !== y1) || (!nextYear && from > to)) return null;
    const day = m[5] ? Number(m[5]) : m[6] ? LAST_DAY[to - 1] : null;
    // Across a year end (2019年10月—2020年3月), in a year from October: the year that started in 2019, as
    // the English range (October 2019 - March 2020) is read.
    const year = nextYear && to < ys ? y1 : (y2 ?? y1);
    const hit = throughDay(to, day, ys, year, m, true);
    if (!hit) return null;
    // The year's first month to its last (1月—12月): the whole year, as 1—12月 is.
    const whole = fiscalMonth(from, ys) === 1 && hit.period.kind === 'month' && hit.period.month === 12;
    return whole ? { ...hit, period: { kind: 'year' } } : hit;
  },
  // 1-7月, 1—11月, 一至九月, 1-9月累计
  (t, ys) => {
    const m = new RegExp(`(?:((?:19|20)\\d{2})年)?${CN_SMALL}\\s*[-~～—–至到]\\s*${CN_SMALL}\\s*月`).exec(t);
    if (!m) return null;
    const from = small(m[2]);
    const to = small(m[3]);
    if (from === null || to === null || to < 1 || to > 12 || from > to) return null;
    // The year's first month to its last (1—12月): the whole year, as "April to March" is.
    const whole = fiscalMonth(from, ys) === 1 && fiscalMonth(to, ys) === 12;
    return {
      period: whole ? { kind: 'year' } : throughMonth(fiscalMonth(to, ys)),
      year: fullYear(m[1]),
      at: m.index,
      length: m[0].length,
    };
  },
  // 前10个月, 前两个月: the year's first months
  (t, ys) => {
    const m = new RegExp(`(?:((?:19|20)\\d{2})年)?前${CN_SMALL}个月`).exec(t);
    const n = m ? small(m[2]) : null;
    if (!m || n === null || n < 1 || n > 12) return null;
    return {
      period: throughMonth(fiscalMonth(n, ys)),
      year: fullYear(m[1]),
      at: m.index,
      length: m[0].length,
    };
  },
  // 前三季度, 第三季度, 三季度, 1季度, 三季度末
  (t) => {
    const m = /(?:((?:19|20)\d{2})\s*年(?:度)?)?(?:前|第)?([1-4一二两三四])\s*个?季度?/.exec(t);
    if (!m) return null;
    const q = quarter(small(m[2]) ?? 0);
    return q ? { period: q, year: fullYear(m[1]), at: m.index, length: m[0].length } : null;
  },
  // 上半年 / 半年 / 1-6月 handled above; 下半年 runs to the year's end
  (t) => {
    // 年中 but not the start of another word: 2021年中央…, 年中小学, 年中国… say no period.
    const m =
      /(?:((?:19|20)\d{2})\s*年)?(上半年|下半年|半年度?|年中(?![央国小等学心医华外共层型部西药间]))/.exec(t);
    if (!m) return null;
    const period = m[2] === '下半年' ? throughMonth(12) : ({ kind: 'quarter', quarter: 2 } as const);
    return { period, year: fullYear(m[1]), at: m.index, length: m[0].length };
  },
  // Q1-Q3 2024, Q1 to Q3: the quarters run to the last
  (t) => {
    const m = /\bq([1-4])\s*(?:-|–|—|to)\s*q([1-4])\b(?:\s*[-,]?\s*((?:19|20)\d{2}))?/.exec(t);
    const q = m && Number(m[2]) > Number(m[1]) ? quarter(Number(m[2])) : null;
    return m && q ? { period: q, year: fullYear(m[3]), at: m.index, length: m[0].length } : null;
  },
  // Q2 2023/24, 2023/24 Q2, Quarter 2, Qtr 2, 2nd quarter, Quarter Two
  (t) => {
    const m =
      /\b(?:q|qtr|quarter)\s*([1-4])\b(?:\s*[-,]?\s*((?:19|20)\d{2})(?:\s*[/-]\s*(\d{2,4}))?)?/.exec(t) ??
      /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b/.exec(t) ??
      /\bquarter\s+(one|two|three|four)\b/.exec(t);
    if (!m) return null;
    const q = quarter(/^\d$/.test(m[1]) ? Number(m[1]) : (ORDINALS[m[1]] ?? 0));
    if (!q) return null;
    const before = /((?:19|20)\d{2})\s*[/-]\s*\d{2,4}\s*$/.exec(t.slice(Math.max(0, m.index - 12), m.index));
    return { period: q, year: fullYear(m[2]) ?? fullYear(before?.[1]), at: m.index, length: m[0].length };
  },
  // December quarter 2011, the March quarter, Sep Qtr, Jun-Qtr: the quarter named by the month that ends
  // it (as Australian and New Zealand offices write them), whatever month the year starts in
  (t, ys) => {
    const m = new RegExp(`\\b${EN_MONTH}\\.?[\\s-]*(?:quarter|qtr)\\b(?:\\s*((?:19|20)\\d{2}))?`).exec(t);
    const cal = m ? monthIndex(m[1]) : null;
    return m && cal !== null ? throughDay(cal, null, ys, fullYear(m[2]), m) : null;
  },
  // "6 months to December 2023", "nine months ended 30 September": the months run to that month
  (t, ys) => {
    const m = new RegExp(
      `\\b(?:\\d{1,2}|three|six|nine|twelve)\\s+months\\s+(?:to|ending|ended)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${EN_MONTH}\\b(?:\\s*((?:19|20)\\d{2}))?`,
    ).exec(t);
    const cal = m ? monthIndex(m[2]) : null;
    if (!m || cal === null) return null;
    return throughDay(cal, m[1] ? Number(m[1]) : null, ys, fullYear(m[3]), m);
  },
  // H2, second half: to the year's end
  (t) => {
    const m = /\b(h2|second half(?:[- ]year)?)\b/.exec(t);
    return m ? { period: throughMonth(12), year: null, at: m.index, length: m[0].length } : null;
  },
  // H1, first half, half year, mid-year, six months
  (t) => {
    const m = /\b(h1|first half(?:[- ]year)?|half[- ]year|mid[- ]year|six months|6 months)\b/.exec(t);
    return m
      ? { period: { kind: 'quarter', quarter: 2 }, year: null, at: m.index, length: m[0].length }
      : null;
  },
  // Jul-19 - Jun-20, Apr 2019 to Mar 2020, July 2019 – September 2019, 1 April 2018 to 31 March 2019:
  // months with their years (the days of a range from a month's first to a month's last day said too)
  (t, ys) => {
    const r = monthRange(t);
    if (!r || r.months < 1 || r.months > 12) return null;
    // Twelve months: a whole year, whichever month it starts in, named by its first. Fewer: the period
    // through the last month, in the year that month is in (December 2017 to April 2018: 2018; in a year
    // from April, January to March 2020 is in 2019/20).
    if (r.months === 12) return { period: { kind: 'year' }, year: r.from, at: r.at, length: r.length };
    const year = r.last >= ys ? r.to : r.to - 1;
    return { period: throughMonth(fiscalMonth(r.last, ys)), year, at: r.at, length: r.length };
  },
  // YTD Sep, year to date September, April to September, Apr-Sep
  (t, ys) => {
    // (A range of months first: "Year to Date (April - September)" runs to September.)
    const m =
      new RegExp(
        `\\b${EN_MONTH}\\s*(?:-|to|–|—|until|till|through)\\s*${EN_MONTH}\\b(?:\\s*((?:19|20)\\d{2}))?`,
      ).exec(t) ?? new RegExp(`\\b(?:ytd|year to date)\\s*\\(?\\s*${EN_MONTH}\\b`).exec(t);
    if (!m) return null;
    const last = monthIndex(m[2] ?? m[1]);
    if (last === null) return null;
    const first = m[2] ? monthIndex(m[1]) : null;
    // "April to March": a whole year.
    if (first !== null && (last - first + 12) % 12 === 11) {
      return { period: { kind: 'year' }, year: fullYear(m[3]), at: m.index, length: m[0].length };
    }
    return {
      period: throughMonth(fiscalMonth(last, ys)),
      year: fullYear(m[3]),
      at: m.index,
      length: m[0].length,
    };
  },
  // Month 6, Period 6, P6 or M6 2024/25 (the organisation's own month, as NHS and finance reports number
  // them; M6 only beside its year, never a road's name)
  (t) => {
    const m = /\b(?:month|period)\s+(\d{1,2})\b|\b[pm](\d{1,2})\b(?=\s*(?:19|20)?\d{2}\s*[/-]\s*\d{2})/.exec(
      t,
    );
    const n = m ? Number(m[1] ?? m[2]) : 0;
    return m && n >= 1 && n <= 12
      ? { period: throughMonth(n), year: null, at: m.index, length: m[0].length }
      : null;
  },
  // 2019年9月, 9月份, 9月 (a single month as the period: through that month)
  (t, ys) => {
    const m = new RegExp(`(?:((?:19|20)\\d{2})\\s*年)?${CN_SMALL}\\s*月(?:份|底|末)?`).exec(t);
    if (!m) return null;
    const cal = small(m[2]);
    if (cal === null || cal < 1 || cal > 12) return null;
    return {
      period: throughMonth(fiscalMonth(cal, ys)),
      year: fullYear(m[1]),
      at: m.index,
      length: m[0].length,
    };
  },
  // April 2018, Dec 17, Sep-23 — not a date something starts or is due from ("From April 2023, all
  // councils are required…", "by March 2024", "until March 2024"), which is no period the figures cover,
  // except what was done until then ("Coverage till March 2023", "Progress until June 2019"); and not a
  // day of a month ("India, Dec. 15 --": an abbreviation's dot and a space before two digits).
  weak((t, ys) => {
    const m = new RegExp(
      `(?<!\\b(?:from|since|starting|beginning|effective|by|before|after)\\s+)(?<!(?<!\\b(?:${DONE_UNTIL})\\s+)\\b(?:until|till)\\s+)\\b${EN_MONTH}(?:\\.?[\\s-]*((?:19|20)\\d{2})|(?!\\.\\s)\\.?[\\s-]*(\\d{2}))\\b(?![,.]?\\s*(?:19|20)\\d{2}\\b)`,
    ).exec(t);
    if (!m) return null;
    const cal = monthIndex(m[1]);
    return cal === null
      ? null
      : {
          period: throughMonth(fiscalMonth(cal, ys)),
          year: fullYear(m[2] ?? m[3]),
          at: m.index,
          length: m[0].length,
        };
  }),
  // 全年, 年度, 年底, 年末, year end, full year, annual (not "outturn": a result's word in any period, Q2 outturn)
  (t) => {
    // English words for the whole year count only in a short text (a title), not inside a sentence.
    const en =
      t.length <= 60 ? /(\byear[- ]end\b|\bfull[- ]year\b|\bannual\b|\bend of year\b)/.exec(t) : null;
    const m =
      // (决算: a year's final accounts; the year's task a share is of is no period: 完成全年任务的(%),
      // 占全年目标)
      /((?<!完成|占|为|達|达到?|超)全年|年底|年末|年终|全年度|决算)/.exec(t) ??
      en ??
      /((?:19|20)\d{2})\s*年度/.exec(t) ??
      // (a year's own name, not its part to date: "FY23 to Date" says no more than the year it is in)
      /\bfy\s?'?((?:19|20)?\d{2})(?:\s?[/-]\s?(?:19|20)?\d{2})?\b(?!\s*(?:to date|ytd|year to date))/.exec(t);
    return m ? { period: { kind: 'year' }, year: null, at: m.index, length: m[0].length } : null;
  },
];

/**
 * The period a text states, or null. Reads the first way of writing that matches, most specific first:
 * "截至9月底" and "as at 30 September" before "1-9月" before "三季度" before "9月" before "全年".
 */
/**
 * A range of months with their years (Jul-19 - Jun-20, 1 April 2018 to 31 March 2019): where it is, its
 * last month, its first and last years and how many months it covers.
 */
function monthRange(
  t: string,
): { at: number; length: number; last: number; from: number; to: number; months: number } | null {
  const my = `${EN_MONTH}\\.?[\\s'-]*((?:19|20)\\d{2}|\\d{2})`;
  const day = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+)?`;
  // …or written month first, day, year ("between April 1, 2018 and March 31, 2019").
  const mdy = `${EN_MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*((?:19|20)\\d{2})`;
  const m =
    new RegExp(`\\b${my}\\s*(?:-|to|–|—|until|till|through)\\s*${day}${my}\\b`).exec(t) ??
    new RegExp(`\\b${mdy}\\s*(?:-|to|–|—|and|through|until)\\s*${mdy}\\b`).exec(t);
  if (!m) return null;
  const [first, last] = [monthIndex(m[1]), monthIndex(m[3])];
  const [from, to] = [fullYear(m[2]), fullYear(m[4])];
  if (first === null || last === null || from === null || to === null) return null;
  return { at: m.index, length: m[0].length, last, from, to, months: (to - from) * 12 + (last - first) + 1 };
}

/** A year written in numerals (二〇二四年, 二零一九年), as formal documents date themselves. */
const YEAR_IN_NUMERALS = /[一二][〇零○一二三四五六七八九]{3}(?=年)/g;
const NUMERAL_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  '○': '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
/** A text with its years written in numerals (二〇二三年) in figures (2023年), places kept. */
export function yearsInFigures(text: string): string {
  return text.replace(YEAR_IN_NUMERALS, writtenYear).replace(ROC_DATE_YEAR, (all, year: string) => {
    // Taiwan's calendar (民國114年01月21日 is 21 January 2025), padded to its own length.
    // The era's first characters fill the length the figures do not (民国114年 → 民2025年), so that every
    // rule reads the year as it reads 2025年 and the places of the text stay where they were.
    const gregorian = `${Number(year) + 1911}年`;
    return all.slice(0, Math.max(0, all.length - gregorian.length)) + gregorian;
  });
}

/** A year of Taiwan's calendar named with its era (民國114年, 中華民国97年). */
const ROC_DATE_YEAR = /(?:中[华華])?民[国國]\s*(\d{2,3})\s*年/g;
const ROC_YEAR_AT = new RegExp(`^${ROC_DATE_YEAR.source}`);

/** The year in figures, one figure a numeral, so that places in the text stay where they were. */
function writtenYear(numerals: string): string {
  const digits = [...numerals].map((c) => NUMERAL_DIGITS[c]).join('');
  return /^(19|20)\d\d$/.test(digits) ? digits : numerals;
}

/** A day written alone in figures: 2025-06-30; 30/06/2025, 30.06.2025, 06/30/2025. */
const YEAR_FIRST_DAY = /^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YEAR_LAST_DAY = /^(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})$/;

/**
 * When a task is due, as a deadline's cell gives it: the words of a period (2024年6月底前, Q3 2019/20,
 * March 2025), or a day written alone in figures (30/06/2025, 2025-06-30), due within its own month.
 * Dots put the day first; with slashes or dashes only a figure above 12 tells the day from the month.
 */
export function dueBy(text: string | null | undefined, yearStart = 1): StatedPeriod | null {
  if (typeof text !== 'string') return null;
  const t = normalizeText(text).trim();
  let year: number;
  let cal: number;
  let day: number;
  const iso = YEAR_FIRST_DAY.exec(t);
  if (iso) [year, cal, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const m = YEAR_LAST_DAY.exec(t);
    if (!m) return statedPeriod(text, yearStart);
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === '.' || a > 12 ? true : b > 12 ? false : null;
    if (dayFirst === null) return null;
    [day, cal] = dayFirst ? [a, b] : [b, a];
    year = Number(m[4]);
  }
  if (cal < 1 || cal > 12 || day < 1 || day > LAST_DAY[cal - 1]) return null;
  return { period: throughMonth(fiscalMonth(cal, yearStart)), year, text: t, weak: true };
}

export function statedPeriod(text: string | null | undefined, yearStart = 1): StatedPeriod | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const written = normalizeText(text).slice(0, 300);
  // Read in Simplified characters (第一季、截至9月底 as written in Traditional too), quoted as written.
  let t = yearsInFigures(toHans(written).toLowerCase());
  // A range over several years (standards that "cover the period from 1 July 2020 to 30 June 2023") is
  // no period of the results, nor is either of its ends.
  const span = monthRange(t);
  if (span && span.months > 12)
    t = t.slice(0, span.at) + ' '.repeat(span.length) + t.slice(span.at + span.length);
  for (const rule of RULES) {
    const hit = rule(t, yearStart);
    if (hit) {
      const year =
        hit.year ??
        yearOfMonthsBeside(t, hit, yearStart) ??
        yearOf(withoutPlanSpans(t)) ??
        yearOf(t) ??
        rocYearBeforePeriod(t);
      // Quoted with the era of a year in Taiwan's calendar it starts in (民國114年01月21日).
      const era = /(?:中[华華])?民[国國]?$|中[华華]$/.exec(written.slice(Math.max(0, hit.at - 4), hit.at));
      const at =
        era && ROC_YEAR_AT.test(written.slice(hit.at - era[0].length)) ? hit.at - era[0].length : hit.at;
      const text = written.slice(at, hit.at + hit.length).trim();
      return { period: hit.period, year, text, weak: WEAK_RULES.has(rule) };
    }
  }
  return null;
}

/** A run of English months with one year after it (January to March 2024, Jan–Mar 2024). */
const MONTH_RUN = `${EN_MONTH}\\.?\\s*(?:-|to|–|—|through|until|till)\\s*${EN_MONTH}\\.?[\\s,']*((?:19|20)\\d{2})`;
/** …within a text, and as the whole text. */
const MONTH_RUN_IN = new RegExp(`${MONTH_RUN}(?!\\d)`);
const MONTH_RUN_ALONE = new RegExp(`^${MONTH_RUN}$`);
/** The same run in Chinese (2024年1-3月, 2024年1月-3月, 2024年1—9月份), as the whole text. */
const ZH_MONTH_RUN_ALONE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月?\s*[-~～至到—–]\s*(\d{1,2})\s*月份?$/;

/**
 * The year of a period named by its number, from the calendar months written beside it (Quarter 4
 * (January - March 2024), Q1 (April to June 2023)): the organisation's year those months are in, as a run
 * of months is read (January to March 2024 is in 2023/24 from April). Null where no such run ends with
 * the period.
 */
function yearOfMonthsBeside(
  t: string,
  hit: { period: Period; at: number; length: number },
  ys: number,
): number | null {
  const rest = t.slice(0, hit.at) + ' '.repeat(hit.length) + t.slice(hit.at + hit.length);
  const m = MONTH_RUN_IN.exec(rest);
  if (!m) return null;
  const [first, last, year] = [monthIndex(m[1]), monthIndex(m[2]), Number(m[3])];
  if (first === null || last === null || first >= last) return null;
  const p = hit.period;
  const end = p.kind === 'year' ? 12 : p.kind === 'quarter' ? p.quarter * 3 : p.month;
  if (fiscalMonth(last, ys) !== end) return null;
  return last >= ys ? year : year - 1;
}

/**
 * A year of Taiwan's calendar written without its era, just before the period it qualifies (107年第2季,
 * 111年1-9月, 112年上半年, 108年度): its Gregorian year (1911 later). A year of three figures elsewhere (建党100年,
 * 100年一遇) is no date.
 */
function rocYearBeforePeriod(t: string): number | null {
  const m = ROC_YEAR_BEFORE_PERIOD.exec(t);
  return m ? Number(m[1]) + 1911 : null;
}
const ROC_YEAR_BEFORE_PERIOD =
  /(?<!\d)(1[0-4]\d)\s*年(?=\s*(?:第?\s*[1-4一二三四]\s*季|\d{1,2}\s*(?:[-~～至到—–]\s*\d{1,2}\s*)?月|[上下]半年|度|全年|底|末))/;

/**
 * The text without a plan's run of years (Strategic Plan 2021-2025, 2021–25): no one year, so the year
 * named beside the period (Q4 Fiscal Year 2023-2024) is the one.
 */
function withoutPlanSpans(t: string): string {
  return t.replace(
    /((?:19|20)\d{2})\s*[-–—~至到]\s*((?:19|20)\d{2}|\d{2})(?!\d)/g,
    (m, a: string, b: string) => {
      const end = b.length === 2 ? Math.floor(Number(a) / 100) * 100 + Number(b) : Number(b);
      return end - Number(a) >= 2 ? ' '.repeat(m.length) : m;
    },
  );
}

/** The year a text names: 2019年, "2023/24" (its first year), "FY2024", a lone 2024. */
export function yearOf(text: string): number | null {
  const zh = /((?:19|20)\d{2})\s*年/.exec(text);
  if (zh) return Number(zh[1]);
  const split = /((?:19|20)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})(?!\d)/.exec(text);
  if (split) return Number(split[1]);
  const any = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(text);
  return any ? Number(any[1]) : null;
}

/**
 * The calendar year of a day written out with its month (as at 31 March 2018, October 8, 2019, 2018年3月31日),
 * by the same patterns the periods are read with; null where the text has none.
 */
export function dayWithYear(text: string): number | null {
  const t = normalizeText(text).toLowerCase();
  const en = ENGLISH_DAY_FIRST.exec(t) ?? ENGLISH_MONTH_FIRST.exec(t);
  if (en) return fullYear(en[3]);
  const zh = /((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.exec(t);
  return zh ? Number(zh[1]) : null;
}

/**
 * A heading that is a day alone, with its month and year (2024年12月31日(经审计), 2024-12-31, 31 March 2024,
 * March 31, 2024), as yyyymmdd; null for anything else. A remark that it was audited is set aside.
 */
export function dayWithMonthAndYear(text: string): number | null {
  const t = toHans(normalizeText(text))
    .toLowerCase()
    .replace(/\s*[(（](?:经审计|未经审计|已审计|audited|unaudited|restated|重述后?)[)）]\s*$/, '')
    .trim();
  const zh = /^((?:19|20)\d{2})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?$/.exec(t);
  if (zh) return dayNumber(Number(zh[1]), Number(zh[2]), Number(zh[3]));
  const dayFirst = ENGLISH_DAY_FIRST.exec(t);
  const monthFirst = dayFirst ? null : ENGLISH_MONTH_FIRST.exec(t);
  const en = dayFirst ?? monthFirst;
  if (!en || en.index !== 0 || en[0].length !== t.length) return null;
  const month = monthIndex(dayFirst ? en[2] : en[1]);
  const year = fullYear(en[3]);
  return month === null || year === null ? null : dayNumber(year, month, Number(dayFirst ? en[1] : en[2]));
}

function dayNumber(year: number, month: number, day: number): number | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? year * 10000 + month * 100 + day : null;
}

/**
 * A month heading with its year: "Dec 17", "Jan-18", "2018年1月", "2018-01", "January 2018" → the
 * calendar year and month; null for anything else (including a month without a year).
 */
export function monthWithYear(text: string | null | undefined): { year: number; month: number } | null {
  if (typeof text !== 'string' || text.length > 30) return null;
  const t = toHans(normalizeText(text)).toLowerCase();
  let m = /^((?:19|20)\d{2})\s*年\s*([0-9]{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?$/.exec(t);
  if (m) {
    const month = small(m[2]);
    return month && month <= 12 ? { year: Number(m[1]), month } : null;
  }
  m = /^((?:19|20)\d{2})([-/.])(\d{1,2})$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    // 2009/10, 2011-12: a financial year (its second year's last two digits), not October or December.
    if (m[2] !== '.' && m[3].length === 2 && month === (year + 1) % 100) return null;
    return month >= 1 && month <= 12 ? { year, month } : null;
  }
  m = new RegExp(`^${EN_MONTH}\\.?[\\s'\\-/]*((?:19|20)\\d{2}|\\d{2})$`).exec(t);
  if (m) {
    const month = monthIndex(m[1]);
    const year = fullYear(m[2]);
    return month && year ? { year, month } : null;
  }
  return null;
}

/**
 * The pace a text states, as offices write it beside the period (时间进度要求(62.5%), 序时进度：75%, 时序进度为
 * 58.3%, "time elapsed 58%"): the share of the year gone, 0–1. A gap to the pace (低于时间进度5%, 超序时进度9.5
 * 个百分点) is none; a pace in brackets after such words (较时间进度要求(62.5%)稍慢) is.
 */
export function statedPace(text: string | null | undefined): { fraction: number; text: string } | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const written = normalizeText(text).slice(0, 400);
  const t = toHans(written).toLowerCase();
  const m = STATED_PACE.exec(t);
  // A closing bracket is kept only with its opening one.
  if (!m || (m[1] && !m[2])) return null;
  const fraction = Number(m[3]) / 100;
  if (!(fraction > 0 && fraction <= 1)) return null;
  const at = m.index + (m[1]?.length ?? 0);
  const quoted = m[2] ? m[0] : m[0].replace(/\s*[)）]$/, '');
  return { fraction, text: written.slice(at, m.index + quoted.length).trim() };
}
const STATED_PACE =
  /(超|低于|高于|快于|慢于|落后于?|领先于?|超过|超出|差)?\s*(?:(?:时间|序时|时序)进度(?:要求)?|time elapsed)\s*(?:为|是|应为|应达到?|of)?\s*[:：]?\s*([(（])?\s*(\d{1,3}(?:\.\d+)?)\s*[%％](?:\s*[)）])?/;

/**
 * A run of months within one calendar year, named with that year and nothing else (January to March 2024,
 * Jan–Mar 2024, 2024年1-3月, 2024年1月-3月): its year and its last month; null for anything else (a run
 * across a year end, or a year named by its halves).
 */
export function monthsWithYear(text: string | null | undefined): { year: number; month: number } | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const t = toHans(normalizeText(text)).toLowerCase();
  const zh = ZH_MONTH_RUN_ALONE.exec(t);
  const en = zh ? null : MONTH_RUN_ALONE.exec(t);
  const first = zh ? Number(zh[2]) : en ? monthIndex(en[1]) : null;
  const last = zh ? Number(zh[3]) : en ? monthIndex(en[2]) : null;
  const year = zh ? Number(zh[1]) : en ? Number(en[3]) : null;
  if (first === null || last === null || year === null) return null;
  return first >= 1 && first < last && last <= 12 ? { year, month: last } : null;
}
