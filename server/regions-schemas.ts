/**
 * zod schemas of the map's API: GET /api/regions (events and honourees per province, or per city
 * of one province) and GET /api/regions/members (who and what one region holds). The client
 * imports the inferred types from here. Re-exported by api-schemas.ts.
 */
import { z } from "zod";

/** An empty query value (`city=`) means "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

const Name = z.string().min(2).max(40);

export const RegionsQuery = z.object({
  province: optional(Name).describe("Short province name (浙江, 内蒙古 …): count its cities instead"),
});

const Count = z.object({ events: z.number().int(), honourees: z.number().int() });

export const RegionCountSchema = Count.extend({
  /** Short province name (浙江) or full city name (宁波市, for municipalities the district). */
  name: z.string(),
});

export const RegionsResponse = z.object({
  level: z.enum(["province", "city"]),
  /** The province drilled into, null at the country level. */
  province: z.string().nullable(),
  regions: z.array(RegionCountSchema),
  /** Placed only at a level above the one counted (the province but no city is known). */
  unplacedBelow: Count,
  /** National (全国) honourees and events with no region of their own. */
  national: Count,
  /** Neither placed nor national. */
  unknown: Count,
  /** All events and honourees counted. */
  total: Count,
});
export type RegionsResult = z.infer<typeof RegionsResponse>;

export const REGION_MEMBERS_MAX = 2000;

export const RegionMembersQuery = z.object({
  province: Name.describe("Short province name (浙江)"),
  city: optional(Name).describe("Full city name (宁波市)"),
  limit: z.coerce.number().int().min(1).max(REGION_MEMBERS_MAX).default(500),
});

const Member = z.object({
  id: z.string(),
  name: z.string(),
  city: z.string().nullable(),
  county: z.string().nullable(),
});

export const RegionMembersResponse = z.object({
  province: z.string(),
  city: z.string().nullable(),
  events: z.array(Member),
  honourees: z.array(Member),
  /** How many matched in all (the lists stop at `limit`). */
  totalEvents: z.number().int(),
  totalHonourees: z.number().int(),
});
export type RegionMembersResult = z.infer<typeof RegionMembersResponse>;
