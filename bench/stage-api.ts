/**
 * Stage "api": latency of GET /api/search and GET /api/nodes/:id/neighbours under load
 * (autocannon, 20 connections) on a large synthetic graph (default 100k articles) in the
 * embedded store; the server runs in a child process. Reports p50/p95/p99 and req/s.
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { openStore } from "../cypher/open-store.ts";
import { loadConfig } from "../model/config.ts";
import { writeStartCache } from "../server/services/start-cache.ts";
import { buildApiBenchGraph } from "./api-bench-graph.ts";
import { type BenchContext, metric, type StageResult } from "./types.ts";

export interface ApiStageOptions {
  /** Articles of the synthetic graph (default 100,000 or LAOMO_BENCH_API_ARTICLES). */
  articles?: number;
  seed?: number;
  /** Seconds of load per endpoint (default 10). */
  durationS?: number;
  connections?: number;
  /** Folder for the data dir (default: a new temp folder, removed at the end). */
  workDir?: string;
  log?: (m: string) => void;
  /** Also start once without the start cache and report that `server ready` (default true). */
  compareBuild?: boolean;
}

export interface LatencyFigures {
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Server CPU time (user + system) per request: robust to a busy machine, unlike latency. */
  serverCpuMsPerRequest: number;
}

export interface ApiStageResult {
  articles: number;
  nodes: number;
  rels: number;
  writeS: number;
  /** Building and writing the start cache after the write, as the ingest does. */
  cacheWriteMs: number;
  cacheBytes: number;
  /** Server ready: fork → first answered /api/search, with the start cache. */
  readyMs: number;
  /** The same without the start cache (LAOMO_START_CACHE=off), null when not measured. */
  readyBuiltMs: number | null;
  /** The server's CPU time until it listened, with and without the start cache. */
  readyCpuMs: number;
  readyBuiltCpuMs: number | null;
  startSource: "cache" | "built";
  searchIndexMs: number;
  searchEntries: number;
  connections: number;
  search: LatencyFigures;
  neighbours: LatencyFigures;
}

const GOAL_MS = { search: 10, neighbours: 20 };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function load(
  baseUrl: string,
  paths: string[],
  opts: { connections: number; durationS: number; serverCpu: () => Promise<number> },
): Promise<LatencyFigures> {
  const cpuBefore = await opts.serverCpu();
  let next = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: baseUrl,
    connections: opts.connections,
    duration: opts.durationS,
    requests: [
      {
        method: "GET",
        setupRequest: (req) => {
          const p = paths[next++ % paths.length]!;
          return { ...req, path: p };
        },
      },
    ],
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
  });
  const result = await instance;
  const cpuMs = (await opts.serverCpu()) - cpuBefore;
  times.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? Number.NaN,
    serverCpuMsPerRequest: cpuMs / Math.max(1, result.requests.total),
  };
}

interface ChildReady {
  port: number;
  indexMs: number;
  entries: number;
  startSource: "cache" | "built";
  /** Since the child's start: wall and CPU time until it listened. */
  listeningMs: number;
  listeningCpuMs: number;
}

/**
 * Forks the API server child and measures `server ready`: from the fork (process start) to the
 * first answered `/api/search` (`probe`).
 */
async function startServer(
  dataDir: string,
  probe: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; ready: ChildReady; readyMs: number }> {
  const t0 = performance.now();
  const child = fork(path.join(import.meta.dirname, "api-server-child.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    const ready = await new Promise<ChildReady>((resolve, reject) => {
      child.once("message", (m) => resolve(m as ChildReady));
      child.once("exit", (code) => reject(new Error(`api server exited (${code}) before listening`)));
    });
    // node:http, not fetch: fetch loads undici on its first call, which would count against the server.
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get(`http://127.0.0.1:${ready.port}${probe}`, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        })
        .on("error", reject);
    });
    if (status !== 200) throw new Error(`first /api/search answered ${status}`);
    return { child, ready, readyMs: performance.now() - t0 };
  } catch (e) {
    await stopServer(child);
    throw e;
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.send("stop");
  await exited;
}

