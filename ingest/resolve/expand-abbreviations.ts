/**
 * Within one article, expand abbreviated organisation names to the full name the article uses
 * (市交通工会 → 远江市交通工会) or, failing that, to the one region its other organisations name
 * (市总工会 → 远江市总工会 when 远江市 is the only city prefix among them).
 */

const LEVEL_PREFIX = /^(市|省|区|县|自治区)/;

/** Region prefixes (e.g. 北京市, 浙江省) found at the start of full names in the article. */
function regionPrefixes(names: string[], level: string): Set<string> {
  const found = new Set<string>();
  const re = new RegExp(`^([\\u4e00-\\u9fff]{2,4}?${level})`);
  for (const n of names) {
    const m = re.exec(n);
    if (m?.[1] && m[1].length > level.length + 1) found.add(m[1]);
  }
  return found;
}

/**
 * Map every abbreviated name in `names` to its expansion. Names that are not abbreviated,
 * or whose expansion is uncertain, map to themselves.
 */
export function expandAbbreviations(names: string[]): Map<string, string> {
  const unique = [...new Set(names)];
  const out = new Map<string, string>();
  for (const short of unique) {
    out.set(short, short);
    const level = LEVEL_PREFIX.exec(short)?.[1];
    if (!level) continue;
    const fulls = unique.filter((f) => f !== short && f.endsWith(short) && !LEVEL_PREFIX.test(f));
    if (fulls.length === 1 && fulls[0]) {
      out.set(short, fulls[0]);
      continue;
    }
    if (fulls.length > 1) continue;
    const regions = regionPrefixes(unique, level);
    if (regions.size === 1) {
      const [region] = regions;
      if (region) out.set(short, region.slice(0, -level.length) + short);
    }
  }
  return out;
}
