/**
 * The read-only Cypher console: highlighted editor (textarea over a coloured <pre>),
 * example dropdown, Ctrl/Cmd+Enter to run, results as a table and as a sigma graph,
 * and the server's message for refused or failing queries.
 */
import { NODE_LABELS, type SerializedGraph } from "../../model/types.ts";
import { ApiError, type CypherResponse, type CypherRewrite, cypher } from "./api.ts";
import { tokenizeCypher } from "./cypher-highlight.ts";
import { clear, h } from "./dom.ts";
import { EXAMPLE_QUERIES } from "./example-queries.ts";
import { fa2 } from "./fa2.ts";
import { GraphView } from "./graph-view.ts";
import { getLang, t } from "./i18n.ts";
import { typeColour } from "./node-style.ts";

export interface ConsolePage {
  element: HTMLElement;
  mount(): void;
  destroy(): void;
}

export function createConsolePage(
  initialQuery: string,
  onQueryChange: (q: string) => void,
  onOpenNode: (id: string) => void,
): ConsolePage {
  const highlight = h("pre", { class: "cypher-highlight", "aria-hidden": "true" });
  const editor = h("textarea", {
    id: "cypher-editor",
    class: "cypher-input",
    spellcheck: "false",
    autocapitalize: "off",
    autocomplete: "off",
    "aria-label": t("queryLabel"),
    rows: 8,
  });
  editor.value = initialQuery || EXAMPLE_QUERIES[0]!.query;
  const paint = () => {
    clear(highlight);
    for (const tok of tokenizeCypher(editor.value)) {
      highlight.append(tok.kind === "space" ? tok.text : h("span", { class: `tok-${tok.kind}` }, tok.text));
    }
    highlight.append("\n");
    highlight.scrollTop = editor.scrollTop;
    highlight.scrollLeft = editor.scrollLeft;
  };
  const status = h("div", { class: "console-status", role: "status", "aria-live": "polite" });
  const errorBox = h("div", { class: "console-error", role: "alert", hidden: true });
  const rewritesBox = h("div", { class: "console-rewrites", role: "note", hidden: true });
  const tableWrap = h("div", { class: "result-table", tabindex: 0, "aria-label": t("table") });
  const graphBox = h("div", { class: "result-graph", id: "console-graph" });
  const graphEmpty = h("p", { class: "muted graph-empty", hidden: true }, t("noGraph"));
  let view: GraphView | null = null;
  let running = false;

  const examples = h(
    "select",
    {
      id: "example-select",
      "aria-label": t("examples"),
      onchange: (e: Event) => {
        const i = Number((e.target as HTMLSelectElement).value);
        const ex = EXAMPLE_QUERIES[i];
        if (!ex) return;
        editor.value = ex.query;
        paint();
        onQueryChange(editor.value);
        editor.focus();
      },
    },
    h("option", { value: "" }, t("chooseExample")),
    EXAMPLE_QUERIES.map((ex, i) => h("option", { value: i }, getLang() === "zh" ? ex.zh : ex.en)),
  );

  const run = async () => {
    if (running) return;
    running = true;
    runButton.disabled = true;
    errorBox.hidden = true;
    rewritesBox.hidden = true;
    status.textContent = t("loading");
    try {
      const res = await cypher(editor.value);
      showResult(res);
    } catch (err) {
      status.textContent = "";
      clear(tableWrap);
      showGraph({ nodes: [], edges: [] });
      graphEmpty.hidden = true;
      errorBox.hidden = false;
      clear(errorBox);
      const code = err instanceof ApiError ? err.code : "";
      const title = code === "unsupported_form" ? t("unsupportedForm") : t("queryError");
      errorBox.append(h("strong", {}, `${title}${code ? ` (${code})` : ""}：`), " ", (err as Error).message);
    } finally {
      running = false;
      runButton.disabled = false;
    }
  };
  const runButton = h(
    "button",
    { type: "button", id: "run-query", class: "primary", onclick: () => void run() },
    t("run"),
  );

  const showResult = (res: CypherResponse) => {
    status.textContent = `${t("rowsIn", { n: res.rows.length, ms: Math.round(res.ms) })}${res.truncated ? ` ${t("truncated")}` : ""}`;
    clear(tableWrap);
    if (res.rows.length === 0) tableWrap.append(h("p", { class: "muted" }, t("emptyResult")));
    else
      tableWrap.append(
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              res.columns.map((c) => h("th", { scope: "col" }, c)),
            ),
          ),
          h(
            "tbody",
            {},
            res.rows.map((row) =>
              h(
                "tr",
                {},
                row.map((cell) => h("td", {}, formatCell(cell))),
              ),
            ),
          ),
        ),
      );
    showRewrites(res.rewrites);
    showGraph(res.graph);
  };

  /** Which Neo4j forms the server rewrote, each as `from → to`, with notes where kuzu differs. */
  const showRewrites = (rewrites: CypherRewrite[]) => {
    clear(rewritesBox);
    rewritesBox.hidden = rewrites.length === 0;
    if (rewrites.length === 0) return;
    const notes = new Set<string>();
    for (const r of rewrites) {
      if (/^to(Integer|Float|Boolean)/.test(r.form)) notes.add(t("rewriteNoteCast"));
      if (r.form === "head()" || r.form === "last()") notes.add(t("rewriteNoteList"));
    }
    rewritesBox.append(
      h("p", {}, t("rewritten")),
      h(
        "ul",
        {},
        rewrites.map((r) => h("li", {}, h("code", {}, r.from), " → ", h("code", {}, r.to))),
      ),
      ...[...notes].map((n) => h("p", { class: "muted" }, n)),
    );
  };

  const showGraph = (g: SerializedGraph) => {
    if (!view) return;
    view.replace(normaliseResultGraph(g));
    graphEmpty.hidden = view.graph.order > 0;
    graphBox.dataset.nodes = String(view.graph.order);
    if (view.graph.order > 1) {
      // Strong gravity keeps disconnected result components on screen.
      const settings = { ...fa2.inferSettings(view.graph), strongGravityMode: true, gravity: 0.2 };
      fa2.assign(view.graph, { iterations: 150, settings });
    }
    view.resetCamera();
  };

  editor.addEventListener("input", () => {
    paint();
    onQueryChange(editor.value);
  });
  editor.addEventListener("scroll", () => {
    highlight.scrollTop = editor.scrollTop;
    highlight.scrollLeft = editor.scrollLeft;
  });
  editor.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    }
  });
  paint();

  const element = h(
    "main",
    { class: "console-page", id: "main" },
    h(
      "div",
      { class: "console-toolbar" },
      h("label", { class: "sr-only", for: "example-select" }, t("examples")),
      examples,
      runButton,
      status,
    ),
    h("div", { class: "editor-wrap" }, highlight, editor),
    errorBox,
    rewritesBox,
    h(
      "div",
      { class: "results" },
      h("section", { class: "results-table", "aria-label": t("table") }, h("h2", {}, t("table")), tableWrap),
      h(
        "section",
        { class: "results-graph", "aria-label": t("graph") },
        h("h2", {}, t("graph")),
        graphBox,
        graphEmpty,
      ),
    ),
  );

  return {
    element,
    mount() {
      view = new GraphView(graphBox, {
        onClickNode: (id) => onOpenNode(id),
        onDoubleClickNode: (id) => onOpenNode(id),
        onClickStage: () => {},
      });
      if (initialQuery) void run();
    },
    destroy() {
      view?.kill();
      view = null;
    },
  };
}

