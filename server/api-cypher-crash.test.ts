/**
 * The console over HTTP survives a query that segfaults kuzu 0.11.3: the embedded store runs
 * user queries in a worker process, so the answer is 500 query_crashed and the server, its
 * named queries and the next console query keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedFetch } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";
import { TEST_IDS } from "./test-graph.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

let t: TestServer;

async function post(p: string, body: unknown): Promise<{ status: number; body: Json }> {
  const res = await checkedFetch(t.baseUrl + p, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t?.close();
});

describe("POST /api/cypher with a query that crashes kuzu", () => {
  it("answers 500 query_crashed, and the server keeps answering", async () => {
    const crashed = await post("/api/cypher", {
      query: "MATCH (n) WHERE n.id IN $ids OPTIONAL MATCH (n)-[r]->(b) WHERE b.id IN $ids RETURN n.id, b.id",
      params: { ids: [TEST_IDS.shan, TEST_IDS.e1] },
    });
    expect(crashed.status).toBe(500);
    expect(crashed.body).toEqual({ error: "query_crashed", message: expect.stringMatching(/kept running/) });

    const stats = await checkedFetch(`${t.baseUrl}/api/stats`);
    expect(stats.status).toBe(200);
    expect(((await stats.json()) as Json).nodes.Person).toBe(6);

    const next = await post("/api/cypher", { query: "MATCH (p:Person) RETURN count(p) AS n" });
    expect(next.status).toBe(200);
    expect(next.body.rows).toEqual([[6]]);
  });
});
