/**
 * Finds every evidence sentence inside a report data object and loads the articles they come
 * from, so each report lists its sources (title, date, newspaper) next to the facts.
 */
import type { GraphStore } from "../cypher/store.ts";
import type { Evidence } from "../model/types.ts";
import { fetchNodes } from "./fetch-graph.ts";
import type { ArticleRef } from "./types.ts";

/** Every Evidence object reachable from `value`, in document order. */
export function findEvidence(value: unknown, out: Evidence[] = []): Evidence[] {
  if (Array.isArray(value)) {
    for (const v of value) findEvidence(v, out);
  } else if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o.articleId === "string" && typeof o.sentence === "string") out.push(o as unknown as Evidence);
    else for (const v of Object.values(o)) findEvidence(v, out);
  }
  return out;
}

export async function collectSources(store: GraphStore, data: unknown): Promise<ArticleRef[]> {
  const ids = [...new Set(findEvidence(data).map((e) => e.articleId))];
  const nodes = await fetchNodes(store, ids);
  return ids
    .map((id): ArticleRef => {
      const n = nodes.get(id);
      return { id, title: n?.name ?? id, date: n?.date ?? null, source: n?.source ?? null };
    })
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.title.localeCompare(b.title));
}
