import { describe, expect, it } from "vitest";
import { segmentText, trimSpan } from "./article-segments.ts";

describe("segmentText", () => {
  const text = "栖霞湾的桥吊司机蒋北辰获评全国劳动模范。";

  it("joins back to the text and marks each span's words", () => {
    const spans = [
      { id: "a", start: 8, end: 11 },
      { id: "b", start: 13, end: 19 },
    ];
    const segs = segmentText(text, spans);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.filter((s) => s.ids.length).map((s) => [s.text, s.ids])).toEqual([
      ["蒋北辰", ["a"]],
      ["全国劳动模范", ["b"]],
    ]);
  });

  it("splits overlapping spans and lists the shorter first", () => {
    const segs = segmentText(text, [
      { id: "long", start: 4, end: 11 },
      { id: "short", start: 8, end: 11 },
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    const name = segs.find((s) => s.text === "蒋北辰");
    expect(name?.ids).toEqual(["short", "long"]);
    expect(segs.find((s) => s.text === "桥吊司机")?.ids).toEqual(["long"]);
  });

  it("clamps spans outside the text and drops empty ones", () => {
    const segs = segmentText("abc", [
      { id: "x", start: 2, end: 99 },
      { id: "y", start: 1, end: 1 },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 2, text: "ab", ids: [] },
      { start: 2, end: 3, text: "c", ids: ["x"] },
    ]);
  });
});

describe("trimSpan", () => {
  it("drops blanks around a selection", () => {
    expect(trimSpan(" 温若川 \n", 0, 6)).toEqual({ start: 1, end: 4 });
    expect(trimSpan("  ", 0, 2)).toBeNull();
  });
});
