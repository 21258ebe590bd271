/**
 * The store factory: picks the backend from `config.LAOMO_STORE` (embedded kuzu by default,
 * or Neo4j at `NEO4J_URI`) and opens it with the configured timeout and row cap.
 */
import type { Config } from "../model/config.ts";
import { InvalidInputError } from "../model/errors.ts";
import type { GraphStore } from "./store.ts";

export interface OpenStoreOptions {
  readOnly?: boolean;
}

export async function openStore(config: Config, opts: OpenStoreOptions = {}): Promise<GraphStore> {
  if (config.LAOMO_STORE === "neo4j") {
    if (!config.NEO4J_URI)
      throw new InvalidInputError("LAOMO_STORE=neo4j needs NEO4J_URI (e.g. bolt://localhost:7687)");
    const { openNeo4jStore } = await import("./neo4j-store.ts");
    return openNeo4jStore({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      queryTimeoutMs: config.LAOMO_QUERY_TIMEOUT_MS,
      rowLimit: config.LAOMO_ROW_LIMIT,
    });
  }
  const { openKuzuStore } = await import("./kuzu-store.ts");
  return openKuzuStore({
    dataDir: config.LAOMO_DATA_DIR,
    readOnly: opts.readOnly ?? false,
    queryTimeoutMs: config.LAOMO_QUERY_TIMEOUT_MS,
    rowLimit: config.LAOMO_ROW_LIMIT,
    consoleWorker: { workers: config.LAOMO_CONSOLE_WORKERS, sandbox: config.LAOMO_CONSOLE_SANDBOX },
  });
}
