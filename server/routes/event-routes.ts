/**
 * GET /api/events: the events view's timeline (events with date, speakers with honours,
 * organisers with role, venue) filtered by organiser, region, year, honour level, category and
 * time range, with facet counts. Thin: validated query in, EventsService out.
 */
import { EventsQuery, EventsResponse } from "../events-schemas.ts";
import { type ApiRoute, defineRoute } from "../http/define-route.ts";
import type { EventsService } from "../services/events-service.ts";

export function eventRoutes(events: EventsService): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/events",
      tag: "explore",
      summary: "Events on a timeline with speakers (honours), organisers (role) and venue; facets",
      description:
        "Undated events take the date of their earliest article (`when`). Each facet counts the events " +
        "matching every other filter; `timeline` counts events per month ignoring the time range. " +
        "`from` after `to` answers 400.",
      query: EventsQuery,
      response: { description: "Matching events, facets and timeline", schema: EventsResponse },
      errors: [400],
      handle: ({ query }) => events.events(query),
    }),
  ];
}
