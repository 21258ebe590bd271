import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../model/errors.ts";
import { emptyIndex, indexOfBatch, indexRows } from "./graph-delta.ts";
import { kuzuRelLine, kuzuRelRow } from "./kuzu-rel-provenance.ts";
import { passesOf, prepareBatch, type Row, relRowTexts, rowTablesOf, streamBatch } from "./prepare-batch.ts";
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

describe("relRowTexts", () => {
  it("gives JSON.stringify of the row and of kuzu's row, for awkward text too", () => {
    const evidence = [
      JSON.stringify({
        articleId: "a_1",
        sentence: '他说："好\\的"\n\t\u0001 \ud83d\ude00 \ud800x',
        offset: 3,
      }),
      JSON.stringify({ articleId: "a_2", sentence: "[x],{y}", offset: 0 }),
    ];
    const rows: Row[] = [
      {
        from: "p_1",
        to: "h_1",
        id: "r_1",
        year: null,
        review: "extracted",
        articleIds: ["a_1", "a_2"],
        evidence,
      },
      { from: 'p_"2', to: "o\\1", id: "r_2", year: 2024, review: null, articleIds: [], evidence: [] },
      { from: "p_3", to: "e_\u2028", id: "r_3", flag: true, articleIds: ["a_9"], evidence: [evidence[1]!] },
    ];
    for (const row of rows) {
      const texts = relRowTexts(row);
      expect(texts.json).toBe(JSON.stringify(row));
      expect(kuzuRelLine(row, texts)).toBe(JSON.stringify(kuzuRelRow(row)));
    }
    // A provenance value that is no list of strings: no list text (the store makes its own line).
    const odd: Row = { from: "p_1", to: "h_1", id: "r_4", articleIds: null, evidence: [] };
    expect(relRowTexts(odd)).toEqual({ json: JSON.stringify(odd), listText: null });
    expect(kuzuRelLine(odd, relRowTexts(odd))).toBe(JSON.stringify(kuzuRelRow(odd)));
  });

  it("is what passesOf gives with each row, and the node rows' JSON too", () => {
    const passes = passesOf(scanOf(buildTestGraph()));
    for (const [, row, json] of passes.nodeRows()) expect(json).toBe(JSON.stringify(row));
    for (const [, row, texts] of passes.relRows()) expect(texts).toEqual(relRowTexts(row));
  });
});
