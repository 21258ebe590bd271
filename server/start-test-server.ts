/**
 * Starts the real server for tests and benches: a fresh embedded store in a temp data dir,
 * loaded with a GraphBatch (default: the fictional test graph), on an ephemeral port.
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "../cypher/open-store.ts";
import type { GraphStore } from "../cypher/store.ts";
import { loadConfig } from "../model/config.ts";
import type { GraphBatch } from "../model/types.ts";
import { createApp, servicesOf } from "./app.ts";
import type { IngestPathsFn } from "./services/ingest-service.ts";
import { buildTestGraph } from "./test-graph.ts";

export interface TestServer {
  baseUrl: string;
  store: GraphStore;
  dataDir: string;
  server: Server;
  close(): Promise<void>;
}

export async function startTestServer(
  opts: {
    batch?: GraphBatch;
    env?: Record<string, string>;
    ingestPaths?: IngestPathsFn;
    clientDist?: string;
  } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "laomo-server-"));
  const config = loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir, ...opts.env });
  const store = await openStore(config);
  await store.applySchema();
  await store.replaceGraph(opts.batch ?? buildTestGraph());
  const app = createApp({
    store,
    config,
    logError: () => {},
    ...(opts.ingestPaths ? { ingestPaths: opts.ingestPaths } : {}),
    ...(opts.clientDist ? { clientDist: opts.clientDist } : {}),
  });
  await servicesOf(app).refresh();
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    store,
    dataDir,
    server,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
