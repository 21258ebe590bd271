/**
 * The first view: speakers ↔ events ↔ organisers from the `overview` query, laid out server-side
 * (seeded random + ForceAtlas2) in a worker thread, so a large layout never blocks the server.
 * The limit is rounded down to one of a few sizes and the layouts of the most recent sizes are
 * cached until the next ingest, so the work per ingest is bounded whatever limits clients ask for.
 */
import type { GraphStore } from "../../cypher/store.ts";
import type { SerializedGraph } from "../../model/types.ts";
import { LayoutThread } from "./layout-thread.ts";
import { str } from "./row-values.ts";
import { DisplayGraph } from "./rows-to-graph.ts";

/** The overview sizes a limit is rounded down to (a limit below the first is used as given). */
export const OVERVIEW_SIZES = [10, 25, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000] as const;
/** The largest limit accepted (the API answers 400 above it). */
export const MAX_OVERVIEW_LIMIT = 5000;
/** Laid-out overviews kept (least recently used goes first). */
const CACHE_ENTRIES = 8;

/** The size actually laid out for `limit`: the largest allowed size not above it. */
export function overviewSize(limit: number): number {
  let size = limit;
  for (const s of OVERVIEW_SIZES) if (s <= limit) size = s;
  return Math.min(size, MAX_OVERVIEW_LIMIT);
}

export class OverviewService {
  /** Insertion order is recency order: a hit moves to the end, the first entry is evicted. */
  private readonly cache = new Map<number, Promise<SerializedGraph>>();
  private readonly layouts = new LayoutThread();

  constructor(private readonly store: GraphStore) {}

  overview(limit: number): Promise<SerializedGraph> {
    const size = overviewSize(limit);
    let hit = this.cache.get(size);
    if (hit) this.cache.delete(size);
    else {
      hit = this.compute(size);
      const entry = hit;
      hit.catch(() => {
        if (this.cache.get(size) === entry) this.cache.delete(size);
      });
    }
    this.cache.set(size, hit);
    while (this.cache.size > CACHE_ENTRIES) {
      const oldest = this.cache.keys().next().value as number;
      this.cache.delete(oldest);
    }
    return hit;
  }

  /** Sizes cached now, least recently used first (for tests). */
  cachedSizes(): number[] {
    return [...this.cache.keys()];
  }

  /** Layout worker threads started so far (for tests). */
  get layoutThreads(): number {
    return this.layouts.started;
  }

  invalidate(): void {
    this.cache.clear();
  }

  /** Stops the layout worker. */
  close(): Promise<void> {
    return this.layouts.close();
  }

  private async compute(limit: number): Promise<SerializedGraph> {
    const rows = await this.store.query<Record<string, unknown>>("overview", { limit });
    return this.layouts.layout(overviewGraph(rows), { seed: 7 });
  }
}

/** Overview rows (one per relationship, endpoints flattened: source/sourceLabel/sourceName …) → graph. */
export function overviewGraph(rows: Record<string, unknown>[]): SerializedGraph {
  const g = new DisplayGraph();
  for (const row of rows) {
    const source = str(row.source);
    const target = str(row.target);
    const id = str(row.id);
    if (!source || !target || !id) continue;
    g.addNode({ id: source, label: str(row.sourceLabel), name: str(row.sourceName) });
    g.addNode({ id: target, label: str(row.targetLabel), name: str(row.targetName) });
    const rel: Record<string, unknown> & { id: string; source: string; target: string } = {
      id,
      source,
      target,
      type: str(row.type),
    };
    if (row.role !== null && row.role !== undefined) rel.role = row.role;
    if (row.talkTitle !== null && row.talkTitle !== undefined) rel.talkTitle = row.talkTitle;
    g.addRel(rel);
  }
  return g.toSerialized();
}
