import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { bipartiteLayout, COLUMN, ROWS } from "./bipartite-layout.ts";

function graph(events: number) {
  const g = new MultiDirectedGraph();
  g.addNode("org", { nodeType: "Organization", name: "某市总工会" });
  g.addNode("hon", { nodeType: "Honour", name: "某某奖章" });
  for (let i = 0; i < events; i++) {
    g.addNode(`e${i}`, {
      nodeType: "Event",
      name: `活动${i}`,
      date: `2024-${String((i % 12) + 1).padStart(2, "0")}-01`,
    });
    g.addNode(`p${i}`, { nodeType: "Person", name: `人物${i}` });
    g.addEdge(`p${i}`, `e${i}`, { relType: "SPOKE_AT" });
    g.addEdge(`e${i}`, "org", { relType: "ORGANIZED_BY" });
  }
  g.addEdge("p0", "hon", { relType: "HAS_HONOUR" });
  return g;
}

describe("bipartite layout", () => {
  it("puts people, events, organisers and the rest in bands from left to right", () => {
    const g = graph(3);
    const { positions, bands } = bipartiteLayout(g, () => true);
    const x = (n: string) => positions.get(n)!.x;
    expect(bands.get("p1")).toBe("people");
    expect(bands.get("e1")).toBe("events");
    expect(bands.get("org")).toBe("organisers");
    expect(bands.get("hon")).toBe("other");
    expect(x("p0")).toBeLessThan(x("e0"));
    expect(x("e0")).toBeLessThan(x("org"));
    expect(x("org")).toBeLessThan(x("hon"));
    // Events in date order from the top; each person level with their event.
    expect(positions.get("e0")!.y).toBeGreaterThan(positions.get("e1")!.y);
    for (const i of [0, 1, 2]) expect(positions.get(`p${i}`)!.y).toBe(positions.get(`e${i}`)!.y);
  });

  it("gives 200 events one row each (no two labels share a row in a column)", () => {
    const g = graph(200);
    const { positions } = bipartiteLayout(g, () => true);
    const cells = new Set<string>();
    for (const [, p] of positions) {
      const key = `${p.x},${p.y}`;
      expect(cells.has(key)).toBe(false);
      cells.add(key);
    }
    const eventXs = new Set([...Array(200).keys()].map((i) => positions.get(`e${i}`)!.x));
    expect(eventXs.size).toBe(Math.ceil(200 / ROWS));
    const xs = [...eventXs].sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBe(COLUMN);
  });

  it("lays out only the selection", () => {
    const g = graph(4);
    const { positions } = bipartiteLayout(g, (n) => n !== "e3" && n !== "p3");
    expect(positions.has("e3")).toBe(false);
    expect(positions.has("p3")).toBe(false);
    expect(positions.has("e2")).toBe(true);
  });
});
