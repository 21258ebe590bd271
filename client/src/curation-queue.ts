/**
 * The review queue (`#/review?review=unreviewed&type=…`): facts filtered by review state
 * (unreviewed by default) and kind, a page at a time, each with its actions and a link to its
 * article, where the reviewer sees it in context. The filters live in the URL.
 */
import "./curation.css";
import { FACT_KINDS, type FactWithArticles, facts, REVIEW_STATES } from "./corrections-api.ts";
import { type CurationContext, factCard } from "./curation-fact.ts";
import { ct, reviewName } from "./curation-strings.ts";
import { clear, h } from "./dom.ts";
import { relName, t } from "./i18n.ts";

const PAGE = 50;
const FILTERS = ["unreviewed", "reviewed", ...REVIEW_STATES] as const;

export interface QueuePage {
  element: HTMLElement;
  mount(): Promise<void>;
  destroy(): void;
}

export function createQueuePage(opts: {
  review: string;
  factType: string | null;
  /** The filters changed: keep them in the URL. */
  onChange(review: string, factType: string | null): void;
  articleHref(id: string): string;
  nodeHref(id: string): string;
}): QueuePage {
  let review = (FILTERS as readonly string[]).includes(opts.review) ? opts.review : "unreviewed";
  let factType =
    opts.factType && (FACT_KINDS as readonly string[]).includes(opts.factType) ? opts.factType : null;
  let offset = 0;
  let alive = true;
  const main = h("main", { class: "article-page review-queue", id: "main", tabindex: -1 });
  const element = h("div", { class: "article-shell" }, main);
  const status = h("div", { class: "curation-status", id: "curation-status", "aria-live": "polite" });
  const list = h("div", { class: "queue-list", "aria-live": "polite" });
  const ctx: CurationContext = {
    status,
    changed: () => load(),
    openArticle: (id) => {
      location.hash = opts.articleHref(id);
    },
  };

  const filterLabel = (f: string) =>
    f === "unreviewed" ? ct("review_extracted") : f === "reviewed" ? ct("reviewedAny") : reviewName(f);

  const load = async () => {
    const page = await facts({
      review: review as Parameters<typeof facts>[0]["review"],
      ...(factType ? { type: factType } : {}),
      limit: PAGE,
      offset,
    }).catch((err: Error) => err);
    if (!alive) return;
    clear(list);
    if (page instanceof Error) {
      list.append(h("p", { class: "error", role: "alert" }, `${t("loadError")}: ${page.message}`));
      return;
    }
    list.dataset.total = String(page.total);
    list.append(
      h(
        "p",
        { class: "muted", id: "queue-total" },
        ct("queueTotal", { n: page.total, state: filterLabel(review) }),
        page.total > PAGE ? ` · ${offset + 1}–${Math.min(offset + PAGE, page.total)}` : "",
      ),
    );
    if (!page.facts.length) list.append(h("p", { class: "muted" }, ct("noFacts")));
    else
      list.append(
        h(
          "ol",
          { class: "fact-list" },
          page.facts.map((f: FactWithArticles) => factCard(f, ctx, links(f))),
        ),
      );
    const pager = h(
      "div",
      { class: "form-buttons" },
      offset > 0
        ? h(
            "button",
            {
              type: "button",
              class: "queue-prev",
              onclick: () => {
                offset = Math.max(0, offset - PAGE);
                void load();
              },
            },
            ct("previous"),
          )
        : null,
      offset + PAGE < page.total
        ? h(
            "button",
            {
              type: "button",
              class: "queue-next",
              onclick: () => {
                offset += PAGE;
                void load();
              },
            },
            ct("next"),
          )
        : null,
    );
    list.append(pager);
    document.body.dataset.queueReady = String(page.total);
  };

  const links = (f: FactWithArticles) =>
    h(
      "div",
      { class: "fact-links" },
      [f.source, f.target]
        .filter((e) => e.id && e.label !== "Article")
        .map((e) => h("a", { href: opts.nodeHref(e.id), class: "node-link" }, e.name)),
      f.articleIds[0]
        ? h("a", { href: opts.articleHref(f.articleIds[0]), class: "article-link" }, ct("openArticle"))
        : null,
    );

  const select = (
    id: string,
    caption: string,
    options: [string, string][],
    value: string,
    onPick: (v: string) => void,
  ) =>
    h(
      "label",
      {},
      `${caption} `,
      h(
        "select",
        { id, onchange: (e: Event) => onPick((e.target as HTMLSelectElement).value) },
        options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
      ),
    );

  return {
    element,
    async mount() {
      main.append(
        h("h2", {}, ct("unreviewed")),
        h(
          "div",
          { class: "queue-filters form-buttons" },
          select(
            "queue-review",
            ct("reviewState"),
            FILTERS.map((f) => [f, filterLabel(f)]),
            review,
            (v) => {
              review = v;
              offset = 0;
              opts.onChange(review, factType);
              void load();
            },
          ),
          select(
            "queue-type",
            ct("factKind"),
            [["", t("any")], ...FACT_KINDS.map((k): [string, string] => [k, relName(k)])],
            factType ?? "",
            (v) => {
              factType = v || null;
              offset = 0;
              opts.onChange(review, factType);
              void load();
            },
          ),
        ),
        status,
        list,
      );
      list.append(h("p", { class: "muted" }, t("loading")));
      await load();
    },
    destroy() {
      alive = false;
      delete document.body.dataset.queueReady;
    },
  };
}
