/**
 * The explorer page: the graph stage, the left sidebar (legend, filters, tools, path) and
 * the node panel. Owns the GraphView and keeps the shared ViewState (and so the URL)
 * in step with what is on screen.
 */
import * as api from "./api.ts";
import { bipartiteLayout } from "./bipartite-layout.ts";
import { detectCommunities, rankCommunities, summariseCommunities } from "./community-colour.ts";
import { clear, h } from "./dom.ts";
import { enrichOverview } from "./enrich-overview.ts";
import { download, graphToGexf, renderPng } from "./export-graph.ts";
import { filterPanelElement } from "./filter-panel.ts";
import { facetsFromGraph, mergeFacets } from "./graph-facets.ts";
import { type FilterState, isFilterActive, nodeTypeOf } from "./graph-filter.ts";
import { GraphView } from "./graph-view.ts";
import { labelName, t } from "./i18n.ts";
import { LayoutControl } from "./layout-control.ts";
import { communityLegendElement, legendElement } from "./legend.ts";
import { TYPE_COLOURS } from "./node-style.ts";
import { pathPanelElement } from "./path-panel.ts";
import { panelElement } from "./side-panel.ts";
import { formatState, type LayoutMode, type ViewState } from "./url-state.ts";

export interface ExplorerPage {
  element: HTMLElement;
  mount(): Promise<void>;
  /** Re-render the chrome (language change) without reloading the graph. */
  rerender(): void;
  /** Select a node (from search or a link): load it if absent, centre and open the panel. */
  selectNode(id: string, opts?: { focusPanel?: boolean }): Promise<void>;
  /** Esc: close the panel, else clear the path picks. Returns whether something closed. */
  escape(): boolean;
  destroy(): void;
}

