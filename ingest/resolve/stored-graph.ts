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

/** A chunk of the state file as it was read: its entities' ids and its frame's bytes. */
export interface SavedChunk {
  kind: "nodes" | "rels";
  ids: string[];
  /** The chunk's frame as it is in the file (written again as it is while no entity of it changes). */
  frame: Buffer;
}

export class StoredGraph {
  /** The chunks of the file the texts were read from (their frames are reused for clean chunks). */
  private saved: SavedChunk[] = [];
  /** Chunks of `saved` with an entity changed, added or removed since. */
  private readonly dirty = new Set<number>();
  /** Entity id → its chunk in `saved` (built on the first patch). */
  private chunkOf: Map<string, number> | null = null;
  /** The whole graph as objects, when it was built from (or already turned into) a batch. */
  private whole: GraphBatch | null;
  /** The entities' texts: read from the state, or encoded from `whole` when first asked for. */
  private texts: StoredGraphData | null;

  private constructor(texts: StoredGraphData | null, whole: GraphBatch | null) {
    this.texts = texts;
    this.whole = whole;
  }

  /**
   * The stored form of a batch, kept as the batch (`toBatch()` returns it as it is): the texts are
   * made when the state is saved (`encoded()`, not kept) or an entity is asked for by id.
   */
  static of(batch: GraphBatch): StoredGraph {
    return new StoredGraph(null, batch);
  }

  /** A graph read back from the state file (`saved`: its chunks, to write the clean ones again as they are). */
  static fromData(data: StoredGraphData, saved: SavedChunk[] = []): StoredGraph {
    const g = new StoredGraph(data, null);
    g.saved = saved;
    return g;
  }

  /**
   * The frames of the state file for every node or relationship, [id, JSON] `size` at a time
   * (`frame` makes one): a chunk read from the file and unchanged since is its frame as read; a
   * changed chunk is framed again from its entities' texts; entities in no chunk go in new ones.
   */
  stateFrames(kind: "nodes" | "rels", size: number, frame: (chunk: [string, string][]) => Buffer): Buffer[] {
    if (this.saved.length === 0 || !this.texts)
      return [...this.textChunks(kind, size)].map((chunk) => frame(chunk));
    const texts = this.texts[kind];
    const out: Buffer[] = [];
    const placed = new Set<string>();
    for (const [i, c] of this.saved.entries()) {
      if (c.kind !== kind) continue;
      for (const id of c.ids) placed.add(id);
      if (!this.dirty.has(i)) {
        out.push(c.frame);
        continue;
      }
      const chunk: [string, string][] = [];
      for (const id of c.ids) {
        const text = texts.get(id);
        if (text !== undefined) chunk.push([id, text]);
      }
      if (chunk.length > 0) out.push(frame(chunk));
    }
    let chunk: [string, string][] = [];
    for (const [id, text] of texts) {
      if (placed.has(id)) continue;
      chunk.push([id, text]);
      if (chunk.length === size) {
        out.push(frame(chunk));
        chunk = [];
      }
    }
    if (chunk.length > 0) out.push(frame(chunk));
    return out;
  }

  /** Marks the saved chunk of `id` changed. */
  private touch(id: string): void {
    if (this.saved.length === 0) return;
    if (!this.chunkOf) {
      this.chunkOf = new Map();
      for (const [i, c] of this.saved.entries()) for (const e of c.ids) this.chunkOf.set(e, i);
    }
    const i = this.chunkOf.get(id);
    if (i !== undefined) this.dirty.add(i);
  }

  /** The entities' texts (kept once made). */
  get data(): StoredGraphData {
    this.texts ??= this.encoded();
    return this.texts;
  }

  /** The entities' texts, for the state file: made from the batch and not kept when not made yet. */
  encoded(): StoredGraphData {
    if (this.texts) return this.texts;
    const batch = this.whole!;
    const nodes = new Map<string, string>();
    const rels = new Map<string, string>();
    let articles = 0;
    for (const n of batch.nodes) {
      if (!nodes.has(n.id) && n.label === "Article") articles += 1;
      nodes.set(n.id, JSON.stringify(n));
    }
    for (const r of batch.rels) rels.set(r.id, JSON.stringify(r));
    return { nodes, rels, articles };
  }

  /**
   * The texts of every node or relationship as [id, JSON], `size` at a time: the texts held, or
   * made from the batch one chunk at a time (none kept).
   */
  *textChunks(kind: "nodes" | "rels", size: number): Generator<[string, string][]> {
    let chunk: [string, string][] = [];
    if (this.texts) {
      for (const entry of this.texts[kind]) {
        chunk.push(entry);
        if (chunk.length === size) {
          yield chunk;
          chunk = [];
        }
      }
    } else {
      // Later copies of an id replace earlier ones, as in `encoded()`.
      const list: (GraphNode | GraphRel)[] = this.whole![kind];
      const last = new Map<string, number>();
      for (const [i, e] of list.entries()) last.set(e.id, i);
      for (const [i, e] of list.entries()) {
        if (last.get(e.id) !== i) continue;
        chunk.push([e.id, JSON.stringify(e)]);
        if (chunk.length === size) {
          yield chunk;
          chunk = [];
        }
      }
    }
    if (chunk.length > 0) yield chunk;
  }

  get nodeCount(): number {
    return this.texts ? this.texts.nodes.size : new Set(this.whole!.nodes.map((n) => n.id)).size;
  }

  get relCount(): number {
    return this.texts ? this.texts.rels.size : new Set(this.whole!.rels.map((r) => r.id)).size;
  }

  get articleCount(): number {
    if (this.texts) return this.texts.articles;
    return new Set(this.whole!.nodes.filter((n) => n.label === "Article").map((n) => n.id)).size;
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
    const data = this.data;
    this.whole = null;
    for (const [id, n] of nodes) {
      this.touch(id);
      const old = data.nodes.get(id);
      if (old !== undefined && (JSON.parse(old) as GraphNode).label === "Article") data.articles -= 1;
      if (n === null) data.nodes.delete(id);
      else {
        data.nodes.set(id, JSON.stringify(n));
        if (n.label === "Article") data.articles += 1;
      }
    }
    for (const [id, r] of rels) {
      this.touch(id);
      if (r === null) data.rels.delete(id);
      else data.rels.set(id, JSON.stringify(r));
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
