/**
 * Accumulates resolved nodes and relationships, merging provenance: a fact seen in several
 * articles keeps every source (article ids and evidence sentences, deduplicated). Nodes keep
 * all their article ids but at most NODE_EVIDENCE_CAP sentences: a hub such as 全国劳动模范 is
 * named in thousands of articles, and its facts' sentences live on its relationships.
 *
 * Contributions are folded in a canonical order — by article id, then in the order one article
 * made them — not in the order the resolver met them, so an entity comes out the same whichever
 * other articles were resolved with it, as long as every article that contributes to it was
 * (partial resolution relies on this: ingest/resolve/partial.ts). Hence article ids and evidence
 * are listed by article id, the first contribution (smallest article id) gives the properties
 * a node or relationship is created with, and alias lists are sorted.
 *
 * A builder made `online` takes the contributions already in that order (a whole resolution
 * emits its articles by article id) and folds each one as it comes: it keeps the folded entities
 * only, never the list of contributions (the largest holder of a whole resolution), and gives the
 * same graph.
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

/** One article's contribution to an entity, in the order the resolver made it (`seq`). */
export interface Contribution<T> {
  articleId: string;
  seq: number;
  /** The properties the entity is created with when this is its first contribution. */
  init: T;
  evidence: Evidence | null;
  /** Updates the entity with this contribution (a function of `init` only). */
  merge?: (existing: T) => void;
}

/** Canonical fold order: by article id, then by the order of the article's contributions. */
function byArticle<T>(a: Contribution<T>, b: Contribution<T>): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.seq - b.seq;
}

function fold<T extends Provenance>(
  list: Contribution<Omit<T, "articleIds" | "evidence">>[],
  cap: number,
  make: (init: Omit<T, "articleIds" | "evidence">) => T,
): T {
  list.sort(byArticle);
  const first = list[0]!;
  const out = make(first.init);
  const seen = new Set<string>();
  let lastArticle = "";
  for (const c of list) {
    if (c !== first) c.merge?.(out);
    if (c.articleId !== lastArticle) {
      // Contributions are grouped by article, so a new article id is never seen twice.
      out.articleIds.push(c.articleId);
      lastArticle = c.articleId;
    }
    const e = c.evidence;
    if (e && out.evidence.length < cap) {
      const k = evidenceKey(e);
      if (!seen.has(k)) {
        seen.add(k);
        out.evidence.push(e);
      }
    }
  }
  return out;
}

/**
 * What a node keeps of its contributions besides the fold (an organisation's best name): `step`
 * is given each contribution's init in fold order and returns what is kept; `end` adjusts the
 * folded node with it.
 */
export interface NodeFinish {
  step(kept: string | undefined, init: NodeInit): string | undefined;
  end(n: GraphNode, kept: string | undefined): void;
}

export interface GraphBuilderOptions {
  /** Fold each contribution as it comes; they must come by article id (see the header). */
  online?: boolean;
  finish?: NodeFinish;
}

/** Sorted, duplicate-free alias lists (their order must not depend on the order of articles). */
function sortAliases(n: GraphNode): void {
  if ("aliases" in n && Array.isArray(n.aliases)) n.aliases = [...new Set(n.aliases)].sort();
}

export class GraphBuilder {
  private readonly nodes = new Map<string, Contribution<NodeInit>[]>();
  private readonly rels = new Map<string, Contribution<RelInit & { id: string }>[]>();
  /** Entity id → the decisions (see `depends`) its contributions rest on that may be wrong. */
  private readonly doubtful = new Map<string, Set<string>>();
  private seq = 0;
  private readonly online: boolean;
  private readonly finish: NodeFinish | undefined;
  /** Online: the folded entities. */
  private readonly foldedNodes = new Map<string, GraphNode>();
  private readonly foldedRels = new Map<string, GraphRel>();
  /** Online: what `finish.step` kept per node. */
  private readonly kept = new Map<string, string>();
  /** Online: the article being folded, and the evidence keys each entity took from it. */
  private article = "";
  private seen = new Map<string, Set<string>>();

  constructor(opts: GraphBuilderOptions = {}) {
    this.online = opts.online === true;
    this.finish = opts.finish;
  }

  /** Online: one contribution folded into `folded` (created from it when absent), as `fold` does. */
  private foldOne<T extends Provenance>(
    folded: Map<string, T>,
    id: string,
    c: Contribution<Omit<T, "articleIds" | "evidence">>,
    cap: number,
  ): T {
    if (c.articleId !== this.article) {
      if (c.articleId < this.article)
        throw new Error(`GraphBuilder (online): article ${c.articleId} came after ${this.article}`);
      this.article = c.articleId;
      this.seen = new Map();
    }
    let out = folded.get(id);
    if (!out) {
      out = structuredCloneInit<T>(c.init);
      folded.set(id, out);
    } else c.merge?.(out);
    if (out.articleIds[out.articleIds.length - 1] !== c.articleId) out.articleIds.push(c.articleId);
    const e = c.evidence;
    if (e && out.evidence.length < cap) {
      const k = evidenceKey(e);
      let seen = this.seen.get(id);
      if (!seen) {
        seen = new Set();
        this.seen.set(id, seen);
      }
      if (!seen.has(k)) {
        seen.add(k);
        out.evidence.push(e);
      }
    }
    return out;
  }

