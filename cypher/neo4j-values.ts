/**
 * Converts neo4j-driver values into JSON-safe plain values: Integer → number (string when outside
 * the safe range), Node/Relationship/Path → plain objects with our ids, temporal values → ISO text.
 * Also converts call parameters the other way (integral numbers → Integer, as Cypher expects).
 */
import neo4j, { type Node, type Path, type Relationship } from "neo4j-driver";
import type { GraphCollector, PlainMap } from "./plain-values.ts";
import { isNodeLabel, makeNode, makeRel, parseEvidence } from "./plain-values.ts";
import type { CypherValue } from "./store.ts";

export interface Neo4jConvertContext {
  /** elementId → our `id` of every node seen in the row. */
  elementIds: Map<string, string>;
  collector?: GraphCollector;
}

function nodeLabel(n: Node): string {
  return n.labels.find(isNodeLabel) ?? n.labels[0] ?? "";
}

/** Records the elementId → id of every node (also inside paths, lists and maps) in `values`. */
export function indexElementIds(values: unknown[], into = new Map<string, string>()): Map<string, string> {
  const walk = (v: unknown): void => {
    if (neo4j.isNode(v as object)) {
      const n = v as Node;
      if (typeof n.properties.id === "string") into.set(n.elementId, n.properties.id);
    } else if (neo4j.isPath(v as object)) {
      const p = v as Path;
      walk(p.start);
      walk(p.end);
      for (const s of p.segments) {
        walk(s.start);
        walk(s.end);
      }
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x);
    } else if (
      v &&
      typeof v === "object" &&
      !neo4j.isInt(v) &&
      Object.getPrototypeOf(v) === Object.prototype
    ) {
      for (const x of Object.values(v)) walk(x);
    }
  };
  walk(values);
  return into;
}

function props(p: Record<string, unknown>, ctx: Neo4jConvertContext): Record<string, CypherValue> {
  const out: Record<string, CypherValue> = {};
  for (const [k, v] of Object.entries(p)) out[k] = neo4jToPlain(v, ctx);
  return out;
}

function convertRel(r: Relationship, ctx: Neo4jConvertContext): CypherValue {
  const rel = makeRel(
    r.type,
    ctx.elementIds.get(r.startNodeElementId) ?? null,
    ctx.elementIds.get(r.endNodeElementId) ?? null,
    props(r.properties, ctx),
  );
  ctx.collector?.addRel(rel);
  return rel;
}

/** Converts one driver value (recursively). */
export function neo4jToPlain(v: unknown, ctx: Neo4jConvertContext): CypherValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "bigint") return Number(v);
  if (neo4j.isInt(v)) {
    const i = v as ReturnType<typeof neo4j.int>;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (Array.isArray(v)) return v.map((x) => neo4jToPlain(x, ctx));
  if (typeof v !== "object") return String(v);
  if (neo4j.isNode(v)) {
    const n = v as Node;
    const node = makeNode(nodeLabel(n), props(n.properties, ctx));
    ctx.collector?.addNode(node);
    return node;
  }
  if (neo4j.isRelationship(v)) return convertRel(v as Relationship, ctx);
  if (neo4j.isPath(v)) {
    const p = v as Path;
    const nodes = [p.start, ...p.segments.map((s) => s.end)].map((n) => neo4jToPlain(n, ctx));
    const rels = p.segments.map((s) => convertRel(s.relationship, ctx));
    return { nodes, rels };
  }
  const o = v as object;
  if (
    neo4j.isDate(o) ||
    neo4j.isDateTime(o) ||
    neo4j.isLocalDateTime(o) ||
    neo4j.isLocalTime(o) ||
    neo4j.isTime(o) ||
    neo4j.isDuration(o)
  ) {
    return o.toString();
  }
  if (neo4j.isPoint(o)) {
    const p = o as { srid: unknown; x: number; y: number; z?: number };
    return { srid: neo4jToPlain(p.srid, ctx), x: p.x, y: p.y, z: p.z ?? null };
  }
  const out: PlainMap = {};
  for (const [k, x] of Object.entries(o)) {
    out[k] = k === "evidence" && Array.isArray(x) ? parseEvidence(x) : neo4jToPlain(x, ctx);
  }
  return out;
}

/** Converts a record's fields in key order. */
export function neo4jRecordToPlain(
  record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown },
  ctx: Neo4jConvertContext,
): CypherValue[] {
  const values = record.keys.map((k) => record.get(k));
  indexElementIds(values, ctx.elementIds);
  return record.keys.map((k, i) =>
    k === "evidence" && Array.isArray(values[i]) ? parseEvidence(values[i]) : neo4jToPlain(values[i], ctx),
  );
}

/** Parameters for the driver: integral numbers become Integer (Cypher LIMIT/SKIP need integers). */
export function toNeo4jParams(v: unknown): unknown {
  if (typeof v === "number" && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4jParams);
  if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4jParams(x)]));
  }
  return v;
}
