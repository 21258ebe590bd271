/**
 * The node panel's source sentences, one card per sentence: the facts a sentence states are
 * gathered (pure) so that a sentence stating three facts shows once with its three highlights,
 * in first-seen order.
 */
import type { EvidenceItem } from "./api.ts";

export interface EvidenceGroup {
  sentence: string;
  articleId: string;
  articleTitle: string;
  /** Highlights inside the sentence, each with the fact it marks. */
  spans: { start: number; end: number; fact: string }[];
}

export function groupEvidence(items: readonly EvidenceItem[]): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup>();
  for (const e of items) {
    const key = `${e.articleId}\u0000${e.sentence}`;
    let g = groups.get(key);
    if (!g) {
      g = { sentence: e.sentence, articleId: e.articleId, articleTitle: e.articleTitle, spans: [] };
      groups.set(key, g);
    }
    const dup = g.spans.some((s) => s.start === e.spanStart && s.end === e.spanEnd && s.fact === e.fact);
    if (!dup) g.spans.push({ start: e.spanStart, end: e.spanEnd, fact: e.fact });
  }
  return [...groups.values()];
}
