/**
 * The map's data: every event and honoured person placed by the region derivation
 * (reports/derive-region.ts over venue, event, organiser, honour-scope and employer names), counted
 * per province or per city of one province. The placement is cached until the graph's counts change.
 */
import type { GraphStore } from "../../cypher/store.ts";
import { placeOfEvent, placeOfHolder, type Region } from "../../reports/derive-region.ts";
import type { RegionMembersResult, RegionsResult } from "../regions-schemas.ts";
import { str, strings } from "./row-values.ts";

interface Placed {
  id: string;
  name: string;
  region: Region | null;
  national: boolean;
}

interface Placement {
  key: string;
  events: Placed[];
  honourees: Placed[];
}

const NATIONAL = /^(?:中国|中华)?全国/;

type Kind = "events" | "honourees";
type Count = { events: number; honourees: number };
const zero = (): Count => ({ events: 0, honourees: 0 });

export class RegionService {
  private placement: Promise<Placement> | null = null;

  constructor(private readonly store: GraphStore) {}

  /** Events and honourees per province, or per city of `province`. */
  async counts(province?: string): Promise<RegionsResult> {
    const p = await this.place();
    const by = new Map<string, Count>();
    const res: RegionsResult = {
      level: province ? "city" : "province",
      province: province ?? null,
      regions: [],
      unplacedBelow: zero(),
      national: zero(),
      unknown: zero(),
      total: zero(),
    };
    const tally = (kind: Kind, items: Placed[]) => {
      for (const it of items) {
        res.total[kind]++;
        const r = it.region;
        if (!r) {
          res[it.national ? "national" : "unknown"][kind]++;
          continue;
        }
        if (province && r.province !== province) continue;
        const key = province ? r.city : r.province;
        if (!key) {
          res.unplacedBelow[kind]++;
          continue;
        }
        const c = by.get(key) ?? zero();
        c[kind]++;
        by.set(key, c);
      }
    };
    tally("events", p.events);
    tally("honourees", p.honourees);
    res.regions = [...by]
      .map(([name, c]) => ({ name, ...c }))
      .sort((a, b) => b.events + b.honourees - (a.events + a.honourees) || a.name.localeCompare(b.name));
    return res;
  }

  /** The events and honourees of one province (or one of its cities), sorted by name. */
  async members(province: string, city: string | undefined, limit: number): Promise<RegionMembersResult> {
    const p = await this.place();
    const pick = (items: Placed[]) =>
      items
        .filter((it) => it.region?.province === province && (!city || it.region.city === city))
        .sort((a, b) => a.name.localeCompare(b.name, "zh"));
    const events = pick(p.events);
    const honourees = pick(p.honourees);
    const out = (it: Placed) => ({
      id: it.id,
      name: it.name,
      city: it.region?.city ?? null,
      county: it.region?.county ?? null,
    });
    return {
      province,
      city: city ?? null,
      events: events.slice(0, limit).map(out),
      honourees: honourees.slice(0, limit).map(out),
      totalEvents: events.length,
      totalHonourees: honourees.length,
    };
  }

  private async place(): Promise<Placement> {
    const counts = await this.store.counts();
    const key = JSON.stringify(counts);
    const cached = this.placement;
    if (cached) {
      const p = await cached.catch(() => null);
      if (p?.key === key) return p;
    }
    const next = this.compute(key);
    this.placement = next;
    return next;
  }

  private async compute(key: string): Promise<Placement> {
    const [events, holders] = await Promise.all([
      this.store.query("region-events"),
      this.store.query("region-holders"),
    ]);
    return {
      key,
      events: events.map((r) => {
        const name = str(r.name);
        const venues = strings(r.venues);
        const organisers = strings(r.organisers);
        return {
          id: str(r.id),
          name,
          region: placeOfEvent(name, venues, organisers),
          national: [name, ...organisers].some((s) => NATIONAL.test(s)),
        };
      }),
      honourees: holders.map((r) => {
        const scopes = strings(r.scopes);
        return {
          id: str(r.id),
          name: str(r.name),
          region: placeOfHolder(scopes, strings(r.employers)),
          national: scopes.some((s) => NATIONAL.test(s)),
        };
      }),
    };
  }
}
