/**
 * "Since the last check-in" as facts: whether anything moved (or was comparable at all), and the change of
 * average completion per category, as shown (one decimal of percent) and whether it went up, down or
 * stayed (under half a tenth of a point).
 */
import type { ChangesSinceLastCheckIn } from '../model';
import { finite } from '../core/numbers';
import { cleanCategory } from '../core/text';

/** Nothing comparable, nothing moved, or indicators that moved. */
export function changeKind(changes: ChangesSinceLastCheckIn): 'nothing-comparable' | 'unchanged' | 'moved' {
  const moved = changes.newlyBehind.length + changes.recovered.length + changes.newlyAchieved.length;
  if (moved > 0) return 'moved';
  return changes.previousStatus.size === 0 ? 'nothing-comparable' : 'unchanged';
}

/** One decimal of percent, exactly as shown: 0.58333 → 0.583. */
function shown(ratio: number): number {
  return Math.round(ratio * 1000) / 1000;
}

export interface PaceLine {
  readonly category: string | null;
  readonly before: number;
  readonly after: number;
  readonly change: 'same' | 'up' | 'down';
  /** after − before, as shown. */
  readonly diff: number;
}

/** The change of average completion per category (categories with both figures), and whether any has a name. */
export function paceLines(changes: ChangesSinceLastCheckIn): { lines: PaceLine[]; anyCategory: boolean } {
  const valid = changes.categoryPace.filter((p) => finite(p.before) && finite(p.after));
  const lines = valid.map((p): PaceLine => {
    const before = shown(p.before);
    const after = shown(p.after);
    const diff = after - before;
    return {
      category: p.category,
      before,
      after,
      diff,
      change: Math.abs(diff) < 0.0005 ? 'same' : diff > 0 ? 'up' : 'down',
    };
  });
  return { lines, anyCategory: valid.some((p) => cleanCategory(p.category) !== '') };
}
