/**
 * Unit tests of the pure search index on the fictional test graph: substring, traditional
 * input, full pinyin, initials, polyphonic surnames, ranking and type filters.
 */
import { describe, expect, it } from "vitest";
import type { NodeLabel } from "../../model/types.ts";
import { buildTestGraph, TEST_IDS } from "../test-graph.ts";
import { pinyinOf, type SearchEntry, SearchIndex } from "./search-index.ts";

const SEARCHABLE = new Set<NodeLabel>(["Person", "Organization", "Event", "Place", "Honour"]);

function index(): SearchIndex {
  const entries: SearchEntry[] = buildTestGraph()
    .nodes.filter((n) => SEARCHABLE.has(n.label))
    .map((n) => ({
      id: n.id,
      label: n.label,
      name: n.name,
      aliases: "aliases" in n ? n.aliases : [],
      subtitle: "",
    }));
  return new SearchIndex(entries);
}

describe("SearchIndex", () => {
  const idx = index();

  it("finds a person by Chinese substring and ranks the exact name first", () => {
    const hits = idx.search("单晓峰");
    expect(hits[0]?.id).toBe(TEST_IDS.shan);
    expect(hits[0]?.match).toBe("name");
    const sub = idx.search("晓峰");
    expect(sub.map((h) => h.id)).toContain(TEST_IDS.shan);
  });

  it("accepts traditional characters", () => {
    expect(idx.search("單曉峰")[0]?.id).toBe(TEST_IDS.shan);
    expect(idx.search("總工會")[0]?.id).toBe(TEST_IDS.union);
  });

  it("finds by full pinyin with the surname reading of a polyphonic surname", () => {
    expect(pinyinOf("单晓峰", true).pinyin).toBe("shanxiaofeng");
    expect(idx.search("shanxiaofeng")[0]?.id).toBe(TEST_IDS.shan);
    expect(idx.search("zenglijuan")[0]?.id).toBe(TEST_IDS.zeng);
    expect(idx.search("Ouyang Zhenhua")[0]?.id).toBe(TEST_IDS.ouyang);
  });

  it("finds by initials and by pinyin prefix", () => {
    expect(idx.search("sxf")[0]?.id).toBe(TEST_IDS.shan);
    expect(idx.search("oyzh")[0]?.id).toBe(TEST_IDS.ouyang);
    expect(idx.search("shanxiao")[0]?.id).toBe(TEST_IDS.shan);
  });

  it("ranks prefix matches before substring matches and exact before prefix", () => {
    const hits = idx.search("青岚市");
    const names = hits.map((h) => h.name);
    expect(names.length).toBeGreaterThan(3);
    // Everything here starts with 青岚市 except the honour, which also starts with it; all are prefixes.
    expect(hits.every((h) => h.score >= 70)).toBe(true);
    const sub = idx.search("工会");
    expect(sub[0]?.id).toBe(TEST_IDS.union);
    expect(sub[0]!.score).toBeLessThan(70);
    const exact = idx.search("周敏");
    expect(exact.slice(0, 2).map((h) => h.score)).toEqual([100, 100]);
  });

  it("returns both people with the same name and filters by type", () => {
    const hits = idx.search("周敏");
    expect(hits.filter((h) => h.name === "周敏").map((h) => h.id)).toEqual(
      expect.arrayContaining([TEST_IDS.zhouRail, TEST_IDS.zhouHeavy]),
    );
    const orgs = idx.search("青岚", { types: ["Organization"] });
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.every((h) => h.label === "Organization")).toBe(true);
  });

  it("matches aliases and respects the limit", () => {
    expect(idx.search("峰哥")[0]).toMatchObject({ id: TEST_IDS.shan, match: "alias" });
    expect(idx.search("青岚", { limit: 2 })).toHaveLength(2);
    expect(idx.search("   ")).toEqual([]);
    expect(idx.search("不存在的名字")).toEqual([]);
  });

  it("renders the same results as JSON text", () => {
    for (const q of ["周敏", "青岚", "sxf", "工会", "峰哥", "zz"]) {
      for (const opts of [{}, { limit: 2 }, { types: ["Organization"] as NodeLabel[] }]) {
        expect(JSON.parse(idx.searchJson(q, opts))).toEqual(idx.search(q, opts));
      }
    }
  });
});

describe("SearchIndex prefix-first scan", () => {
  const entry = (id: string, name: string, label: NodeLabel = "Organization"): SearchEntry => ({
    id,
    label,
    name,
    aliases: [],
    subtitle: "",
  });
  // Three names start with 云杉, two only contain it, one contains it many times over (a common word).
  const many = Array.from({ length: 2500 }, (_, i) => entry(`o${i}`, `北岭第${i}云杉林场`));
  const idx = new SearchIndex([
    entry("p1", "云杉集团"),
    entry("p2", "云杉研究院"),
    entry("p3", "云杉", "Place"),
    entry("s1", "北岭云杉学校"),
    entry("s2", "南岭云杉医院", "Person"),
    ...many,
  ]);

  it("fills the limit with prefix matches before any substring match", () => {
    expect(idx.search("云杉", { limit: 3 }).map((h) => h.id)).toEqual(["p3", "p1", "p2"]);
  });

  it("adds substring matches, shortest and persons first, when prefixes are too few", () => {
    const hits = idx.search("云杉", { limit: 5 });
    expect(hits.slice(0, 3).map((h) => h.id)).toEqual(["p3", "p1", "p2"]);
    expect(hits.slice(3).map((h) => h.id)).toEqual(["s2", "s1"]);
    expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true);
  });

  it("answers a repeated expensive query the same way (cached) and honours type filters", () => {
    const first = idx.search("云杉林", { limit: 4 });
    expect(first).toHaveLength(4);
    expect(idx.search("云杉林", { limit: 4 })).toEqual(first);
    expect(idx.search("云杉林", { limit: 4, types: ["Person"] })).toEqual([]);
    expect(idx.search("云杉", { limit: 4, types: ["Person"] }).map((h) => h.id)).toEqual(["s2"]);
  });
});
