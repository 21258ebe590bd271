import { describe, expect, it } from "vitest";
import { chooseLabels, estimateLabelWidth, type LabelBox, overlaps } from "./label-layout.ts";

const box = (key: string, x: number, y: number, priority = 0, width = 40, height = 14): LabelBox => ({
  key,
  x,
  y,
  width,
  height,
  priority,
});

describe("chooseLabels", () => {
  it("keeps the higher-priority label of two that collide", () => {
    const kept = chooseLabels([box("low", 10, 10, 1), box("high", 20, 15, 5)]);
    expect(kept.map((b) => b.key)).toEqual(["high"]);
  });

  it("keeps labels that do not touch, with the padding between them", () => {
    expect(chooseLabels([box("a", 0, 0), box("b", 50, 0)]).length).toBe(2);
    // 3 px apart: free without padding, colliding with 2 px on each side.
    expect(chooseLabels([box("a", 0, 0), box("b", 43, 0)], 0).length).toBe(2);
    expect(chooseLabels([box("a", 0, 0), box("b", 43, 0)], 2).length).toBe(1);
  });

  it("never returns two overlapping boxes out of a dense random cloud", () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const boxes = Array.from({ length: 600 }, (_, i) =>
      box(`n${i}`, rnd() * 800, rnd() * 600, Math.floor(rnd() * 10), 20 + rnd() * 80),
    );
    const kept = chooseLabels(boxes);
    expect(kept.length).toBeGreaterThan(30);
    expect(kept.length).toBeLessThan(boxes.length);
    for (let i = 0; i < kept.length; i++)
      for (let j = i + 1; j < kept.length; j++) expect(overlaps(kept[i]!, kept[j]!)).toBe(false);
    // A dropped box always collides with a kept one of at least its priority.
    const keptKeys = new Set(kept.map((b) => b.key));
    for (const b of boxes.filter((x) => !keptKeys.has(x.key)).slice(0, 50)) {
      const padded = { ...b, x: b.x - 4, y: b.y - 4, width: b.width + 8, height: b.height + 8 };
      expect(kept.some((k) => k.priority >= b.priority && overlaps(padded, k))).toBe(true);
    }
  });

  it("chooses the same labels whatever the input order", () => {
    const boxes = [box("a", 0, 0, 1), box("b", 5, 5, 1), box("c", 200, 0, 1), box("d", 205, 3, 2)];
    const one = chooseLabels(boxes).map((b) => b.key);
    const two = chooseLabels([...boxes].reverse()).map((b) => b.key);
    expect(one).toEqual(two);
    expect(one.sort()).toEqual(["a", "d"]);
  });
});

describe("chooseLabels on presorted boxes", () => {
  it("keeps the input order as the priority", () => {
    const boxes = [box("first", 0, 0, 0), box("second", 5, 5, 99)];
    expect(chooseLabels(boxes, 1, 96, true).map((b) => b.key)).toEqual(["first"]);
    expect(chooseLabels(boxes, 1, 96, false).map((b) => b.key)).toEqual(["second"]);
  });
});

describe("estimateLabelWidth", () => {
  it("counts Chinese characters one em and Latin ones about half", () => {
    expect(estimateLabelWidth("单晓峰", 10)).toBe(30);
    expect(estimateLabelWidth("abc", 10)).toBeCloseTo(18);
  });
});
