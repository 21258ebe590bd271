/**
 * The events view's index: every event with its date (or its article's), region, venues,
 * organisers and speakers with honours, read once from the store by paged named queries and
 * joined here (each query pages over its rows); `loadEventItems` reads some events by id (the
 * start cache's update). `filterEvents` answers GET /api/events from it: filters, facet counts,
 * timeline.
 */
import type { GraphStore } from "../../cypher/store.ts";
import { HONOUR_LEVELS, type HonourLevel } from "../../model/types.ts";
import { NATIONAL_REGION, regionOf } from "../../reports/derive-region.ts";
import type { EventItem, EventsFilter, EventsResult } from "../events-schemas.ts";
import { nodeLabel, numOrNull, type Row, str, strings, strOrNull } from "./row-values.ts";

const PAGE = 20_000;
/** One collator for every sort (localeCompare with a locale builds one per call). */
const zh = new Intl.Collator("zh");

async function paged(store: GraphStore, name: string, page: number): Promise<Row[]> {
  const out: Row[] = [];
  for (let skip = 0; ; skip += page) {
    const rows = await store.query<Row>(name, { skip, limit: page });
    out.push(...rows);
    if (rows.length < page) return out;
  }
}

const levelOf = (v: unknown): HonourLevel | null =>
  (HONOUR_LEVELS as readonly string[]).includes(str(v)) ? (str(v) as HonourLevel) : null;

const rank = (l: HonourLevel | null) => (l === null ? HONOUR_LEVELS.length : HONOUR_LEVELS.indexOf(l));

/** One region for an event: its venue's, else a regional organiser's, else 全国 if one is national. */
export function regionOfEvent(venues: readonly string[], organisers: readonly string[]): string | null {
  let national = false;
  for (const name of [...venues, ...organisers]) {
    const r = regionOf(name);
    if (r === NATIONAL_REGION) national = true;
    else if (r) return r;
  }
  return national ? NATIONAL_REGION : null;
}

/** Reads the whole index (events in id order; the filter sorts by time). */
export async function loadEventIndex(store: GraphStore, page = PAGE): Promise<EventItem[]> {
  // Sequential: the embedded store serialises reads anyway, and Neo4j needs no burst.
  const events = await paged(store, "list-events", page);
  const articleDates = await paged(store, "list-article-dates", page);
  const speakers = await paged(store, "list-event-speakers", page);
  const organisers = await paged(store, "list-event-organisers", page);
  const venues = await paged(store, "list-event-venues", page);
  const honours = await paged(store, "list-speaker-honours", page);
  return joinEvents(events, articleDates, speakers, organisers, venues, honours);
}

/**
 * The index items of the events whose id is in `ids` (absent ones left out), in id order: what
 * `loadEventIndex` gives for them (the start cache's update after an incremental write).
 */
export async function loadEventItems(store: GraphStore, ids: readonly string[]): Promise<EventItem[]> {
  if (ids.length === 0) return [];
  const q = (name: string, list: readonly string[]) =>
    list.length === 0 ? Promise.resolve([]) : store.query<Row>(name, { ids: [...list] });
  const events = await q("list-events-by-id", ids);
  const articles = [...new Set(events.flatMap((r) => strings(r.articleIds)))];
  const articleDates = await q("list-article-dates-by-id", articles);
  const speakers = await q("list-event-speakers-by-id", ids);
  const organisers = await q("list-event-organisers-by-id", ids);
  const venues = await q("list-event-venues-by-id", ids);
  const honours = await q("list-speaker-honours-by-id", [...new Set(speakers.map((r) => str(r.id)))]);
  return joinEvents(events, articleDates, speakers, organisers, venues, honours);
}

function joinEvents(
  events: Row[],
  articleDateRows: Row[],
  speakers: Row[],
  organisers: Row[],
  venues: Row[],
  honourRows: Row[],
): EventItem[] {
  const articleDates = new Map(articleDateRows.map((r) => [str(r.id), str(r.date)]));
  const honours = new Map<string, EventItem["speakers"][number]["honours"]>();
  for (const r of honourRows) {
    const list = honours.get(str(r.speaker)) ?? [];
    list.push({
      id: str(r.id),
      name: str(r.name),
      level: levelOf(r.level),
      category: strOrNull(r.category),
      year: numOrNull(r.year),
    });
    honours.set(str(r.speaker), list);
  }
  const byId = new Map<string, EventItem>();
  for (const r of events) {
    const dates = strings(r.articleIds)
      .map((a) => articleDates.get(a))
      .filter((d): d is string => Boolean(d))
      .sort();
    const date = strOrNull(r.date);
    const articleDate = dates[0] ?? null;
    byId.set(str(r.id), {
      id: str(r.id),
      name: str(r.name),
      date,
      articleDate,
      when: date ?? articleDate,
      theme: strOrNull(r.theme),
      campaign: strOrNull(r.campaign),
      region: null,
      venues: [],
      organisers: [],
      speakers: [],
    });
  }
  for (const r of venues) byId.get(str(r.event))?.venues.push({ id: str(r.id), name: str(r.name) });
  for (const r of organisers)
    byId.get(str(r.event))?.organisers.push({ id: str(r.id), name: str(r.name), role: strOrNull(r.role) });
  for (const r of speakers) {
    const e = byId.get(str(r.event));
    if (!e) continue;
    const hs = [...(honours.get(str(r.id)) ?? [])].sort((a, b) => rank(a.level) - rank(b.level));
    e.speakers.push({
      id: str(r.id),
      label: nodeLabel(r.label, str(r.id)),
      name: str(r.name),
      talkTitle: strOrNull(r.talkTitle),
      topLevel: hs[0]?.level ?? null,
      honours: hs,
    });
  }
  const roleRank = (role: string | null) => (role === "主办" ? 0 : role === null ? 2 : 1);
  for (const e of byId.values()) {
    e.region = regionOfEvent(
      e.venues.map((v) => v.name),
      e.organisers.map((o) => o.name),
    );
    e.organisers.sort((a, b) => roleRank(a.role) - roleRank(b.role) || zh.compare(a.name, b.name));
    e.speakers.sort((a, b) => rank(a.topLevel) - rank(b.topLevel) || zh.compare(a.name, b.name));
  }
  return [...byId.values()];
}

