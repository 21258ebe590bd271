/**
 * The difference between the stored graph and a new one, as a delta a store applies in place of a
 * full rewrite. The stored graph is known by its entity index: per node id its label and a hash
 * of its row, per relationship id its type, endpoints and a hash of its row (rows as
 * `prepareBatch` shapes them, so the hash covers exactly what a store persists). Persisted beside
 * the store (ingest/write-graph.ts), it is the "key index" incremental ingest diffs against.
 */
import { hash } from "node:crypto";
import type { GraphBatch, GraphNode, GraphRel, NodeLabel, RelType } from "../model/types.ts";
import { type PreparedBatch, prepareBatch, type Row } from "./prepare-batch.ts";

/** Bump when the index layout or the row hashing changes (an older index is ignored: full rewrite). */
export const ENTITY_INDEX_VERSION = 2;

/** A node's entry: label and row hash. */
type NodeEntry = [NodeLabel, string];
/** A relationship's entry: type, from label, from id, to label, to id, row hash. */
type RelEntry = [RelType, NodeLabel, string, NodeLabel, string, string];

/**
 * Entries are kept as one string each (the fields joined by U+0001): an index of a 100k-article
 * graph is a million entries, and a string per entry loads and saves several times faster than an
 * array per entry (write-graph.ts keeps the index in a keyed store, ../ingest/keyed-store.ts).
 */
