/**
 * The embedded GraphStore on kuzu 0.11. Each replaceGraph bulk-loads a NEW database file with
 * COPY (newline-delimited JSON, which round-trips any text), then switches `<dataDir>/kuzu/CURRENT`
 * atomically and swaps the live generation; the old one closes once its reads finish.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { KuzuValue } from "kuzu";
import { InvalidInputError, StoreUnavailableError } from "../model/errors.ts";
import type { GraphBatch } from "../model/types.ts";
import { AsyncLock } from "./async-lock.ts";
import { countsFromStats } from "./counts-from-stats.ts";
import { mapKuzuError } from "./kuzu-errors.ts";
import { executePrepared, KuzuGeneration, type PooledConnection, runAll } from "./kuzu-generation.ts";
import {
  newGenerationName,
  readCurrent,
  removeGeneration,
  removeStale,
  writeCurrent,
} from "./kuzu-generations.ts";
import {
  indexInternalIds,
  type KuzuConvertContext,
  kuzuRowToPlain,
  kuzuToPlain,
  unresolvedEndpoints,
} from "./kuzu-values.ts";
import { loadQuery, loadSchema } from "./load-query.ts";
import { GraphCollector } from "./plain-values.ts";
import { type PreparedBatch, prepareBatch } from "./prepare-batch.ts";
import { guardReadOnly } from "./read-only-guard.ts";
import type {
  CypherResult,
  CypherValue,
  GraphCounts,
  GraphStore,
  ReadOnlyOptions,
  WriteStats,
} from "./store.ts";

export interface KuzuStoreOptions {
  /** The data directory; the store lives in `<dataDir>/kuzu/`. */
  dataDir: string;
  readOnly?: boolean;
  /** Default timeout and row cap of runReadOnly. */
  queryTimeoutMs?: number;
  rowLimit?: number;
  /** Connections per generation (concurrent reads). */
  poolSize?: number;
  /** Test hook: runs after the new generation is loaded, before CURRENT switches. */
  beforeSwitch?: (generationFile: string) => void | Promise<void>;
}

/** Timeout for named queries (trusted, but a runaway must not hold a connection forever). */
const NAMED_QUERY_TIMEOUT_MS = 60_000;
/** At most this many unresolved relationship endpoints are looked up for a result graph. */
const MAX_ENDPOINT_LOOKUPS = 500;

/** kuzu refuses parameters a statement does not use: keep only the `$names` the text mentions. */
function usedParams(text: string, params: Record<string, unknown>): Record<string, KuzuValue> {
  const used = new Set([...text.matchAll(/\$([\p{L}_][\p{L}\p{N}_]*)/gu)].map((m) => m[1]));
  const out: Record<string, KuzuValue> = {};
  for (const [k, v] of Object.entries(params)) if (used.has(k) && v !== undefined) out[k] = v as KuzuValue;
  return out;
}

