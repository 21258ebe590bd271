/**
 * Overview report data: graph totals, honour holders by level, category and region, top
 * organisers and employers, events over time and the most connected speakers.
 */
import type { GraphStore } from "../cypher/store.ts";
import { regionOfHolder } from "./derive-region.ts";
import { num, type Row, str, strList, text } from "./read-values.ts";
import type { BuildOptions, CountRow, OverviewReport } from "./types.ts";

const UNKNOWN = "未知";

function tally(entries: [string, number][]): CountRow[] {
  const m = new Map<string, number>();
  for (const [k, n] of entries) m.set(k, (m.get(k) ?? 0) + n);
  return [...m]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function byPeriod(rows: CountRow[]): CountRow[] {
  return rows.sort((a, b) => a.key.localeCompare(b.key));
}

export async function buildOverviewReport(
  store: GraphStore,
  opts: BuildOptions = {},
): Promise<OverviewReport> {
  const limit = opts.top ?? 10;
  const q = (name: string, params: Record<string, unknown> = {}) => store.query<Row>(name, params);
  const [totals, honours, holders, organisers, employers, events, speakers, corpus] = await Promise.all([
    store.counts(),
    q("report-overview-honours"),
    q("report-overview-holders"),
    q("report-overview-organisers", { limit }),
    q("report-overview-employers", { limit }),
    q("report-overview-events"),
    q("report-overview-speakers", { limit }),
    q("report-overview-corpus"),
  ]);
  const dated = events.map((r) => ({ date: str(r.date), n: num(r.events) ?? 0 }));
  return {
    kind: "overview",
    generatedAt: (opts.now?.() ?? new Date()).toISOString(),
    totals,
    byLevel: tally(honours.map((r) => [str(r.level) ?? UNKNOWN, num(r.holders) ?? 0])),
    byCategory: tally(honours.map((r) => [str(r.category) || UNKNOWN, num(r.holders) ?? 0])),
    byRegion: tally(
      holders.map((r) => [regionOfHolder(strList(r.scopes), strList(r.employers)) ?? UNKNOWN, 1]),
    ),
    topOrganisers: organisers.map((r) => ({
      id: text(r.id),
      name: text(r.name),
      events: num(r.events) ?? 0,
    })),
    topEmployers: employers.map((r) => ({
      id: text(r.id),
      name: text(r.name),
      employees: num(r.employees) ?? 0,
      honoured: num(r.honoured) ?? 0,
    })),
    eventsByYear: byPeriod(
      tally(dated.flatMap((d) => (d.date && /^\d{4}/.test(d.date) ? [[d.date.slice(0, 4), d.n]] : []))),
    ),
    eventsByMonth: byPeriod(
      tally(dated.flatMap((d) => (d.date && /^\d{4}-\d{2}/.test(d.date) ? [[d.date.slice(0, 7), d.n]] : []))),
    ),
    undatedEvents: dated.filter((d) => !d.date || !/^\d{4}/.test(d.date)).reduce((s, d) => s + d.n, 0),
    topSpeakers: speakers.map((r) => ({
      id: text(r.id),
      name: text(r.name),
      events: num(r.events) ?? 0,
      coSpeakers: num(r.coSpeakers) ?? 0,
    })),
    corpus: corpus.map((r) => ({
      source: str(r.source) ?? UNKNOWN,
      articles: num(r.articles) ?? 0,
      firstDate: str(r.firstDate),
      lastDate: str(r.lastDate),
    })),
    sources: [],
  };
}
