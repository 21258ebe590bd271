/**
 * Runs one user-typed (already guarded) read query on a kuzu connection: prepare, read-only
 * transaction with a timeout, rows up to the cap, relationship endpoints looked up, values made
 * plain. Shared by the console worker process and the in-process fallback.
 */
import type { Connection, KuzuValue } from "kuzu";
import { InvalidInputError } from "../model/errors.ts";
import { executePrepared, readRows, runAll } from "./kuzu-generation.ts";
import {
  indexInternalIds,
  type KuzuConvertContext,
  kuzuRowToPlain,
  kuzuToPlain,
  unresolvedEndpoints,
} from "./kuzu-values.ts";
import { GraphCollector } from "./plain-values.ts";
import type { CypherResult } from "./store.ts";

/** At most this many unresolved relationship endpoints are looked up for a result graph. */
const MAX_ENDPOINT_LOOKUPS = 500;

/** kuzu refuses parameters a statement does not use: keep only the `$names` the text mentions. */
export function usedParams(text: string, params: Record<string, unknown>): Record<string, KuzuValue> {
  const used = new Set([...text.matchAll(/\$([\p{L}_][\p{L}\p{N}_]*)/gu)].map((m) => m[1]));
  const out: Record<string, KuzuValue> = {};
  for (const [k, v] of Object.entries(params)) if (used.has(k) && v !== undefined) out[k] = v as KuzuValue;
  return out;
}

export interface ReadQueryLimits {
  timeoutMs: number;
  rowLimit: number;
}

/** Runs `query` read-only on `conn`; throws raw kuzu errors (callers map them). */
export async function runReadQuery(
  conn: Connection,
  query: string,
  params: Record<string, unknown>,
  limits: ReadQueryLimits,
): Promise<CypherResult> {
  const t0 = performance.now();
  const ps = await conn.prepare(query);
  if (!ps.isSuccess()) throw new InvalidInputError(ps.getErrorMessage());
  conn.setQueryTimeout(limits.timeoutMs);
  await runAll(conn, "BEGIN TRANSACTION READ ONLY");
  try {
    const res = await conn.execute(ps, usedParams(query, params));
    const list = Array.isArray(res) ? res : [res];
    let columns: string[] = [];
    let raw: Record<string, KuzuValue>[] = [];
    let truncated = false;
    try {
      const last = list[list.length - 1];
      if (last) {
        columns = last.getColumnNamesSync();
        ({ rows: raw, truncated } = await readRows(last, limits.rowLimit));
      }
    } finally {
      for (const r of list) r.close();
    }
    const collector = new GraphCollector();
    const ctx: KuzuConvertContext = { internalIds: indexInternalIds(raw), collector };
    await resolveEndpoints(conn, raw, ctx);
    const rows = raw.map((row) => kuzuRowToPlain(row, columns, ctx));
    return {
      columns,
      rows,
      truncated,
      graph: collector.toSerialized(),
      ms: Math.round(performance.now() - t0),
    };
  } finally {
    await runAll(conn, "ROLLBACK").catch(() => undefined);
  }
}

/** Looks up relationship endpoints that were not returned as nodes, so the result graph is whole. */
async function resolveEndpoints(
  conn: Connection,
  raw: Record<string, KuzuValue>[],
  ctx: KuzuConvertContext,
): Promise<void> {
  const keys = unresolvedEndpoints(raw, ctx.internalIds).slice(0, MAX_ENDPOINT_LOOKUPS);
  if (keys.length === 0) return;
  const ps = await conn.prepare("MATCH (n) WHERE ID(n) = internal_id($t, $o) RETURN n");
  if (!ps.isSuccess()) return;
  for (const key of keys) {
    const [t, o] = key.split(":").map(Number);
    const { rows: found } = await executePrepared(conn, ps, { t: t ?? 0, o: o ?? 0 });
    const node = found[0]?.n;
    if (node && typeof node === "object" && "id" in node && typeof node.id === "string") {
      ctx.internalIds.set(key, node.id);
      kuzuToPlain(node, ctx);
    }
  }
}
