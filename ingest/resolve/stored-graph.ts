/**
 * The resolved graph as the resolution state keeps it: each node and relationship as its own JSON
 * text, keyed by id, in tables read by key (../keyed-store.ts), and per node the ids of its
 * relationships. A partial resolution reads and parses only the entities it touches (their shards),
 * patches them and saves the shards it changed; `toBatch()` builds the whole graph for the
 * consumers that need it (a full write, corrections, a dry run).
 */
import type { GraphScan } from "../../cypher/prepare-batch.ts";
import type { Evidence, GraphBatch, GraphNode, GraphRel } from "../../model/types.ts";
import {
  addToList,
  dropFromList,
  KeyedTable,
  LIST_SEP,
  listOf,
  MapTable,
  type StringTable,
  type WholeTable,
  wholeOf,
} from "../keyed-store.ts";

/** The tables of a stored graph. */
export interface GraphTables {
  /** Node id → JSON of the node. */
  nodes: StringTable;
  /** Relationship id → JSON of the relationship. */
  rels: StringTable;
  /** Node id → the ids of the relationships that start or end at it, joined by U+0001. */
  adj: StringTable;
  /** Article id → the article's text: what a stored evidence's sentence is read from (see `encode`). */
  texts: StringTable;
}

/** Entries per shard aimed at: a node or relationship text is about a kilobyte at 100k articles (a shard about 64 KiB). */
export const GRAPH_PER_SHARD = 64;
/** … a node's relationship ids are a few hundred bytes. */
export const ADJ_PER_SHARD = 256;
/** … an article's text is about half a kilobyte. */
export const TEXTS_PER_SHARD = 128;

/**
 * Evidence as the state keeps it: [index in the entity's `articleIds`, offset, sentence length,
 * spanStart, spanEnd]. Every evidence sentence is a slice of its article's text (text-context.ts
 * `spanAt`), and sentences made up about half of the state's bytes, written once per fact that
 * rests on them (and kept the entity texts two bytes a character, Chinese): the texts are kept
 * once, in `texts`, and a sentence is cut from them when the entity is read.
 */
type StoredEvidence = [number, number, number, number, number];

/** Above this many article ids an entity's ids are looked up in a map, not searched. */
const SEARCH_IDS = 16;

/**
 * The state's text of an entity: its JSON with each evidence whose sentence is its article's text
 * at its offset (`textOf`) kept as a `StoredEvidence`; any other evidence is kept whole.
 */
function encode(x: GraphNode | GraphRel, textOf: (articleId: string) => string | undefined): string {
  const evidence = x.evidence;
  if (evidence.length === 0) return JSON.stringify(x);
  const ids = x.articleIds;
  const index = ids.length > SEARCH_IDS ? new Map(ids.map((id, i) => [id, i])) : null;
  const stored: (Evidence | StoredEvidence)[] = new Array(evidence.length);
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k]!;
    const i = index ? (index.get(e.articleId) ?? -1) : ids.indexOf(e.articleId);
    const text = i < 0 ? undefined : textOf(e.articleId);
    stored[k] = text?.startsWith(e.sentence, e.offset)
      ? [i, e.offset, e.sentence.length, e.spanStart, e.spanEnd]
      : e;
  }
  // The entity's own object is written with its evidence swapped (its key order kept) and restored.
  (x as { evidence: unknown }).evidence = stored;
  try {
    return JSON.stringify(x);
  } finally {
    x.evidence = evidence;
  }
}

/** The entity of a state's text (`encode`), each stored evidence's sentence cut from its article's text. */
function decode<T extends GraphNode | GraphRel>(
  text: string,
  textOf: (articleId: string) => string | undefined,
): T {
  const x = JSON.parse(text) as T;
  const evidence = x.evidence as (Evidence | StoredEvidence)[];
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k]!;
    if (!Array.isArray(e)) continue;
    const articleId = x.articleIds[e[0]]!;
    const article = textOf(articleId);
    if (article === undefined)
      throw new Error(`resolution state: the text of article ${articleId} (evidence of ${x.id}) is missing`);
    evidence[k] = {
      articleId,
      sentence: article.slice(e[1], e[1] + e[2]),
      offset: e[1],
      spanStart: e[3],
      spanEnd: e[4],
    };
  }
  return x;
}

/** Article id → text of the Article nodes of `nodes`. */
function articleTexts(nodes: readonly (GraphNode | undefined)[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const n of nodes) if (n?.label === "Article" && typeof n.text === "string") texts.set(n.id, n.text);
  return texts;
}

export class StoredGraph {
  /** The whole graph as objects, when it was built from (or already turned into) a batch. */
  private whole: GraphBatch | null;
  /** The entities' texts: read from the state, or encoded from `whole` when first asked for by id. */
  private tables: GraphTables | null;
  private articles: number;
  /** The batch was handed over (`takeBatch`) and nothing is left to read. */
  private handedOver = false;

  /** Every id of `whole` is given once (a resolver's graph), so no shard need look for copies. */
  private readonly unique: boolean;

