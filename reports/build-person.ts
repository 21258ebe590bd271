/**
 * Person report data: honours, employers and job titles, events spoken at (with venues and
 * organisers), co-speakers, aliases, bylines, and the articles every fact comes from.
 */
import type { GraphStore } from "../cypher/store.ts";
import { NotFoundError } from "../model/errors.ts";
import {
  byDate,
  byName,
  employerFact,
  fetchEventSummaries,
  honourFact,
  sortHonours,
} from "./assemble-facts.ts";
import { collectSources } from "./collect-sources.ts";
import { fetchNodes, fetchRels } from "./fetch-graph.ts";
import type { BuildOptions, PersonReport } from "./types.ts";

export async function buildPersonReport(
  store: GraphStore,
  id: string,
  opts: BuildOptions = {},
): Promise<PersonReport> {
  const node = (await fetchNodes(store, [id])).get(id);
  if (node?.label !== "Person") throw new NotFoundError(`buildPersonReport: no Person ${id}`);
  const rels = (await fetchRels(store, [id])).filter((r) => r.direction === "out");
  const honours = sortHonours(rels.filter((r) => r.type === "HAS_HONOUR").map(honourFact));
  const employers = rels
    .filter((r) => r.type === "WORKS_FOR")
    .map(employerFact)
    .sort(byName);
  const spoke = rels.filter((r) => r.type === "SPOKE_AT");
  const summaries = await fetchEventSummaries(
    store,
    spoke.map((r) => r.other.id),
  );
  const events = spoke
    .flatMap((r) => {
      const event = summaries.get(r.other.id);
      return event ? [{ event, talkTitle: r.talkTitle, evidence: r.evidence }] : [];
    })
    .sort((a, b) => byDate(a.event, b.event));

  const coSpeakers = new Map<string, PersonReport["coSpeakers"][number]>();
  for (const r of await fetchRels(store, summaries.keys(), ["SPOKE_AT"])) {
    if (r.other.id === id) continue;
    const event = summaries.get(r.nodeId);
    if (!event) continue;
    const entry = coSpeakers.get(r.other.id) ?? {
      id: r.other.id,
      name: r.other.name,
      label: r.other.label,
      events: [],
    };
    if (!entry.events.some((e) => e.id === event.id)) entry.events.push({ id: event.id, name: event.name });
    coSpeakers.set(r.other.id, entry);
  }

  const credits = rels
    .filter((r) => r.type === "REPORTED")
    .map((r) => ({
      article: { id: r.other.id, title: r.other.name, date: r.other.date, source: r.other.source },
      role: r.role ?? "",
      evidence: r.evidence,
    }));

  const data: PersonReport = {
    kind: "person",
    generatedAt: (opts.now?.() ?? new Date()).toISOString(),
    person: { id, name: node.name, aliases: node.aliases, evidence: node.evidence },
    honours,
    employers,
    events,
    coSpeakers: [...coSpeakers.values()].sort((a, b) => b.events.length - a.events.length || byName(a, b)),
    credits,
    sources: [],
  };
  data.sources = await collectSources(store, data);
  return data;
}
