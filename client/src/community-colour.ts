/**
 * Louvain communities of the loaded graph, computed on an undirected simple copy
 * (the data graph is a directed multigraph and must not be touched for UI state).
 */
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import type { AbstractGraph } from "graphology-types";

type Louvain = (graph: AbstractGraph, options?: { rng?: () => number }) => Record<string, number>;
const louvain = ((louvainModule as unknown as { default?: Louvain }).default ??
  louvainModule) as unknown as Louvain;

export function detectCommunities(graph: AbstractGraph): Map<string, number> {
  const simple = new UndirectedGraph();
  graph.forEachNode((n) => {
    simple.addNode(n);
  });
  graph.forEachEdge((_e, _a, s, t) => {
    if (s !== t) simple.mergeEdge(s, t);
  });
  const result = new Map<string, number>();
  if (simple.size === 0) {
    for (const n of simple.nodes()) result.set(n, 0);
    return result;
  }
  const mapping = louvain(simple, { rng: seededRandom(42) });
  for (const [n, c] of Object.entries(mapping)) result.set(n, c);
  return result;
}

/** Deterministic RNG so that the same graph gets the same colours every time. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