  private constructor(
    tables: GraphTables | null,
    whole: GraphBatch | null,
    articles: number,
    unique = false,
  ) {
    this.tables = tables;
    this.whole = whole;
    this.articles = articles;
    this.unique = unique;
  }

  /**
   * The stored form of a batch, kept as the batch (`toBatch()` returns it as it is): its texts are
   * made when the state is written (`wholeTables()`) or an entity is asked for by id. `unique`:
   * the batch gives each id once (a resolver's `GraphBuilder.build`).
   */
  static of(batch: GraphBatch, opts: { unique?: boolean } = {}): StoredGraph {
    const articles = new Set(batch.nodes.filter((n) => n.label === "Article").map((n) => n.id)).size;
    return new StoredGraph(null, batch, articles, opts.unique === true);
  }

  /** A graph read from the state's tables (`articles`: how many Article nodes they hold). */
  static fromTables(tables: GraphTables, articles: number): StoredGraph {
    return new StoredGraph(tables, null, articles);
  }

  /** The tables, made in memory from the batch when the graph was built from one. */
  private get data(): GraphTables {
    if (this.tables) return this.tables;
    if (this.handedOver) throw new Error("StoredGraph: its batch was handed over (takeBatch) and is gone");
    const batch = this.whole!;
    const texts = articleTexts(batch.nodes);
    const textOf = (id: string) => texts.get(id);
    const nodes = new Map<string, string>();
    const rels = new Map<string, string>();
    for (const n of batch.nodes) nodes.set(n.id, encode(n, textOf));
    for (const r of batch.rels) rels.set(r.id, encode(r, textOf));
    this.tables = {
      nodes: new MapTable(nodes),
      rels: new MapTable(rels),
      adj: new MapTable(new Map(adjacency(batch).adj.map(([n, ids]) => [n, ids.join(LIST_SEP)]))),
      texts: new MapTable(texts),
    };
    return this.tables;
  }

  /**
   * The tables to write whole (the state after a full resolution): from the batch, each text
   * made when its shard is written (a later copy of an id replaces an earlier one). With `consume`
   * the batch is handed over: each entity is let go once its text is made (the write asks for an
   * entry's key before its value, and for each value once), so the graph as objects shrinks while
   * the state is written instead of staying whole to its end, and this graph can no longer be read.
   */
  wholeTables(opts: { consume?: boolean } = {}): WholeTable[] {
    if (!this.whole || this.tables) {
      const t = this.data;
      return [
        wholeOf("nodes", t.nodes, GRAPH_PER_SHARD),
        wholeOf("rels", t.rels, GRAPH_PER_SHARD),
        wholeOf("adj", t.adj, ADJ_PER_SHARD),
        wholeOf("texts", t.texts, TEXTS_PER_SHARD),
      ];
    }
    const { nodes, rels } = this.whole;
    const { adj } = adjacency(this.whole);
    const textOf = articleTexts(nodes);
    const texts = [...textOf];
    const consume = opts.consume === true;
    if (consume) {
      this.whole = null;
      this.handedOver = true;
    }
    /** The text of `list[i]`, let go from the list when consumed. */
    const text = <T extends GraphNode | GraphRel>(list: (T | undefined)[], i: number): string => {
      const entity = list[i]!;
      if (consume) list[i] = undefined;
      return encode(entity, (id) => textOf.get(id));
    };
    const unique = this.unique;
    return [
      {
        name: "nodes",
        entries: nodes.length,
        perShard: GRAPH_PER_SHARD,
        key: (i) => nodes[i]!.id,
        value: (i) => text(nodes, i),
        unique,
      },
      {
        name: "rels",
        entries: rels.length,
        perShard: GRAPH_PER_SHARD,
        key: (i) => rels[i]!.id,
        value: (i) => text(rels, i),
        unique,
      },
      {
        name: "adj",
        entries: adj.length,
        perShard: ADJ_PER_SHARD,
        key: (i) => adj[i]![0],
        value: (i) => adj[i]![1].join(LIST_SEP),
        unique: true,
      },
      {
        name: "texts",
        entries: texts.length,
        perShard: TEXTS_PER_SHARD,
        key: (i) => texts[i]![0],
        value: (i) => texts[i]![1],
        unique: true,
      },
    ];
  }

  get nodeCount(): number {
    return this.tables ? this.tables.nodes.size : new Set(this.whole!.nodes.map((n) => n.id)).size;
  }

  get relCount(): number {
    return this.tables ? this.tables.rels.size : new Set(this.whole!.rels.map((r) => r.id)).size;
  }

  get articleCount(): number {
    return this.articles;
  }

  /** Reads the entries of these ids (their shards, in parallel) before they are asked for one by one. */
  async preload(ids: {
    nodes?: Iterable<string>;
    rels?: Iterable<string>;
    adj?: Iterable<string>;
  }): Promise<void> {
    if (!this.tables) return;
    await Promise.all([
      this.tables.nodes.preload(ids.nodes ?? []),
      this.tables.rels.preload(ids.rels ?? []),
      this.tables.adj.preload(ids.adj ?? []),
    ]);
  }

  /** The text of article `id` (what stored evidence is cut from). */
  private readonly textOf = (id: string): string | undefined => this.data.texts.get(id);

