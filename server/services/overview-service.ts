/**
 * The first view: speakers ↔ events ↔ organisers from the `overview` query, laid out once
 * server-side (seeded random + ForceAtlas2) and cached per limit until the next ingest.
 */
import type { GraphStore } from "../../cypher/store.ts";
import type { SerializedGraph } from "../../model/types.ts";
import { layoutGraph } from "./layout-graph.ts";
import { str } from "./row-values.ts";
import { DisplayGraph } from "./rows-to-graph.ts";

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
    return layoutGraph(overviewGraph(rows), { seed: 7 });
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