export function createExplorerPage(state: ViewState, commit: () => void): ExplorerPage {
  const stage = h("div", { class: "stage-canvas", id: "graph", "aria-label": t("graph"), role: "img" });
  const counts = h("div", { class: "counts", id: "counts", "aria-live": "polite" });
  const hint = h("div", { class: "stage-hint muted" }, t("expandHint"));
  const loading = h("div", { class: "loading", role: "status" }, t("loading"));
  const emptyState = h("div", { class: "empty-state", id: "filter-empty", role: "status", hidden: true });
  const main = h(
    "main",
    { class: "stage", id: "main", tabindex: -1 },
    stage,
    counts,
    hint,
    loading,
    emptyState,
  );
  const sidebar = h("aside", { class: "sidebar", id: "sidebar", "aria-label": t("filters") });
  const panel = h("aside", {
    class: "side-panel",
    id: "side-panel",
    "aria-labelledby": "panel-title",
    hidden: true,
  });
  const element = h("div", { class: "explorer" }, sidebar, main, panel);

  let view: GraphView | null = null;
  let layout: LayoutControl | null = null;
  let facets: api.Facets = { levels: [], categories: [], organisers: [], years: [] };
  let details: api.NodeDetails | null = null;
  let pathResult: api.PathResult | null = null;
  let pathError: string | null = null;
  let picks: string[] = state.path ? [...state.path] : [];
  /** Louvain communities ranked by size, while community colours are on. */
  let communityMap: Map<string, number> | null = null;
  /** Force-layout positions saved while the bipartite layout is shown. */
  let forcePositions: Map<string, { x: number; y: number }> | null = null;

  const filterOf = (): FilterState => ({
    types: state.types,
    levels: state.levels,
    categories: state.categories,
    organiser: state.organiser,
    yearFrom: state.yearFrom,
    yearTo: state.yearTo,
  });

  const nameOf = (id: string): string => {
    const a = view?.graph.hasNode(id) ? view.graph.getNodeAttributes(id) : null;
    return String(a?.label ?? a?.name ?? id);
  };

  const updateCounts = () => {
    if (!view) return;
    const c = view.visibleCounts();
    const filtered = isFilterActive(filterOf());
    const people = view.peopleCounts();
    counts.textContent = filtered
      ? `${t("peopleMatch", { n: people.shown, total: people.total })} · ${t("nodesEdges", { n: c.nodes, e: c.edges })}`
      : t("nodesEdges", { n: c.nodes, e: c.edges });
    // Nothing left on screen: say so, with the way out.
    const empty = filtered && c.nodes === 0 && view.graph.order > 0;
    emptyState.hidden = !empty;
    clear(emptyState);
    if (empty)
      emptyState.append(
        h("p", {}, t("filterEmpty")),
        h("button", { type: "button", id: "filter-empty-reset", onclick: resetFilters }, t("resetFilters")),
      );
  };

  const resetFilters = () =>
    applyFilter({ types: null, levels: [], categories: [], organiser: null, yearFrom: null, yearTo: null });

  /** The legend drawn into the PNG: the communities' or the node types' colours. */
  const pngLegend = () => {
    if (communityMap) {
      const { rows } = summariseCommunities(communityMap);
      return rows.map((r) => ({
        colour: r.colour,
        text: `${t("communityItem", { n: r.rank + 1 })} · ${t("nodeCount", { n: r.count })}`,
      }));
    }
    const shown = new Set<string>();
    view?.graph.forEachNode((n, a) => {
      if (!view?.isHidden(n)) shown.add(nodeTypeOf(a));
    });
    return (Object.keys(TYPE_COLOURS) as (keyof typeof TYPE_COLOURS)[])
      .filter((l) => shown.has(l))
      .map((l) => ({ colour: TYPE_COLOURS[l], text: labelName(l) }));
  };

  const applyFilter = (f: FilterState) => {
    state.types = f.types as ViewState["types"];
    state.levels = f.levels;
    state.categories = f.categories;
    state.organiser = f.organiser;
    state.yearFrom = f.yearFrom;
    state.yearTo = f.yearTo;
    view?.setFilter(f);
    if (state.layout === "bipartite") applyLayout();
    commit();
    renderSidebar();
    updateCounts();
  };

  /** Lays out the visible selection in bands, or restores the force layout. */
  const applyLayout = () => {
    if (!view) return;
    const v = view;
    if (state.layout === "bipartite") {
      layout?.stop();
      if (!forcePositions) {
        forcePositions = new Map();
        v.graph.forEachNode((n, a) => forcePositions!.set(n, { x: a.x as number, y: a.y as number }));
      }
      const { positions } = bipartiteLayout(v.graph, (n) => !v.isHidden(n));
      v.graph.forEachNode((n) => {
        const p = positions.get(n);
        // Hidden nodes wait at the origin so that they do not widen the frame.
        v.graph.mergeNodeAttributes(n, p ?? { x: 0, y: 0 });
      });
      v.setBands(new Set(positions.keys()));
    } else if (forcePositions) {
      const saved = forcePositions;
      forcePositions = null;
      v.graph.forEachNode((n) => {
        const p = saved.get(n);
        if (p) v.graph.mergeNodeAttributes(n, p);
      });
      v.setBands(null);
    }
  };

  const setLayoutMode = (mode: LayoutMode) => {
    state.layout = mode;
    applyLayout();
    commit();
    renderSidebar();
  };

  const toggleType = (label: string) => {
    const all = ["Person", "Honour", "Organization", "Event", "Place", "Article"];
    const current = state.types ?? all;
    const next = current.includes(label) ? current.filter((x) => x !== label) : [...current, label];
    applyFilter({ ...filterOf(), types: next.length === all.length ? null : (next as ViewState["types"]) });
  };

  const renderSidebar = () => {
    const focusedId = document.activeElement?.id;
    clear(sidebar);
    const layoutRunning = layout?.isRunning() ?? false;
    sidebar.append(
      communityMap ? communityLegendElement(communityMap) : legendElement(state.types, toggleType),
      h(
        "section",
        { class: "tools", "aria-label": "tools" },
        h(
          "button",
          {
            type: "button",
            id: "layout-toggle",
            "aria-pressed": layoutRunning ? "true" : "false",
            onclick: () => {
              if (state.layout !== "force") setLayoutMode("force");
              layout?.toggle();
              renderSidebar();
            },
          },
          layoutRunning ? t("layoutStop") : t("layoutStart"),
        ),
        h(
          "label",
          { class: "layout-mode" },
          `${t("layoutMode")} `,
          h(
            "select",
            {
              id: "layout-mode",
              onchange: (e: Event) => setLayoutMode((e.target as HTMLSelectElement).value as LayoutMode),
            },
            h("option", { value: "force", selected: state.layout === "force" }, t("layoutForce")),
            h("option", { value: "bipartite", selected: state.layout === "bipartite" }, t("layoutBipartite")),
          ),
        ),
        h(
          "button",
          {
            type: "button",
            id: "community-toggle",
            "aria-pressed": state.communities ? "true" : "false",
            onclick: () => {
              state.communities = !state.communities;
              applyCommunities();
              commit();
              renderSidebar();
            },
          },
          t("communities"),
        ),
        h(
          "button",
          {
            type: "button",
            id: "export-png",
            onclick: async () => {
              if (view) download(await renderPng(view.renderer, pngLegend()), "laomo-graph.png");
            },
          },
          t("exportPng"),
        ),
        h(
          "button",
          {
            type: "button",
            id: "export-gexf",
            onclick: () => {
              if (view)
                download(
                  new Blob([graphToGexf(view.graph, view.vizOf())], { type: "application/xml" }),
                  "laomo-graph.gexf",
                );
            },
          },
          t("exportGexf"),
        ),
      ),
    );
    const filters = [
      h("h2", {}, t("filters")),
      filterPanelElement(filterOf(), facets, applyFilter, resetFilters),
    ];
    const pathBox = pathPanelElement({
      picks: picks.map((id) => ({ id, name: nameOf(id) })),
      result: pathResult,
      error: pathError,
      nameOf,
      onFind: () => void findPath(),
      onClear: clearPath,
    });
    // While a path is being built or shown it matters more than the filters: put it first.
    if (picks.length > 0 || pathResult) sidebar.append(pathBox, ...filters);
    else sidebar.append(...filters, pathBox);
    if (focusedId) document.getElementById(focusedId)?.focus();
  };

  const applyCommunities = () => {
    if (!view) return;
    communityMap = state.communities ? rankCommunities(detectCommunities(view.graph)) : null;
    view.setCommunities(communityMap);
  };

  const renderPanel = (focusPanel = false) => {
    clear(panel);
    if (!state.node) {
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    if (!details || details.id !== state.node) {
      panel.append(h("p", { class: "muted", role: "status" }, t("loading")));
      return;
    }
    panel.append(
      panelElement(details, {
        close: closePanel,
        select: (id) => void selectNode(id, { focusPanel: true }),
        expand: (id) => void expand(id),
        centre: (id) => view?.focus(id),
        curation: {
          changed: (_r, nodeId) => reloadGraph(nodeId),
          articleHref: (id) => formatState({ ...state, view: "article", article: id }),
        },
      }),
    );
    if (focusPanel) (panel.querySelector("h2") as HTMLElement | null)?.focus({ preventScroll: true });
  };

  const closePanel = () => {
    state.node = null;
    details = null;
    view?.select(null);
    commit();
    renderPanel();
    main.focus({ preventScroll: true });
  };

  const ensureNode = async (id: string) => {
    if (!view || view.graph.hasNode(id)) return;
    const g = await api.neighbours(id, 1, 100);
    const anchor = g.nodes.find((n) => n.key !== id && view?.graph.hasNode(n.key))?.key;
    view.merge(g, anchor);
    view.renderer.refresh();
    afterGraphChange();
  };

  const selectNode = async (id: string, opts: { focusPanel?: boolean } = {}) => {
    state.node = id;
    commit();
    details = null;
    renderPanel();
    try {
      await ensureNode(id);
      view?.select(id);
      view?.focus(id);
      details = await api.nodeDetails(id);
      if (state.node === id) renderPanel(opts.focusPanel ?? false);
    } catch (err) {
      if (state.node !== id) return;
      clear(panel);
      panel.append(h("p", { class: "error", role: "alert" }, `${t("loadError")}: ${(err as Error).message}`));
    }
  };

  /** After a correction: the graph as the server now has it, and the node (re)selected. */
  const reloadGraph = async (nodeId: string) => {
    if (!view) return;
    const g = await api.overview();
    view.replace(g);
    view.setFilter(filterOf());
    afterGraphChange();
    document.body.dataset.graphReloads = String(Number(document.body.dataset.graphReloads ?? "0") + 1);
    await selectNode(nodeId, { focusPanel: true });
  };

  const expand = async (id: string) => {
    if (!view) return;
    try {
      const g = await api.neighbours(id, 1, 200);
      view.merge(g, id);
      afterGraphChange();
    } catch (err) {
      counts.textContent = `${t("loadError")}: ${(err as Error).message}`;
    }
  };

  const afterGraphChange = () => {
    if (state.communities) applyCommunities();
    if (state.layout === "bipartite") {
      // New nodes join the bands; their force positions are those merge() gave them.
      if (forcePositions && view)
        view.graph.forEachNode((n, a) => {
          if (!forcePositions!.has(n)) forcePositions!.set(n, { x: a.x as number, y: a.y as number });
        });
      applyLayout();
    }
    facets = mergeFacets(facets, view ? facetsFromGraph(view.graph) : facets);
    updateCounts();
    renderSidebar();
  };

  const setPicks = (next: string[]) => {
    picks = next.slice(-2);
    view?.setPicks(picks);
    renderSidebar();
  };

  const findPath = async () => {
    if (!view || picks.length < 2) return;
    const [from, to] = picks as [string, string];
    pathError = null;
    try {
      pathResult = await api.path(from, to);
      view.merge(pathResult.graph);
      const nodes = pathResult.graph.nodes.map((n) => n.key);
      const edgeKeys = new Set<string>();
      for (const e of pathResult.graph.edges) {
        if (view.graph.hasEdge(e.key)) edgeKeys.add(e.key);
        else for (const k of view.graph.edges(e.source, e.target)) edgeKeys.add(k);
      }
      view.setPath(nodes, [...edgeKeys]);
      state.path = [from, to];
      afterGraphChange();
    } catch (err) {
      pathResult = null;
      pathError = err instanceof api.ApiError && err.status === 404 ? t("pathNone") : (err as Error).message;
      view.setPath([], []);
      state.path = null;
      renderSidebar();
    }
    commit();
  };

  const clearPath = () => {
    pathResult = null;
    pathError = null;
    state.path = null;
    view?.setPath([], []);
    setPicks([]);
    commit();
  };

  return {
    element,
    async mount() {
      view = new GraphView(stage, {
        onClickNode: (id, shift) => {
          if (shift) setPicks(picks.includes(id) ? picks.filter((p) => p !== id) : [...picks, id]);
          else void selectNode(id);
        },
        onDoubleClickNode: (id) => void expand(id),
        onClickStage: () => {},
      });
      layout = new LayoutControl(view.graph);
      main.append(view.zoomControls());
      exposeTestHandle(view);
      renderSidebar();
      try {
        const [g, f] = await Promise.all([api.overview(), api.facets().catch(() => null)]);
        view.renderer.once("afterRender", () => {
          // Observable readiness for tests and the first-frame bench.
          performance.mark("laomo:first-frame");
          document.body.dataset.graphReady = String(view?.graph.order ?? 0);
        });
        view.replace(g);
        view.setFilter(filterOf());
        facets = mergeFacets(f ?? facets, facetsFromGraph(view.graph));
        loading.remove();
        afterGraphChange();
        // Honour levels and event dates for the filters (the overview carries names only).
        const enriching = enrichOverview(view.graph).then(
          () => {
            view?.setFilter(filterOf());
            // Event dates arrived: the bands follow them.
            if (state.layout === "bipartite") applyLayout();
            updateCounts();
            document.body.dataset.enriched = "1";
          },
          () => {
            document.body.dataset.enriched = "0";
          },
        );
        if (state.path) {
          await Promise.all(state.path.map((id) => ensureNode(id).catch(() => {})));
          setPicks([...state.path]);
          await findPath();
        }
        if (state.node) await selectNode(state.node);
        await enriching;
      } catch (err) {
        loading.textContent = `${t("loadError")}: ${(err as Error).message}`;
        loading.setAttribute("role", "alert");
      }
    },
    rerender() {
      renderSidebar();
      renderPanel();
      updateCounts();
      hint.textContent = t("expandHint");
    },
    selectNode,
    escape() {
      if (state.node) {
        closePanel();
        return true;
      }
      if (picks.length || pathResult) {
        clearPath();
        return true;
      }
      return false;
    },
    destroy() {
      delete (window as unknown as { laomo?: unknown }).laomo;
      layout?.kill();
      view?.kill();
      view = null;
    },
  };
}

/**
 * A read-only handle for browser tests and debugging: where a node is on screen and
 * whether the filters hide it (sigma draws on canvas, so the DOM cannot tell).
 */
function exposeTestHandle(view: GraphView): void {
  (window as unknown as { laomo: unknown }).laomo = {
    nodeViewport(id: string): { x: number; y: number } | null {
      const d = view.renderer.getNodeDisplayData(id);
      return d ? view.renderer.framedGraphToViewport(d) : null;
    },
    isHidden: (id: string) => view.isHidden(id),
    hasNode: (id: string) => view.graph.hasNode(id),
    order: () => view.graph.order,
    /** The label boxes drawn in the last frame (viewport pixels). */
    labelBoxes: () => view.labelBoxes().map(({ key, x, y, width, height }) => ({ key, x, y, width, height })),
    cameraRatio: () => view.renderer.getCamera().ratio,
    /** The captions of the relationships drawn with one (the hovered node's). */
    edgeCaptions: () =>
      view.graph
        .edges()
        .map((e) => view.renderer.getEdgeDisplayData(e)?.label)
        .filter((l): l is string => typeof l === "string" && l !== ""),
    /** Visible nodes other than people that have links but none to a visible node. */
    strandedNodes: () =>
      view.graph.filterNodes(
        (n, a) =>
          !view.isHidden(n) &&
          nodeTypeOf(a) !== "Person" &&
          view.graph.degree(n) > 0 &&
          view.graph.neighbors(n).every((m) => view.isHidden(m)),
      ),
    position: (id: string) => {
      const a = view.graph.getNodeAttributes(id);
      return { x: a.x as number, y: a.y as number };
    },
  };
}
