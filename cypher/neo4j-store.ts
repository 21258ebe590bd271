/**
 * The Neo4j GraphStore (neo4j-driver 6): one driver per process, managed transactions with a
 * timeout, READ access for user queries. replaceGraph MERGEs the batch in 5k-row UNWIND batches
 * stamped with a new generation number, then deletes what older generations left behind.
 * applyDelta (incremental ingest) runs one write transaction: DETACH DELETE of removed nodes,
 * DELETE of removed relationships, UNWIND … MERGE on the keys of what changed.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { StoreUnavailableError } from "../model/errors.ts";
import type { GraphBatch, NodeLabel } from "../model/types.ts";
import { NODE_LABELS } from "../model/types.ts";
import { countsFromStats } from "./counts-from-stats.ts";
import type { GraphDelta } from "./graph-delta.ts";
import { loadQuery, loadSchema } from "./load-query.ts";
import { mapNeo4jError } from "./neo4j-errors.ts";
import {
  indexElementIds,
  type Neo4jConvertContext,
  neo4jRecordToPlain,
  toNeo4jParams,
} from "./neo4j-values.ts";
import { GraphCollector } from "./plain-values.ts";
import { prepareBatch, type Row } from "./prepare-batch.ts";
import { guardReadOnly } from "./read-only-guard.ts";
import { NODE_PROPS, REL_PROPS } from "./schema-spec.ts";
import type {
  CypherResult,
  CypherValue,
  GraphCounts,
  GraphStore,
  ReadOnlyOptions,
  WriteStats,
} from "./store.ts";

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  queryTimeoutMs?: number;
  rowLimit?: number;
  /** Rows per UNWIND batch in replaceGraph. */
  batchSize?: number;
}

const NAMED_QUERY_TIMEOUT_MS = 60_000;
const WRITE_TIMEOUT_MS = 600_000;
const DELETE_CHUNK = 10_000;

const drivers = new Map<string, { driver: Driver; users: number }>();

/** One driver per (uri, user) per process, shared by the stores that use it. */
function acquireDriver(opts: Neo4jStoreOptions): Driver {
  const key = `${opts.uri}|${opts.user}`;
  const hit = drivers.get(key);
  if (hit) {
    hit.users++;
    return hit.driver;
  }
  const driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
    disableLosslessIntegers: false,
  });
  drivers.set(key, { driver, users: 1 });
  return driver;
}

async function releaseDriver(opts: Neo4jStoreOptions): Promise<void> {
  const key = `${opts.uri}|${opts.user}`;
  const hit = drivers.get(key);
  if (!hit) return;
  hit.users--;
  if (hit.users <= 0) {
    drivers.delete(key);
    await hit.driver.close();
  }
}

