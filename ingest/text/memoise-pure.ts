/**
 * A bounded cache for pure string functions of the extractor (honour and unit parsing): the
 * same printed honours and unit strings recur across sentences and articles. Cleared when full.
 */
export function memoiseString<T extends NonNullable<unknown> | null>(
  fn: (key: string) => T,
  limit = 50_000,
): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    // Results are never undefined (null stands for "none"), so one lookup tells a hit.
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
