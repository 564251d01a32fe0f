/**
 * The organisation's year as a table names it. Offices whose year does not start in January write it
 * across two calendar years — 2017/18, 2021–22, 2011-2012, "2025 to 2026", 2007-08年度 — or by one year
 * after "FY" ("FY 2010", "Fiscal Year 2015": the year it ends in, in the American and Australian way); and
 * a run of months that makes one whole year ("April to March", "Jul-19 - Jun-20", "1 Sept. 2009 – 31 Aug.
 * 2010", 2023年4月至2024年3月), or a quarter or half named with its months ("quarter two … July to
 * September 2024", "Q1 - 07/2015 - 09/2015"), says the month it starts in.
 *
 * A span of two years written before 年 alone (2021-2022年) is a plan of two calendar years, not a
 * financial year; before 年度, or without either, it is one.
 */
import { normalizeText, toHalfWidth } from './normalize';
import { toHans } from './hans';
import type { YearNamed } from '../model';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/**
 * Two years, the second the next one (in full or by its last two digits), joined by a slash, a dash or
 * "to": 2017/18, 2021–22, 2011-2012, 2025 to 2026. Not a date (2011-12-31) and not inside a longer
 * number; what follows tells 年度 (a financial year) from 年 (two calendar years).
 */
const SPAN =
  /(?<![\d.])((?:19|20)\d{2})\s*(?:[/\-–—]|\s(?:to|until)\s)\s*((?:19|20)\d{2}|\d{2})(?![\d])(?![-/.]\d)(\s*年度?)?/g;

/** Two years by their last two digits, the second the next: 03/04, 19-20 (a known year's only: see below). */
const SHORT_SPAN = /(?<![\d/.:])(\d{2})\s*[/\-–—]\s*(\d{2})(?![\d/.:])/g;

/**
 * True when a text writes the year by its last two digits and the next's (03/04 for 2003): only ever
 * asked of a year already known, as 03/04 alone could as well be the 3rd of April.
 */
export function shortSpanOf(text: string | null | undefined, year: number): boolean {
  if (typeof text !== 'string') return false;
  for (const m of key(text).matchAll(SHORT_SPAN)) {
    if (Number(m[1]) === year % 100 && Number(m[2]) === (year + 1) % 100) return true;
  }
  return false;
}

/** FY 2010, FY2024, FY'15, fiscal year 2015, 2019财年 — one year named as a financial year. */
const FY_NAMED = /\bf(?:y|iscal\s+year)\s*'?((?:19|20)?\d{2})\b(?!\s*[/\-–—]\s*\d)|((?:19|20)\d{2})\s*财年/g;

/** The words of a text as they are compared: one form of each character, lower case. */
function key(text: string): string {
  return toHans(normalizeText(text)).toLowerCase();
}

function fullYear(digits: string, century: number): number {
  return digits.length === 4 ? Number(digits) : century + Number(digits);
}

/** The first year of each span of two years the text writes (2017 for 2017/18), in order. */
export function yearSpansIn(text: string | null | undefined): number[] {
  if (typeof text !== 'string') return [];
  const found: number[] = [];
  for (const m of key(text).matchAll(SPAN)) {
    const first = Number(m[1]);
    const second = fullYear(m[2], first - (first % 100));
    const next = second === first + 1 || (m[2].length === 2 && first % 100 === 99 && m[2] === '00');
    // 2021-2022年: two calendar years of a plan; 2021-22年度 or 2021-22: one financial year.
    const calendarYears = m[3] !== undefined && !m[3].includes('度');
    if (next && !calendarYears) found.push(first);
  }
  return found;
}

/** The years a text names as financial years by one number (FY 2006 - FY 2010 → 2006, 2010), in order. */
export function fyNamedIn(text: string | null | undefined): number[] {
  if (typeof text !== 'string') return [];
  return [...key(text).matchAll(FY_NAMED)].map((m) => fullYear(m[1] ?? m[2], 2000));
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3)) + 1;
}

