/**
 * Text measuring: how wide a text or a formatted number shows, in characters as Excel counts column
 * widths (CJK and full-width characters count double). Used for column widths and row heights.
 */
import type { TableCell } from '../model';
import { NUMBER_FORMATS } from './numFmt';

/** Width of a text as Excel columns count it: CJK and full-width characters count double. */
export function displayWidth(value: string): number {
  let w = 0;
  for (let i = 0; i < value.length; i++) {
    // By code point, as for…of would walk it, without making a string per character.
    let c = value.charCodeAt(i);
    if (c < 0x1100) {
      w += 1;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = value.codePointAt(i) ?? c;
      if (cp > 0xffff) {
        i++;
        c = cp;
      }
    }
    const wide =
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0x1100 && c <= 0x115f) ||
      c === 0x2014 ||
      (c >= 0x2018 && c <= 0x201d) ||
      c === 0x2026 ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

/** Number of decimal digits of a non-negative integer below 1e21 (String(n).length, without the string). */
function integerDigits(n: number): number {
  let d = 1;
  for (let p = 10; n >= p && d < 21; p *= 10) d++;
  return d;
}

/** How wide a cell shows, in characters, once formatted. */
export function cellDisplayWidth(value: TableCell, fmt: string | null | undefined): number {
  if (value === null) return 0;
  if (typeof value === 'string') return displayWidth(value);
  const abs = Math.abs(value);
  if (fmt && fmt.includes('%')) {
    const k = Math.round(abs * 1000);
    // (k / 10).toFixed(1) has the digits of k / 10's integer part, a point and one decimal.
    if (k < 1e15) return integerDigits(Math.floor(k / 10)) + 3;
    return (k / 10).toFixed(1).length + 1;
  }
  const grouping = !!fmt && fmt.includes(',');
  if (Number.isInteger(abs) && abs < 1e21) {
    // String(abs) is the digits alone: the common case, without making the string.
    const len = integerDigits(abs);
    return (value < 0 ? 1 : 0) + len + (grouping ? Math.floor((len - 1) / 3) : 0);
  }
  const decimals = fmt === NUMBER_FORMATS.integer || fmt === NUMBER_FORMATS.index ? 0 : 2;
  if (abs < 1e12) {
    // The digits toFixed(decimals) would show, without the string: n = abs × 10^decimals rounded. The
    // product is off by at most half an ulp, so away from a half n is the integer toFixed picks (and, when
    // the shortest form has no more decimals than shown, that form's digits).
    const y = decimals === 0 ? abs : abs * 100;
    if (Math.abs(y - Math.floor(y) - 0.5) > Math.min(0.2, y * 8.881784197001252e-16)) {
      const n = Math.round(y);
      const intPart = decimals === 0 ? n : Math.floor(n / 100);
      const rest = n - intPart * 100;
      const fracLen = decimals === 0 || rest === 0 ? 0 : rest % 10 === 0 ? 1 : 2;
      const len = integerDigits(intPart);
      return (
        (value < 0 ? 1 : 0) +
        len +
        (grouping ? Math.floor((len - 1) / 3) : 0) +
        (fracLen > 0 ? fracLen + 1 : 0)
      );
    }
  }
  // When the shortest form has no more decimals than shown (most cells), toFixed would only add
  // zeros, which are not counted: the shortest form gives the same width without rounding.
  const str = String(abs);
  const dot = str.indexOf('.');
  const short = !str.includes('e') && (dot < 0 || str.length - dot - 1 <= decimals);
  const [int, frac] = short
    ? dot < 0
      ? [str]
      : [str.slice(0, dot), str.slice(dot + 1)]
    : abs.toFixed(decimals).split('.');
  const grouped = grouping ? Math.floor((int.length - 1) / 3) : 0;
  const fracLen = frac ? frac.replace(/0+$/, '').length : 0;
  return (value < 0 ? 1 : 0) + int.length + grouped + (fracLen > 0 ? fracLen + 1 : 0);
}
