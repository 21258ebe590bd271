import { describe, expect, it } from "vitest";
import { factLabel, splitSpan } from "./evidence-markup.ts";
import { setLang } from "./i18n.ts";

describe("splitSpan", () => {
  it("cuts the sentence around the span", () => {
    expect(splitSpan("甲乙丙丁戊", 1, 3)).toEqual({ before: "甲", mark: "乙丙", after: "丁戊" });
  });
  it("clamps out-of-range and reversed spans", () => {
    expect(splitSpan("甲乙丙", -5, 99)).toEqual({ before: "", mark: "甲乙丙", after: "" });
    expect(splitSpan("甲乙丙", 2, 1)).toEqual({ before: "甲乙", mark: "", after: "丙" });
  });
});

describe("factLabel", () => {
  it("translates the relationship word and keeps the rest", () => {
    setLang("zh");
    expect(factLabel("HAS_HONOUR 全国劳动模范")).toBe("获得荣誉 全国劳动模范");
    setLang("en");
    expect(factLabel("SPOKE_AT")).toBe("spoke at");
    expect(factLabel("mention")).toBe("mentioned");
    setLang("zh");
  });
});
