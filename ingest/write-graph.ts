/**
 * Writes a resolved graph to the store: as a delta against the stored graph when the store
 * supports it and the graph it holds is the one the persisted entity index describes
 * (incremental), else as a full replace (rebuild). Both write the same graph: the delta is the
 * exact difference between the stored rows and the new ones (cypher/graph-delta.ts), so
 * incremental and rebuild agree by construction. The index is kept in `<dataDir>/graph-index/`, a
 * keyed store (keyed-store.ts: tables of nodes, relationships and each node's relationship ids,
 * read and written shard by shard) whose head names the store's graph version it describes; a
 * delta write reads and writes only the shards of the ids it diffs. A crash between the store's
 * switch and the index's commit leaves the index of the graph before, so the next run finds no
 * index of the stored graph and rewrites it whole.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import {
  type ChangedIds,
  deltaSize,
  diffChanged,
  diffGraph,
  ENTITY_INDEX_VERSION,
  type EntityIndex,
  emptyIndex,
  type GraphDelta,
  type GraphLookup,
  indexOfBatch,
  indexRows,
} from "../cypher/graph-delta.ts";
import { type GraphScan, passesOf, prepareBatch, streamBatch } from "../cypher/prepare-batch.ts";
import type { GraphStore } from "../cypher/store.ts";
import type { GraphBatch } from "../model/types.ts";
import {
  addToList,
  dropFromList,
  KeyedStore,
  type KeyedTable,
  LIST_SEP,
  listOf,
  MapTable,
  type WholeTable,
  wholeOf,
} from "./keyed-store.ts";

/**
 * A delta of more than MAX_DELTA_ENTITIES entities, or of more than MIN_SHARED_DELTA entities that
 * are more than MAX_DELTA_SHARE of the graph, is written as a full rewrite (bulk COPY is faster).
 */
export const MAX_DELTA_ENTITIES = 20_000;
export const MAX_DELTA_SHARE = 0.25;
export const MIN_SHARED_DELTA = 2_000;

export interface WriteOutcome {
  mode: "incremental" | "rebuild";
  /** Why a rebuild was written (empty for an incremental write). */
  reason: string;
  /** Nodes and relationships created, changed or removed (every one for a rebuild). */
  nodesWritten: number;
  relsWritten: number;
  ms: number;
  /**
   * An incremental write's delta as ids: every node and relationship removed, created or changed
   * (the start cache is updated from them instead of rebuilt). Absent for a rebuild. Not
   * enumerable: answers and `--json` print the outcome without it.
   */
  readonly changed?: { nodes: string[]; rels: string[] };
}

/**
 * A graph read entity by entity, built whole only for a full diff or a rebuild (the resolution
 * state's graph: a write of the ids a partial resolution touched reads only those).
 */
export interface GraphSource extends GraphLookup {
  readonly nodeCount: number;
  readonly relCount: number;
  toBatch(): GraphBatch;
  /**
   * The whole graph handed over to the writer, which empties it and lets each entity go once its row
   * is written (the source no longer holds it). Absent: the writer takes `toBatch()` and leaves it whole.
   */
  takeBatch?(): GraphBatch;
  /**
   * The graph read one entity at a time (the resolution state's texts), for a full write that
   * holds none of it; absent or null: the writer takes the batch.
   */
  scan?(): GraphScan | null;
}

/** Every row the store wrote was indexed as it was made (else the index would lie about the graph). */
function checkAllIndexed(index: EntityIndex, stats: { nodes: number; rels: number }): void {
  if (index.nodes.size !== stats.nodes || index.rels.size !== stats.rels)
    throw new Error(
      `writeGraph: the store read ${index.nodes.size} of ${stats.nodes} node rows and ${index.rels.size} of ${stats.rels} relationship rows`,
    );
}

function isSource(g: GraphBatch | GraphSource): g is GraphSource {
  return typeof (g as GraphSource).toBatch === "function";
}

/**
 * What the caller knows of the batch: it is the uncorrected graph of resolution `token`
 * (ingest/resolve/partial.ts), and, with `since`, that graph differs from resolution `since.from`'s
 * only in the ids of `since`. When the stored graph is resolution `since.from`'s, only those ids are
 * diffed (diffChanged) instead of every row of the graph.
 */
