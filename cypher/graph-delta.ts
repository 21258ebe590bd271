/**
 * The difference between the stored graph and a new one, as a delta a store applies in place of a
 * full rewrite. The stored graph is known by its entity index: per node id its label and a hash
 * of its row, per relationship id its type, endpoints and a hash of its row (rows as
 * `prepareBatch` shapes them, so the hash covers exactly what a store persists). Persisted beside
 * the store (ingest/graph-index.ts), it is the "key index" incremental ingest diffs against.
 */
import { hash } from "node:crypto";
import type { NodeLabel, RelType } from "../model/types.ts";
import type { PreparedBatch, RelGroup, Row } from "./prepare-batch.ts";

/** Bump when the index layout or the row hashing changes (an older index is ignored: full rewrite). */
export const ENTITY_INDEX_VERSION = 1;

export interface EntityIndex {
  version: number;
  /** Node id → [label, row hash]. */
  nodes: Record<string, [NodeLabel, string]>;
  /** Relationship id → [type, from label, from id, to label, to id, row hash]. */
  rels: Record<string, [RelType, NodeLabel, string, NodeLabel, string, string]>;
}

export interface NodeUpsert {
  label: NodeLabel;
  /** The node's row (`id` first, then the label's properties). */
  row: Row;
  /** False when a node of this id is stored already (its properties are overwritten). */
  isNew: boolean;
}

export interface RelUpsert {
  type: RelType;
  from: NodeLabel;
  to: NodeLabel;
  /** `from`, `to` (endpoint ids), then the type's properties (`id` among them). */
  row: Row;
  isNew: boolean;
}

export interface RelRemoval {
  type: RelType;
  id: string;
  from: NodeLabel;
  fromId: string;
  to: NodeLabel;
  toId: string;
}

/** What to change in a stored graph: removals first (relationships, then nodes), then upserts. */
export interface GraphDelta {
  removeRels: RelRemoval[];
  removeNodes: { label: NodeLabel; id: string }[];
  upsertNodes: NodeUpsert[];
  upsertRels: RelUpsert[];
  /**
   * Every row of each relationship type the delta changes (all of its from/to groups), for a
   * store that rewrites a changed relationship table whole (kuzu: inserting into a loaded
   * relationship table costs a checkpoint that rewrites it anyway).
   */
  relTables: RelGroup[];
}

/** SHA-1 of the kind and the row's JSON (one-shot `hash`: the same digest as createHash, cheaper). */
function rowHash(kind: string, row: Row): string {
  return hash("sha1", `${kind}\u0000${JSON.stringify(row)}`, "base64url");
}

export function emptyIndex(): EntityIndex {
  return { version: ENTITY_INDEX_VERSION, nodes: {}, rels: {} };
}

/** The entity index of a prepared batch. */
export function indexOfBatch(batch: PreparedBatch): EntityIndex {
  const index = emptyIndex();
  for (const [label, rows] of Object.entries(batch.nodes) as [NodeLabel, Row[]][])
    for (const row of rows) index.nodes[String(row.id)] = [label, rowHash(label, row)];
  for (const g of batch.rels)
    for (const row of g.rows)
      index.rels[String(row.id)] = [
        g.type,
        g.from,
        String(row.from),
        g.to,
        String(row.to),
        rowHash(g.type, row),
      ];
  return index;
}

/** The delta that turns the graph indexed by `old` into `batch`, and the index of `batch`. */
export function diffGraph(old: EntityIndex, batch: PreparedBatch): { delta: GraphDelta; index: EntityIndex } {
  const index = indexOfBatch(batch);
  const delta: GraphDelta = {
    removeRels: [],
    removeNodes: [],
    upsertNodes: [],
    upsertRels: [],
    relTables: [],
  };
  for (const [id, [type, from, fromId, to, toId]] of Object.entries(old.rels))
    if (!index.rels[id]) delta.removeRels.push({ type, id, from, fromId, to, toId });
  for (const [id, [label]] of Object.entries(old.nodes)) {
    const now = index.nodes[id];
    // A node whose label changed is removed and created again under its new label.
    if (!now || now[0] !== label) delta.removeNodes.push({ label, id });
  }
  for (const [label, rows] of Object.entries(batch.nodes) as [NodeLabel, Row[]][]) {
    for (const row of rows) {
      const id = String(row.id);
      const was = old.nodes[id];
      const isNew = !was || was[0] !== label;
      if (isNew || was[1] !== index.nodes[id]?.[1]) delta.upsertNodes.push({ label, row, isNew });
    }
  }
  const removedNodes = new Set(delta.removeNodes.map((n) => n.id));
  for (const g of batch.rels) {
    for (const row of g.rows) {
      const id = String(row.id);
      const was = old.rels[id];
      const now = index.rels[id]!;
      // A relationship whose endpoint node was removed (label change) went with it.
      const isNew =
        !was ||
        was.slice(0, 5).join("\u0001") !== now.slice(0, 5).join("\u0001") ||
        removedNodes.has(was[2]) ||
        removedNodes.has(was[4]);
      if (!isNew && was[5] === now[5]) continue;
      if (was && isNew)
        delta.removeRels.push({ type: was[0], id, from: was[1], fromId: was[2], to: was[3], toId: was[4] });
      delta.upsertRels.push({ type: g.type, from: g.from, to: g.to, row, isNew });
    }
  }
  const changed = new Set<RelType>([...delta.removeRels, ...delta.upsertRels].map((r) => r.type));
  delta.relTables = batch.rels.filter((g) => changed.has(g.type));
  return { delta, index };
}

/** How many entities a delta touches. */
export function deltaSize(d: GraphDelta): number {
  return d.removeRels.length + d.removeNodes.length + d.upsertNodes.length + d.upsertRels.length;
}
