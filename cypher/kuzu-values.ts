/**
 * Converts kuzu result values into JSON-safe plain values: nodes and rels become plain objects
 * (our `id`, label/type, declared properties, parsed evidence), bigints become numbers, dates ISO
 * strings. Relationship endpoints are resolved through the nodes seen in the same row.
 */
import type { KuzuValue } from "kuzu";
import type { GraphCollector, PlainMap } from "./plain-values.ts";
import { makeNode, makeRel, parseEvidence } from "./plain-values.ts";
import type { CypherValue } from "./store.ts";

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function internalKey(v: unknown): string | null {
  if (!isObj(v)) return null;
  return `${String(v.table)}:${String(v.offset)}`;
}

export function isKuzuNode(v: unknown): v is Obj {
  return isObj(v) && "_label" in v && "_id" in v && !("_src" in v);
}

export function isKuzuRel(v: unknown): v is Obj {
  return isObj(v) && "_src" in v && "_dst" in v && "_label" in v;
}

/** Maps kuzu internal node ids ("table:offset") to our `id`, from every node found in `values`. */
export function indexInternalIds(values: unknown[], into = new Map<string, string>()): Map<string, string> {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
    } else if (isKuzuNode(v)) {
      const key = internalKey(v._id);
      if (key && typeof v.id === "string") into.set(key, v.id);
    } else if (isObj(v)) {
      for (const x of Object.values(v)) walk(x);
    }
  };
  walk(values);
  return into;
}

export interface KuzuConvertContext {
  internalIds: Map<string, string>;
  collector?: GraphCollector;
  /** Internal ids of relationship endpoints that could not be resolved. */
  unresolved?: Set<string>;
}

function props(v: Obj, ctx: KuzuConvertContext): Record<string, CypherValue> {
  const out: Record<string, CypherValue> = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith("_")) out[k] = kuzuToPlain(x as KuzuValue, ctx);
  return out;
}

/** Converts one kuzu value (recursively). */
export function kuzuToPlain(v: KuzuValue | undefined, ctx: KuzuConvertContext): CypherValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (Array.isArray(v)) return v.map((x) => kuzuToPlain(x, ctx));
  if (isKuzuNode(v)) {
    const node = makeNode(String(v._label), props(v, ctx));
    ctx.collector?.addNode(node);
    return node;
  }
  if (isKuzuRel(v)) {
    const src = internalKey(v._src);
    const dst = internalKey(v._dst);
    const source = src ? (ctx.internalIds.get(src) ?? null) : null;
    const target = dst ? (ctx.internalIds.get(dst) ?? null) : null;
    if (!source && src) ctx.unresolved?.add(src);
    if (!target && dst) ctx.unresolved?.add(dst);
    const rel = makeRel(String(v._label), source, target, props(v, ctx));
    ctx.collector?.addRel(rel);
    return rel;
  }
  if (isObj(v) && "_nodes" in v && "_rels" in v) {
    return { nodes: kuzuToPlain(v._nodes as KuzuValue, ctx), rels: kuzuToPlain(v._rels as KuzuValue, ctx) };
  }
  if (isObj(v)) {
    const out: PlainMap = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = k === "evidence" && isEvidenceValue(x) ? parseEvidence(x) : kuzuToPlain(x as KuzuValue, ctx);
    }
    return out;
  }
  return null;
}

/**
 * Whether a value named `evidence` is stored evidence: a list of JSON strings (nodes) or one JSON
 * array text (relationships, cypher/kuzu-rel-provenance.ts).
 */
function isEvidenceValue(v: unknown): boolean {
  return Array.isArray(v) || (typeof v === "string" && v.startsWith("["));
}

/** Converts a row (column → value) into plain values in column order. */
export function kuzuRowToPlain(
  row: Record<string, KuzuValue>,
  columns: string[],
  ctx: KuzuConvertContext,
): CypherValue[] {
  indexInternalIds(Object.values(row), ctx.internalIds);
  return columns.map((c) => {
    const v = row[c];
    return c === "evidence" && isEvidenceValue(v) ? parseEvidence(v) : kuzuToPlain(v, ctx);
  });
}

/** Internal ids ("table:offset") of relationship endpoints in `values` that `internalIds` lacks. */
export function unresolvedEndpoints(values: unknown[], internalIds: Map<string, string>): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
    } else if (isKuzuRel(v)) {
      for (const end of [internalKey(v._src), internalKey(v._dst)])
        if (end && !internalIds.has(end)) out.add(end);
    } else if (isObj(v)) {
      for (const x of Object.values(v)) walk(x);
    }
  };
  walk(values);
  return [...out];
}
