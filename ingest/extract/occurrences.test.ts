import { describe, expect, it } from "vitest";
import { occurrencesOf } from "./find-speeches.ts";

describe("occurrencesOf", () => {
  it("finds a name with whitespace between its characters, non-overlapping", () => {
    const s = "赵一鸣说，赵 一\u3000鸣又说；赵一赵一鸣。";
    expect(occurrencesOf(s, "赵一鸣")).toEqual([0, 5, 15]);
    expect(occurrencesOf("阿阿阿阿", "阿阿")).toEqual([0, 2]);
    expect(occurrencesOf("无人", "赵一鸣")).toEqual([]);
  });
});
