/**
 * The embedded GraphStore on kuzu 0.11. Each replaceGraph bulk-loads a NEW database file with
 * COPY read-write and closes it, switches `<dataDir>/kuzu/CURRENT` atomically and opens the new
 * generation READ-ONLY (so other processes, e.g. the console worker, may read it too); the old
 * one closes once its reads finish. User-typed queries run in a worker process.
 */
import {
  closeSync,
  constants,
  copyFileSync,
  mkdirSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { copyFile } from "node:fs/promises";
import path from "node:path";
import { kuzuDeltaWalBytesFrom, kuzuStandbyFrom } from "../model/config.ts";
import { QueryCrashedError, StoreUnavailableError } from "../model/errors.ts";
import type { GraphBatch, NodeLabel } from "../model/types.ts";
import { NODE_LABELS, REL_TYPES } from "../model/types.ts";
import { AsyncLock } from "./async-lock.ts";
import { ConsolePool, type ConsolePoolOptions } from "./console-pool.ts";
import type { SandboxState } from "./console-sandbox.ts";
import { countsFromStats } from "./counts-from-stats.ts";
import type { GraphDelta } from "./graph-delta.ts";
import { applyKuzuDelta } from "./kuzu-delta.ts";
import { mapKuzuError } from "./kuzu-errors.ts";
import {
  executePrepared,
  type GenerationOptions,
  KuzuGeneration,
  type PooledConnection,
  runAll,
} from "./kuzu-generation.ts";
import {
  generationCopies,
  newGenerationName,
  readCurrent,
  removeGeneration,
  removeStale,
  writeCurrent,
} from "./kuzu-generations.ts";
import { runReadQuery, usedParams } from "./kuzu-read-query.ts";
import { convertProvenanceTable, kuzuRelRow, listProvenanceTables } from "./kuzu-rel-provenance.ts";
import { type ClaimedStandby, claimStandby, dropStandby, keepStandby, standbyOf } from "./kuzu-standby.ts";
import { type KuzuConvertContext, kuzuRowToPlain } from "./kuzu-values.ts";
import { KuzuWriterLock } from "./kuzu-writer-lock.ts";
import { loadQuery, loadSchema } from "./load-query.ts";
import { notePositions, rewriteNeo4jForKuzu } from "./neo4j-rewrite.ts";
import {
  type PreparedBatch,
  prepareBatch,
  type RelTable,
  type RowPasses,
  rowTablesOf,
  type StreamedBatch,
} from "./prepare-batch.ts";
import { guardReadOnly } from "./read-only-guard.ts";
import { missingColumnStatements } from "./schema-columns.ts";
import type {
  CypherResult,
  CypherValue,
  GraphCounts,
  GraphStore,
  PassesLoadOptions,
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
  /**
   * A delta's generation is checkpointed once its write-ahead log (carried over from generation to
   * generation) reaches this many bytes; below, the checkpoint is deferred. Default:
   * LAOMO_KUZU_DELTA_WAL_MIB; 0 checkpoints every delta.
   */
  deltaWalBytes?: number;
  /**
   * Keep the generation that was live before a write as the standby of the next delta write
   * (kuzu-standby.ts): a page costs two deltas' statements instead of a copy of the database file,
   * for twice the disk. Default: LAOMO_KUZU_STANDBY (on).
   */
  standby?: boolean;
  /** Test hook: runs after the new generation is loaded (or its delta applied), before CURRENT switches. */
  beforeSwitch?: (generationFile: string) => void | Promise<void>;
  /**
   * Run user-typed queries (runReadOnly) in a pool of worker processes (sandboxed with bubblewrap
   * when available), so a kuzu crash cannot take this process down (default true). false runs
   * them in-process.
   */
  consoleWorker?: boolean | ConsolePoolOptions;
}

/** Timeout for named queries (trusted, but a runaway must not hold a connection forever). */
const NAMED_QUERY_TIMEOUT_MS = 60_000;
function sqlString(s: string): string {
  return `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

export class KuzuStore implements GraphStore {
  readonly kind = "embedded" as const;
  private readonly root: string;
  private live: KuzuGeneration | null = null;
  private readonly writeLock = new AsyncLock();
  private closing = false;
  /** Held read-write by a writable store: kuzu's file lock keeps other writer processes out. */
  private writerLock: KuzuWriterLock | null = null;
  private readonly worker: ConsolePool | null;
  /** The copy that starts a standby after a rebuild, made beside the caller's next steps. */
  private pendingStandby: Promise<void> | null = null;
  /** Whether writes keep a standby generation (the option, else LAOMO_KUZU_STANDBY, read once). */
  private readonly standbyOn: boolean;

  constructor(private readonly opts: KuzuStoreOptions) {
    this.root = path.resolve(opts.dataDir, "kuzu");
    this.standbyOn = opts.standby ?? kuzuStandbyFrom();
    const w = opts.consoleWorker;
    // The sandbox hides the whole data dir; each worker sees only its generation file.
    const hide = [path.resolve(opts.dataDir)];
    this.worker = w === false ? null : new ConsolePool({ hide, ...(typeof w === "object" ? w : {}) });
  }

  /** The worker processes that run user-typed queries (null when they run in-process). */
  get consoleWorker(): ConsolePool | null {
    return this.worker;
  }

  /** Whether user-typed queries run in the bubblewrap sandbox, and why (not). */
  async consoleSandbox(): Promise<SandboxState> {
    if (!this.worker) return { mode: "off", active: false, reason: "console queries run in-process" };
    return this.worker.sandbox();
  }

  /** Opens the live generation read-only (creating an empty one with the schema when writable and absent). */
  async open(): Promise<this> {
    const readOnly = this.opts.readOnly ?? false;
    let name = readCurrent(this.root);
    if (!readOnly) {
      mkdirSync(this.root, { recursive: true });
      this.writerLock = await KuzuWriterLock.acquire(this.root);
    }
    try {
      if (!name) {
        if (readOnly) {
          throw new StoreUnavailableError(`no embedded graph in ${this.root} yet: run the ingest first`);
        }
        name = newGenerationName();
        await this.writeGeneration(name, async () => undefined);
        writeCurrent(this.root, name);
      }
      this.live = await this.openGeneration(name, true);
      if (!readOnly) removeStale(this.root, new Set([name, standbyOf(this.root, name) ?? name]));
    } catch (e) {
      await this.writerLock?.release();
      this.writerLock = null;
      throw e;
    }
    return this;
  }

  private async openGeneration(
    name: string,
    readOnly: boolean,
    genOpts: GenerationOptions = {},
  ): Promise<KuzuGeneration> {
    const file = path.join(this.root, name);
    const gen = new KuzuGeneration(name, file, readOnly, this.opts.poolSize ?? 4, genOpts);
    await gen.init();
    return gen;
  }

  /** Creates generation `name` read-write with the schema, runs `load` on it, then closes it. */
  private async writeGeneration(name: string, load: (pc: PooledConnection) => Promise<void>): Promise<void> {
    const gen = await this.openGeneration(name, false);
    try {
      await gen.withConnection(async (pc) => {
        for (const stmt of loadSchema("kuzu")) await runAll(pc.conn, stmt);
        await load(pc);
        await runAll(pc.conn, "CHECKPOINT");
      });
    } catch (e) {
      await gen.retire().catch(() => undefined);
      removeGeneration(this.root, name);
      throw mapKuzuError(e, `write generation ${name}`);
    }
    await gen.retire();
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

  /**
   * Every generation gets the schema when it is written, so this only checks the tables exist;
   * an older database that lacks some is re-opened read-write once to add them.
   */
  async applySchema(): Promise<void> {
    if (this.opts.readOnly) return;
    await this.writeLock
      .run(async () => {
        const rows = await this.withLive((pc) => runAll(pc.conn, "CALL show_tables() RETURN name"));
        const have = new Set(rows.map((r) => String(r.name)));
        const want = [...NODE_LABELS, ...REL_TYPES];
        // A database of an older release may lack columns added since (schema-columns.ts).
        const alter = await this.withLive((pc) => missingColumnStatements(pc.conn, have));
        // Relationship provenance written as STRING[] by an older release becomes STRING.
        const convert = await this.withLive((pc) => listProvenanceTables(pc.conn, have));
        if (want.every((t) => have.has(t)) && alter.length === 0 && convert.length === 0) return;
        // The live generation changes in place: a standby behind it would miss the change.
        await this.settleStandby();
        dropStandby(this.root);
        const gen = this.current();
        await this.worker?.stop();
        await gen.retire();
        this.live = null;
        const rw = await this.openGeneration(gen.name, false);
        try {
          await rw.withConnection(async (pc) => {
            for (const stmt of loadSchema("kuzu")) await runAll(pc.conn, stmt);
            for (const stmt of alter) await runAll(pc.conn, stmt);
            for (const t of convert) await convertProvenanceTable(pc.conn, t);
            if (convert.length > 0) await runAll(pc.conn, "CHECKPOINT");
          });
        } finally {
          await rw.retire();
          this.live = await this.openGeneration(gen.name, true);
        }
      })
      .catch((e: unknown) => {
        throw mapKuzuError(e, "apply schema");
      });
  }

  /**
   * Replaces the stored graph with `batch`. A caller that has already validated and shaped it
   * (`prepareBatch(batch)`, as the ingest's writeGraph has) passes that as `preparedBatch`, so the
   * rows are not built a second time (it must be of this very batch).
   */
  async replaceGraph(batch: GraphBatch, preparedBatch?: PreparedBatch): Promise<WriteStats> {
    return this.replaceGraphStreamed(rowTablesOf(preparedBatch ?? prepareBatch(batch)));
  }

  /**
   * Replaces the stored graph with the rows of `prepared` (cypher/prepare-batch.ts `streamBatch`):
   * each table's rows are read once, as its COPY file is written, so they are never held whole.
   */
  replaceGraphStreamed(prepared: StreamedBatch): Promise<WriteStats> {
    return this.replaceByCopy(prepared, (pc, staging) => this.bulkLoad(pc, prepared, staging));
  }

  /**
   * Replaces the stored graph with the rows of `passes` (cypher/prepare-batch.ts `passesOf`): every
   * row goes to its table's COPY file as it is made (one pass over the nodes, one over the
   * relationships), then each table is loaded by `COPY`; no table's rows are held.
   */
  replaceGraphFromPasses(passes: RowPasses, opts: PassesLoadOptions = {}): Promise<WriteStats> {
    return this.replaceByCopy(passes, (pc, staging) => this.bulkLoadPasses(pc, passes, staging, opts));
  }

  /**
   * A new generation loaded by `load` (COPY files written under a staging folder), switched to
   * once it opens; on any failure the new generation and its staging folder are removed and the
   * old graph stays.
   */
  private async replaceByCopy(
    counts: { nodeCount: number; relCount: number },
    load: (pc: PooledConnection, staging: string) => Promise<void>,
  ): Promise<WriteStats> {
    if (this.opts.readOnly) throw new StoreUnavailableError("the embedded store was opened read-only");
    const t0 = performance.now();
    return this.writeLock.run(async () => {
      await this.settleStandby();
      this.current();
      const name = newGenerationName();
      const staging = path.join(this.root, `${name}.staging`);
      let gen: KuzuGeneration | null = null;
      try {
        mkdirSync(staging, { recursive: true });
        await this.writeGeneration(name, (pc) => load(pc, staging));
        await this.opts.beforeSwitch?.(path.join(this.root, name));
        gen = await this.openGeneration(name, true);
      } catch (e) {
        await gen?.retire().catch(() => undefined);
        removeGeneration(this.root, name);
        throw mapKuzuError(e, "replace graph");
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
      await this.switchTo(gen, null);
      this.startStandbyCopy(gen.name);
      return { nodes: counts.nodeCount, rels: counts.relCount, ms: Math.round(performance.now() - t0) };
    });
  }

  /** The live generation's name: it changes with every write. */
  async graphVersion(): Promise<string | null> {
    return this.live && !this.closing ? this.live.name : null;
  }

  /**
   * Applies a delta to a new generation made from the standby (kuzu-standby.ts: the generation that
   * was live before the last write, renamed, with that write's delta replayed first) or, when there
   * is none usable, from a copy of the live generation (opened read-write), then switches CURRENT to
   * it: a crash before the switch leaves the live generation as it was, and the partial new one is
   * removed as stale by the next writer. The new generation is checkpointed only when its
   * write-ahead log has reached `deltaWalBytes`; otherwise it is closed without a checkpoint and
   * every open replays the log (cypher/README.md, *Deferred checkpoint*).
   */
  async applyDelta(delta: GraphDelta): Promise<WriteStats> {
    if (this.opts.readOnly) throw new StoreUnavailableError("the embedded store was opened read-only");
    const t0 = performance.now();
    return this.writeLock.run(async () => {
      await this.settleStandby();
      const from = this.current();
      const name = newGenerationName();
      let gen: KuzuGeneration | null = null;
      const mark = debugTimer("apply delta");
      try {
        const rw = await this.openDeltaBase(from.name, name, mark);
        try {
          await rw.gen.withConnection(async (pc) => {
            if (rw.replay) {
              await applyKuzuDelta(pc.conn, rw.replay);
              mark("standby: previous delta replayed");
            }
            // Per-row statements, proportional to the page: relationship provenance is STRING,
            // so the checkpoint rewrites only the node groups they touch (kuzu-delta.ts).
            await applyKuzuDelta(pc.conn, delta);
            mark("delta statements");
            // The checkpoint rewrites whole column chunks of every relationship table and node
            // group the delta touched (seconds at 100k articles): deferred while the log is small.
            const wal = walBytes(rw.gen.file);
            const mib = `WAL ${(wal / 2 ** 20).toFixed(1)} MiB`;
            if (wal >= (this.opts.deltaWalBytes ?? kuzuDeltaWalBytesFrom())) {
              await runAll(pc.conn, "CHECKPOINT");
              mark(`checkpoint (${mib})`);
            } else {
              await runAll(pc.conn, "CALL force_checkpoint_on_close=false");
              mark(`checkpoint deferred (${mib})`);
            }
          });
        } finally {
          await rw.gen.retire();
          mark("close read-write");
        }
        await this.opts.beforeSwitch?.(path.join(this.root, name));
        gen = await this.openGeneration(name, true);
        mark("open read-only");
      } catch (e) {
        await gen?.retire().catch(() => undefined);
        removeGeneration(this.root, name);
        throw mapKuzuError(e, "apply delta");
      }
      await this.switchTo(gen, delta);
      const nodes = delta.upsertNodes.length + delta.removeNodes.length;
      const rels = delta.upsertRels.length + delta.removeRels.length;
      return { nodes, rels, ms: Math.round(performance.now() - t0) };
    });
  }

  /**
   * Generation `name` opened read-write with kuzu's auto-checkpoint off, made from the standby of
   * `live` (with the delta to replay) or, when there is none or it cannot be opened read-write (a
   * process still reads it), from a copy of `live`.
   */
  private async openDeltaBase(
    live: string,
    name: string,
    mark: (step: string) => void,
  ): Promise<{ gen: KuzuGeneration; replay: GraphDelta | null }> {
    const rwOpts = { autoCheckpoint: false };
    const claimed: ClaimedStandby | null = this.standbyOn ? claimStandby(this.root, live, name) : null;
    if (claimed) {
      try {
        const gen = await this.openGeneration(name, false, rwOpts);
        mark("standby: renamed and opened read-write");
        return { gen, replay: claimed.replay };
      } catch {
        removeGeneration(this.root, name);
        mark("standby: cannot be opened read-write, copying instead");
      }
    }
    copyGenerationFiles(this.root, live, name);
    mark("copy generation");
    const gen = await this.openGeneration(name, false, rwOpts);
    mark("open read-write");
    return { gen, replay: null };
  }

  /** Waits for the standby copy a rebuild started (it never throws: a failed one is no standby). */
  private async settleStandby(): Promise<void> {
    const pending = this.pendingStandby;
    this.pendingStandby = null;
    await pending;
  }

  /**
   * After a rebuild: copies the live generation to a new standby (asynchronously, so the caller's
   * index write goes on beside it); a failure leaves no standby, and the next delta copies.
   */
  private startStandbyCopy(live: string): void {
    if (!this.standbyOn) return;
    const name = newGenerationName();
    const copy = async () => {
      const mark = debugTimer("rebuild");
      try {
        await copyGenerationFilesAsync(this.root, live, name);
        mark("standby copied beside the caller");
        if (this.live?.name === live && !this.closing) keepStandby(this.root, name, live, null);
        else removeGeneration(this.root, name);
      } catch {
        removeGeneration(this.root, name);
      }
    };
    this.pendingStandby = copy();
  }

  /**
   * Makes a written generation the live one: CURRENT points at it, the console workers move to
   * it, and the previous generation is closed once its reads finish; after a delta write it stays
   * as the standby with that delta (kuzu-standby.ts), otherwise it is removed with any stale one.
   */
  private async switchTo(gen: KuzuGeneration, delta: GraphDelta | null): Promise<void> {
    writeCurrent(this.root, gen.name);
    const old = this.live;
    this.live = gen;
    this.worker?.release(gen.file);
    if (old) await old.retire();
    if (old && delta && this.standbyOn) {
      keepStandby(this.root, old.name, gen.name, delta);
      removeStale(this.root, new Set([gen.name, old.name]));
      return;
    }
    dropStandby(this.root);
    if (old) removeGeneration(this.root, old.name);
    removeStale(this.root, new Set([gen.name]));
  }

  /** COPYs every table of a prepared batch into a fresh database that has the schema. */
  private async bulkLoad(pc: PooledConnection, batch: StreamedBatch, staging: string): Promise<void> {
    for (const { label, count, rows } of batch.nodes) {
      if (count === 0) continue;
      const file = path.join(staging, `n-${label}.json`);
      await timed(`write ${label} (${count})`, async () => writeJsonLines(file, rows()));
      await timed(`COPY ${label}`, () => runAll(pc.conn, `COPY ${label} FROM ${sqlString(file)}`));
    }
    await this.copyRels(pc, batch.rels, staging);
  }

  /**
   * Writes every table's COPY file in two passes (nodes, then relationships) and COPYs each: the
   * node tables while the relationship files are made (kuzu copies on its own threads; the row
   * loop gives the event loop a turn every `YIELD_EVERY_ROWS` rows, so each COPY's completion starts
   * the next), the relationship tables once every node is in; the caller's `whileLoading` runs
   * beside the relationship COPYs.
   */
  private async bulkLoadPasses(
    pc: PooledConnection,
    passes: RowPasses,
    staging: string,
    opts: PassesLoadOptions,
  ): Promise<void> {
    const nodeFiles = new JsonLinesFiles<NodeLabel>((label) => path.join(staging, `n-${label}.json`));
    await timed(`write node files (${passes.nodeCount})`, async () => {
      try {
        for (const [label, , json] of passes.nodeRows()) nodeFiles.add(label, json);
      } finally {
        nodeFiles.close();
      }
    });
    const nodeCopies = (async () => {
      for (const label of NODE_LABELS) {
        const file = nodeFiles.fileOf(label);
        if (file)
          await timed(`COPY ${label}`, () => runAll(pc.conn, `COPY ${label} FROM ${sqlString(file)}`));
      }
    })();
    const relFiles = new JsonLinesFiles<RelTable>((t) =>
      path.join(staging, `r-${t.type}-${t.from}-${t.to}.json`),
    );
    // The node COPYs are awaited whatever happens to the rows (a query left running on the
    // connection when it closes crashes the process); a failed COPY ends the row loop early.
    let copyFailed = false;
    nodeCopies.catch(() => {
      copyFailed = true;
    });
    try {
      await timed(`write relationship files (${passes.relCount}) beside the node COPYs`, async () => {
        try {
          let n = 0;
          // The line is the row with its provenance lists as text (its own JSON went to the index's hash).
          for (const [table, row] of passes.relRows()) {
            relFiles.add(table, JSON.stringify(kuzuRelRow(row)));
            if (++n % YIELD_EVERY_ROWS === 0) {
              await new Promise<void>((resolve) => setImmediate(resolve));
              if (copyFailed) break;
            }
          }
        } finally {
          relFiles.close();
        }
      });
    } finally {
      await timed("node COPYs, waited for", () => nodeCopies);
    }
    // Every row is made: the caller's work runs while kuzu loads the relationship tables.
    const beside = opts.whileLoading?.() ?? null;
    try {
      for (const [t, file] of relFiles.files())
        await timed(`COPY ${t.type} ${t.from}->${t.to}`, () =>
          runAll(
            pc.conn,
            `COPY ${t.type} FROM ${sqlString(file)} (from=${sqlString(t.from)}, to=${sqlString(t.to)})`,
          ),
        );
    } catch (e) {
      await beside?.catch(() => undefined);
      throw e;
    }
    if (beside) await timed("work beside the COPYs, waited for", () => beside);
  }

  /** COPYs relationship groups into their (empty) tables from JSON files in `staging`. */
  private async copyRels(
    pc: PooledConnection,
    groups: StreamedBatch["rels"],
    staging: string,
  ): Promise<void> {
    for (const g of groups) {
      if (g.count === 0) continue;
      const file = path.join(staging, `r-${g.type}-${g.from}-${g.to}.json`);
      await timed(`write ${g.type} ${g.from}->${g.to} (${g.count})`, async () =>
        writeJsonLines(file, g.rows(), kuzuRelRow),
      );
      await timed(`COPY ${g.type} ${g.from}->${g.to}`, () =>
        runAll(
          pc.conn,
          `COPY ${g.type} FROM ${sqlString(file)} (from=${sqlString(g.from)}, to=${sqlString(g.to)})`,
        ),
      );
    }
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
    // Neo4j forms become kuzu first, so the guard checks exactly the text that runs.
    const { query: rewritten, rewrites } = rewriteNeo4jForKuzu(query);
    try {
      const text = guardReadOnly(rewritten, "kuzu");
      const limits = {
        timeoutMs: options.timeoutMs ?? this.opts.queryTimeoutMs ?? 5000,
        rowLimit: options.rowLimit ?? this.opts.rowLimit ?? 1000,
      };
      try {
        return { ...(await this.runGuarded(text, params, limits)), rewrites };
      } catch (e) {
        throw mapKuzuError(e, "query");
      }
    } catch (e) {
      throw notePositions(e, rewrites);
    }
  }

  /** Runs a guarded console query in a worker (or in process when workers are off). */
  private async runGuarded(
    text: string,
    params: Record<string, unknown>,
    limits: { timeoutMs: number; rowLimit: number },
  ): Promise<CypherResult> {
    const worker = this.worker;
    if (!worker) return await this.withLive((pc) => runReadQuery(pc.conn, text, params, limits));
    const file = this.current().file;
    try {
      return await worker.run(file, text, params, limits);
    } catch (e) {
      // The generation was switched (and its file removed) while the query waited: run it on the new one.
      if (this.current().file !== file && !(e instanceof QueryCrashedError)) {
        return await worker.run(this.current().file, text, params, limits);
      }
      throw e;
    }
  }

  async counts(): Promise<GraphCounts> {
    return countsFromStats(await this.query<{ kind: string; name: string; count: number }>("stats"));
  }

  async close(): Promise<void> {
    if (this.closing) return;
    await this.writeLock.run(async () => {
      await this.settleStandby();
      this.closing = true;
      await this.worker?.close();
      await this.live?.retire();
      this.live = null;
      await this.writerLock?.release();
      this.writerLock = null;
    });
  }
}

/** Rows per write of writeJsonLines: the file is written in pieces, never held whole as one string. */
const JSON_LINES_CHUNK = 2000;
/** The relationship row loop yields to the event loop this often (the node COPYs beside it go on). */
const YIELD_EVERY_ROWS = 4000;

/**
 * Writes rows as JSON lines (one object per line, through `shape` if given), a chunk of rows at a
 * time; the rows are read as they are written (a streamed table makes each one then).
 */
function writeJsonLines<T extends object>(file: string, rows: Iterable<T>, shape?: (row: T) => object): void {
  const fd = openSync(file, "w");
  try {
    let text = "";
    let n = 0;
    for (const row of rows) {
      text += `${JSON.stringify(shape ? shape(row) : row)}\n`;
      if (++n === JSON_LINES_CHUNK) {
        writeSync(fd, text);
        text = "";
        n = 0;
      }
    }
    if (n > 0) writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * JSON-lines files written side by side, one per table (opened when its first row comes), each a
 * chunk of rows at a time.
 */
class JsonLinesFiles<K> {
  private readonly open = new Map<K, { file: string; fd: number; text: string; n: number }>();

  constructor(private readonly fileFor: (table: K) => string) {}

  /** Adds a row given as its JSON text (one line). */
  add(table: K, line: string): void {
    let f = this.open.get(table);
    if (!f) {
      const file = this.fileFor(table);
      f = { file, fd: openSync(file, "w"), text: "", n: 0 };
      this.open.set(table, f);
    }
    f.text += `${line}\n`;
    if (++f.n === JSON_LINES_CHUNK) {
      writeSync(f.fd, f.text);
      f.text = "";
      f.n = 0;
    }
  }

  /** Writes what is left and closes every file (each once). */
  close(): void {
    for (const f of this.open.values()) {
      if (f.fd < 0) continue;
      const fd = f.fd;
      f.fd = -1;
      try {
        if (f.n > 0) writeSync(fd, f.text);
      } finally {
        f.text = "";
        closeSync(fd);
      }
    }
  }

  /** The file of `table`, if a row of it came. */
  fileOf(table: K): string | undefined {
    return this.open.get(table)?.file;
  }

  /** Every table that got a row, with its file, in the order their first rows came. */
  files(): [K, string][] {
    return [...this.open].map(([t, f]) => [t, f.file]);
  }
}

/** Runs fn; with LAOMO_DEBUG_COPY set, prints its time to stderr. */
async function timed(what: string, fn: () => Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  await fn();
  if (process.env.LAOMO_DEBUG_COPY) console.error(`[kuzu] ${what}: ${Math.round(performance.now() - t0)} ms`);
}

/** With LAOMO_DEBUG_COPY set, prints the time of each step of a write to stderr. */
function debugTimer(what: string): (step: string) => void {
  let t = performance.now();
  return (step) => {
    if (!process.env.LAOMO_DEBUG_COPY) return;
    const now = performance.now();
    console.error(`[kuzu] ${what}: ${step} ${Math.round(now - t)} ms`);
    t = now;
  };
}

/** The size of a database file's write-ahead log (0 when it has none). */
function walBytes(file: string): number {
  try {
    return statSync(`${file}.wal`).size;
  } catch {
    return 0;
  }
}

/** Copies generation `from`'s database file (and side files but its lock) to generation `to`. */
function copyGenerationFiles(root: string, from: string, to: string): void {
  // A copy-on-write clone where the file system has them (btrfs, XFS), else a plain copy.
  for (const [src, dst] of generationCopies(root, from, to))
    copyFileSync(src, dst, constants.COPYFILE_FICLONE);
}

/** copyGenerationFiles on the thread pool (the event loop goes on meanwhile). */
async function copyGenerationFilesAsync(root: string, from: string, to: string): Promise<void> {
  for (const [src, dst] of generationCopies(root, from, to))
    await copyFile(src, dst, constants.COPYFILE_FICLONE);
}

/** Opens the embedded store at `<dataDir>/kuzu`. */
export async function openKuzuStore(opts: KuzuStoreOptions): Promise<KuzuStore> {
  return new KuzuStore(opts).open();
}
