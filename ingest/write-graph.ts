/**
 * Writes a resolved graph to the store: as a delta against the stored graph when the store
 * supports it and the graph it holds is the one the persisted entity index describes
 * (incremental), else as a full replace (rebuild). Both write the same graph: the delta is the
 * exact difference between the stored rows and the new ones (cypher/graph-delta.ts), so
 * incremental and rebuild agree by construction. The index is kept in
 * `<dataDir>/graph-index/<hash of the store's graph version>.json`; a crash between the store's
 * switch and the index write only costs the next run a full rewrite.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  deltaSize,
  diffGraph,
  ENTITY_INDEX_VERSION,
  type EntityIndex,
  type GraphDelta,
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

function indexDir(dataDir: string): string {
  return path.join(dataDir, "graph-index");
}

function indexFile(dataDir: string, store: GraphStore, version: string): string {
  const h = createHash("sha1").update(`${store.kind}\u0000${version}`).digest("hex").slice(0, 20);
  return path.join(indexDir(dataDir), `${h}.json`);
}

async function readIndex(file: string): Promise<EntityIndex | null> {
  try {
    const index = JSON.parse(await readFile(file, "utf8")) as EntityIndex;
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
    await writeFile(tmp, JSON.stringify(index));
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

export async function writeGraph(
  store: GraphStore,
  batch: GraphBatch,
  dataDir: string,
  opts: { rebuild?: boolean } = {},
): Promise<WriteOutcome> {
  const t0 = performance.now();
  const prepared = prepareBatch(batch);
  await store.applySchema();
  const old = opts.rebuild ? "--rebuild asked for a full rebuild" : await storedIndex(store, dataDir);
  let reason = typeof old === "string" ? old : "";
  if (process.env.LAOMO_DEBUG_COPY)
    console.error(`[write] prepare + index read: ${Math.round(performance.now() - t0)} ms`);
  if (typeof old !== "string") {
    const { delta, index } = diffGraph(old, prepared);
    if (process.env.LAOMO_DEBUG_COPY) console.error(`[write] diff: ${Math.round(performance.now() - t0)} ms`);
    const size = deltaSize(delta);
    const total = prepared.nodeCount + prepared.relCount;
    if (size > MAX_DELTA_ENTITIES || (size > MIN_SHARED_DELTA && size > MAX_DELTA_SHARE * total)) {
      reason = `${size} of ${total} nodes and relationships changed: a full write is faster`;
    } else if (size === 0) {
      // Nothing changed (the same files again): the stored graph and its index stay as they are.
      return withChanged(
        {
          mode: "incremental",
          reason: "",
          nodesWritten: 0,
          relsWritten: 0,
          ms: Math.round(performance.now() - t0),
        },
        { nodes: [], rels: [] },
      );
    } else {
      const stats = await store.applyDelta!(delta);
      await saveIndex(dataDir, store, index);
      return withChanged(
        {
          mode: "incremental",
          reason: "",
          nodesWritten: stats.nodes,
          relsWritten: stats.rels,
          ms: Math.round(performance.now() - t0),
        },
        changedIds(delta),
      );
    }
  }
  const stats = await store.replaceGraph(batch);
  await saveIndex(dataDir, store, indexOfBatch(prepared));
  return {
    mode: "rebuild",
    reason,
    nodesWritten: stats.nodes,
    relsWritten: stats.rels,
    ms: Math.round(performance.now() - t0),
  };
}
