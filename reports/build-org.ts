/**
 * Organisation report data: honoured employees grouped by their highest honour level, the
 * organisation's own honours, events it organised (with role), hosted or spoke at.
 */
import type { GraphStore } from "../cypher/store.ts";
import { NotFoundError } from "../model/errors.ts";
import { HONOUR_LEVELS, type HonourLevel } from "../model/types.ts";
import {
  asRole,
  byDate,
  byName,
  fetchEventSummaries,
  fetchHonoursAndEmployers,
  honourFact,
  levelRank,
  sortHonours,
} from "./assemble-facts.ts";
import { collectSources } from "./collect-sources.ts";
import { fetchNodes, fetchRels, findNodes } from "./fetch-graph.ts";
import type { BuildOptions, OrgEmployee, OrgReport } from "./types.ts";

export async function buildOrgReport(
  store: GraphStore,
  id: string,
  opts: BuildOptions = {},
): Promise<OrgReport> {
  const node = (await fetchNodes(store, [id])).get(id);
  if (node?.label !== "Organization") throw new NotFoundError(`buildOrgReport: no Organization ${id}`);
  const rels = await fetchRels(store, [id]);
  const honours = sortHonours(
    rels.filter((r) => r.type === "HAS_HONOUR" && r.direction === "out").map(honourFact),
  );

  const works = rels.filter((r) => r.type === "WORKS_FOR" && r.direction === "in");
  const details = await fetchHonoursAndEmployers(
    store,
    works.map((r) => r.other.id),
  );
  const employees = new Map<string, OrgEmployee>();
  for (const r of works) {
    const prev = employees.get(r.other.id);
    if (prev) {
      prev.evidence.push(...r.evidence);
      prev.jobTitle ??= r.jobTitle;
      continue;
    }
    employees.set(r.other.id, {
      id: r.other.id,
      name: r.other.name,
      jobTitle: r.jobTitle,
      evidence: [...r.evidence],
      honours: details.get(r.other.id)?.honours ?? [],
    });
  }
  const groups = new Map<HonourLevel | null, OrgEmployee[]>();
  for (const e of employees.values()) {
    const rank = Math.min(...e.honours.map((h) => levelRank(h.level)));
    const level = rank < HONOUR_LEVELS.length ? HONOUR_LEVELS[rank]! : null;
    groups.set(level, [...(groups.get(level) ?? []), e]);
  }
  const employeesByLevel = [...HONOUR_LEVELS, null]
    .filter((l) => groups.has(l))
    .map((level) => ({ level, employees: groups.get(level)!.sort(byName) }));

  const organisedRels = rels.filter((r) => r.type === "ORGANIZED_BY" && r.direction === "in");
  const spokeRels = rels.filter((r) => r.type === "SPOKE_AT" && r.direction === "out");
  // Events held at a venue named like the organisation (its hall, workshop, museum …).
  const names = [node.name, ...node.aliases].filter((n) => n.length >= 2);
  const venueIds = new Set<string>();
  for (const n of names)
    for (const place of await findNodes(store, "Place", n, true))
      if (place.name.startsWith(n)) venueIds.add(place.id);
  const hostedRels = (await fetchRels(store, venueIds, ["HELD_AT"])).filter((r) => r.direction === "in");

  const summaries = await fetchEventSummaries(store, [
    ...organisedRels.map((r) => r.other.id),
    ...spokeRels.map((r) => r.other.id),
    ...hostedRels.map((r) => r.other.id),
  ]);
  const organised = organisedRels
    .flatMap((r) => {
      const event = summaries.get(r.other.id);
      return event ? [{ event, role: asRole(r.role), evidence: r.evidence }] : [];
    })
    .sort((a, b) => byDate(a.event, b.event));
  const organisedIds = new Set(organised.map((o) => o.event.id));
  const hosted = hostedRels
    .flatMap((r) => {
      const event = summaries.get(r.other.id);
      const venue = event?.venues.find((v) => v.id === r.nodeId);
      return event && venue && !organisedIds.has(event.id) ? [{ event, venue }] : [];
    })
    .sort((a, b) => byDate(a.event, b.event));
  const spokeAt = spokeRels
    .flatMap((r) => {
      const event = summaries.get(r.other.id);
      return event ? [{ event, talkTitle: r.talkTitle, evidence: r.evidence }] : [];
    })
    .sort((a, b) => byDate(a.event, b.event));

  const data: OrgReport = {
    kind: "org",
    generatedAt: (opts.now?.() ?? new Date()).toISOString(),
    org: { id, name: node.name, aliases: node.aliases, orgType: node.orgType, evidence: node.evidence },
    honours,
    employeesByLevel,
    organised,
    hosted,
    spokeAt,
    sources: [],
  };
  data.sources = await collectSources(store, data);
  return data;
}
