/**
 * The overview carries names and links only; the honour and year filters need each
 * person's honour levels/categories and each event's date. This fetches them with two
 * read-only queries over /api/cypher (plain Cypher valid on kuzu and Neo4j) and stores
 * them as data attributes (`honourLevels`, `honourCategories`, `date`) on the graph.
 */
import type { AbstractGraph } from "graphology-types";
import { cypher } from "./api.ts";
import { nodeTypeOf } from "./graph-filter.ts";

const CHUNK = 250;

const HONOURS_QUERY = `MATCH (p:Person)-[:HAS_HONOUR]->(h:Honour)
WHERE p.id IN $ids
RETURN p.id AS id, h.level AS level, h.category AS category`;

const DATES_QUERY = `MATCH (e:Event)
WHERE e.id IN $ids
RETURN e.id AS id, e.date AS date`;

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** Adds honour and date attributes to the nodes that lack them. Returns how many nodes changed. */
export async function enrichOverview(graph: AbstractGraph): Promise<number> {
  const persons = graph.filterNodes((_n, a) => nodeTypeOf(a) === "Person" && a.honourLevels === undefined);
  const events = graph.filterNodes((_n, a) => nodeTypeOf(a) === "Event" && a.date === undefined);
  let changed = 0;
  for (const ids of chunks(persons, CHUNK)) {
    const res = await cypher(HONOURS_QUERY, { ids });
    const levels = new Map<string, Set<string>>();
    const cats = new Map<string, Set<string>>();
    for (const id of ids) {
      levels.set(id, new Set());
      cats.set(id, new Set());
    }
    for (const [id, level, category] of res.rows) {
      if (typeof id !== "string") continue;
      if (typeof level === "string" && level) levels.get(id)?.add(level);
      if (typeof category === "string" && category) cats.get(id)?.add(category);
    }
    for (const id of ids) {
      if (!graph.hasNode(id)) continue;
      graph.mergeNodeAttributes(id, {
        honourLevels: [...(levels.get(id) ?? [])],
        honourCategories: [...(cats.get(id) ?? [])],
      });
      changed++;
    }
  }
  for (const ids of chunks(events, CHUNK)) {
    const res = await cypher(DATES_QUERY, { ids });
    for (const [id, date] of res.rows) {
      if (typeof id !== "string" || !graph.hasNode(id)) continue;
      graph.setNodeAttribute(id, "date", typeof date === "string" ? date : null);
      changed++;
    }
  }
  return changed;
}
