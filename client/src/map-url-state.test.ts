/**
 * The map tab's URL state: `#/map?region=浙江&city=宁波市` round-trips, a city needs a region, and
 * other views do not carry the city.
 */
import { describe, expect, it } from "vitest";
import { defaultState, formatState, parseState } from "./url-state.ts";

describe("map url state", () => {
  it("round-trips the region and city of the map", () => {
    const s = { ...defaultState(), view: "map" as const, region: "浙江", city: "宁波市" };
    const hash = formatState(s);
    expect(hash).toBe(`#/map?${new URLSearchParams({ region: "浙江", city: "宁波市" })}`);
    expect(parseState(hash)).toMatchObject({ view: "map", region: "浙江", city: "宁波市" });
    expect(formatState({ ...s, lang: "en" })).toContain("lang=en");
  });

  it("drops a city without a region, and the city outside the map", () => {
    expect(parseState("#/map?city=宁波市")).toMatchObject({ view: "map", region: null, city: null });
    expect(formatState({ ...defaultState(), view: "map", region: null, city: "宁波市" })).toBe("#/map");
    expect(formatState({ ...defaultState(), view: "console", region: "浙江", city: "宁波市" })).not.toContain(
      "city",
    );
  });
});
