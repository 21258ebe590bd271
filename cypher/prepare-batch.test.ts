import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../model/errors.ts";
import { emptyIndex, indexOfBatch, indexRows } from "./graph-delta.ts";
import { passesOf, prepareBatch, rowTablesOf, streamBatch } from "./prepare-batch.ts";
import { buildTestGraph, scanOf } from "./test-graph.ts";

/** Every table's rows read once, as a store's bulk write reads them. */
function readAll(batch: ReturnType<typeof streamBatch>) {
  return {
    nodes: batch.nodes.map((t) => ({ label: t.label, count: t.count, rows: [...t.rows()] })),
    rels: batch.rels.map((t) => ({
      type: t.type,
      from: t.from,
      to: t.to,
      count: t.count,
      rows: [...t.rows()],
    })),
  };
}

describe("streamBatch", () => {
  it("makes the rows prepareBatch makes, in the same order, and the same entity index", () => {
    const graph = buildTestGraph();
    const index = emptyIndex();
    const streamed = streamBatch(graph, indexRows(index));
    expect(index.nodes.size).toBe(0); // no row is made before a table is read
    const read = readAll(streamed);
    const prepared = prepareBatch(graph);
    expect(read).toEqual(readAll(rowTablesOf(prepared)));
    expect([streamed.nodeCount, streamed.relCount]).toEqual([prepared.nodeCount, prepared.relCount]);
    const whole = indexOfBatch(prepared);
    expect([...index.nodes]).toEqual([...whole.nodes]);
    expect([...index.rels]).toEqual([...whole.rels]);
  });

  it("handed over (consume), gives the same rows once and lets the batch go", () => {
    const graph = buildTestGraph();
    const nodes = graph.nodes.length;
    const streamed = streamBatch(graph, undefined, { consume: true });
    expect([graph.nodes.length, graph.rels.length]).toEqual([0, 0]);
    expect(streamed.nodes.reduce((n, t) => n + t.count, 0)).toBe(nodes);
    expect(readAll(streamed)).toEqual(readAll(rowTablesOf(prepareBatch(buildTestGraph()))));
    expect(streamed.nodes.every((t) => [...t.rows()].length === 0)).toBe(true);
  });

  it("refuses an invalid batch before any row is made", () => {
    const graph = buildTestGraph();
    const [rel] = graph.rels;
    if (!rel) throw new Error("the test graph has no relationship");
    const broken = { nodes: graph.nodes, rels: [{ ...rel, target: "p_nobody" }] };
    expect(() => streamBatch(broken)).toThrow(InvalidInputError);
  });
});

describe("passesOf", () => {
  it("makes prepareBatch's rows, each with its table, and the same entity index", () => {
    const graph = buildTestGraph();
    const index = emptyIndex();
    const passes = passesOf(scanOf(graph), indexRows(index));
    const nodes = [...passes.nodeRows()];
    const rels = [...passes.relRows()];
    const prepared = prepareBatch(graph);
    const byId = (a: { id?: unknown }, b: { id?: unknown }) => String(a.id).localeCompare(String(b.id));
    for (const [label, rows] of Object.entries(prepared.nodes))
      expect(
        nodes
          .filter(([l]) => l === label)
          .map(([, r]) => r)
          .sort(byId),
      ).toEqual([...rows].sort(byId));
    for (const g of prepared.rels)
      expect(
        rels
          .filter(([t]) => t.type === g.type && t.from === g.from && t.to === g.to)
          .map(([, r]) => r)
          .sort(byId),
      ).toEqual([...g.rows].sort(byId));
    expect([nodes.length, rels.length]).toEqual([prepared.nodeCount, prepared.relCount]);
    const whole = indexOfBatch(prepared);
    expect(new Map(index.nodes)).toEqual(whole.nodes);
    expect(new Map(index.rels)).toEqual(whole.rels);
  });

  it("refuses a relationship whose endpoint is missing or of a label its type does not allow", () => {
    const graph = buildTestGraph();
    const [rel] = graph.rels;
    if (!rel) throw new Error("the test graph has no relationship");
    const missing = passesOf(scanOf({ nodes: graph.nodes, rels: [{ ...rel, target: "p_nobody" }] }));
    expect([...missing.nodeRows()].length).toBe(graph.nodes.length);
    expect(() => [...missing.relRows()]).toThrow(InvalidInputError);
    const reversed = passesOf(
      scanOf({ nodes: graph.nodes, rels: [{ ...rel, source: rel.target, target: rel.source }] }),
    );
    [...reversed.nodeRows()];
    expect(() => [...reversed.relRows()]).toThrow(InvalidInputError);
  });
});

describe("passesOf texts", () => {
  it("gives each row with its JSON text, made once for the index's hash and the store's file", () => {
    const passes = passesOf(scanOf(buildTestGraph()));
    for (const [, row, json] of passes.nodeRows()) expect(json).toBe(JSON.stringify(row));
    for (const [, row, json] of passes.relRows()) expect(json).toBe(JSON.stringify(row));
  });
});
