/**
 * The node panel's review section: the node's facts with their review state and actions
 * (confirm, reject, edit, undo, open the article), and the entity's actions — rename, merge
 * with another node of its label (picked through search), split a person (the mentions in
 * chosen articles go to a new person). An article node opens in the article view.
 */
import { type NodeDetails, search } from "./api.ts";
import { type CorrectionResult, correct, type FactWithArticles, facts } from "./corrections-api.ts";
import { type CurationContext, factCard, runCorrection, showResult } from "./curation-fact.ts";
import { ct } from "./curation-strings.ts";
import { clear, h } from "./dom.ts";
import { labelName, t } from "./i18n.ts";

export interface PanelCuration {
  /** After a correction: reload the graph and show `nodeId` (the result's, else the same node). */
  changed(result: CorrectionResult, nodeId: string): void | Promise<void>;
  /** Link to the article view of an article. */
  articleHref(articleId: string): string;
}

const ENTITY_LABELS = new Set(["Person", "Organization", "Event", "Honour", "Place"]);
const MERGE_LABELS = new Set(["Person", "Organization", "Event"]);

function renameForm(d: NodeDetails, ctx: CurationContext, close: () => void): HTMLElement {
  const name = h("input", { type: "text", class: "rename-name", "aria-label": ct("newName"), value: d.name });
  return h(
    "form",
    {
      class: "entity-form rename-form",
      onsubmit: (e: Event) => {
        e.preventDefault();
        const next = name.value.trim();
        if (!next || next === d.name) return close();
        void runCorrection(ctx, () => correct({ action: "rename", nodeId: d.id, name: next }));
      },
    },
    h("label", {}, ct("newName"), " ", name),
    h(
      "div",
      { class: "form-buttons" },
      h("button", { type: "submit" }, ct("save")),
      h("button", { type: "button", onclick: close }, ct("cancel")),
    ),
  );
}

function mergeForm(d: NodeDetails, ctx: CurationContext, close: () => void): HTMLElement {
  const caption = ct("mergeWith", { label: labelName(d.label) });
  const input = h("input", {
    type: "search",
    class: "merge-search",
    "aria-label": caption,
    autocomplete: "off",
  });
  const hits = h("ul", { class: "merge-hits", "aria-label": caption });
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) return clear(hits);
      const found = (await search(q, 8, [d.label]).catch(() => [])).filter((x) => x.id !== d.id);
      if (mine !== seq) return;
      clear(hits);
      if (!found.length) hits.append(h("li", { class: "muted" }, t("noResults")));
      for (const x of found)
        hits.append(
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: "merge-pick",
                "data-id": x.id,
                onclick: () =>
                  void runCorrection(ctx, () => correct({ action: "merge", nodeId: d.id, otherId: x.id })),
              },
              `${ct("mergeInto")}：${x.name}`,
            ),
            x.subtitle ? h("span", { class: "muted" }, ` ${x.subtitle}`) : null,
          ),
        );
    }, 200);
  });
  return h(
    "div",
    { class: "entity-form merge-form" },
    h("label", {}, caption, " ", input),
    hits,
    h("div", { class: "form-buttons" }, h("button", { type: "button", onclick: close }, ct("cancel"))),
  );
}

function splitForm(d: NodeDetails, ctx: CurationContext, close: () => void): HTMLElement {
  const titles = new Map<string, string>();
  for (const e of d.evidence)
    if (e.articleId && !titles.has(e.articleId)) titles.set(e.articleId, e.articleTitle);
  const ids = Array.isArray(d.attributes.articleIds)
    ? (d.attributes.articleIds as unknown[]).filter((x): x is string => typeof x === "string")
    : [...titles.keys()];
  const boxes = ids.map((id) => ({
    id,
    box: h("input", { type: "checkbox", class: "split-article", value: id }),
  }));
  const name = h("input", { type: "text", class: "split-name", "aria-label": ct("splitName") });
  return h(
    "form",
    {
      class: "entity-form split-form",
      onsubmit: (e: Event) => {
        e.preventDefault();
        const chosen = boxes.filter((b) => b.box.checked).map((b) => b.id);
        if (!chosen.length) return;
        const n = name.value.trim();
        void runCorrection(ctx, () =>
          correct({ action: "split", nodeId: d.id, articleIds: chosen, ...(n ? { name: n } : {}) }),
        );
      },
    },
    h("p", { class: "muted" }, ct("splitHint")),
    boxes.map((b) => h("label", {}, b.box, " ", titles.get(b.id) || b.id)),
    h("label", {}, ct("splitName"), " ", name),
    h(
      "div",
      { class: "form-buttons" },
      h("button", { type: "submit" }, ct("splitIt")),
      h("button", { type: "button", onclick: close }, ct("cancel")),
    ),
  );
}

