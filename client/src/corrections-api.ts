/**
 * HTTP client of the curation API (`/api/articles/:id`, `/api/facts`, `/api/corrections`):
 * answers normalised into small typed shapes; every correction is a `write()` (the stored
 * token, one prompt on 401/403). See server/README.md, Curation API.
 */
import type { z } from "zod";
import { REL_ENDPOINTS, REL_TYPES } from "../../model/types.ts";
import type {
  ArticleViewResponse,
  CorrectionResponse,
  CorrectionsList,
  FactSchema,
} from "../../server/correction-schemas.ts";
import { ApiError, write } from "./api.ts";

/** Answers as the server's zod schemas declare them (type-only: no zod in the bundle). */
type WireFact = z.infer<typeof FactSchema>;
type WireArticle = z.infer<typeof ArticleViewResponse>;
type WireEntry = z.infer<typeof CorrectionsList>["entries"][number];
type WireStatus = z.infer<typeof CorrectionResponse>["status"];

export const REVIEW_STATES = ["extracted", "confirmed", "corrected", "added", "rejected"] as const;
export type Review = (typeof REVIEW_STATES)[number];

export const FACT_KINDS = REL_TYPES;
export type FactKind = (typeof FACT_KINDS)[number];

/** Labels each fact kind joins. */
export const KIND_ENDS: Record<FactKind, { from: readonly string[]; to: readonly string[] }> = REL_ENDPOINTS;

/** The field a reviewer edits on each kind of fact (the other end, or a qualifier). */
export const EDIT_FIELDS: Record<FactKind, string[]> = {
  HAS_HONOUR: ["honour", "year"],
  WORKS_FOR: ["employer", "jobTitle"],
  SPOKE_AT: ["talkTitle"],
  ORGANIZED_BY: ["organiser", "role"],
  HELD_AT: ["venue"],
  REPORTED: [],
};

export type FactEnd = Pick<WireFact["source"], "id" | "name"> & { label: string };

/** A fact as /api/facts and /api/articles/:id send it, `reason` null when none. */
export type Fact = Pick<WireFact, "relId" | "qualifier"> & {
  type: FactKind;
  review: Review;
  source: FactEnd;
  target: FactEnd;
  reason: string | null;
};

/** A fact as the article view lists it: with its span in the article's text. */
export type ArticleFact = Fact &
  Pick<WireArticle["facts"][number], "start" | "end" | "sentenceStart" | "sentenceEnd">;

export type ArticleView = Pick<WireArticle, "id" | "title" | "subtitle" | "date" | "text" | "reviewed"> & {
  facts: ArticleFact[];
};

type Json = Record<string, unknown>;

async function read(path: string): Promise<Json> {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => ({}))) as Json;
  if (!res.ok)
    throw new ApiError(res.status, str(body.error) || "http_error", str(body.message) || res.statusText);
  return body;
}

const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? (v as Json[]).filter((x) => x && typeof x === "object") : [];

function end(v: unknown): FactEnd {
  const e = (v ?? {}) as Json;
  return { id: str(e.id), label: str(e.label), name: str(e.name) };
}

function fact(f: Json): Fact {
  const review = str(f.review) as Review;
  return {
    relId: str(f.relId),
    type: str(f.type) as FactKind,
    review: (REVIEW_STATES as readonly string[]).includes(review) ? review : "extracted",
    source: end(f.source),
    target: end(f.target),
    qualifier: (f.qualifier ?? {}) as Record<string, unknown>,
    reason: str(f.reason) || null,
  };
}

export async function articleView(id: string): Promise<ArticleView> {
  const b = await read(`/api/articles/${encodeURIComponent(id)}`);
  const reviewed = (b.reviewed ?? {}) as Json;
  return {
    id: str(b.id),
    title: str(b.title),
    subtitle: str(b.subtitle) || null,
    date: str(b.date) || null,
    text: str(b.text),
    reviewed: { facts: num(reviewed.facts), reviewed: num(reviewed.reviewed) },
    facts: list(b.facts).map((f) => ({
      ...fact(f),
      start: num(f.start),
      end: num(f.end),
      sentenceStart: num(f.sentenceStart),
      sentenceEnd: num(f.sentenceEnd),
    })),
  };
}