// A date in a run of months: 1 April 2023, 01-Jul-2019, Sept. 1, 2009, Jul-19, April.
const DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?[\s\-]+)?`;
const DAY_AFTER = String.raw`(?:\s+\d{1,2}(?:st|nd|rd|th)?(?!\d),?)?`;
const YEAR_AFTER = String.raw`(?:[\s,'\-]*((?:19|20)\d{2}|\d{2})(?!\d))?`;
const EN_RANGE = new RegExp(
  String.raw`(?<![a-z])${DAY}${MONTH}\.?${DAY_AFTER}${YEAR_AFTER}\s*(?:to|until|through|thru|[-–—~])\s*${DAY}${MONTH}\.?${DAY_AFTER}${YEAR_AFTER}`,
  'g',
);
const ZH_RANGE =
  /(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|—|–|-|～|~)\s*(?:次年|翌年|(?:19|20)\d{2}\s*年\s*)?(\d{1,2})\s*月/g;
/** 07/2015 - 09/2015: months by number with their years. */
const NUMBER_RANGE =
  /(?<![\d/.])(0?[1-9]|1[0-2])[/.]((?:19|20)\d{2})\s*(?:to|[-–—~])\s*(0?[1-9]|1[0-2])[/.](?:19|20)\d{2}(?!\d)/g;

/** A run of months a text writes: its first and last calendar month, the first's year when written. */
interface MonthRun {
  readonly from: number;
  readonly to: number;
  readonly year: number | null;
  readonly at: number;
  readonly end: number;
}

/** The runs of months a text (compared form) writes, in order. */
function monthRuns(t: string): MonthRun[] {
  const runs: MonthRun[] = [];
  const add = (m: RegExpMatchArray, from: number, to: number, year: number | null): void => {
    const at = m.index ?? 0;
    runs.push({ from, to, year, at, end: at + m[0].length });
  };
  for (const m of t.matchAll(EN_RANGE)) {
    const from = monthOf(m[1]);
    const to = monthOf(m[3]);
    // July to September 2024: the year after the last month is the first's too, within a calendar year
    // (across its end it may name a span: "April to March 2017/18" runs from April 2017).
    const year = m[2] !== undefined ? m[2] : m[4] !== undefined && from <= to ? m[4] : undefined;
    add(m, from, to, year !== undefined ? fullYear(year, 2000) : null);
  }
  for (const m of t.matchAll(ZH_RANGE)) {
    add(m, Number(m[2]), Number(m[3]), m[1] !== undefined ? Number(m[1]) : null);
  }
  for (const m of t.matchAll(NUMBER_RANGE)) add(m, Number(m[1]), Number(m[3]), Number(m[2]));
  return runs.sort((a, b) => a.at - b.at);
}

/** The months from `from` to `to`, counted forward across a year end (Jul to Sep: 3; Apr to Mar: 12). */
function monthsIn(run: MonthRun): number {
  return ((run.to - run.from + 12) % 12) + 1;
}

/** The month counted `back` months before `month` (1–12). */
function monthsBefore(month: number, back: number): number {
  return ((((month - 1 - back) % 12) + 12) % 12) + 1;
}

/** A quarter or half of the year a text names: which one, and how many months it has. */
const PART_WORDS: readonly {
  readonly re: RegExp;
  readonly months: number;
  readonly n: (m: RegExpExecArray) => number;
}[] = [
  { re: /\b(?:q|quarter)\s*([1-4])\b/, months: 3, n: (m) => Number(m[1]) },
  {
    re: /\bquarter\s+(one|two|three|four)\b/,
    months: 3,
    n: (m) => ['one', 'two', 'three', 'four'].indexOf(m[1]) + 1,
  },
  {
    re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b/,
    months: 3,
    n: (m) => ['first', 'second', 'third', 'fourth'].indexOf(m[1]) + 1 || Number(m[1][0]),
  },
  { re: /第?([一二三四1-4])季度/, months: 3, n: (m) => '一二三四'.indexOf(m[1]) + 1 || Number(m[1]) },
  {
    re: /\b(first|1st|second|2nd)\s+half\b|\bh([12])\b/,
    months: 6,
    n: (m) => (m[2] ? Number(m[2]) : /^(first|1st)$/.test(m[1]) ? 1 : 2),
  },
  { re: /(上|下)半年/, months: 6, n: (m) => (m[1] === '上' ? 1 : 2) },
];

/** A date a part of the year ends at: as at 31 December 2013, as of September, 截至12月31日 (a month's end). */
const AS_AT_EN = new RegExp(
  String.raw`\b(?:as at|as of|ending|ended|to the end of|end of)\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?${MONTH}\b(?:\s+(\d{1,2})(?!\d))?`,
);
const AS_AT_ZH = /截[至止]\s*(?:(?:19|20)\d{2}\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末)?/;

const FISCAL_STARTS: ReadonlySet<number> = new Set([4, 7, 10]);

function partEndIn(t: string): { month: number; at: number; end: number } | null {
  const en = AS_AT_EN.exec(t);
  const zh = en ? null : AS_AT_ZH.exec(t);
  const m = en ?? zh;
  if (!m) return null;
  const month = en ? monthOf(en[2]) : Number(zh![1]);
  const day = en ? (en[1] ?? en[3]) : zh![2];
  // A day short of the month's end is a date within the part, not its end.
  if (month < 1 || month > 12 || (day !== undefined && Number(day) < 28)) return null;
  return { month, at: m.index, end: m.index + m[0].length };
}

/** The start of the year a text says, and the year it starts in when written. */
export interface YearStartWords {
  /** The month the year starts in (2–12: a year from January is the calendar year). */
  readonly month: number;
  /** The calendar year of its first month, when the text writes it ("Jul-19" → 2019). */
  readonly year: number | null;
  /** The words, as written. */
  readonly text: string;
}

/**
 * The month a text's year starts in, where it says so: a run of months that makes one whole year (April
 * to March, Jul-19 - Jun-20: it ends the month before it starts), or a quarter or half named with its
 * months (quarter two … July to September: April; Q1 - 07/2015 - 09/2015: July). Null when the start is
 * January or the text does not say: a run within a year alone (April to June) says nothing.
 */
export function yearStartIn(text: string | null | undefined): YearStartWords | null {
  if (typeof text !== 'string') return null;
  const written = normalizeText(text);
  const t = toHans(written).toLowerCase();
  const runs = monthRuns(t);
  const words = (at: number, end: number): string => written.slice(at, end).trim();
  // The year that ends on a day ("for the year ended 30 June 2023", "financial year ending 31 March"):
  // it starts the month after.
  const ended = YEAR_ENDED.exec(t);
  if (ended) {
    const last = MONTHS.indexOf(ended[2].slice(0, 3)) + 1;
    const year = ended[4] ? Number(ended[4]) : null;
    if (last >= 1 && last < 12)
      return {
        month: last + 1,
        year: year !== null ? year - 1 : null,
        text: words(ended.index, ended.index + ended[0].length),
      };
  }
  for (const r of runs) {
    if (monthsIn(r) === 12 && r.from !== 1) return { month: r.from, year: r.year, text: words(r.at, r.end) };
  }
  // Half or three quarters of a year to date from the first of April, July or October (1 July – 31 December
  // 2013, a six-monthly report): the year starts on that day.
  for (const r of runs) {
    const n = monthsIn(r);
    if ((n === 6 || n === 9) && FISCAL_STARTS.has(r.from) && /^0?1(?:st)?\s+[a-z]/.test(t.slice(r.at, r.end)))
      return { month: r.from, year: r.year, text: words(r.at, r.end) };
  }
  for (const part of PART_WORDS) {
    const m = part.re.exec(t);
    if (!m) continue;
    const run = runs.find((r) => monthsIn(r) === part.months);
    if (!run) {
      const end = partEndIn(t);
      if (!end) continue;
      // The part ends at the date (second quarter … as at 31 December: a year from July).
      const start = monthsBefore(end.month, part.months * part.n(m) - 1);
      // Only the starts offices' years have (April, July, October): a date past the part's end (二季度 …
      // 截至8月底, a report written later) says nothing of the year.
      if (!FISCAL_STARTS.has(start)) return null;
      return {
        month: start,
        year: null,
        text: words(Math.min(m.index, end.at), Math.max(m.index + m[0].length, end.end)),
      };
    }
    const start = monthsBefore(run.from, part.months * (part.n(m) - 1));
    if (start === 1) return null;
    // The year starts in the run's year, or the one before when the part is not the first.
    const year = run.year !== null && start > run.from ? run.year - 1 : run.year;
    return {
      month: start,
      year,
      text: words(Math.min(m.index, run.at), Math.max(m.index + m[0].length, run.end)),
    };
  }
  return null;
}

/** "(financial) year ended/ending [30] June [30,] [2023]": the month the year ends in, and its year. */
const YEAR_ENDED = new RegExp(
  `\\b(?:financial |fiscal )?year\\s+(?:ended|ending)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?${MONTH}\\.?(?:\\s+(\\d{1,2})(?!\\d))?(?:,?\\s*((?:19|20)\\d{2}))?`,
);

/** What a table's words say of its year. */
export interface FiscalYearWords {
  /** How they name the year, when they name it as a financial year. */
  readonly named: YearNamed | null;
  /** The year so named (the first of a span; the one after FY), when `named`. */
  readonly year: number | null;
  /** The month the year starts in, when a run of months says it. */
  readonly start: YearStartWords | null;
}

/**
 * What the texts (title rows first, then headings) say of the table's year. `yearKnown`: the year the table
 * is already known to be about, when it is: only a span starting in it (or, before or after, a run of
 * months starting in it) names it; a span of another year (next year's 2022-23 target beside 2021-22)
 * says nothing. Named as a financial year by one year (FY 2010) wins over a span, as the report's own
 * words must then be "FY 2010", never "2009/10".
 */
const FINANCIAL_YEAR_WORDS =
  /\b(?:financial|fiscal)\s+year\b|\bFY\s*(?:19|20)\d{2}\s*[-–—/]|财政年度|財政年度/i;

export function fiscalYearWords(texts: readonly string[], yearKnown: number | null): FiscalYearWords {
  let start: YearStartWords | null = null;
  for (const t of texts) {
    start = yearStartIn(t);
    if (start) break;
  }
  // A quarter in one text and its months in another (a title's "1st January 2024 to 31st March 2024"
  // over a heading "Q4 2023/24"): the first text, the period stated, read with each of the others.
  for (let i = 1; !start && i < texts.length; i++) start = yearStartIn(`${texts[0]} / ${texts[i]}`);
  for (const t of texts) {
    for (const fy of fyNamedIn(t)) {
      if (yearKnown === null || fy === yearKnown) return { named: 'fy', year: fy, start };
      // A year from September 2009 named by its end (FY 2010), as US offices name theirs.
      if (start && start.month !== 1 && start.year === yearKnown && fy === yearKnown + 1)
        return { named: 'fy', year: fy, start };
    }
  }
  // Months in the second calendar year of a year that starts later (January to March 2024, the fourth
  // quarter of a year from April): the span is the one that started the year before, 2023/24.
  const year = yearKnown !== null && start?.year === yearKnown - 1 ? start.year : yearKnown;
  const wanted = year ?? start?.year ?? null;
  for (const t of texts) {
    for (const first of yearSpansIn(t)) {
      if (wanted === null || first === wanted) return { named: 'span', year: first, start };
    }
    if (wanted !== null && shortSpanOf(t, wanted)) return { named: 'span', year: wanted, start };
  }
  // A date late in a year that starts after January (as at 31 March 2018, in a year from July) beside a
  // span ending in its calendar year (REPORT 2017-2018): the span is that date's year.
  if (wanted !== null && start && start.month !== 1 && year === yearKnown) {
    for (const t of texts)
      if (yearSpansIn(t).includes(wanted - 1)) return { named: 'span', year: wanted - 1, start };
  }
  // A year named by its end (2018 Target | 2018 Actual) under words naming the financial year that ends
  // in it ("the financial targets set for the 2017–18 financial year", "FY 2025-2026 Annual Budget"):
  // that financial year.
  if (wanted !== null) {
    for (const t of texts) {
      if (!FINANCIAL_YEAR_WORDS.test(t)) continue;
      if (yearSpansIn(t).includes(wanted - 1)) return { named: 'span', year: wanted - 1, start };
    }
  }
  // A run of months over two calendar years (Jul-19 - Jun-20) is itself a span.
  if (start?.year != null && (year === null || start.year === year)) {
    return { named: 'span', year: start.year, start };
  }
  return { named: null, year: null, start };
}

/**
 * A year of the Republic of China calendar, as Taiwan's offices write it: 民國108年, 中華民國97年度, or
 * 108年度 (three figures, 100 and up, before 年度), as its Gregorian year (1911 later); else null.
 */
const ROC_YEAR = /(?:(?:中华|中華)?民[国國]\s*(\d{2,3})\s*年|(?<!\d)(1[0-4]\d)\s*年度)/;

export function rocYear(text: string): number | null {
  // (in half-width figures: １０７年度 is 107年度)
  const m = ROC_YEAR.exec(toHalfWidth(text));
  return m ? Number(m[1] ?? m[2]) + 1911 : null;
}
