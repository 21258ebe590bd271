/**
 * Common two-character words that open with a surname character (包含, 奉献, 信念, 敬意 …):
 * read from jieba's own dictionary (the one the segmenter loads), so a clause like "有理想守信念、
 * 讲奉献" or "其中包含9位…" puts no person named 信念 or 包含 in the graph.
 *
 * Kept: verbs, adjectives, adverbs, nouns and idioms with a dictionary frequency of at least
 * MIN_FREQUENCY. Not kept: the dictionary's person and place names (nr, ns, nz …), which real
 * people bear. Measured before landing (round 8 of issue 12): no two-character name of the
 * gold of the real dev set (236), the fixtures, samples or seed (97) is in the set.
 */
import { dict } from "@node-rs/jieba/dict.js";
import { SINGLE_SURNAMES } from "./surnames.ts";

/** Parts of speech of words that are no names (jieba's tag set). */
const WORD_TAGS: ReadonlySet<string> = new Set(["v", "vn", "vd", "a", "ad", "d", "n", "c", "p", "l", "i"]);
/** Rarer dictionary words are left to the name rules (many rare "words" are names in disguise). */
export const MIN_FREQUENCY = 100;

let words: Set<string> | null = null;

/**
 * The set, built on first use from the dictionary (about 2,300 words; ~0.1 s, once per process,
 * when the first two-character name candidate is tested, not when the module loads).
 */
export function commonSurnameWords(): ReadonlySet<string> {
  if (words) return words;
  const out = new Set<string>();
  const text = new TextDecoder().decode(dict);
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    // A line is "word frequency tag"; only two-character words opening with a surname matter.
    if (text.charCodeAt(at + 2) === 32 && SINGLE_SURNAMES.has(text[at]!)) {
      const [word, freq, tag] = text.slice(at, nl).split(" ");
      if (word && tag && WORD_TAGS.has(tag.trim()) && Number(freq) >= MIN_FREQUENCY) out.add(word);
    }
    at = nl + 1;
  }
  words = out;
  return out;
}
