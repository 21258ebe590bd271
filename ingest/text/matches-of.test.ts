import { describe, expect, it } from "vitest";
import { matchesOf } from "./matches-of.ts";

describe("matchesOf", () => {
  it("yields the same matches as String#matchAll", () => {
    const re = /“([^”]+)”|(\d+)名/g;
    const text = "“最美职工”12名，“金牌工人”和3名“技术能手”";
    const mine = [...matchesOf(re, text)].map((m) => [m.index, m[0], m[1], m[2]]);
    const theirs = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1], m[2]]);
    expect(mine).toEqual(theirs);
    expect(mine).toHaveLength(5);
  });

  it("steps over empty matches instead of looping", () => {
    expect([...matchesOf(/x*/g, "ab")].map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it("lets a loop body use the same regex on another text", () => {
    const re = /[A-Z]/g;
    const seen: string[] = [];
    for (const m of matchesOf(re, "AbC")) {
      seen.push(m[0]);
      for (const inner of matchesOf(re, "XY")) seen.push(inner[0].toLowerCase());
    }
    expect(seen).toEqual(["A", "x", "y", "C", "x", "y"]);
  });

  it("refuses a regex without the g flag", () => {
    expect(() => [...matchesOf(/a/, "a")]).toThrow(/global/);
  });
});