export interface WriteHint {
  token: string;
  since?: ChangedIds & { from: string };
}

/**
 * The hint for a resolved graph (ingest/resolve/from-journal.ts `graph`), none once corrections
 * changed it (`corrections`: the number of correction entries replayed over it).
 */
export function writeHint(
  graph: { token: string; touched?: ChangedIds & { from: string } } | undefined,
  corrections: number,
): WriteHint | undefined {
  if (!graph || corrections > 0) return undefined;
  return graph.touched ? { token: graph.token, since: graph.touched } : { token: graph.token };
}

function indexDir(dataDir: string): string {
  return path.join(dataDir, "graph-index");
}

/** What names the graph an index describes: the store's kind and graph version, hashed. */
function graphName(store: GraphStore, version: string): string {
  return createHash("sha1").update(`${store.kind}\u0000${version}`).digest("hex").slice(0, 20);
}

/** The index store's head. */
interface IndexHead {
  version: number;
  /** `graphName` of the stored graph it describes. */
  graph: string;
  resolution?: string;
}

/** Entries per shard aimed at (an entry is 40 to 120 bytes). */
const INDEX_PER_SHARD = 512;
const ADJ_PER_SHARD = 256;
const SEP = "\u0001";

/** The stored graph's entity index, read by key: its tables and what it says of itself. */
interface StoredIndex {
  keyed: KeyedStore;
  head: IndexHead;
  nodes: KeyedTable;
  rels: KeyedTable;
  /** Node id → the ids of its relationships, joined by U+0001. */
  adj: KeyedTable;
}

/** The from and to ids of a relationship entry (its third and fifth fields). */
function endsOf(entry: string): [string, string] {
  const a = entry.indexOf(SEP);
  const b = entry.indexOf(SEP, a + 1);
  const c = entry.indexOf(SEP, b + 1);
  const d = entry.indexOf(SEP, c + 1);
  const e = entry.indexOf(SEP, d + 1);
  return [entry.slice(b + 1, c), entry.slice(d + 1, e)];
}

/** The tables of `index` as its keyed store keeps them (with each node's relationship ids). */
function indexTables(index: EntityIndex): WholeTable[] {
  const lists = new Map<string, string[]>();
  for (const [id, entry] of index.rels)
    for (const end of new Set(endsOf(entry))) {
      const list = lists.get(end);
      if (list) list.push(id);
      else lists.set(end, [id]);
    }
  const adj = new MapTable(new Map([...lists].map(([n, ids]) => [n, ids.join(LIST_SEP)])));
  return [
    wholeOf("nodes", new MapTable(index.nodes), INDEX_PER_SHARD),
    wholeOf("rels", new MapTable(index.rels), INDEX_PER_SHARD),
    wholeOf("adj", adj, ADJ_PER_SHARD),
  ];
}

/** The head of `index` as the index of the store's current graph. */
async function indexHead(store: GraphStore, index: EntityIndex): Promise<IndexHead> {
  const version = (await store.graphVersion?.()) ?? null;
  return {
    version: index.version,
    // No version (a store that keeps none): an index that names no graph is never used.
    graph: version ? graphName(store, version) : "",
    ...(index.resolution !== undefined ? { resolution: index.resolution } : {}),
  };
}

/** Writes `index` whole as the index of the store's current graph. */
async function saveIndex(dataDir: string, store: GraphStore, index: EntityIndex): Promise<void> {
  await KeyedStore.writeWhole(indexDir(dataDir), await indexHead(store, index), indexTables(index));
}

/** Work done between two turns of the event loop while the index is written beside the store's load. */
const SLICE_MS = 20;

/**
 * The index of a graph written whole, its pack written while the store loads its tables (`write`,
 * the store's `whileLoading`: a slice of shards per turn of the event loop, so the store's own
 * steps go on) and named by `save` once the store has switched to the new graph (or, when `write`
 * never ran, written whole then, as `saveIndex` does).
 */