/** Compares two dates of different precision on their common prefix ("2024" = "2024-05"). */
function cmpPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

type Facet = "organiser" | "region" | "year" | "level" | "category" | "time";

function matches(e: EventItem, f: EventsFilter, skip: Facet | null): boolean {
  if (skip !== "organiser" && f.organiser && !e.organisers.some((o) => o.id === f.organiser)) return false;
  if (skip !== "region" && f.region && e.region !== f.region) return false;
  if (
    skip !== "level" &&
    f.level.length > 0 &&
    !e.speakers.some((s) => s.honours.some((h) => h.level !== null && f.level.includes(h.level)))
  )
    return false;
  if (
    skip !== "category" &&
    f.category.length > 0 &&
    !e.speakers.some((s) => s.honours.some((h) => h.category !== null && f.category.includes(h.category)))
  )
    return false;
  if (skip !== "year" && skip !== "time" && f.year !== undefined && e.when?.slice(0, 4) !== String(f.year))
    return false;
  if (skip !== "time" && skip !== "year" && (f.from || f.to)) {
    if (!e.when) return false;
    if (f.from && cmpPrefix(e.when, f.from) < 0) return false;
    if (f.to && cmpPrefix(e.when, f.to) > 0) return false;
  }
  return true;
}

function counted(values: Iterable<string>): { value: string; count: number }[] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

const byWhen = (a: EventItem, b: EventItem) =>
  a.when === b.when
    ? a.id < b.id
      ? -1
      : 1
    : a.when === null
      ? 1
      : b.when === null
        ? -1
        : a.when < b.when
          ? -1
          : 1;

/** GET /api/events over the index: matching events (time order), facets and the timeline. */
export function filterEvents(index: readonly EventItem[], f: EventsFilter): EventsResult {
  const matched = index.filter((e) => matches(e, f, null)).sort(byWhen);
  const except = (facet: Facet) => index.filter((e) => matches(e, f, facet));

  const orgCounts = new Map<string, { id: string; name: string; count: number }>();
  for (const e of except("organiser"))
    for (const id of new Set(e.organisers.map((o) => o.id))) {
      const o = e.organisers.find((x) => x.id === id)!;
      const c = orgCounts.get(id) ?? { id, name: o.name, count: 0 };
      c.count++;
      orgCounts.set(id, c);
    }
  const speakersOf = (
    e: EventItem,
    pick: (h: EventItem["speakers"][number]["honours"][number]) => string | null,
  ) => new Set(e.speakers.flatMap((s) => s.honours.map(pick)).filter((v): v is string => Boolean(v)));

  const months = new Map<string, { dated: number; undated: number }>();
  for (const e of except("time")) {
    if (!e.when) continue;
    const month = e.when.length >= 7 ? e.when.slice(0, 7) : `${e.when.slice(0, 4)}-01`;
    const m = months.get(month) ?? { dated: 0, undated: 0 };
    if (e.date) m.dated++;
    else m.undated++;
    months.set(month, m);
  }
  return {
    all: index.length,
    total: matched.length,
    truncated: matched.length > f.limit,
    events: matched.slice(0, f.limit),
    facets: {
      organisers: [...orgCounts.values()].sort((a, b) => b.count - a.count || zh.compare(a.name, b.name)),
      regions: counted(except("region").flatMap((e) => (e.region ? [e.region] : []))),
      years: counted(except("year").flatMap((e) => (e.when ? [e.when.slice(0, 4)] : []))).sort((a, b) =>
        a.value < b.value ? -1 : 1,
      ),
      levels: counted(except("level").flatMap((e) => [...speakersOf(e, (h) => h.level)])).sort(
        (a, b) =>
          HONOUR_LEVELS.indexOf(a.value as HonourLevel) - HONOUR_LEVELS.indexOf(b.value as HonourLevel),
      ),
      categories: counted(except("category").flatMap((e) => [...speakersOf(e, (h) => h.category)])),
    },
    timeline: [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, c]) => ({ month, ...c })),
  };
}
