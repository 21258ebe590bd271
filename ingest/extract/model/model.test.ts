/**
 * The attachment model on fictional sentences: candidates and their features, the shipped
 * weights, the logistic fit, and a decision that adds a generic candidate and drops a rule fact.
 */
import { describe, expect, it } from "vitest";
import { draftArticle, draftCandidates, finishArticle } from "../index.ts";
import { testArticle } from "../test-article.ts";
import { type AttachmentModel, anyActive, decide, shippedModel } from "./attach.ts";
import { honoursIn } from "./candidates.ts";
import { predict, train } from "./logistic.ts";

const APPOSITIVE = "测试标题\n报告会上，全国劳动模范、远江机械厂技师祁文涛讲述了自己的故事。";
/** A name the rules keep (appositive) and an honour stated about a colleague in a later clause. */
const LATER =
  "远江市举办劳模宣讲会\n5月8日，远江市总工会举办劳模宣讲会。全国劳动模范、远江机械厂技师祁文涛讲述了自己的故事。远江纺织厂挡车工车晓燕也走上讲台。多年来，青川市三八红旗手的称号一直激励着她。";

describe("candidates and features", () => {
  it("gives a rule fact its rule family and the place of the two mentions", () => {
    const draft = draftArticle(testArticle(APPOSITIVE));
    const c = draftCandidates(draft).find((x) => x.rel === "HAS_HONOUR" && x.name === "祁文涛");
    expect(c?.value).toBe("全国劳动模范");
    expect(c?.rule).toBe("honour.appositive");
    expect(c?.features).toMatchObject({
      rule: 1,
      "rule:apposition": 1,
      "order:value-first": 1,
      "between:dun": 1,
    });
    expect(c?.features.generic).toBeUndefined();
    const w = draftCandidates(draft).find((x) => x.rel === "WORKS_FOR" && x.name === "祁文涛");
    expect(w?.value).toBe("远江机械厂");
    expect(w?.features["unit:job"]).toBe(1);
  });

  it("proposes an honour of the next sentence as a generic candidate, with its evidence", () => {
    const draft = draftArticle(testArticle(LATER));
    const c = draftCandidates(draft).find((x) => x.rel === "HAS_HONOUR" && x.name === "车晓燕");
    expect(c?.value).toBe("青川市三八红旗手");
    expect(c?.rule).toBeNull();
    expect(c?.features).toMatchObject({ generic: 1, "gap:le1": 1, "order:person-first": 1 });
    expect(c?.honour?.evidence.sentence).toBe("多年来，青川市三八红旗手的称号一直激励着她。");
    // "劳模宣讲会" names an event, not an honour.
    expect(draftCandidates(draft).some((x) => x.value.includes("举办"))).toBe(false);
  });

  it("finds honour mentions after a cue word and in quotes, never a team's honour", () => {
    const s = "她被评为青川市三八红旗手，又获“远江工匠”称号，班组获全国工人先锋号。";
    const draft = draftArticle(testArticle(`测试标题\n${s}`));
    const sent = draft.ctx.sentences.at(-1)!;
    const names = honoursIn(draft.ctx, sent.start, sent.end).map((h) => h.parsed.name);
    expect(names).toContain("青川市三八红旗手");
    expect(names).toContain("远江工匠");
    expect(names.some((n) => n.includes("先锋号"))).toBe(false);
  });
});

describe("decision", () => {
  const model = (honour: {
    weights: Record<string, number>;
    threshold: number;
    keep: number;
  }): AttachmentModel => ({
    version: 1,
    relations: { HAS_HONOUR: { bias: 0, active: true, ...honour } },
  });

  it("adds a generic candidate that clears the threshold, naming the model in its evidence", () => {
    const draft = draftArticle(testArticle(LATER));
    const rules = finishArticle(draft, null);
    expect(rules.persons.map((p) => p.name)).not.toContain("车晓燕");
    const m = model({ weights: { "gap:le1": 4 }, threshold: 0.9, keep: 0 });
    const out = finishArticle(draft, m);
    const p = out.persons.find((x) => x.name === "车晓燕");
    expect(p?.honours.map((h) => h.name)).toEqual(["青川市三八红旗手"]);
    expect(p?.honours[0]?.evidence.rule).toMatch(/^model\.honour@0\.9\d$/);
    // The rule facts stay, with their rule ids.
    const q = out.persons.find((x) => x.name === "祁文涛");
    expect(q?.honours.map((h) => [h.name, h.evidence.rule])).toEqual([["全国劳动模范", "honour.appositive"]]);
  });

  it("drops a rule fact below keep, and its person with it", () => {
    const draft = draftArticle(testArticle(APPOSITIVE));
    expect(finishArticle(draft, null).persons.map((p) => p.name)).toEqual(["祁文涛"]);
    const m = model({ weights: { "rule:apposition": -6 }, threshold: 1.01, keep: 0.5 });
    expect(finishArticle(draft, m).persons).toEqual([]);
  });

  it("leaves a relation without an active model to the rules", () => {
    const draft = draftArticle(testArticle(APPOSITIVE));
    const off: AttachmentModel = {
      version: 1,
      relations: { HAS_HONOUR: { bias: -9, weights: {}, threshold: 1.01, keep: 0.5, active: false } },
    };
    expect(anyActive(off)).toBe(false);
    expect(finishArticle(draft, off)).toEqual(finishArticle(draft, null));
    const persons = decide(draft.persons, draftCandidates(draft), off);
    expect(persons.map((p) => p.honours.length)).toEqual(draft.persons.map((p) => p.honours.length));
  });
});

describe("weights", () => {
  it("ships a model per relation with its thresholds and switch", () => {
    const m = shippedModel();
    expect(m?.version).toBe(1);
    for (const rel of ["HAS_HONOUR", "WORKS_FOR", "SPOKE_AT"] as const) {
      const r = m?.relations[rel];
      expect(typeof r?.bias).toBe("number");
      expect(Object.keys(r?.weights ?? {}).length).toBeGreaterThan(10);
      expect(r?.threshold).toBeGreaterThanOrEqual(0);
      expect(r?.threshold).toBeLessThanOrEqual(1.01);
      expect(typeof r?.active).toBe("boolean");
    }
  });

  it("fits a logistic model that separates its examples", () => {
    const ex = [
      ...Array.from({ length: 20 }, () => ({ features: { a: 1 }, label: 1 })),
      ...Array.from({ length: 20 }, () => ({ features: { b: 1 }, label: 0 })),
    ];
    const m = train(ex);
    expect(predict(m, { a: 1 })).toBeGreaterThan(0.9);
    expect(predict(m, { b: 1 })).toBeLessThan(0.1);
    expect(m.weights.a).toBeGreaterThan(0);
    expect(m.weights.b).toBeLessThan(0);
  });
});
