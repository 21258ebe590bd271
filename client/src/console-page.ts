/**
 * The read-only Cypher console: highlighted editor (textarea over a coloured <pre>),
 * example dropdown, Ctrl/Cmd+Enter to run, results as a table and as a sigma graph,
 * and the server's message for refused or failing queries.
 */
import { NODE_LABELS, type SerializedGraph } from "../../model/types.ts";
import {
  ApiError,
  type CypherResponse,
  type CypherRewrite,
  cypher,
  type GraphSchema,
  schema,
} from "./api.ts";
import { applyCompletion, type Completion, complete, type SchemaNames } from "./cypher-complete.ts";
import { tokenizeCypher } from "./cypher-highlight.ts";
import { clear, h } from "./dom.ts";
import { errorText } from "./error-text.ts";
import { EXAMPLE_QUERIES } from "./example-queries.ts";
import { download } from "./export-graph.ts";
import { fa2 } from "./fa2.ts";
import { GraphView } from "./graph-view.ts";
import { getLang, labelName, relName, t } from "./i18n.ts";
import { typeColour } from "./node-style.ts";
import { loadHistory, pushHistory } from "./query-history.ts";
import { isPath, pathText, toCsv } from "./result-csv.ts";

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

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
  let lastResult: CypherResponse | null = null;
  const storage = browserStorage();
  let history = loadHistory(storage);
  /** Where Alt+↑/↓ is in the history (-1: the editor's own text). */
  let historyAt = -1;
  let names: SchemaNames = { labels: [...NODE_LABELS], relTypes: [], properties: [] };

  const setQuery = (q: string) => {
    editor.value = q;
    paint();
    onQueryChange(editor.value);
  };

  /** Inserts text at the cursor (replacing a selection) and keeps the focus in the editor. */
  const insertAtCursor = (text: string) => {
    const { selectionStart: a, selectionEnd: b, value } = editor;
    editor.value = value.slice(0, a) + text + value.slice(b);
    editor.selectionStart = editor.selectionEnd = a + text.length;
    paint();
    onQueryChange(editor.value);
    editor.focus();
  };

  /* ---------- autocomplete ---------- */
  const suggestions = h("ul", {
    id: "cypher-suggestions",
    class: "cypher-suggestions",
    role: "listbox",
    "aria-label": t("suggestions"),
    hidden: true,
  });
  let completion: Completion | null = null;
  let active = 0;
  const closeSuggestions = () => {
    completion = null;
    suggestions.hidden = true;
    editor.removeAttribute("aria-activedescendant");
  };
  const renderSuggestions = () => {
    clear(suggestions);
    if (!completion) return closeSuggestions();
    suggestions.hidden = false;
    completion.items.forEach((item, i) => {
      suggestions.append(
        h(
          "li",
          {
            id: `cypher-suggestion-${i}`,
            role: "option",
            "aria-selected": i === active ? "true" : "false",
            class: i === active ? "active" : "",
            onmousedown: (e: Event) => {
              e.preventDefault();
              accept(i);
            },
          },
          item,
        ),
      );
    });
    editor.setAttribute("aria-activedescendant", `cypher-suggestion-${active}`);
  };
  const suggest = () => {
    completion = complete(editor.value, editor.selectionStart, names);
    active = 0;
    renderSuggestions();
  };
  const accept = (i: number) => {
    if (!completion) return;
    const item = completion.items[i];
    if (item === undefined) return;
    const next = applyCompletion(editor.value, completion, item);
    setQuery(next.text);
    editor.selectionStart = editor.selectionEnd = next.cursor;
    closeSuggestions();
    editor.focus();
  };

  /* ---------- schema sidebar and history ---------- */
  const schemaBox = h(
    "section",
    { class: "console-schema", id: "console-schema", "aria-label": t("schemaTitle") },
    h("h2", {}, t("schemaTitle")),
    h("p", { class: "muted" }, t("loading")),
  );
  const insertButton = (text: string, inserted: string, extra: Record<string, unknown> = {}) =>
    h(
      "button",
      { type: "button", class: "schema-name", onclick: () => insertAtCursor(inserted), ...extra },
      text,
    );
  const renderSchema = (g: GraphSchema) => {
    names = {
      labels: g.nodes.map((n) => n.label),
      relTypes: g.relationships.map((r) => r.type),
      properties: [
        ...new Set([...g.nodes, ...g.relationships].flatMap((x) => x.properties.map((p) => p.name))),
      ],
    };
    clear(schemaBox);
    const props = (list: { name: string; type: string }[]) =>
      h(
        "ul",
        { class: "schema-props" },
        list.map((p) =>
          h(
            "li",
            {},
            insertButton(p.name, p.name, { title: p.type }),
            h("span", { class: "muted" }, ` ${p.type}`),
          ),
        ),
      );
    schemaBox.append(
      h("h2", {}, t("schemaTitle")),
      h("p", { class: "muted hint" }, t("schemaHint")),
      h("h3", {}, t("schemaLabels")),
      h(
        "ul",
        { class: "schema-list" },
        g.nodes.map((n) =>
          h(
            "li",
            { "data-label": n.label },
            h(
              "details",
              {},
              h(
                "summary",
                {},
                h("span", { class: "swatch", style: `background:${typeColour(n.label)}` }),
                insertButton(`:${n.label}`, `:${n.label}`, { title: labelName(n.label) }),
                h("span", { class: "muted" }, ` ${n.count}`),
              ),
              props(n.properties),
            ),
          ),
        ),
      ),
      h("h3", {}, t("schemaRels")),
      h(
        "ul",
        { class: "schema-list" },
        g.relationships.map((r) =>
          h(
            "li",
            { "data-type": r.type },
            h(
              "details",
              {},
              h(
                "summary",
                {},
                insertButton(`:${r.type}`, `:${r.type}`, { title: relName(r.type) }),
                h("span", { class: "muted" }, ` ${r.count}`),
              ),
              h("p", { class: "muted rel-ends" }, `(${r.from.join("|")})→(${r.to.join("|")})`),
              props(r.properties),
            ),
          ),
        ),
      ),
    );
  };
  const historyBox = h("section", {
    class: "console-history",
    id: "console-history",
    "aria-label": t("historyTitle"),
  });
  const renderHistory = () => {
    clear(historyBox);
    historyBox.append(
      h("h2", {}, t("historyTitle")),
      history.length === 0
        ? h("p", { class: "muted" }, t("historyEmpty"))
        : h(
            "ol",
            {},
            history.map((q) =>
              h(
                "li",
                {},
                h(
                  "button",
                  {
                    type: "button",
                    class: "history-item",
                    title: q,
                    onclick: () => {
                      setQuery(q);
                      editor.focus();
                    },
                  },
                  q.replace(/\s+/g, " ").slice(0, 80),
                ),
              ),
            ),
          ),
    );
  };
  renderHistory();

  const csvButton = h(
    "button",
    {
      type: "button",
      id: "export-csv",
      disabled: true,
      onclick: () => {
        if (!lastResult) return;
        download(
          new Blob([toCsv(lastResult.columns, lastResult.rows)], { type: "text/csv;charset=utf-8" }),
          "laomo-query.csv",
        );
      },
    },
    t("exportCsv"),
  );

  const examples = h(
    "select",
    {
      id: "example-select",
      "aria-label": t("examples"),
      onchange: (e: Event) => {
        const i = Number((e.target as HTMLSelectElement).value);
        const ex = EXAMPLE_QUERIES[i];
        if (!ex) return;
        setQuery(ex.query);
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
    closeSuggestions();
    history = pushHistory(storage, editor.value);
    historyAt = -1;
    renderHistory();
    try {
      const res = await cypher(editor.value);
      lastResult = res;
      csvButton.disabled = res.rows.length === 0;
      showResult(res);
    } catch (err) {
      lastResult = null;
      csvButton.disabled = true;
      status.textContent = "";
      clear(tableWrap);
      showGraph({ nodes: [], edges: [] });
      graphEmpty.hidden = true;
      errorBox.hidden = false;
      clear(errorBox);
      const code = err instanceof ApiError ? err.code : "";
      const title = code === "unsupported_form" ? t("unsupportedForm") : t("queryError");
      // The code in the user's language; the server's message (the detail, in English) beside it.
      const said = errorText(code);
      const colon = getLang() === "zh" ? "：" : ": ";
      errorBox.append(h("strong", {}, `${title}${code ? ` (${code})` : ""}${colon}`), " ");
      if (said)
        errorBox.append(
          h("span", { class: "error-text" }, said),
          h(
            "details",
            { class: "server-detail", open: getLang() === "en" },
            h("summary", {}, t("serverDetail")),
            h("code", {}, (err as Error).message),
          ),
        );
      else errorBox.append((err as Error).message);
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
      return;
    }
    if (completion && !suggestions.hidden) {
      const n = completion.items.length;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        active = (active + (e.key === "ArrowDown" ? 1 : n - 1)) % n;
        renderSuggestions();
        return;
      }
      if (e.key === "Tab" || e.key === "Enter") {
        e.preventDefault();
        accept(active);
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        closeSuggestions();
        return;
      }
    }
    // Alt+↑/↓ steps through the history.
    if (e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown") && history.length) {
      e.preventDefault();
      historyAt = Math.max(-1, Math.min(history.length - 1, historyAt + (e.key === "ArrowUp" ? 1 : -1)));
      if (historyAt >= 0) setQuery(history[historyAt]!);
    }
  });
  editor.addEventListener("input", (e) => {
    // Suggestions follow typing, not pasting or history steps.
    if ((e as InputEvent).inputType?.startsWith("insert")) suggest();
    else closeSuggestions();
  });
  editor.addEventListener("blur", () => closeSuggestions());
  paint();

  const element = h(
    "main",
    { class: "console-page with-sidebar", id: "main" },
    h("aside", { class: "console-sidebar" }, schemaBox, historyBox),
    h(
      "div",
      { class: "console-main" },
      h(
        "div",
        { class: "console-toolbar" },
        h("label", { class: "sr-only", for: "example-select" }, t("examples")),
        examples,
        runButton,
        csvButton,
        status,
      ),
      h("div", { class: "editor-wrap" }, highlight, editor, suggestions),
      errorBox,
      rewritesBox,
      h(
        "div",
        { class: "results" },
        h(
          "section",
          { class: "results-table", "aria-label": t("table") },
          h("h2", {}, t("table")),
          tableWrap,
        ),
        h(
          "section",
          { class: "results-graph", "aria-label": t("graph") },
          h("h2", {}, t("graph")),
          graphBox,
          graphEmpty,
        ),
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
      graphBox.append(view.zoomControls());
      schema().then(renderSchema, () => {
        clear(schemaBox);
        schemaBox.append(h("h2", {}, t("schemaTitle")), h("p", { class: "error" }, t("loadError")));
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
  if (isPath(v)) return h("span", { class: "cell-path" }, pathText(v, relName));
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
