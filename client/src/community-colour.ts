/**
 * Louvain communities of the loaded graph, computed on an undirected simple copy
 * (the data graph is a directed multigraph and must not be touched for UI state).
 */
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import type { AbstractGraph } from "graphology-types";
import { COMMUNITY_PALETTE_SIZE, communityColour } from "./node-style.ts";

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

/** Communities beyond the palette share one neutral colour (and one legend row). */
export const OTHER_COMMUNITY_COLOUR = "#b8b8b8";

export interface CommunitySummary {
  /** 0 = the largest community. */
  rank: number;
  count: number;
  colour: string;
}

/**
 * Renumbers communities by size (0 = largest; ties by the smallest original id), so that the
 * largest communities get the palette's colours and the legend lists them first.
 */
export function rankCommunities(communities: ReadonlyMap<string, number>): Map<string, number> {
  const sizes = new Map<number, number>();
  for (const c of communities.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rankOf = new Map(order.map((c, i) => [c, i]));
  const ranked = new Map<string, number>();
  for (const [n, c] of communities) ranked.set(n, rankOf.get(c) ?? 0);
  return ranked;
}

/** The colour of a ranked community: the palette for the largest ones, grey for the rest. */
export function rankedCommunityColour(rank: number): string {
  return rank < COMMUNITY_PALETTE_SIZE ? communityColour(rank) : OTHER_COMMUNITY_COLOUR;
}

/** One legend row per palette colour (largest first), counting the nodes of each ranked community. */
export function summariseCommunities(ranked: ReadonlyMap<string, number>): {
  rows: CommunitySummary[];
  others: { communities: number; count: number };
} {
  const counts = new Map<number, number>();
  for (const r of ranked.values()) counts.set(r, (counts.get(r) ?? 0) + 1);
  const rows: CommunitySummary[] = [];
  const others = { communities: 0, count: 0 };
  for (const [rank, count] of [...counts.entries()].sort((a, b) => a[0] - b[0])) {
    if (rank < COMMUNITY_PALETTE_SIZE) rows.push({ rank, count, colour: rankedCommunityColour(rank) });
    else {
      others.communities++;
      others.count += count;
    }
  }
  return { rows, others };
}
