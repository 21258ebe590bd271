/**
 * Knows the graph: node details with evidence, neighbourhoods, shortest paths with the
 * sentences that justify each step, counts and facets. Only talks to the store's named queries.
 */
import type { GraphStore } from "../../cypher/store.ts";
import { NotFoundError } from "../../model/errors.ts";
import { labelOfId } from "../../model/ids.ts";
import {
  type Evidence,
  type NodeLabel,
  REVIEW_STATES,
  type RelType,
  type ReviewState,
  type SerializedGraph,
} from "../../model/types.ts";
import { type GraphSkeleton, skeletonFromRows } from "./graph-skeleton.ts";
import { JsonBodyCache } from "./json-body-cache.ts";
import {
  hubAttributes,
  NODE_PAGE_DEFAULT,
  type NodePageInfo,
  offsetOf,
  pageInfo,
  pageParts,
  publicAttributes,
} from "./node-page.ts";
import {
  evidenceList,
  isRecord,
  nodeLabel,
  num,
  numOrNull,
  type Row,
  relType,
  str,
  strings,
  strOrNull,
} from "./row-values.ts";
import { DisplayGraph, isPlainNode, isPlainRel } from "./rows-to-graph.ts";

export interface EvidenceOut extends Evidence {
  articleTitle: string | null;
  articleDate: string | null;
  fact: string;
}

export interface RelOut {
  id: string;
  type: RelType;
  direction: "out" | "in";
  other: { id: string; label: NodeLabel; name: string };
  qualifier: Record<string, unknown>;
  /** Review state (ingest/corrections): extracted, confirmed, corrected or added. */
  review: ReviewState;
  evidence: Evidence[];
}

export interface NodeDetail {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  attributes: Record<string, unknown>;
  honours: {
    relId: string;
    id: string;
    label: NodeLabel;
    name: string;
    year: number | null;
    level: string | null;
    category: string | null;
    review: ReviewState;
  }[];
  employers: {
    relId: string;
    id: string;
    label: NodeLabel;
    name: string;
    jobTitle: string | null;
    review: ReviewState;
  }[];
  events: {
    relId: string;
    id: string;
    label: NodeLabel;
    name: string;
    date: string | null;
    talkTitle: string | null;
    role: string | null;
    review: ReviewState;
  }[];
  relationships: Omit<RelOut, "evidence">[];
  evidence: EvidenceOut[];
  /** Which relationships this answer lists (a hub's come a page at a time). */
  page?: NodePageInfo;
}

export interface PathStep {
  edge: string;
  type: RelType;
  source: string;
  target: string;
  sentences: EvidenceOut[];
}

const QUALIFIERS = ["year", "jobTitle", "talkTitle", "role"] as const;
/** Answers kept as JSON text per skeleton (first in, first out): at most this many, and this many bytes. */
const BODY_CACHE_ENTRIES = 2048;
const BODY_CACHE_BYTES = 64 * 1024 * 1024;

/** The node object in a `get-node` row: a nested plain node, or the row itself. */
function nodeOfRows(rows: Row[]): Row | null {
  for (const row of rows) {
    if (isPlainNode(row)) return row;
    for (const v of Object.values(row)) if (isPlainNode(v)) return v;
  }
  const first = rows[0];
  return first && typeof first.id === "string" ? first : null;
}

/** A stored review state (absent on a graph written without the corrections log: extracted). */
export function reviewOf(v: unknown): ReviewState {
  return (REVIEW_STATES as readonly unknown[]).includes(v) ? (v as ReviewState) : "extracted";
}

/** One `node-relationships` row → a relationship seen from the node `id`. */
export function relOfRow(row: Row, id: string): RelOut | null {
  const rel = Object.values(row).find(isPlainRel) ?? (isRecord(row.rel) ? row.rel : row);
  const type = relType(row.type ?? rel.type);
  if (!type) return null;
  const otherObj = isRecord(row.other) ? row.other : null;
  const otherId = str(otherObj?.id ?? row.otherId);
  if (!otherId) return null;
  let direction: "out" | "in" = row.direction === "in" || row.direction === "incoming" ? "in" : "out";
  if (isPlainRel(rel)) direction = rel.source === id ? "out" : "in";
  const qualifier: Record<string, unknown> = {};
  for (const q of QUALIFIERS) {
    const v = row[q] ?? rel[q] ?? (isRecord(row.qualifier) ? row.qualifier[q] : undefined);
    if (v !== undefined && v !== null) qualifier[q] = v;
  }
  return {
    id: str(row.relId ?? rel.id ?? row.id),
    type,
    direction,
    other: {
      id: otherId,
      label: nodeLabel(otherObj?.label ?? row.otherLabel, otherId),
      name: str(otherObj?.name ?? row.otherName),
    },
    qualifier,
    review: reviewOf(row.review ?? rel.review),
    evidence: evidenceList(row.evidence ?? rel.evidence),
  };
}

