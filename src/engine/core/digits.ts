/**
 * Digits as text, without words: the number with a chosen count of decimals, with or without thousands
 * separators (1,234.5), never "NaN" or "-0". The language packs build their number formats on it.
 */

import { cleanValue } from './numbers';

/** Shown where a number is missing or not finite. */
export const NO_VALUE = '—';

/** Intl.NumberFormat is costly to build: one per (locale, decimals, grouping) combination, built once. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

/** The Intl number format of a locale with minFrac to maxFrac decimals, grouped or not (made once). */
export function numberFormatOf(
  locale: string,
  minFrac: number,
  maxFrac: number,
  grouping: boolean,
): Intl.NumberFormat {
  const key = `${locale}|${minFrac}|${maxFrac}|${grouping ? 1 : 0}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: minFrac,
      maximumFractionDigits: maxFrac,
      useGrouping: grouping,
    });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

/**
 * The digits of a number with minFrac to maxFrac decimals (half away from zero), grouped by thousands or
 * not. From 10^15 on the number is first cleaned to the 12 significant digits values are shown with
 * (cleanValue), so a huge figure reads 75000000000000000000000, never 74999999999999990000000; never
 * exponent notation.
 */
export function formatDigits(value: number, minFrac: number, maxFrac: number, grouping: boolean): string {
  return Math.abs(value) < 1e15
    ? fixedDigits(value, minFrac, maxFrac, grouping)
    : intlDigits(cleanValue(value), minFrac, maxFrac, grouping);
}

function intlDigits(value: number, minFrac: number, maxFrac: number, grouping: boolean): string {
  const formatter = numberFormatOf('en-US', minFrac, maxFrac, grouping);
  const s = formatter.format(value);
  // -0.001 rounds to "-0": a sign on zero is noise.
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/**
 * The same text as Intl.NumberFormat('en-US') gives below 10^15, several times faster. Intl rounds the
 * shortest decimal form of the number (String(1.005) = "1.005" → "1.01") half away from zero, so this
 * does the same on that string; trailing zeros go down to minFrac; a zero result carries no sign.
 */
function fixedDigits(value: number, minFrac: number, maxFrac: number, grouping: boolean): string {
  const abs = Math.abs(value);
  const str = String(abs);
  if (Number.isInteger(abs) && minFrac === 0) {
    const int = grouping && str.length > 3 ? str.replace(/\B(?=(\d{3})+$)/g, ',') : str;
    return value < 0 && abs !== 0 ? '-' + int : int;
  }
  if (str.includes('e')) return intlDigits(value, minFrac, maxFrac, grouping); // below 1e-6
  const dot = str.indexOf('.');
  let int = dot < 0 ? str : str.slice(0, dot);
  let frac = dot < 0 ? '' : str.slice(dot + 1);
  if (frac.length > maxFrac) {
    const up = frac.charCodeAt(maxFrac) >= 53; // '5'
    frac = frac.slice(0, maxFrac);
    if (up && int.length + frac.length < 16) {
      // Up to 15 digits: add one to the integer they make (exact below 2^53).
      const kept = int + frac;
      const digits = String(Number(kept) + 1).padStart(kept.length, '0');
      int = digits.slice(0, digits.length - maxFrac);
      frac = digits.slice(digits.length - maxFrac);
    } else if (up) {
      const digits = (int + frac).split('');
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') digits[i--] = '0';
      if (i < 0) digits.unshift('1');
      else digits[i] = String.fromCharCode(digits[i].charCodeAt(0) + 1);
      const joined = digits.join('');
      int = joined.slice(0, joined.length - maxFrac);
      frac = joined.slice(joined.length - maxFrac);
    }
  }
  let end = frac.length;
  while (end > minFrac && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  while (frac.length < minFrac) frac += '0';
  if (grouping && int.length > 3) int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  const s = frac === '' ? int : `${int}.${frac}`;
  return value < 0 && /[1-9]/.test(s) ? '-' + s : s;
}
