/**
 * Small numeric helpers without words: the one clean-up of floating-point noise, rounding to significant
 * digits through no string in the usual case, exact decimal scaling.
 */

/** Equal within floating-point noise (a plan for the period that is the year's own figure again, say). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A finite number (not null, undefined, NaN or ±Infinity). */
export function finite(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * Number(x.toPrecision(digits)), the same double, without going through a string in the usual case
 * (toPrecision is slow, and every ratio and sum goes through here). With y = |x| × 10^k holding
 * `digits` digits before the point, toPrecision picks the integer nearest the exact y; the computed y is
 * off by at most half an ulp (1/16 at 15 digits), so away from a half the rounded y is that integer, and m / 10^k (both exact, the
 * division correctly rounded) is the double nearest m × 10^-k, as parsing the string gives. Near a half,
 * at the edges of the range and for tiny or huge numbers the string is used.
 */
export function roundSignificant(x: number, digits: number): number {
  if (Number.isInteger(x) && Math.abs(x) < POW10[digits]) return x;
  const a = Math.abs(x);
  const k = digits - 1 - Math.floor(Math.log10(a));
  if (digits <= 15 && k >= 0 && k <= 22) {
    const p = POW10[k];
    const y = a * p;
    const lo = POW10[digits - 1];
    // The computed y is off by at most half an ulp (≤ y × 2^-53): a margin of y × 2^-50 (at most 0.2)
    // from the half is safe, and lets almost every value take this path.
    const margin = Math.min(0.2, y * 8.881784197001252e-16);
    if (y >= lo && y < 10 * lo - 1 && Math.abs(y - Math.floor(y) - 0.5) > margin) {
      const v = Math.round(y) / p;
      return x < 0 ? -v : v;
    }
  }
  return Number(x.toPrecision(digits));
}

/** Significant digits kept when removing the noise of arithmetic (sums, ratios, scaling). */
const ARITHMETIC_DIGITS = 15;
/** Significant digits of the values the report shows and stores (tables, JSON, history). */
const SHOWN_DIGITS = 12;

/**
 * The one clean-up of floating-point noise: x to `digits` significant digits (0.1 + 0.2 → 0.3 at the
 * default 15), -0 as 0; a number that is not finite, or that rounding would push past the largest
 * double, is returned as it is.
 */
export function cleanNumber(x: number, digits: number = ARITHMETIC_DIGITS): number {
  if (!Number.isFinite(x)) return x;
  const v = roundSignificant(x, digits);
  if (!Number.isFinite(v)) return x;
  return v === 0 ? 0 : v;
}

/** A value as the report shows and stores it: cleanNumber at 12 significant digits (112.50000000000001 → 112.5). */
export function cleanValue(x: number): number {
  return cleanNumber(x, SHOWN_DIGITS);
}

/**
 * The fewest decimals, 1 to 15, that give a positive figure back when it is written to them and read again
 * (0.1 → 1, 72.89 → 2), or null where none do within the safe integers once scaled (1.5e-7,
 * 123456789.1234567) and for whole numbers. Written to k decimals a figure reads back as itself, then to
 * k + 1 too (10m / 10^(k+1) is the same quotient), so the fewest is found by halving: this runs for every
 * number a report writes.
 */
export function fewestDecimals(n: number): number | null {
  if (!(n > 0) || Number.isInteger(n)) return null;
  let hi = MOST_DECIMALS;
  while (hi >= 1 && n * POW10[hi] > Number.MAX_SAFE_INTEGER) hi--;
  if (hi < 1 || !readsBack(n, hi)) return null;
  let lo = 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (readsBack(n, mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}

/** The most decimals a figure is written to digit by digit (a double holds 15 significant digits). */
const MOST_DECIMALS = 15;

/** Whether n written to k decimals (rounded) reads back as n. */
function readsBack(n: number, k: number): boolean {
  return Math.round(n * POW10[k]) / POW10[k] === n;
}

/**
 * The decimals a figure is written with (234 → 0, 4.61 → 2, 0.0012 → 4): fewestDecimals, else the
 * decimals of its shortest text (1.5e-7 → 8).
 */
export function writtenDecimals(x: number): number {
  const a = Math.abs(x);
  if (!Number.isFinite(a) || Number.isInteger(a)) return 0;
  const k = fewestDecimals(a);
  if (k !== null) return k;
  const m = /^\d*(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(a));
  if (!m) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

/**
 * x to `decimals` decimals: up (the smallest such figure not below x), down, or to the nearest (halves
 * away from zero). Through the decimal representation, so 190.76 to two decimals stays 190.76.
 */
export function roundedTo(x: number, decimals: number, way: 'up' | 'down' | 'nearest'): number {
  const scaled = cleanValue(scaleByPowerOfTen(x, decimals));
  const whole =
    way === 'up'
      ? Math.ceil(scaled)
      : way === 'down'
        ? Math.floor(scaled)
        : Math.sign(scaled) * Math.round(Math.abs(scaled));
  return cleanValue(scaleByPowerOfTen(whole, -decimals));
}

/**
 * The size a figure read from a sheet must have, the one rule for every cell and every sum:
 * - 'too-large': not a finite double (a text such as 1e400, a sum or a scaling past about 1.8 × 10^308);
 * - 'too-small': not zero but below 10^-9 in size (a subnormal such as 5e-324, a formula's leftover
 *   5.55e-17): no indicator is measured at that scale, and every format shows it as 0, so such a figure
 *   is a data problem, never a target "0" that any result achieves;
 * - null: a figure the engine works with (0 and -0 included; -0 is read as 0).
 */
export function figureSizeProblem(x: number): 'too-large' | 'too-small' | null {
  if (!Number.isFinite(x)) return 'too-large';
  return x !== 0 && Math.abs(x) < SMALLEST_FIGURE ? 'too-small' : null;
}

/** The smallest size of a figure other than 0 (see figureSizeProblem). */
const SMALLEST_FIGURE = 1e-9;

/** Significant digits a double holds exactly, as Excel keeps them: a typed figure with more is refused. */
export const EXACT_DIGITS = 15;

/** x × 10^k through the decimal representation, so 1.2 × 10^4 is exactly 12000. */
export function scaleByPowerOfTen(x: number, k: number): number {
  if (k === 0) return x;
  const s = String(x);
  if (/e/i.test(s)) return cleanNumber(x * Math.pow(10, k));
  return Number(`${s}e${k}`);
}
