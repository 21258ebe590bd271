/**
 * GraphStore contract tests, one suite per backend: always the embedded (kuzu) store in a fresh
 * temp folder, and Neo4j when NEO4J_URI is set. Covers schema, replaceGraph, every named query,
 * evidence and text round-trips, the read-only console and an interrupted replace.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenQueryError, InvalidInputError } from "../model/errors.ts";
import { readStandby } from "./kuzu-standby.ts";
import { KuzuStore, openKuzuStore } from "./kuzu-store.ts";
import { listQueryNames } from "./load-query.ts";
import type { GraphStore } from "./store.ts";
import { backends, NEO4J_URI } from "./test-backends.ts";
import { ARTICLE_TEXT, buildTestGraph, evidenceFor, IDS } from "./test-graph.ts";

type Row = Record<string, unknown>;
type Obj = Record<string, unknown>;

if (!NEO4J_URI) console.warn("NEO4J_URI not set: Neo4j contract tests SKIPPED");

/** Named queries each need a dedicated test below; a query file without one fails the suite. */
const TESTED_QUERIES = new Set([
  "get-node",
  "node-relationships",
  "neighbours",
  "shortest-path",
  "list-nodes",
  "stats",
  "facets",
  "overview",
  "export-nodes",
  "export-rels",
  "person-profile",
  "event-profile",
  "org-profile",
  "honour-holders",
]);

