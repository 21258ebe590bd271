/**
 * GET /api/events for the events view. The types are the server's zod schemas
 * (server/events-schemas.ts), imported as types only: one contract, typed once.
 */
import type { EventItem, EventsResult } from "../../server/events-schemas.ts";
import { ApiError } from "./api.ts";

export type { EventItem, EventsResult };

export interface EventsParams {
  organiser: string | null;
  region: string | null;
  levels: string[];
  categories: string[];
  yearFrom: number | null;
  yearTo: number | null;
  limit?: number;
}

/** The query string of a request (empty filters left out). */
export function eventsQuery(p: EventsParams): string {
  const q = new URLSearchParams();
  if (p.organiser) q.set("organiser", p.organiser);
  if (p.region) q.set("region", p.region);
  if (p.levels.length) q.set("level", p.levels.join(","));
  if (p.categories.length) q.set("category", p.categories.join(","));
  if (p.yearFrom !== null) q.set("from", String(p.yearFrom));
  if (p.yearTo !== null) q.set("to", String(p.yearTo));
  if (p.limit) q.set("limit", String(p.limit));
  return q.toString();
}

export async function fetchEvents(p: EventsParams, signal?: AbortSignal): Promise<EventsResult> {
  const qs = eventsQuery(p);
  const res = await fetch(`/api/events${qs ? `?${qs}` : ""}`, {
    headers: { accept: "application/json" },
    signal,
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok)
    throw new ApiError(
      res.status,
      String(body.error ?? "http_error"),
      String(body.message ?? res.statusText),
    );
  return body as unknown as EventsResult;
}
