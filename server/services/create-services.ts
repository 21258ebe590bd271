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
import { type IngestPathsFn, IngestService, loadIngestPaths } from "./ingest-service.ts";
import { OverviewService } from "./overview-service.ts";
import { SearchService } from "./search-service.ts";
import {
  generationKey,
  type IngestWrite,
  loadStartCache,
  tooLargeToUpdate,
  updateStartData,
  writeStartCache,
} from "./start-cache.ts";

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
   * Rebuild everything derived from the graph (after an ingest or a correction), then rewrite the
   * start cache; after the server's own incremental ingest the search index and skeleton in use
   * are updated from the write's changed ids instead (`updateStartData`). The previous index and
   * skeleton keep answering until the new ones are ready.
   */
  refresh(): Promise<void>;
  /**
   * Server start: adopt the start cache of the live generation (search index, skeleton, event
   * index), or, when it is missing, stale or corrupt (or LAOMO_START_CACHE=off), build them
   * from the store like `refresh` and rewrite it.
   */
  start(): Promise<StartReport>;
  /** How the last refresh got its data: updated from an ingest's delta, or rebuilt (null: none yet). */
  lastRefresh(): "updated" | "rebuilt" | null;
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
  /** The generation the search index and skeleton in use describe (null: not known). */
  let held: string | null = null;
  /** The server's last ingest: the generation it started from and its write (taken by refresh). */
  let lastIngest: IngestWrite | null = null;
  const ingestPaths: IngestPathsFn = async (...args) => {
    const run = deps.ingestPaths ?? (await loadIngestPaths());
    lastIngest = null;
    const before = generationKey(dataDir, store);
    const summary = await run(...args);
    lastIngest = { before, write: summary.write };
    return summary;
  };
  /** After the server's own incremental ingest: the data in use updated from its changed ids. */
  const update = async (generation: string | null): Promise<boolean> => {
    const ingest = lastIngest;
    lastIngest = null;
    const changed = ingest?.write?.mode === "incremental" ? ingest.write.changed : undefined;
    const index = search.current;
    const skeleton = graph.currentSkeleton;
    if (!ingest || !changed || !index || !skeleton || held === null || held !== ingest.before) return false;
    if (tooLargeToUpdate(changed, skeleton)) return false;
    try {
      const data = await updateStartData(
        store,
        { search: index, skeleton, events: await events.items() },
        changed,
      );
      search.adopt(data.search);
      graph.adoptSkeleton(data.skeleton);
      events.prime(() => data.events);
      held = generation;
      return true;
    } catch (e) {
      console.warn(`start data not updated (${e instanceof Error ? e.message : String(e)}); rebuilding`);
      return false;
    }
  };
  let lastRefresh: "updated" | "rebuilt" | null = null;
  const refresh = async () => {
    overview.invalidate();
    const generation = generationKey(dataDir, store);
    lastRefresh = "updated";
    if (!(await update(generation))) {
      lastRefresh = "rebuilt";
      held = null;
      await Promise.all([search.rebuild(), graph.rebuildSkeleton()]);
      await events.warm();
      held = generation;
    }
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
        held = generationKey(dataDir, store);
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
      ingestPaths,
      afterIngest: refresh,
    }),
    refresh,
    start,
    lastRefresh: () => lastRefresh,
  };
}
