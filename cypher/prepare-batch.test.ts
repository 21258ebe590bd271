import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../model/errors.ts";
import { emptyIndex, indexOfBatch, indexRows } from "./graph-delta.ts";
import { prepareBatch, rowTablesOf, streamBatch } from "./prepare-batch.ts";
import { buildTestGraph } from "./test-graph.ts";

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
