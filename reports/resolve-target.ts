/**
 * Resolves what the user typed (an id, a name or an alias) to one node id of the wanted label.
 * Several matches → AmbiguousNameError listing the candidates with employers (people) or dates
 * (events); none → NotFoundError. Exact matches win over "name contains" matches.
 */
import type { GraphStore } from "../cypher/store.ts";
import { NotFoundError } from "../model/errors.ts";
import { labelOfId } from "../model/ids.ts";
import type { NodeLabel } from "../model/types.ts";
import { fetchHonoursAndEmployers } from "./assemble-facts.ts";
import { type FoundNode, fetchNodes, findNodes } from "./fetch-graph.ts";
import { AmbiguousNameError, type NameCandidate } from "./report-errors.ts";

async function describe(store: GraphStore, found: FoundNode[]): Promise<NameCandidate[]> {
  const ids = found.map((f) => f.id);
  const nodes = await fetchNodes(store, ids);
  const people = await fetchHonoursAndEmployers(store, ids);
  return found.map((f) => {
    const n = nodes.get(f.id);
    const p = people.get(f.id);
    const hints = [
      ...(p?.employers.map((e) => e.name) ?? []),
      ...(f.label === "Event" && n?.date ? [n.date] : []),
      ...(f.label === "Honour" && n?.scope ? [n.scope] : []),
    ];
    if (hints.length === 0 && p) hints.push(...p.honours.map((h) => h.name));
    return { id: f.id, label: f.label, name: f.name, hints: [...new Set(hints)] };
  });
}

export async function resolveTarget(store: GraphStore, label: NodeLabel, idOrName: string): Promise<string> {
  const query = idOrName.trim();
  if (!query) throw new NotFoundError(`resolveTarget: empty ${label} name`);
  if (labelOfId(query) === label) {
    if ((await fetchNodes(store, [query])).has(query)) return query;
    throw new NotFoundError(`No ${label} with id ${query}`);
  }
  for (const fuzzy of [false, true]) {
    const found = await findNodes(store, label, query, fuzzy);
    if (found.length === 1) return found[0]!.id;
    if (found.length > 1) throw new AmbiguousNameError(query, await describe(store, found));
  }
  throw new NotFoundError(`No ${label} named "${query}"`);
}
