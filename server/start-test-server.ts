/**
 * Starts the real server for tests and benches: a fresh embedded store in a temp data dir,
 * loaded with a GraphBatch (default: the fictional test graph), on an ephemeral port.
 * Writes need `token` (a fresh one per server unless `env` sets LAOMO_TOKEN/LAOMO_TOKENS):
 * send `authHeaders()`.
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
import { generateToken, tokensFromConfig } from "./http/write-tokens.ts";
import type { IngestPathsFn } from "./services/ingest-service.ts";
import { buildTestGraph } from "./test-graph.ts";

export interface TestServer {
  baseUrl: string;
  store: GraphStore;
  dataDir: string;
  server: Server;
  /** A write token the server accepts (the first one when `env` names several). */
  token: string;
  /** `{ authorization: "Bearer <token>" }`, to spread into a write's headers. */
  authHeaders(): Record<string, string>;
  close(): Promise<void>;
}

export async function startTestServer(
  opts: {
    batch?: GraphBatch;
    env?: Record<string, string>;
    ingestPaths?: IngestPathsFn;
    clientDist?: string;
    /** Listen address (default 127.0.0.1); `baseUrl` uses it. */
    host?: string;
  } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "laomo-server-"));
  const config = loadConfig({
    LAOMO_STORE: "embedded",
    LAOMO_DATA_DIR: dataDir,
    ...(opts.host ? { HOST: opts.host } : {}),
    ...opts.env,
  });
  const store = await openStore(config);
  await store.applySchema();
  await store.replaceGraph(opts.batch ?? buildTestGraph());
  const fromEnv = tokensFromConfig(config);
  const tokens = fromEnv.length > 0 ? fromEnv : [{ name: "test", token: generateToken() }];
  const token = tokens[0]!.token;
  const app = createApp({
    store,
    config,
    tokens,
    logError: () => {},
    ...(opts.ingestPaths ? { ingestPaths: opts.ingestPaths } : {}),
    ...(opts.clientDist ? { clientDist: opts.clientDist } : {}),
  });
  await servicesOf(app).refresh();
  const host = opts.host ?? "127.0.0.1";
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, host, () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    store,
    dataDir,
    server,
    token,
    authHeaders: () => ({ authorization: `Bearer ${token}` }),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
