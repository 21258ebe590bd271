import { describe, expect, it } from "vitest";
import { placeNear } from "./node-placement.ts";

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("placeNear", () => {
  it("puts new nodes in free space: never within the spacing of an existing node or each other", () => {
    // A dense cluster around the anchor and another cluster beside it.
    const occupied = [];
    for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) occupied.push({ x: i * 0.5, y: j * 0.5 });
    for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) occupied.push({ x: 6 + i * 0.5, y: j * 0.5 });
    const anchor = { x: 2, y: 2 };
    const placed = placeNear(anchor, 30, occupied, 1);
    expect(placed).toHaveLength(30);
    for (const p of placed) for (const q of occupied) expect(dist(p, q)).toBeGreaterThanOrEqual(1 - 1e-9);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        expect(dist(placed[i]!, placed[j]!)).toBeGreaterThanOrEqual(1 - 1e-9);
  });

  it("stays near the anchor when there is room", () => {
    const anchor = { x: 100, y: -50 };
    const placed = placeNear(anchor, 12, [anchor], 2);
    expect(placed).toHaveLength(12);
    // 12 nodes fit on the first two rings (radius 2 and 4).
    for (const p of placed) expect(dist(p, anchor)).toBeLessThanOrEqual(4 + 1e-9);
    expect(Math.min(...placed.map((p) => dist(p, anchor)))).toBeCloseTo(2);
  });

  it("returns nothing for no nodes and survives a zero spacing", () => {
    expect(placeNear({ x: 0, y: 0 }, 0, [], 1)).toEqual([]);
    expect(placeNear({ x: 0, y: 0 }, 3, [{ x: 0, y: 0 }], 0)).toHaveLength(3);
  });
});
