/**
 * Target kinds as the report states them (facts, no words). Rows read with a target kind
 * (evaluate/judge.ts) are stated by the rule of their kind: a growth or a decrease against the target
 * growth, the gap in percentage points; a result within, below or above a band (6.5%—7%, 3%左右); a
 * standard each result must meet (不低于60元); a ceiling (控制在4.3%以内); a rate against its target in
 * points; a row with only a completion rate. Rows of the standard layout (no kind) and running totals keep
 * the plain rule of report/narrative.ts: an amount against the annual target and the share of it due.
 *
 * The pace target is shown to the decimals of the row's own figures: a whole number for a unit that counts
 * whole things (个, 户, 人次…: "序时目标10户", never "9.75户"), no more decimals than the target and result
 * otherwise; the status keeps the exact value. Tables and text both use paceShown.
 */
import type { ChangeWay, Evaluation, JudgedResult, Quantity, TargetSide } from '../model';
import { cleanValue, finite, roundedTo, sameFigure as same, writtenDecimals } from '../core/numbers';
import { scanQuantities } from '../core/grammar';
import { memo } from '../core/memo';
import { bareUnit, cleanText } from '../core/text';
import { lagOf } from '../evaluate/gaps';
import { band } from '../evaluate/judge';
import { isCountableUnit } from '../evaluate/nameWords';

/** How the report states an indicator's result. */
export type ItemForm =
  | 'amount'
  | 'growth'
  | 'decrease'
  | 'band'
  | 'ceiling'
  | 'floor'
  | 'rate'
  | 'rank'
  | 'completion'
  | 'period-completion';

/** The form of an evaluation; `numeric`: it has an actual and a target above 0 to compare. */
export function formOf(ev: Evaluation, numeric: boolean): ItemForm {
  const kind = ev.kind;
  if (finite(ev.periodCompletion)) return 'period-completion';
  // A row of the standard layout: a share judged as it stands (整改到位率 87.5% against 100%) is told
  // against its target in points, as a rate; anything else as an amount against its pace.
  if (kind === undefined) return numeric && shareAsItStands(ev) ? 'rate' : 'amount';
  if (!numeric) return finite(ev.completion) && ev.status !== 'not_rated' ? 'completion' : 'amount';
  if (kind === 'rank') return 'rank';
  const c = ev.comparator ?? null;
  if (c === 'between' || c === 'about') return 'band';
  if (kind === 'growth' || kind === 'decrease') return kind;
  // A running total bounded from below ("不低于60元", "1000万人以上"): once met, a standard met.
  if (kind === 'amount' && c === 'at_least' && (ev.actual?.value ?? 0) >= (ev.target?.value ?? 0))
    return 'floor';
  // An amount past its bound, within the tolerance the target's words allow: told as a bound, by it.
  if (kind === 'amount' && ev.tolerance !== undefined && (c === 'at_most' || c === 'at_least')) {
    const past = c === 'at_most' ? (ev.actual?.value ?? 0) > (ev.target?.value ?? 0) : true;
    if (past) return c === 'at_most' ? 'ceiling' : 'floor';
  }
  if (kind === 'amount' || kind === 'milestone') return 'amount';
  // A level or share with the office's own figure for the period (days lost per FTE: 8 a year, 4 by Q2;
  // council tax collected: 97%, 56% by Q2) builds up through the year: told against both, as an amount is
  // against its pace.
  if ((kind === 'level' || kind === 'share') && plannedPace(ev)) return 'amount';
  if (c === 'at_most' || ev.direction === 'lower') return 'ceiling';
  if (c === 'at_least') return 'floor';
  return kind === 'share' ? 'rate' : 'amount';
}

/**
 * A share of the standard layout judged as it stands: its target and result in per cent, a level (its
 * latest figure counts), better higher, and its pace target the year's own target.
 */
function shareAsItStands(ev: Evaluation): boolean {
  return (
    ev.direction === 'higher' &&
    ev.aggregation !== 'sum' &&
    ev.target?.percent === true &&
    ev.actual?.percent === true &&
    !plannedPace(ev)
  );
}

/** True when the figure for the period is not the year's own: the office gave a plan for the period. */
function plannedPace(ev: Evaluation): boolean {
  const t = ev.target?.value;
  return finite(ev.expected) && finite(t) && !same(ev.expected, t);
}