export interface EntityIndex {
  version: number;
  /** Node id → `label U+0001 row hash`. */
  nodes: Map<string, string>;
  /** Relationship id → `type U+0001 from label U+0001 from id U+0001 to label U+0001 to id U+0001 row hash`. */
  rels: Map<string, string>;
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
function rowHash(kind: string, row: Row, json?: string): string {
  return hash("sha1", `${kind}\u0000${json ?? JSON.stringify(row)}`, "base64url");
}

export function emptyIndex(): EntityIndex {
  return { version: ENTITY_INDEX_VERSION, nodes: new Map(), rels: new Map() };
}

const SEP = "\u0001";

function nodeOf(index: EntityIndex, id: string): NodeEntry | undefined {
  const e = index.nodes.get(id);
  return e === undefined ? undefined : (e.split(SEP) as NodeEntry);
}

function relOf(index: EntityIndex, id: string): RelEntry | undefined {
  const e = index.rels.get(id);
  return e === undefined ? undefined : (e.split(SEP) as RelEntry);
}

/** The label of a node entry (its text up to the first separator). */
function labelOf(entry: string): string {
  return entry.slice(0, entry.indexOf(SEP));
}

/** The entity index of a prepared batch. */
export function indexOfBatch(batch: PreparedBatch): EntityIndex {
  const index = emptyIndex();
  const add = indexRows(index);
  for (const [label, rows] of Object.entries(batch.nodes) as [NodeLabel, Row[]][])
    for (const row of rows) add.node(label, row);
  for (const g of batch.rels) for (const row of g.rows) add.rel(g, row);
  return index;
}

/**
 * Adds rows to `index` as they come (a streamed write's rows, cypher/prepare-batch.ts
 * `streamBatch`): the entries `indexOfBatch` makes of the same rows.
 */
export function indexRows(index: EntityIndex): {
  node(label: NodeLabel, row: Row, json?: string): void;
  rel(group: { type: RelType; from: NodeLabel; to: NodeLabel }, row: Row, json?: string): void;
} {
  return {
    node: (label, row, json) => index.nodes.set(String(row.id), `${label}${SEP}${rowHash(label, row, json)}`),
    rel: (group, row, json) => index.rels.set(String(row.id), relEntry(group, row, json).join(SEP)),
  };
}

const emptyDelta = (): GraphDelta => ({ removeRels: [], removeNodes: [], upsertNodes: [], upsertRels: [] });

/** The removal of the stored relationship `id` (its index entry `was`). */
function removal(id: string, [type, from, fromId, to, toId]: RelEntry): GraphDelta["removeRels"][number] {
  return { type, id, from, fromId, to, toId };
}

/**
 * Adds what turns the stored relationship `was` (absent: none) into `now`: nothing when its
 * endpoints and row are unchanged; an update in place when only its row changed; a removal and a
 * creation when its endpoints moved or `gone` (an endpoint was removed).
 */
function compareRel(
  delta: GraphDelta,
  id: string,
  was: RelEntry | undefined,
  now: RelEntry,
  g: PreparedBatch["rels"][number],
  row: Row,
  gone: boolean,
): void {
  const isNew = !was || gone || was.slice(0, 5).join("\u0001") !== now.slice(0, 5).join("\u0001");
  if (!isNew && was[5] === now[5]) return;
  if (was && isNew) delta.removeRels.push(removal(id, was));
  delta.upsertRels.push({ type: g.type, from: g.from, to: g.to, row, isNew });
}

/** A relationship's entry in the entity index: type, endpoints (label and id) and row hash. */
function relEntry(g: { type: RelType; from: NodeLabel; to: NodeLabel }, row: Row, json?: string): RelEntry {
  return [g.type, g.from, String(row.from), g.to, String(row.to), rowHash(g.type, row, json)];
}

/** The delta that turns the graph indexed by `old` into `batch`, and the index of `batch`. */
export function diffGraph(old: EntityIndex, batch: PreparedBatch): { delta: GraphDelta; index: EntityIndex } {
  const index = indexOfBatch(batch);
  const delta = emptyDelta();
  for (const [id, was] of old.rels)
    if (!index.rels.has(id)) delta.removeRels.push(removal(id, was.split(SEP) as RelEntry));
  for (const [id, was] of old.nodes) {
    const now = index.nodes.get(id);
    // A node whose label changed is removed and created again under its new label.
    const label = labelOf(was);
    if (!now || labelOf(now) !== label) delta.removeNodes.push({ label: label as NodeLabel, id });
  }
  for (const [label, rows] of Object.entries(batch.nodes) as [NodeLabel, Row[]][]) {
    for (const row of rows) {
      const id = String(row.id);
      const was = nodeOf(old, id);
      const isNew = !was || was[0] !== label;
      if (isNew || was[1] !== nodeOf(index, id)?.[1]) delta.upsertNodes.push({ label, row, isNew });
    }
  }
  const removedNodes = new Set(delta.removeNodes.map((n) => n.id));
  for (const g of batch.rels) {
    for (const row of g.rows) {
      const id = String(row.id);
      const was = relOf(old, id);
      // A relationship whose endpoint node was removed (label change) went with it.
      const gone = was !== undefined && (removedNodes.has(was[2]) || removedNodes.has(was[4]));
      compareRel(delta, id, was, relOf(index, id)!, g, row, gone);
    }
  }
  return { delta, index };
}

/** Ids of the nodes and relationships that may differ between a stored graph and a new one. */
export interface ChangedIds {
  nodes: Iterable<string>;
  rels: Iterable<string>;
}

/** A graph read entity by entity (ingest/resolve/stored-graph.ts): only what is asked for is built. */
export interface GraphLookup {
  node(id: string): GraphNode | undefined;
  rel(id: string): GraphRel | undefined;
}

/** The relationships `ids` of a graph and their endpoint nodes (of a batch: every copy of an id). */
function pickChanged(
  graph: GraphBatch | GraphLookup,
  relIds: ReadonlySet<string>,
  nodeIds: ReadonlySet<string>,
): GraphBatch {
  const isBatch = "nodes" in graph && Array.isArray(graph.nodes);
  const rels = isBatch
    ? (graph as GraphBatch).rels.filter((r) => relIds.has(r.id))
    : [...relIds].flatMap((id) => (graph as GraphLookup).rel(id) ?? []);
  // Changed nodes, and the ends of changed relationships (for their labels and validation).
  const wanted = new Set(nodeIds);
  for (const r of rels) {
    wanted.add(r.source);
    wanted.add(r.target);
  }
  const nodes = isBatch
    ? (graph as GraphBatch).nodes.filter((n) => wanted.has(n.id))
    : [...wanted].flatMap((id) => (graph as GraphLookup).node(id) ?? []);
  return { nodes, rels };
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
  batch: GraphBatch | GraphLookup,
  changed: ChangedIds,
): { delta: GraphDelta; index: EntityIndex } | string {
  const nodeIds = new Set(changed.nodes);
  const relIds = new Set(changed.rels);
  const part = prepareBatch(pickChanged(batch, relIds, nodeIds));
  const delta = emptyDelta();
  const nodeEntries = new Map<string, NodeEntry | null>(); // null: removed
  const relEntries = new Map<string, RelEntry | null>();
  for (const [label, rows] of Object.entries(part.nodes) as [NodeLabel, Row[]][]) {
    for (const row of rows) {
      const id = String(row.id);
      if (!nodeIds.has(id)) continue;
      const was = nodeOf(old, id);
      if (was && was[0] !== label) return `node ${id} changes label (${was[0]} → ${label})`;
      const h = rowHash(label, row);
      nodeEntries.set(id, [label, h]);
      if (was?.[1] !== h) delta.upsertNodes.push({ label, row, isNew: !was });
    }
  }
  for (const id of nodeIds) {
    const was = nodeOf(old, id);
    if (nodeEntries.has(id) || !was) continue;
    nodeEntries.set(id, null);
    delta.removeNodes.push({ label: was[0], id });
  }
  for (const g of part.rels) {
    for (const row of g.rows) {
      const id = String(row.id);
      const was = relOf(old, id);
      const now = relEntry(g, row);
      relEntries.set(id, now);
      compareRel(delta, id, was, now, g, row, false);
    }
  }
  for (const id of relIds) {
    const was = relOf(old, id);
    if (relEntries.has(id) || !was) continue;
    relEntries.set(id, null);
    delta.removeRels.push(removal(id, was));
  }
  if (delta.removeNodes.length > 0) {
    // A removed node's relationships must all be removed too (the store would drop them silently).
    const gone = new Set(delta.removeNodes.map((n) => n.id));
    for (const [id, entry] of old.rels) {
      const r = entry.split(SEP) as RelEntry;
      if ((gone.has(r[2]) || gone.has(r[4])) && relEntries.get(id) !== null)
        return `relationship ${id} is left pointing at removed node ${gone.has(r[2]) ? r[2] : r[4]}`;
    }
  }
  for (const [id, e] of nodeEntries)
    if (e) old.nodes.set(id, e.join(SEP));
    else old.nodes.delete(id);
  for (const [id, e] of relEntries)
    if (e) old.rels.set(id, e.join(SEP));
    else old.rels.delete(id);
  return { delta, index: old };
}

/** How many entities a delta touches. */
export function deltaSize(d: GraphDelta): number {
  return d.removeRels.length + d.removeNodes.length + d.upsertNodes.length + d.upsertRels.length;
}
