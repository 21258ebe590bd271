/**
 * Node details of a hub, one page at a time: the relationships come from the in-memory skeleton
 * (sorted by type, direction, the other's name), the node's own row from the store, and the
 * evidence sentences of its relationships are asked for separately (`/api/nodes/:id/evidence`),
 * so a node with thousands of relationships answers in milliseconds.
 */
import type { ReviewState } from "../../model/types.ts";
import type { SkeletonRel } from "./graph-skeleton.ts";
import { numOrNull, type Row, strings, strOrNull } from "./row-values.ts";

/** Relationships per page of `/api/nodes/:id` (default) and the most a page may ask for. */
export const NODE_PAGE_DEFAULT = 200;
export const NODE_PAGE_MAX = 1000;

/** Where a page of relationships stands, and whether their sentences came with it. */
export interface NodePageInfo {
  limit: number;
  offset: number;
  /** Relationships of the node in all. */
  total: number;
  /** The cursor of the next page (null on the last). */
  nextCursor: string | null;
  /** `inline`: every relationship's sentences are in `evidence`; `on-demand`: ask `/evidence`. */
  evidence: "inline" | "on-demand";
}

/** The offset a cursor stands for (a cursor is the opaque decimal offset of its page). */
export function offsetOf(cursor: string | undefined): number {
  return cursor ? Number(cursor) : 0;
}

export function pageInfo(
  total: number,
  offset: number,
  limit: number,
  evidence: NodePageInfo["evidence"],
): NodePageInfo {
  const next = offset + limit;
  return { limit, offset, total, nextCursor: next < total ? String(next) : null, evidence };
}

/** Facts of a relationship not read back from the store are untouched extractions. */
const UNREVIEWED: { review: ReviewState } = { review: "extracted" };

/**
 * Honours, employers, events and the relationship list of one page of skeleton relationships,
 * with the review state of each where the store gave it (else `extracted`).
 */
export function pageParts(
  page: readonly SkeletonRel[],
  reviews: ReadonlyMap<string, ReviewState> = new Map(),
) {
  const honours = [];
  const employers = [];
  const events = [];
  for (const r of page) {
    const review = { review: reviews.get(r.id) ?? UNREVIEWED.review };
    const base = { relId: r.id, id: r.other.id, label: r.other.label, name: r.other.name, ...review };
    if (r.type === "HAS_HONOUR" && r.direction === "out") {
      honours.push({
        ...base,
        year: numOrNull(r.qualifier.year),
        level: strOrNull(r.otherFields.level),
        category: strOrNull(r.otherFields.category),
      });
    } else if (r.type === "WORKS_FOR" && r.direction === "out") {
      employers.push({ ...base, jobTitle: strOrNull(r.qualifier.jobTitle) });
    } else if (r.other.label === "Event") {
      events.push({
        ...base,
        date: strOrNull(r.otherFields.date),
        talkTitle: strOrNull(r.qualifier.talkTitle),
        role: r.type === "ORGANIZED_BY" ? strOrNull(r.qualifier.role) : null,
      });
    }
  }
  const relationships = page.map((r) => ({
    id: r.id,
    type: r.type,
    direction: r.direction,
    other: r.other,
    qualifier: r.qualifier,
    review: reviews.get(r.id) ?? UNREVIEWED.review,
  }));
  return { honours, employers, events, relationships };
}

/**
 * A hub's attributes: its article ids (thousands) are replaced by their count; the other
 * properties stay.
 */
export function hubAttributes(node: Row): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(publicAttributes(node))) {
    if (k === "articleIds") attributes.articleCount = strings(v).length;
    else attributes[k] = v;
  }
  return attributes;
}

/** The last part of a path: where the server read a file is not the client's business. */
const baseName = (file: string) => file.split(/[\\/]/).filter(Boolean).pop() ?? file;

/** An article's `file` and `sourceFiles` by their names only; any other field as it is. */
export function withoutServerPath(key: string, value: unknown): unknown {
  if (key === "file" && typeof value === "string") return baseName(value);
  if (key === "sourceFiles" && Array.isArray(value))
    return value.map((f) => (typeof f === "string" ? baseName(f) : f));
  return value;
}

/**
 * A node's fields as the API gives them: without its evidence (sent apart), and an article's
 * `file` and `sourceFiles` by their names only, never the server's paths.
 */
export function publicAttributes(node: Row): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k !== "evidence") attributes[k] = withoutServerPath(k, v);
  }
  return attributes;
}