export async function runApiStage(opts: ApiStageOptions = {}): Promise<ApiStageResult> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const articles = opts.articles ?? Number(process.env.LAOMO_BENCH_API_ARTICLES ?? 100_000);
  const connections = opts.connections ?? 20;
  const durationS = opts.durationS ?? 10;
  const ownDir = !opts.workDir;
  const workDir = opts.workDir ?? mkdtempSync(path.join(os.tmpdir(), "laomo-api-bench-"));
  const dataDir = path.join(workDir, "api-data");
  try {
    log(`api: building a synthetic graph of ${articles} articles …`);
    const { batch, personIds, searchTerms } = buildApiBenchGraph({ articles, seed: opts.seed ?? 1 });
    const config = loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir });
    const store = await openStore(config);
    const t0 = performance.now();
    try {
      await store.applySchema();
      await store.replaceGraph(batch);
    } finally {
      await store.close();
    }
    const writeS = (performance.now() - t0) / 1000;
    log(
      `api: wrote ${batch.nodes.length} nodes, ${batch.rels.length} rels in ${writeS.toFixed(1)} s; starting server …`,
    );

    // What an ingest leaves for the next start (ingest/cli/ingest.ts writes it the same way).
    const cacheStore = await openStore(config, { readOnly: true });
    const tc = performance.now();
    let cacheBytes = 0;
    try {
      cacheBytes = (await writeStartCache(dataDir, cacheStore))?.bytes ?? 0;
    } finally {
      await cacheStore.close();
    }
    const cacheWriteMs = performance.now() - tc;
    log(
      `api: start cache written in ${(cacheWriteMs / 1000).toFixed(1)} s (${(cacheBytes / 2 ** 20).toFixed(1)} MiB)`,
    );
    const probe = `/api/search?q=${encodeURIComponent(searchTerms[0] ?? "a")}&limit=10`;
    let readyBuiltMs: number | null = null;
    let readyBuiltCpuMs: number | null = null;
    if (opts.compareBuild ?? true) {
      // The same start without the cache (what every start did before it): built from the store.
      const cold = await startServer(dataDir, probe, { LAOMO_START_CACHE: "off" });
      readyBuiltMs = cold.readyMs;
      readyBuiltCpuMs = cold.ready.listeningCpuMs;
      await stopServer(cold.child);
      log(`api: server ready without the start cache in ${(readyBuiltMs / 1000).toFixed(1)} s`);
    }
    const { child, ready, readyMs } = await startServer(dataDir, probe, {});
    log(
      `api: server ready in ${(readyMs / 1000).toFixed(2)} s (${ready.startSource}; listening after ${(ready.listeningMs / 1000).toFixed(2)} s, ` +
        `${(ready.listeningCpuMs / 1000).toFixed(2)} s of CPU, of which index + skeleton ${(ready.indexMs / 1000).toFixed(2)} s)`,
    );
    try {
      const baseUrl = `http://127.0.0.1:${ready.port}`;
      const serverCpu = () =>
        new Promise<number>((resolve) => {
          child.once("message", (m) => resolve((m as { cpuMs: number }).cpuMs));
          child.send("cpu");
        });
      const searchPaths = searchTerms.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`);
      const neighbourPaths = personIds
        .filter((_, i) => i % 97 === 0)
        .map((id) => `/api/nodes/${id}/neighbours?depth=1&limit=200`);
      // Warm-up (JIT, kuzu caches) before measuring.
      await load(baseUrl, searchPaths, { connections: 4, durationS: 2, serverCpu });
      await load(baseUrl, neighbourPaths, { connections: 4, durationS: 2, serverCpu });
      log(`api: search load (${connections} connections, ${durationS} s) …`);
      const search = await load(baseUrl, searchPaths, { connections, durationS, serverCpu });
      log(`api: neighbours load (${connections} connections, ${durationS} s) …`);
      const neighbours = await load(baseUrl, neighbourPaths, { connections, durationS, serverCpu });
      return {
        articles,
        nodes: batch.nodes.length,
        rels: batch.rels.length,
        writeS,
        cacheWriteMs,
        cacheBytes,
        readyMs,
        readyBuiltMs,
        readyCpuMs: ready.listeningCpuMs,
        readyBuiltCpuMs,
        startSource: ready.startSource,
        searchIndexMs: ready.indexMs,
        searchEntries: ready.entries,
        connections,
        search,
        neighbours,
      };
    } finally {
      await stopServer(child);
    }
  } finally {
    if (ownDir) rmSync(workDir, { recursive: true, force: true });
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Entry point for bench/run.ts. */
export async function run(ctx: BenchContext): Promise<StageResult> {
  const r = await runApiStage({ workDir: ctx.workDir, log: ctx.log, seed: ctx.seed });
  const met = (f: LatencyFigures, goal: number) => (f.p95 <= goal ? "met" : "NOT met");
  return {
    stage: "api",
    status: "ok",
    note:
      `synthetic graph of ${r.articles} articles, ${r.connections} connections; ` +
      `server ready ${Math.round(r.readyMs)} ms (goal ≤ 5000 ms) ${r.readyMs <= 5000 ? "met" : "NOT met"}; ` +
      `goal p95 search ≤ ${GOAL_MS.search} ms ${met(r.search, GOAL_MS.search)}, ` +
      `neighbours ≤ ${GOAL_MS.neighbours} ms ${met(r.neighbours, GOAL_MS.neighbours)}`,
    metrics: [
      metric("graph nodes", r.nodes, ""),
      metric("graph relationships", r.rels, ""),
      metric("server ready", r.readyMs, "ms"),
      metric("server CPU until listening", r.readyCpuMs, "ms"),
      ...(r.readyBuiltMs === null ? [] : [metric("server ready without start cache", r.readyBuiltMs, "ms")]),
      ...(r.readyBuiltCpuMs === null
        ? []
        : [metric("server CPU until listening without start cache", r.readyBuiltCpuMs, "ms")]),
      metric("start cache build + write", r.cacheWriteMs, "ms"),
      metric("start cache size", r.cacheBytes / 2 ** 20, "MiB"),
      metric(`search index + skeleton (${r.startSource})`, r.searchIndexMs, "ms"),
      metric("search requests", r.search.requests, ""),
      metric("search errors + non-2xx", r.search.errors + r.search.non2xx, ""),
      metric("search throughput", r.search.rps, "req/s"),
      metric("search p50", r.search.p50, "ms"),
      metric("search p95", r.search.p95, "ms"),
      metric("search p99", r.search.p99, "ms"),
      metric("search server CPU per request", r.search.serverCpuMsPerRequest, "ms"),
      metric("neighbours requests", r.neighbours.requests, ""),
      metric("neighbours errors + non-2xx", r.neighbours.errors + r.neighbours.non2xx, ""),
      metric("neighbours throughput", r.neighbours.rps, "req/s"),
      metric("neighbours p50", r.neighbours.p50, "ms"),
      metric("neighbours p95", r.neighbours.p95, "ms"),
      metric("neighbours p99", r.neighbours.p99, "ms"),
      metric("neighbours server CPU per request", r.neighbours.serverCpuMsPerRequest, "ms"),
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = Number(process.argv[2] ?? 100_000);
  const r = await runApiStage({ articles, durationS: Number(process.argv[3] ?? 10) });
  console.log(JSON.stringify(r, null, 2));
}
