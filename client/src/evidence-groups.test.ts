import { describe, expect, it } from "vitest";
import type { EvidenceItem } from "./api.ts";
import { groupEvidence } from "./evidence-groups.ts";

const S = "省五一劳动奖章获得者、澄浦电力公司检修班长卓映川介绍了带徒弟的经验。";
const item = (start: number, end: number, fact: string, articleId = "a1"): EvidenceItem => ({
  sentence: S,
  spanStart: start,
  spanEnd: end,
  articleId,
  articleTitle: "港区工匠夜校开课",
  fact,
});

describe("groupEvidence", () => {
  it("shows a sentence once with every fact it states", () => {
    const groups = groupEvidence([
      item(21, 24, "mention"),
      item(0, 10, "HAS_HONOUR 省五一劳动奖章"),
      item(11, 24, "WORKS_FOR 澄浦电力公司"),
      item(0, 10, "HAS_HONOUR 省五一劳动奖章"),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.spans.map((s) => s.fact)).toEqual([
      "mention",
      "HAS_HONOUR 省五一劳动奖章",
      "WORKS_FOR 澄浦电力公司",
    ]);
  });

  it("keeps the same sentence of two articles apart", () => {
    expect(groupEvidence([item(0, 3, "x", "a1"), item(0, 3, "x", "a2")])).toHaveLength(2);
  });
});
