import { describe, expect, it } from "vitest";
import { allCurationStrings } from "./curation-strings.ts";
import { defaultState, formatState, parseState } from "./url-state.ts";

describe("curation routes in the URL", () => {
  it("round-trips the article view with the node the reader came from", () => {
    const s = parseState("#/article/a_3f%2F9?node=p_1&lang=en");
    expect(s).toMatchObject({ view: "article", article: "a_3f/9", node: "p_1", lang: "en" });
    expect(parseState(formatState(s))).toEqual(s);
    expect(formatState(s)).toBe("#/article/a_3f%2F9?lang=en&node=p_1");
  });

  it("falls back to the explorer without an article id", () => {
    expect(parseState("#/article/").view).toBe("explore");
  });

  it("keeps the review queue's filters, leaving the default out", () => {
    const s = parseState("#/review?review=rejected&type=HAS_HONOUR");
    expect(s).toMatchObject({ view: "review", review: "rejected", factType: "HAS_HONOUR" });
    expect(parseState(formatState(s))).toEqual(s);
    expect(formatState({ ...defaultState(), view: "review" })).toBe("#/review");
  });
});

describe("curation strings", () => {
  it("fills both languages of every key", () => {
    for (const [key, v] of Object.entries(allCurationStrings())) {
      expect(v.zh.trim(), key).not.toBe("");
      expect(v.en.trim(), key).not.toBe("");
    }
  });
});
