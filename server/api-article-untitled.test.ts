/**
 * The node API shows an Article's `untitled` flag (a text without a headline) among its
 * attributes: true where the article had none, false otherwise (fictional test graph).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphNode } from "../model/types.ts";
import { checkedFetch } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";
import { buildTestGraph, TEST_IDS } from "./test-graph.ts";

let t: TestServer;

beforeAll(async () => {
  const batch = buildTestGraph();
  const nodes: GraphNode[] = batch.nodes.map((n) =>
    n.label === "Article" && n.id === TEST_IDS.a2 ? { ...n, untitled: true } : n,
  );
  t = await startTestServer({ batch: { ...batch, nodes } });
});
afterAll(async () => {
  await t?.close();
});

describe("GET /api/nodes/:id for an article", () => {
  it.each([
    ["untitled", TEST_IDS.a2, true],
    ["with a headline", TEST_IDS.a1, false],
  ])("carries untitled in its attributes (%s)", async (_, id, flag) => {
    const res = await checkedFetch(`${t.baseUrl}/api/nodes/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { label: string; attributes: Record<string, unknown> };
    expect(body.label).toBe("Article");
    expect(body.attributes.untitled).toBe(flag);
  });
});
