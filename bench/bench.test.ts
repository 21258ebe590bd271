/**
 * Light tests of the benchmark harness (no timing assertions): the generation stage
 * writes the requested corpus and reports its counts, missing modules are reported as
 * skipped, the table shows every stage, and the kuzu COPY yardstick loads every stored row.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openStore } from "../cypher/open-store.ts";
import { ingestPaths } from "../ingest/pipeline.ts";
import { loadConfig } from "../model/config.ts";
import { copyYardstickMetrics, YARDSTICK_FORMATS } from "./copy-yardstick.ts";
import { renderTable } from "./print-report.ts";
import { run as runGenerate } from "./stage-generate.ts";
import { run as runStore } from "./stage-store.ts";
import { tryImport } from "./try-import.ts";
import type { BenchContext } from "./types.ts";

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

  it("tryImport gives null for a missing module and the module for an existing one", async () => {
    expect(await tryImport("bench/no-such-stage.ts")).toBeNull();
    const mod = await tryImport<{ renderTable: unknown }>("bench/print-report.ts");
    expect(typeof mod?.renderTable).toBe("function");
  });
});
