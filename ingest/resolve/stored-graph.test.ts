/**
 * The resolution state's graph, kept as one JSON text per entity: what goes in comes out, counts
 * follow patches, and the relationships at a node are found by a scan.
 */
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import type { GraphBatch, GraphNode, GraphRel } from "../../model/types.ts";
import { useTempDirs } from "../test-temp-dirs.ts";
import { loadState, RESOLUTION_STATE_VERSION, saveState } from "./partial.ts";
import { StoredGraph } from "./stored-graph.ts";

const tempDir = useTempDirs();

const ev = { articleId: "a_1", sentence: "测试句子。", offset: 0, spanStart: 0, spanEnd: 2 };

function person(id: string, name: string): GraphNode {
  return {
    id,
    label: "Person",
    name,
    aliases: [],
    articleIds: ["a_1"],
    evidence: [ev],
  } as unknown as GraphNode;
}

function article(id: string): GraphNode {
  return {
    id,
    label: "Article",
    name: id,
    title: id,
    articleIds: [id],
    evidence: [],
  } as unknown as GraphNode;
}

function reported(id: string, source: string, target: string): GraphRel {
  return { id, type: "REPORTED", source, target, articleIds: ["a_1"], evidence: [ev] } as unknown as GraphRel;
}

const batch = (): GraphBatch => ({
  nodes: [person("p_1", "甲乙"), person("p_2", "丙丁"), article("a_1"), article("a_2")],
  rels: [reported("r_1", "p_1", "a_1"), reported("r_2", "p_2", "a_1"), reported("r_3", "p_2", "a_2")],
});

describe("StoredGraph", () => {
  it("gives back every entity as it went in, also after the state file's round trip", () => {
    const b = batch();
    const again = StoredGraph.fromData(deserialize(serialize(StoredGraph.of(b).data)));
    expect(again.toBatch()).toEqual(b);
    expect(again.node("p_2")).toEqual(b.nodes[1]);
    expect(again.rel("r_3")).toEqual(b.rels[2]);
    expect(again.node("p_9")).toBeUndefined();
    expect([again.nodeCount, again.relCount, again.articleCount]).toEqual([4, 3, 2]);
  });

  it("gives its texts in chunks, from a batch and from texts alike (a later copy of an id wins)", () => {
    const b = batch();
    const twice = { nodes: [...b.nodes, person("p_1", "甲乙二")], rels: b.rels };
    const fromBatch = [...StoredGraph.of(twice).textChunks("nodes", 2)];
    expect(fromBatch.map((c) => c.length)).toEqual([2, 2]);
    const fromTexts = [...StoredGraph.fromData(StoredGraph.of(twice).data).textChunks("nodes", 3)];
    expect(fromTexts.map((c) => c.length)).toEqual([3, 1]);
    const names = (chunks: [string, string][][]) =>
      Object.fromEntries(chunks.flat().map(([id, text]) => [id, (JSON.parse(text) as GraphNode).name]));
    expect(names(fromBatch)).toEqual(names(fromTexts));
    expect(names(fromBatch).p_1).toBe("甲乙二");
  });

  it("hands out copies: changing one leaves the stored entity as it was", () => {
    const g = StoredGraph.fromData(StoredGraph.of(batch()).data);
    const p = g.node("p_1")!;
    p.name = "改了";
    expect(g.node("p_1")?.name).toBe("甲乙");
  });

  it("patches in place: set, add and remove, with the article count kept", () => {
    const g = StoredGraph.of(batch());
    g.patch(
      new Map<string, GraphNode | null>([
        ["a_2", null],
        ["a_3", article("a_3")],
        ["a_4", article("a_4")],
        ["p_1", person("p_1", "甲乙丙")],
      ]),
      new Map<string, GraphRel | null>([
        ["r_3", null],
        ["r_4", reported("r_4", "p_1", "a_3")],
      ]),
    );
    expect(g.articleCount).toBe(3);
    expect(g.node("p_1")?.name).toBe("甲乙丙");
    expect(g.hasNode("a_2")).toBe(false);
    expect(g.rel("r_3")).toBeUndefined();
    // The whole graph is built again from the patched entities.
    expect(
      g
        .toBatch()
        .rels.map((r) => r.id)
        .sort(),
    ).toEqual(["r_1", "r_2", "r_4"]);
  });

  it("finds the relationships at a set of nodes (an id inside another id is no match)", () => {
    const g = StoredGraph.of({
      nodes: [...batch().nodes, person("p_11", "戊己")],
      rels: [...batch().rels, reported("r_9", "p_11", "a_2")],
    });
    expect(g.relsAt(new Set(["p_1"]))).toEqual(["r_1"]);
    expect(g.relsAt(new Set(["a_1"])).sort()).toEqual(["r_1", "r_2"]);
    expect(g.relsAt(new Set(["p_11", "a_9"]))).toEqual(["r_9"]);
  });

  it("goes through the state file, saved again after a patch (clean chunks reused), unchanged", async () => {
    const dir = await tempDir("laomo-stored-graph-");
    const many = {
      nodes: [...batch().nodes, ...Array.from({ length: 7 }, (_, i) => person(`p_x${i}`, `名${i}`))],
      rels: batch().rels,
    };
    const state = {
      version: RESOLUTION_STATE_VERSION,
      revision: "r1",
      token: "t1",
      graph: StoredGraph.of(many),
      mergeLog: [],
      personKeys: new Map([["甲乙", ["a_1"]]]),
      eventKeys: new Map<string, string[]>(),
      articleEntries: new Map([["a_1", ["h1"]]]),
    };
    await saveState(dir, state, 3);
    const loaded = (await loadState(dir))!;
    expect(loaded.graph.toBatch()).toEqual(many);
    expect(loaded.personKeys).toEqual(state.personKeys);
    // One node in the second chunk changes, one goes, two come; a relationship goes.
    loaded.graph.patch(
      new Map<string, GraphNode | null>([
        ["p_x2", person("p_x2", "改名")],
        ["p_x4", null],
        ["p_y1", person("p_y1", "新甲")],
        ["a_9", article("a_9")],
      ]),
      new Map<string, GraphRel | null>([["r_2", null]]),
    );
    await saveState(dir, loaded, 3);
    const again = (await loadState(dir))!;
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    const expected = {
      nodes: byId([
        ...many.nodes.filter((n) => n.id !== "p_x4" && n.id !== "p_x2"),
        person("p_x2", "改名"),
        person("p_y1", "新甲"),
        article("a_9"),
      ]),
      rels: byId(many.rels.filter((r) => r.id !== "r_2")),
    };
    const got = again.graph.toBatch();
    expect({ nodes: byId(got.nodes), rels: byId(got.rels) }).toEqual(expected);
    expect([again.graph.nodeCount, again.graph.relCount, again.graph.articleCount]).toEqual([12, 2, 3]);
  });
});