/** A result against its target by the rule of its kind; figures in the target's terms. */
export type JudgedFacts = JudgedResult<number, { readonly low: number; readonly high: number }>;

/** Which side of a figure a result is on, by their difference (equal within rounding). */
export function sideOf(diff: number): TargetSide {
  return Math.abs(diff) <= 1e-9 ? 'equal' : diff < 0 ? 'below' : 'above';
}

/** The change of a growth (signed growth) or a decrease (its size, negative when it grew). */
function changeOf(value: number, kind: 'growth' | 'decrease'): { change: ChangeWay; actual: number } {
  const up = kind === 'growth' ? value : -value;
  return { change: up === 0 ? 'flat' : up > 0 ? 'up' : 'down', actual: Math.abs(value) };
}

/**
 * A level (达到), not a running total (完成): by the target's kind where the reading gave one (a figure to
 * date beside a target of an amount is a running total), else by how the periods add up.
 */
export function isLevel(ev: Evaluation): boolean {
  return ev.kind === 'amount' ? false : ev.aggregation !== 'sum';
}

/** The facts of a numeric item of a form other than 'amount' (and 'completion' for a rate alone). */
export function judgedFacts(ev: Evaluation, form: ItemForm): JudgedFacts | null {
  if (form === 'completion') {
    if (!finite(ev.completion)) return null;
    // The result beside the office's completion, where the sheet gives one without its target (其中:
    // 产业工程 | 23.52 | 85.84%).
    const actual = ev.actual && finite(ev.actual.value) ? ev.actual.value : null;
    const lag = lagOf(ev);
    const points = lag !== null && lag > 0 ? lag : null;
    return {
      form,
      completion: ev.completion,
      actual,
      level: isLevel(ev),
      lower: ev.direction === 'lower',
      points,
    };
  }
  if (form === 'period-completion')
    return finite(ev.periodCompletion) ? { form, completion: ev.periodCompletion } : null;
  const a = ev.actual?.value;
  const t = ev.target?.value;
  if (!finite(a) || !finite(t)) return null;
  const target = t;
  switch (form) {
    case 'growth':
    case 'decrease':
      return {
        form,
        ...changeOf(a, form),
        target,
        side: sideOf(a - t),
        diff: Math.abs(a - t),
        ...(form === 'growth' && ev.direction === 'lower' ? { ceiling: true } : {}),
      };
    case 'rate':
      return { form, actual: a, target, side: sideOf(a - t), diff: Math.abs(a - t) };
    case 'floor':
    case 'ceiling': {
      // Past the target but within the tolerance its words allow: met, by the tolerance.
      const tol = ev.tolerance ?? 0;
      const over = form === 'floor' ? t - a : a - t;
      const onBound = same(a, t);
      const met = over < 0 || onBound || over <= tol + 1e-12;
      const tolerated = met && over > 0 && !onBound;
      // A bound written to exclude its figure (> 80%, 低于5%) is said so; the figure itself met it, as the
      // offices that write so count it, and is said plainly (80% against > 80%: the 80% standard met).
      const strict = ev.strict === true && !tolerated;
      return {
        form,
        actual: a,
        target,
        met,
        ...(tolerated ? { tolerated } : {}),
        ...(strict ? { strict, ...(onBound ? { onBound } : {}) } : {}),
        diff: Math.max(0, over),
      };
    }
    case 'rank':
      // A climb is judged against the place just above the earlier one (no comparator: see judge.ts).
      return {
        form,
        actual: a,
        target,
        met: a < t || same(a, t),
        diff: Math.max(0, a - t),
        earlier: ev.comparator === null ? t + 1 : null,
      };
    case 'band':
      return bandFacts(ev, a, t);
    default:
      return null;
  }
}

/** A result against a band (between, about): within, below or above it. */
function bandFacts(ev: Evaluation, a: number, t: number): JudgedFacts {
  const range = band({
    comparator: ev.comparator ?? null,
    value: t,
    high: ev.targetHigh ?? null,
    percent: !!ev.target?.percent,
    points: false,
  }) ?? { low: t, high: t };
  const position =
    a < range.low && !same(a, range.low)
      ? 'below'
      : a > range.high && !same(a, range.high)
        ? 'above'
        : 'within';
  const moved = ev.kind === 'growth' || ev.kind === 'decrease' ? changeOf(a, ev.kind) : null;
  return {
    form: 'band',
    actual: moved?.actual ?? a,
    change: moved?.change ?? null,
    range,
    target: t,
    about: ev.comparator === 'about',
    position,
  };
}

