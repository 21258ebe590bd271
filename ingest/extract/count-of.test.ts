import { describe, expect, it } from "vitest";
import { countOf } from "./count-of.ts";

describe("countOf", () => {
  it.each([
    ["5", 5],
    ["12", 12],
    ["三", 3],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
  ])("%s → %i", (t, n) => {
    expect(countOf(t)).toBe(n);
  });
});
