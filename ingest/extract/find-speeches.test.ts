import { describe, expect, it } from "vitest";
import { announces } from "./find-speeches.ts";

describe("announces", () => {
  // The regex it replaces, kept here as the reference reading.
  const ANNOUNCE =
    /\d+名|\d+位|\d+人|[一二三四五六七八九十两]+(名|位)|代表们?|劳模们|宣讲员|宣讲人|工匠们|老师们|嘉宾们/;

  it("finds a count before 名/位/人 or an announcing word, as the regex did", () => {
    const yes = [
      "3名劳模走上讲台",
      "12位工匠分享了故事",
      "现场200人聆听",
      "两位劳模先后发言",
      "十名职工代表",
      "劳模代表们依次讲述",
      "宣讲员甲某说",
      "工匠们讲起了往事",
    ];
    const no = ["三人行", "名师甲某讲述", "他们讲述了", "宣讲会开始", "", "位于厂区的车间"];
    for (const t of [...yes, ...no]) expect(announces(t)).toBe(ANNOUNCE.test(t));
    expect(yes.every(announces)).toBe(true);
    expect(no.some(announces)).toBe(false);
  });
});
