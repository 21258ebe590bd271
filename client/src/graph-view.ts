/**
 * The sigma renderer over one graphology graph, with all UI state (selection, hover,
 * filters, path, communities) applied through nodeReducer/edgeReducer and
 * `refresh({ skipIndexation: true })` — the data graph only changes when data arrives.
 */
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { SerializedGraph } from "../../model/types.ts";
import "./explorer-tools.css";
import { rankedCommunityColour } from "./community-colour.ts";
import type { VizOf } from "./export-graph.ts";
import {
  computeHidden,
  emptyFilter,
  type FilterState,
  nodeTypeOf,
  peopleCounts,
  relTypeOf,
} from "./graph-filter.ts";
import { relName, t } from "./i18n.ts";
import { chooseLabels, estimateLabelWidth, type LabelBox, sortByPriority } from "./label-layout.ts";
import { placeNear } from "./node-placement.ts";
import {
  CJK_FONT,
  DEFAULT_SIZE,
  EDGE_COLOUR,
  HIGHLIGHT,
  isNodeLabel,
  MUTED_EDGE,
  MUTED_NODE,
  PATH_COLOUR,
  typeColour,
} from "./node-style.ts";

type Attrs = Record<string, unknown>;

/** A bipartite row must be this tall on screen for every label to show. */
const BAND_ROW_PX = 17;
/** Labels in bands are cut to this many characters (the full name on hover). */
const BAND_LABEL_CHARS = 8;

const LABEL_SIZE = 13;
const LABEL_WEIGHT = "500";

/** sigma's default doubleClickTimeout. */
const DOUBLE_CLICK_MS = 300;

export interface GraphViewEvents {
  onClickNode(node: string, shift: boolean): void;
  onDoubleClickNode(node: string): void;
  onClickStage(): void;
}

