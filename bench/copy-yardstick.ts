/**
 * The yardstick of the store write: kuzu's own bulk `COPY` of the rows the store holds.
 * Every table of the embedded store's live generation is written out by kuzu itself
 * (`COPY (MATCH …) TO`), in Parquet and in JSON, then each format is COPYed into a fresh database
 * with the schema, and that load (schema, every COPY, checkpoint) is timed. The fastest format is
 * the yardstick: `kuzu COPY of the same rows`; the store's own write should take at most 3.3 × it
 * (issue 14). CSV is not tried: kuzu's CSV lists cannot carry the JSON strings of `evidence`.
 * The bench runs it in a child process (`npx tsx bench/copy-yardstick.ts DATA_DIR WORK_DIR` prints
 * the figures as JSON), so kuzu's buffer pools do not count in the bench's own peak memory.
 */
import { fork } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Connection } from "kuzu";
import kuzu from "kuzu";
import { readCurrent } from "../cypher/kuzu-generations.ts";
import { loadSchema } from "../cypher/load-query.ts";
import { NODE_PROPS, REL_PROPS } from "../cypher/schema-spec.ts";
import type { GraphCounts } from "../cypher/store.ts";
import { kuzuBufferBytesFrom } from "../model/config.ts";
import { NODE_LABELS, type NodeLabel, REL_ENDPOINTS, REL_TYPES, type RelType } from "../model/types.ts";
import { type Metric, metric } from "./types.ts";

/** The formats tried (loaded 2-core machine: 30k articles Parquet 34 s, JSON 43 s; 100k 107 s, 81 s). */
export const YARDSTICK_FORMATS = ["parquet", "json"] as const;
export type YardstickFormat = (typeof YARDSTICK_FORMATS)[number];

export interface CopyLoad {
  format: YardstickFormat;
  /** Schema + every COPY + checkpoint into the fresh database. */
  seconds: number;
  /** Size of the files. */
  bytes: number;
  /** Rows in the fresh database after the load. */
  nodes: number;
  rels: number;
}

export interface CopyYardstick {
  /** The fastest load. */
  best: CopyLoad;
  loads: CopyLoad[];
  /** Time kuzu took to write the files (not part of the yardstick). */
  exportSeconds: number;
}

interface TableFile {
  /** The COPY statement's target and options, without the file. */
  table: string;
  options: string;
  /** File name without extension. */
  base: string;
  /** The export query. */
  query: string;
}

/** Every node table and relationship table (per endpoint pair) with its export query. */
function tableFiles(): TableFile[] {
  const files: TableFile[] = [];
  for (const label of NODE_LABELS) {
    const cols = NODE_PROPS[label].map((p) => `n.${p.name} AS ${p.name}`).join(", ");
    files.push({ table: label, options: "", base: `n-${label}`, query: `MATCH (n:${label}) RETURN ${cols}` });
  }
  for (const type of REL_TYPES) {
    const props = REL_PROPS[type].map((p) => `r.${p.name} AS ${p.name}`).join(", ");
    for (const from of REL_ENDPOINTS[type].from)
      for (const to of REL_ENDPOINTS[type].to)
        files.push({
          table: type,
          options: ` (from='${from}', to='${to}')`,
          base: `r-${type}-${from}-${to}`,
          query: `MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS \`from\`, b.id AS \`to\`, ${props}`,
        });
  }
  return files;
}

async function run(conn: Connection, statement: string): Promise<Record<string, unknown>[]> {
  const res = await conn.query(statement);
  const results = Array.isArray(res) ? res : [res];
  const rows: Record<string, unknown>[] = [];
  for (const r of results) rows.push(...((await r.getAll()) as Record<string, unknown>[]));
  for (const r of results) r.close();
  return rows;
}

async function open(file: string, readOnly: boolean) {
  // The store's own settings (cypher/kuzu-generation.ts): its buffer pool (LAOMO_KUZU_BUFFER_MIB).
  const db = new kuzu.Database(file, kuzuBufferBytesFrom(), true, readOnly, 2 ** 38);
  await db.init();
  const conn = new kuzu.Connection(db);
  await conn.init();
  return { db, conn };
}

async function countRows(conn: Connection): Promise<{ nodes: number; rels: number }> {
  let nodes = 0;
  let rels = 0;
  for (const label of NODE_LABELS as readonly NodeLabel[])
    nodes += Number((await run(conn, `MATCH (n:${label}) RETURN count(n) AS c`))[0]?.c ?? 0);
  for (const type of REL_TYPES as readonly RelType[])
    rels += Number((await run(conn, `MATCH ()-[r:${type}]->() RETURN count(r) AS c`))[0]?.c ?? 0);
  return { nodes, rels };
}

