/**
 * The article view (`#/article/<id>`): the whole text with every extracted fact highlighted
 * (rejected ones struck through), the list of its facts with their review state and actions,
 * and a form to add a missed fact from words selected in the text (the selection is its
 * evidence span). A highlight is a button: Enter or a click selects its facts in the list.
 */
import "./curation.css";
import { search } from "./api.ts";
import { segmentText, selectionOffsets, trimSpan } from "./article-segments.ts";
import {
  type ArticleFact,
  type ArticleView,
  articleView,
  correct,
  type EndpointRef,
  FACT_KINDS,
  type FactKind,
  KIND_ENDS,
} from "./corrections-api.ts";
import { type CurationContext, factCard, runCorrection } from "./curation-fact.ts";
import { ct, fieldName, reviewName } from "./curation-strings.ts";
import { clear, h } from "./dom.ts";
import { labelName, relName, roleName, t } from "./i18n.ts";

export interface ArticlePage {
  element: HTMLElement;
  mount(): Promise<void>;
  rerender(): void;
  destroy(): void;
}

/** The qualifier an added fact of each kind may carry. */
const QUALIFIER: Partial<Record<FactKind, "year" | "jobTitle" | "talkTitle" | "role">> = {
  HAS_HONOUR: "year",
  WORKS_FOR: "jobTitle",
  SPOKE_AT: "talkTitle",
  ORGANIZED_BY: "role",
};

