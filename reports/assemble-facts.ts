/**
 * Turns relationship rows into report facts (honours, employers, venues, organisers) and loads
 * the summaries that several reports share: events with venues and organisers, and the honours
 * and employers of a set of people. Batched: one query per kind of lookup, not one per node.
 */
import type { GraphStore } from "../cypher/store.ts";
import { HONOUR_LEVELS, ORGANIZER_ROLES, type OrganizerRole } from "../model/types.ts";
import { fetchNodes, fetchRels, type RelInfo } from "./fetch-graph.ts";
import type { EmployerFact, EventSummary, HonourFact, OrganiserFact, VenueFact } from "./types.ts";

const collator = new Intl.Collator("zh-Hans-CN");

export function levelRank(level: string | null): number {
  const i = (HONOUR_LEVELS as readonly string[]).indexOf(level ?? "");
  return i < 0 ? HONOUR_LEVELS.length : i;
}

export function byName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}

/** Events by date (undated last), then name. */
export function byDate<T extends { date: string | null; name: string }>(a: T, b: T): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return byName(a, b);
}

export function honourFact(r: RelInfo): HonourFact {
  return {
    id: r.other.id,
    name: r.other.name,
    scope: r.other.scope,
    level: r.other.level,
    category: r.other.category,
    year: r.year,
    evidence: r.evidence,
  };
}

export function sortHonours(list: HonourFact[]): HonourFact[] {
  return list.sort(
    (a, b) => levelRank(a.level) - levelRank(b.level) || (a.year ?? 9999) - (b.year ?? 9999) || byName(a, b),
  );
}

export function employerFact(r: RelInfo): EmployerFact {
  return { id: r.other.id, name: r.other.name, jobTitle: r.jobTitle, evidence: r.evidence };
}

export function asRole(v: string | null): OrganizerRole | null {
  return (ORGANIZER_ROLES as readonly string[]).includes(v ?? "") ? (v as OrganizerRole) : null;
}

const roleRank = (r: OrganizerRole | null) => (r ? ORGANIZER_ROLES.indexOf(r) : ORGANIZER_ROLES.length);

/** Event summaries (venues, organisers with roles) for the given event ids. */
export async function fetchEventSummaries(
  store: GraphStore,
  eventIds: Iterable<string>,
): Promise<Map<string, EventSummary>> {
  const ids = [...new Set(eventIds)];
  const nodes = await fetchNodes(store, ids);
  const rels = await fetchRels(store, ids, ["HELD_AT", "ORGANIZED_BY"]);
  const out = new Map<string, EventSummary>();
  for (const id of ids) {
    const n = nodes.get(id);
    if (n?.label !== "Event") continue;
    const mine = rels.filter((r) => r.nodeId === id && r.direction === "out");
    const venues: VenueFact[] = mine
      .filter((r) => r.type === "HELD_AT")
      .map((r) => ({ id: r.other.id, name: r.other.name, evidence: r.evidence }))
      .sort(byName);
    const organisers: OrganiserFact[] = mine
      .filter((r) => r.type === "ORGANIZED_BY")
      .map((r) => ({ id: r.other.id, name: r.other.name, role: asRole(r.role), evidence: r.evidence }))
      .sort((a, b) => roleRank(a.role) - roleRank(b.role) || byName(a, b));
    out.set(id, {
      id,
      name: n.name,
      date: n.date,
      theme: n.theme,
      campaign: n.campaign,
      venues,
      organisers,
      evidence: n.evidence,
    });
  }
  return out;
}

/** Honours and employers of each of the given people (or organisations). */
export async function fetchHonoursAndEmployers(
  store: GraphStore,
  ids: Iterable<string>,
): Promise<Map<string, { honours: HonourFact[]; employers: EmployerFact[] }>> {
  const out = new Map<string, { honours: HonourFact[]; employers: EmployerFact[] }>();
  for (const id of ids) out.set(id, { honours: [], employers: [] });
  for (const r of await fetchRels(store, out.keys(), ["HAS_HONOUR", "WORKS_FOR"])) {
    if (r.direction !== "out") continue;
    const entry = out.get(r.nodeId);
    if (!entry) continue;
    if (r.type === "HAS_HONOUR") entry.honours.push(honourFact(r));
    else entry.employers.push(employerFact(r));
  }
  for (const e of out.values()) {
    sortHonours(e.honours);
    e.employers.sort(byName);
  }
  return out;
}
