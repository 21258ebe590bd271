/**
 * Builds the per-article matching context: normalised text, sentences, and
 * the province or autonomous region that the article names (when it names exactly one).
 */

import { AUTONOMOUS_REGIONS, PROVINCES } from "../lexicon/honours.ts";
import type { SegmentedArticle } from "../types.ts";
import { matchesOf } from "./matches-of.ts";
import { normalisePunct } from "./normalise-punct.ts";
import type { HonourContext } from "./parse-honour.ts";
import { splitSentences } from "./split-sentences.ts";
import type { TextContext } from "./text-context.ts";

const PROVINCE_RE = new RegExp(`(${PROVINCES.join("|")})省`, "g");
const REGION_RE = new RegExp(`(${[...AUTONOMOUS_REGIONS.keys()].join("|")})`, "g");

/** The one province ("湖南") and one autonomous region named in the text, if exactly one. */
export function placeContext(s: string): HonourContext {
  const provinces = new Set([...matchesOf(PROVINCE_RE, s)].map((m) => m[1]!));
  const regions = new Set([...matchesOf(REGION_RE, s)].map((m) => AUTONOMOUS_REGIONS.get(m[1]!)!));
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
