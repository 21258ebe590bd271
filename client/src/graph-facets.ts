/**
 * Filter options derived from the loaded graph, used when /api/facets is unavailable
 * and to add values the server did not list. Pure over graphology.
 */
import type { AbstractGraph } from "graphology-types";
import { HONOUR_LEVELS } from "../../model/types.ts";
import type { Facets } from "./api.ts";
import { nodeTypeOf, relTypeOf, yearOf } from "./graph-filter.ts";

export function facetsFromGraph(graph: AbstractGraph): Facets {
  const levels = new Set<string>();
  const categories = new Set<string>();
  const organisers = new Map<string, string>();
  const years = new Set<number>();
  graph.forEachNode((_n, a) => {
    const type = nodeTypeOf(a);
    if (type === "Honour") {
      if (typeof a.level === "string" && a.level) levels.add(a.level);
      if (typeof a.category === "string" && a.category) categories.add(a.category);
    }
    for (const l of Array.isArray(a.honourLevels) ? a.honourLevels : [])
      if (typeof l === "string") levels.add(l);
    for (const c of Array.isArray(a.honourCategories) ? a.honourCategories : [])
      if (typeof c === "string") categories.add(c);
    if (type === "Event") {
      const y = yearOf(a.date);
      if (y !== null) years.add(y);
    }
  });
  graph.forEachEdge((_e, a, _s, t, _sa, ta) => {
    if (relTypeOf(a) === "ORGANIZED_BY") organisers.set(t, String(ta.label ?? ta.name ?? t));
  });
  return {
    levels: [...levels],
    categories: [...categories].sort(),
    organisers: [...organisers].map(([id, name]) => ({ id, name })),
    years: [...years].sort((a, b) => a - b),
  };
}

/** Union of two facet sets (server first, then values only the graph knows). */
export function mergeFacets(a: Facets, b: Facets): Facets {
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  const orgs = new Map<string, string>();
  for (const o of [...a.organisers, ...b.organisers]) if (!orgs.has(o.id)) orgs.set(o.id, o.name);
  return {
    levels: uniq([...a.levels, ...b.levels]).sort((x, y) => levelRank(x) - levelRank(y)),
    categories: uniq([...a.categories, ...b.categories]),
    organisers: [...orgs].map(([id, name]) => ({ id, name })),
    years: uniq([...a.years, ...b.years]).sort((x, y) => x - y),
  };
}

function levelRank(level: string): number {
  const i = (HONOUR_LEVELS as readonly string[]).indexOf(level);
  return i < 0 ? HONOUR_LEVELS.length : i;
}
