/**
 * HTTP client of the explorer API. The types come from the server's zod schemas
 * (server/api-schemas.ts, imported as types only): one contract. Responses are still read
 * tolerantly into these shapes, so the UI never reads raw JSON. Writes go through
 * `write()`: the stored token as a Bearer header, and on 401/403 one prompt and one retry.
 */
import type { z } from "zod";
import type { SerializedGraph } from "../../model/types.ts";
import type {
  CypherResponse as CypherResponseSchema,
  EvidenceSchema,
  FacetsResponse,
  IngestResponse,
  NodeDetailSchema,
  PathResponse,
  SchemaResponse,
  SearchHitSchema,
} from "../../server/api-schemas.ts";
import { askToken } from "./token-dialog.ts";

/** A response body as the server's zod schema declares it (type-only: no zod in the bundle). */
type Wire<T extends z.ZodType> = z.infer<T>;
type WireNode = Wire<typeof NodeDetailSchema>;

export type SearchHit = Omit<Wire<typeof SearchHitSchema>, "match" | "label"> & { label: string };

/** A source sentence; `articleTitle` is "" when the article has none. */
export type EvidenceItem = Pick<
  Wire<typeof EvidenceSchema>,
  "sentence" | "spanStart" | "spanEnd" | "articleId" | "fact"
> & { articleTitle: string };

export type HonourItem = Pick<WireNode["honours"][number], "id" | "name" | "level" | "year"> & {
  category: string;
};

export type EmployerItem = Pick<WireNode["employers"][number], "id" | "name" | "jobTitle">;

export type EventItem = Pick<WireNode["events"][number], "id" | "name" | "date" | "talkTitle">;

export interface NodeDetails extends Pick<WireNode, "id" | "name" | "attributes" | "aliases"> {
  label: string;
  honours: HonourItem[];
  employers: EmployerItem[];
  events: EventItem[];
  evidence: EvidenceItem[];
  page: NodePage;
}

/**
 * Which of a node's relationships an answer lists: a hub's come a page at a time (`nextCursor`)
 * and their sentences on demand (`nodeEvidence`).
 */
export interface NodePage extends Pick<NonNullable<WireNode["page"]>, "total" | "nextCursor" | "evidence"> {
  /** Relationships up to the end of this page. */
  shown: number;
}

function toPage(v: unknown, listed: number): NodePage {
  const p = (v ?? {}) as Json;
  const offset = num(p.offset) ?? 0;
  return {
    total: num(p.total) ?? listed,
    shown: offset + listed,
    nextCursor: str(p.nextCursor) || null,
    evidence: p.evidence === "on-demand" ? "on-demand" : "inline",
  };
}

export type PathStep = Pick<Wire<typeof PathResponse>["steps"][number], "source" | "target"> & {
  type: string;
  evidence: EvidenceItem[];
};

export interface PathResult {
  graph: SerializedGraph;
  steps: PathStep[];
}

/** A Neo4j form the embedded store rewrote to kuzu (`cypher/neo4j-rewrite.ts`). */
export type CypherRewrite = Wire<typeof CypherResponseSchema>["rewrites"][number];

export type CypherResponse = Omit<Wire<typeof CypherResponseSchema>, "graph"> & { graph: SerializedGraph };

