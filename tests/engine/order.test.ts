import { firstInOrder } from '../../src/engine/core/order';

/** A small seeded generator: the same lists on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('the first items in order, without sorting the whole list', () => {
  test('the same items in the same order as a stable sort cut at the limit', () => {
    const next = lcg(7);
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(next() * 300);
      // Few distinct keys: many equal items, whose list order must be kept.
      const items = Array.from({ length: n }, (_, i) => ({ key: Math.floor(next() * 12), i }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      for (const limit of [0, 1, 3, 20, n, n + 5]) {
        const expected = [...items].sort(byKey).slice(0, Math.max(0, limit));
        expect(firstInOrder(items, byKey, limit)).toEqual(expected);
      }
    }
  });

  test('the list given is left as it was', () => {
    const items = [5, 3, 9, 1, 7];
    expect(firstInOrder(items, (a, b) => a - b, 2)).toEqual([1, 3]);
    expect(items).toEqual([5, 3, 9, 1, 7]);
  });
});
