/**
 * Attacks on the read-only console over real HTTP (embedded kuzu store): the comment-lexing bypass
 * and its variants, file access (LOAD FROM, COPY TO, EXPORT/IMPORT DATABASE, ATTACH), extensions
 * (INSTALL, UPDATE, UNINSTALL, LOAD EXTENSION), COMMENT ON, number-token and procedure-allowlist
 * tricks, table functions. Each answers 4xx; no answer holds a secret file's content; no file is
 * written; the graph is unchanged.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedFetch } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

const MARKER = "SECRET-MARKER-7f3a9c";
let t: TestServer;
let dir: string;
let secret: string;
let out: string;

async function cypher(query: string): Promise<{ status: number; text: string; body: Json }> {
  const res = await checkedFetch(`${t.baseUrl}/api/cypher`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Json };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "console-attacks-"));
  secret = path.join(dir, "secret.csv");
  writeFileSync(secret, `id,value\n1,${MARKER}\n`);
  out = path.join(dir, "out");
  t = await startTestServer();
}, 120_000);

afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Attack payloads (built once the paths exist). */
function payloads(): string[] {
  const s = secret;
  return [
    // the comment bypass: kuzu's block comment does not end at an even run of stars before '/'
    `UNWIND [1] AS x /* **/ //*/ LOAD FROM '${s}' RETURN *`,
    `UNWIND [1] AS x /* ****/ //*/ LOAD FROM '${s}' RETURN *`,
    `UNWIND [1] AS x /***/ //*/ LOAD FROM '${s}' RETURN *`,
    `RETURN 1 // only a carriage return\r LOAD FROM '${s}' RETURN *`,
    `RETURN 1; LOAD FROM '${s}' RETURN *`,
    `LOAD FROM '${s}' RETURN *`,
    `load from '${s}' return *`,
    `LOAD WITH HEADERS (id STRING, value STRING) FROM '${s}' RETURN *`,
    `CALL show_tables() WITH * LOAD FROM '${s}' RETURN *`,
    `COPY (RETURN 1) TO '${out}-copy.csv'`,
    `COPY (MATCH (n) RETURN n.id) TO '${out}-copy.parquet'`,
    `EXPORT DATABASE '${out}-export'`,
    `IMPORT DATABASE '${out}-import'`,
    `ATTACH '${out}-attached.kuzu' AS other (dbtype kuzu)`,
    "INSTALL json",
    "FORCE INSTALL json",
    "UPDATE json",
    "UNINSTALL json",
    `LOAD EXTENSION '${out}-lib.so'`,
    `LOAD '${out}-lib.so'`,
    "COMMENT ON TABLE Person IS 'owned'",
    // number tokens that swallowed letters, and procedure-allowlist tricks
    "UNWIND [1] AS x WITH x LIMIT 1CALL show_functions() RETURN *",
    "MATCH (n) WITH n LIMIT 1DELETE n",
    "MATCH (n) WITH n LIMIT 1 DELETE n",
    "CALL `show_functions`() RETURN *",
    "CALL Show_Functions() RETURN *",
    "CALL `SHOW_FUNCTIONS` () RETURN *",
    `CALL read_csv('${s}') RETURN *`,
    `CALL \`READ_CSV\`('${s}') RETURN *`,
    `CALL read_csv_serial('${s}') RETURN *`,
    `CALL file_info('${s}') RETURN *`,
    "CALL storage_info('Person') RETURN *",
    "CALL show_attached_databases() RETURN *",
    "CALL threads = 1",
    `RETURN read_csv('${s}') AS x`,
    `MATCH (n) RETURN \`read_parquet\`('${s}') AS x`,
    "RETURN nextval('seq') AS x",
    // other writes, schema and session statements
    "CREATE (:Person {id: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Person) SET n.name = 'x' RETURN n",
    "DROP TABLE Person",
    "CREATE MACRO m(x) AS x",
    "BEGIN TRANSACTION",
    "CHECKPOINT",
    "USE other",
    "DETACH other",
    "EXPLAIN MATCH (n) RETURN n",
  ];
}

describe("POST /api/cypher refuses attacks", () => {
  it("answers 4xx to every payload, without file content, and writes nothing", async () => {
    const answers: { q: string; status: number }[] = [];
    for (const q of payloads()) {
      const res = await cypher(q);
      answers.push({ q, status: res.status });
      expect(res.text, q).not.toContain(MARKER);
      expect(res.text, q).not.toContain(dir); // no server path echoed back
    }
    const not4xx = answers.filter((a) => a.status < 400 || a.status >= 500);
    expect(not4xx).toEqual([]);
    // nothing was written next to the secret (COPY TO, EXPORT, ATTACH targets)
    expect(readdirSync(dir)).toEqual(["secret.csv"]);
    for (const suffix of ["-copy.csv", "-copy.parquet", "-export", "-attached.kuzu"])
      expect(existsSync(`${out}${suffix}`)).toBe(false);
  }, 120_000);

  it("runs what kuzu reads: a comment that hides a statement from a naive lexer stays a comment", async () => {
    // kuzu reads everything after `RETURN 1` as one comment (`**/` does not close it).
    const res = await cypher(`RETURN 1 AS one /* **/ LOAD FROM '${secret}' RETURN * //*/`);
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([[1]]);
    expect(res.text).not.toContain(MARKER);
  });

  it("still answers allowlisted procedures and reading queries, and the graph is unchanged", async () => {
    const tables = await cypher("CALL SHOW_TABLES() RETURN name ORDER BY name");
    expect(tables.status).toBe(200);
    expect(tables.body.rows.map((r: unknown[]) => r[0])).toContain("Person");
    const count = await cypher("MATCH (p:Person) RETURN count(p) AS n");
    expect(count.status).toBe(200);
    expect(count.body.rows).toEqual([[6]]);
  });
});