/** The filters' options: the server's facets as plain lists (and the organisers' ids and names). */
export interface Facets {
  levels: string[];
  categories: string[];
  organisers: Pick<Wire<typeof FacetsResponse>["organisers"][number], "id" | "name">[];
  years: number[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

async function request(path: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(path, { headers: { accept: "application/json" }, ...init });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { message: text };
  }
  if (!res.ok) {
    const b = (body ?? {}) as Json;
    const message = str(b.message) || str(b.error) || `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, str(b.error) || str(b.code) || "http_error", message);
  }
  return body;
}

/** Where the write token lives and how it is asked for (tests replace both). */
export interface TokenSource {
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
  ask(): Promise<string | null>;
}

export const TOKEN_KEY = "laomo-graph.token";

function browserStorage(): TokenSource["storage"] {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

let tokenSource: TokenSource = { storage: browserStorage(), ask: askToken };

export function setTokenSource(source: TokenSource): void {
  tokenSource = source;
}

const isAuthError = (e: unknown) => e instanceof ApiError && (e.status === 401 || e.status === 403);

/**
 * A request that changes something: sends the stored token; when the server answers 401/403
 * asks for the token once (stored for later writes), retries once, and forgets a refused one.
 */
export async function write(path: string, init: RequestInit = {}): Promise<unknown> {
  const { storage, ask } = tokenSource;
  let asked = false;
  for (;;) {
    const token = storage?.getItem(TOKEN_KEY) ?? null;
    const headers = { accept: "application/json", ...(init.headers as Record<string, string> | undefined) };
    try {
      return await request(path, {
        ...init,
        headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
      });
    } catch (err) {
      if (!isAuthError(err)) throw err;
      if (token) storage?.removeItem(TOKEN_KEY);
      if (asked) throw err;
      asked = true;
      const entered = (await ask())?.trim();
      if (!entered) throw err;
      storage?.setItem(TOKEN_KEY, entered);
    }
  }
}

export type IngestResult = Pick<Wire<typeof IngestResponse>, "files" | "articles" | "skipped">;

/** Uploads article files (POST /api/ingest, a write). No UI calls it yet: the plumbing for one. */
export async function ingestFiles(files: { name: string; bytes: Uint8Array }[]): Promise<IngestResult> {
  const toBase64 = (bytes: Uint8Array) => {
    let bin = "";
    for (let i = 0; i < bytes.length; i += 0x8000)
      bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin);
  };
  const body = (await write("/api/ingest", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ files: files.map((f) => ({ name: f.name, contentBase64: toBase64(f.bytes) })) }),
  })) as Json;
  return {
    files: num(body.files) ?? 0,
    articles: num(body.articles) ?? 0,
    skipped: arr(body.skipped).map((k) => ({ file: str(k.file), reason: str(k.reason) })),
  };
}

function str(v: unknown): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

function num(v: unknown): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return null;
}

function arr(v: unknown): Json[] {
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Json[]) : [];
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.length > 0) : [];
}

export function toGraph(v: unknown): SerializedGraph {
  const g = (v ?? {}) as Json;
  return {
    nodes: arr(g.nodes).map((n) => ({ key: str(n.key), attributes: (n.attributes ?? {}) as Json })),
    edges: arr(g.edges).map((e, i) => ({
      key: str(e.key) || `e${i}_${str(e.source)}_${str(e.target)}`,
      source: str(e.source),
      target: str(e.target),
      attributes: (e.attributes ?? {}) as Json,
    })),
  };
}

export function toEvidence(v: unknown): EvidenceItem[] {
  return arr(v).map((e) => {
    const sentence = str(e.sentence);
    const start = num(e.spanStart) ?? 0;
    const end = num(e.spanEnd) ?? 0;
    const article = (e.article ?? {}) as Json;
    return {
      sentence,
      spanStart: Math.max(0, Math.min(start, sentence.length)),
      spanEnd: Math.max(0, Math.min(end, sentence.length)),
      articleId: str(e.articleId) || str(article.id),
      articleTitle: str(e.articleTitle) || str(e.title) || str(article.title) || str(article.name),
      fact: str(e.fact) || str(e.type) || str(e.relType),
    };
  });
}

export async function search(q: string, limit = 10, types: string[] = []): Promise<SearchHit[]> {
  const p = new URLSearchParams({ q, limit: String(limit) });
  if (types.length) p.set("types", types.join(","));
  const body = (await request(`/api/search?${p}`)) as Json | Json[];
  const list = Array.isArray(body) ? body : arr(body.results ?? body.hits ?? body.items);
  return arr(list).map((r) => ({
    id: str(r.id),
    label: str(r.label) || str(r.nodeType) || str(r.type),
    name: str(r.name),
    subtitle: str(r.subtitle),
    score: num(r.score) ?? 0,
  }));
}

export async function nodeDetails(id: string, cursor?: string): Promise<NodeDetails> {
  const q = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
  const body = (await request(`/api/nodes/${encodeURIComponent(id)}${q}`)) as Json;
  const node = (body.node ?? body) as Json;
  const attributes = ((node.attributes as Json | undefined) ?? node) as Json;
  return {
    id: str(node.id) || str(attributes.id) || id,
    label: str(node.label) || str(attributes.label) || str(attributes.nodeType),
    name: str(node.name) || str(attributes.name),
    attributes,
    honours: arr(body.honours).map((x) => ({
      id: str(x.id),
      name: str(x.name),
      level: str(x.level) || null,
      category: str(x.category),
      year: num(x.year),
    })),
    employers: arr(body.employers).map((x) => ({
      id: str(x.id),
      name: str(x.name),
      jobTitle: str(x.jobTitle) || null,
    })),
    events: arr(body.events).map((x) => ({
      id: str(x.id),
      name: str(x.name),
      date: str(x.date) || null,
      talkTitle: str(x.talkTitle) || null,
    })),
    aliases: strings(body.aliases ?? attributes.aliases),
    evidence: toEvidence(body.evidence ?? attributes.evidence),
    page: toPage(body.page, arr(body.relationships).length),
  };
}

/** The sentences of one page of a hub's relationships (see NodePage). */
export async function nodeEvidence(
  id: string,
  cursor?: string,
): Promise<{ evidence: EvidenceItem[]; nextCursor: string | null }> {
  const q = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
  const body = (await request(`/api/nodes/${encodeURIComponent(id)}/evidence${q}`)) as Json;
  return { evidence: toEvidence(body.evidence), nextCursor: str((body.page as Json)?.nextCursor) || null };
}

export async function neighbours(id: string, depth = 1, limit = 200): Promise<SerializedGraph> {
  const p = new URLSearchParams({ depth: String(depth), limit: String(limit) });
  const body = (await request(`/api/nodes/${encodeURIComponent(id)}/neighbours?${p}`)) as Json;
  return toGraph(body.graph ?? body);
}

export async function overview(): Promise<SerializedGraph> {
  const body = (await request("/api/overview")) as Json;
  return toGraph(body.graph ?? body);
}

export async function path(from: string, to: string): Promise<PathResult> {
  const p = new URLSearchParams({ from, to });
  const body = (await request(`/api/path?${p}`)) as Json;
  const graph = toGraph(body.graph ?? body);
  const rawSteps = arr(body.steps ?? body.edges ?? body.sentences);
  const steps: PathStep[] = rawSteps.length
    ? rawSteps.map((s) => ({
        source: str(s.source),
        target: str(s.target),
        type: str(s.type),
        evidence: toEvidence(s.evidence ?? s.sentences),
      }))
    : graph.edges.map((e) => ({
        source: e.source,
        target: e.target,
        type: str(e.attributes.type),
        evidence: toEvidence(e.attributes.evidence ?? e.attributes.sentences),
      }));
  return { graph, steps };
}

export async function facets(): Promise<Facets> {
  const body = (await request("/api/facets")) as Json;
  const values = (v: unknown): string[] =>
    Array.isArray(v)
      ? v
          .map((x) => (typeof x === "string" ? x : str((x as Json)?.value) || str((x as Json)?.name)))
          .filter(Boolean)
      : [];
  return {
    levels: values(body.honourLevels ?? body.levels),
    categories: values(body.honourCategories ?? body.categories),
    organisers: arr(body.organisers ?? body.organizers).map((o) => ({ id: str(o.id), name: str(o.name) })),
    years: values(body.years)
      .map((y) => num(y))
      .filter((y): y is number => y !== null && Number.isInteger(y))
      .sort((a, b) => a - b),
  };
}

export async function cypher(query: string, params: Record<string, unknown> = {}): Promise<CypherResponse> {
  const body = (await request("/api/cypher", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, params }),
  })) as Json;
  return {
    columns: strings(body.columns),
    rows: Array.isArray(body.rows) ? (body.rows as unknown[][]) : [],
    truncated: body.truncated === true,
    graph: toGraph(body.graph),
    ms: num(body.ms) ?? 0,
    rewrites: arr(body.rewrites).map((r) => ({ form: str(r.form), from: str(r.from), to: str(r.to) })),
  };
}

export type GraphSchema = z.infer<typeof SchemaResponse>;

/** Labels, relationship types and their properties (GET /api/schema), for the console's sidebar. */
export async function schema(): Promise<GraphSchema> {
  return (await request("/api/schema")) as GraphSchema;
}

export function reportUrl(kind: string, id: string, format = "html"): string {
  return `/api/reports/${encodeURIComponent(kind)}/${encodeURIComponent(id)}?format=${format}`;
}

export function exportUrl(format: "gexf" | "graphml" | "csv" | "json"): string {
  return `/api/export?format=${format}`;
}
