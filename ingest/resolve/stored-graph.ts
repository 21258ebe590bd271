/**
 * The resolved graph as the resolution state keeps it: each node and relationship as its own JSON
 * text, keyed by id, parsed only when asked for. Loading the state then costs the copy of one
 * string per entity instead of rebuilding every object of the graph (its evidence sentences, ids
 * and properties), and a partial resolution parses only the entities it touches; saving it
 * serialises strings, re-encoding only the entities that changed. `toBatch()` builds the whole
 * graph for the consumers that need it (a full write, corrections, a dry run).
 */
import type { GraphBatch, GraphNode, GraphRel } from "../../model/types.ts";

/** What the state file holds (plain data: `v8.serialize` keeps no class). */
export interface StoredGraphData {
  /** Node id → JSON of the node. */
  nodes: Map<string, string>;
  /** Relationship id → JSON of the relationship. */
  rels: Map<string, string>;
  /** Article nodes among `nodes`. */
  articles: number;
}

export class StoredGraph {
  /** The whole graph as objects, when it was built from (or already turned into) a batch. */
  private whole: GraphBatch | null;

  private constructor(
    readonly data: StoredGraphData,
    whole: GraphBatch | null,
  ) {
    this.whole = whole;
  }

  /** The stored form of a batch (the batch is kept: `toBatch()` returns it as it is). */
  static of(batch: GraphBatch): StoredGraph {
    const nodes = new Map<string, string>();
    const rels = new Map<string, string>();
    let articles = 0;
    for (const n of batch.nodes) {
      if (!nodes.has(n.id) && n.label === "Article") articles += 1;
      nodes.set(n.id, JSON.stringify(n));
    }
    for (const r of batch.rels) rels.set(r.id, JSON.stringify(r));
    return new StoredGraph({ nodes, rels, articles }, batch);
  }

  /** A graph read back from the state file. */
  static fromData(data: StoredGraphData): StoredGraph {
    return new StoredGraph(data, null);
  }

  get nodeCount(): number {
    return this.data.nodes.size;
  }

  get relCount(): number {
    return this.data.rels.size;
  }

  get articleCount(): number {
    return this.data.articles;
  }

  hasNode(id: string): boolean {
    return this.data.nodes.has(id);
  }

  /** A fresh copy of node `id` (the caller may change it). */
  node(id: string): GraphNode | undefined {
    const s = this.data.nodes.get(id);
    return s === undefined ? undefined : (JSON.parse(s) as GraphNode);
  }

  /** A fresh copy of relationship `id`. */
  rel(id: string): GraphRel | undefined {
    const s = this.data.rels.get(id);
    return s === undefined ? undefined : (JSON.parse(s) as GraphRel);
  }

  /** Ids of the relationships that start or end at one of `nodes` (a scan of every relationship). */
  relsAt(nodes: ReadonlySet<string>): string[] {
    const out: string[] = [];
    for (const [id, s] of this.data.rels) {
      // The JSON holds the endpoint ids verbatim: only candidates are parsed.
      let hit = false;
      for (const n of nodes)
        if (s.includes(n)) {
          hit = true;
          break;
        }
      if (!hit) continue;
      const r = JSON.parse(s) as GraphRel;
      if (nodes.has(r.source) || nodes.has(r.target)) out.push(id);
    }
    return out;
  }

  /**
   * Replaces entities in place: a value sets the entity (new ones go last), null removes it. The
   * whole-graph copy, if any, is dropped.
   */
  patch(nodes: ReadonlyMap<string, GraphNode | null>, rels: ReadonlyMap<string, GraphRel | null>): void {
    this.whole = null;
    for (const [id, n] of nodes) {
      const old = this.data.nodes.get(id);
      if (old !== undefined && (JSON.parse(old) as GraphNode).label === "Article") this.data.articles -= 1;
      if (n === null) this.data.nodes.delete(id);
      else {
        this.data.nodes.set(id, JSON.stringify(n));
        if (n.label === "Article") this.data.articles += 1;
      }
    }
    for (const [id, r] of rels) {
      if (r === null) this.data.rels.delete(id);
      else this.data.rels.set(id, JSON.stringify(r));
    }
  }

  /** The whole graph as objects (built once; callers may change it, as they did the batch). */
  toBatch(): GraphBatch {
    this.whole ??= {
      nodes: [...this.data.nodes.values()].map((s) => JSON.parse(s) as GraphNode),
      rels: [...this.data.rels.values()].map((s) => JSON.parse(s) as GraphRel),
    };
    return this.whole;
  }
}
