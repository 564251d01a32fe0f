/**
 * What every language pack builds its number formats on: the guard that turns a value that is not a
 * finite number into "—", and the parts of a quantity every language writes alike (percentages, %, ‰).
 */
import type { Period, Quantity, YearNamed } from '../model';
import { NO_VALUE } from '../core/digits';
import { isPercentUnit } from '../core/quantity';
import { bareUnit, cleanText } from '../core/text';
import { calendarMonth } from '../core/statedPeriod';

/** f(value), or "—" when the value is not a finite number. */
export function finiteOr(value: number, f: (v: number) => string): string {
  return typeof value === 'number' && Number.isFinite(value) ? f(value) : NO_VALUE;
}

/**
 * Decimals to show a difference in points with: one, or as many more (up to three) as it takes not to
 * show a difference as none (99.97% against 100%: 0.03个百分点, never 0.0).
 */
export function pointDecimals(points: number): number {
  const p = Math.abs(points);
  if (p === 0 || p >= 0.05) return 1;
  return p >= 0.005 ? 2 : 3;
}

/** The non-empty items of a list. */
export function listItems(items: readonly string[]): string[] {
  return items.filter((s) => typeof s === 'string' && s.trim() !== '');
}

/** How a language writes a quantity: its numbers, and what it does with the unit and approximations. */
export interface QuantityStyle {
  readonly number: (value: number) => string;
  readonly percent: (ratio: number, digits?: number) => string;
  /** The number with a unit other than %, ‰ (cleaned, maybe ''). */
  readonly withUnit: (value: number, unit: string) => string;
  /** An approximate quantity: its written form (cleaned, maybe ''), the unit and the exact text. */
  readonly approximate: (q: Quantity, written: string, unit: string, exact: string) => string;
}

/** A quantity with its unit (percentages, % and ‰ alike in every language); not finite → "—". */
export function formatQuantityWith(style: QuantityStyle, q: Quantity | null, unit: string | null): string {
  if (!q || typeof q.value !== 'number' || !Number.isFinite(q.value)) return NO_VALUE;
  // A unit typed in brackets in its column ("(days)", "($ thousand)") reads without them after a number.
  const u = bareUnit(cleanText(unit));
  let exact: string;
  if (q.percent) exact = style.percent(q.value, 1);
  else if (isPercentUnit(u)) exact = style.number(q.value) + '%';
  else if (u === '‰') exact = style.number(q.value) + '‰';
  else exact = style.withUnit(q.value, u);
  if (!q.approximation) return exact;
  return style.approximate(q, cleanText(q.approximation.text), u, exact);
}

/** A date "yyyy-mm-dd" as its parts, or null (then the text is shown cleaned). */
export function isoDate(iso: string): { y: number; m: number; d: number } | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(typeof iso === 'string' ? iso : '');
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { y, m: mo, d };
}

/** A section number's n: a whole number from 1, else 1. */
export function sectionIndex(n: number): number {
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * The organisation's year as a label across the two calendar years it spans, "2023/24": where the tables
 * name it so (2017/18: yearNamed 'span'), or where it starts in another month than January. Null for a
 * calendar year, and for a year the tables name by one year after FY ("FY 2010": 'fy'), which keeps
 * that number.
 */
export function fiscalYearLabel(
  year: number,
  yearStart: number | undefined,
  yearNamed?: YearNamed,
): string | null {
  if (yearNamed === 'fy' || (yearNamed !== 'span' && calendarMonth(1, yearStart) === 1)) return null;
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** A year as the tables name it: 2017/18 across two calendar years, FY 2010 after FY, else 2017. */
export function namedYear(year: number, yearNamed: YearNamed | undefined): string {
  if (yearNamed === 'fy') return `FY ${year}`;
  return fiscalYearLabel(year, 1, yearNamed) ?? String(year);
}

/**
 * How a title names the year of a period: as the tables name it, except a run of months counted from
 * January (the year's start not known), which is named by its calendar year (Jan–Nov 2019, never
 * "Jan–Nov 2019/20").
 */
export function namedForPeriod(
  period: { readonly kind: string },
  yearStart: number | undefined,
  yearNamed: YearNamed | undefined,
): YearNamed | undefined {
  return period.kind === 'month' && calendarMonth(1, yearStart) === 1 ? undefined : yearNamed;
}

/**
 * The calendar year the organisation's year starts in: the year itself, but the one before for a year
 * named after FY (FY 2010 from October starts in October 2009).
 */
export function firstCalendarYear(
  year: number,
  yearStart: number | undefined,
  yearNamed?: YearNamed,
): number {
  return yearNamed === 'fy' && calendarMonth(1, yearStart) !== 1 ? year - 1 : year;
}

/** The calendar month and year of the organisation's month m of the year starting in `year`. */
export function calendarOf(
  m: number,
  year: number,
  yearStart: number | undefined,
): { month: number; year: number } {
  const month = calendarMonth(m, yearStart);
  return { month, year: month < calendarMonth(1, yearStart) ? year + 1 : year };
}

/** A figure with its unit; a percentage with up to two decimals and no trailing zeros (7%, 6.5%). */
export function formatFigureWith(
  style: QuantityStyle,
  rate: (ratio: number) => string,
  q: Quantity | null,
  unit: string | null,
): string {
  if (q && q.percent && !q.approximation && typeof q.value === 'number' && Number.isFinite(q.value)) {
    return rate(q.value);
  }
  return formatQuantityWith(style, q, unit);
}

/**
 * A month the sheet's pace stops short of its end (时间进度62.5% in 1至8月上半月, the first half of August):
 * "as of August", not "as of the end of August".
 */
export function midMonth(p: Period): boolean {
  return p.kind === 'month' && p.elapsed !== undefined && p.elapsed < p.month / 12;
}
