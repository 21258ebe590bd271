/**
 * GET /api/schema: the labels, relationship types and properties the stores persist
 * (cypher/schema-spec.ts, model/types.ts), with the counts of /api/stats. One source for the
 * console's schema sidebar and its autocomplete.
 */

import type { z } from "zod";
import { kuzuColumnType, NODE_PROPS, type PropSpec, REL_PROPS } from "../../cypher/schema-spec.ts";
import type { StoreKind } from "../../cypher/store.ts";
import { NODE_LABELS, REL_ENDPOINTS, REL_TYPES } from "../../model/types.ts";
import type { SchemaResponse } from "../api-schemas.ts";

/**
 * A property as the API names it, with `stored`: the column type the embedded store keeps it in
 * (kuzu keeps relationship provenance as STRING text, cypher/schema-spec.ts `kuzuColumnType`), so
 * the console says to write `CAST(r.articleIds AS STRING[])` there. Neo4j stores the values as typed.
 */
function property(p: PropSpec, owner: "node" | "rel", store: StoreKind) {
  return store === "embedded"
    ? { name: p.name, type: p.kind, stored: kuzuColumnType(p, owner) }
    : { name: p.name, type: p.kind };
}

export function graphSchema(
  stats: {
    nodes: Record<string, number>;
    rels: Record<string, number>;
  },
  store: StoreKind,
): z.infer<typeof SchemaResponse> {
  return {
    nodes: NODE_LABELS.map((label) => ({
      label,
      count: stats.nodes[label] ?? 0,
      properties: NODE_PROPS[label].map((p) => property(p, "node", store)),
    })),
    relationships: REL_TYPES.map((type) => ({
      type,
      from: [...REL_ENDPOINTS[type].from],
      to: [...REL_ENDPOINTS[type].to],
      count: stats.rels[type] ?? 0,
      properties: REL_PROPS[type].map((p) => property(p, "rel", store)),
    })),
  };
}
