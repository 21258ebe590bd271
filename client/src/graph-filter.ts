/**
 * Which nodes the current filters hide. Pure over a graphology graph (no sigma, no DOM):
 * node type, honour level/category, organiser and year range, propagated along the
 * person → honour and person → event edges so that "national honourees" also hides their
 * unrelated events. The result feeds sigma's reducers; the graph itself is never changed.
 */
import type { AbstractGraph } from "graphology-types";

export interface FilterState {
  /** Visible node types; null = all. */
  types: string[] | null;
  levels: string[];
  categories: string[];
  /** Organiser (Organization id) of events. */
  organiser: string | null;
  yearFrom: number | null;
  yearTo: number | null;
}

export function emptyFilter(): FilterState {
  return { types: null, levels: [], categories: [], organiser: null, yearFrom: null, yearTo: null };
}

export function isFilterActive(f: FilterState): boolean {
  return (
    f.types !== null ||
    f.levels.length > 0 ||
    f.categories.length > 0 ||
    f.organiser !== null ||
    f.yearFrom !== null ||
    f.yearTo !== null
  );
}

type Attrs = Record<string, unknown>;

export function nodeTypeOf(a: Attrs): string {
  const v = a.nodeType ?? a.kind;
  return typeof v === "string" ? v : "";
}

export function relTypeOf(a: Attrs): string {
  const v = a.relType ?? a.type;
  return typeof v === "string" ? v : "";
}

/** Four-digit year of a date attribute ("2023-04-28", "2023", 2023), or null. */
export function yearOf(v: unknown): number | null {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v !== "string") return null;
  const m = /^(\d{4})/.exec(v);
  return m ? Number(m[1]) : null;
}

function stringList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return typeof v === "string" && v ? [v] : [];
}

function honourMatches(a: Attrs, f: FilterState): boolean {
  const levelOk = f.levels.length === 0 || (typeof a.level === "string" && f.levels.includes(a.level));
  const catOk =
    f.categories.length === 0 || (typeof a.category === "string" && f.categories.includes(a.category));
  return levelOk && catOk;
}

/** Honour information a server may embed on person/organisation nodes (no Honour nodes loaded). */
function embeddedHonourMatches(a: Attrs, f: FilterState): boolean | null {
  const levels = stringList(a.honourLevels);
  const cats = stringList(a.honourCategories);
  if (levels.length === 0 && cats.length === 0) return null;
  const levelOk = f.levels.length === 0 || levels.some((l) => f.levels.includes(l));
  const catOk = f.categories.length === 0 || cats.some((c) => f.categories.includes(c));
  return levelOk && catOk;
}

function yearInRange(y: number | null, f: FilterState): boolean {
  if (f.yearFrom === null && f.yearTo === null) return true;
  if (y === null) return false;
  return (f.yearFrom === null || y >= f.yearFrom) && (f.yearTo === null || y <= f.yearTo);
}

