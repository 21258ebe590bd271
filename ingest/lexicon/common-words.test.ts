/** The common-word set read from jieba's dictionary: words in, names out. */
import { describe, expect, it } from "vitest";
import { commonSurnameWords } from "./common-words.ts";

describe("commonSurnameWords", () => {
  it("holds verbs and nouns that open with a surname character", () => {
    const words = commonSurnameWords();
    for (const w of ["包含", "奉献", "信念", "敬意"]) expect(words.has(w)).toBe(true);
  });

  it("leaves out the dictionary's person and place names, and words of other lengths", () => {
    const words = commonSurnameWords();
    // 高峰 and 盘锦 are tagged as names in the dictionary: people bear them.
    for (const w of ["高峰", "盘锦", "劳动模范", "王"]) expect(words.has(w)).toBe(false);
    expect([...words].every((w) => w.length === 2)).toBe(true);
  });
});
