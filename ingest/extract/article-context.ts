/**
 * Builds the per-article matching context: normalised text, sentences, and
 * the province or autonomous region that the article names (when it names exactly one).
 */

import { AUTONOMOUS_REGIONS, PROVINCES } from "../lexicon/honours.ts";
import { normalisePunct } from "../text/normalise-punct.ts";
import { splitSentences } from "../text/split-sentences.ts";
import type { SegmentedArticle } from "../types.ts";
import { ARTICLE_SCOPED_HEADS, type HonourContext, type ParsedHonour, parseHonour } from "./parse-honour.ts";
import type { TextContext } from "./text-context.ts";

const PROVINCE_NAMES: ReadonlySet<string> = new Set(PROVINCES);

/**
 * The one province ("湖南") and one autonomous region named in the text, if exactly one.
 * Found with indexOf (each "省" and each region name) rather than a regex over the whole text.
 */
export function placeContext(s: string): HonourContext {
  const provinces = new Set<string>();
  for (let i = s.indexOf("省"); i >= 0; i = s.indexOf("省", i + 1)) {
    for (const len of [2, 3]) {
      const name = s.slice(i - len, i);
      if (i >= len && PROVINCE_NAMES.has(name)) {
        provinces.add(name);
        break;
      }
    }
  }
  const regions = new Set<string>();
  for (const [short, full] of AUTONOMOUS_REGIONS) if (s.includes(short)) regions.add(full);
  const place: HonourContext = {
    province: provinces.size === 1 ? [...provinces][0]! : null,
    region: regions.size === 1 ? [...regions][0]! : null,
  };
  const titles = scopedTitles(s, place);
  return titles ? { ...place, titles } : place;
}

/** A place that issues a title, and the year of award after it ("高雄市", "高雄市110年度"). */
const ISSUER_PLACE = /^[\p{Script=Han}]{1,5}(?:市|县|省)(?:\d{4}年度?|\d{2,3}年度?)?$/u;

/**
 * "高雄市110年度模范劳工暨绩优工会表扬活动 … 模范劳工X任职…": the one scoped form the article
 * prints of each ARTICLE_SCOPED_HEADS title (none when it prints two different issuers).
 */
function scopedTitles(s: string, place: HonourContext): Map<string, ParsedHonour> | null {
  let out: Map<string, ParsedHonour> | null = null;
  for (const head of ARTICLE_SCOPED_HEADS) {
    let found: ParsedHonour | null = null;
    let clash = false;
    for (let i = s.indexOf(head); i >= 0 && !clash; i = s.indexOf(head, i + head.length)) {
      // The nation's title beside the city's: a bare one names neither.
      if (s.slice(i - 2, i) === "全国") clash = true;
      // The issuer starts the phrase: after a mark, a space or the start of the text.
      let a = i;
      while (a > 0 && i - a < 12 && /[\p{Script=Han}\d]/u.test(s[a - 1]!)) a--;
      if (a > 0 && /[\p{Script=Han}\d]/u.test(s[a - 1]!)) continue;
      if (!ISSUER_PLACE.test(s.slice(a, i))) continue;
      const p = parseHonour(s.slice(a, i + head.length), place);
      if (!p?.scope) continue;
      if (found && found.name !== p.name) clash = true;
      found ??= p;
    }
    // "表扬81名模范劳工 … 另一位模范劳工X": a city's title whose issuer is printed only as its
    // mayor or its office is held bare (as the page prints it); so is it when two issuers (the
    // nation's and a city's) are printed: a bare mention names neither, and stays bare (a city's
    // level all the same: the cities award most of them, the nation a few dozen a year).
    if ((!found || clash) && s.includes(head))
      found = { name: head, scope: "", level: "municipal", category: head, year: null };
    if (found) {
      out ??= new Map();
      out.set(head, found);
    }
  }
  return out;
}

export function articleContext(article: SegmentedArticle): TextContext {
  const s = normalisePunct(article.simplified);
  return {
    s,
    text: article.text,
    sentences: splitSentences(s, 0),
    honour: placeContext(s),
    sentenceText: [],
  };
}
