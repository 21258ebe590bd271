/**
 * Engine failures over HTTP: console queries that kuzu refuses answer a typed 4xx with our own
 * sentence (line/column, the unknown name), memory exhaustion is 422 query_too_large, and no
 * answer carries kuzu's raw `… exception:` text or a file path.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasPath } from "../model/scrub-paths.ts";
import { checkedFetch } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ env: { LAOMO_QUERY_TIMEOUT_MS: "60000" } });
});

afterAll(async () => {
  await t?.close();
});

async function cypher(
  query: string,
  params?: Record<string, unknown>,
): Promise<{ status: number; body: Json }> {
  const res = await checkedFetch(`${t.baseUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params ? { query, params } : { query }),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

function expectClean(body: Json): void {
  expect(typeof body.message).toBe("string");
  expect(body.message).not.toMatch(/exception:/i);
  expect(hasPath(body.message), body.message).toBe(false);
  expect(body.message).not.toContain(t.dataDir);
}

const CASES: {
  query: string;
  params?: Record<string, unknown>;
  status: number;
  error: string;
  says?: RegExp;
}[] = [
  // Unknown functions: the same 400 with and without a parameter (was 400 / 500).
  { query: "RETURN nosuchfn(1)", status: 400, error: "forbidden_query", says: /nosuchfn/ },
  { query: "RETURN nosuchfn($x)", params: { x: 1 }, status: 400, error: "forbidden_query", says: /nosuchfn/ },
  { query: "MATCH (n:Nope) RETURN n", status: 400, error: "invalid_input", says: /"Nope"/ },
  { query: "MATCH (p:Person) RETURN p.nope", status: 400, error: "invalid_input", says: /"nope" on p/ },
  { query: "MATCH (p:Person) RETURN q", status: 400, error: "invalid_input", says: /variable "q"/ },
  {
    query: "MATCH (p:Person)\nRETRN p",
    status: 400,
    error: "invalid_input",
    says: /^Syntax error at line 2, column 1, near "RETRN"/,
  },
  { query: "RETURN 1/0", status: 400, error: "invalid_input" },
  {
    query: "RETURN left('abc', $x)", // (substring's start is rewritten from Neo4j's 0-based count)
    params: { x: "a" },
    status: 400,
    error: "invalid_input",
    says: /LEFT/,
  },
  { query: "RETURN date($d)", params: { d: "nope" }, status: 400, error: "invalid_input" },
  // The buffer pool (512 MiB per console worker) runs out: a 4xx with advice, not a 500.
  {
    query: "UNWIND range(1, 12000) AS x UNWIND range(1, 12000) AS y WITH x, collect(y) AS ys RETURN count(*)",
    status: 422,
    error: "query_too_large",
    says: /LIMIT/,
  },
];

describe("engine errors over HTTP", () => {
  it.each(CASES)("$query → $status $error", async ({ query, params, status, error, says }) => {
    const res = await cypher(query, params);
    expect({ status: res.status, error: res.body.error }).toEqual({ status, error });
    expectClean(res.body);
    if (says) expect(res.body.message).toMatch(says);
  });

  it("after the failures the console answers normally", async () => {
    const res = await cypher("MATCH (p:Person) RETURN count(p) AS n");
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([[6]]);
  });
});