export class GraphService {
  private skeleton: GraphSkeleton | null = null;
  private skeletonLoad: Promise<GraphSkeleton> | null = null;

  constructor(private readonly store: GraphStore) {}

  private async nodeRow(id: string): Promise<Row> {
    // An id names its label (model/ids.ts): the labelled query finds it by primary key.
    const label = labelOfId(id);
    const query = label ? `get-${label.toLowerCase()}-node` : "get-node";
    const node = nodeOfRows(await this.store.query<Row>(query, { id }));
    if (!node) throw new NotFoundError(`No node with id ${id}`);
    return node;
  }

  /** Article titles and dates for evidence display. */
  private async articles(ids: string[]): Promise<Map<string, { title: string; date: string | null }>> {
    const out = new Map<string, { title: string; date: string | null }>();
    // The skeleton knows every article's title and date; the store is asked only for the rest.
    const skeleton = this.skeleton;
    const unique = [...new Set(ids.filter(Boolean))].filter((id) => {
      const known = skeleton?.article(id);
      if (known) out.set(id, known);
      return !known;
    });
    if (unique.length === 0) return out;
    for (const row of await this.store.query<Row>("article-titles", { ids: unique })) {
      out.set(str(row.id), { title: str(row.title), date: strOrNull(row.date) });
    }
    return out;
  }

  private async withArticles(items: { evidence: Evidence; fact: string }[]): Promise<EvidenceOut[]> {
    const titles = await this.articles(items.map((i) => i.evidence.articleId));
    return items.map(({ evidence, fact }) => ({
      ...evidence,
      articleTitle: titles.get(evidence.articleId)?.title ?? null,
      articleDate: titles.get(evidence.articleId)?.date ?? null,
      fact,
    }));
  }

  /**
   * Node details. A node with more relationships than `limit` (or asked for a later page) is
   * paged from the skeleton, its relationships' sentences left to `nodeEvidence`; any other
   * node comes whole, every sentence inline.
   */
  async node(id: string, opts: { limit?: number; cursor?: string } = {}): Promise<NodeDetail> {
    const limit = opts.limit ?? NODE_PAGE_DEFAULT;
    const offset = offsetOf(opts.cursor);
    const all = (await this.skeletonReady()).relationshipsOf(id);
    if (all && (all.length > limit || offset > 0)) {
      const node = await this.nodeRow(id);
      const mentions = evidenceList(node.evidence).map((evidence) => ({ evidence, fact: "mention" }));
      return {
        id,
        label: nodeLabel(node.label, id),
        name: str(node.name),
        aliases: strings(node.aliases),
        attributes: hubAttributes(node),
        ...pageParts(all.slice(offset, offset + limit)),
        evidence: await this.withArticles(mentions),
        page: pageInfo(all.length, offset, limit, "on-demand"),
      };
    }
    if (all) {
      // Structure from the skeleton; sentences and review states in one query anchored on the node.
      const [node, rows] = await Promise.all([
        this.nodeRow(id),
        all.length
          ? this.store.query<Row>("node-rel-evidence", { id, ids: all.map((r) => r.id) })
          : Promise.resolve([]),
      ]);
      const byId = new Map(rows.map((row) => [str(row.id), row]));
      const reviews = new Map(all.map((r) => [r.id, reviewOf(byId.get(r.id)?.review)]));
      const attributes = publicAttributes(node);
      const items = [
        ...evidenceList(node.evidence).map((evidence) => ({ evidence, fact: "mention" })),
        ...all.flatMap((r) =>
          evidenceList(byId.get(r.id)?.evidence).map((evidence) => ({
            evidence,
            fact: `${r.type} ${r.other.name}`,
          })),
        ),
      ];
      return {
        id,
        label: nodeLabel(node.label, id),
        name: str(node.name),
        aliases: strings(node.aliases),
        attributes,
        ...pageParts(all, reviews),
        evidence: await this.withArticles(items),
        page: pageInfo(all.length, 0, limit, "inline"),
      };
    }
    // Not in the skeleton (being rebuilt after an ingest): every relationship from the store.
    const whole = await this.wholeNode(id);
    return { ...whole, page: pageInfo(whole.relationships.length, 0, limit, "inline") };
  }

