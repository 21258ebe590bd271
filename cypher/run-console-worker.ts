/**
 * Entry of the console worker process (started by `console-pool.ts`, inside the bubblewrap
 * sandbox when active): opens the generation named by argv[2] READ-ONLY, says ready, runs one
 * query at a time and answers over IPC. A kuzu segfault ends only this process.
 */
import type { Connection } from "kuzu";
import kuzu from "kuzu";
import { AppError, StoreUnavailableError } from "../model/errors.ts";
import type { FromWorker, ToWorker } from "./console-worker-protocol.ts";
import { mapKuzuError } from "./kuzu-errors.ts";
import { runReadQuery } from "./kuzu-read-query.ts";

/** Each worker has its own buffer pool: LAOMO_CONSOLE_WORKERS (≤ 8) × 512 MiB at most. */
const BUFFER_POOL_BYTES = 512 * 1024 * 1024;
const MAX_DB_BYTES = 2 ** 38;

interface OpenDb {
  file: string;
  db: InstanceType<typeof kuzu.Database>;
  conn: Connection;
}

let open: OpenDb | null = null;
let queue: Promise<void> = Promise.resolve();

/** Answers the parent; after a disconnect (the parent stopped this worker) there is no one to tell. */
function reply(msg: FromWorker): void {
  if (process.connected) process.send?.(msg, undefined, undefined, () => undefined);
}

async function closeDb(): Promise<void> {
  if (!open) return;
  const { db, conn } = open;
  open = null;
  await conn.close();
  await db.close();
}

async function openDb(file: string): Promise<OpenDb> {
  const db = new kuzu.Database(file, BUFFER_POOL_BYTES, true, true, MAX_DB_BYTES);
  await db.init();
  const conn = new kuzu.Connection(db);
  await conn.init();
  return { file, db, conn };
}

function errorReply(e: unknown): { code: string; message: string } {
  const err = mapKuzuError(e, "query");
  if (err instanceof AppError) return { code: err.code, message: err.message };
  // Not a typed error: its text is not for clients (the parent answers 500 with this sentence).
  console.error("[console worker] query failed:", e);
  return { code: "internal", message: "The database could not run this query." };
}

async function handle(msg: ToWorker): Promise<void> {
  if (msg.kind === "release") return closeDb();
  try {
    if (!open || open.file !== msg.file)
      throw new StoreUnavailableError("the console worker reads another generation");
    const result = await runReadQuery(open.conn, msg.query, msg.params, msg);
    reply({ kind: "result", id: msg.id, result });
  } catch (e) {
    reply({ kind: "error", id: msg.id, ...errorReply(e) });
  }
}

async function start(): Promise<void> {
  const file = process.argv[2];
  try {
    if (!file) throw new StoreUnavailableError("the console worker was started without a generation");
    open = await openDb(file);
    // One tiny query loads the remaining code paths, so the first user query is not slowed by them.
    await runReadQuery(open.conn, "RETURN 1", {}, { timeoutMs: 60_000, rowLimit: 1 });
  } catch (e) {
    // Exit once the parent has the reason (or at once when it is gone).
    if (process.send && process.connected)
      process.send({ kind: "failed", ...errorReply(e) } satisfies FromWorker, () => process.exit(1));
    else process.exit(1);
    return;
  }
  reply({ kind: "ready", file });
}

process.on("message", (msg: ToWorker) => {
  queue = queue.then(() => handle(msg));
});
process.on("disconnect", () => {
  void queue.then(closeDb).finally(() => process.exit(0));
});
queue = start();
