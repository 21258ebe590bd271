/**
 * Keeps the in-memory search index: built from the `list-nodes` and `list-search-context`
 * queries at start and rebuilt after each ingest; answers ranked typed searches.
 */
import type { GraphStore } from "../../cypher/store.ts";
import type { NodeLabel } from "../../model/types.ts";
import { nodeLabel, type Row, str, strings } from "./row-values.ts";
import { type SearchEntry, type SearchHit, SearchIndex } from "./search-index.ts";

/** Result texts kept per index (first in, first out). */
const RESULT_CACHE_SIZE = 4096;

const SEARCHABLE = new Set<NodeLabel>(["Person", "Organization", "Event", "Place", "Honour"]);

const LEVEL_ZH: Record<string, string> = {
  national: "全国",
  provincial: "省级",
  municipal: "市级",
  district: "区县级",
  industry: "行业",
  enterprise: "企业",
};
const ORG_ZH: Record<string, string> = {
  union: "工会",
  company: "企业",
  government: "政府机构",
  school: "学校",
  collective: "集体",
  other: "单位",
};

/**
 * A node's subtitle from its facts. Each kind's values are sorted first: the rows come in storage
 * order, which two stores of the same graph (written whole or by deltas) need not share.
 */
function subtitleOf(label: NodeLabel, facts: Map<string, string[]> | undefined): string {
  const get = (k: string) => [...(facts?.get(k) ?? [])].sort();
  switch (label) {
    case "Person":
      return [get("employer")[0], get("honour").slice(0, 2).join("、")].filter(Boolean).join(" · ");
    case "Event":
      return [get("date")[0], get("venue")[0]].filter(Boolean).join(" · ");
    case "Organization":
      return ORG_ZH[get("orgType")[0] ?? ""] ?? "";
    case "Honour":
      return LEVEL_ZH[get("level")[0] ?? ""] ?? "";
    default:
      return "";
  }
}

/**
 * The search entries of every searchable node (in id order), or only of the nodes whose id is in
 * `ids` (the start cache's update after an incremental write; ids without a searchable node are
 * simply absent).
 */
export async function loadSearchEntries(store: GraphStore, ids?: readonly string[]): Promise<SearchEntry[]> {
  if (ids && ids.length === 0) return [];
  const [nodes, context] = ids
    ? await contextById(store, ids)
    : await Promise.all([store.query<Row>("list-nodes"), store.query<Row>("list-search-context")]);
  const facts = new Map<string, Map<string, string[]>>();
  for (const row of context) {
    const id = str(row.id);
    const value = str(row.value);
    if (!id || !value) continue;
    let m = facts.get(id);
    if (!m) {
      m = new Map();
      facts.set(id, m);
    }
    const list = m.get(str(row.kind)) ?? [];
    if (!list.includes(value)) list.push(value);
    m.set(str(row.kind), list);
  }
  const entries: SearchEntry[] = [];
  for (const row of nodes) {
    const id = str(row.id);
    const label = nodeLabel(row.label, id);
    if (!id || !SEARCHABLE.has(label)) continue;
    const pinyin = str(row.pinyin);
    const initials = str(row.initials);
    entries.push({
      id,
      label,
      name: str(row.name),
      aliases: strings(row.aliases),
      ...(pinyin && initials ? { pinyin, initials } : {}),
      subtitle: subtitleOf(label, facts.get(id)),
    });
  }
  return entries;
}

const REL_KIND: Record<string, string> = { WORKS_FOR: "employer", HAS_HONOUR: "honour", HELD_AT: "venue" };

/**
 * The `list-nodes` and `list-search-context` rows of the nodes in `ids` (kuzu crashes on a
 * parameter in UNION branches, so the context is one relationship query plus the node rows).
 */
async function contextById(store: GraphStore, ids: readonly string[]): Promise<[Row[], Row[]]> {
  const [nodes, rels] = await Promise.all([
    store.query<Row>("list-nodes-by-id", { ids: [...ids] }),
    store.query<Row>("list-search-context-by-id", { ids: [...ids] }),
  ]);
  const label = new Map(nodes.map((n) => [str(n.id), str(n.label)]));
  const context: Row[] = [];
  for (const r of rels) {
    const kind = REL_KIND[str(r.rel)];
    const owner = label.get(str(r.id));
    if (kind && (kind === "venue" ? owner === "Event" : owner === "Person"))
      context.push({ id: r.id, kind, value: r.value });
  }
  for (const n of nodes) {
    const l = str(n.label);
    if (l === "Event" && n.date !== null && n.date !== undefined)
      context.push({ id: n.id, kind: "date", value: n.date });
    if (l === "Organization") context.push({ id: n.id, kind: "orgType", value: n.orgType });
    if (l === "Honour" && n.level !== null && n.level !== undefined)
      context.push({ id: n.id, kind: "level", value: n.level });
  }
  return [nodes, context];
}

export class SearchService {
  private index: SearchIndex | null = null;
  private building: Promise<SearchIndex> | null = null;
  private bodies: { index: SearchIndex | null; byQuery: Map<string, string> } = {
    index: null,
    byQuery: new Map(),
  };

  constructor(private readonly store: GraphStore) {}

  /** (Re)build the index from the store; concurrent callers share one build. */
  rebuild(): Promise<SearchIndex> {
    const build = loadSearchEntries(this.store).then((entries) => {
      const index = new SearchIndex(entries);
      this.index = index;
      return index;
    });
    this.building = build;
    build
      .finally(() => {
        if (this.building === build) this.building = null;
      })
      .catch(() => {});
    return build;
  }

  /** The index in use (null before the first build). */
  get current(): SearchIndex | null {
    return this.index;
  }

  /** Adopts a ready index (read from the start cache). */
  adopt(index: SearchIndex): void {
    this.index = index;
  }

  private async ready(): Promise<SearchIndex> {
    if (this.index) return this.index;
    return this.building ?? this.rebuild();
  }

  get size(): number {
    return this.index?.size ?? 0;
  }

  async search(q: string, opts: { limit: number; types: readonly NodeLabel[] }): Promise<SearchHit[]> {
    return (await this.ready()).search(q, opts);
  }

  /**
   * The JSON text of `search`'s results, assembled from per-entry precomputed parts and kept
   * per index (so per graph generation): autocomplete asks the same prefixes over and over.
   */
  async searchJson(q: string, opts: { limit: number; types: readonly NodeLabel[] }): Promise<string> {
    const index = this.index ?? (await this.ready());
    if (this.bodies.index !== index) this.bodies = { index, byQuery: new Map() };
    const cache = this.bodies.byQuery;
    const key = `${opts.limit}|${opts.types.join(",")}|${q}`;
    let body = cache.get(key);
    if (body === undefined) {
      body = index.searchJson(q, opts);
      if (cache.size >= RESULT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, body);
    }
    return body;
  }
}
