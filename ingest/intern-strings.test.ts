import { describe, expect, it } from "vitest";
import { internStrings } from "./intern-strings.ts";
import type { ArticleExtraction } from "./types.ts";

const sentence = "林远舟在报告会上讲述了他在青禾机械厂的故事。";
const span = (spanStart: number, spanEnd: number) => ({ offset: 4, sentence, spanStart, spanEnd });

function extraction(id: string): ArticleExtraction {
  return {
    id,
    file: "page-1.txt",
    index: 0,
    title: "报告会",
    subtitles: [],
    text: `报告会。${sentence}`,
    date: "2024-04-01",
    source: null,
    credits: [],
    events: [],
    persons: [
      {
        name: "林远舟",
        honours: [],
        employers: [{ org: "青禾机械厂", orgType: "company", jobTitle: null, evidence: span(12, 17) }],
        spokeAt: [],
        aliases: [],
        evidence: span(0, 3),
      },
    ],
    collectives: [],
    warnings: [],
  };
}

describe("internStrings", () => {
  it("leaves every value of parsed extractions as it was", () => {
    const parsed = JSON.parse(JSON.stringify([extraction("a_1"), extraction("a_2")])) as ArticleExtraction[];
    expect(internStrings(parsed)).toEqual([extraction("a_1"), extraction("a_2")]);
  });

  it("keeps nulls, numbers and empty arrays", () => {
    const [x] = internStrings([extraction("a_3")]);
    expect(x?.persons[0]?.employers[0]?.jobTitle).toBeNull();
    expect(x?.persons[0]?.evidence.spanEnd).toBe(3);
    expect(x?.events).toEqual([]);
  });
});