/** Default parameters for the smoke run of queries other helpers added (by parameter name). */
function smokeParams(text: string): Record<string, unknown> | string {
  const names = [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
  const defaults: Record<string, unknown> = {
    id: IDS.zhouA,
    ids: Object.values(IDS),
    from: IDS.zhouA,
    to: IDS.union,
    limit: 10,
    skip: 0,
    depth: 1,
    name: "周敏",
    label: "Person",
    fuzzy: true,
    category: "劳动模范",
    // list-facts / count-facts (curation; tested over HTTP in server/api-corrections.test.ts)
    review: "",
    reviewed: false,
    type: "",
    articleId: "",
    nodeId: "",
  };
  const missing = names.filter((n) => !(n in defaults));
  if (missing.length > 0) return `no default for $${missing.join(", $")}: add a test for this query`;
  return Object.fromEntries(names.map((n) => [n, defaults[n]]));
}

const byId = (rows: Obj[]) => new Map(rows.map((r) => [r.id as string, r]));

for (const backend of backends) {
  const suite = backend.enabled ? describe : describe.skip;
  suite(`GraphStore contract: ${backend.name}`, () => {
    let dir = "";
    let store: GraphStore;
    const batch = buildTestGraph();

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), "laomo-store-"));
      store = await backend.open(dir);
      await store.applySchema();
      await store.applySchema();
      await store.replaceGraph(batch);
    });

    afterAll(async () => {
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("counts every label and type; replacing twice gives identical counts", async () => {
      const first = await store.counts();
      expect(first.nodes).toEqual({ Person: 3, Honour: 3, Organization: 3, Event: 1, Place: 1, Article: 1 });
      expect(first.rels).toEqual({
        HAS_HONOUR: 3,
        WORKS_FOR: 2,
        SPOKE_AT: 1,
        ORGANIZED_BY: 2,
        HELD_AT: 1,
        REPORTED: 1,
      });
      const stats = await store.replaceGraph(batch);
      expect(stats).toMatchObject({ nodes: 12, rels: 10 });
      expect(await store.counts()).toEqual(first);
    });

    it("refuses a batch whose relationship endpoint is missing, keeping the graph", async () => {
      const bad = buildTestGraph();
      bad.rels.push({ ...bad.rels[0]!, id: "r_bad", target: "h_missing" } as (typeof bad.rels)[number]);
      await expect(store.replaceGraph(bad)).rejects.toBeInstanceOf(InvalidInputError);
      expect((await store.counts()).nodes.Person).toBe(3);
    });

    it("every query file has a test (others' queries at least run)", async () => {
      for (const name of listQueryNames()) {
        if (TESTED_QUERIES.has(name)) continue;
        const file = ["kuzu", "neo4j", ""].map((d) =>
          path.join(import.meta.dirname, "queries", d ? `${name}.${d}.cypher` : `${name}.cypher`),
        );
        const text = file
          .filter(existsSync)
          .map((f) => readFileSync(f, "utf8"))
          .join("\n");
        const params = smokeParams(text);
        if (typeof params === "string") throw new Error(`${name}: ${params}`);
        await expect(store.query(name, params), name).resolves.toBeInstanceOf(Array);
      }
      for (const name of TESTED_QUERIES) expect(listQueryNames()).toContain(name);
    });

    it("get-node returns all properties, parsed evidence with offsets into the article", async () => {
      const [row] = await store.query<{ node: Obj }>("get-node", { id: IDS.zhouA });
      expect(row?.node).toMatchObject({
        id: IDS.zhouA,
        label: "Person",
        name: "周敏",
        aliases: ["周 敏"],
        pinyin: "zhoumin",
        initials: "zm",
        mergeKey: "name+employer:青禾精密机械有限公司",
        articleIds: [IDS.article],
      });
      const ev = (row!.node.evidence as Obj[])[0]!;
      expect(ev).toEqual(evidenceFor("毫厘之间", "周敏"));
      const offset = ev.offset as number;
      const sentence = ev.sentence as string;
      expect(ARTICLE_TEXT.slice(offset, offset + sentence.length)).toBe(sentence);
      expect(sentence.slice(ev.spanStart as number, ev.spanEnd as number)).toBe("周敏");
      expect(await store.query("get-node", { id: "p_nobody" })).toEqual([]);
    });

    it("round-trips Chinese text with commas, quotes and newlines", async () => {
      const [article] = await store.query<{ node: Obj }>("get-node", { id: IDS.article });
      const src = batch.nodes.find((n) => n.id === IDS.article)!;
      expect(article?.node.text).toBe(ARTICLE_TEXT);
      expect(article?.node.title).toBe(src.name);
      expect(article?.node.file).toBe("samples/test/澄湾,宣讲会.txt");
      expect(article?.node.subtitle).toBeNull();
      const [org] = await store.query<{ node: Obj }>("get-node", { id: IDS.qinghe });
      expect(org?.node.aliases).toEqual(["青禾精机", 'Qinghe "Precision", Ltd.']);
      const [event] = await store.query<{ node: Obj }>("get-node", { id: IDS.event });
      expect(event?.node).toMatchObject({
        theme: '"工匠精神，代代相传"',
        date: "2024-04-26",
        campaign: null,
      });
    });

    it("node-relationships lists both directions with qualifier and evidence", async () => {
      const rows = await store.query<Row>("node-relationships", { id: IDS.event });
      const got = rows.map((r) => `${r.direction} ${r.type} ${r.otherName} ${r.qualifier ?? ""}`).sort();
      expect(got).toEqual([
        "in SPOKE_AT 周敏 《毫厘之间》",
        "out HELD_AT 澄湾市工人文化宫 ",
        "out ORGANIZED_BY 澄湾市总工会 主办",
        "out ORGANIZED_BY 青禾精密机械有限公司 承办",
      ]);
      const held = rows.find((r) => r.type === "HELD_AT")!;
      expect(held.otherLabel).toBe("Place");
      expect((held.evidence as Obj[])[0]?.sentence).toContain("澄湾市工人文化宫");
      const person = await store.query<Row>("node-relationships", { id: IDS.zhouA });
      const honour = person.find((r) => r.type === "HAS_HONOUR")!;
      expect(honour).toMatchObject({ direction: "out", year: 2020, qualifier: "2020", otherLabel: "Honour" });
    });

    it("neighbours: depth 1 and 2, limit, rels only among returned nodes", async () => {
      const d1 = await store.query<{ node: Obj; centre: boolean; rels: Obj[] }>("neighbours", {
        id: IDS.zhouA,
        depth: 1,
        limit: 50,
      });
      const ids1 = d1.map((r) => r.node.id).sort();
      expect(ids1).toEqual([IDS.zhouA, IDS.modelWorker, IDS.qinghe, IDS.event].sort());
      expect(d1[0]?.centre).toBe(true);
      expect(d1.filter((r) => r.centre)).toHaveLength(1);
      const d2 = await store.query<{ node: Obj; centre: boolean; rels: Obj[] }>("neighbours", {
        id: IDS.zhouA,
        depth: 2,
        limit: 50,
      });
      const ids2 = new Set(d2.map((r) => r.node.id as string));
      expect([...ids2].sort()).toEqual(
        [IDS.zhouA, IDS.modelWorker, IDS.qinghe, IDS.event, IDS.award, IDS.union, IDS.venue].sort(),
      );
      const rels = d2.flatMap((r) => r.rels);
      expect(rels).toHaveLength(7);
      for (const r of rels) {
        expect(ids2.has(r.source as string) && ids2.has(r.target as string)).toBe(true);
      }
      expect(rels.find((r) => r.type === "ORGANIZED_BY" && r.target === IDS.union)?.role).toBe("主办");
      const limited = await store.query<{ node: Obj }>("neighbours", { id: IDS.zhouA, depth: 2, limit: 2 });
      expect(limited).toHaveLength(3);
      const lonely = await store.query<{ node: Obj; rels: Obj[] }>("neighbours", {
        id: IDS.hospital,
        depth: 1,
        limit: 10,
      });
      expect(lonely.map((r) => r.node.id).sort()).toEqual([IDS.hospital, IDS.zhouB].sort());
    });

    it("shortest-path returns nodes and rels in order with endpoints", async () => {
      const [path1] = await store.query<{ nodes: Obj[]; rels: Obj[]; length: number }>("shortest-path", {
        from: IDS.zhouA,
        to: IDS.union,
      });
      expect(path1?.nodes.map((n) => n.id)).toEqual([IDS.zhouA, IDS.event, IDS.union]);
      expect(path1?.rels.map((r) => r.type)).toEqual(["SPOKE_AT", "ORGANIZED_BY"]);
      expect(path1?.rels[1]).toMatchObject({ source: IDS.event, target: IDS.union, role: "主办" });
      expect(path1?.length).toBe(2);
      expect(await store.query("shortest-path", { from: IDS.zhouA, to: IDS.zhouB })).toEqual([]);
    });

    it("list-nodes lists searchable nodes with aliases and pinyin", async () => {
      const rows = await store.query<Row>("list-nodes");
      expect(rows).toHaveLength(11);
      expect(rows.some((r) => r.label === "Article")).toBe(false);
      const m = byId(rows);
      expect(m.get(IDS.zhouB)).toMatchObject({
        label: "Person",
        name: "周敏",
        pinyin: "zhoumin",
        initials: "zm",
      });
      expect(m.get(IDS.qinghe)?.aliases).toEqual(["青禾精机", 'Qinghe "Precision", Ltd.']);
      expect(m.get(IDS.event)).toMatchObject({ label: "Event", date: "2024-04-26" });
    });

    it("stats and facets count what is there", async () => {
      const stats = await store.query<Row>("stats");
      expect(stats).toContainEqual({ kind: "node", name: "Person", count: 3 });
      expect(stats).toContainEqual({ kind: "rel", name: "ORGANIZED_BY", count: 2 });
      const facets = await store.query<Row>("facets");
      expect(facets).toContainEqual({ facet: "honourLevel", value: "national", count: 1 });
      expect(facets).toContainEqual({ facet: "honourLevel", value: "", count: 1 });
      expect(facets).toContainEqual({ facet: "honourCategory", value: "五一劳动奖章", count: 1 });
      expect(facets).toContainEqual({ facet: "orgType", value: "union", count: 1 });
      expect(facets).toContainEqual({ facet: "eventYear", value: "2024", count: 1 });
    });

    it("overview links speakers, events and organisers", async () => {
      const rows = await store.query<Row>("overview", { limit: 10 });
      expect(
        rows.map((r) => `${r.sourceName}-${r.type}-${r.targetName}-${r.role ?? r.talkTitle}`).sort(),
      ).toEqual([
        "周敏-SPOKE_AT-澄湾市劳模工匠宣讲会-《毫厘之间》",
        "澄湾市劳模工匠宣讲会-ORGANIZED_BY-澄湾市总工会-主办",
        "澄湾市劳模工匠宣讲会-ORGANIZED_BY-青禾精密机械有限公司-承办",
      ]);
      const top1 = await store.query<Row>("overview", { limit: 1 });
      expect(top1).toEqual([]);
    });

    it("export-nodes and export-rels page through everything", async () => {
      const pages: Obj[] = [];
      for (let skip = 0; skip < 100; skip += 5) {
        const page = await store.query<{ node: Obj }>("export-nodes", { skip, limit: 5 });
        pages.push(...page.map((r) => r.node));
        if (page.length < 5) break;
      }
      expect(pages.map((n) => n.id)).toEqual(batch.nodes.map((n) => n.id).sort());
      const rels = await store.query<Row>("export-rels", { skip: 0, limit: 100 });
      expect(rels.map((r) => r.id)).toEqual(batch.rels.map((r) => r.id).sort());
      const src = batch.rels.find((r) => r.type === "WORKS_FOR" && r.source === IDS.zhouB)!;
      expect(byId(rels as Obj[]).get(src.id)).toMatchObject({
        type: "WORKS_FOR",
        source: IDS.zhouB,
        target: IDS.hospital,
        jobTitle: "护士长",
        evidence: src.evidence,
      });
      expect(await store.query("export-rels", { skip: 8, limit: 5 })).toHaveLength(2);
    });

    it("person-profile: honours, employers, events with venues and organisers, articles", async () => {
      const [p] = await store.query<Obj>("person-profile", { id: IDS.zhouA });
      expect((p!.person as Obj).name).toBe("周敏");
      expect(p?.honours).toEqual([
        {
          id: IDS.modelWorker,
          name: "全国劳动模范",
          scope: "全国",
          level: "national",
          category: "劳动模范",
          year: 2020,
          evidence: [evidenceFor("毫厘之间", "周敏")],
        },
      ]);
      expect(p?.employers).toMatchObject([{ name: "青禾精密机械有限公司", jobTitle: "数控车间主任" }]);
      const [event] = p!.events as Obj[];
      expect(event).toMatchObject({
        name: "澄湾市劳模工匠宣讲会",
        date: "2024-04-26",
        talkTitle: "《毫厘之间》",
      });
      expect(event?.venues).toEqual([{ id: IDS.venue, name: "澄湾市工人文化宫" }]);
      expect((event!.organisers as Obj[]).map((o) => `${o.name}:${o.role}`).sort()).toEqual([
        "澄湾市总工会:主办",
        "青禾精密机械有限公司:承办",
      ]);
      expect(p?.articles).toEqual([]);
      const [other] = await store.query<Obj>("person-profile", { id: IDS.zhouB });
      expect(other?.employers).toMatchObject([{ name: "澄湾市第三人民医院", jobTitle: "护士长" }]);
      expect(other?.events).toEqual([]);
      const [lin] = await store.query<Obj>("person-profile", { id: IDS.lin });
      expect(lin?.articles).toMatchObject([{ id: IDS.article, role: "reporter", source: "澄湾工人报" }]);
      expect(lin?.honours).toEqual([]);
    });

    it("event-profile: venues, organisers with roles, speakers with honours and employers", async () => {
      const [e] = await store.query<Obj>("event-profile", { id: IDS.event });
      expect((e!.event as Obj).name).toBe("澄湾市劳模工匠宣讲会");
      expect((e!.venues as Obj[]).map((v) => v.name)).toEqual(["澄湾市工人文化宫"]);
      expect((e!.organisers as Obj[]).map((o) => `${o.name}:${o.role}`).sort()).toEqual([
        "澄湾市总工会:主办",
        "青禾精密机械有限公司:承办",
      ]);
      const [speaker] = e!.speakers as Obj[];
      expect(speaker).toMatchObject({ id: IDS.zhouA, label: "Person", talkTitle: "《毫厘之间》" });
      expect(speaker?.honours).toMatchObject([{ name: "全国劳动模范", level: "national", year: 2020 }]);
      expect(speaker?.employers).toMatchObject([{ name: "青禾精密机械有限公司", jobTitle: "数控车间主任" }]);
      expect((speaker!.evidence as Obj[])[0]!.sentence).toContain("毫厘之间");
    });

    it("org-profile: employees with honour levels, events organised with role, own honours", async () => {
      const [o] = await store.query<Obj>("org-profile", { id: IDS.qinghe });
      expect(o?.employees).toMatchObject([
        { id: IDS.zhouA, jobTitle: "数控车间主任", honours: [{ level: "national", name: "全国劳动模范" }] },
      ]);
      expect(o?.events).toMatchObject([{ id: IDS.event, role: "承办" }]);
      expect(o?.honours).toMatchObject([{ name: "全国五一劳动奖状", level: null }]);
      const [u] = await store.query<Obj>("org-profile", { id: IDS.union });
      expect(u?.employees).toEqual([]);
      expect(u?.events).toMatchObject([{ role: "主办" }]);
    });

    it("honour-holders: holders with their employers", async () => {
      const [h] = await store.query<Obj>("honour-holders", { id: IDS.medal });
      expect((h!.honour as Obj).level).toBe("municipal");
      expect(h?.holders).toMatchObject([
        { id: IDS.zhouB, label: "Person", employers: [{ name: "澄湾市第三人民医院", jobTitle: "护士长" }] },
      ]);
      const [award] = await store.query<Obj>("honour-holders", { id: IDS.award });
      expect(award?.holders).toMatchObject([{ id: IDS.qinghe, label: "Organization", employers: [] }]);
    });

    it("runReadOnly returns columns, rows and the graph of nodes/rels in them", async () => {
      const res = await store.runReadOnly(
        "MATCH (p:Person)-[r:WORKS_FOR]->(o:Organization) WHERE p.id = $id RETURN p, r, o.name AS org",
        { id: IDS.zhouB },
      );
      expect(res.columns).toEqual(["p", "r", "org"]);
      expect(res.rows).toHaveLength(1);
      expect(res.rows[0]?.[2]).toBe("澄湾市第三人民医院");
      expect(res.truncated).toBe(false);
      expect(res.graph.nodes.map((n) => n.key).sort()).toEqual([IDS.hospital, IDS.zhouB].sort());
      expect(res.graph.edges).toEqual([
        expect.objectContaining({
          source: IDS.zhouB,
          target: IDS.hospital,
          attributes: expect.objectContaining({ type: "WORKS_FOR", jobTitle: "护士长" }),
        }),
      ]);
    });

    it("runReadOnly caps rows and sets truncated", async () => {
      const res = await store.runReadOnly("MATCH (n) RETURN n.id AS id", {}, { rowLimit: 5 });
      expect(res.rows).toHaveLength(5);
      expect(res.truncated).toBe(true);
    });

    it("runReadOnly refuses writes, file access and admin, and leaves the graph alone", async () => {
      const refused = [
        "CREATE (n:Person {id: 'x'})",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Person) SET n.name = 'x' RETURN n",
        "MERGE (n:Person {id: 'x'}) RETURN n",
        "MATCH (n) REMOVE n.name",
        "DROP TABLE Person",
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "LOAD FROM '/etc/passwd' RETURN *",
        "COPY (MATCH (n) RETURN n.id) TO '/tmp/laomo-leak.csv'",
        "COPY Person FROM '/tmp/x.csv'",
        "CALL dbms.killQueries(['1'])",
        "MATCH (n) RETURN n; MATCH (m) DELETE m",
      ];
      for (const q of refused) {
        await expect(store.runReadOnly(q), q).rejects.toSatisfy(
          (e) => e instanceof ForbiddenQueryError || e instanceof InvalidInputError,
        );
      }
      await expect(store.runReadOnly("MATCH (n:Person RETURN n")).rejects.toBeInstanceOf(InvalidInputError);
      expect(existsSync("/tmp/laomo-leak.csv")).toBe(false);
      expect((await store.counts()).nodes.Person).toBe(3);
    });
  });
}

