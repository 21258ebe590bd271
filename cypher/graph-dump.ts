/**
 * A canonical dump of a stored graph — every node with its label and properties, every
 * relationship with its type, endpoint ids and properties, sorted by id — for comparing two
 * stores (incremental ingest against a rebuild) property by property.
 */
import type { CypherValue, GraphStore } from "./store.ts";

export interface GraphDump {
  nodes: Record<string, CypherValue>[];
  rels: Record<string, CypherValue>[];
}

const NO_LIMIT = 100_000_000;

/**
 * Keys of a converted relationship that are not its properties: its type and endpoints, which
 * the dump takes from the query's own columns. (The store's conversion resolves a relationship's
 * endpoints only up to a bound per result, so on a whole graph they can come back null.)
 */
const DERIVED_REL_KEYS = new Set(["type", "source", "target"]);

function plain(
  v: CypherValue | undefined,
  derived: ReadonlySet<string> = new Set(),
): Record<string, CypherValue> {
  const out: Record<string, CypherValue> = {};
  if (!v || typeof v !== "object" || Array.isArray(v)) return out;
  for (const k of Object.keys(v).sort()) {
    const x = v[k];
    // Engine-internal fields (kuzu's _id, _src, _dst, Neo4j's element ids) and the Neo4j store's
    // generation stamp say where a row lies, not what the graph holds.
    if (k.startsWith("_") || k === "generation" || k === "elementId" || x === undefined) continue;
    if (derived.has(k)) continue;
    out[k] = x;
  }
  return out;
}

export async function dumpGraph(store: GraphStore): Promise<GraphDump> {
  const opts = { rowLimit: NO_LIMIT, timeoutMs: 600_000 };
  const neo = store.kind === "neo4j";
  const n = await store.runReadOnly(
    `MATCH (n) RETURN ${neo ? "labels(n)[0]" : "label(n)"} AS label, n`,
    {},
    opts,
  );
  const r = await store.runReadOnly(
    `MATCH (a)-[r]->(b) RETURN ${neo ? "type(r)" : "label(r)"} AS type, a.id AS source, b.id AS target, r`,
    {},
    opts,
  );
  const nodes = n.rows.map(([label, node]) => ({ label: label ?? null, ...plain(node) }));
  const rels = r.rows.map(([type, source, target, rel]) => ({
    type: type ?? null,
    source: source ?? null,
    target: target ?? null,
    ...plain(rel, DERIVED_REL_KEYS),
  }));
  const byId = (a: Record<string, CypherValue>, b: Record<string, CypherValue>) =>
    String(a.id).localeCompare(String(b.id));
  return { nodes: nodes.sort(byId), rels: rels.sort(byId) };
}