export class GraphView {
  readonly graph = new MultiDirectedGraph<Attrs, Attrs>();
  readonly renderer: Sigma<Attrs, Attrs>;
  private selected: string | null = null;
  private hovered: string | null = null;
  private hoverNeighbours = new Set<string>();
  private picks: string[] = [];
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private filter: FilterState = emptyFilter();
  private hidden = new Set<string>();
  private communities: Map<string, number> | null = null;
  /** Bipartite bands: labels cut short and all shown once a row is tall enough on screen. */
  private banded: Set<string> | null = null;
  private bandLabels = false;
  /** Nodes whose label matters now (hovered, selected, picked, on the path, in readable bands). */
  private forced = new Set<string>();
  /** The label boxes drawn in the last frame (no two overlap). */
  private drawnLabels: LabelBox[] = [];
  /** Nodes in label priority order; kept between frames (a camera move keeps the order). */
  private labelOrder: string[] | null = null;
  /** Labels drawn left of their node because they would run off the right edge. */
  private flipped = new Set<string>();
  private readonly labelWidths = new Map<string, number>();
  private measure: CanvasRenderingContext2D | null = null;
  private readonly resizeObserver: ResizeObserver;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.renderer = new Sigma(this.graph, container, {
      labelFont: CJK_FONT,
      labelSize: LABEL_SIZE,
      labelWeight: LABEL_WEIGHT,
      labelColor: { color: "#222" },
      // Which labels show is decided by the collision pass below, not by size.
      labelRenderedSizeThreshold: 0,
      renderEdgeLabels: true,
      edgeLabelFont: CJK_FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: "#333" },
      // A label that would run off the right edge is drawn left of its node (the pass decides).
      defaultDrawNodeLabel: (context, data, settings) => {
        if (!this.flipped.has(data.key)) return drawDiscNodeLabel(context, data, settings);
        if (!data.label) return;
        context.fillStyle = settings.labelColor.color ?? "#222";
        context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
        const w = context.measureText(data.label).width;
        context.fillText(data.label, data.x - data.size - 3 - w, data.y + settings.labelSize / 3);
      },
      defaultEdgeType: "arrow",
      zIndex: true,
      allowInvalidContainer: true,
      doubleClickTimeout: DOUBLE_CLICK_MS,
      nodeReducer: (n, a) => this.reduceNode(n, a),
      edgeReducer: (e, a) => this.reduceEdge(e, a),
    });
    // sigma picks labels from a grid of cells, which lets labels of neighbouring cells overlap;
    // its label grid is replaced by a collision pass over the labels' boxes on screen.
    // sigma makes a new grid whenever the graph is cleared: each one gets the pass.
    type LabelGridLike = { getLabelsToDisplay(ratio: number, density: number): string[] };
    const withPass = (g: LabelGridLike) => {
      g.getLabelsToDisplay = () => this.labelsForFrame();
      return g;
    };
    let grid = withPass((this.renderer as unknown as { labelGrid: LabelGridLike }).labelGrid);
    Object.defineProperty(this.renderer, "labelGrid", {
      configurable: true,
      get: () => grid,
      set: (g: LabelGridLike) => {
        grid = withPass(g);
      },
    });
    // A click waits out the double-click window: acting at once would open the panel,
    // resize the stage and move the node away from under the second click.
    let pendingClick: ReturnType<typeof setTimeout> | undefined;
    this.renderer.on("clickNode", ({ node, event }) => {
      const shift = event.original.shiftKey;
      clearTimeout(pendingClick);
      pendingClick = setTimeout(() => events.onClickNode(node, shift), DOUBLE_CLICK_MS);
    });
    this.renderer.on("doubleClickNode", (e) => {
      clearTimeout(pendingClick);
      e.preventSigmaDefault();
      events.onDoubleClickNode(e.node);
    });
    this.renderer.on("clickStage", () => events.onClickStage());
    // The container changes size with panels and error boxes, not only with the window.
    this.resizeObserver = new ResizeObserver(() => {
      this.renderer.resize();
      this.renderer.refresh({ skipIndexation: true });
    });
    this.resizeObserver.observe(container);
    this.renderer.getCamera().on("updated", () => {
      if (!this.banded) return;
      const readable = this.rowPixels() >= BAND_ROW_PX;
      if (readable !== this.bandLabels) {
        this.bandLabels = readable;
        this.redraw();
      }
    });
    this.renderer.on("enterNode", ({ node }) => this.setHovered(node));
    this.renderer.on("leaveNode", () => this.setHovered(null));
  }

  private reduceNode(node: string, a: Attrs): Partial<NodeDisplayData> {
    const out = this.displayOf(node, a);
    // Forced labels go through the collision pass with the highest priority (sigma would
    // draw a forceLabel node's label over any other).
    if (out.forceLabel && !out.hidden) this.forced.add(node);
    else this.forced.delete(node);
    this.labelOrder = null;
    out.forceLabel = false;
    return out;
  }

  private displayOf(node: string, a: Attrs): Partial<NodeDisplayData> {
    const type = nodeTypeOf(a);
    const base: Partial<NodeDisplayData> = {
      x: a.x as number,
      y: a.y as number,
      size: typeof a.size === "number" ? a.size : isNodeLabel(type) ? DEFAULT_SIZE[type] : 5,
      label: typeof a.label === "string" ? a.label : typeof a.name === "string" ? a.name : node,
      color: this.communities ? rankedCommunityColour(this.communities.get(node) ?? 0) : typeColour(type),
      type: "circle",
      zIndex: 1,
    };
    if (this.hidden.has(node)) return { ...base, hidden: true };
    if (this.banded?.has(node)) {
      if (
        typeof base.label === "string" &&
        [...base.label].length > BAND_LABEL_CHARS &&
        this.hovered !== node
      )
        base.label = `${[...base.label].slice(0, BAND_LABEL_CHARS - 1).join("")}…`;
      base.size = Math.min(base.size ?? 5, 6);
      if (this.bandLabels) base.forceLabel = true;
    }
    const focus = this.selected === node || this.picks.includes(node);
    if (this.pathNodes.size > 0) {
      if (this.pathNodes.has(node)) return { ...base, forceLabel: true, highlighted: focus, zIndex: 3 };
      return { ...base, color: MUTED_NODE, label: "", zIndex: 0 };
    }
    if (this.hovered !== null) {
      if (node === this.hovered) return { ...base, highlighted: true, forceLabel: true, zIndex: 3 };
      if (this.hoverNeighbours.has(node)) return { ...base, forceLabel: true, zIndex: 2 };
      if (!focus) return { ...base, color: MUTED_NODE, label: "", zIndex: 0 };
    }
    if (focus) return { ...base, highlighted: true, forceLabel: true, zIndex: 3 };
    return base;
  }

  private reduceEdge(edge: string, a: Attrs): Partial<EdgeDisplayData> {
    const [s, t] = this.graph.extremities(edge);
    const base: Partial<EdgeDisplayData> = { color: EDGE_COLOUR, size: 1, type: "arrow", label: null };
    if (this.hidden.has(s) || this.hidden.has(t)) return { ...base, hidden: true };
    if (this.pathEdges.size > 0) {
      if (this.pathEdges.has(edge)) return { ...base, color: PATH_COLOUR, size: 3, zIndex: 2 };
      return { ...base, color: MUTED_EDGE };
    }
    if (this.hovered !== null) {
      // Captions of the hovered node's relationships.
      if (s === this.hovered || t === this.hovered)
        return { ...base, color: HIGHLIGHT, size: 2, zIndex: 2, label: relName(relTypeOf(a)) };
      return { ...base, hidden: true };
    }
    if (this.selected !== null && (s === this.selected || t === this.selected))
      return { ...base, color: "#555", size: 2, zIndex: 1 };
    return base;
  }

  /** The width of a label in pixels, measured with the label font (cached). */
  private labelWidth(label: string): number {
    let w = this.labelWidths.get(label);
    if (w !== undefined) return w;
    if (!this.measure && typeof document !== "undefined") {
      this.measure = document.createElement("canvas").getContext("2d");
      if (this.measure) this.measure.font = `${LABEL_WEIGHT} ${LABEL_SIZE}px ${CJK_FONT}`;
    }
    w = this.measure ? this.measure.measureText(label).width : estimateLabelWidth(label, LABEL_SIZE);
    if (this.labelWidths.size > 20_000) this.labelWidths.clear();
    this.labelWidths.set(label, w);
    return w;
  }

  /**
   * The labels of this frame: every visible node on screen is a candidate with its label's box
   * (sigma draws it right of the disc, baseline at a third of the font size below the centre);
   * forced labels first, then by size and degree; colliding ones are left out.
   */
  private labelsForFrame(): string[] {
    const r = this.renderer;
    const width = r.getDimensions().width;
    const height = r.getDimensions().height;
    if (!this.labelOrder) {
      // Sizes scale alike with the camera, so the order holds until the reducers run again.
      const ranked: { key: string; priority: number }[] = [];
      this.graph.forEachNode((node) => {
        const d = r.getNodeDisplayData(node);
        if (!d || d.hidden || !d.label) return;
        const priority =
          (this.forced.has(node) ? 1e6 : 0) + d.size * 100 + Math.min(this.graph.degree(node), 99);
        ranked.push({ key: node, priority });
      });
      this.labelOrder = sortByPriority(ranked).map((x) => x.key);
    }
    const boxes: LabelBox[] = [];
    const flipped = new Set<string>();
    for (const node of this.labelOrder) {
      const d = r.getNodeDisplayData(node);
      if (!d || d.hidden || !d.label) continue;
      const p = r.framedGraphToViewport(d);
      if (p.x < -200 || p.y < -40 || p.x > width + 40 || p.y > height + 40) continue;
      const size = r.scaleSize(d.size);
      const w = this.labelWidth(d.label);
      const flip = p.x + size + 3 + w > width && p.x - size - 3 - w >= 0;
      if (flip) flipped.add(node);
      boxes.push({
        key: node,
        x: flip ? p.x - size - 3 - w : p.x + size + 3,
        y: p.y - LABEL_SIZE * 0.6,
        width: w,
        height: LABEL_SIZE + 1,
        // Already in order: the pass keeps it.
        priority: -boxes.length,
      });
    }
    this.drawnLabels = chooseLabels(boxes, 1, 96, true);
    this.flipped = flipped;
    return this.drawnLabels.map((b) => b.key);
  }

  /** The label boxes drawn in the last frame, in viewport pixels (for tests and the PNG export). */
  labelBoxes(): LabelBox[] {
    return this.drawnLabels;
  }

  /** Zoom buttons: in, out and fit (the whole graph in view). */
  zoomControls(): HTMLElement {
    const camera = this.renderer.getCamera();
    const button = (id: string, text: string, label: string, act: () => void) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = `zoom-${id}`;
      b.textContent = text;
      b.title = label;
      b.setAttribute("aria-label", label);
      b.addEventListener("click", act);
      return b;
    };
    const box = document.createElement("div");
    box.className = "zoom-controls";
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", t("zoom"));
    box.append(
      button("in", "+", t("zoomIn"), () => void camera.animatedZoom({ duration: 200 })),
      button("out", "−", t("zoomOut"), () => void camera.animatedUnzoom({ duration: 200 })),
      button("fit", "⤢", t("zoomFit"), () => this.resetCamera()),
    );
    return box;
  }

  /** Re-run the reducers without re-indexing (UI state changed, data did not). */
  redraw(): void {
    this.renderer.refresh({ skipIndexation: true });
  }

  private setHovered(node: string | null): void {
    this.hovered = node;
    this.hoverNeighbours = node && this.graph.hasNode(node) ? new Set(this.graph.neighbors(node)) : new Set();
    this.redraw();
  }

  /**
   * Merge a serialized graph into the view. New nodes without coordinates (or all new nodes
   * of an expansion around `anchor`) go to free space near the anchor (or the centre), never
   * onto another cluster; existing nodes keep their position.
   */
  merge(payload: SerializedGraph, anchor?: string): number {
    const anchorAttrs = anchor && this.graph.hasNode(anchor) ? this.graph.getNodeAttributes(anchor) : null;
    const centre = this.centroid();
    const cx = typeof anchorAttrs?.x === "number" ? anchorAttrs.x : centre.x;
    const cy = typeof anchorAttrs?.y === "number" ? anchorAttrs.y : centre.y;
    const needsPlace = (a: Attrs) =>
      typeof a.x !== "number" || typeof a.y !== "number" || anchorAttrs !== null;
    const fresh = payload.nodes.filter((n) => !this.graph.hasNode(n.key) && needsPlace(n.attributes));
    const occupied: { x: number; y: number }[] = [];
    this.graph.forEachNode((_n, a) => {
      if (typeof a.x === "number" && typeof a.y === "number") occupied.push({ x: a.x, y: a.y });
    });
    const spots = placeNear({ x: cx, y: cy }, fresh.length, occupied, this.ringRadius());
    let added = 0;
    const nodes = payload.nodes.map((n) => {
      const attributes: Attrs = { ...n.attributes };
      if (this.graph.hasNode(n.key)) {
        delete attributes.x;
        delete attributes.y;
      } else if (needsPlace(attributes)) {
        const spot = spots[added++] ?? { x: cx, y: cy };
        attributes.x = spot.x;
        attributes.y = spot.y;
      }
      return { key: n.key, attributes };
    });
    const edges = payload.edges
      .filter((e) => e.source && e.target)
      .map((e) => {
        const attributes: Attrs = { ...e.attributes };
        if (typeof attributes.type === "string" && attributes.relType === undefined)
          attributes.relType = attributes.type;
        delete attributes.type;
        return { ...e, attributes };
      });
    const before = this.graph.order;
    this.graph.import({ nodes, edges: [] }, true);
    for (const e of edges) {
      if (!this.graph.hasNode(e.source) || !this.graph.hasNode(e.target)) continue;
      if (this.graph.hasEdge(e.key)) this.graph.mergeEdgeAttributes(e.key, e.attributes);
      else this.graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
    }
    this.recomputeHidden();
    return this.graph.order - before;
  }

  private centroid(): { x: number; y: number } {
    let x = 0;
    let y = 0;
    let n = 0;
    this.graph.forEachNode((_k, a) => {
      if (typeof a.x === "number" && typeof a.y === "number") {
        x += a.x;
        y += a.y;
        n++;
      }
    });
    return n ? { x: x / n, y: y / n } : { x: 0, y: 0 };
  }

  private ringRadius(): number {
    if (this.graph.order < 2) return 1;
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    this.graph.forEachNode((_n, a) => {
      if (typeof a.x === "number") {
        minX = Math.min(minX, a.x);
        maxX = Math.max(maxX, a.x);
      }
    });
    const extent = Number.isFinite(maxX - minX) ? maxX - minX : 1;
    return Math.max(extent / Math.sqrt(this.graph.order) / 1.5, 1e-3);
  }

  replace(payload: SerializedGraph): void {
    this.graph.clear();
    this.communities = null;
    this.merge(payload);
  }

  setFilter(f: FilterState): void {
    this.filter = f;
    this.recomputeHidden();
    this.redraw();
  }

  private recomputeHidden(): void {
    this.hidden = computeHidden(this.graph, this.filter);
  }

  isHidden(node: string): boolean {
    return this.hidden.has(node);
  }

  visibleCounts(): { nodes: number; edges: number } {
    let edges = 0;
    this.graph.forEachEdge((_e, _a, s, t) => {
      if (!this.hidden.has(s) && !this.hidden.has(t)) edges++;
    });
    return { nodes: this.graph.order - this.hidden.size, edges };
  }

  peopleCounts(): { shown: number; total: number } {
    return peopleCounts(this.graph, this.hidden);
  }

  /** How each node and edge looks on screen, for the GEXF export's viz attributes. */
  vizOf(): VizOf {
    const r = this.renderer;
    return {
      node: (k) => {
        const d = r.getNodeDisplayData(k);
        return d ? { x: d.x, y: d.y, size: d.size, color: d.color, hidden: d.hidden } : null;
      },
      edge: (k) => {
        const d = r.getEdgeDisplayData(k);
        return d ? { color: d.color, size: d.size, hidden: d.hidden } : null;
      },
    };
  }

  select(node: string | null): void {
    this.selected = node;
    this.redraw();
  }

  setPicks(picks: string[]): void {
    this.picks = picks.slice(0, 2);
    this.redraw();
  }

  setPath(nodes: string[], edges: string[]): void {
    this.pathNodes = new Set(nodes);
    this.pathEdges = new Set(edges);
    this.redraw();
  }

  /** Colours by community (ranked by size, see rankCommunities), or by node type with null. */
  setCommunities(map: Map<string, number> | null): void {
    this.communities = map;
    this.redraw();
  }

  /** Screen pixels of one graph unit (a bipartite row) at the current camera. */
  private rowPixels(): number {
    const a = this.renderer.graphToViewport({ x: 0, y: 0 });
    const b = this.renderer.graphToViewport({ x: 0, y: 1 });
    return Math.abs(a.y - b.y);
  }

  /**
   * Band mode (bipartite layout) for `nodes`, or off with null. On, the camera zooms in until a
   * row is tall enough for a label and starts at the top left of the selection.
   */
  setBands(nodes: Set<string> | null): void {
    this.banded = nodes;
    this.bandLabels = false;
    const camera = this.renderer.getCamera();
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.renderer.refresh();
    if (nodes && nodes.size > 0) {
      const px = this.rowPixels();
      if (px > 0 && px < BAND_ROW_PX) {
        // Zoom until a row is tall enough, with the selection's top-left node near the corner.
        const ratio = px / (BAND_ROW_PX + 0.5);
        let minX = Number.POSITIVE_INFINITY;
        let maxY = Number.NEGATIVE_INFINITY;
        for (const n of nodes) {
          const a = this.graph.getNodeAttributes(n);
          minX = Math.min(minX, a.x as number);
          maxY = Math.max(maxY, a.y as number);
        }
        const corner = this.renderer.viewportToFramedGraph(
          this.renderer.graphToViewport({ x: minX, y: maxY }),
        );
        const margin = this.renderer.viewportToFramedGraph({ x: 24, y: 24 });
        camera.setState({
          x: corner.x - ratio * (margin.x - 0.5),
          y: corner.y - ratio * (margin.y - 0.5),
          ratio,
          angle: 0,
        });
      }
      this.bandLabels = this.rowPixels() >= BAND_ROW_PX;
    }
    this.redraw();
  }

  /** Animate the camera to a node. */
  focus(node: string): void {
    const d = this.renderer.getNodeDisplayData(node);
    if (!d) return;
    const camera = this.renderer.getCamera();
    // Zoom in on large graphs only; never zoom out of the user's current view.
    const ratio = Math.min(camera.ratio, this.graph.order > 60 ? 0.4 : 0.8);
    camera.animate({ x: d.x, y: d.y, ratio }, { duration: 450 });
  }

  resetCamera(): void {
    this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.renderer.kill();
  }
}