function indexBesideLoad(
  dataDir: string,
  index: EntityIndex,
): { write: () => Promise<void>; save: (store: GraphStore) => Promise<void> } {
  let staged: ReturnType<typeof KeyedStore.startWhole> | null = null;
  let written: Promise<void> | null = null;
  const turn = () => new Promise<void>((go) => setImmediate(go));
  return {
    write: () => {
      written = (async () => {
        // The store's next step (a COPY) is under way before any of this runs.
        await turn();
        staged = KeyedStore.startWhole(indexDir(dataDir), indexTables(index));
        let t = performance.now();
        for (const _ of staged.steps) {
          if (performance.now() - t < SLICE_MS) continue;
          await turn();
          t = performance.now();
        }
      })();
      return written;
    },
    save: async (store) => {
      if (!written || !staged) return saveIndex(dataDir, store, index);
      await written;
      await staged.commit(await indexHead(store, index));
    },
  };
}

/** The stored graph's entity index, or why there is none usable. */
async function storedIndex(store: GraphStore, dataDir: string): Promise<StoredIndex | string> {
  if (!store.graphVersion || !store.applyDelta) return `the ${store.kind} store writes whole graphs only`;
  const version = await store.graphVersion();
  if (!version) return "no graph stored yet";
  const keyed = await KeyedStore.open(indexDir(dataDir));
  const head = keyed?.head as IndexHead | undefined;
  if (!keyed || !head || head.version !== ENTITY_INDEX_VERSION || head.graph !== graphName(store, version))
    return "no entity index of the stored graph: first ingest, or written by another tool";
  return { keyed, head, nodes: keyed.table("nodes"), rels: keyed.table("rels"), adj: keyed.table("adj") };
}

/** The whole index in memory (every shard read: for a diff of the whole graph). */
function wholeIndex(stored: StoredIndex): EntityIndex {
  return {
    version: stored.head.version,
    nodes: new Map(stored.nodes.entries()),
    rels: new Map(stored.rels.entries()),
    ...(stored.head.resolution !== undefined ? { resolution: stored.head.resolution } : {}),
  };
}

/**
 * The part of the stored index a diff of `since` reads: the entries of its ids, and of every
 * relationship at one of its nodes that the new graph no longer has (diffChanged checks that
 * those go too). Only their shards are read.
 */
async function indexPart(
  stored: StoredIndex,
  graph: GraphBatch | GraphSource,
  since: ChangedIds,
): Promise<EntityIndex> {
  const nodeIds = [...new Set(since.nodes)];
  const relIds = new Set(since.rels);
  await Promise.all([stored.nodes.preload(nodeIds), stored.rels.preload(relIds)]);
  const inGraph = isSource(graph)
    ? (id: string) => graph.node(id) !== undefined
    : (
        (ids: Set<string>) => (id: string) =>
          ids.has(id)
      )(new Set(graph.nodes.map((n) => n.id)));
  const gone = nodeIds.filter((id) => stored.nodes.has(id) && !inGraph(id));
  await stored.adj.preload(gone);
  const extra = new Set<string>();
  for (const n of gone) for (const id of listOf(stored.adj, n)) if (!relIds.has(id)) extra.add(id);
  await stored.rels.preload(extra);
  const part: EntityIndex = { version: stored.head.version, nodes: new Map(), rels: new Map() };
  for (const id of nodeIds) {
    const e = stored.nodes.get(id);
    if (e !== undefined) part.nodes.set(id, e);
  }
  for (const id of [...relIds, ...extra]) {
    const e = stored.rels.get(id);
    if (e !== undefined) part.rels.set(id, e);
  }
  return part;
}

/** Writes the entries `part` changed (from `before`) into the stored index's tables and its adjacency. */
function patchIndex(stored: StoredIndex, before: EntityIndex, part: EntityIndex): void {
  for (const id of new Set([...before.nodes.keys(), ...part.nodes.keys()])) {
    const e = part.nodes.get(id);
    if (e === undefined) stored.nodes.delete(id);
    else stored.nodes.set(id, e);
  }
  const adjAdd = (node: string, id: string) => addToList(stored.adj, node, id);
  const adjDrop = (node: string, id: string) => dropFromList(stored.adj, node, id);
  for (const id of new Set([...before.rels.keys(), ...part.rels.keys()])) {
    const was = before.rels.get(id);
    const now = part.rels.get(id);
    if (now === undefined) stored.rels.delete(id);
    else stored.rels.set(id, now);
    const wasEnds: string[] = was === undefined ? [] : endsOf(was);
    const nowEnds: string[] = now === undefined ? [] : endsOf(now);
    for (const n of wasEnds) if (!nowEnds.includes(n)) adjDrop(n, id);
    for (const n of nowEnds) if (!wasEnds.includes(n)) adjAdd(n, id);
  }
}

