/**
 * Backend-neutral plain shapes for nodes and relationships coming out of a store, evidence
 * parsing, and the collector that turns the nodes/rels found in result rows into a graphology
 * serialized graph. Both value converters (kuzu, neo4j) build on these.
 */
import type { Evidence, NodeLabel, RelType, SerializedGraph } from "../model/types.ts";
import { NODE_LABELS, REL_TYPES } from "../model/types.ts";
import { NODE_PROPS, REL_PROPS } from "./schema-spec.ts";
import type { CypherValue } from "./store.ts";

export type PlainMap = { [key: string]: CypherValue };

/** A node as returned to callers: `id`, `label`, then its label's properties. */
export interface PlainNode extends PlainMap {
  id: string;
  label: string;
}

/** A relationship as returned to callers: `id`, `type`, endpoints (our ids; null if unknown), props. */
export interface PlainRel extends PlainMap {
  id: string;
  type: string;
  source: string | null;
  target: string | null;
}

export function isNodeLabel(x: unknown): x is NodeLabel {
  return typeof x === "string" && (NODE_LABELS as readonly string[]).includes(x);
}

export function isRelType(x: unknown): x is RelType {
  return typeof x === "string" && (REL_TYPES as readonly string[]).includes(x);
}

function isEvidence(x: unknown): x is Evidence {
  if (typeof x !== "object" || x === null) return false;
  const e = x as Record<string, unknown>;
  return typeof e.articleId === "string" && typeof e.sentence === "string";
}

/**
 * Parses evidence: a list of JSON evidence strings (node columns), or one JSON array text
 * (relationship columns of the embedded store); items that are not valid evidence are dropped.
 */
export function parseEvidence(value: unknown): PlainMap[] {
  let list = value;
  if (typeof value === "string") {
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  const out: PlainMap[] = [];
  for (const item of list) {
    let value: unknown = item;
    if (typeof item === "string") {
      try {
        value = JSON.parse(item);
      } catch {
        continue;
      }
    }
    if (isEvidence(value)) {
      out.push({
        articleId: value.articleId,
        sentence: value.sentence,
        offset: Number(value.offset ?? 0),
        spanStart: Number(value.spanStart ?? 0),
        spanEnd: Number(value.spanEnd ?? 0),
      });
    }
  }
  return out;
}

/** Encodes evidence for storage: one JSON string per item. */
export function encodeEvidence(list: readonly Evidence[]): string[] {
  return list.map((e) =>
    JSON.stringify({
      articleId: e.articleId,
      sentence: e.sentence,
      offset: e.offset,
      spanStart: e.spanStart,
      spanEnd: e.spanEnd,
    }),
  );
}

/** The ids of a `[a_1,a_2]` list text (kuzu-rel-provenance.ts; null and anything else: none). */
export function decodeIdList(text: unknown): string[] {
  if (typeof text !== "string" || !text.startsWith("[") || !text.endsWith("]")) return [];
  const inner = text.slice(1, -1).trim();
  return inner === "" ? [] : inner.split(",").map((s) => s.trim());
}

/**
 * Keeps the properties a label/type declares (in spec order) from raw converted properties; an
 * unknown label keeps every property. `evidence` is parsed; absent list properties become [];
 * a relationship's list text (the embedded store's `articleIds`, `[a_1,a_2]`) becomes the list.
 */
export function pickProps(
  owner: string,
  raw: Record<string, CypherValue>,
  kind: "node" | "rel",
): Record<string, CypherValue> {
  const spec =
    kind === "node"
      ? isNodeLabel(owner)
        ? NODE_PROPS[owner]
        : null
      : isRelType(owner)
        ? REL_PROPS[owner]
        : null;
  const out: Record<string, CypherValue> = {};
  if (!spec) {
    for (const [k, v] of Object.entries(raw)) out[k] = k === "evidence" ? parseEvidence(v) : v;
    return out;
  }
  for (const p of spec) {
    const v = raw[p.name];
    if (p.kind === "evidence") out[p.name] = parseEvidence(v);
    else if (p.kind === "string[]")
      out[p.name] = Array.isArray(v) ? v : kind === "rel" && typeof v === "string" ? decodeIdList(v) : [];
    else if (p.kind === "bool") out[p.name] = v === true;
    else out[p.name] = v ?? null;
  }
  return out;
}

export function makeNode(label: string, raw: Record<string, CypherValue>): PlainNode {
  const props = pickProps(label, raw, "node");
  return { ...props, id: String(raw.id ?? ""), label };
}

export function makeRel(
  type: string,
  source: string | null,
  target: string | null,
  raw: Record<string, CypherValue>,
): PlainRel {
  const props = pickProps(type, raw, "rel");
  return { ...props, id: String(raw.id ?? ""), type, source, target };
}

/** Collects nodes and relationships seen in result rows into a serialized graph. */
export class GraphCollector {
  private readonly nodes = new Map<string, PlainNode>();
  private readonly rels = new Map<string, PlainRel>();

  addNode(n: PlainNode): void {
    if (n.id && !this.nodes.has(n.id)) this.nodes.set(n.id, n);
  }

  addRel(r: PlainRel): void {
    if (r.id && !this.rels.has(r.id)) this.rels.set(r.id, r);
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Relationship endpoints (our ids) not present as nodes. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const r of this.rels.values()) {
      for (const end of [r.source, r.target]) if (end && !this.nodes.has(end)) missing.add(end);
    }
    return [...missing];
  }

  toSerialized(): SerializedGraph {
    const graph: SerializedGraph = {
      options: { type: "directed", multi: true, allowSelfLoops: true },
      nodes: [],
      edges: [],
    };
    for (const n of this.nodes.values()) {
      const { id, text: _text, ...attributes } = n;
      graph.nodes.push({ key: id, attributes });
    }
    for (const r of this.rels.values()) {
      if (!r.source || !r.target || !this.nodes.has(r.source) || !this.nodes.has(r.target)) continue;
      const { id, source, target, ...attributes } = r;
      graph.edges.push({ key: id, source, target, attributes });
    }
    return graph;
  }
}
