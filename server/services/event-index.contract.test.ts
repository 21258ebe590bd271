/**
 * The events view's queries (list-events, list-article-dates, list-event-speakers,
 * list-event-organisers, list-event-venues, list-speaker-honours) joined by loadEventIndex, on the
 * embedded store and, when NEO4J_URI is set, on Neo4j; then filterEvents' filters, facets and
 * timeline on the result.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../cypher/store.ts";
import { backends, NEO4J_URI } from "../../cypher/test-backends.ts";
import { nodeId, relId } from "../../model/ids.ts";
import type { GraphBatch } from "../../model/types.ts";
import { type EventItem, EventsQuery } from "../events-schemas.ts";
import { buildTestGraph, TEST_IDS as I } from "../test-graph.ts";
import { filterEvents, loadEventIndex } from "./event-index.ts";

if (!NEO4J_URI) console.warn("NEO4J_URI not set: Neo4j events-query tests SKIPPED");

const UNDATED = nodeId("Event", "澜江重工集团技能比武|");

/** The server test graph plus one undated event (its article is dated 2023-11-06). */
function graphWithUndatedEvent(): GraphBatch {
  const batch = buildTestGraph();
  const prov = { articleIds: [I.a2], evidence: [] };
  batch.nodes.push({
    id: UNDATED,
    label: "Event",
    name: "澜江重工集团技能比武",
    theme: null,
    date: null,
    campaign: null,
    ...prov,
  });
  batch.rels.push(
    {
      type: "SPOKE_AT",
      id: relId("SPOKE_AT", I.ouyang, UNDATED),
      source: I.ouyang,
      target: UNDATED,
      talkTitle: null,
      ...prov,
    },
    {
      type: "ORGANIZED_BY",
      id: relId("ORGANIZED_BY", UNDATED, I.heavy, "承办"),
      source: UNDATED,
      target: I.heavy,
      role: "承办",
      ...prov,
    },
  );
  return batch;
}

const q = (raw: Record<string, string>) => EventsQuery.parse(raw);

for (const backend of backends) {
  (backend.enabled ? describe : describe.skip)(`event index: ${backend.name}`, () => {
    let dir = "";
    let store: GraphStore;
    let index: EventItem[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), "laomo-events-"));
      store = await backend.open(dir);
      await store.applySchema();
      await store.replaceGraph(graphWithUndatedEvent());
      // Page size 1 so that every query is read over several pages.
      index = await loadEventIndex(store, 1);
    });

    afterAll(async () => {
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("reads every event with venue, organisers (role), speakers and their honours", () => {
      expect(index.map((e) => e.id).sort()).toEqual([I.e1, I.e2, UNDATED].sort());
      const e1 = index.find((e) => e.id === I.e1)!;
      expect(e1.date).toBe("2024-04-28");
      expect(e1.when).toBe("2024-04-28");
      expect(e1.venues).toEqual([{ id: I.palace, name: "青岚市工人文化宫" }]);
      expect(e1.organisers).toEqual([
        { id: I.union, name: "青岚市总工会", role: "主办" },
        { id: I.rail, name: "青岚市轨道交通集团", role: "承办" },
      ]);
      expect(e1.region).toBe("青岚市");
      const shan = e1.speakers.find((s) => s.id === I.shan)!;
      expect(shan).toMatchObject({ label: "Person", name: "单晓峰", talkTitle: "在轨道上守护万家灯火" });
      expect(shan.topLevel).toBe("national");
      expect(shan.honours.map((h) => h.name)).toContain("全国劳动模范");
      const zeng = e1.speakers.find((s) => s.id === I.zeng)!;
      expect(zeng.topLevel).toBe("provincial");
      // The national honouree is listed first.
      expect(e1.speakers[0]!.id).toBe(I.shan);
    });

    it("an undated event takes its article's date for the timeline", () => {
      const u = index.find((e) => e.id === UNDATED)!;
      expect(u.date).toBeNull();
      expect(u.articleDate).toBe("2023-11-06");
      expect(u.when).toBe("2023-11-06");
      expect(u.organisers).toEqual([{ id: I.heavy, name: "澜江重工集团", role: "承办" }]);
    });

    it("filters by organiser and year, counting each facet under the other filters", () => {
      const r = filterEvents(index, q({ organiser: I.heavy, year: "2023" }));
      expect(r.all).toBe(3);
      expect(r.events.map((e) => e.id)).toEqual([I.e2, UNDATED]);
      // Organiser facet: events of 2023 by organiser (the union held nothing in 2023).
      expect(r.facets.organisers).toEqual([{ id: I.heavy, name: "澜江重工集团", count: 2 }]);
      // Year facet: events of this organiser by year.
      expect(r.facets.years).toEqual([{ value: "2023", count: 2 }]);
      const none = filterEvents(index, q({ organiser: I.union, year: "2023" }));
      expect(none.total).toBe(0);
      expect(none.events).toEqual([]);
    });

    it("filters by honour level and category of a speaker, region and time range", () => {
      expect(filterEvents(index, q({ level: "provincial" })).events.map((e) => e.id)).toEqual([I.e1]);
      expect(filterEvents(index, q({ level: "district,provincial" })).events.map((e) => e.id)).toEqual([
        I.e1,
      ]);
      expect(filterEvents(index, q({ category: "劳动模范" })).total).toBe(3);
      expect(filterEvents(index, q({ category: "五一劳动奖章,技能大赛" })).total).toBe(1);
      expect(filterEvents(index, q({ region: "青岚市" })).events.map((e) => e.id)).toEqual([I.e1]);
      const range = filterEvents(index, q({ from: "2023-11-06", to: "2024-03" }));
      expect(range.events.map((e) => e.id)).toEqual([UNDATED]);
      // The timeline ignores the time range (it is what the brush moves over).
      expect(range.timeline).toEqual([
        { month: "2023-11", dated: 1, undated: 1 },
        { month: "2024-04", dated: 1, undated: 0 },
      ]);
      expect(filterEvents(index, q({ from: "2024" })).events.map((e) => e.id)).toEqual([I.e1]);
      expect(filterEvents(index, q({ limit: "1" }))).toMatchObject({ total: 3, truncated: true });
    });
  });
}
