/**
 * IPC messages between the store (parent) and the console worker process that runs user-typed
 * Cypher on the embedded database, so that a kuzu crash kills only the worker.
 */
import type { CypherResult } from "./store.ts";

export interface WorkerQuery {
  kind: "query";
  id: number;
  /** The database file of the generation to read: the one the worker opened at start. */
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
  /**
   * Sent once when the worker has loaded and opened its generation (argv[2]); its start-up does
   * not count against query timeouts.
   */
  | { kind: "ready"; file: string }
  /** Sent instead of ready when the generation cannot be opened; the worker then exits. */
  | { kind: "failed"; code: string; message: string }
  | { kind: "result"; id: number; result: CypherResult }
  | { kind: "error"; id: number; code: string; message: string };
