/**
 * Builds the per-article matching context: normalised text, sentences, and
 * the province or autonomous region that the article names (when it names exactly one).
 */

import { AUTONOMOUS_REGIONS, PROVINCES } from "../lexicon/honours.ts";
import { normalisePunct } from "../text/normalise-punct.ts";
import { splitSentences } from "../text/split-sentences.ts";
import type { SegmentedArticle } from "../types.ts";
import type { HonourContext } from "./parse-honour.ts";
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
  return {
    province: provinces.size === 1 ? [...provinces][0]! : null,
    region: regions.size === 1 ? [...regions][0]! : null,
  };
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