/**
 * Measures kuzu's bulk load of the rows in the embedded store at `<dataDir>/kuzu` (its live
 * generation, opened read-only beside the store) in a scratch folder `workDir` (removed after).
 */
export async function measureCopyYardstick(dataDir: string, workDir: string): Promise<CopyYardstick> {
  const root = path.join(dataDir, "kuzu");
  const current = readCurrent(root);
  if (!current) throw new Error(`no embedded graph in ${root}`);
  mkdirSync(workDir, { recursive: true });
  const tables = tableFiles();
  try {
    const t0 = performance.now();
    const src = await open(path.join(root, current), true);
    try {
      for (const format of YARDSTICK_FORMATS)
        for (const t of tables)
          await run(src.conn, `COPY (${t.query}) TO '${path.join(workDir, `${t.base}.${format}`)}'`);
    } finally {
      await src.conn.close();
      await src.db.close();
    }
    const exportSeconds = (performance.now() - t0) / 1000;
    const loads: CopyLoad[] = [];
    for (const format of YARDSTICK_FORMATS) {
      const fresh = await open(path.join(workDir, `fresh-${format}.kz`), false);
      try {
        let bytes = 0;
        const t1 = performance.now();
        for (const stmt of loadSchema("kuzu")) await run(fresh.conn, stmt);
        for (const t of tables) {
          const file = path.join(workDir, `${t.base}.${format}`);
          bytes += statSync(file).size;
          await run(fresh.conn, `COPY ${t.table} FROM '${file}'${t.options}`).catch((e) => {
            throw new Error(`kuzu COPY of ${t.base}.${format}: ${(e as Error).message}`);
          });
        }
        await run(fresh.conn, "CHECKPOINT");
        const seconds = (performance.now() - t1) / 1000;
        loads.push({ format, seconds, bytes, ...(await countRows(fresh.conn)) });
      } finally {
        await fresh.conn.close();
        await fresh.db.close();
      }
    }
    const best = loads.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    return { best, loads, exportSeconds };
  } finally {
    for (const f of readdirSync(workDir)) rmSync(path.join(workDir, f), { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** measureCopyYardstick in a child process (its memory is not the bench's). */
export function measureCopyYardstickInChild(dataDir: string, workDir: string): Promise<CopyYardstick> {
  return new Promise((resolve, reject) => {
    const child = fork(import.meta.filename, [dataDir, workDir], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    let out = "";
    let err = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(JSON.parse(out) as CopyYardstick);
      else
        reject(
          new Error(`kuzu COPY yardstick exited with ${code}: ${err.trim().split("\n").slice(-3).join(" ")}`),
        );
    });
  });
}

/**
 * The yardstick as bench metrics: `kuzu COPY of the same rows` (s, the fastest format), each
 * format's own time, and `<writeName> ÷ kuzu COPY` (goal ≤ 3.3). Throws when a fresh database
 * did not get every row the store holds.
 */
export async function copyYardstickMetrics(
  dataDir: string,
  workDir: string,
  write: { name: string; seconds: number },
  stored: GraphCounts,
): Promise<{ metrics: Metric[]; note: string }> {
  const y = await measureCopyYardstickInChild(dataDir, workDir);
  const nodes = Object.values(stored.nodes).reduce((s, n) => s + n, 0);
  const rels = Object.values(stored.rels).reduce((s, n) => s + n, 0);
  for (const l of y.loads)
    if (l.nodes !== nodes || l.rels !== rels)
      throw new Error(
        `kuzu COPY of the same rows (${l.format}) loaded ${l.nodes} nodes and ${l.rels} relationships, the store holds ${nodes} and ${rels}`,
      );
  return {
    metrics: [
      metric("kuzu COPY of the same rows", y.best.seconds, "s"),
      ...y.loads.map((l) => metric(`kuzu COPY of the same rows: ${l.format}`, l.seconds, "s")),
      metric(`${write.name} ÷ kuzu COPY`, write.seconds / y.best.seconds, "×"),
    ],
    note: `kuzu COPY yardstick: ${y.best.format}, ${(y.best.bytes / 2 ** 20).toFixed(1)} MiB of files, ${y.best.nodes} nodes + ${y.best.rels} relationships (export ${y.exportSeconds.toFixed(1)} s, not counted)`,
  };
}

if (process.argv[1] === import.meta.filename) {
  const [dataDir, workDir] = process.argv.slice(2);
  if (!dataDir || !workDir) {
    process.stderr.write("usage: npx tsx bench/copy-yardstick.ts DATA_DIR WORK_DIR\n");
    process.exit(2);
  }
  measureCopyYardstick(dataDir, workDir).then(
    (y) => process.stdout.write(`${JSON.stringify(y)}\n`),
    (e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