/** Result graphs may carry the node label under several names; give each a display label and a type. */
function normaliseResultGraph(g: SerializedGraph): SerializedGraph {
  return {
    nodes: g.nodes.map((n) => {
      const a = n.attributes;
      const typeCandidates = [a.nodeType, a._label, a.label, ...(Array.isArray(a.labels) ? a.labels : [])];
      const nodeType = typeCandidates.find(
        (x): x is string => typeof x === "string" && (NODE_LABELS as readonly string[]).includes(x),
      );
      const name = [a.name, a.title, a.label, n.key].find(
        (x): x is string => typeof x === "string" && x !== nodeType,
      );
      return { key: n.key, attributes: { ...a, nodeType: nodeType ?? "", label: name ?? n.key } };
    }),
    edges: g.edges,
  };
}

/** A table cell: nodes as a coloured name chip, relationships as `:TYPE`, other values as text. */
function formatCell(v: unknown): Node | string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(formatCell);
    return h(
      "span",
      {},
      parts.flatMap((p, i) => (i === 0 ? [p] : [", ", p])),
    );
  }
  const o = v as Record<string, unknown>;
  const type = [o.nodeType, o._label, o.label].find(
    (x): x is string => typeof x === "string" && (NODE_LABELS as readonly string[]).includes(x),
  );
  if (type && typeof o.name === "string") {
    return h(
      "span",
      { class: "cell-node", title: String(o.id ?? "") },
      h("span", { class: "swatch", style: `background:${typeColour(type)}` }),
      o.name,
    );
  }
  if (typeof o.type === "string" && typeof o.source === "string" && typeof o.target === "string") {
    const qualifiers = Object.entries(o)
      .filter(
        ([k, x]) => !["id", "type", "source", "target", "articleIds", "evidence"].includes(k) && x !== null,
      )
      .map(([k, x]) => `${k}: ${typeof x === "object" ? JSON.stringify(x) : String(x)}`);
    return h(
      "span",
      { class: "cell-rel" },
      `:${o.type}`,
      qualifiers.length ? ` {${qualifiers.join(", ")}}` : "",
    );
  }
  const { evidence: _e, articleIds: _a, text: _t, ...rest } = o;
  const s = JSON.stringify(rest);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}
