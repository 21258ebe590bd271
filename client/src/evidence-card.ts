/**
 * One source sentence as a card with all its highlights (see evidence-groups.ts): the marked
 * words, what each marks, and the article's title, a link to the article view when offered.
 */
import { segmentText } from "./article-segments.ts";
import { h } from "./dom.ts";
import type { EvidenceGroup } from "./evidence-groups.ts";
import { factLabel } from "./evidence-markup.ts";
import { t } from "./i18n.ts";

export function evidenceGroupElement(g: EvidenceGroup, articleHref?: (id: string) => string): HTMLElement {
  const spans = g.spans.map((s, i) => ({ id: String(i), start: s.start, end: s.end }));
  const facts = [...new Set(g.spans.map((s) => s.fact).filter(Boolean))];
  const title = g.articleTitle ? `《${g.articleTitle}》` : "";
  return h(
    "figure",
    { class: "evidence" },
    h(
      "blockquote",
      {},
      segmentText(g.sentence, spans).map((seg) =>
        seg.ids.length
          ? h("mark", { title: seg.ids.map((i) => factLabel(g.spans[Number(i)]!.fact)).join("；") }, seg.text)
          : seg.text,
      ),
    ),
    h(
      "figcaption",
      {},
      facts.map((f) => h("span", { class: "fact" }, factLabel(f))),
      title
        ? [
            `${t("article")}：`,
            articleHref && g.articleId
              ? h("a", { href: articleHref(g.articleId), class: "evidence-article" }, title)
              : title,
          ]
        : null,
    ),
  );
}