const JUST_A_COUNT = /^(?:numbers?|no\.?|nos\.?|(?:raw\s+)?count|cumulative\s+(?:total|count)|#)$/i;

/**
 * The unit column's word as a unit: cleaned, without brackets; '' for a word that the figure is a count
 * ("Number", "No.", "#"), which has no unit to show after it. Kept per word: a report asks it of every
 * indicator, many times over, and has a handful of units.
 */
const columnUnit = memo((measureUnit: string): string => {
  const unit = bareUnit(cleanText(measureUnit));
  return JUST_A_COUNT.test(unit) ? '' : unit;
});

/**
 * The unit of an indicator's figures: its unit column, else the unit written with its target or result
 * ("不低于60元", "8950人"), without the brackets it may be typed in ("(per cent)"); '' when none.
 */
export function unitOf(ev: Evaluation): string {
  const unit = columnUnit(ev.indicator.measureUnit ?? '');
  if (unit || ev.kind === undefined) return unit;
  const read: [string | null | undefined, number | undefined][] = [
    [ev.targetSource, ev.target?.value],
    [ev.actualSource, ev.actual?.value],
  ];
  for (const [text, value] of read) {
    if (!text) continue;
    const counted = scanQuantities(text).mentions.filter((x) => x.unit !== null && !x.percent);
    // The unit of the figure read from the text, not of a figure that qualifies it before (新增窝沟封闭
    // 6-9岁儿童5120人 is in 人, not 岁); else the first figure's unit.
    const m = counted.find((x) => finite(value) && same(x.value, value)) ?? counted[0];
    if (m?.unit) return cleanText(m.unit);
  }
  return '';
}

/**
 * The pace target as shown, to the decimals the row's own figures are written with, on the demanding
 * side: rounded up for a target to reach, down for a ceiling.
 * - A unit that counts whole things: a whole number ("序时目标10户", not 9.75户; 1.5次 → 1次). A target that
 *   is no whole number (4.5个 per thousand people) says the unit does not count whole things there.
 * - Any other figure (money, tonnes, days): no more decimals than its target and its result are written
 *   with, keeping at least three significant digits (then to the nearest): 1,449,099 thousand × 3/4 is
 *   1,086,825 thousand, not 1,086,824.25; 405.34亿元 × 3/4 is 304.01亿元; 92 × 11/12 is 84.3; 10 × 1/4
 *   stays 2.5. Rates are shown as they are.
 * A result written to those decimals meets the shown value exactly when it meets the exact one, so the
 * status (on the exact value) and the figure shown never disagree.
 */
export function paceShown(
  expected: number | null | undefined,
  unit: string,
  lower: boolean,
  target?: Quantity | null,
  actual?: Quantity | null,
): number | null {
  if (expected === null || expected === undefined || !finite(expected)) return null;
  const t = target && finite(target.value) ? target.value : null;
  const v = cleanValue(expected);
  if (isCountableUnit(unit) && (t === null || Number.isInteger(cleanValue(t))))
    return lower ? Math.floor(v) : Math.ceil(v);
  if (t === null || target?.percent || actual?.percent || v === 0) return expected;
  const own = Math.max(
    writtenDecimals(t),
    actual && finite(actual.value) ? writtenDecimals(actual.value) : 0,
  );
  const significant = SHOWN_SIGNIFICANT - (Math.floor(Math.log10(Math.abs(v))) + 1);
  const decimals = Math.max(own, significant);
  if (decimals >= writtenDecimals(v)) return expected;
  // Finer than the figures are written (84.33 for 92 × 11/12): no result falls between, so the nearest.
  return roundedTo(v, decimals, decimals > own ? 'nearest' : lower ? 'down' : 'up');
}
/** The fewest significant digits a pace target is shown with. */
const SHOWN_SIGNIFICANT = 3;

/** The gap to the pace target as shown (paceShown): the exact gap where the pace is shown as it is. */
export function gapToPaceShown(e: Evaluation, exact: number | null): number | null {
  const a = e.actual?.value;
  const lower = e.direction === 'lower';
  const shown = paceShown(e.expected, unitOf(e), lower, e.target, e.actual);
  if (exact === null || shown === null || shown === e.expected || !finite(a)) return exact;
  const gap = lower ? a - shown : shown - a;
  return gap > 0 ? cleanValue(gap) : null;
}
