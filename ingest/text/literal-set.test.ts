import { describe, expect, it } from "vitest";
import { LiteralSet } from "./literal-set.ts";

describe("LiteralSet", () => {
  const words = ["劳动模范", "劳模", "工匠", "最美", "·"];
  const set = new LiteralSet(words);
  const re = new RegExp(words.join("|"));

  it("answers as the regex alternation of its words does", () => {
    const texts = ["青川县劳模甲乙丙", "某厂钳工", "最美", "艾力·买买提", "", "劳动模", "大国工匠代表"];
    for (const t of texts) expect(set.test(t)).toBe(re.test(t));
    expect(texts.filter((t) => set.test(t))).toHaveLength(4);
  });

  it("looks only inside [from, to), as the regex does on the slice", () => {
    const t = "某公司劳动模范张某";
    for (let from = 0; from <= t.length; from++)
      for (let to = from; to <= t.length; to++)
        expect(set.test(t, from, to)).toBe(re.test(t.slice(from, to)));
    expect(set.test(t, 0, 6)).toBe(false);
    expect(set.test(t, 0, 7)).toBe(true);
    expect(set.test(t, 4)).toBe(false);
  });

  it("finds the first position and the longest word there, as the regex with longest words first", () => {
    const t = "某公司劳动模范张某和劳模李某";
    expect(set.find(t)).toEqual({ at: 3, word: "劳动模范" });
    expect(set.find(t, 4)).toEqual({ at: 10, word: "劳模" });
    expect(set.find(t, 4, 11)).toBeNull();
  });

  it("refuses an empty word", () => {
    expect(() => new LiteralSet(["劳模", ""])).toThrow(RangeError);
  });
});
