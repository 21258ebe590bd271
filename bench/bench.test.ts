/**
 * Light tests of the benchmark harness (no timing assertions): the generation stage
 * writes the requested corpus and reports its counts, missing modules are reported as
 * skipped, the table shows every stage, the kuzu COPY yardstick loads every stored row, and
 * the stages run in child processes (extract and store in one) that report their own results and
 * peak memory, a child that crashes failing its own stages only; the store stage, which runs the
 * ingest's own journal, whole resolution and streamed write, stores the graph that resolving all
 * extractions in memory and writing them whole (its former path) stored.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dumpGraph } from "../cypher/graph-dump.ts";
import { openStore } from "../cypher/open-store.ts";
import { ingestPaths, resolveWithCorrections } from "../ingest/pipeline.ts";
import { loadConfig } from "../model/config.ts";
import { copyYardstickMetrics, YARDSTICK_FORMATS } from "./copy-yardstick.ts";
import { renderTable } from "./print-report.ts";
import { runBench } from "./run.ts";
import { run as runExtract } from "./stage-extract.ts";
import { run as runGenerate } from "./stage-generate.ts";
import { run as runStore } from "./stage-store.ts";
import { tryImport } from "./try-import.ts";
import type { BenchContext, StageResult } from "./types.ts";

const figure = (r: StageResult | undefined, name: string) => r?.metrics.find((m) => m.name === name)?.value;

describe("bench", () => {
  it("stage generate writes 50 articles and reports the counts", async () => {
    const workDir = mkdtempSync(path.join(os.tmpdir(), "laomo-bench-test-"));
    try {
      const ctx: BenchContext = { articles: 50, seed: 3, workDir, log: () => {} };
      const r = await runGenerate(ctx);
      expect(r.status).toBe("ok");
      const value = (name: string) => r.metrics.find((m) => m.name === name)?.value;
      expect(value("articles")).toBe(50);
      const pages = readdirSync(ctx.corpusDir as string).filter((f) => f.endsWith(".txt"));
      expect(value("pages")).toBe(pages.length);
      expect(existsSync(path.join(ctx.corpusDir as string, "gold.json"))).toBe(true);
      expect(value("throughput")).toBeGreaterThan(0);
      const table = renderTable([
        r,
        { stage: "extract", status: "skipped", note: "skipped: x not available", metrics: [] },
      ]);
      expect(table).toContain("articles/s");
      expect(table).toContain("extract: skipped: x not available");
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });

  it("a stage without its input is skipped with a reason", async () => {
    const r = await runStore({ articles: 1, seed: 1, workDir: os.tmpdir(), log: () => {} });
    expect(r.status).toBe("skipped");
    expect(r.note).toMatch(/^skipped: /);
  });

  it("the store stage stores, through the journal and the ingest's whole resolution, the graph resolveGraph of all extractions and replaceGraph stored", async () => {
    const workDir = mkdtempSync(path.join(os.tmpdir(), "laomo-bench-test-"));
    const legacyDir = path.join(workDir, "legacy");
    const legacy = await openStore(
      loadConfig({ ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: legacyDir }),
    );
    try {
      const ctx: BenchContext = { articles: 120, seed: 4, workDir, log: () => {} };
      await runGenerate(ctx);
      expect((await runExtract(ctx)).status).toBe("ok");
      const extractions = ctx.extractions ?? [];
      expect(extractions.length).toBeGreaterThan(100);
      // The former path, on a copy of the same extractions: resolveGraph of them all in memory and
      // the whole batch written. The bench's store stage skipped the corrections log, which the
      // ingest replays (an empty log sets every relationship's review state to `extracted`).
      const { batch } = await resolveWithCorrections(structuredClone(extractions), legacyDir, false);
      await legacy.applySchema();
      await legacy.replaceGraph(batch);
      const before = await dumpGraph(legacy);

      const r = await runStore(ctx);
      expect(r.status).toBe("ok");
      expect(r.note).toMatch(/^written rebuild /);
      // The stage took the extractions: the context no longer holds them.
      expect(ctx.extractions).toBeUndefined();
      expect(figure(r, "articles resolved")).toBe(extractions.length);
      expect(figure(r, "pages journalled")).toBe(
        readdirSync(ctx.corpusDir as string).filter((f) => f.endsWith(".txt")).length,
      );
      for (const name of ["nodes", "nodes written", "nodes in store"])
        expect(figure(r, name)).toBe(batch.nodes.length);
      for (const name of ["relationships", "relationships written", "relationships in store"])
        expect(figure(r, name)).toBe(batch.rels.length);
      expect(figure(r, "write time ÷ kuzu COPY")).toBeGreaterThan(0);
      const store = await openStore(
        loadConfig({ ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: ctx.dataDir as string }),
        { readOnly: true },
      );
      try {
        const after = await dumpGraph(store);
        expect(after.nodes.length).toBe(before.nodes.length);
        expect(after.rels.length).toBe(before.rels.length);
        expect(after).toEqual(before);
      } finally {
        await store.close();
      }
    } finally {
      await legacy.close();
      rmSync(workDir, { recursive: true, force: true });
    }
  }, 180_000);

  it("kuzu COPY of the same rows loads every row of the stored graph into a fresh database", async () => {
    const workDir = mkdtempSync(path.join(os.tmpdir(), "laomo-bench-test-"));
    const dataDir = path.join(workDir, "data");
    const config = loadConfig({ ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir });
    const store = await openStore(config);
    try {
      const ctx: BenchContext = { articles: 40, seed: 5, workDir, log: () => {} };
      await runGenerate(ctx);
      await ingestPaths([ctx.corpusDir as string], { store, dataDir, workers: 1 });
      const counts = await store.counts();
      const nodes = Object.values(counts.nodes).reduce((s, n) => s + n, 0);
      expect(nodes).toBeGreaterThan(40);
      const { metrics, note } = await copyYardstickMetrics(
        dataDir,
        path.join(workDir, "yardstick"),
        { name: "store write", seconds: 6 },
        counts,
      );
      const value = (name: string) => metrics.find((m) => m.name === name)?.value as number;
      const perFormat = YARDSTICK_FORMATS.map((f) => value(`kuzu COPY of the same rows: ${f}`));
      expect(perFormat.every((v) => v > 0)).toBe(true);
      expect(value("kuzu COPY of the same rows")).toBe(Math.min(...perFormat));
      expect(value("store write ÷ kuzu COPY")).toBeCloseTo(6 / value("kuzu COPY of the same rows"), 9);
      expect(note).toContain(`${nodes} nodes`);
      expect(existsSync(path.join(workDir, "yardstick"))).toBe(false);
      // A store that holds one more node than the fresh database got is refused.
      const more = { ...counts, nodes: { ...counts.nodes, Person: (counts.nodes.Person ?? 0) + 1 } };
      await expect(
        copyYardstickMetrics(dataDir, path.join(workDir, "yardstick"), { name: "w", seconds: 1 }, more),
      ).rejects.toThrow(/the store holds/);
    } finally {
      await store.close();
      rmSync(workDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("runs generate, extract + store and incremental each in a child process, as --one-process runs them here", async () => {
    const stages = ["generate", "extract", "store", "incremental"];
    const children = await runBench({ articles: 40, seed: 2, stages, log: () => {} });
    const byName = (report: typeof children, name: string) => report.stages.find((s) => s.stage === name);
    expect(children.oneProcess).toBe(false);
    expect(children.stages.map((s) => [s.stage, s.status])).toEqual([
      ...stages.map((s) => [s, "ok"]),
      ["memory", "ok"],
    ]);
    const pids = stages.map((s) => byName(children, s)?.pid);
    // Three children (extract hands store its extractions in memory), none of them this process.
    expect(new Set(pids).size).toBe(3);
    expect(pids[1]).toBe(pids[2]);
    expect(pids).not.toContain(process.pid);
    for (const s of stages) expect(figure(byName(children, s), "peak RSS (sampled)")).toBeGreaterThan(0);
    const memory = byName(children, "memory");
    const peaks = stages.map((s) => figure(byName(children, s), "peak RSS (sampled)") as number);
    peaks.push(figure(memory, "peak RSS (sampled), bench parent") as number);
    expect(figure(memory, "peak RSS (sampled)")).toBe(Math.max(...peaks));
    expect(figure(memory, "peak RSS (sampled), incremental stage")).toBe(
      figure(byName(children, "incremental"), "peak RSS (sampled)"),
    );
    // The note names the process whose peak is the maximum (the parent: this test process, whose
    // heap holds what earlier tests left).
    const parentPeak = figure(memory, "peak RSS (sampled), bench parent") as number;
    expect(memory?.note).toMatch(
      parentPeak === Math.max(...peaks)
        ? /the peak is the parent's/
        : /the peak is the process of (generate|extract\+store|incremental)/,
    );

    const here = await runBench({ articles: 40, seed: 2, stages, oneProcess: true, log: () => {} });
    expect(here.oneProcess).toBe(true);
    for (const s of stages) expect(byName(here, s)?.pid).toBe(process.pid);
    // The same figures either way: the children were handed the corpus and each other's results.
    for (const [stage, name] of [
      ["generate", "pages"],
      ["extract", "articles found"],
      ["store", "nodes in store"],
      ["store", "relationships in store"],
      ["incremental", "articles ingested"],
      ["incremental", "nodes changed by the page"],
    ] as const)
      expect(figure(byName(children, stage), name)).toBe(figure(byName(here, stage), name));
  }, 240_000);

  it("a child that crashes (V8 out of heap) fails its own stages with its exit and last output; the rest goes on", async () => {
    const report = await runBench({
      articles: 40,
      seed: 2,
      stages: ["generate", "extract", "store", "incremental"],
      // A real crash: the extract + store child gets 8 MiB of heap, less than loading the stages takes.
      childExecArgv: { extract: ["--max-old-space-size=8"] },
      log: () => {},
    });
    const byName = (name: string) => report.stages.find((s) => s.stage === name);
    expect(report.stages.map((s) => [s.stage, s.status])).toEqual([
      ["generate", "ok"],
      ["extract", "failed"],
      ["store", "failed"],
      ["incremental", "ok"],
      ["memory", "ok"],
    ]);
    // The heap runs out on the main thread (V8 aborts the process) or, first, on the thread of
    // tsx's module loader, which has the same limit (the process exits with code 1 and
    // ERR_WORKER_OUT_OF_MEMORY): which one is a race of the two threads.
    for (const name of ["extract", "store"]) {
      expect(byName(name)?.note).toMatch(
        /^failed: the child process \(pid \d+\) (?:was killed by SIGABRT|exited with code 1); last output: /,
      );
      expect(byName(name)?.note).toMatch(/JavaScript heap out of memory|ERR_WORKER_OUT_OF_MEMORY/);
    }
    expect(figure(byName("incremental"), "articles ingested")).toBe(40);
    expect(byName("memory")?.note).toContain("no figures from the failed child of extract+store");
  }, 180_000);

  it("tryImport gives null for a missing module and the module for an existing one", async () => {
    expect(await tryImport("bench/no-such-stage.ts")).toBeNull();
    const mod = await tryImport<{ renderTable: unknown }>("bench/print-report.ts");
    expect(typeof mod?.renderTable).toBe("function");
  });
});
