/**
 * `npm start`: load config, refuse a non-loopback HOST without a write token, resolve the
 * token (LAOMO_TOKEN(S) or <dataDir>/token, generated and shown once), open the store, apply
 * the schema, ingest the bundled sample corpus when the graph is empty (with a progress bar),
 * build the client if needed, load the search index and skeleton (from the start cache of the
 * live generation, else built and cached), and listen. The store is closed on SIGINT/SIGTERM.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cliProgress from "cli-progress";
import { consoleSandboxOf } from "../cypher/console-sandbox.ts";
import { openStore } from "../cypher/open-store.ts";
import type { GraphStore } from "../cypher/store.ts";
import { type Config, loadConfig } from "../model/config.ts";
import { closeSharedPdfPool } from "../reports/pdf-pool.ts";
import { createApp, servicesOf } from "./app.ts";
import { listenRefusal, tokenNotice } from "./http/listen-guard.ts";
import { resolveTokens } from "./http/write-tokens.ts";
import { loadIngestPaths } from "./services/ingest-service.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function isEmpty(store: GraphStore): Promise<boolean> {
  const counts = await store.counts();
  return Object.values(counts.nodes).every((n) => n === 0);
}

async function ingestSamples(store: GraphStore, config: Config): Promise<void> {
  const dir = path.resolve(config.LAOMO_SAMPLE_DIR);
  if (!existsSync(dir)) {
    console.warn(`The graph is empty and the sample corpus ${dir} does not exist; starting empty.`);
    return;
  }
  console.log(`The graph is empty: ingesting the sample corpus ${dir} …`);
  const ingestPaths = await loadIngestPaths();
  const bar = new cliProgress.SingleBar(
    { format: "ingest [{bar}] {value}/{total} files {file}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const summary = await ingestPaths([dir], {
    store,
    dataDir: config.LAOMO_DATA_DIR,
    onProgress: ({ done, total, file }) => {
      if (!started) {
        bar.start(total, 0, { file: "" });
        started = true;
      }
      bar.update(done, { file: path.basename(file) });
    },
  });
  if (started) bar.stop();
  console.log(
    `Ingested ${summary.files} files, ${summary.articles} articles → ${summary.nodes} nodes, ${summary.rels} relationships in ${Math.round(summary.ms)} ms` +
      (summary.skipped.length > 0 ? ` (${summary.skipped.length} skipped)` : ""),
  );
}

async function ensureClient(): Promise<void> {
  if (existsSync(path.join(repoRoot, "client", "dist", "index.html"))) return;
  try {
    const { ensureClientBuilt } = (await import("../client/build.ts")) as {
      ensureClientBuilt: () => Promise<void>;
    };
    console.log("Building the client (first start) …");
    await ensureClientBuilt();
  } catch (err) {
    console.warn(
      `Could not build the client (${err instanceof Error ? err.message : String(err)}); the API still works. ` +
        "Build it with `npx vite build client`.",
    );
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const refusal = listenRefusal(config);
  if (refusal) throw new Error(refusal);
  const resolvedTokens = await resolveTokens(config);
  console.log(tokenNotice(resolvedTokens));
  const store = await openStore(config);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: closing the store …`);
    server?.close();
    server?.closeAllConnections();
    try {
      await closeSharedPdfPool();
      if (app) await servicesOf(app).overview.close();
      await store.close();
    } finally {
      process.exit(0);
    }
  };
  let server: import("node:http").Server | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await store.applySchema();
  const sandbox = await consoleSandboxOf(store);
  console.log(
    `Console sandbox: ${sandbox.active ? `active (${sandbox.reason})` : `inactive: ${sandbox.reason}`}`,
  );
  if (await isEmpty(store)) await ingestSamples(store, config);
  await ensureClient();

  app = createApp({ store, config, tokens: resolvedTokens.tokens });
  const started = await servicesOf(app).start();
  console.log(
    started.source === "cache"
      ? `Search index and skeleton: from the start cache in ${Math.round(started.ms)} ms`
      : `Search index and skeleton: built in ${Math.round(started.ms)} ms (start cache: ${started.reason})`,
  );
  server = app.listen(config.PORT, config.HOST, () => {
    const address = server?.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    console.log(`laomo-graph explorer: http://localhost:${port}`);
  });
  server.on("error", (err) => {
    console.error(`Cannot listen on ${config.HOST}:${config.PORT}: ${err.message}`);
    void shutdown("error");
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
