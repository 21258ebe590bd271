/**
 * IPC messages between the store (parent) and the console worker process that runs user-typed
 * Cypher on the embedded database, so that a kuzu crash kills only the worker.
 */
import type { CypherResult } from "./store.ts";

export interface WorkerQuery {
  kind: "query";
  id: number;
  /** The database file of the generation to read (opened read-only, re-opened when it changes). */
  file: string;
  query: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  rowLimit: number;
}

/** Asks the worker to close its database handle (sent after a generation switch). */
export interface WorkerRelease {
  kind: "release";
}

export type ToWorker = WorkerQuery | WorkerRelease;

export type FromWorker =
  /** Sent once when the worker has loaded (its start-up does not count against query timeouts). */
  | { kind: "ready" }
  | { kind: "result"; id: number; result: CypherResult }
  | { kind: "error"; id: number; code: string; message: string };
