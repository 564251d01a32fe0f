/**
 * The first `limit` items of a list in the order `compare` gives (equal items keep their list order, as a
 * stable sort keeps them), without sorting the whole list: a list of 100,000 indicators named 20 at a time
 * costs one comparison for most of them, not a full sort.
 */
export function firstInOrder<T>(items: readonly T[], compare: (a: T, b: T) => number, limit: number): T[] {
  const kept: T[] = [];
  if (limit <= 0) return kept;
  for (const item of items) {
    if (kept.length === limit && compare(item, kept[limit - 1]) >= 0) continue;
    // After every kept item it does not come before (a later equal goes after the earlier ones).
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, kept[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}
