/**
 * The GraphStore contract: the only way the rest of the system touches a database.
 * Two real backends implement it: embedded (kuzu) and neo4j. Dialect differences live
 * inside the adapters and their `.cypher` variants, never in callers.
 */
import type { GraphBatch, NodeLabel, RelType, SerializedGraph } from "../model/types.ts";
import type { GraphDelta } from "./graph-delta.ts";
import type { Rewrite } from "./neo4j-rewrite.ts";
import type { PreparedBatch, RowPasses, StreamedBatch } from "./prepare-batch.ts";

export type StoreKind = "embedded" | "neo4j";

export interface WriteStats {
  nodes: number;
  rels: number;
  ms: number;
}

export interface GraphCounts {
  nodes: Record<NodeLabel, number>;
  rels: Record<RelType, number>;
}

/** A value as returned to API users: JSON-safe (integers as numbers, nodes/rels as plain objects). */
export type CypherValue = null | boolean | number | string | CypherValue[] | { [key: string]: CypherValue };

export interface CypherResult {
  columns: string[];
  rows: CypherValue[][];
  /** Rows were cut at the row cap. */
  truncated: boolean;
  /** Nodes and relationships found anywhere in the rows, as a graph (empty when none). */
  graph: SerializedGraph;
  ms: number;
  /** Neo4j forms the embedded store rewrote to kuzu before the guard (`neo4j-rewrite.ts`). */
  rewrites?: Rewrite[];
}

export interface ReadOnlyOptions {
  timeoutMs?: number;
  rowLimit?: number;
}

/** What a caller of `replaceGraphFromPasses` may run beside the store's own loading. */
export interface PassesLoadOptions {
  /**
   * Started once every row of the passes is made, and run while the store loads its tables (the
   * writer's entity index is written then, ingest/write-graph.ts); awaited before the new graph is
   * switched to (its failure fails the write). It should yield to the event loop now and then.
   */
  whileLoading?: () => Promise<void>;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Create tables / constraints if missing. Idempotent. */
  applySchema(): Promise<void>;
  /**
   * Replace the whole graph with `batch` atomically from a reader's point of view where the
   * backend allows it. Deterministic ids make this idempotent: the same batch twice → same counts.
   * `prepared`: `prepareBatch(batch)` when the caller already made it (the embedded store then
   * does not shape the rows again; a backend may ignore it).
   */
  replaceGraph(batch: GraphBatch, prepared?: PreparedBatch): Promise<WriteStats>;
  /**
   * `replaceGraph` from rows made as the store reads them (`streamBatch`: each table read once,
   * while it is written), so a whole graph's rows are never held at once. Absent: the writer
   * prepares every row and calls `replaceGraph`.
   */
  replaceGraphStreamed?(prepared: StreamedBatch): Promise<WriteStats>;
  /**
   * `replaceGraph` from rows made in two passes over a graph read one entity at a time
   * (`passesOf`: every node, then every relationship, each row written to its table as made), so
   * neither the graph nor any table's rows are held. Absent: the writer uses the calls above.
   */
  replaceGraphFromPasses?(passes: RowPasses, opts?: PassesLoadOptions): Promise<WriteStats>;
  /**
   * A token that changes with every write (kuzu: the live generation's name), so a writer can
   * tell whether its persisted entity index still describes the stored graph; null when unknown.
   * Absent: incremental writes are not supported and every write replaces the graph.
   */
  graphVersion?(): Promise<string | null>;
  /**
   * Apply a delta (cypher/graph-delta.ts) atomically from a reader's point of view: the graph is
   * the old one or the new one, never half of the delta. Used by incremental ingest.
   */
  applyDelta?(delta: GraphDelta): Promise<WriteStats>;
  /** Run a named query from `cypher/queries/<name>.cypher` (with a per-backend variant if present). */
  query<T = Record<string, CypherValue>>(name: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Run a user-typed query after the read-only guard; refuses writes and file access. */
  runReadOnly(
    query: string,
    params?: Record<string, unknown>,
    options?: ReadOnlyOptions,
  ): Promise<CypherResult>;
  counts(): Promise<GraphCounts>;
  close(): Promise<void>;
}
