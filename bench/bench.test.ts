/**
 * Light tests of the benchmark harness (no timing assertions): the generation stage
 * writes the requested corpus and reports its counts, missing modules are reported as
 * skipped, and the table shows every stage.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
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

  it("tryImport gives null for a missing module and the module for an existing one", async () => {
    expect(await tryImport("bench/no-such-stage.ts")).toBeNull();
    const mod = await tryImport<{ renderTable: unknown }>("bench/print-report.ts");
    expect(typeof mod?.renderTable).toBe("function");
  });
});
