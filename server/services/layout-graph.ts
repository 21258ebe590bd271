/**
 * Server-side layout for the first view: a seeded random start, then ForceAtlas2 with
 * inferred settings, and node size from degree. Deterministic for the same input. Pure and
 * synchronous: the server runs it in a worker thread (`layout-thread.ts`).
 */

import { MultiDirectedGraph } from "graphology";
import randomModule from "graphology-layout/random.js";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import type { SerializedGraph } from "../../model/types.ts";
import { serializeGraph } from "./serialize-graph.ts";

// biome-ignore lint/suspicious/noExplicitAny: CJS default interop under NodeNext
const forceAtlas2 = ((forceAtlas2Module as any).default ??
  forceAtlas2Module) as typeof forceAtlas2Module.default;
// biome-ignore lint/suspicious/noExplicitAny: CJS default interop under NodeNext
const random = ((randomModule as any).default ?? randomModule) as typeof randomModule.default;

/** mulberry32: a tiny seeded PRNG. */
export function seededRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LayoutOptions {
  seed?: number;
  iterations?: number;
}

export function layoutGraph(input: SerializedGraph, opts: LayoutOptions = {}): SerializedGraph {
  const graph = new MultiDirectedGraph();
  // Sorted import: the result must not depend on the store's row order.
  const nodes = [...input.nodes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const n of nodes) graph.mergeNode(n.key, n.attributes);
  for (const e of input.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.key)) continue;
    graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
  random.assign(graph, { rng: seededRng(opts.seed ?? 42), scale: 100, center: 0 });
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations: opts.iterations ?? (graph.order > 2000 ? 100 : 300),
      settings: { ...settings, barnesHutOptimize: graph.order > 500 },
    });
  }
  graph.forEachNode((key, attrs) => {
    graph.mergeNodeAttributes(key, {
      x: round(attrs.x as number),
      y: round(attrs.y as number),
      size: round(3 + 2 * Math.sqrt(graph.degree(key))),
    });
  });
  return serializeGraph(graph);
}

function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : 0;
}
