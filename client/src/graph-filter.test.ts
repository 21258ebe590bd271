import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { facetsFromGraph } from "./graph-facets.ts";
import { computeHidden, emptyFilter, impossibleYearRange, peopleCounts } from "./graph-filter.ts";

/** A fictional graph: two honourees, one plain worker, two events by different organisers. */
function sample() {
  const g = new MultiDirectedGraph();
  g.addNode("pA", { nodeType: "Person", label: "甲" });
  g.addNode("pB", { nodeType: "Person", label: "乙" });
  g.addNode("pC", { nodeType: "Person", label: "丙" });
  g.addNode("hN", { nodeType: "Honour", label: "全国劳动模范", level: "national", category: "劳动模范" });
  g.addNode("hP", {
    nodeType: "Honour",
    label: "某省五一劳动奖章",
    level: "provincial",
    category: "五一劳动奖章",
  });
  g.addNode("e1", { nodeType: "Event", label: "宣讲会", date: "2021-04-28" });
  g.addNode("e2", { nodeType: "Event", label: "讲堂", date: "2024-11" });
  g.addNode("oU", { nodeType: "Organization", label: "某市总工会" });
  g.addNode("oF", { nodeType: "Organization", label: "某工厂" });
  g.addEdge("pA", "hN", { relType: "HAS_HONOUR" });
  g.addEdge("pB", "hP", { relType: "HAS_HONOUR" });
  g.addEdge("pA", "e1", { relType: "SPOKE_AT" });
  g.addEdge("pB", "e2", { relType: "SPOKE_AT" });
  g.addEdge("pC", "e2", { relType: "SPOKE_AT" });
  g.addEdge("e1", "oU", { relType: "ORGANIZED_BY" });
  g.addEdge("e2", "oF", { relType: "ORGANIZED_BY" });
  g.addEdge("pC", "oF", { relType: "WORKS_FOR" });
  return g;
}

const sorted = (s: Set<string>) => [...s].sort();

describe("computeHidden", () => {
  it("hides nothing without filters", () => {
    expect(computeHidden(sample(), emptyFilter()).size).toBe(0);
  });

  it("filters by node type", () => {
    const hidden = computeHidden(sample(), { ...emptyFilter(), types: ["Person", "Event"] });
    expect(sorted(hidden)).toEqual(["hN", "hP", "oF", "oU"]);
  });

  it("keeps national honourees, their honour and their events only; the stranded organiser goes too", () => {
    const hidden = computeHidden(sample(), { ...emptyFilter(), levels: ["national"] });
    expect(sorted(hidden)).toEqual(["e2", "hP", "oF", "pB", "pC"]);
  });

  it("filters by honour category", () => {
    const hidden = computeHidden(sample(), { ...emptyFilter(), categories: ["五一劳动奖章"] });
    expect(sorted(hidden)).toEqual(["e1", "hN", "oU", "pA", "pC"]);
  });

  it("honours embedded honour levels on person nodes when Honour nodes are absent", () => {
    const g = new MultiDirectedGraph();
    g.addNode("p1", { nodeType: "Person", honourLevels: ["national"] });
    g.addNode("p2", { nodeType: "Person", honourLevels: ["municipal"] });
    expect(sorted(computeHidden(g, { ...emptyFilter(), levels: ["national"] }))).toEqual(["p2"]);
  });

  it("filters events by organiser and keeps only their speakers", () => {
    const hidden = computeHidden(sample(), { ...emptyFilter(), organiser: "oU" });
    expect(sorted(hidden)).toEqual(["e2", "hP", "oF", "pB", "pC"]);
  });

  it("filters events by year range; undated events go when a range is set", () => {
    const g = sample();
    g.addNode("e3", { nodeType: "Event", label: "无日期活动" });
    const hidden = computeHidden(g, { ...emptyFilter(), yearFrom: 2023, yearTo: 2025 });
    expect(sorted(hidden)).toEqual(["e1", "e3", "hN", "oU", "pA"]);
  });

  it("leaves no isolated organisation, event, honour or place once people are filtered", () => {
    const g = sample();
    g.addNode("pl", { nodeType: "Place", label: "某会堂" });
    g.addEdge("e2", "pl", { relType: "HELD_AT" });
    g.addNode("lonely", { nodeType: "Organization", label: "无关联单位" });
    for (const f of [
      { ...emptyFilter(), levels: ["national"] },
      { ...emptyFilter(), categories: ["劳动模范"] },
      { ...emptyFilter(), organiser: "oU" },
      { ...emptyFilter(), yearFrom: 2020, yearTo: 2022 },
    ]) {
      const hidden = computeHidden(g, f);
      g.forEachNode((n, a) => {
        if (hidden.has(n) || a.nodeType === "Person" || n === "lonely") return;
        const visibleNeighbours = g.neighbors(n).filter((m) => !hidden.has(m));
        expect(visibleNeighbours.length, `${n} under ${JSON.stringify(f)}`).toBeGreaterThan(0);
      });
      // The event's venue goes with the event.
      expect(hidden.has("pl")).toBe(hidden.has("e2"));
      // A node that never had links is not the filter's business.
      expect(hidden.has("lonely")).toBe(false);
    }
  });

  it("counts people shown and loaded", () => {
    const g = sample();
    expect(peopleCounts(g, computeHidden(g, emptyFilter()))).toEqual({ shown: 3, total: 3 });
    expect(peopleCounts(g, computeHidden(g, { ...emptyFilter(), levels: ["national"] }))).toEqual({
      shown: 1,
      total: 3,
    });
  });

  it("calls a year range impossible only when from is after to", () => {
    expect(impossibleYearRange(2025, 2021)).toEqual({ from: 2025, to: 2021 });
    expect(impossibleYearRange(2021, 2021)).toBeNull();
    expect(impossibleYearRange(2021, null)).toBeNull();
    expect(impossibleYearRange(null, 2021)).toBeNull();
  });

  it("lists facets from the graph", () => {
    const f = facetsFromGraph(sample());
    expect(f.levels.sort()).toEqual(["national", "provincial"]);
    expect(f.organisers.map((o) => o.id).sort()).toEqual(["oF", "oU"]);
    expect(f.years).toEqual([2021, 2024]);
  });
});
