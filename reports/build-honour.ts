/**
 * Honour report data: the holders of one honour, or of every honour of a category
 * (e.g. 劳动模范 at all scopes), grouped by scope and year (year unknown last), with employers.
 */
import type { GraphStore } from "../cypher/store.ts";
import { NotFoundError } from "../model/errors.ts";
import { labelOfId } from "../model/ids.ts";
import { byName, fetchHonoursAndEmployers, levelRank } from "./assemble-facts.ts";
import { collectSources } from "./collect-sources.ts";
import { fetchNodes, fetchRels } from "./fetch-graph.ts";
import { str } from "./read-values.ts";
import { resolveTarget } from "./resolve-target.ts";
import type { BuildOptions, HonourHolder, HonourReport } from "./types.ts";

/** An honour id, an honour name, or a category name → honour ids. */
export async function resolveHonours(store: GraphStore, query: string): Promise<string[]> {
  if (labelOfId(query.trim()) !== "Honour") {
    const rows = await store.query("report-honours-by-category", { category: query.trim() });
    const ids = rows.map((r) => str(r.id)).filter((id): id is string => id !== null);
    if (ids.length > 0) return ids;
  }
  return [await resolveTarget(store, "Honour", query)];
}

export async function buildHonourReport(
  store: GraphStore,
  query: string,
  opts: BuildOptions = {},
): Promise<HonourReport> {
  const ids = await resolveHonours(store, query);
  const nodes = await fetchNodes(store, ids);
  const honours = ids.flatMap((id) => {
    const n = nodes.get(id);
    return n && n.label === "Honour"
      ? [{ id, name: n.name, scope: n.scope, level: n.level, category: n.category }]
      : [];
  });
  if (honours.length === 0) throw new NotFoundError(`buildHonourReport: no Honour for "${query}"`);
  honours.sort((a, b) => levelRank(a.level) - levelRank(b.level) || byName(a, b));

  const held = (await fetchRels(store, ids, ["HAS_HONOUR"])).filter((r) => r.direction === "in");
  const employers = await fetchHonoursAndEmployers(
    store,
    held.map((r) => r.other.id),
  );
  const groups = new Map<string, HonourReport["groups"][number]>();
  for (const r of held) {
    const honour = honours.find((h) => h.id === r.nodeId);
    if (!honour) continue;
    const key = `${honour.scope}\u0001${r.year ?? ""}`;
    const group = groups.get(key) ?? { scope: honour.scope, year: r.year, holders: [] };
    const holder: HonourHolder = {
      id: r.other.id,
      name: r.other.name,
      label: r.other.label,
      honourId: honour.id,
      honourName: honour.name,
      evidence: r.evidence,
      employers: employers.get(r.other.id)?.employers ?? [],
    };
    group.holders.push(holder);
    groups.set(key, group);
  }
  const scopeRank = (scope: string) => {
    const h = honours.find((x) => x.scope === scope);
    return h ? levelRank(h.level) : 99;
  };
  const data: HonourReport = {
    kind: "honour",
    generatedAt: (opts.now?.() ?? new Date()).toISOString(),
    query,
    honours,
    groups: [...groups.values()]
      .map((g) => ({ ...g, holders: g.holders.sort(byName) }))
      .sort(
        (a, b) =>
          scopeRank(a.scope) - scopeRank(b.scope) ||
          a.scope.localeCompare(b.scope, "zh") ||
          (a.year ?? 99999) - (b.year ?? 99999),
      ),
    sources: [],
  };
  data.sources = await collectSources(store, data);
  return data;
}
