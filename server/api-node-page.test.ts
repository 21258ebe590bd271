/**
 * GET /api/nodes/:id of a hub (an honour held by 1,200 fictional people) over real HTTP: its
 * relationships come a page at a time (limit, cursor) in a stable order, its article ids as a
 * count, and the sentences of a page from GET /api/nodes/:id/evidence; a small node still comes
 * whole with every sentence inline.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeId, relId } from "../model/ids.ts";
import type { GraphBatch, GraphNode, GraphRel } from "../model/types.ts";
import { EvidenceSchema, NodeDetailSchema, NodeEvidenceResponse } from "./api-schemas.ts";
import { checkedFetch } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";

const HOLDERS = 1200;
const HUB = nodeId("Honour", "远江市技术能手");

function hubGraph(): GraphBatch {
  const nodes: GraphNode[] = [];
  const rels: GraphRel[] = [];
  const hubArticles: string[] = [];
  for (let i = 0; i < HOLDERS; i++) {
    const a = nodeId("Article", `hub-${i}`);
    const name = `林工${i}`;
    const sentence = `${name}获得远江市技术能手称号，编号${i}。`;
    const p = nodeId("Person", `${name}|${i}`);
    const evidence = [{ articleId: a, sentence, offset: 0, spanStart: 0, spanEnd: name.length }];
    hubArticles.push(a);
    nodes.push(
      {
        id: a,
        label: "Article",
        name: `第${i}篇`,
        title: `第${i}篇`,
        subtitle: null,
        date: "2024-05-01",
        source: null,
        file: `${i}.txt`,
        text: sentence,
        articleIds: [a],
        evidence: [],
      },
      {
        id: p,
        label: "Person",
        name,
        aliases: [],
        pinyin: "",
        initials: "",
        mergeKey: "test",
        articleIds: [a],
        evidence,
      },
    );
    rels.push({
      id: relId("HAS_HONOUR", p, HUB),
      type: "HAS_HONOUR",
      source: p,
      target: HUB,
      year: null,
      articleIds: [a],
      evidence,
    });
  }
  nodes.push({
    id: HUB,
    label: "Honour",
    name: "远江市技术能手",
    scope: "远江市",
    level: "municipal",
    category: "技术能手",
    articleIds: hubArticles,
    evidence: [
      { articleId: hubArticles[0]!, sentence: "远江市技术能手", offset: 0, spanStart: 0, spanEnd: 7 },
    ],
  });
  return { nodes, rels };
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ batch: hubGraph() });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
async function get(p: string): Promise<{ status: number; body: any }> {
  const res = await checkedFetch(`${t.baseUrl}${p}`);
  return { status: res.status, body: await res.json() };
}

describe("GET /api/nodes/:id of a hub", () => {
  it("pages its relationships with a cursor, in a stable order, every one once", async () => {
    const first = await get(`/api/nodes/${HUB}`);
    expect(first.status).toBe(200);
    NodeDetailSchema.parse(first.body);
    expect(first.body.page).toEqual({
      limit: 200,
      offset: 0,
      total: HOLDERS,
      nextCursor: "200",
      evidence: "on-demand",
    });
    expect(first.body.relationships).toHaveLength(200);
    expect(first.body.attributes.articleCount).toBe(HOLDERS);
    expect(first.body.attributes.articleIds).toBeUndefined();
    // Only the hub's own mention comes inline.
    expect(first.body.evidence.map((e: { fact: string }) => e.fact)).toEqual(["mention"]);

    const seen: string[] = [];
    let cursor: string | null = "";
    let pages = 0;
    while (cursor !== null) {
      const { status, body } = await get(`/api/nodes/${HUB}?limit=500${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      seen.push(...body.relationships.map((r: { id: string }) => r.id));
      cursor = body.page.nextCursor;
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(HOLDERS);
    expect(seen.slice(0, 200)).toEqual(first.body.relationships.map((r: { id: string }) => r.id));
  });

  it("gives the sentences of a page on demand, with article titles", async () => {
    const { status, body } = await get(`/api/nodes/${HUB}/evidence?limit=100&cursor=300`);
    expect(status).toBe(200);
    NodeEvidenceResponse.parse(body);
    expect(body.evidence).toHaveLength(100);
    expect(body.page).toMatchObject({ offset: 300, total: HOLDERS, nextCursor: "400" });
    for (const e of body.evidence) {
      EvidenceSchema.parse(e);
      expect(e.articleTitle).toMatch(/^第\d+篇$/);
      expect(e.fact).toMatch(/^HAS_HONOUR 林/);
    }
    const page = await get(`/api/nodes/${HUB}?limit=100&cursor=300`);
    const names = page.body.relationships.map((r: { other: { name: string } }) => r.other.name);
    expect(body.evidence.map((e: { fact: string }) => e.fact.slice("HAS_HONOUR ".length))).toEqual(names);
  });

  it("keeps a small node whole, every sentence inline", async () => {
    const person = nodeId("Person", "林工7|7");
    const { status, body } = await get(`/api/nodes/${person}`);
    expect(status).toBe(200);
    expect(body.page).toMatchObject({ total: 1, nextCursor: null, evidence: "inline" });
    expect(body.honours).toEqual([expect.objectContaining({ id: HUB, level: "municipal" })]);
    expect(body.evidence.some((e: { fact: string }) => e.fact.startsWith("HAS_HONOUR"))).toBe(true);
  });

  it("refuses a bad cursor or limit with 400 and an unknown node with 404", async () => {
    expect((await get(`/api/nodes/${HUB}?cursor=abc`)).status).toBe(400);
    expect((await get(`/api/nodes/${HUB}?limit=5000`)).status).toBe(400);
    expect((await get("/api/nodes/h_0000000000000000/evidence")).status).toBe(404);
  });
});