/** The set of node keys hidden by `f` (empty when no filter is active). */
export function computeHidden(graph: AbstractGraph, f: FilterState): Set<string> {
  const hidden = new Set<string>();
  if (!isFilterActive(f)) return hidden;
  const honourActive = f.levels.length > 0 || f.categories.length > 0;
  const eventActive = f.organiser !== null || f.yearFrom !== null || f.yearTo !== null;
  const typeOk = (a: Attrs) => f.types === null || f.types.includes(nodeTypeOf(a));

  // 1. Events and honours on their own attributes and edges.
  const eventOk = new Map<string, boolean>();
  graph.forEachNode((n, a) => {
    const type = nodeTypeOf(a);
    if (type === "Event") {
      let ok = yearInRange(yearOf(a.date), f);
      if (ok && f.organiser !== null) {
        const org = f.organiser;
        const embedded = stringList(a.organizerIds ?? a.organiserIds);
        ok =
          embedded.includes(org) ||
          graph.someOutEdge(n, (_e, ea, _s, t) => t === org && relTypeOf(ea) === "ORGANIZED_BY");
      }
      eventOk.set(n, ok);
    }
  });

  // 2. People (and organisations holding honours) through their honours and events.
  const holderOk = new Map<string, boolean>();
  graph.forEachNode((n, a) => {
    const type = nodeTypeOf(a);
    if (type !== "Person" && type !== "Organization") return;
    let ok = true;
    if (honourActive) {
      const embedded = embeddedHonourMatches(a, f);
      const viaEdges = graph.someOutEdge(
        n,
        (_e, ea, _s, _t, _sa, ta) => relTypeOf(ea) === "HAS_HONOUR" && honourMatches(ta, f),
      );
      const hasHonourInfo =
        embedded !== null || graph.someOutEdge(n, (_e, ea) => relTypeOf(ea) === "HAS_HONOUR");
      // An organisation without honours is an employer/organiser: not subject to the honour filter.
      ok = type === "Organization" && !hasHonourInfo ? true : viaEdges || embedded === true;
    }
    if (ok && eventActive && type === "Person") {
      ok = graph.someOutEdge(n, (_e, ea, _s, t) => relTypeOf(ea) === "SPOKE_AT" && eventOk.get(t) === true);
    }
    holderOk.set(n, ok);
  });

  graph.forEachNode((n, a) => {
    const type = nodeTypeOf(a);
    let ok = typeOk(a);
    if (ok && type === "Honour" && honourActive) ok = honourMatches(a, f);
    if (ok && type === "Event") {
      ok = eventOk.get(n) === true;
      if (ok && honourActive) {
        // Keep an event only if one of its (loaded) speakers passes the honour filter.
        let speakers = 0;
        let passing = 0;
        graph.forEachInEdge(n, (_e, ea, s) => {
          if (relTypeOf(ea) !== "SPOKE_AT") return;
          speakers++;
          if (holderOk.get(s) === true) passing++;
        });
        ok = speakers === 0 || passing > 0;
      }
    }
    if (ok && (type === "Person" || type === "Organization")) ok = holderOk.get(n) !== false;
    if (ok && type === "Article" && (f.yearFrom !== null || f.yearTo !== null))
      ok = yearInRange(yearOf(a.date), f);
    if (!ok) hidden.add(n);
  });
  if (honourActive || eventActive) pruneStranded(graph, hidden);
  return hidden;
}

/**
 * A coherent subgraph: once people are filtered out, the organisations, events, honours,
 * places and articles that were linked only to hidden nodes are hidden too (no isolated dots).
 * Two rounds: an event left without speakers strands its venue. Nodes that had no links at
 * all stay as they are.
 */
function pruneStranded(graph: AbstractGraph, hidden: Set<string>): void {
  for (let round = 0; round < 2; round++) {
    const stranded: string[] = [];
    graph.forEachNode((n, a) => {
      if (hidden.has(n) || nodeTypeOf(a) === "Person") return;
      let linked = false;
      let visible = false;
      graph.forEachNeighbor(n, (m) => {
        if (m === n) return;
        linked = true;
        if (!hidden.has(m)) visible = true;
      });
      if (linked && !visible) stranded.push(n);
    });
    if (stranded.length === 0) return;
    for (const n of stranded) hidden.add(n);
  }
}

/** People shown and people loaded, for "n of N people match". */
export function peopleCounts(
  graph: AbstractGraph,
  hidden: ReadonlySet<string>,
): { shown: number; total: number } {
  let shown = 0;
  let total = 0;
  graph.forEachNode((n, a) => {
    if (nodeTypeOf(a) !== "Person") return;
    total++;
    if (!hidden.has(n)) shown++;
  });
  return { shown, total };
}

/** A year range that cannot match anything (from after to), or null when the range is possible. */
export function impossibleYearRange(
  yearFrom: number | null,
  yearTo: number | null,
): { from: number; to: number } | null {
  return yearFrom !== null && yearTo !== null && yearFrom > yearTo ? { from: yearFrom, to: yearTo } : null;
}