  hasNode(id: string): boolean {
    return this.data.nodes.has(id);
  }

  /** A fresh copy of node `id` (the caller may change it). */
  node(id: string): GraphNode | undefined {
    const s = this.data.nodes.get(id);
    return s === undefined ? undefined : decode<GraphNode>(s, this.textOf);
  }

  /** A fresh copy of relationship `id`. */
  rel(id: string): GraphRel | undefined {
    const s = this.data.rels.get(id);
    return s === undefined ? undefined : decode<GraphRel>(s, this.textOf);
  }

  /** Ids of the relationships that start or end at one of `nodes` (read from their adjacency). */
  relsAt(nodes: ReadonlySet<string>): string[] {
    const out = new Set<string>();
    for (const n of nodes) for (const id of listOf(this.data.adj, n)) out.add(id);
    return [...out];
  }

  /**
   * Replaces entities in place: a value sets the entity, null removes it. The whole-graph copy,
   * if any, is dropped.
   */
  patch(nodes: ReadonlyMap<string, GraphNode | null>, rels: ReadonlyMap<string, GraphRel | null>): void {
    const data = this.data;
    this.whole = null;
    // The articles' texts first: the entities written below cut their evidence from them. A removed
    // article's text is kept (an article id names one text, so it never goes stale): an entity the
    // patch did not touch can never point at a text that is gone. A full resolution writes the
    // table anew, without them.
    for (const [id, n] of nodes)
      if (n?.label === "Article" && typeof n.text === "string") data.texts.set(id, n.text);
    for (const [id, n] of nodes) {
      const old = data.nodes.get(id);
      if (old !== undefined && (JSON.parse(old) as GraphNode).label === "Article") this.articles -= 1;
      if (n === null) data.nodes.delete(id);
      else {
        data.nodes.set(id, encode(n, this.textOf));
        if (n.label === "Article") this.articles += 1;
      }
    }
    for (const [id, r] of rels) {
      const text = data.rels.get(id);
      if (text !== undefined) {
        const old = JSON.parse(text) as GraphRel;
        dropFromList(data.adj, old.source, id);
        dropFromList(data.adj, old.target, id);
      }
      if (r === null) data.rels.delete(id);
      else {
        data.rels.set(id, encode(r, this.textOf));
        addToList(data.adj, r.source, id);
        addToList(data.adj, r.target, id);
      }
    }
  }

  /**
   * The graph read one entity at a time from its tables, each shard read and let go as it is
   * scanned (a store's table, `KeyedTable.scan`), each entity parsed when it comes: a full write
   * of a graph read from the state holds none of it. Null when the graph is held as objects (a
   * writer takes the batch instead).
   */
  scan(): GraphScan | null {
    if (this.whole || !this.tables) return null;
    const { nodes, rels, texts } = this.tables;
    // Every article's text is held while the graph is scanned (about a fortieth of the state's bytes).
    let held: Map<string, string> | null = null;
    const textOf = (id: string) => {
      held ??= new Map(scanOf(texts));
      return held.get(id);
    };
    return {
      nodeCount: nodes.size,
      relCount: rels.size,
      *nodes() {
        for (const [, text] of scanOf(nodes)) yield decode<GraphNode>(text, textOf);
      },
      *rels() {
        for (const [, text] of scanOf(rels)) yield decode<GraphRel>(text, textOf);
      },
    };
  }

  /**
   * The whole graph as objects, handed over: this graph no longer holds them (a writer lets each
   * entity go once written). A graph read from tables still reads them; one made from a batch
   * (`of`) holds nothing after and refuses to be read.
   */
  takeBatch(): GraphBatch {
    const batch = this.toBatch();
    this.whole = null;
    if (!this.tables) this.handedOver = true;
    return batch;
  }

  /** The whole graph as objects (built once, reading every shard; callers may change it, as they did the batch). */
  toBatch(): GraphBatch {
    if (!this.whole) {
      const data = this.data;
      this.whole = {
        nodes: [...data.nodes.entries()].map(([, s]) => decode<GraphNode>(s, this.textOf)),
        rels: [...data.rels.entries()].map(([, s]) => decode<GraphRel>(s, this.textOf)),
      };
    }
    return this.whole;
  }
}

/** A table's entries in one pass: a store's table scanned shard by shard (none kept), else as held. */
function scanOf(table: StringTable): Iterable<[string, string]> {
  return table instanceof KeyedTable ? table.scan() : table.entries();
}

/**
 * Node id → its relationships' ids. A relationship given twice (a later copy replaces an earlier
 * one when written) is listed twice: harmless, its id is the same (`relsAt` gives each once).
 */
function adjacency(batch: GraphBatch): { adj: [string, string[]][] } {
  const lists = new Map<string, string[]>();
  for (const r of batch.rels) {
    const a = lists.get(r.source);
    if (a) a.push(r.id);
    else lists.set(r.source, [r.id]);
    if (r.target === r.source) continue;
    const b = lists.get(r.target);
    if (b) b.push(r.id);
    else lists.set(r.target, [r.id]);
  }
  return { adj: [...lists] };
}
