/** The status rules for numbers, in one place (also used for consolidated figures over several units). */
import { DEFAULT_THRESHOLDS, type Period, type Status, type Thresholds } from '../model';
import { cleanNumber, cleanValue } from '../core/numbers';
import { isYearEnd } from '../core/period';

export function ratio(a: number, b: number | null): number | null {
  if (b === null || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  const r = cleanNumber(a / b);
  return Number.isFinite(r) ? r : null;
}

/** Compared with a tolerance of 12 significant digits, so 0.7999999999999999 counts as 0.8. */
function atLeast(x: number, bound: number): boolean {
  // Rounding is monotonic, so x >= bound stays true once rounded; and rounding to 12 digits moves a
  // value by less than 5e-12 of itself, so a clearly larger bound stays larger. Only near-ties need it.
  if (x >= bound) return true;
  if (bound - x > 1e-10 * (Math.abs(x) + Math.abs(bound))) return false;
  return cleanValue(x) >= cleanValue(bound);
}

/**
 * The status rules for numbers, in one place (also used for consolidated figures over several units).
 * Higher-is-better: achieved when A >= target at any period; at the year end missed when A < target;
 * before it on_track when pace = A / E >= thresholds.onTrack, behind when pace >= thresholds.behind,
 * else at_risk. Nothing expected yet (E <= 0 or unknown) counts as on_track.
 * Lower-is-better (the target is a ceiling): missed when A > target at any period; at the year end
 * achieved when A <= target; before it on_track when A <= E, behind when E < A <= target.
 * Comparisons allow for floating-point noise (12 significant digits). `underWay`: the sheet itself says
 * the year is not over (a target to date below the year's), whatever the period.
 */
export function numericStatus(
  direction: 'higher' | 'lower',
  actual: number,
  target: number,
  expected: number | null,
  period: Period,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  underWay = false,
): Status {
  const yearEnd = !underWay && isYearEnd(period);
  if (direction === 'higher') {
    if (atLeast(actual, target)) return 'achieved';
    if (yearEnd) return 'missed';
    const pace = ratio(actual, expected);
    if (pace === null) return 'on_track';
    if (atLeast(pace, thresholds.onTrack)) return 'on_track';
    if (atLeast(pace, thresholds.behind)) return 'behind';
    return 'at_risk';
  }
  if (!atLeast(target, actual)) return 'missed';
  if (yearEnd) return 'achieved';
  if (expected === null || atLeast(expected, actual)) return 'on_track';
  return 'behind';
}
