/**
 * Within one article, expand abbreviated organisation names to the full name the article uses
 * (市交通工会 → 远江市交通工会) or, failing that, to the one region its other organisations name
 * (市总工会 → 远江市总工会 when 远江市 is the only city prefix among them); a short name the
 * article introduces (`远江电力集团有限公司（以下简称“远江电力”）`) or a brand-and-initials
 * form of exactly one of its full names (弘毅航机 for 弘毅航空机械有限公司) to that full name.
 */
import { matchesOf } from "../text/matches-of.ts";
import { abbreviates, companyCore, hasLegalForm } from "./org-names.ts";

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
export function expandAbbreviations(names: string[], text = ""): Map<string, string> {
  const unique = [...new Set(names)];
  const out = new Map<string, string>();
  const introduced = text ? introducedShortNames(unique, text) : new Map<string, string>();
  for (const short of unique) {
    out.set(short, short);
    const named = introduced.get(short);
    if (named) {
      out.set(short, named);
      continue;
    }
    if (!hasLegalForm(short)) {
      // A short company name: the one full name of the article it abbreviates.
      const fulls = unique.filter((f) => f !== short && hasLegalForm(f) && abbreviates(short, f));
      const cores = new Set(fulls.map(companyCore));
      if (fulls.length > 0 && cores.size === 1) {
        out.set(short, fulls.sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!);
        continue;
      }
    }
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

/** "（简称“X”）", "(以下简称X)", "，简称“X”": a short name that the article introduces. */
const SHORT_NAME =
  /[（(]\s*(?:以下)?(?:简称|下称)\s*[:：]?\s*[“"「『]?([\p{Script=Han}A-Za-z0-9]{2,12})[”"」』]?\s*[）)]|[，,]\s*(?:以下)?简称\s*[“"「『]([\p{Script=Han}A-Za-z0-9]{2,12})[”"」』]/gu;

/**
 * Short name → full name for every "（简称…）" right after an organisation name of the article:
 * the longest of `names` that the text prints just before the bracket.
 */
function introducedShortNames(names: string[], text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!text.includes("简称") && !text.includes("下称")) return out;
  for (const m of matchesOf(SHORT_NAME, text)) {
    const short = m[1] ?? m[2];
    if (!short) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index).replace(/\s+$/, "");
    let full: string | undefined;
    for (const n of names)
      if (n !== short && before.endsWith(n) && (!full || n.length > full.length)) full = n;
    if (full && !out.has(short)) out.set(short, full);
  }
  return out;
}
