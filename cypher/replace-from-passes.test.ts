/**
 * The embedded store's full write from two passes over a graph read one entity at a time
 * (`replaceGraphFromPasses`, what a full ingest writes from the resolution state) stores exactly
 * the graph `replaceGraph` stores from the batch, and a refused relationship leaves the graph before.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../model/errors.ts";
import { dumpGraph } from "./graph-dump.ts";
import { openKuzuStore } from "./kuzu-store.ts";
import { passesOf } from "./prepare-batch.ts";
import { buildTestGraph, scanOf } from "./test-graph.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-passes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kuzu replaceGraphFromPasses", () => {
  it("stores the graph replaceGraph stores", async () => {
    const graph = buildTestGraph();
    const a = await openKuzuStore({ dataDir: path.join(dir, "a"), consoleWorker: false });
    const b = await openKuzuStore({ dataDir: path.join(dir, "b"), consoleWorker: false });
    try {
      await a.applySchema();
      await b.applySchema();
      await a.replaceGraph(graph);
      const stats = await b.replaceGraphFromPasses(passesOf(scanOf(graph)));
      expect(stats).toMatchObject({ nodes: graph.nodes.length, rels: graph.rels.length });
      const dump = await dumpGraph(b);
      expect(dump.rels.length).toBe(graph.rels.length);
      expect(dump).toEqual(await dumpGraph(a));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("refuses a graph with a dangling relationship and keeps the graph it held", async () => {
    const graph = buildTestGraph();
    const store = await openKuzuStore({ dataDir: path.join(dir, "c"), consoleWorker: false });
    try {
      await store.applySchema();
      await store.replaceGraph(graph);
      const before = await dumpGraph(store);
      const [rel] = graph.rels;
      if (!rel) throw new Error("the test graph has no relationship");
      const broken = { nodes: graph.nodes.slice(1), rels: [{ ...rel, target: "p_nobody" }] };
      await expect(store.replaceGraphFromPasses(passesOf(scanOf(broken)))).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      expect(await dumpGraph(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });
});
