/**
 * diffGraph on prepared batches: what a delta holds for added, removed, changed and relabelled
 * nodes and for relationships whose properties or endpoints changed.
 */
import { describe, expect, it } from "vitest";
import type { GraphBatch } from "../model/types.ts";
import { deltaSize, diffChanged, diffGraph, type GraphDelta, indexOfBatch } from "./graph-delta.ts";
import { prepareBatch } from "./prepare-batch.ts";
import { buildTestGraph, IDS } from "./test-graph.ts";

const diff = (a: GraphBatch, b: GraphBatch) =>
  diffGraph(indexOfBatch(prepareBatch(a)), prepareBatch(b)).delta;

describe("diffGraph", () => {
  it("the same graph is an empty delta, and a new graph is all creations", () => {
    const g = buildTestGraph();
    expect(deltaSize(diff(g, g))).toBe(0);
    const all = diff({ nodes: [], rels: [] }, g);
    expect(all.upsertNodes.length).toBe(g.nodes.length);
    expect(all.upsertNodes.every((n) => n.isNew)).toBe(true);
    expect(all.upsertRels.length).toBe(g.rels.length);
    expect(all.removeNodes.length + all.removeRels.length).toBe(0);
  });

  it("a changed property overwrites the node; a new article id on a relationship overwrites it", () => {
    const g = buildTestGraph();
    const rel = g.rels.find((r) => r.type === "HAS_HONOUR")!;
    const next: GraphBatch = {
      nodes: g.nodes.map((n) =>
        n.id === IDS.modelWorker ? { ...n, articleIds: [...n.articleIds, "a_other"] } : n,
      ),
      rels: g.rels.map((r) => (r.id === rel.id ? { ...r, articleIds: [...r.articleIds, "a_other"] } : r)),
    };
    const d = diff(g, next);
    expect(d.upsertNodes.map((n) => [n.row.id, n.isNew])).toEqual([[IDS.modelWorker, false]]);
    expect(d.upsertRels.map((r) => [r.row.id, r.isNew])).toEqual([[rel.id, false]]);
    expect(d.removeNodes).toEqual([]);
    expect(d.removeRels).toEqual([]);
  });

  it("a removed node takes its relationships; a relabelled node is removed and created again", () => {
    const g = buildTestGraph();
    const gone = diff(g, {
      nodes: g.nodes.filter((n) => n.id !== IDS.venue),
      rels: g.rels.filter((r) => r.target !== IDS.venue),
    });
    expect(gone.removeNodes).toEqual([{ label: "Place", id: IDS.venue }]);
    expect(gone.removeRels.map((r) => r.type)).toEqual(["HELD_AT"]);
    expect(gone.removeRels[0]).toMatchObject({
      from: "Event",
      fromId: IDS.event,
      to: "Place",
      toId: IDS.venue,
    });

    // The venue becomes an organisation under the same id: its HELD_AT goes, the node is re-created.
    const venue = g.nodes.find((n) => n.id === IDS.venue)!;
    const relabelled = diff(g, {
      nodes: [
        ...g.nodes.filter((n) => n.id !== IDS.venue),
        {
          label: "Organization",
          id: IDS.venue,
          name: venue.name,
          aliases: [],
          orgType: "other",
          articleIds: venue.articleIds,
          evidence: venue.evidence,
        },
      ],
      rels: g.rels.filter((r) => r.target !== IDS.venue),
    });
    expect(relabelled.removeNodes).toEqual([{ label: "Place", id: IDS.venue }]);
    expect(relabelled.upsertNodes).toEqual([expect.objectContaining({ label: "Organization", isNew: true })]);
  });
});

describe("diffChanged", () => {
  /** A delta as comparable sets (order is no part of it). */
  const sorted = (d: GraphDelta) => ({
    removeRels: d.removeRels.map((r) => r.id).sort(),
    removeNodes: d.removeNodes.map((n) => n.id).sort(),
    upsertNodes: d.upsertNodes.map((n) => `${n.row.id}|${n.isNew}|${JSON.stringify(n.row)}`).sort(),
    upsertRels: d.upsertRels.map((r) => `${r.row.id}|${r.isNew}|${JSON.stringify(r.row)}`).sort(),
  });

  it("on the changed ids gives the delta and the index the whole diff gives", () => {
    const g = buildTestGraph();
    const honour = g.rels.find((r) => r.type === "HAS_HONOUR")!;
    const next: GraphBatch = {
      nodes: [
        ...g.nodes
          .filter((n) => n.id !== IDS.venue)
          .map((n) => (n.id === IDS.modelWorker ? { ...n, articleIds: [...n.articleIds, "a_x"] } : n)),
        { id: "p_new", label: "Person", name: "新人", aliases: [], articleIds: ["a_x"], evidence: [] },
      ],
      rels: [
        ...g.rels
          .filter((r) => r.target !== IDS.venue)
          .map((r) => (r.id === honour.id ? { ...r, articleIds: [...r.articleIds, "a_x"] } : r)),
        {
          id: "r_new",
          type: "HAS_HONOUR",
          source: "p_new",
          target: honour.target,
          year: null,
          articleIds: ["a_x"],
          evidence: [],
        },
      ],
    } as GraphBatch;
    const whole = diffGraph(indexOfBatch(prepareBatch(g)), prepareBatch(next));
    const heldAt = g.rels.filter((r) => r.target === IDS.venue).map((r) => r.id);
    // Ids that did not change may be among the changed ones: they give nothing.
    const changed = {
      nodes: [IDS.modelWorker, IDS.venue, "p_new", IDS.event],
      rels: [honour.id, "r_new", ...heldAt],
    };
    const part = diffChanged(indexOfBatch(prepareBatch(g)), next, changed);
    if (typeof part === "string") throw new Error(part);
    expect(sorted(part.delta)).toEqual(sorted(whole.delta));
    expect(part.index).toEqual(whole.index);
  });

  it("refuses a label change, and a removed node whose relationship is not removed", () => {
    const g = buildTestGraph();
    const venue = g.nodes.find((n) => n.id === IDS.venue)!;
    const relabelled = {
      nodes: [
        ...g.nodes.filter((n) => n.id !== IDS.venue),
        { ...venue, label: "Organization", aliases: [], orgType: "other" },
      ],
      rels: g.rels.filter((r) => r.target !== IDS.venue),
    } as GraphBatch;
    const index = indexOfBatch(prepareBatch(g));
    const before = JSON.stringify(index);
    expect(diffChanged(index, relabelled, { nodes: [IDS.venue], rels: [] })).toMatch(/changes label/);
    const gone = { nodes: g.nodes.filter((n) => n.id !== IDS.venue), rels: g.rels } as GraphBatch;
    expect(diffChanged(index, gone, { nodes: [IDS.venue], rels: [] })).toMatch(/left pointing/);
    // A refusal leaves the index as it was (the caller diffs the whole batch against it).
    expect(JSON.stringify(index)).toBe(before);
  });
});
