/**
 * A bounded cache for pure string functions of the extractor (honour and unit parsing): the
 * same printed honours and unit strings recur across sentences and articles. Cleared when full.
 */
export function memoiseString<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
