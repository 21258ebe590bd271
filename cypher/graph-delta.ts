/**
 * The difference between the stored graph and a new one, as a delta a store applies in place of a
 * full rewrite. The stored graph is known by its entity index: per node id its label and a hash
 * of its row, per relationship id its type, endpoints and a hash of its row (rows as
 * `prepareBatch` shapes them, so the hash covers exactly what a store persists). Persisted beside
 * the store (ingest/graph-index.ts), it is the "key index" incremental ingest diffs against.
 */
import { hash } from "node:crypto";
import type { GraphBatch, NodeLabel, RelType } from "../model/types.ts";
import { type PreparedBatch, prepareBatch, type Row } from "./prepare-batch.ts";

/** Bump when the index layout or the row hashing changes (an older index is ignored: full rewrite). */
export const ENTITY_INDEX_VERSION = 1;

export interface EntityIndex {
  version: number;
  /** Node id → [label, row hash]. */
  nodes: Record<string, [NodeLabel, string]>;
  /** Relationship id → [type, from label, from id, to label, to id, row hash]. */
  rels: Record<string, [RelType, NodeLabel, string, NodeLabel, string, string]>;
  /**
   * The resolution (ingest/resolve/partial.ts state token) whose graph, uncorrected, the store
   * holds: a later resolution that knows which ids it changed since that one is diffed on those
   * ids only (diffChanged). Absent: unknown (written corrected, or by another path).
   */
  resolution?: string;
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
  for (const g of batch.rels) for (const row of g.rows) index.rels[String(row.id)] = relEntry(g, row);
  return index;
}

/** A relationship's entry in the entity index: type, endpoints (label and id) and row hash. */
function relEntry(g: PreparedBatch["rels"][number], row: Row): EntityIndex["rels"][string] {
  return [g.type, g.from, String(row.from), g.to, String(row.to), rowHash(g.type, row)];
}

/** The delta that turns the graph indexed by `old` into `batch`, and the index of `batch`. */
export function diffGraph(old: EntityIndex, batch: PreparedBatch): { delta: GraphDelta; index: EntityIndex } {
  const index = indexOfBatch(batch);
  const delta: GraphDelta = {
    removeRels: [],
    removeNodes: [],
    upsertNodes: [],
    upsertRels: [],
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
  return { delta, index };
}

/** Ids of the nodes and relationships that may differ between a stored graph and a new one. */
export interface ChangedIds {
  nodes: Iterable<string>;
  rels: Iterable<string>;
}

/**
 * The delta that turns the graph indexed by `old` into `batch` when only the entities of `changed`
 * may differ (every other node and relationship of `batch` is stored as it is): only those are
 * prepared, hashed and compared, so the cost follows the change, not the graph. `old` is updated
 * in place into the index of `batch` and returned. A string says why
 * the whole batch must be diffed instead (a changed node that changes label: its untouched
 * relationships would have to be created again).
 */
export function diffChanged(
  old: EntityIndex,
  batch: GraphBatch,
  changed: ChangedIds,
): { delta: GraphDelta; index: EntityIndex } | string {
  const nodeIds = new Set(changed.nodes);
  const relIds = new Set(changed.rels);
  const rels = batch.rels.filter((r) => relIds.has(r.id));
  // Changed nodes, and the ends of changed relationships (for their labels and validation).
  const wanted = new Set(nodeIds);
  for (const r of rels) {
    wanted.add(r.source);
    wanted.add(r.target);
  }
  const part = prepareBatch({ nodes: batch.nodes.filter((n) => wanted.has(n.id)), rels });
  const delta: GraphDelta = {
    removeRels: [],
    removeNodes: [],
    upsertNodes: [],
    upsertRels: [],
  };
  const nodeEntries = new Map<string, [NodeLabel, string] | null>(); // null: removed
  const relEntries = new Map<string, [RelType, NodeLabel, string, NodeLabel, string, string] | null>();
  for (const [label, rows] of Object.entries(part.nodes) as [NodeLabel, Row[]][]) {
    for (const row of rows) {
      const id = String(row.id);
      if (!nodeIds.has(id)) continue;
      const was = old.nodes[id];
      if (was && was[0] !== label) return `node ${id} changes label (${was[0]} → ${label})`;
      const h = rowHash(label, row);
      nodeEntries.set(id, [label, h]);
      if (was?.[1] !== h) delta.upsertNodes.push({ label, row, isNew: !was });
    }
  }
  for (const id of nodeIds) {
    const was = old.nodes[id];
    if (nodeEntries.has(id) || !was) continue;
    nodeEntries.set(id, null);
    delta.removeNodes.push({ label: was[0], id });
  }
  for (const g of part.rels) {
    for (const row of g.rows) {
      const id = String(row.id);
      const was = old.rels[id];
      const now = relEntry(g, row);
      relEntries.set(id, now);
      const isNew = !was || was.slice(0, 5).join("\u0001") !== now.slice(0, 5).join("\u0001");
      if (!isNew && was[5] === now[5]) continue;
      if (was && isNew)
        delta.removeRels.push({ type: was[0], id, from: was[1], fromId: was[2], to: was[3], toId: was[4] });
      delta.upsertRels.push({ type: g.type, from: g.from, to: g.to, row, isNew });
    }
  }
  for (const id of relIds) {
    const was = old.rels[id];
    if (relEntries.has(id) || !was) continue;
    relEntries.set(id, null);
    const [type, from, fromId, to, toId] = was;
    delta.removeRels.push({ type, id, from, fromId, to, toId });
  }
  if (delta.removeNodes.length > 0) {
    // A removed node's relationships must all be removed too (the store would drop them silently).
    const gone = new Set(delta.removeNodes.map((n) => n.id));
    for (const [id, r] of Object.entries(old.rels))
      if ((gone.has(r[2]) || gone.has(r[4])) && relEntries.get(id) !== null)
        return `relationship ${id} is left pointing at removed node ${gone.has(r[2]) ? r[2] : r[4]}`;
  }
  for (const [id, e] of nodeEntries)
    if (e) old.nodes[id] = e;
    else delete old.nodes[id];
  for (const [id, e] of relEntries)
    if (e) old.rels[id] = e;
    else delete old.rels[id];
  return { delta, index: old };
}

/** How many entities a delta touches. */
export function deltaSize(d: GraphDelta): number {
  return d.removeRels.length + d.removeNodes.length + d.upsertNodes.length + d.upsertRels.length;
}