/** The SET list `n.a = row.a, …` for a property spec; names come from the spec, never from data. */
function setList(variable: string, names: readonly string[], source: string): string {
  return names.map((p) => `${variable}.${p} = ${source}.${p}`).join(", ");
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  private readonly driver: Driver;
  private closed = false;
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: Neo4jStoreOptions) {
    this.driver = acquireDriver(opts);
  }

  private session(mode: "READ" | "WRITE") {
    if (this.closed) throw new StoreUnavailableError("the Neo4j store is closed");
    return this.driver.session({
      database: this.opts.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** Checks connectivity (fails fast with StoreUnavailableError). */
  async open(): Promise<this> {
    try {
      await this.driver.verifyConnectivity({ database: this.opts.database });
    } catch (e) {
      await releaseDriver(this.opts);
      this.closed = true;
      throw new StoreUnavailableError(`cannot reach Neo4j at ${this.opts.uri}: ${(e as Error).message}`, {
        cause: e,
      });
    }
    return this;
  }

  private async write<T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session("WRITE");
    try {
      return await session.executeWrite(fn, { timeout: WRITE_TIMEOUT_MS });
    } finally {
      await session.close();
    }
  }

  /** Serialises writes inside this process. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writing.then(fn, fn);
    this.writing = run.catch(() => undefined);
    return run;
  }

  async applySchema(): Promise<void> {
    await this.serial(async () => {
      for (const stmt of loadSchema("neo4j")) {
        const session = this.session("WRITE");
        try {
          await session.run(stmt);
        } catch (e) {
          throw mapNeo4jError(e, "apply schema");
        } finally {
          await session.close();
        }
      }
    });
  }

  async replaceGraph(batch: GraphBatch): Promise<WriteStats> {
    const t0 = performance.now();
    const prepared = prepareBatch(batch);
    const size = this.opts.batchSize ?? 5000;
    const gen = neo4j.int(Date.now());
    return this.serial(async () => {
      try {
        for (const label of NODE_LABELS) {
          const names = NODE_PROPS[label].map((p) => p.name).filter((p) => p !== "id");
          const q = `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET ${setList("n", names, "row")}, n.generation = $gen`;
          for (const rows of chunks(prepared.nodes[label], size)) {
            await this.write((tx) => tx.run(q, { rows: toNeo4jParams(rows), gen }));
          }
        }
        for (const g of prepared.rels) {
          const names = REL_PROPS[g.type].map((p) => p.name).filter((p) => p !== "id");
          const set = names.length > 0 ? `${setList("r", names, "row")}, ` : "";
          const q =
            `UNWIND $rows AS row MATCH (a:${g.from} {id: row.from}) MATCH (b:${g.to} {id: row.to}) ` +
            `MERGE (a)-[r:${g.type} {id: row.id}]->(b) SET ${set}r.generation = $gen`;
          for (const rows of chunks(g.rows as Row[], size)) {
            await this.write((tx) => tx.run(q, { rows: toNeo4jParams(rows), gen }));
          }
        }
        await this.deleteOlder(gen);
      } catch (e) {
        throw mapNeo4jError(e, "replace graph");
      }
      return { nodes: prepared.nodeCount, rels: prepared.relCount, ms: Math.round(performance.now() - t0) };
    });
  }

  /**
   * The graph's version: the newest generation stamp and the counts (a delta stamps what it
   * writes, and one that only removes changes the counts).
   */
  async graphVersion(): Promise<string | null> {
    const session = this.session("READ");
    try {
      const res = await session.executeRead((tx) =>
        tx.run(
          "MATCH (n) WITH max(n.generation) AS g, count(n) AS nodes " +
            "OPTIONAL MATCH ()-[r]->() RETURN g, nodes, count(r) AS rels",
        ),
      );
      const rec = res.records[0];
      if (!rec || rec.get("g") === null) return null;
      return `${String(rec.get("g"))}:${String(rec.get("nodes"))}:${String(rec.get("rels"))}`;
    } catch (e) {
      throw mapNeo4jError(e, "graph version");
    } finally {
      await session.close();
    }
  }

  /** Applies a delta in one write transaction (all of it or nothing). */
  async applyDelta(delta: GraphDelta): Promise<WriteStats> {
    const t0 = performance.now();
    const gen = neo4j.int(Date.now());
    const groups = <T>(items: T[], key: (t: T) => string): Map<string, T[]> => {
      const m = new Map<string, T[]>();
      for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), it]);
      return m;
    };
    return this.serial(async () => {
      try {
        await this.write(async (tx) => {
          for (const [type, rs] of groups(delta.removeRels, (r) => r.type)) {
            await tx.run(`UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() DELETE r`, {
              ids: rs.map((r) => r.id),
            });
          }
          for (const [label, ns] of groups(delta.removeNodes, (n) => n.label)) {
            await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) DETACH DELETE n`, {
              ids: ns.map((n) => n.id),
            });
          }
          for (const [label, ns] of groups(delta.upsertNodes, (n) => n.label)) {
            const names = NODE_PROPS[label as NodeLabel].map((p) => p.name).filter((p) => p !== "id");
            const q = `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET ${setList("n", names, "row")}, n.generation = $gen`;
            await tx.run(q, { rows: toNeo4jParams(ns.map((n) => n.row)), gen });
          }
          for (const rs of groups(delta.upsertRels, (r) => `${r.type}|${r.from}|${r.to}`).values()) {
            const g = rs[0]!;
            const names = REL_PROPS[g.type].map((p) => p.name).filter((p) => p !== "id");
            const set = names.length > 0 ? `${setList("r", names, "row")}, ` : "";
            const q =
              `UNWIND $rows AS row MATCH (a:${g.from} {id: row.from}) MATCH (b:${g.to} {id: row.to}) ` +
              `MERGE (a)-[r:${g.type} {id: row.id}]->(b) SET ${set}r.generation = $gen`;
            await tx.run(q, { rows: toNeo4jParams(rs.map((r) => r.row)), gen });
          }
        });
      } catch (e) {
        throw mapNeo4jError(e, "apply delta");
      }
      const nodes = delta.upsertNodes.length + delta.removeNodes.length;
      const rels = delta.upsertRels.length + delta.removeRels.length;
      return { nodes, rels, ms: Math.round(performance.now() - t0) };
    });
  }

  /** Deletes relationships, then nodes, not stamped with `gen`, in chunks. */
  private async deleteOlder(gen: ReturnType<typeof neo4j.int>): Promise<void> {
    const relQ = `MATCH ()-[r]->() WHERE r.generation IS NULL OR r.generation <> $gen
      WITH r LIMIT $chunk DELETE r RETURN count(*) AS n`;
    const nodeQ = (label: NodeLabel) => `MATCH (n:${label}) WHERE n.generation IS NULL OR n.generation <> $gen
      WITH n LIMIT $chunk DETACH DELETE n RETURN count(*) AS n`;
    const loop = async (q: string) => {
      for (;;) {
        const res = await this.write((tx) => tx.run(q, { gen, chunk: neo4j.int(DELETE_CHUNK) }));
        const n = res.records[0]?.get("n");
        if (!n || neo4j.integer.toNumber(n) === 0) break;
      }
    };
    await loop(relQ);
    for (const label of NODE_LABELS) await loop(nodeQ(label));
  }

  async query<T = Record<string, CypherValue>>(
    name: string,
    params: Record<string, unknown> = {},
  ): Promise<T[]> {
    const text = loadQuery(name, "neo4j");
    const session = this.session("READ");
    try {
      const res = await session.executeRead(
        (tx) => tx.run(text, toNeo4jParams(params) as Record<string, unknown>),
        {
          timeout: NAMED_QUERY_TIMEOUT_MS,
        },
      );
      const ctx: Neo4jConvertContext = { elementIds: new Map() };
      return res.records.map((rec) => {
        const values = neo4jRecordToPlain(rec, ctx);
        return Object.fromEntries(rec.keys.map((k, i) => [String(k), values[i] ?? null])) as T;
      });
    } catch (e) {
      throw mapNeo4jError(e, `query ${name}`);
    } finally {
      await session.close();
    }
  }

  async runReadOnly(
    query: string,
    params: Record<string, unknown> = {},
    options: ReadOnlyOptions = {},
  ): Promise<CypherResult> {
    const text = guardReadOnly(query, "neo4j");
    const timeout = options.timeoutMs ?? this.opts.queryTimeoutMs ?? 5000;
    const rowLimit = options.rowLimit ?? this.opts.rowLimit ?? 1000;
    const t0 = performance.now();
    const session = this.session("READ");
    try {
      return await session.executeRead(
        async (tx) => {
          const result = tx.run(text, toNeo4jParams(params) as Record<string, unknown>);
          const collector = new GraphCollector();
          const ctx: Neo4jConvertContext = { elementIds: new Map(), collector };
          const raw: { keys: readonly PropertyKey[]; get(k: PropertyKey): unknown }[] = [];
          let truncated = false;
          let columns: string[] = [];
          for await (const rec of result) {
            if (raw.length >= rowLimit) {
              truncated = true;
              break;
            }
            raw.push(rec);
          }
          if (raw[0]) columns = raw[0].keys.map(String);
          else columns = (await result.keys()).map(String);
          for (const rec of raw)
            indexElementIds(
              rec.keys.map((k) => rec.get(k)),
              ctx.elementIds,
            );
          const rows = raw.map((rec) => neo4jRecordToPlain(rec, ctx));
          return {
            columns,
            rows,
            truncated,
            graph: collector.toSerialized(),
            ms: Math.round(performance.now() - t0),
          };
        },
        { timeout },
      );
    } catch (e) {
      throw mapNeo4jError(e, "query");
    } finally {
      await session.close();
    }
  }

  async counts(): Promise<GraphCounts> {
    return countsFromStats(await this.query<{ kind: string; name: string; count: number }>("stats"));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.writing;
    this.closed = true;
    await releaseDriver(this.opts);
  }
}

/** Connects to Neo4j (throws StoreUnavailableError when it cannot). */
export async function openNeo4jStore(opts: Neo4jStoreOptions): Promise<Neo4jStore> {
  return new Neo4jStore(opts).open();
}
