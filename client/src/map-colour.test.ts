/**
 * The map's pure helpers: the colour scale (grey for none, darker for more, capped) and the key
 * that matches shape names to counted names across data sets.
 */
import { describe, expect, it } from "vitest";
import { choroplethColour, regionKey, windForD3 } from "./map-colour.ts";

const red = (c: string) => Number(/rgb\((\d+)/.exec(c)?.[1]);
const green = (c: string) => Number(/rgb\(\d+, (\d+)/.exec(c)?.[1]);

describe("choroplethColour", () => {
  it("is grey for nothing and darkens with the count", () => {
    expect(choroplethColour(0, 10)).toBe("#eef0f3");
    expect(choroplethColour(3, 0)).toBe("#eef0f3");
    const low = choroplethColour(1, 100);
    const mid = choroplethColour(25, 100);
    const high = choroplethColour(100, 100);
    expect(green(low)).toBeGreaterThan(green(mid));
    expect(green(mid)).toBeGreaterThan(green(high));
    expect(high).toBe("rgb(185, 28, 28)");
    expect(choroplethColour(500, 100)).toBe(high);
    expect(red(low)).toBeGreaterThan(200);
  });
});

describe("regionKey", () => {
  it.each([
    ["宁波市", "宁波"],
    ["宁波", "宁波"],
    ["密云县", "密云"],
    ["密云区", "密云"],
    ["延边朝鲜族自治州", "延边"],
    ["内蒙古自治区", "内蒙古"],
    ["新疆维吾尔自治区", "新疆"],
    ["海西蒙古族藏族自治州", "海西"],
    ["神农架林区", "神农架"],
    ["襄樊市", "襄阳"],
    ["浦东新区", "浦东"],
    ["城区", "城区"],
  ])("%s → %s", (name, key) => {
    expect(regionKey(name)).toBe(key);
  });
});

describe("windForD3", () => {
  const square = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ];
  it("winds outer rings clockwise and holes counter-clockwise, whatever the file did", () => {
    const [outer] = windForD3([square]);
    expect(outer).toEqual([...square].reverse());
    const clockwise = [...square].reverse();
    expect(windForD3([clockwise])[0]).toBe(clockwise);
    const [, hole] = windForD3([clockwise, clockwise]);
    expect(hole).toEqual(square);
  });
});
