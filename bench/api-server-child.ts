/**
 * Child process of the API latency stage: opens the embedded store at LAOMO_DATA_DIR, loads
 * the search index and graph skeleton (start cache, or built and cached: `services.start()`, as
 * `npm start` does; LAOMO_START_CACHE=off builds them), listens on an ephemeral port and reports it to the parent over IPC; closes
 * the store and exits on "stop". Kept out of the parent so the load generator does not share
 * the server's event loop.
 */
import type { AddressInfo } from "node:net";
import { openStore } from "../cypher/open-store.ts";
import { loadConfig } from "../model/config.ts";
import { createApp, servicesOf } from "../server/app.ts";

const config = loadConfig();
const store = await openStore(config, { readOnly: true });
const app = createApp({ store, config, logError: () => {} });
const t0 = performance.now();
const started = await servicesOf(app).start();
const indexMs = performance.now() - t0;
const index = servicesOf(app).search;
const server = app.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({
    port,
    indexMs,
    entries: index.size,
    startSource: started.source,
    // Since this process started (node's time origin), as `server ready` counts from the fork.
    listeningMs: performance.now(),
    // CPU time this process used until then: robust to a busy machine, unlike wall time.
    listeningCpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  });
});
process.on("message", async (msg) => {
  if (msg === "cpu") {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMs: (user + system) / 1000 });
    return;
  }
  if (msg !== "stop") return;
  server.close();
  server.closeAllConnections();
  await store.close();
  process.exit(0);
});
