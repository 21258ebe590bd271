/**
 * Writes a resolved graph to the store: as a delta against the stored graph when the store
 * supports it and the graph it holds is the one the persisted entity index describes
 * (incremental), else as a full replace (rebuild). Both write the same graph: the delta is the
 * exact difference between the stored rows and the new ones (cypher/graph-delta.ts), so
 * incremental and rebuild agree by construction. The index is kept in
 * `<dataDir>/graph-index/<hash of the store's graph version>.v8` (`v8.serialize`); a crash between the store's
 * switch and the index write only costs the next run a full rewrite.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import {
  type ChangedIds,
  deltaSize,
  diffChanged,
  diffGraph,
  ENTITY_INDEX_VERSION,
  type EntityIndex,
  type GraphDelta,
  type GraphLookup,
  indexOfBatch,
} from "../cypher/graph-delta.ts";
import { prepareBatch } from "../cypher/prepare-batch.ts";
import type { GraphStore } from "../cypher/store.ts";
import type { GraphBatch } from "../model/types.ts";

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

function indexFile(dataDir: string, store: GraphStore, version: string): string {
  const h = createHash("sha1").update(`${store.kind}\u0000${version}`).digest("hex").slice(0, 20);
  return path.join(indexDir(dataDir), `${h}.v8`);
}

async function readIndex(file: string): Promise<EntityIndex | null> {
  try {
    const index = deserialize(await readFile(file)) as EntityIndex;
    return index.version === ENTITY_INDEX_VERSION ? index : null;
  } catch {
    return null;
  }
}

/** Records `index` as the index of the store's current graph and drops every other index file. */
async function saveIndex(dataDir: string, store: GraphStore, index: EntityIndex): Promise<void> {
  const version = (await store.graphVersion?.()) ?? null;
  const dir = indexDir(dataDir);
  await mkdir(dir, { recursive: true });
  const keep = version ? indexFile(dataDir, store, version) : null;
  if (keep) {
    const tmp = `${keep}.${process.pid}.tmp`;
    await writeFile(tmp, serialize(index));
    await rename(tmp, keep);
  }
  for (const name of await readdir(dir))
    if (path.join(dir, name) !== keep) await rm(path.join(dir, name), { force: true });
}

/** The stored graph's entity index, or why there is none usable. */
async function storedIndex(store: GraphStore, dataDir: string): Promise<EntityIndex | string> {
  if (!store.graphVersion || !store.applyDelta) return `the ${store.kind} store writes whole graphs only`;
  const version = await store.graphVersion();
  if (!version) return "no graph stored yet";
  const index = await readIndex(indexFile(dataDir, store, version));
  return index ?? "no entity index of the stored graph: first ingest, or written by another tool";
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

/** Applies a delta (none when it is empty) and records the index of the graph it makes. */
async function writeDelta(
  store: GraphStore,
  dataDir: string,
  delta: GraphDelta,
  index: EntityIndex,
  t0: number,
  storedResolution: string | undefined,
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
    if (index.resolution !== storedResolution) await saveIndex(dataDir, store, index);
    return outcome(0, 0);
  }
  const stats = await store.applyDelta!(delta);
  await saveIndex(dataDir, store, index);
  return outcome(stats.nodes, stats.rels);
}

/** Nodes and relationships of a graph (a source tells its counts). */
function sizeOf(graph: GraphBatch | GraphSource): number {
  if (!isSource(graph)) return graph.nodes.length + graph.rels.length;
  return graph.nodeCount + graph.relCount;
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
  let old = opts.rebuild ? "--rebuild asked for a full rebuild" : await storedIndex(store, dataDir);
  let reason = typeof old === "string" ? old : "";
  debug("index read");
  const storedResolution = typeof old === "string" ? undefined : old.resolution;
  const since = opts.hint?.since;
  const tooLarge = (size: number, total: number) =>
    size > MAX_DELTA_ENTITIES || (size > MIN_SHARED_DELTA && size > MAX_DELTA_SHARE * total)
      ? `${size} of ${total} nodes and relationships changed: a full write is faster`
      : "";
  if (typeof old !== "string" && since && old.resolution === since.from) {
    // Only the ids the resolution changed can differ from the stored graph.
    const diffed = diffChanged(old, graph, since);
    debug(`diff of the changed ids${typeof diffed === "string" ? ` (${diffed}: whole diff)` : ""}`);
    if (typeof diffed !== "string") {
      const { delta, index } = diffed;
      reason = tooLarge(deltaSize(delta), sizeOf(graph));
      if (!reason) {
        index.resolution = opts.hint!.token;
        return writeDelta(store, dataDir, delta, index, t0, storedResolution);
      }
      old = reason;
    }
  }
  const batch = isSource(graph) ? graph.toBatch() : graph;
  debug("whole graph");
  const prepared = prepareBatch(batch);
  debug("prepare");
  if (typeof old !== "string") {
    const { delta, index } = diffGraph(old, prepared);
    debug("diff");
    if (opts.hint) index.resolution = opts.hint.token;
    reason = tooLarge(deltaSize(delta), prepared.nodeCount + prepared.relCount);
    if (!reason) return writeDelta(store, dataDir, delta, index, t0, storedResolution);
  }
  const stats = await store.replaceGraph(batch, prepared);
  const index = indexOfBatch(prepared);
  if (opts.hint) index.resolution = opts.hint.token;
  await saveIndex(dataDir, store, index);
  return {
    mode: "rebuild",
    reason,
    nodesWritten: stats.nodes,
    relsWritten: stats.rels,
    ms: Math.round(performance.now() - t0),
  };
}
