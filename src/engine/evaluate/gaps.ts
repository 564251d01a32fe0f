/**
 * How far behind, and the one attention order used by the tables, the charts and the narrative alike.
 *
 * How far behind: percentage points between the share of the annual target due by now (序时进度 =
 * expected / target) and the share done (actual / target): (expected − actual) / target, the way Chinese
 * reports write "落后序时进度16.7个百分点". For a lower-is-better indicator it is (actual − ceiling) /
 * target, the ceiling being the pace target, or the target once missed. It equals the pace gap (1 − pace)
 * scaled by expected / target. Without a pace target above 0 the annual target stands for it. Rates,
 * growth and decreases (kinds share, growth, decrease with a percentage target) are compared as they
 * stand: the gap is the difference itself in percentage points ("低于目标0.9个百分点").
 *
 * The attention order: the furthest behind first, by the gap in points as shown (one decimal); equal gaps,
 * and indicators without one, by urgency (missed, at risk, behind, invalid, …: ATTENTION_ORDER), then in
 * sheet order.
 */
import { ATTENTION_ORDER, ATTENTION_STATUSES, type Evaluation, type Gaps, type Status } from '../model';
import { cleanValue, finite, sameFigure } from '../core/numbers';

function positive(v: number): number | null {
  return v > 0 ? cleanValue(v) : null;
}

/**
 * How far behind as a share of the annual target (0.2 = 20 percentage points), positive when behind;
 * null for milestones and where actual or target (above 0) is missing.
 */
export function lagOf(e: Evaluation): number | null {
  const a = e.actual?.value;
  const t = e.target?.value;
  const x = e.expected;
  if (e.direction === 'milestone') return null;
  // A completion alone (no target, or a result told in words), paced by the share of the year gone:
  // behind by that share less the completion.
  if (
    (!finite(t) || !finite(a)) &&
    finite(e.completion) &&
    finite(e.pace) &&
    e.pace > 0 &&
    e.direction === 'higher'
  )
    return e.completion / e.pace - e.completion;
  if (!finite(a) || !finite(t)) return null;
  // Rates, growth and decreases are compared as they stand: the gap is the difference, in points.
  if (e.target?.percent && (e.kind === 'growth' || e.kind === 'decrease' || e.kind === 'share')) {
    // A share with the office's own figure for the period (56% by Q2 of a 97% year): the gap to that.
    const planned = e.kind === 'share' && finite(x) && !sameFigure(x, t) && e.status !== 'missed';
    const tol = e.tolerance ?? 0;
    const ceiling = planned ? x : (finite(e.targetHigh) ? e.targetHigh : t) + tol;
    return e.direction === 'lower' ? a - ceiling : (planned ? x : t - tol) - a;
  }
  if (t <= 0) return null;
  // Nothing due yet (a pace target of 0, from a milestone column, say): measured against the target.
  const due = finite(x) && x > 0 ? x : t;
  const lag = e.direction === 'lower' ? (a - (e.status === 'missed' ? t : due)) / t : (due - a) / t;
  return Number.isFinite(lag) ? lag : null;
}

/** How far behind in percentage points as shown, one decimal (0.2 → 20.0); null unless behind. */
export function gapPoints(lag: number | null): number | null {
  if (lag === null) return null;
  // A lag near the largest double overflows once in points (1.8e305 × 1000): no gap to show.
  const points = Math.round(lag * 1000) / 10;
  return Number.isFinite(points) ? positive(points) : null;
}

/** The gaps of one indicator; null where there is no shortfall or no numbers to compare. */
export function gapsOf(e: Evaluation): Gaps {
  const a = e.actual?.value;
  const t = e.target?.value;
  const x = e.expected;
  if (e.direction === 'milestone') return { toPace: null, points: null, toTarget: null };
  // A completion alone (no result, or no target): its points behind the share of the year gone.
  if (!finite(a)) return { toPace: null, points: gapPoints(lagOf(e)), toTarget: null };
  const lower = e.direction === 'lower';
  const toPace = finite(x) ? positive(lower ? a - x : x - a) : null;
  const toTarget = finite(t) ? positive(lower ? a - t : t - a) : null;
  return { toPace, points: gapPoints(lagOf(e)), toTarget };
}

/** What the attention order looks at: the gap in points as shown, the status and the sheet order. */
export interface AttentionKey {
  readonly points: number | null;
  readonly status: Status;
  /** Position in sheet order. */
  readonly index: number;
}

/** The attention order (see the module comment): negative when x comes first. */
export function compareAttention(x: AttentionKey, y: AttentionKey): number {
  const px = x.points;
  const py = y.points;
  if (px !== null && py !== null && px !== py) return py - px;
  if (px !== null && py === null) return -1;
  if (px === null && py !== null) return 1;
  const s = ATTENTION_ORDER.indexOf(x.status) - ATTENTION_ORDER.indexOf(y.status);
  return s !== 0 ? s : x.index - y.index;
}

/** An indicator needing attention with its gaps, computed once and shared by the table and the chart. */
export interface Ranked extends AttentionKey {
  readonly e: Evaluation;
  readonly gaps: Gaps;
}

/** The indicators needing attention, in the attention order the report's tables and charts use. */
export function attentionEvaluations(evaluations: readonly Evaluation[]): Evaluation[] {
  return rankAttention(evaluations).map((r) => r.e);
}

/** The indicators needing attention (ATTENTION_STATUSES) with their gaps, in the attention order. */
export function rankAttention(evaluations: readonly Evaluation[]): Ranked[] {
  const ranked: Ranked[] = [];
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i];
    if (!ATTENTION_STATUSES.includes(e.status)) continue;
    const gaps = gapsOf(e);
    ranked.push({ e, gaps, points: gaps.points, status: e.status, index: i });
  }
  return ranked.sort(compareAttention);
}
