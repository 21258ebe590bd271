import { describe, expect, it } from "vitest";
import type { GraphNode, PersonNode } from "../../model/types.ts";
import { clusterPersons } from "./cluster-persons.ts";
import { expandAbbreviations } from "./expand-abbreviations.ts";
import { resolveGraph } from "./index.ts";
import { splitAlternatives } from "./normalise.ts";
import { pinyinKeys } from "./pinyin.ts";
import { article, honourIn, personIn, spanOf } from "./test-extraction.ts";

const persons = (nodes: GraphNode[], name: string) =>
  nodes.filter((n): n is PersonNode => n.label === "Person" && n.name === name);

const T1 = "标题一\n来自青川港务集团的邵明远是全国劳动模范。";
const T2 = "标题二\n青川港务集团邵明远在会上发言。";
const T3 = "标题三\n来自白石电力公司的邵明远是省劳动模范。";
const T4 = "标题四\n全国劳动模范邵明远讲述了奋斗故事。";

describe("resolveGraph: people", () => {
  it("merges the same name with the same employer across articles, accumulating sources", () => {
    const a1 = article("a1", T1, {
      persons: [
        personIn(T1, "邵明远", {
          employer: "青川港务集团",
          honours: [honourIn(T1, "全国劳动模范", "全国劳动模范", "全国", "national", "劳动模范")],
        }),
      ],
    });
    const a2 = article("a2", T2, { persons: [personIn(T2, "邵明远", { employer: "青川港务集团" })] });
    const { batch, mergeLog } = resolveGraph([a1, a2]);
    const [p, ...rest] = persons(batch.nodes, "邵明远");
    expect(rest).toHaveLength(0);
    expect(p?.articleIds).toEqual(["a1", "a2"]);
    expect(p?.evidence.map((e) => e.articleId)).toEqual(["a1", "a2"]);
    const works = batch.rels.filter((r) => r.type === "WORKS_FOR" && r.source === p?.id);
    expect(works).toHaveLength(1);
    expect(works[0]?.articleIds).toEqual(["a1", "a2"]);
    expect(mergeLog.find((m) => m.personId === p?.id)?.reasons.join()).toContain("same name and employer");
  });

  it("keeps apart people who share a name but not an employer", () => {
    const a1 = article("a1", T1, { persons: [personIn(T1, "邵明远", { employer: "青川港务集团" })] });
    const a3 = article("a3", T3, { persons: [personIn(T3, "邵明远", { employer: "白石电力公司" })] });
    const { batch } = resolveGraph([a1, a3]);
    expect(persons(batch.nodes, "邵明远")).toHaveLength(2);
  });

  it("merges an honour-only mention into the one person holding that honour, not when two do", () => {
    const h1 = honourIn(T1, "全国劳动模范", "全国劳动模范", "全国", "national", "劳动模范");
    const h4 = honourIn(T4, "全国劳动模范", "全国劳动模范", "全国", "national", "劳动模范");
    const a1 = article("a1", T1, {
      persons: [personIn(T1, "邵明远", { employer: "青川港务集团", honours: [h1] })],
    });
    const a4 = article("a4", T4, { persons: [personIn(T4, "邵明远", { honours: [h4] })] });
    expect(persons(resolveGraph([a1, a4]).batch.nodes, "邵明远")).toHaveLength(1);

    const T5 = "标题五\n白石电力公司邵明远是全国劳动模范。";
    const a5 = article("a5", T5, {
      persons: [
        personIn(T5, "邵明远", {
          employer: "白石电力公司",
          honours: [honourIn(T5, "全国劳动模范", "全国劳动模范", "全国", "national", "劳动模范")],
        }),
      ],
    });
    const { batch, mergeLog } = resolveGraph([a1, a4, a5]);
    expect(persons(batch.nodes, "邵明远")).toHaveLength(3);
    expect(mergeLog.some((m) => m.reasons.some((r) => r.includes("kept apart")))).toBe(true);
  });

  it("is deterministic whatever the input order, and the same input twice gives the same graph", () => {
    const a1 = article("a1", T1, { persons: [personIn(T1, "邵明远", { employer: "青川港务集团" })] });
    const a2 = article("a2", T2, { persons: [personIn(T2, "邵明远", { employer: "青川港务集团" })] });
    const a3 = article("a3", T3, { persons: [personIn(T3, "邵明远", { employer: "白石电力公司" })] });
    const one = resolveGraph([a1, a2, a3]).batch;
    const two = resolveGraph([a3, a2, a1, a2]).batch;
    expect(two).toEqual(one);
  });

  it("clusters unit chains with their parent organisation", () => {
    const clusters = clusterPersons([
      { ref: 0, articleId: "x", name: "邵明远", employers: ["青川铁路局集团"], honours: [] },
      { ref: 1, articleId: "y", name: "邵明远", employers: ["青川铁路局集团江口车务段"], honours: [] },
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.mergeKey).toBe("name+employer:青川铁路局集团");
  });
});

describe("resolveGraph: events, organisations, places", () => {
  const T = "标题\n此次活动由青川市总工会主办，市港务工会承办，在滨江会堂（青川市职工之家）举行。";
  const a = article("a9", T, {
    events: [
      {
        key: "e1",
        name: "劳模宣讲会",
        theme: null,
        date: "2025-04-28",
        campaign: null,
        venues: [{ name: "滨江会堂（青川市职工之家）", evidence: spanOf(T, "滨江会堂") }],
        organizers: [
          { org: "青川市总工会", orgType: "union", role: "主办", evidence: spanOf(T, "青川市总工会") },
          { org: "市港务工会", orgType: "union", role: "承办", evidence: spanOf(T, "市港务工会") },
        ],
        evidence: spanOf(T, "此次活动"),
      },
    ],
  });

  it("expands abbreviations within the article and keeps organiser roles", () => {
    const { batch } = resolveGraph([a]);
    const orgs = batch.nodes
      .filter((n) => n.label === "Organization")
      .map((n) => n.name)
      .sort();
    expect(orgs).toEqual(["青川市总工会", "青川市港务工会"].sort());
    const roles = batch.rels
      .filter((r) => r.type === "ORGANIZED_BY")
      .map((r) => (r.type === "ORGANIZED_BY" ? r.role : null));
    expect(roles.sort()).toEqual(["主办", "承办"]);
  });

  it("splits a parenthesised alternative venue name into name and alias", () => {
    const place = resolveGraph([a]).batch.nodes.find((n) => n.label === "Place");
    expect(place?.name).toBe("滨江会堂");
    expect(place && "aliases" in place ? place.aliases : []).toContain("青川市职工之家");
    expect(splitAlternatives("江边百年船坞——青川船坞")).toEqual(["青川船坞", "江边百年船坞——青川船坞"]);
  });

  it("expands 市 abbreviations to the only city the article's organisations name", () => {
    const m = expandAbbreviations(["青川市港务集团", "市总工会"]);
    expect(m.get("市总工会")).toBe("青川市总工会");
    const ambiguous = expandAbbreviations(["青川市港务集团", "白石市电力公司", "市总工会"]);
    expect(ambiguous.get("市总工会")).toBe("市总工会");
  });

  it("gives journalists REPORTED relationships with the byline as evidence", () => {
    const text = "标题\n本报讯（记者 韦立新）正文。";
    const start = text.indexOf("韦立新");
    const x = article("a7", text, { credits: [{ name: "韦立新", role: "reporter", start, end: start + 3 }] });
    const { batch } = resolveGraph([x]);
    const rel = batch.rels.find((r) => r.type === "REPORTED");
    expect(rel?.target).toBe("a7");
    expect(rel?.evidence[0]?.sentence).toBe("韦立新");
  });
});

describe("pinyinKeys", () => {
  it("gives full pinyin and initials, surnames read as surnames", () => {
    expect(pinyinKeys("邵明远")).toEqual({ pinyin: "shaomingyuan", initials: "smy" });
    expect(pinyinKeys("单小凤").pinyin.startsWith("shan")).toBe(true);
  });
});

describe("GraphBuilder provenance on hubs", () => {
  it("keeps every article id of a hub node but caps its evidence sentences", async () => {
    const { GraphBuilder, NODE_EVIDENCE_CAP } = await import("./graph-builder.ts");
    const g = new GraphBuilder();
    const n = NODE_EVIDENCE_CAP + 15;
    for (let i = 0; i < n; i++) {
      const evidence = { articleId: `a${i}`, sentence: "全国劳动模范", offset: i, spanStart: 0, spanEnd: 6 };
      g.node(
        {
          id: "h_1",
          label: "Honour",
          name: "全国劳动模范",
          scope: "全国",
          level: "national",
          category: "劳动模范",
        },
        `a${i}`,
        evidence,
      );
      g.node(
        {
          id: "h_1",
          label: "Honour",
          name: "全国劳动模范",
          scope: "全国",
          level: "national",
          category: "劳动模范",
        },
        `a${i}`,
        evidence,
      );
    }
    const [hub] = g.build().nodes;
    expect(hub?.articleIds).toHaveLength(n);
    expect(hub?.evidence).toHaveLength(NODE_EVIDENCE_CAP);
  });
});