/** The last correction made from the panel: shown again (with its undo) once the panel reloads. */
let lastResult: CorrectionResult | null = null;

/** The review section of a node's panel; its facts load after the panel is shown. */
export function curationSection(d: NodeDetails, cur: PanelCuration): HTMLElement {
  const status = h("div", { class: "curation-status", id: "curation-status", "aria-live": "polite" });
  const ctx: CurationContext = {
    status,
    changed: (r) => {
      lastResult = r;
      return cur.changed(r, r.nodeId && r.action !== "split" ? r.nodeId : d.id);
    },
    openArticle: (id) => {
      location.hash = cur.articleHref(id);
    },
  };
  const formBox = h("div", { class: "entity-form-box" });
  const close = () => clear(formBox);
  const open = (form: HTMLElement) => {
    clear(formBox);
    formBox.append(form);
    form.querySelector<HTMLElement>("input")?.focus();
  };
  const list = h("div", { class: "node-facts" }, h("p", { class: "muted" }, t("loading")));
  const section = h(
    "section",
    { class: "curation-section", "aria-labelledby": "curation-title" },
    h("h3", { id: "curation-title" }, ct("curation")),
    d.label === "Article"
      ? h("a", { class: "button", id: "open-article", href: cur.articleHref(d.id) }, ct("openArticle"))
      : null,
    ENTITY_LABELS.has(d.label)
      ? h(
          "div",
          { class: "entity-actions" },
          h(
            "button",
            { type: "button", class: "rename", onclick: () => open(renameForm(d, ctx, close)) },
            ct("rename"),
          ),
          MERGE_LABELS.has(d.label)
            ? h(
                "button",
                { type: "button", class: "merge", onclick: () => open(mergeForm(d, ctx, close)) },
                ct("merge"),
              )
            : null,
          d.label === "Person"
            ? h(
                "button",
                { type: "button", class: "split", onclick: () => open(splitForm(d, ctx, close)) },
                ct("split"),
              )
            : null,
        )
      : null,
    formBox,
    status,
    // An article's own facts are its credits (reporters, correspondents, photographers, with their role).
    h("h3", {}, d.label === "Article" ? ct("credits") : ct("factsOfNode")),
    list,
  );
  if (lastResult) showResult(ctx, lastResult);
  lastResult = null;
  void loadFacts(d.id, list, ctx);
  return section;
}

/** The panel's "unreviewed only" switch, kept while the panel reloads. */
let onlyUnreviewed = false;

async function loadFacts(nodeId: string, list: HTMLElement, ctx: CurationContext): Promise<void> {
  try {
    const [live, rejected, reviewedLive] = await Promise.all([
      facts({ nodeId, limit: 200 }),
      facts({ nodeId, review: "rejected", limit: 200 }),
      facts({ nodeId, review: "reviewed", limit: 1 }),
    ]);
    const all: FactWithArticles[] = [...live.facts, ...rejected.facts];
    clear(list);
    const total = live.total + rejected.total;
    const reviewed = reviewedLive.total + rejected.total;
    const ul = h("ul", { class: "fact-list" });
    const fill = () => {
      clear(ul);
      const shown = onlyUnreviewed ? all.filter((f) => f.review === "extracted") : all;
      for (const f of shown) ul.append(factCard(f, ctx));
      if (!shown.length) ul.append(h("li", { class: "muted" }, ct("noFacts")));
    };
    const toggle = h("input", {
      type: "checkbox",
      class: "only-unreviewed",
      checked: onlyUnreviewed,
      onchange: (e: Event) => {
        onlyUnreviewed = (e.target as HTMLInputElement).checked;
        fill();
      },
    });
    list.append(
      h(
        "p",
        { class: "muted node-reviewed" },
        ct("reviewedCount", { reviewed, facts: total }),
        total > all.length ? ` · ${ct("listedFirst", { n: all.length })}` : "",
      ),
      h("label", { class: "only-unreviewed-label" }, toggle, ` ${ct("onlyUnreviewed")}`),
      ul,
    );
    fill();
    list.dataset.loaded = "1";
  } catch (err) {
    clear(list);
    list.append(h("p", { class: "error", role: "alert" }, `${t("loadError")}: ${(err as Error).message}`));
  }
}