  /** The sentences of one page of a node's relationships (same order and cursor as `node`). */
  async nodeEvidence(
    id: string,
    opts: { limit?: number; cursor?: string } = {},
  ): Promise<{ id: string; evidence: EvidenceOut[]; page: NodePageInfo }> {
    const limit = opts.limit ?? NODE_PAGE_DEFAULT;
    const offset = offsetOf(opts.cursor);
    const all = (await this.skeletonReady()).relationshipsOf(id);
    if (!all) throw new NotFoundError(`No node with id ${id}`);
    const page = all.slice(offset, offset + limit);
    const rows = page.length
      ? await this.store.query<Row>("node-rel-evidence", { id, ids: page.map((r) => r.id) })
      : [];
    const byId = new Map(rows.map((row) => [str(row.id), row]));
    const items = page.flatMap((r) =>
      evidenceList(byId.get(r.id)?.evidence).map((evidence) => ({
        evidence,
        fact: `${r.type} ${r.other.name}`,
      })),
    );
    return {
      id,
      evidence: await this.withArticles(items),
      page: pageInfo(all.length, offset, limit, "inline"),
    };
  }

  private async wholeNode(id: string): Promise<NodeDetail> {
    const [node, relRows] = await Promise.all([
      this.nodeRow(id),
      this.store.query<Row>("node-relationships", { id }),
    ]);
    const label = nodeLabel(node.label, id);
    const rels = relRows.map((r) => relOfRow(r, id)).filter((r): r is RelOut => r !== null);
    rels.sort((a, b) => a.type.localeCompare(b.type) || a.other.name.localeCompare(b.other.name, "zh"));

    // Honour levels and event dates live on the other endpoint: the skeleton holds them.
    const others = new Map<string, Row>(
      ((await this.skeletonReady()).relationshipsOf(id) ?? []).map((r) => [r.other.id, r.otherFields]),
    );

    const honours: NodeDetail["honours"] = [];
    const employers: NodeDetail["employers"] = [];
    const events: NodeDetail["events"] = [];
    for (const r of rels) {
      const base = {
        relId: r.id,
        id: r.other.id,
        label: r.other.label,
        name: r.other.name,
        review: r.review,
      };
      if (r.type === "HAS_HONOUR" && r.direction === "out") {
        const h = others.get(r.other.id);
        honours.push({
          ...base,
          year: numOrNull(r.qualifier.year),
          level: strOrNull(h?.level),
          category: strOrNull(h?.category),
        });
      } else if (r.type === "WORKS_FOR" && r.direction === "out") {
        employers.push({ ...base, jobTitle: strOrNull(r.qualifier.jobTitle) });
      } else if (r.other.label === "Event") {
        events.push({
          ...base,
          date: strOrNull(others.get(r.other.id)?.date),
          talkTitle: strOrNull(r.qualifier.talkTitle),
          role: r.type === "ORGANIZED_BY" ? strOrNull(r.qualifier.role) : null,
        });
      }
    }

    const evidenceItems = [
      ...evidenceList(node.evidence).map((evidence) => ({ evidence, fact: "mention" })),
      ...rels.flatMap((r) => r.evidence.map((evidence) => ({ evidence, fact: `${r.type} ${r.other.name}` }))),
    ];
    const attributes = publicAttributes(node);
    return {
      id,
      label,
      name: str(node.name),
      aliases: strings(node.aliases),
      attributes,
      honours,
      employers,
      events,
      relationships: rels.map(({ evidence: _e, ...r }) => r),
      evidence: await this.withArticles(evidenceItems),
    };
  }

  /** (Re)load the in-memory skeleton used for neighbourhoods; concurrent callers share one load. */
  rebuildSkeleton(): Promise<GraphSkeleton> {
    const load = Promise.all([this.store.query("skeleton-nodes"), this.store.query("skeleton-rels")]).then(
      ([nodes, rels]) => {
        const skeleton = skeletonFromRows(nodes, rels);
        this.skeleton = skeleton;
        return skeleton;
      },
    );
    this.skeletonLoad = load;
    load
      .finally(() => {
        if (this.skeletonLoad === load) this.skeletonLoad = null;
      })
      .catch(() => {});
    return load;
  }

  /** The skeleton in use (null before the first load). */
  get currentSkeleton(): GraphSkeleton | null {
    return this.skeleton;
  }

  /** Adopts a ready skeleton (read from the start cache). */
  adoptSkeleton(skeleton: GraphSkeleton): void {
    this.skeleton = skeleton;
  }

  private async skeletonReady(): Promise<GraphSkeleton> {
    if (this.skeleton) return this.skeleton;
    return this.skeletonLoad ?? this.rebuildSkeleton();
  }

  /**
   * `neighbours` as JSON text, kept per skeleton (so per graph generation): a neighbourhood is
   * asked for again and again while people explore, and its text is the answer's whole cost.
   */
  async neighboursJson(id: string, depth: number, limit: number): Promise<string> {
    const skeleton = await this.skeletonReady();
    return this.bodies.get(skeleton, `n|${depth}|${limit}|${id}`, async () => {
      const graph = skeleton.neighbourhood(id, depth, limit);
      if (!graph) throw new NotFoundError(`No node with id ${id}`);
      return graph;
    });
  }

