/**
 * Wires the services around one store: search index, overview cache, graph queries,
 * Cypher console, exports and ingest (which refreshes the first two).
 */
import type { GraphStore } from "../../cypher/store.ts";
import type { Config } from "../../model/config.ts";
import { CypherService } from "./cypher-service.ts";
import { EventsService } from "./events-service.ts";
import { ExportService } from "./export-service.ts";
import { GraphService } from "./graph-service.ts";
import { type IngestPathsFn, IngestService } from "./ingest-service.ts";
import { OverviewService } from "./overview-service.ts";
import { SearchService } from "./search-service.ts";
import { generationKey, loadStartCache, writeStartCache } from "./start-cache.ts";

export interface Services {
  store: GraphStore;
  search: SearchService;
  overview: OverviewService;
  graph: GraphService;
  cypher: CypherService;
  events: EventsService;
  exporter: ExportService;
  ingest: IngestService;
  /**
   * Rebuild everything derived from the graph (after an ingest), then rewrite the start cache.
   * The previous index and skeleton keep answering until the new ones are ready.
   */
  refresh(): Promise<void>;
  /**
   * Server start: adopt the start cache of the live generation (search index, skeleton, event
   * index), or, when it is missing, stale or corrupt (or LAOMO_START_CACHE=off), build them
   * from the store like `refresh` and rewrite it.
   */
  start(): Promise<StartReport>;
}

export interface StartReport {
  source: "cache" | "built";
  /** Why the cache was not used (source "built"). */
  reason?: string;
  ms: number;
}

export function createServices(deps: {
  store: GraphStore;
  config: Config;
  ingestPaths?: IngestPathsFn;
}): Services {
  const { store, config } = deps;
  const search = new SearchService(store);
  const overview = new OverviewService(store);
  const graph = new GraphService(store);
  const events = new EventsService(store);
  const useCache = config.LAOMO_START_CACHE === "on";
  const dataDir = config.LAOMO_DATA_DIR;
  const persist = async (generation: string | null) => {
    const index = search.current;
    const skeleton = graph.currentSkeleton;
    if (!useCache || !generation || !index || !skeleton) return;
    try {
      await writeStartCache(
        dataDir,
        store,
        { search: index, skeleton, events: await events.items() },
        generation,
      );
    } catch (e) {
      // A start without the cache still works: it rebuilds.
      console.warn(`start cache not written: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const refresh = async () => {
    overview.invalidate();
    const generation = generationKey(dataDir, store);
    await Promise.all([search.rebuild(), graph.rebuildSkeleton()]);
    await events.warm();
    await persist(generation);
  };
  const start = async (): Promise<StartReport> => {
    const t0 = performance.now();
    let reason = "LAOMO_START_CACHE=off";
    if (useCache) {
      const cached = loadStartCache(dataDir, store);
      if (cached.ok) {
        search.adopt(cached.data.search);
        graph.adoptSkeleton(cached.data.skeleton);
        events.prime(cached.data.events);
        return { source: "cache", ms: performance.now() - t0 };
      }
      reason = cached.reason;
    }
    await refresh();
    return { source: "built", reason, ms: performance.now() - t0 };
  };
  return {
    store,
    search,
    overview,
    graph,
    events,
    cypher: new CypherService(store, {
      timeoutMs: config.LAOMO_QUERY_TIMEOUT_MS,
      rowLimit: config.LAOMO_ROW_LIMIT,
      workers: config.LAOMO_CONSOLE_WORKERS,
      queue: config.LAOMO_CONSOLE_QUEUE,
      perClient: config.LAOMO_CONSOLE_PER_CLIENT,
    }),
    exporter: new ExportService(store),
    ingest: new IngestService({
      store,
      dataDir: config.LAOMO_DATA_DIR,
      ...(deps.ingestPaths ? { ingestPaths: deps.ingestPaths } : {}),
      afterIngest: refresh,
    }),
    refresh,
    start,
  };
}
