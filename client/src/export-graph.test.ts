import { MultiDirectedGraph } from "graphology";
import * as gexfNode from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { graphToGexf } from "./export-graph.ts";

function sample() {
  const g = new MultiDirectedGraph();
  g.addNode("p1", { nodeType: "Person", label: "甲某", x: 1.5, y: -2, evidence: [{ s: 1 }] });
  g.addNode("e1", { nodeType: "Event", label: "某宣讲会", x: 4, y: 3, date: "2024-04-28" });
  g.addNode("h1", { nodeType: "Honour", label: "全国劳动模范", x: 0, y: 0 });
  g.addEdgeWithKey("r1", "p1", "e1", { relType: "SPOKE_AT" });
  g.addEdgeWithKey("r2", "p1", "h1", { relType: "HAS_HONOUR" });
  return g;
}

describe("graphToGexf", () => {
  it("keeps positions, colours and sizes as viz attributes that a GEXF reader gets back", () => {
    const g = sample();
    const screen: Record<string, { x: number; y: number; size: number; color: string }> = {
      p1: { x: 10, y: 20, size: 6, color: "#d1495b" },
      e1: { x: -5, y: 7.5, size: 8, color: "#2e86ab" },
      h1: { x: 0, y: 0, size: 7, color: "#e8a33d" },
    };
    const xml = graphToGexf(g, {
      node: (k) => screen[k] ?? null,
      edge: () => ({ color: "#c4c4c4", size: 1 }),
    });
    expect(xml).toContain("viz:position");
    const back = gexfNode.parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    for (const [k, v] of Object.entries(screen)) {
      const a = back.getNodeAttributes(k);
      expect([a.x, a.y, a.size]).toEqual([v.x, v.y, v.size]);
      expect(String(a.color).toLowerCase()).toMatch(/^#|^rgb/);
    }
    expect(back.getNodeAttribute("p1", "label")).toBe("甲某");
    expect(back.getNodeAttribute("e1", "date")).toBe("2024-04-28");
    // The colour survives (hex in GEXF 1.3).
    expect(xml).toMatch(/<viz:color[^>]*hex="#d1495b"/);
  });

  it("leaves out nodes hidden on screen and their edges", () => {
    const xml = graphToGexf(sample(), {
      node: (k) => ({ x: 0, y: 0, size: 5, color: "#000000", hidden: k === "h1" }),
    });
    const back = gexfNode.parse(MultiDirectedGraph, xml);
    expect(back.nodes().sort()).toEqual(["e1", "p1"]);
    expect(back.size).toBe(1);
  });

  it("writes plain GEXF without a view", () => {
    const back = gexfNode.parse(MultiDirectedGraph, graphToGexf(sample()));
    expect(back.order).toBe(3);
    expect(back.getNodeAttribute("p1", "x")).toBeUndefined();
  });
});