  /**
   * `node` as JSON text, kept per skeleton: a hub's page is the same for every reader until the
   * graph changes (an ingest or a correction makes a new skeleton, which empties the cache).
   */
  async nodeJson(id: string, opts: { limit?: number; cursor?: string } = {}): Promise<string> {
    const skeleton = await this.skeletonReady();
    const key = `d|${opts.limit ?? NODE_PAGE_DEFAULT}|${opts.cursor ?? ""}|${id}`;
    return this.bodies.get(skeleton, key, () => this.node(id, opts));
  }

  /** `nodeEvidence` as JSON text, kept per skeleton like `nodeJson`. */
  async nodeEvidenceJson(id: string, opts: { limit?: number; cursor?: string } = {}): Promise<string> {
    const skeleton = await this.skeletonReady();
    const key = `e|${opts.limit ?? NODE_PAGE_DEFAULT}|${opts.cursor ?? ""}|${id}`;
    return this.bodies.get(skeleton, key, () => this.nodeEvidence(id, opts));
  }

  /** Answers as JSON text for the current skeleton (neighbourhoods, node pages, their sentences). */
  private readonly bodies = new JsonBodyCache(BODY_CACHE_ENTRIES, BODY_CACHE_BYTES);

  async neighbours(id: string, depth: number, limit: number): Promise<SerializedGraph> {
    const graph = (await this.skeletonReady()).neighbourhood(id, depth, limit);
    if (!graph) throw new NotFoundError(`No node with id ${id}`);
    return graph;
  }

  async path(
    from: string,
    to: string,
  ): Promise<{ found: boolean; length: number; graph: SerializedGraph; steps: PathStep[] }> {
    await Promise.all([this.nodeRow(from), this.nodeRow(to)]);
    const rows = await this.store.query<Row>("shortest-path", { from, to });
    const g = new DisplayGraph();
    g.collect(rows);
    const rels = [...g.rels.values()];
    const items = rels.flatMap((r) =>
      evidenceList(r.evidence).map((evidence) => ({ evidence, fact: `${str(r.type)} ${r.id}` })),
    );
    const withTitles = await this.withArticles(items);
    const steps: PathStep[] = rels.map((r) => ({
      edge: str(r.id),
      type: relType(r.type) ?? "REPORTED",
      source: r.source,
      target: r.target,
      sentences: withTitles
        .filter((e) => e.fact === `${str(r.type)} ${r.id}`)
        .map((e) => ({ ...e, fact: str(r.type) })),
    }));
    return { found: rels.length > 0 || from === to, length: rels.length, graph: g.toSerialized(), steps };
  }

  async stats(): Promise<{
    nodes: Record<string, number>;
    rels: Record<string, number>;
    totalNodes: number;
    totalRels: number;
    store: string;
  }> {
    const c = await this.store.counts();
    const sum = (o: Record<string, number>) => Object.values(o).reduce((s, n) => s + num(n), 0);
    return {
      nodes: c.nodes,
      rels: c.rels,
      totalNodes: sum(c.nodes),
      totalRels: sum(c.rels),
      store: this.store.kind,
    };
  }

  async facets(): Promise<Record<string, unknown>> {
    const [rows, organisers] = await Promise.all([
      this.store.query<Row>("facets"),
      this.store.query<Row>("list-organisers", { limit: 200 }),
    ]);
    return {
      ...facetGroups(rows),
      organisers: organisers.map((o) => ({ id: str(o.id), name: str(o.name), count: num(o.events) })),
    };
  }
}

type FacetValue = { value: string; count: number };

/** Groups `facets` rows ({facet|kind, value, count}) into the API's facet lists. */
export function facetGroups(rows: Row[]): {
  honourLevels: FacetValue[];
  honourCategories: FacetValue[];
  orgTypes: FacetValue[];
  years: FacetValue[];
} {
  const out = {
    honourLevels: [] as FacetValue[],
    honourCategories: [] as FacetValue[],
    orgTypes: [] as FacetValue[],
    years: [] as FacetValue[],
  };
  const key: Record<string, keyof typeof out> = {
    honourLevel: "honourLevels",
    level: "honourLevels",
    honourCategory: "honourCategories",
    category: "honourCategories",
    orgType: "orgTypes",
    year: "years",
    eventYear: "years",
  };
  for (const row of rows) {
    const group = key[str(row.facet ?? row.kind)];
    const value = str(row.value);
    if (!group || !value) continue;
    out[group].push({ value, count: num(row.count) });
  }
  for (const list of Object.values(out))
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  out.years.sort((a, b) => a.value.localeCompare(b.value));
  return out;
}
