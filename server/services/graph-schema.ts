/**
 * GET /api/schema: the labels, relationship types and properties the stores persist
 * (cypher/schema-spec.ts, model/types.ts), with the counts of /api/stats. One source for the
 * console's schema sidebar and its autocomplete.
 */

import type { z } from "zod";
import { NODE_PROPS, REL_PROPS } from "../../cypher/schema-spec.ts";
import { NODE_LABELS, REL_ENDPOINTS, REL_TYPES } from "../../model/types.ts";
import type { SchemaResponse } from "../api-schemas.ts";

export function graphSchema(stats: {
  nodes: Record<string, number>;
  rels: Record<string, number>;
}): z.infer<typeof SchemaResponse> {
  return {
    nodes: NODE_LABELS.map((label) => ({
      label,
      count: stats.nodes[label] ?? 0,
      properties: NODE_PROPS[label].map((p) => ({ name: p.name, type: p.kind })),
    })),
    relationships: REL_TYPES.map((type) => ({
      type,
      from: [...REL_ENDPOINTS[type].from],
      to: [...REL_ENDPOINTS[type].to],
      count: stats.rels[type] ?? 0,
      properties: REL_PROPS[type].map((p) => ({ name: p.name, type: p.kind })),
    })),
  };
}