function sqlString(s: string): string {
  return `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

export class KuzuStore implements GraphStore {
  readonly kind = "embedded" as const;
  private readonly root: string;
  private live: KuzuGeneration | null = null;
  private readonly writeLock = new AsyncLock();
  private closing = false;

  constructor(private readonly opts: KuzuStoreOptions) {
    this.root = path.resolve(opts.dataDir, "kuzu");
  }

  /** Opens the live generation (creating an empty one with the schema when writable and absent). */
  async open(): Promise<this> {
    const readOnly = this.opts.readOnly ?? false;
    let name = readCurrent(this.root);
    if (!name) {
      if (readOnly) {
        throw new StoreUnavailableError(`no embedded graph in ${this.root} yet: run the ingest first`);
      }
      mkdirSync(this.root, { recursive: true });
      name = newGenerationName();
      const gen = await this.openGeneration(name, false);
      try {
        await gen.withConnection(async (pc) => {
          for (const stmt of loadSchema("kuzu")) await runAll(pc.conn, stmt);
        });
      } catch (e) {
        await gen.retire();
        removeGeneration(this.root, name);
        throw mapKuzuError(e, "create schema");
      }
      writeCurrent(this.root, name);
      this.live = gen;
    } else {
      this.live = await this.openGeneration(name, readOnly);
    }
    if (!readOnly) removeStale(this.root, new Set([name]));
    return this;
  }

  private async openGeneration(name: string, readOnly: boolean): Promise<KuzuGeneration> {
    const gen = new KuzuGeneration(name, path.join(this.root, name), readOnly, this.opts.poolSize ?? 4);
    await gen.init();
    return gen;
  }

  private current(): KuzuGeneration {
    if (!this.live || this.closing) throw new StoreUnavailableError("the embedded store is closed");
    return this.live;
  }

  /** Runs fn on a connection of the live generation, retrying once if it was swapped meanwhile. */
  private async withLive<T>(fn: (pc: PooledConnection) => Promise<T>): Promise<T> {
    const gen = this.current();
    try {
      return await gen.withConnection(fn);
    } catch (e) {
      if (gen.isRetired && this.live !== gen && e instanceof Error && /is retired/.test(e.message)) {
        return this.current().withConnection(fn);
      }
      throw e;
    }
  }

  async applySchema(): Promise<void> {
    if (this.opts.readOnly) return;
    await this.writeLock
      .run(() =>
        this.withLive(async (pc) => {
          for (const stmt of loadSchema("kuzu")) await runAll(pc.conn, stmt);
        }),
      )
      .catch((e: unknown) => {
        throw mapKuzuError(e, "apply schema");
      });
  }

  async replaceGraph(batch: GraphBatch): Promise<WriteStats> {
    if (this.opts.readOnly) throw new StoreUnavailableError("the embedded store was opened read-only");
    const t0 = performance.now();
    const prepared = prepareBatch(batch);
    return this.writeLock.run(async () => {
      this.current();
      const name = newGenerationName();
      const staging = path.join(this.root, `${name}.staging`);
      let gen: KuzuGeneration | null = null;
      try {
        mkdirSync(staging, { recursive: true });
        gen = await this.openGeneration(name, false);
        await gen.withConnection((pc) => this.bulkLoad(pc, prepared, staging));
        await this.opts.beforeSwitch?.(gen.file);
      } catch (e) {
        await gen?.retire().catch(() => undefined);
        removeGeneration(this.root, name);
        rmSync(staging, { recursive: true, force: true });
        throw mapKuzuError(e, "replace graph");
      }
      rmSync(staging, { recursive: true, force: true });
      writeCurrent(this.root, name);
      const old = this.live;
      this.live = gen;
      if (old) {
        await old.retire();
        removeGeneration(this.root, old.name);
      }
      removeStale(this.root, new Set([name]));
      return { nodes: prepared.nodeCount, rels: prepared.relCount, ms: Math.round(performance.now() - t0) };
    });
  }

  /** Creates the schema and COPYs every table of a prepared batch into a fresh database. */
  private async bulkLoad(pc: PooledConnection, batch: PreparedBatch, staging: string): Promise<void> {
    for (const stmt of loadSchema("kuzu")) await runAll(pc.conn, stmt);
    let k = 0;
    const write = (rows: object[]): string => {
      const file = path.join(staging, `t${k++}.json`);
      writeFileSync(file, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
      return file;
    };
    const timed = async (what: string, fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      if (process.env.LAOMO_DEBUG_COPY)
        console.error(`[kuzu] ${what}: ${Math.round(performance.now() - t0)} ms`);
    };
    for (const [label, rows] of Object.entries(batch.nodes)) {
      if (rows.length === 0) continue;
      let file = "";
      await timed(`write ${label} (${rows.length})`, async () => {
        file = write(rows);
      });
      await timed(`COPY ${label}`, () => runAll(pc.conn, `COPY ${label} FROM ${sqlString(file)}`));
    }
    for (const g of batch.rels) {
      if (g.rows.length === 0) continue;
      let file = "";
      await timed(`write ${g.type} ${g.from}->${g.to} (${g.rows.length})`, async () => {
        file = sqlString(write(g.rows));
      });
      await timed(`COPY ${g.type} ${g.from}->${g.to}`, () =>
        runAll(pc.conn, `COPY ${g.type} FROM ${file} (from=${sqlString(g.from)}, to=${sqlString(g.to)})`),
      );
    }
    await timed("CHECKPOINT", () => runAll(pc.conn, "CHECKPOINT"));
  }

  async query<T = Record<string, CypherValue>>(
    name: string,
    params: Record<string, unknown> = {},
  ): Promise<T[]> {
    const text = loadQuery(name, "kuzu");
    try {
      return await this.withLive(async (pc) => {
        let ps = pc.prepared.get(name);
        if (!ps) {
          ps = await pc.conn.prepare(text);
          if (!ps.isSuccess()) throw new Error(`query ${name} does not prepare: ${ps.getErrorMessage()}`);
          pc.prepared.set(name, ps);
        }
        pc.conn.setQueryTimeout(NAMED_QUERY_TIMEOUT_MS);
        const { columns, rows } = await executePrepared(pc.conn, ps, usedParams(text, params));
        const ctx: KuzuConvertContext = { internalIds: new Map() };
        return rows.map((row) => {
          const values = kuzuRowToPlain(row, columns, ctx);
          return Object.fromEntries(columns.map((c, i) => [c, values[i] ?? null])) as T;
        });
      });
    } catch (e) {
      throw mapKuzuError(e, `query ${name}`);
    }
  }

  async runReadOnly(
    query: string,
    params: Record<string, unknown> = {},
    options: ReadOnlyOptions = {},
  ): Promise<CypherResult> {
    guardReadOnly(query, "kuzu");
    const timeoutMs = options.timeoutMs ?? this.opts.queryTimeoutMs ?? 5000;
    const rowLimit = options.rowLimit ?? this.opts.rowLimit ?? 1000;
    const t0 = performance.now();
    try {
      return await this.withLive(async (pc) => {
        const ps = await pc.conn.prepare(query);
        if (!ps.isSuccess()) throw new InvalidInputError(ps.getErrorMessage());
        pc.conn.setQueryTimeout(timeoutMs);
        await runAll(pc.conn, "BEGIN TRANSACTION READ ONLY");
        try {
          const res = await pc.conn.execute(ps, usedParams(query, params));
          const list = Array.isArray(res) ? res : [res];
          let columns: string[] = [];
          const raw: Record<string, KuzuValue>[] = [];
          let truncated = false;
          try {
            const last = list[list.length - 1];
            if (last) {
              columns = last.getColumnNamesSync();
              while (last.hasNext()) {
                if (raw.length >= rowLimit) {
                  truncated = true;
                  break;
                }
                const row = await last.getNext();
                if (row) raw.push(row);
              }
            }
          } finally {
            for (const r of list) r.close();
          }
          const collector = new GraphCollector();
          const ctx: KuzuConvertContext = { internalIds: indexInternalIds(raw), collector };
          await this.resolveEndpoints(pc, raw, ctx);
          const rows = raw.map((row) => kuzuRowToPlain(row, columns, ctx));
          return {
            columns,
            rows,
            truncated,
            graph: collector.toSerialized(),
            ms: Math.round(performance.now() - t0),
          };
        } finally {
          await runAll(pc.conn, "ROLLBACK").catch(() => undefined);
        }
      });
    } catch (e) {
      throw mapKuzuError(e, "query");
    }
  }

  /** Looks up relationship endpoints that were not returned as nodes, so the result graph is whole. */
  private async resolveEndpoints(
    pc: PooledConnection,
    raw: Record<string, KuzuValue>[],
    ctx: KuzuConvertContext,
  ): Promise<void> {
    const keys = unresolvedEndpoints(raw, ctx.internalIds).slice(0, MAX_ENDPOINT_LOOKUPS);
    if (keys.length === 0) return;
    const ps = await pc.conn.prepare("MATCH (n) WHERE ID(n) = internal_id($t, $o) RETURN n");
    if (!ps.isSuccess()) return;
    for (const key of keys) {
      const [t, o] = key.split(":").map(Number);
      const { rows: found } = await executePrepared(pc.conn, ps, { t: t ?? 0, o: o ?? 0 });
      const node = found[0]?.n;
      if (node && typeof node === "object" && "id" in node && typeof node.id === "string") {
        ctx.internalIds.set(key, node.id);
        kuzuToPlain(node, ctx);
      }
    }
  }

  async counts(): Promise<GraphCounts> {
    return countsFromStats(await this.query<{ kind: string; name: string; count: number }>("stats"));
  }

  async close(): Promise<void> {
    if (this.closing) return;
    await this.writeLock.run(async () => {
      this.closing = true;
      await this.live?.retire();
      this.live = null;
    });
  }
}

/** Opens the embedded store at `<dataDir>/kuzu`. */
export async function openKuzuStore(opts: KuzuStoreOptions): Promise<KuzuStore> {
  return new KuzuStore(opts).open();
}