export function createArticlePage(opts: {
  id: string;
  /** Where "back" goes (the explorer, with the node the reader came from). */
  backHref: string;
  /** A node link (explorer with that node selected). */
  nodeHref: (id: string) => string;
}): ArticlePage {
  const main = h("main", { class: "article-page", id: "main", tabindex: -1 });
  const element = h("div", { class: "article-shell" }, main);
  let article: ArticleView | null = null;
  let selected: string[] = [];
  let pending: { start: number; end: number } | null = null;
  let alive = true;

  const status = h("div", { class: "curation-status", id: "curation-status", "aria-live": "polite" });
  const ctx: CurationContext = { status, changed: () => reload() };

  const reload = async () => {
    const next = await articleView(opts.id);
    if (!alive) return;
    article = next;
    render();
  };

  const factById = (id: string) => article?.facts.find((f) => f.relId === id);

  const selectFacts = (ids: string[], focus = true) => {
    selected = ids;
    for (const m of main.querySelectorAll<HTMLElement>(".fact-mark"))
      m.classList.toggle(
        "active",
        (m.dataset.facts ?? "").split(" ").some((x) => ids.includes(x)),
      );
    for (const c of main.querySelectorAll<HTMLElement>(".fact-card"))
      c.classList.toggle("selected", ids.includes(c.dataset.relId ?? ""));
    const first = main.querySelector<HTMLElement>(`.fact-card[data-rel-id="${CSS.escape(ids[0] ?? "")}"]`);
    if (first && focus) {
      first.scrollIntoView({ block: "nearest" });
      first.focus({ preventScroll: true });
    }
  };

  const textBox = (a: ArticleView): HTMLElement => {
    // One span per fact (a fact stated twice in the article has two spans).
    const spans = a.facts.map((f, i) => ({ id: `${f.relId}`, start: f.start, end: f.end, i }));
    const box = h("div", { class: "article-text", id: "article-text", lang: "zh-CN" });
    for (const seg of segmentText(a.text, spans)) {
      if (!seg.ids.length) {
        box.append(seg.text);
        continue;
      }
      const facts = seg.ids.map(factById).filter((f): f is ArticleFact => !!f);
      const review = facts[0]?.review ?? "extracted";
      const label = facts.map((f) => `${relName(f.type)} ${f.source.name} → ${f.target.name}`).join("；");
      box.append(
        h(
          "mark",
          {
            class: `fact-mark review-${review}`,
            "data-facts": seg.ids.join(" "),
            role: "button",
            tabindex: 0,
            title: `${label}（${reviewName(review)}）`,
            "aria-label": `${seg.text}：${label}（${reviewName(review)}）`,
            onclick: () => {
              if (window.getSelection()?.isCollapsed !== false) selectFacts(seg.ids);
            },
            onkeydown: (e: Event) => {
              const k = (e as KeyboardEvent).key;
              if (k === "Enter" || k === " ") {
                e.preventDefault();
                selectFacts(seg.ids);
              }
            },
          },
          seg.text,
        ),
      );
    }
    const onSelect = () => {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
      const at = selectionOffsets(box, sel.getRangeAt(0));
      const span = at && trimSpan(a.text, at.start, at.end);
      if (!span) return;
      pending = span;
      renderAddForm();
    };
    box.addEventListener("mouseup", onSelect);
    box.addEventListener("keyup", onSelect);
    return box;
  };

  const addBox = h("section", { class: "add-fact", id: "add-fact", "aria-labelledby": "add-fact-title" });

  /** Names already in the article, per label (the form's suggestions and defaults). */
  const namesByLabel = (label: string): string[] => {
    const out = new Set<string>();
    for (const f of article?.facts ?? []) {
      if (f.review === "rejected") continue;
      if (f.source.label === label) out.add(f.source.name);
      if (f.target.label === label) out.add(f.target.name);
    }
    return [...out];
  };

  const endpointInput = (cls: string, labels: readonly string[], caption: string, initial: string) => {
    const listId = `${cls}-names`;
    const label = h(
      "select",
      { class: `${cls}-label`, "aria-label": `${caption} · ${ct("labelOf")}` },
      labels.map((l) => h("option", { value: l }, labelName(l))),
    );
    const datalist = h("datalist", { id: listId });
    const input = h("input", {
      type: "text",
      class: `${cls}-name`,
      list: listId,
      autocomplete: "off",
      "aria-label": caption,
      placeholder: ct("pickOrType"),
      value: initial,
    });
    const fill = (names: string[]) => {
      clear(datalist);
      for (const n of names) datalist.append(h("option", { value: n }));
    };
    fill(namesByLabel(label.value));
    let seq = 0;
    input.addEventListener("input", () => {
      const q = input.value.trim();
      const mine = ++seq;
      if (!q) return fill(namesByLabel(label.value));
      void search(q, 8, [label.value]).then(
        (hits) => {
          if (mine === seq) fill([...new Set([...namesByLabel(label.value), ...hits.map((x) => x.name)])]);
        },
        () => {},
      );
    });
    label.addEventListener("change", () => fill(namesByLabel(label.value)));
    const element = h(
      "div",
      { class: `endpoint ${cls}` },
      h("span", { class: "caption" }, caption),
      label,
      input,
      datalist,
    );
    return {
      element,
      ref: (): EndpointRef | null => {
        const name = input.value.trim();
        return name ? { label: label.value, name } : null;
      },
    };
  };

  const renderAddForm = () => {
    clear(addBox);
    addBox.append(h("h3", { id: "add-fact-title" }, ct("addFact")));
    if (!article || !pending) {
      addBox.append(h("p", { class: "muted selection-hint" }, ct("selectionHint")));
      return;
    }
    const a = article;
    const span = pending;
    const words = a.text.slice(span.start, span.end);
    const kind = h(
      "select",
      { id: "add-kind", "aria-label": ct("factKind") },
      FACT_KINDS.filter((k) => k !== "REPORTED").map((k) => h("option", { value: k }, relName(k))),
    );
    const ends = h("div", { class: "add-ends" });
    let source: ReturnType<typeof endpointInput>;
    let target: ReturnType<typeof endpointInput>;
    let qualifier: HTMLInputElement | HTMLSelectElement | null = null;
    const renderEnds = () => {
      clear(ends);
      const k = kind.value as FactKind;
      const from = KIND_ENDS[k].from;
      const to = KIND_ENDS[k].to;
      const only = (label: string) => {
        const names = namesByLabel(label);
        return names.length === 1 ? names[0]! : "";
      };
      // The words selected are most often the holder's name or the object's.
      const guessSource = from[0] === "Person" && words.length <= 4 ? words : only(from[0]!);
      source = endpointInput("add-source", from, ct("holder"), guessSource);
      target = endpointInput("add-target", to, ct("other"), only(to[0]!));
      ends.append(source.element, target.element);
      const q = QUALIFIER[k];
      qualifier = null;
      if (q === "role") {
        qualifier = h(
          "select",
          { class: "add-qualifier", "aria-label": fieldName("role") },
          h("option", { value: "" }, "—"),
          ["主办", "承办", "协办", "指导"].map((r) => h("option", { value: r }, roleName(r))),
        );
      } else if (q) {
        qualifier = h("input", {
          class: "add-qualifier",
          type: q === "year" ? "number" : "text",
          "aria-label": fieldName(q),
          placeholder: fieldName(q),
        });
      }
      if (qualifier)
        ends.append(
          h("label", { class: "endpoint" }, h("span", { class: "caption" }, fieldName(q!)), qualifier),
        );
    };
    kind.addEventListener("change", renderEnds);
    renderEnds();
    const problem = h("p", { class: "form-problem", role: "alert" });
    addBox.append(
      h(
        "form",
        {
          class: "add-form",
          onsubmit: (e: Event) => {
            e.preventDefault();
            const s = source.ref();
            const tg = target.ref();
            if (!s || !tg) {
              problem.textContent = ct("needNames");
              return;
            }
            const k = kind.value as FactKind;
            const q = QUALIFIER[k];
            const raw = qualifier?.value.trim() ?? "";
            const extra = q && raw ? { [q]: q === "year" ? Number(raw) : raw } : {};
            void runCorrection(ctx, () =>
              correct({ action: "add", kind: k, articleId: a.id, ...span, source: s, target: tg, ...extra }),
            ).then((r) => {
              if (r) {
                pending = null;
                renderAddForm();
              }
            });
          },
        },
        h(
          "p",
          { class: "selected-words" },
          `${ct("selected")}：`,
          h("q", { id: "add-words" }, words),
          h("span", { class: "muted" }, ` [${span.start}, ${span.end})`),
        ),
        h("label", { class: "endpoint" }, h("span", { class: "caption" }, ct("factKind")), kind),
        ends,
        problem,
        h(
          "div",
          { class: "form-buttons" },
          h("button", { type: "submit", id: "add-submit" }, ct("addIt")),
          h(
            "button",
            {
              type: "button",
              onclick: () => {
                pending = null;
                renderAddForm();
              },
            },
            ct("cancel"),
          ),
        ),
      ),
    );
    kind.focus({ preventScroll: true });
  };

  const factList = (a: ArticleView): HTMLElement => {
    const seen = new Set<string>();
    const items: HTMLElement[] = [];
    for (const f of a.facts) {
      if (seen.has(f.relId)) continue;
      seen.add(f.relId);
      const links = h(
        "div",
        { class: "fact-links" },
        [f.source, f.target]
          .filter((e) => e.id && e.id !== a.id)
          .map((e) => h("a", { href: opts.nodeHref(e.id), class: "node-link" }, e.name)),
      );
      items.push(factCard(f, ctx, links));
    }
    return h(
      "section",
      { class: "article-facts", "aria-labelledby": "article-facts-title" },
      h("h3", { id: "article-facts-title" }, ct("articleFacts")),
      items.length ? h("ol", { class: "fact-list" }, items) : h("p", { class: "muted" }, ct("noFacts")),
    );
  };

  const render = () => {
    const focusedRel = (document.activeElement as HTMLElement | null)?.closest?.<HTMLElement>(".fact-card")
      ?.dataset.relId;
    clear(main);
    if (!article) {
      main.append(h("p", { class: "muted", role: "status" }, t("loading")));
      return;
    }
    const a = article;
    main.dataset.reviewed = String(a.reviewed.reviewed);
    main.dataset.facts = String(a.reviewed.facts);
    main.append(
      h(
        "header",
        { class: "article-head" },
        h("a", { href: opts.backHref, class: "back-link", id: "article-back" }, `← ${ct("backToGraph")}`),
        h("h2", { id: "article-title" }, a.title || a.id),
        a.subtitle ? h("p", { class: "subtitle" }, a.subtitle) : null,
        h(
          "p",
          { class: "muted article-meta" },
          a.date ?? "",
          a.date ? " · " : "",
          h("span", { id: "article-reviewed" }, ct("reviewedCount", a.reviewed)),
        ),
      ),
      h(
        "div",
        { class: "article-columns" },
        h(
          "section",
          { class: "article-body", "aria-labelledby": "article-title" },
          h("p", { class: "muted selection-hint" }, ct("selectionHint")),
          textBox(a),
        ),
        h("div", { class: "article-side" }, status, addBox, factList(a)),
      ),
    );
    renderAddForm();
    if (selected.length) selectFacts(selected, false);
    if (focusedRel)
      main.querySelector<HTMLElement>(`.fact-card[data-rel-id="${CSS.escape(focusedRel)}"]`)?.focus();
  };

  return {
    element,
    async mount() {
      render();
      try {
        await reload();
        document.body.dataset.articleReady = opts.id;
      } catch (err) {
        clear(main);
        main.append(
          h("p", { class: "error", role: "alert" }, `${ct("notFound")}：${(err as Error).message}`),
          h("a", { href: opts.backHref, class: "back-link" }, `← ${ct("backToGraph")}`),
        );
      }
    },
    rerender() {
      render();
    },
    destroy() {
      alive = false;
      delete document.body.dataset.articleReady;
    },
  };
}