/** A fact's articles, from its evidence (the article view opens from these). */
export interface FactWithArticles extends Fact {
  articleIds: string[];
}

/** Facts by review state (and/or node): `unreviewed`, `reviewed`, or one state. */
export async function facts(q: {
  review?: Review | "unreviewed" | "reviewed";
  nodeId?: string;
  type?: string;
  limit?: number;
  offset?: number;
}): Promise<{ total: number; facts: FactWithArticles[] }> {
  const p = new URLSearchParams();
  if (q.review) p.set("review", q.review);
  if (q.type) p.set("type", q.type);
  if (q.nodeId) p.set("nodeId", q.nodeId);
  p.set("limit", String(q.limit ?? 100));
  if (q.offset) p.set("offset", String(q.offset));
  const b = await read(`/api/facts?${p}`);
  return {
    total: num(b.total),
    facts: list(b.facts).map((f) => ({
      ...fact(f),
      articleIds: [...new Set(list(f.evidence).map((e) => str(e.articleId)))].filter(Boolean),
    })),
  };
}

export type EndpointRef = { nodeId: string } | { label: string; name: string };

export type CorrectionRequest =
  | { action: "confirm"; relId: string }
  | { action: "reject"; relId: string; reason: string }
  | { action: "edit"; relId: string; field: string; value: string | number | null }
  | {
      action: "add";
      kind: FactKind;
      articleId: string;
      start: number;
      end: number;
      source: EndpointRef;
      target: EndpointRef;
      year?: number | null;
      jobTitle?: string | null;
      talkTitle?: string | null;
      role?: string | null;
    }
  | { action: "merge"; nodeId: string; otherId: string }
  | { action: "split"; nodeId: string; articleIds: string[]; name?: string }
  | { action: "rename"; nodeId: string; name: string };

export interface CorrectionResult {
  entryId: string;
  action: string;
  status: WireStatus;
  reason: string | null;
  relId: string | null;
  nodeId: string | null;
}

function result(b: Json): CorrectionResult {
  const entry = (b.entry ?? {}) as Json;
  const status = str(b.status);
  return {
    entryId: str(entry.id),
    action: str(entry.action),
    status: status === "applied" || status === "undone" ? status : "orphaned",
    reason: str(b.reason) || null,
    relId: str(b.relId) || null,
    nodeId: str(b.nodeId) || null,
  };
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

export async function correct(body: CorrectionRequest): Promise<CorrectionResult> {
  return result((await write("/api/corrections", json(body))) as Json);
}

export async function undo(entryId: string): Promise<CorrectionResult> {
  return result((await write(`/api/corrections/${encodeURIComponent(entryId)}/undo`, json({}))) as Json);
}

export type LoggedCorrection = Pick<WireEntry, "id" | "action" | "by" | "at" | "status"> & {
  relId: string | null;
  nodeId: string | null;
  target: Json;
};

/** The log, newest first, each entry with its outcome in the last rebuild. */
export async function corrections(): Promise<LoggedCorrection[]> {
  const b = await read("/api/corrections?limit=5000");
  return list(b.entries).map((e) => ({
    id: str(e.id),
    action: str(e.action),
    by: str(e.by),
    at: str(e.at),
    status: e.status === "applied" || e.status === "undone" ? e.status : "orphaned",
    relId: str(e.relId) || null,
    nodeId: str(e.nodeId) || null,
    target: (e.target ?? {}) as Json,
  }));
}

/** The newest applied correction that made this fact what it is (to undo it), if any. */
export async function lastCorrectionOf(f: Fact): Promise<LoggedCorrection | null> {
  const log = await corrections();
  const live = log.filter((e) => e.status === "applied" && e.action !== "undo");
  const byId = live.find((e) => e.relId === f.relId);
  if (byId) return byId;
  const named = (x: unknown, name: string) => ((x ?? {}) as Json).name === name;
  return (
    live.find(
      (e) =>
        e.target.kind === f.type &&
        named(e.target.source, f.source.name) &&
        named(e.target.target, f.target.name),
    ) ?? null
  );
}
