/**
 * The real server for browser tests: a temp embedded (kuzu) store loaded with the
 * fictional server test graph (or files ingested by the real pipeline), `createApp` from server/app.ts, listening on port 0,
 * serving the freshly built client.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureClientBuilt } from "../../client/build.ts";
import { openKuzuStore } from "../../cypher/kuzu-store.ts";
import { ingestPaths } from "../../ingest/pipeline.ts";
import { loadConfig } from "../../model/config.ts";
import { createApp } from "../../server/app.ts";
import { buildTestGraph } from "../../server/test-graph.ts";

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export interface StartTestAppOptions {
  /** Files or folders ingested with the real pipeline instead of loading the test graph. */
  ingest?: string[];
  /** Extra configuration (e.g. LAOMO_TOKEN for tests that write). */
  env?: Record<string, string>;
}

export async function startTestApp(opts: StartTestAppOptions = {}): Promise<RunningApp> {
  await ensureClientBuilt();
  const dataDir = mkdtempSync(path.join(tmpdir(), "laomo-e2e-"));
  const config = loadConfig({
    ...opts.env,
    LAOMO_DATA_DIR: dataDir,
    LAOMO_STORE: "embedded",
    PORT: "0",
  });
  const store = await openKuzuStore({
    dataDir,
    queryTimeoutMs: config.LAOMO_QUERY_TIMEOUT_MS,
    rowLimit: config.LAOMO_ROW_LIMIT,
  });
  if (opts.ingest) {
    await ingestPaths(opts.ingest, { store, dataDir });
  } else {
    await store.applySchema();
    await store.replaceGraph(buildTestGraph());
  }
  const app = createApp({ store, config });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
