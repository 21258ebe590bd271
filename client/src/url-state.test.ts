import { describe, expect, it } from "vitest";
import { defaultState, formatState, parseState } from "./url-state.ts";

describe("url state", () => {
  it("round-trips every field through the hash", () => {
    const s = {
      ...defaultState(),
      lang: "en" as const,
      node: "p_0123456789abcdef",
      q: "dxf 单晓",
      types: ["Person" as const, "Event" as const],
      levels: ["national"],
      categories: ["劳动模范", "大国工匠"],
      organiser: "o_aaaa",
      yearFrom: 2019,
      yearTo: 2024,
      communities: true,
      path: ["p_1", "p_2"] as [string, string],
    };
    const hash = formatState(s);
    expect(hash.startsWith("#/explore?")).toBe(true);
    expect(parseState(hash)).toEqual({ ...s, query: "" });
  });

  it("keeps the console query and drops explorer fields in console links", () => {
    const s = { ...defaultState(), view: "console" as const, node: "p_1", query: "MATCH (n) RETURN n" };
    const hash = formatState(s);
    expect(hash).toBe("#/console?query=MATCH+%28n%29+RETURN+n");
    const back = parseState(hash);
    expect(back.view).toBe("console");
    expect(back.query).toBe("MATCH (n) RETURN n");
    expect(back.node).toBeNull();
  });

  it("defaults to the Chinese explorer and ignores junk", () => {
    expect(formatState(defaultState())).toBe("#/explore");
    const s = parseState("#/explore?types=Person,Bogus&from=19x&path=onlyone&lang=fr");
    expect(s.types).toEqual(["Person"]);
    expect(s.yearFrom).toBeNull();
    expect(s.path).toBeNull();
    expect(s.lang).toBe("zh");
  });

  it("routes a /console pathname without a hash to the console", () => {
    expect(parseState("", "/console").view).toBe("console");
    expect(parseState("", "/").view).toBe("explore");
  });

  it("distinguishes 'no type filter' from 'no types visible'", () => {
    expect(parseState("#/explore").types).toBeNull();
    expect(parseState("#/explore?types=").types).toEqual([]);
  });

  it("keeps the shared filters and the region in events links, and the layout in explorer links", () => {
    const s = {
      ...defaultState(),
      view: "events" as const,
      organiser: "o_1",
      yearFrom: 2023,
      yearTo: 2024,
      levels: ["national"],
      region: "浙江",
      node: "p_1",
      path: ["p_1", "p_2"] as [string, string],
    };
    const hash = formatState(s);
    expect(hash.startsWith("#/events?")).toBe(true);
    expect(parseState(hash)).toEqual({ ...s, node: null, path: null });
    const graph = formatState({ ...s, view: "explore", layout: "bipartite" });
    expect(parseState(graph)).toMatchObject({
      view: "explore",
      layout: "bipartite",
      region: "浙江",
      organiser: "o_1",
    });
    expect(parseState("#/explore?layout=spiral").layout).toBe("force");
  });
});
