/**
 * Entry of the console worker process (forked by `console-worker.ts`): opens the requested
 * database generation READ-ONLY (several processes may do so at once), runs one query at a time
 * and answers over IPC. A kuzu segfault ends only this process; the parent answers a typed error.
 */
import type { Connection } from "kuzu";
import kuzu from "kuzu";
import { AppError } from "../model/errors.ts";
import type { FromWorker, ToWorker } from "./console-worker-protocol.ts";
import { mapKuzuError } from "./kuzu-errors.ts";
import { runReadQuery } from "./kuzu-read-query.ts";

const BUFFER_POOL_BYTES = 512 * 1024 * 1024;
const MAX_DB_BYTES = 2 ** 38;

interface OpenDb {
  file: string;
  db: InstanceType<typeof kuzu.Database>;
  conn: Connection;
}

let open: OpenDb | null = null;
let queue: Promise<void> = Promise.resolve();

async function closeDb(): Promise<void> {
  if (!open) return;
  const { db, conn } = open;
  open = null;
  await conn.close();
  await db.close();
}

async function connectionFor(file: string): Promise<Connection> {
  if (open?.file === file) return open.conn;
  await closeDb();
  const db = new kuzu.Database(file, BUFFER_POOL_BYTES, true, true, MAX_DB_BYTES);
  await db.init();
  const conn = new kuzu.Connection(db);
  await conn.init();
  open = { file, db, conn };
  return conn;
}

function reply(msg: FromWorker): void {
  process.send?.(msg);
}

async function handle(msg: ToWorker): Promise<void> {
  if (msg.kind === "release") return closeDb();
  try {
    const conn = await connectionFor(msg.file);
    const result = await runReadQuery(conn, msg.query, msg.params, msg);
    reply({ kind: "result", id: msg.id, result });
  } catch (e) {
    const err = mapKuzuError(e, "query");
    const code = err instanceof AppError ? err.code : "internal";
    reply({ kind: "error", id: msg.id, code, message: err.message });
  }
}

process.on("message", (msg: ToWorker) => {
  queue = queue.then(() => handle(msg));
});
reply({ kind: "ready" });
process.on("disconnect", () => {
  void queue.then(closeDb).finally(() => process.exit(0));
});
