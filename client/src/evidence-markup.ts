/**
 * A source sentence with its fact highlighted: `splitSpan` (pure) cuts the sentence at
 * the span, `evidenceElement` builds `<blockquote>` text + `<mark>` + article title.
 */
import type { EvidenceItem } from "./api.ts";
import { h } from "./dom.ts";
import { relName, t } from "./i18n.ts";

export interface SpanParts {
  before: string;
  mark: string;
  after: string;
}

/** Split at [start, end) clamped to the sentence; an empty/invalid span marks nothing. */
export function splitSpan(sentence: string, start: number, end: number): SpanParts {
  const s = Math.max(0, Math.min(start, sentence.length));
  const e = Math.max(s, Math.min(end, sentence.length));
  return { before: sentence.slice(0, s), mark: sentence.slice(s, e), after: sentence.slice(e) };
}

/** "HAS_HONOUR 全国劳动模范" → "获得荣誉 全国劳动模范" (the relationship word translated). */
export function factLabel(fact: string): string {
  const [head = "", ...rest] = fact.split(" ");
  return [head === "mention" ? t("mention") : relName(head), ...rest].join(" ");
}

export function evidenceElement(ev: EvidenceItem): HTMLElement {
  const parts = splitSpan(ev.sentence, ev.spanStart, ev.spanEnd);
  return h(
    "figure",
    { class: "evidence" },
    h("blockquote", {}, parts.before, parts.mark ? h("mark", {}, parts.mark) : null, parts.after),
    h(
      "figcaption",
      {},
      ev.fact ? h("span", { class: "fact" }, factLabel(ev.fact)) : null,
      ev.articleTitle ? `${t("article")}：《${ev.articleTitle}》` : null,
    ),
  );
}