describe("embedded store: generations", () => {
  it("an interrupted replace keeps the old graph; a re-run succeeds and old generations are removed", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-gen-"));
    let fail = true;
    const store = await new KuzuStore({
      dataDir: dir,
      beforeSwitch: () => {
        if (fail) throw new Error("simulated crash before the switch");
      },
    }).open();
    try {
      fail = false;
      await store.replaceGraph(buildTestGraph());
      const root = path.join(dir, "kuzu");
      const current = readFileSync(path.join(root, "CURRENT"), "utf8").trim();
      fail = true;
      const smaller = buildTestGraph();
      smaller.nodes = smaller.nodes.filter((n) => n.label !== "Article");
      smaller.rels = smaller.rels.filter((r) => r.type !== "REPORTED");
      await expect(store.replaceGraph(smaller)).rejects.toThrow(/simulated crash/);
      expect(readFileSync(path.join(root, "CURRENT"), "utf8").trim()).toBe(current);
      expect((await store.counts()).nodes.Article).toBe(1);
      // The live generation and the standby its rebuild copied (kuzu-standby.ts): nothing of the failed one.
      const standby = readStandby(root);
      expect(standby?.live).toBe(current);
      expect(
        readdirSync(root)
          .filter((f) => f.startsWith("g-") && !f.includes("."))
          .sort(),
      ).toEqual([current, standby?.standby].sort());
      fail = false;
      await store.replaceGraph(smaller);
      expect((await store.counts()).nodes.Article).toBe(0);
      const next = readFileSync(path.join(root, "CURRENT"), "utf8").trim();
      expect(next).not.toBe(current);
      expect(readdirSync(root).some((f) => f.startsWith(current))).toBe(false);
    } finally {
      await store.close();
    }
    // A stray generation left by a crashed process (CURRENT never switched) is ignored and removed.
    const reopened = await openKuzuStore({ dataDir: dir });
    try {
      expect((await reopened.counts()).nodes.Person).toBe(3);
    } finally {
      await reopened.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("concurrent reads during a replace all succeed", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-conc-"));
    const store = await openKuzuStore({ dataDir: dir });
    try {
      await store.replaceGraph(buildTestGraph());
      const reads = Array.from({ length: 12 }, (_, i) =>
        store.query("get-node", { id: i % 2 ? IDS.zhouA : IDS.event }),
      );
      const write = store.replaceGraph(buildTestGraph());
      const results = await Promise.all([...reads, write]);
      for (const r of results.slice(0, 12)) expect(r).toHaveLength(1);
      expect((await store.counts()).nodes.Person).toBe(3);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
