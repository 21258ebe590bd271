/**
 * The resolution state's graph, kept as one JSON text per entity in tables read by key: what goes
 * in comes out (also through the state's store), counts follow patches, the relationships at a node
 * are found from its adjacency, and a partial read of a saved state reads only the shards it needs.
 */
import { describe, expect, it } from "vitest";
import type { GraphBatch, GraphNode, GraphRel } from "../../model/types.ts";
import { listOf, MapTable } from "../keyed-store.ts";
import { useTempDirs } from "../test-temp-dirs.ts";
import {
  loadState,
  mergeLogTable,
  RESOLUTION_STATE_VERSION,
  type ResolutionState,
  saveState,
} from "./partial.ts";
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
    text: `测试句子。${id}的正文。`,
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

/** A state around `graph` with a few keys, as a full resolution leaves it (held in memory). */
function stateOf(graph: StoredGraph): ResolutionState {
  return {
    version: RESOLUTION_STATE_VERSION,
    revision: "r1",
    token: "t1",
    graph,
    mergeLog: mergeLogTable([
      { personId: "p_1", name: "甲乙", mergeKey: "k", articleIds: ["a_1"], reasons: ["one mention"] },
    ]),
    personKeys: new MapTable(new Map([["甲乙", "a_1"]])),
    eventKeys: new MapTable(),
    articleEntries: new MapTable(new Map([["a_1", "h1"]])),
  };
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe("StoredGraph", () => {
  it("gives back every entity as it went in, also through the state's store", async () => {
    const b = batch();
    const dir = await tempDir("laomo-stored-graph-");
    await saveState(dir, stateOf(StoredGraph.of(b)));
    const again = (await loadState(dir))!.graph;
    expect(again.node("p_2")).toEqual(b.nodes[1]);
    expect(again.rel("r_3")).toEqual(b.rels[2]);
    expect(again.node("p_9")).toBeUndefined();
    expect([again.nodeCount, again.relCount, again.articleCount]).toEqual([4, 3, 2]);
    const got = again.toBatch();
    expect({ nodes: byId(got.nodes), rels: byId(got.rels) }).toEqual({
      nodes: byId(b.nodes),
      rels: byId(b.rels),
    });
  });

  it("takes a whole state's bytes before its first await (corrections change the batch meanwhile)", async () => {
    const b = batch();
    const dir = await tempDir("laomo-stored-graph-");
    const saving = saveState(dir, stateOf(StoredGraph.of(b)));
    (b.nodes[0] as { name: string }).name = "改了";
    await saving;
    expect((await loadState(dir))!.graph.node("p_1")?.name).toBe("甲乙");
  });

  it("writes a later copy of an id over an earlier one", async () => {
    const b = batch();
    const twice = { nodes: [...b.nodes, person("p_1", "甲乙二")], rels: b.rels };
    const dir = await tempDir("laomo-stored-graph-");
    await saveState(dir, stateOf(StoredGraph.of(twice)));
    const again = (await loadState(dir))!.graph;
    expect(again.node("p_1")?.name).toBe("甲乙二");
    expect(again.nodeCount).toBe(4);
  });

  it("keeps an evidence sentence once: entities cut it from their article's text when read", async () => {
    const b = batch();
    // A sentence that is not its article's text at its offset (made by hand) is kept whole.
    const odd = { ...ev, sentence: "别处的句子。", spanEnd: 3 };
    b.rels.push({
      ...reported("r_5", "p_1", "a_2"),
      articleIds: ["a_1", "a_2"],
      evidence: [odd, { ...ev, articleId: "a_2" }],
    });
    const dir = await tempDir("laomo-stored-graph-");
    await saveState(dir, stateOf(StoredGraph.of(b)));
    const loaded = (await loadState(dir))!;
    const stored = loaded.store!.table("rels").get("r_5")!;
    expect(stored).not.toContain("测试句子");
    expect(stored).toContain("别处的句子");
    expect(loaded.graph.rel("r_5")).toEqual(b.rels[3]);
    expect(loaded.graph.node("p_1")?.evidence).toEqual([ev]);
    // The write's one-pass scan gives the same entities.
    const scan = loaded.graph.scan()!;
    expect(byId([...scan.rels()])).toEqual(byId(b.rels));
    expect(byId([...scan.nodes()])).toEqual(byId(b.nodes));
  });

  it("keeps a removed article's text, so an entity still citing it reads", async () => {
    const dir = await tempDir("laomo-stored-graph-");
    await saveState(dir, stateOf(StoredGraph.of(batch())));
    const loaded = (await loadState(dir))!;
    // The article goes; a relationship that cites it (left by a patch that did not touch it) stays.
    loaded.graph.patch(new Map([["a_1", null]]), new Map());
    await saveState(dir, loaded);
    const again = (await loadState(dir))!;
    expect(again.graph.hasNode("a_1")).toBe(false);
    expect(again.graph.rel("r_1")?.evidence).toEqual([ev]);
  });

  it("hands out copies: changing one leaves the stored entity as it was", () => {
    const g = StoredGraph.of(batch());
    const p = g.node("p_1")!;
    p.name = "改了";
    expect(g.node("p_1")?.name).toBe("甲乙");
  });

  it("patches in place: set, add and remove, with the article count and adjacency kept", () => {
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
    expect(g.relsAt(new Set(["a_2"]))).toEqual([]);
    expect(g.relsAt(new Set(["p_1"])).sort()).toEqual(["r_1", "r_4"]);
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

  it("saves, loads part, patches, saves the changed shards and loads again: the patched state", async () => {
    const dir = await tempDir("laomo-stored-graph-");
    const many = {
      nodes: [...batch().nodes, ...Array.from({ length: 300 }, (_, i) => person(`p_x${i}`, `名${i}`))],
      rels: batch().rels,
    };
    await saveState(dir, stateOf(StoredGraph.of(many)));
    const loaded = (await loadState(dir))!;
    expect(listOf(loaded.personKeys, "甲乙")).toEqual(["a_1"]);
    // One node changes, one goes, two come; a relationship goes, one comes; a key changes.
    loaded.graph.patch(
      new Map<string, GraphNode | null>([
        ["p_x2", person("p_x2", "改名")],
        ["p_x4", null],
        ["p_y1", person("p_y1", "新甲")],
        ["a_9", article("a_9")],
      ]),
      new Map<string, GraphRel | null>([
        ["r_2", null],
        ["r_8", reported("r_8", "p_y1", "a_9")],
      ]),
    );
    loaded.personKeys.set("新甲", "a_9");
    loaded.articleEntries.set("a_9", "h9");
    const store = loaded.store!;
    const readBefore = store.shardReads;
    await saveState(dir, loaded);
    // Saving reads nothing more: the changed shards were read by the patch.
    expect(store.shardReads).toBe(readBefore);
    const again = (await loadState(dir))!;
    const expected = {
      nodes: byId([
        ...many.nodes.filter((n) => n.id !== "p_x4" && n.id !== "p_x2"),
        person("p_x2", "改名"),
        person("p_y1", "新甲"),
        article("a_9"),
      ]),
      rels: byId([...many.rels.filter((r) => r.id !== "r_2"), reported("r_8", "p_y1", "a_9")]),
    };
    const got = again.graph.toBatch();
    expect({ nodes: byId(got.nodes), rels: byId(got.rels) }).toEqual(expected);
    expect([again.graph.nodeCount, again.graph.relCount, again.graph.articleCount]).toEqual([305, 3, 3]);
    expect(again.graph.relsAt(new Set(["a_9"]))).toEqual(["r_8"]);
    expect(again.graph.relsAt(new Set(["p_2"]))).toEqual(["r_3"]);
    expect(listOf(again.personKeys, "新甲")).toEqual(["a_9"]);
    expect(again.articleEntries.size).toBe(2);
    expect(again.mergeLog.size).toBe(1);
  });

  it("reads, for a patch of k entities, at most a shard per entity and table", async () => {
    const dir = await tempDir("laomo-stored-graph-");
    const n = 4000;
    const many = {
      nodes: Array.from({ length: n }, (_, i) => person(`p_${i}`, `名${i}`)),
      rels: Array.from({ length: n - 1 }, (_, i) => reported(`r_${i}`, `p_${i}`, `p_${i + 1}`)),
    };
    await saveState(dir, stateOf(StoredGraph.of(many)));
    const loaded = (await loadState(dir))!;
    const store = loaded.store!;
    expect(store.shardReads).toBe(0);
    const k = 5;
    const touched = [10, 900, 1800, 2700, 3600];
    expect(loaded.graph.node("p_900")?.name).toBe("名900");
    loaded.graph.patch(
      new Map(touched.map((i) => [`p_${i}`, person(`p_${i}`, `新${i}`)])),
      new Map(touched.map((i) => [`r_${i}`, null])),
    );
    // nodes: k shards; rels: k; adjacency: the two ends of each relationship taken out.
    expect(store.shardReads).toBeLessThanOrEqual(k + k + 2 * k);
    await saveState(dir, loaded);
    const again = (await loadState(dir))!;
    expect(again.graph.node("p_900")?.name).toBe("新900");
    expect(again.graph.rel("r_900")).toBeUndefined();
    expect(again.graph.relsAt(new Set(["p_901"]))).toEqual(["r_901"]);
    // A node, a relationship and a node's adjacency: a shard each.
    expect(again.store!.shardReads).toBe(3);
    // The whole graph is many more shards (what a load of the whole state read).
    again.graph.toBatch();
    expect(again.store!.shardReads).toBeGreaterThan(100);
  });
});
