/**
 * Turns store rows (plain nodes `{id,label,…}` and rels `{id,type,source,target,…}` anywhere
 * in them) into the API's display graph: node attributes `label` = display name,
 * `nodeType` = graph label; edge attribute `type`. Heavy fields (article text, evidence) stay out.
 */
import { NODE_LABELS, REL_TYPES, type SerializedGraph } from "../../model/types.ts";
import { isRecord, type Row } from "./row-values.ts";

const NODE_LABEL_SET = new Set<string>(NODE_LABELS);
const REL_TYPE_SET = new Set<string>(REL_TYPES);

/** Attributes never sent on graph nodes/edges (use /api/nodes/:id for them). */
const HEAVY = new Set(["text", "evidence", "mergeKey"]);

export type GraphAttrs = Record<string, unknown>;

export function isPlainNode(v: unknown): v is Row & { id: string; label: string } {
  return (
    isRecord(v) && typeof v.id === "string" && typeof v.label === "string" && NODE_LABEL_SET.has(v.label)
  );
}

export function isPlainRel(
  v: unknown,
): v is Row & { id: string; type: string; source: string; target: string } {
  return (
    isRecord(v) &&
    typeof v.id === "string" &&
    typeof v.type === "string" &&
    REL_TYPE_SET.has(v.type) &&
    typeof v.source === "string" &&
    typeof v.target === "string"
  );
}

export function displayNodeAttrs(node: Row): GraphAttrs {
  const out: GraphAttrs = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "id" || HEAVY.has(k)) continue;
    out[k === "label" ? "nodeType" : k] = v;
  }
  out.label = typeof node.name === "string" ? node.name : String(node.id);
  if (Array.isArray(node.articleIds)) out.articleCount = node.articleIds.length;
  delete out.articleIds;
  return out;
}

export function displayEdgeAttrs(rel: Row): GraphAttrs {
  const out: GraphAttrs = {};
  for (const [k, v] of Object.entries(rel)) {
    if (k === "id" || k === "source" || k === "target" || HEAVY.has(k) || v === null) continue;
    out[k] = v;
  }
  if (Array.isArray(rel.articleIds)) out.articleCount = rel.articleIds.length;
  delete out.articleIds;
  if (Array.isArray(rel.evidence)) out.evidenceCount = rel.evidence.length;
  return out;
}

/** Graph builder that keeps first-seen nodes and rels, dropping dangling rels at the end. */
export class DisplayGraph {
  readonly nodes = new Map<string, Row>();
  readonly rels = new Map<string, Row & { source: string; target: string }>();

  addNode(n: Row & { id: string }): void {
    if (!this.nodes.has(n.id)) this.nodes.set(n.id, n);
  }

  addRel(r: Row & { id: string; source: string; target: string }): void {
    if (!this.rels.has(r.id)) this.rels.set(r.id, r);
  }

  /** Walks any JSON value and adds every plain node / rel found. */
  collect(value: unknown): void {
    if (Array.isArray(value)) {
      for (const v of value) this.collect(v);
      return;
    }
    if (!isRecord(value)) return;
    if (isPlainNode(value)) this.addNode(value);
    else if (isPlainRel(value)) this.addRel(value);
    else for (const v of Object.values(value)) this.collect(v);
  }

  toSerialized(): SerializedGraph {
    const graph: SerializedGraph = {
      options: { type: "directed", multi: true, allowSelfLoops: true },
      nodes: [],
      edges: [],
    };
    for (const [key, n] of this.nodes) graph.nodes.push({ key, attributes: displayNodeAttrs(n) });
    for (const [key, r] of this.rels) {
      if (!this.nodes.has(r.source) || !this.nodes.has(r.target)) continue;
      graph.edges.push({ key, source: r.source, target: r.target, attributes: displayEdgeAttrs(r) });
    }
    return graph;
  }
}

export function graphFromRows(rows: unknown[]): SerializedGraph {
  const g = new DisplayGraph();
  g.collect(rows);
  return g.toSerialized();
}

/** Re-labels a store-made serialized graph (attributes.label = graph label) for display. */
export function toDisplayGraph(graph: SerializedGraph): SerializedGraph {
  return {
    options: graph.options ?? { type: "directed", multi: true, allowSelfLoops: true },
    nodes: graph.nodes.map((n) => ({
      key: n.key,
      attributes: displayNodeAttrs({ ...n.attributes, id: n.key }),
    })),
    edges: graph.edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: displayEdgeAttrs(e.attributes),
    })),
  };
}
