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

export interface Services {
  store: GraphStore;
  search: SearchService;
  overview: OverviewService;
  graph: GraphService;
  cypher: CypherService;
  events: EventsService;
  exporter: ExportService;
  ingest: IngestService;
  /** Rebuild everything derived from the graph (after an ingest). */
  refresh(): Promise<void>;
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
  const refresh = async () => {
    overview.invalidate();
    await Promise.all([search.rebuild(), graph.rebuildSkeleton()]);
    await events.warm();
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
  };
}
