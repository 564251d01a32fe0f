/**
 * A memo for a pure function of a short text: a sheet repeats the same few words (directions, units,
 * verdicts, owners) on every row. Bounded, so that many distinct texts cannot grow it without limit;
 * a text longer than `longest` is never kept. The function's result must not be changed by its users.
 */
export function memo<T>(f: (text: string) => T, longest = 64): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (typeof text !== 'string' || text.length > longest) return f(text);
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const v = f(text);
    if (cache.size >= 512) cache.clear();
    cache.set(text, v);
    return v;
  };
}
