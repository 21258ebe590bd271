/**
 * The first view: speakers ↔ events ↔ organisers from the `overview` query, laid out once
 * server-side (seeded random + ForceAtlas2) and cached per limit until the next ingest.
 */
import type { GraphStore } from "../../cypher/store.ts";
import type { SerializedGraph } from "../../model/types.ts";
import { layoutGraph } from "./layout-graph.ts";
import { graphFromRows } from "./rows-to-graph.ts";

export class OverviewService {
  private readonly cache = new Map<number, Promise<SerializedGraph>>();

  constructor(private readonly store: GraphStore) {}

  overview(limit: number): Promise<SerializedGraph> {
    let hit = this.cache.get(limit);
    if (!hit) {
      hit = this.compute(limit);
      this.cache.set(limit, hit);
      hit.catch(() => this.cache.delete(limit));
    }
    return hit;
  }

  invalidate(): void {
    this.cache.clear();
  }

  private async compute(limit: number): Promise<SerializedGraph> {
    const rows = await this.store.query<Record<string, unknown>>("overview", { limit });
    const graph = graphFromRows(rows);
    return layoutGraph(graph, { seed: 7 });
  }
}
