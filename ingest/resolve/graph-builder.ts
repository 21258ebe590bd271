/**
 * Accumulates resolved nodes and relationships, merging provenance: a fact seen in several
 * articles keeps every source (article ids and evidence sentences, deduplicated).
 */
import { relId } from "../../model/ids.ts";
import type { Evidence, GraphBatch, GraphNode, GraphRel, Provenance } from "../../model/types.ts";

/** Omit that distributes over a union, keeping each member's own properties. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type NodeInit = DistributiveOmit<GraphNode, "articleIds" | "evidence">;
type RelInit = DistributiveOmit<GraphRel, "articleIds" | "evidence" | "id">;

function evidenceKey(e: Evidence): string {
  return `${e.articleId}\u0001${e.offset}\u0001${e.spanStart}\u0001${e.spanEnd}`;
}

function addProvenance(target: Provenance, seen: Set<string>, evidence: Evidence | null, articleId: string) {
  if (!target.articleIds.includes(articleId)) target.articleIds.push(articleId);
  if (evidence && !seen.has(evidenceKey(evidence))) {
    seen.add(evidenceKey(evidence));
    target.evidence.push(evidence);
  }
}

export class GraphBuilder {
  private readonly nodes = new Map<string, { node: GraphNode; seen: Set<string> }>();
  private readonly rels = new Map<string, { rel: GraphRel; seen: Set<string> }>();

  /** Add or extend a node. The first call fixes its properties; `merge` may update them later. */
  node(init: NodeInit, articleId: string, evidence: Evidence | null, merge?: (existing: GraphNode) => void) {
    let entry = this.nodes.get(init.id);
    if (!entry) {
      const node = { ...init, articleIds: [], evidence: [] } as GraphNode;
      entry = { node, seen: new Set() };
      this.nodes.set(init.id, entry);
    } else if (merge) {
      merge(entry.node);
    }
    addProvenance(entry.node, entry.seen, evidence, articleId);
    return entry.node;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /**
   * Add or extend a relationship. Its id is derived from type, endpoints and `qualifier`
   * (e.g. the organiser role), so the same fact from two articles is one relationship.
   */
  rel(
    init: RelInit,
    qualifier: string,
    articleId: string,
    evidence: Evidence | null,
    merge?: (r: GraphRel) => void,
  ) {
    const id = relId(init.type, init.source, init.target, qualifier);
    let entry = this.rels.get(id);
    if (!entry) {
      entry = { rel: { ...init, id, articleIds: [], evidence: [] } as GraphRel, seen: new Set() };
      this.rels.set(id, entry);
    } else if (merge) {
      merge(entry.rel);
    }
    addProvenance(entry.rel, entry.seen, evidence, articleId);
    return entry.rel;
  }

  /** The graph, nodes and relationships sorted by id so output is deterministic. */
  build(): GraphBatch {
    const nodes = [...this.nodes.values()].map((e) => e.node).sort((a, b) => a.id.localeCompare(b.id));
    const rels = [...this.rels.values()].map((e) => e.rel).sort((a, b) => a.id.localeCompare(b.id));
    for (const r of rels) {
      if (!this.nodes.has(r.source) || !this.nodes.has(r.target)) {
        throw new Error(`GraphBuilder.build: relationship ${r.type} ${r.id} points at a missing node`);
      }
    }
    return { nodes, rels };
  }
}
