/**
 * Accumulates resolved nodes and relationships, merging provenance: a fact seen in several
 * articles keeps every source (article ids and evidence sentences, deduplicated). Nodes keep
 * all their article ids but at most NODE_EVIDENCE_CAP sentences: a hub such as 全国劳动模范 is
 * named in thousands of articles, and its facts' sentences live on its relationships.
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

/** Evidence sentences kept on a node (relationships keep all of theirs). */
export const NODE_EVIDENCE_CAP = 20;

interface Tracked {
  /** Evidence keys already recorded. */
  seen: Set<string>;
  /** Article ids already recorded (the array keeps first-seen order). */
  articles: Set<string>;
}

function addProvenance(
  target: Provenance,
  t: Tracked,
  evidence: Evidence | null,
  articleId: string,
  cap: number,
) {
  if (!t.articles.has(articleId)) {
    t.articles.add(articleId);
    target.articleIds.push(articleId);
  }
  if (evidence && target.evidence.length < cap && !t.seen.has(evidenceKey(evidence))) {
    t.seen.add(evidenceKey(evidence));
    target.evidence.push(evidence);
  }
}

export class GraphBuilder {
  private readonly nodes = new Map<string, { node: GraphNode } & Tracked>();
  private readonly rels = new Map<string, { rel: GraphRel } & Tracked>();

  /** Add or extend a node. The first call fixes its properties; `merge` may update them later. */
  node(init: NodeInit, articleId: string, evidence: Evidence | null, merge?: (existing: GraphNode) => void) {
    let entry = this.nodes.get(init.id);
    if (!entry) {
      const node = { ...init, articleIds: [], evidence: [] } as GraphNode;
      entry = { node, seen: new Set(), articles: new Set() };
      this.nodes.set(init.id, entry);
    } else if (merge) {
      merge(entry.node);
    }
    addProvenance(entry.node, entry, evidence, articleId, NODE_EVIDENCE_CAP);
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
      entry = {
        rel: { ...init, id, articleIds: [], evidence: [] } as GraphRel,
        seen: new Set(),
        articles: new Set(),
      };
      this.rels.set(id, entry);
    } else if (merge) {
      merge(entry.rel);
    }
    addProvenance(entry.rel, entry, evidence, articleId, Number.POSITIVE_INFINITY);
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
