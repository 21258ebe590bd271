/**
 * The node ids of a shortest path between two nodes: from the store's `shortest-path` query
 * (rows holding node lists), or — when that query is not installed — a breadth-first search over
 * `report-node-rels`, batched per level and bounded in depth and frontier size.
 */
import type { CypherValue, GraphStore } from "../cypher/store.ts";
import { NotFoundError } from "../model/errors.ts";
import { fetchRels } from "./fetch-graph.ts";

const MAX_HOPS = 6;
const MAX_FRONTIER = 5000;

/** Node ids in path order from one row of `shortest-path`, whatever its column names. */
function idsFromRow(row: Record<string, CypherValue>, from: string, to: string): string[] | null {
  for (const v of Object.values(row)) {
    if (!Array.isArray(v) || v.length === 0) continue;
    const ids = v.map((x) =>
      typeof x === "string" ? x : typeof x === "object" && x !== null && !Array.isArray(x) ? x.id : null,
    );
    if (
      ids.every((x): x is string => typeof x === "string") &&
      ids[0] &&
      (ids[0] === from || ids[0] === to)
    ) {
      return ids[0] === from ? ids : ids.reverse();
    }
  }
  return null;
}

async function breadthFirst(store: GraphStore, from: string, to: string): Promise<string[] | null> {
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  for (let depth = 0; depth < MAX_HOPS && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const r of await fetchRels(store, frontier.slice(0, MAX_FRONTIER))) {
      if (parent.has(r.other.id)) continue;
      parent.set(r.other.id, r.nodeId);
      next.push(r.other.id);
      if (r.other.id === to) {
        const path = [to];
        for (let p = parent.get(to); p; p = parent.get(p)) path.unshift(p);
        return path;
      }
    }
    frontier = next;
  }
  return null;
}

export async function findPath(store: GraphStore, from: string, to: string): Promise<string[] | null> {
  if (from === to) return [from];
  let rows: Record<string, CypherValue>[];
  try {
    rows = await store.query("shortest-path", { from, to });
  } catch (err) {
    if (err instanceof NotFoundError) return breadthFirst(store, from, to);
    throw err;
  }
  for (const row of rows) {
    const ids = idsFromRow(row, from, to);
    if (ids) return ids;
  }
  return null;
}