/** The ids of the nodes and relationships a delta removes or upserts (each once). */
function changedIds(delta: GraphDelta): { nodes: string[]; rels: string[] } {
  const nodes = new Set([
    ...delta.removeNodes.map((n) => n.id),
    ...delta.upsertNodes.map((n) => String(n.row.id)),
  ]);
  const rels = new Set([
    ...delta.removeRels.map((r) => r.id),
    ...delta.upsertRels.map((r) => String(r.row.id)),
  ]);
  return { nodes: [...nodes], rels: [...rels] };
}

/** The outcome with `changed` set, not enumerable (kept out of JSON answers). */
function withChanged(outcome: WriteOutcome, changed: { nodes: string[]; rels: string[] }): WriteOutcome {
  return Object.defineProperty(outcome, "changed", { value: changed, enumerable: false });
}

/**
 * Applies a delta (none when it is empty) and records the index of the graph it makes (`record`,
 * given whether the entries changed: an empty delta changes none, only perhaps the resolution).
 */
async function writeDelta(
  store: GraphStore,
  delta: GraphDelta,
  resolution: string | undefined,
  t0: number,
  storedResolution: string | undefined,
  record: (entriesChanged: boolean) => Promise<void>,
): Promise<WriteOutcome> {
  const outcome = (nodes: number, rels: number) =>
    withChanged(
      {
        mode: "incremental",
        reason: "",
        nodesWritten: nodes,
        relsWritten: rels,
        ms: Math.round(performance.now() - t0),
      },
      changedIds(delta),
    );
  if (deltaSize(delta) === 0) {
    // Nothing changed (the same files again): the stored graph stays; its index only when it
    // now names another resolution.
    if (resolution !== storedResolution) await record(false);
    return outcome(0, 0);
  }
  const stats = await store.applyDelta!(delta);
  await record(true);
  return outcome(stats.nodes, stats.rels);
}

/** Nodes and relationships of a graph (a source tells its counts). */
function sizeOf(graph: GraphBatch | GraphSource): number {
  if (!isSource(graph)) return graph.nodes.length + graph.rels.length;
  return graph.nodeCount + graph.relCount;
}

/** Commits the stored index's changed shards with a head naming the store's graph now. */
async function saveHead(
  stored: StoredIndex,
  store: GraphStore,
  resolution: string | undefined,
): Promise<void> {
  const version = (await store.graphVersion?.()) ?? null;
  const { resolution: _, ...rest } = stored.head;
  await stored.keyed.save({
    ...rest,
    graph: version ? graphName(store, version) : "",
    ...(resolution !== undefined ? { resolution } : {}),
  } satisfies IndexHead);
}

