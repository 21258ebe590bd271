/**
 * zod schemas of GET /api/events (the events view): the query (filters, each optional, an
 * impossible range refused) and the response. The client imports the inferred types from here,
 * so the contract is typed once. Re-exported by api-schemas.ts.
 */
import { z } from "zod";
import { HONOUR_LEVELS, NODE_LABELS } from "../model/types.ts";

/** An empty query value (`organiser=`) means "no filter". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** A comma-separated list (at most 20 values); absent or empty is []. */
const csvList = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(item).max(20));

const DAY = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const EVENTS_MAX_LIMIT = 5000;

export const EventsQuery = z
  .object({
    organiser: optional(z.string().min(1).max(200)).describe("Organization id of an organiser"),
    region: optional(z.string().min(1).max(40)).describe("Province-level region (浙江, 全国 …)"),
    year: optional(z.coerce.number().int().min(1900).max(2100)).describe(
      "Year of the event (undated events: of their article)",
    ),
    level: csvList(z.enum(HONOUR_LEVELS)).describe(
      "Comma-separated honour levels: events with a speaker holding an honour of one of them",
    ),
    category: csvList(z.string().min(1).max(40)).describe(
      "Comma-separated honour categories: events with a speaker holding one of them",
    ),
    from: optional(z.string().regex(DAY)).describe("Earliest date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
    to: optional(z.string().regex(DAY)).describe("Latest date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
    limit: z.coerce.number().int().min(1).max(EVENTS_MAX_LIMIT).default(500).describe("Events returned"),
  })
  .refine((q) => !q.from || !q.to || q.from.slice(0, q.to.length) <= q.to, {
    message: "from is after to",
    path: ["from"],
  });
export type EventsFilter = z.output<typeof EventsQuery>;

const EventHonourSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(HONOUR_LEVELS).nullable(),
  category: z.string().nullable(),
  year: z.number().nullable(),
});

export const EventItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The event's own date (YYYY, YYYY-MM or YYYY-MM-DD), null when the text gave none. */
  date: z.string().nullable(),
  /** The earliest date of the articles that mention it. */
  articleDate: z.string().nullable(),
  /** What the timeline places it by: `date`, else `articleDate`; null when neither is known. */
  when: z.string().nullable(),
  theme: z.string().nullable(),
  campaign: z.string().nullable(),
  region: z.string().nullable(),
  venues: z.array(z.object({ id: z.string(), name: z.string() })),
  organisers: z.array(z.object({ id: z.string(), name: z.string(), role: z.string().nullable() })),
  speakers: z.array(
    z.object({
      id: z.string(),
      label: z.enum(NODE_LABELS),
      name: z.string(),
      talkTitle: z.string().nullable(),
      /** The highest honour level held (badge), null when none is known. */
      topLevel: z.enum(HONOUR_LEVELS).nullable(),
      honours: z.array(EventHonourSchema),
    }),
  ),
});
export type EventItem = z.infer<typeof EventItemSchema>;

const Count = z.object({ value: z.string(), count: z.number() });

export const EventsResponse = z.object({
  /** Events in the graph, and those matching every filter. */
  all: z.number(),
  total: z.number(),
  /** More matched than `limit`. */
  truncated: z.boolean(),
  /** Matching events by `when`, oldest first; those without any date last. */
  events: z.array(EventItemSchema),
  /** Each facet counts events matching every other filter (so a choice shows what it leaves). */
  facets: z.object({
    organisers: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
    regions: z.array(Count),
    years: z.array(Count),
    levels: z.array(Count),
    categories: z.array(Count),
  }),
  /** Events per month (every filter except the time range): the timeline under the brush. */
  timeline: z.array(z.object({ month: z.string(), dated: z.number(), undated: z.number() })),
});
export type EventsResult = z.infer<typeof EventsResponse>;
