/**
 * Event report data: name, theme, date, venues, organisers with roles, campaign, and the
 * speakers with their honours and employers, each fact with its evidence.
 */
import type { GraphStore } from "../cypher/store.ts";
import { NotFoundError } from "../model/errors.ts";
import { byName, fetchEventSummaries, fetchHonoursAndEmployers, levelRank } from "./assemble-facts.ts";
import { collectSources } from "./collect-sources.ts";
import { fetchRels } from "./fetch-graph.ts";
import type { BuildOptions, EventReport, SpeakerFact } from "./types.ts";

export async function buildEventReport(
  store: GraphStore,
  id: string,
  opts: BuildOptions = {},
): Promise<EventReport> {
  const event = (await fetchEventSummaries(store, [id])).get(id);
  if (!event) throw new NotFoundError(`buildEventReport: no Event ${id}`);
  const spoke = (await fetchRels(store, [id], ["SPOKE_AT"])).filter((r) => r.direction === "in");
  const details = await fetchHonoursAndEmployers(
    store,
    spoke.map((r) => r.other.id),
  );
  const speakers: SpeakerFact[] = spoke.map((r) => ({
    id: r.other.id,
    name: r.other.name,
    label: r.other.label,
    talkTitle: r.talkTitle,
    evidence: r.evidence,
    honours: details.get(r.other.id)?.honours ?? [],
    employers: details.get(r.other.id)?.employers ?? [],
  }));
  const best = (s: SpeakerFact) => Math.min(...s.honours.map((h) => levelRank(h.level)), 99);
  speakers.sort((a, b) => best(a) - best(b) || byName(a, b));
  const data: EventReport = {
    kind: "event",
    generatedAt: (opts.now?.() ?? new Date()).toISOString(),
    event,
    speakers,
    sources: [],
  };
  data.sources = await collectSources(store, data);
  return data;
}