export async function writeGraph(
  store: GraphStore,
  graph: GraphBatch | GraphSource,
  dataDir: string,
  opts: { rebuild?: boolean; hint?: WriteHint } = {},
): Promise<WriteOutcome> {
  const t0 = performance.now();
  const debug = (step: string) => {
    if (process.env.LAOMO_DEBUG_COPY)
      console.error(`[write] ${step}: ${Math.round(performance.now() - t0)} ms`);
  };
  await store.applySchema();
  const stored = opts.rebuild ? "--rebuild asked for a full rebuild" : await storedIndex(store, dataDir);
  let reason = typeof stored === "string" ? stored : "";
  let usable = typeof stored !== "string";
  debug("index opened");
  const storedResolution = typeof stored === "string" ? undefined : stored.head.resolution;
  const since = opts.hint?.since;
  const tooLarge = (size: number, total: number) =>
    size > MAX_DELTA_ENTITIES || (size > MIN_SHARED_DELTA && size > MAX_DELTA_SHARE * total)
      ? `${size} of ${total} nodes and relationships changed: a full write is faster`
      : "";
  if (typeof stored !== "string" && since && storedResolution === since.from) {
    // Only the ids the resolution changed can differ from the stored graph: only their entries are read.
    const part = await indexPart(stored, graph, since);
    const before: EntityIndex = { ...part, nodes: new Map(part.nodes), rels: new Map(part.rels) };
    debug(`index entries read (${part.nodes.size + part.rels.size}, ${stored.keyed.shardReads} shards)`);
    const diffed = diffChanged(part, graph, since);
    debug(`diff of the changed ids${typeof diffed === "string" ? ` (${diffed}: whole diff)` : ""}`);
    if (typeof diffed !== "string") {
      const { delta } = diffed;
      reason = tooLarge(deltaSize(delta), sizeOf(graph));
      if (!reason) {
        const token = opts.hint!.token;
        return writeDelta(store, delta, token, t0, storedResolution, async () => {
          patchIndex(stored, before, part);
          await saveHead(stored, store, token);
          debug("index saved");
        });
      }
      usable = false;
    }
  }
  const scan = !usable && store.replaceGraphFromPasses && isSource(graph) ? graph.scan?.() : null;
  if (scan && store.replaceGraphFromPasses) {
    // A graph saved in the resolution state: its rows are made from the saved texts, one entity at a
    // time, and written to their tables' files as made; the index is made from the same rows.
    // The index is complete once every row is made: its pack is written while kuzu loads.
    const index = emptyIndex();
    const beside = indexBesideLoad(dataDir, index);
    const stats = await store.replaceGraphFromPasses(passesOf(scan, indexRows(index)), {
      whileLoading: beside.write,
    });
    checkAllIndexed(index, stats);
    debug("graph replaced (rows made from the saved state)");
    return rebuilt(store, dataDir, index, opts.hint, reason, stats, t0, debug, beside.save);
  }
  if (!usable && store.replaceGraphStreamed) {
    // No diff to make: each table's rows are made as the store writes them, and indexed as made;
    // a graph handed over (takeBatch) is let go entity by entity as its rows are written.
    const handed = isSource(graph) && graph.takeBatch !== undefined;
    const whole = isSource(graph) ? (graph.takeBatch?.() ?? graph.toBatch()) : graph;
    debug("whole graph");
    const index = emptyIndex();
    const stats = await store.replaceGraphStreamed(streamBatch(whole, indexRows(index), { consume: handed }));
    checkAllIndexed(index, stats);
    debug("graph replaced (rows streamed)");
    return rebuilt(store, dataDir, index, opts.hint, reason, stats, t0, debug);
  }
  const batch = isSource(graph) ? graph.toBatch() : graph;
  debug("whole graph");
  const prepared = prepareBatch(batch);
  debug("prepare");
  if (typeof stored !== "string" && usable) {
    const { delta, index } = diffGraph(wholeIndex(stored), prepared);
    debug("diff");
    if (opts.hint) index.resolution = opts.hint.token;
    reason = tooLarge(deltaSize(delta), prepared.nodeCount + prepared.relCount);
    if (!reason)
      return writeDelta(store, delta, index.resolution, t0, storedResolution, (changed) =>
        changed ? saveIndex(dataDir, store, index) : saveHead(stored, store, index.resolution),
      );
  }
  const stats = await store.replaceGraph(batch, prepared);
  debug("graph replaced");
  return rebuilt(store, dataDir, indexOfBatch(prepared), opts.hint, reason, stats, t0, debug);
}

/** Records the index of a graph written whole (`index`, of its rows) and says so. */
async function rebuilt(
  store: GraphStore,
  dataDir: string,
  index: EntityIndex,
  hint: WriteHint | undefined,
  reason: string,
  stats: { nodes: number; rels: number },
  t0: number,
  debug: (step: string) => void,
  save: (store: GraphStore) => Promise<void> = (s) => saveIndex(dataDir, s, index),
): Promise<WriteOutcome> {
  if (hint) index.resolution = hint.token;
  await save(store);
  debug("index written");
  return {
    mode: "rebuild",
    reason,
    nodesWritten: stats.nodes,
    relsWritten: stats.rels,
    ms: Math.round(performance.now() - t0),
  };
}
