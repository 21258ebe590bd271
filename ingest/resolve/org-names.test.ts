/**
 * A company under its full and its short name is one organisation node (fictional companies);
 * two companies whose names merely begin alike stay two.
 */
import { describe, expect, it } from "vitest";
import type { GraphBatch, OrganizationNode, PersonNode } from "../../model/types.ts";
import { expandAbbreviations } from "./expand-abbreviations.ts";
import { resolveGraph } from "./index.ts";
import { abbreviates, companyCore } from "./org-names.ts";
import { article, personIn } from "./test-extraction.ts";

const orgs = (b: GraphBatch) => b.nodes.filter((n): n is OrganizationNode => n.label === "Organization");
const worksFor = (b: GraphBatch, person: string) => {
  const ids = new Set(
    b.nodes.filter((n): n is PersonNode => n.label === "Person" && n.name === person).map((n) => n.id),
  );
  const names = new Map(orgs(b).map((o) => [o.id, o.name]));
  return b.rels.filter((r) => r.type === "WORKS_FOR" && ids.has(r.source)).map((r) => names.get(r.target));
};

describe("companyCore", () => {
  it.each([
    ["远江电力集团有限公司", "远江电力"],
    ["远江电力有限公司", "远江电力"],
    ["远江电力股份有限公司", "远江电力"],
    ["远江电力集团", "远江电力"],
    ["远江电力", "远江电力"],
    ["青川电子科技有限公司", "青川电子"],
    ["青川建设工程有限公司", "青川建设"],
    // Too little would be left: the filler is part of the name.
    ["远江工程有限公司", "远江工程"],
    // A branch keeps its whole name.
    ["远江电力有限公司青川分公司", "远江电力有限公司青川分公司"],
    ["远江市总工会", "远江市总工会"],
  ])("%s → %s", (name, core) => {
    expect(companyCore(name)).toBe(core);
  });
});

describe("abbreviates", () => {
  it.each([
    ["弘毅航机", "弘毅航空机械有限公司"],
    ["远江电建", "远江电力建设有限公司"],
    ["青川精机", "青川精密机械股份有限公司"],
  ])("%s is a short name of %s", (short, full) => {
    expect(abbreviates(short, full)).toBe(true);
  });

  it.each([
    // Shares the beginning only: another company.
    ["远江电力", "远江电力建设有限公司"],
    // Skips a whole word of the trade.
    ["远江建设", "远江电力建设有限公司"],
    ["远江港务", "远江港口物流有限公司"],
    ["远江公交", "远江公交车辆有限公司"],
    // Another brand.
    ["远山航机", "弘毅航空机械有限公司"],
  ])("%s is no short name of %s", (short, full) => {
    expect(abbreviates(short, full)).toBe(false);
  });
});

describe("expandAbbreviations: short company names of one article", () => {
  it("maps a short name the article introduces with （以下简称…） to the full name", () => {
    const text = "远江港务集团有限公司（以下简称“远港”）高级技师邵明远……远港装卸队队长葛长风……";
    const m = expandAbbreviations(["远江港务集团有限公司", "远港"], text);
    expect(m.get("远港")).toBe("远江港务集团有限公司");
  });

  it("maps a brand-and-initials name to the one full name it abbreviates, not when two fit", () => {
    expect(expandAbbreviations(["弘毅航空机械有限公司", "弘毅航机"]).get("弘毅航机")).toBe(
      "弘毅航空机械有限公司",
    );
    const two = expandAbbreviations(["弘毅航空机械有限公司", "弘毅航天机电有限公司", "弘毅航机"]);
    expect(two.get("弘毅航机")).toBe("弘毅航机");
  });
});

describe("resolveGraph: one company, two names", () => {
  const T1 = "标题一\n远江电力集团有限公司高级技师邵明远介绍了经验。远江电力检修班长葛长风分享了体会。";
  const T2 = "标题二\n远江电力的邵明远在会上发言。";

  it("makes the full and the short name of one article one node, named by the full name", () => {
    const a1 = article("a1", T1, {
      persons: [
        personIn(T1, "邵明远", { employer: "远江电力集团有限公司" }),
        personIn(T1, "葛长风", { employer: "远江电力" }),
      ],
    });
    const { batch } = resolveGraph([a1]);
    expect(orgs(batch).map((o) => [o.name, o.aliases])).toEqual([["远江电力集团有限公司", ["远江电力"]]]);
    expect(worksFor(batch, "葛长风")).toEqual(["远江电力集团有限公司"]);
  });

  it("makes them one node across the articles of one person, with one WORKS_FOR", () => {
    const a1 = article("a1", T1, { persons: [personIn(T1, "邵明远", { employer: "远江电力集团有限公司" })] });
    const a2 = article("a2", T2, { persons: [personIn(T2, "邵明远", { employer: "远江电力" })] });
    for (const input of [
      [a1, a2],
      [a2, a1],
    ]) {
      const { batch } = resolveGraph(input);
      expect(orgs(batch)).toHaveLength(1);
      expect(orgs(batch)[0]?.name).toBe("远江电力集团有限公司");
      expect(worksFor(batch, "邵明远")).toEqual(["远江电力集团有限公司"]);
    }
  });

  it("links a brand-and-initials name to the full one in another article of the same person", () => {
    const T3 = "标题三\n来自弘毅航空机械有限公司的袁浩然作了宣讲。";
    const T4 = "标题四\n弘毅航机的袁浩然讲述了创新故事。";
    const a3 = article("a3", T3, { persons: [personIn(T3, "袁浩然", { employer: "弘毅航空机械有限公司" })] });
    const a4 = article("a4", T4, { persons: [personIn(T4, "袁浩然", { employer: "弘毅航机" })] });
    const { batch } = resolveGraph([a3, a4]);
    expect(batch.nodes.filter((n) => n.label === "Person" && n.name === "袁浩然")).toHaveLength(1);
    expect(worksFor(batch, "袁浩然")).toEqual(["弘毅航空机械有限公司"]);
    expect(orgs(batch).find((o) => o.name === "弘毅航空机械有限公司")?.aliases).toContain("弘毅航机");
  });

  it("never merges two companies that merely share the beginning of their names", () => {
    const T5 =
      "标题五\n远江电力有限公司技师邵明远和远江电力建设有限公司焊工柏雪松登台。远江电力的葛长风也在。";
    const a5 = article("a5", T5, {
      persons: [
        personIn(T5, "邵明远", { employer: "远江电力有限公司" }),
        personIn(T5, "柏雪松", { employer: "远江电力建设有限公司" }),
        personIn(T5, "葛长风", { employer: "远江电力" }),
      ],
    });
    const T6 = "标题六\n远江建设的韦立新讲述了故事。";
    const a6 = article("a6", T6, { persons: [personIn(T6, "韦立新", { employer: "远江建设" })] });
    const { batch } = resolveGraph([a5, a6]);
    expect(orgs(batch).map((o) => o.name)).toEqual(
      expect.arrayContaining(["远江电力有限公司", "远江电力建设有限公司", "远江建设"]),
    );
    expect(orgs(batch)).toHaveLength(3);
    expect(worksFor(batch, "葛长风")).toEqual(["远江电力有限公司"]);
    expect(worksFor(batch, "柏雪松")).toEqual(["远江电力建设有限公司"]);
  });
});