  /**
   * Record that `id` got a contribution resting on decisions made without all their evidence (a
   * partial resolution's person clusters or event identities for keys it did not read whole).
   */
  private doubt(id: string, keys: readonly string[] | undefined): void {
    if (!keys || keys.length === 0) return;
    const set = this.doubtful.get(id);
    if (set) for (const k of keys) set.add(k);
    else this.doubtful.set(id, new Set(keys));
  }

  /** Entity id → the incompletely read decision keys its contributions rest on. */
  doubts(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.doubtful;
  }

  /**
   * Add or extend a node. The first contribution (by article id) gives its properties; `merge`
   * (a function of this call's `init`) updates them with each later one.
   */
  node(
    init: NodeInit,
    articleId: string,
    evidence: Evidence | null,
    merge?: (existing: GraphNode) => void,
    depends?: readonly string[],
  ): void {
    this.doubt(init.id, depends);
    const c: Contribution<NodeInit> = { articleId, seq: this.seq++, init, evidence };
    if (merge) c.merge = merge as (existing: NodeInit) => void;
    if (this.online) {
      this.foldOne(
        this.foldedNodes,
        init.id,
        c as Contribution<Omit<GraphNode, "articleIds" | "evidence">>,
        NODE_EVIDENCE_CAP,
      );
      if (this.finish) {
        const k = this.finish.step(this.kept.get(init.id), init);
        if (k !== undefined) this.kept.set(init.id, k);
      }
      return;
    }
    const list = this.nodes.get(init.id);
    if (list) list.push(c);
    else this.nodes.set(init.id, [c]);
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id) || this.foldedNodes.has(id);
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
    depends?: readonly string[],
  ): void {
    const id = relId(init.type, init.source, init.target, qualifier);
    this.doubt(id, depends);
    const c: Contribution<RelInit & { id: string }> = {
      articleId,
      seq: this.seq++,
      init: { ...init, id } as RelInit & { id: string },
      evidence,
    };
    if (merge) c.merge = merge as (existing: RelInit & { id: string }) => void;
    if (this.online) {
      this.foldOne(
        this.foldedRels,
        id,
        c as Contribution<Omit<GraphRel, "articleIds" | "evidence">>,
        Number.POSITIVE_INFINITY,
      );
      return;
    }
    const list = this.rels.get(id);
    if (list) list.push(c);
    else this.rels.set(id, [c]);
  }

  /**
   * Per entity id (nodes and relationships) and per contributing article, what the article
   * contributed, as text: two resolutions agree on an article's part in an entity when these agree.
   */
  contributionsByArticle(): Map<string, Map<string, string>> {
    const out = new Map<string, Map<string, string>>();
    const add = (id: string, list: readonly Contribution<unknown>[]) => {
      const perArticle = new Map<string, string>();
      for (const c of [...list].sort(byArticle)) {
        const text = JSON.stringify([c.init, c.evidence]);
        const prev = perArticle.get(c.articleId);
        perArticle.set(c.articleId, prev === undefined ? text : `${prev}\n${text}`);
      }
      out.set(id, perArticle);
    };
    for (const [id, list] of this.nodes) add(id, list as readonly Contribution<unknown>[]);
    for (const [id, list] of this.rels) add(id, list as readonly Contribution<unknown>[]);
    return out;
  }

  /**
   * The graph, nodes and relationships sorted by id so output is deterministic; the builder's
   * `finish` adjusts each node once all its contributions are folded (an organisation's name).
   * An online builder hands its entities over (it holds none after).
   */
  build(): GraphBatch {
    const finish = this.finish;
    const nodes: GraphNode[] = [];
    const rels: GraphRel[] = [];
    if (this.online) {
      // By id: the ids sorted natively (no comparator called from the sort: a third of the
      // build's time at 30,000 articles), each entity taken from its map.
      for (const id of [...this.foldedNodes.keys()].sort()) {
        const n = this.foldedNodes.get(id)!;
        finish?.end(n, this.kept.get(id));
        sortAliases(n);
        nodes.push(n);
      }
      for (const id of [...this.foldedRels.keys()].sort()) rels.push(this.foldedRels.get(id)!);
      this.foldedNodes.clear();
      this.foldedRels.clear();
      this.kept.clear();
      this.seen = new Map();
    }
    for (const list of this.nodes.values()) {
      const n = fold<GraphNode>(
        list as Contribution<Omit<GraphNode, "articleIds" | "evidence">>[],
        NODE_EVIDENCE_CAP,
        (init) => structuredCloneInit(init),
      );
      if (finish) {
        let kept: string | undefined;
        for (const c of list) kept = finish.step(kept, c.init);
        finish.end(n, kept);
      }
      sortAliases(n);
      nodes.push(n);
    }
    for (const list of this.rels.values())
      rels.push(
        fold<GraphRel>(
          list as Contribution<Omit<GraphRel, "articleIds" | "evidence">>[],
          Number.POSITIVE_INFINITY,
          (init) => structuredCloneInit(init),
        ),
      );
    if (!this.online) {
      nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      rels.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    const ids = new Set(nodes.map((n) => n.id));
    for (const r of rels) {
      if (!ids.has(r.source) || !ids.has(r.target)) {
        throw new Error(`GraphBuilder.build: relationship ${r.type} ${r.id} points at a missing node`);
      }
    }
    return { nodes, rels };
  }
}

/** A fresh entity from its first contribution (arrays copied: merges push into them). */
function structuredCloneInit<T>(init: Omit<T, "articleIds" | "evidence">): T {
  const out: Record<string, unknown> = { ...(init as Record<string, unknown>) };
  for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) out[k] = [...v];
  out.articleIds = [];
  out.evidence = [];
  return out as T;
}
