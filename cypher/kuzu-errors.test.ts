/**
 * mapKuzuError against the messages of a real kuzu 0.11.3 database: each failing query runs as
 * the console worker runs it (runReadQuery, no guard), and the mapped error must have the right
 * status and code, our own wording, no raw `… exception:` prefix and no file path.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import kuzu from "kuzu";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, InvalidInputError } from "../model/errors.ts";
import { hasPath } from "../model/scrub-paths.ts";
import { mapKuzuError } from "./kuzu-errors.ts";
import { runReadQuery } from "./kuzu-read-query.ts";

const run = promisify(execFile);
let dir: string;
let db: InstanceType<typeof kuzu.Database>;
let conn: InstanceType<typeof kuzu.Connection>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "laomo-kuzu-errors-"));
  // A small buffer pool, so that a modest query runs out of memory quickly.
  db = new kuzu.Database(path.join(dir, "db"), 64 * 1024 * 1024);
  conn = new kuzu.Connection(db);
  for (const q of [
    "CREATE NODE TABLE Person(id STRING, name STRING, PRIMARY KEY(id))",
    "CREATE REL TABLE KNOWS(FROM Person TO Person)",
    "CREATE (:Person {id: 'a', name: 'A'}), (:Person {id: 'b', name: 'B'})",
  ]) {
    const res = await conn.query(q);
    for (const r of Array.isArray(res) ? res : [res]) r.close();
  }
});

afterAll(async () => {
  await conn?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `query` the way the console worker does and returns the raw kuzu error and its mapping. */
async function fail(
  query: string,
  params: Record<string, unknown> = {},
  timeoutMs = 30_000,
): Promise<{ raw: string; mapped: Error }> {
  try {
    await runReadQuery(conn, query, params, { timeoutMs, rowLimit: 10 });
  } catch (e) {
    return { raw: e instanceof Error ? e.message : String(e), mapped: mapKuzuError(e, `query in ${dir}`) };
  }
  throw new Error(`expected ${query} to fail`);
}

function expectClean(mapped: Error, raw: string): void {
  expect(mapped.message).not.toMatch(/exception:/i);
  expect(hasPath(mapped.message), mapped.message).toBe(false);
  expect(mapped.message).not.toContain(dir);
  expect(mapped.message).not.toBe(raw);
  expect(mapped.message.length).toBeLessThan(300);
}

interface Case {
  query: string;
  params?: Record<string, unknown>;
  status: number;
  code: string;
  /** Something of the user's own query that the message must still name. */
  says?: RegExp;
}

const CASES: Case[] = [
  { query: "RETURN nosuchfn(1)", status: 400, code: "invalid_input", says: /Unknown function "NOSUCHFN"/ },
  // Prepares fine, fails on execute: was a 500 with kuzu's text.
  {
    query: "RETURN nosuchfn($x)",
    params: { x: 1 },
    status: 400,
    code: "invalid_input",
    says: /Unknown function "NOSUCHFN"/,
  },
  { query: "MATCH (n:Nope) RETURN n", status: 400, code: "invalid_input", says: /label .*"Nope"/ },
  { query: "MATCH ()-[r:NOPE]->() RETURN r", status: 400, code: "invalid_input", says: /"NOPE"/ },
  {
    query: "MATCH (n:Person) RETURN n.nope",
    status: 400,
    code: "invalid_input",
    says: /property "nope" on n/,
  },
  { query: "RETURN y", status: 400, code: "invalid_input", says: /Unknown variable "y"/ },
  { query: "MATCH (n:Person) RETURN n.name ORDER BY m", status: 400, code: "invalid_input", says: /"m"/ },
  {
    query: "MATCH (n:Person) RETRN n",
    status: 400,
    code: "invalid_input",
    says: /^Syntax error at line 1, column 18, near "RETRN"/,
  },
  {
    query: "MATCH (n:Person)\nWHERE n.id = \nRETURN n",
    status: 400,
    code: "invalid_input",
    says: /^Syntax error at line 3, column 8/,
  },
  { query: "RETURN 1/0", status: 400, code: "invalid_input", says: /Divide by zero/ },
  { query: "RETURN CAST('abc' AS INT64)", status: 400, code: "invalid_input", says: /converted/ },
  { query: "RETURN 9223372036854775807 + 1", status: 400, code: "invalid_input", says: /out of range/ },
  { query: "RETURN CAST(1 AS NOSUCHTYPE)", status: 400, code: "invalid_input", says: /"NOSUCHTYPE"/ },
  {
    query: "MATCH (p:Person)\nWHERE p.id = 'a' RETRN p",
    status: 400,
    code: "invalid_input",
    says: /^Syntax error at line 2, column 18, near "RETRN"/,
  },
  {
    query: "MATCH (p:Person) RETURN p LIMIT",
    status: 400,
    code: "invalid_input",
    says: /^Syntax error at line 1/,
  },
  { query: "RETURN [1,2][10]", status: 400, code: "invalid_input" },
  { query: "RETURN date('nope')", status: 400, code: "invalid_input" },
  { query: "RETURN 'a' + 1", status: 400, code: "invalid_input", says: /\+ does not take .*STRING,INT64/ },
  {
    query: "MATCH (n:Person) RETURN sum(n.name)",
    status: 400,
    code: "invalid_input",
    says: /SUM .*\(STRING\)/,
  },
  {
    query: "RETURN substring('abc', $x, 1)",
    params: { x: "a" },
    status: 400,
    code: "invalid_input",
    says: /SUBSTRING/,
  },
  { query: "CALL nosuch() RETURN *", status: 400, code: "invalid_input", says: /"nosuch"/ },
  // Internal paths in kuzu's text never reach the message.
  { query: "LOAD FROM '/etc/laomo-missing.csv' RETURN *", status: 400, code: "invalid_input" },
  { query: `LOAD FROM '${"/tmp/laomo-x/a/b.csv"}' RETURN *`, status: 400, code: "invalid_input" },
  {
    query: "UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y WITH x, collect(y) AS ys RETURN count(*)",
    status: 422,
    code: "query_too_large",
    says: /LIMIT/,
  },
];

describe("mapKuzuError on real kuzu messages", () => {
  it.each(CASES)("$query → $status $code", async ({ query, params, status, code, says }) => {
    const { raw, mapped } = await fail(query, params);
    expect(mapped).toBeInstanceOf(AppError);
    const app = mapped as AppError;
    expect({ status: app.status, code: app.code }).toEqual({ status, code });
    expectClean(mapped, raw);
    if (says) expect(mapped.message).toMatch(says);
  });

  it("an interrupted (timed-out) query is 408 query_timeout", async () => {
    const { raw, mapped } = await fail(
      "UNWIND range(1, 20000) AS x UNWIND range(1, 20000) AS y WITH x + y AS s WHERE s % 7 = 0 RETURN count(*)",
      {},
      50,
    );
    expect(raw).toMatch(/^Interrupted/);
    expect({ status: (mapped as AppError).status, code: (mapped as AppError).code }).toEqual({
      status: 408,
      code: "query_timeout",
    });
    expectClean(mapped, raw);
  });

  it("a read-write open from another process while this one holds it is 503 store_unavailable, without the path", async () => {
    // A second process gets kuzu's real lock error (its text names the database file).
    const script =
      "import kuzu from 'kuzu'; try { const d = new kuzu.Database(process.argv[1]); await d.init(); " +
      "console.log('OPENED'); } catch (e) { console.log(e.message); }";
    const { stdout } = await run(
      process.execPath,
      ["--input-type=module", "-e", script, path.join(dir, "db")],
      {
        cwd: process.cwd(),
      },
    );
    const raw = stdout.trim();
    expect(raw).toMatch(/lock/i);
    expect(raw).toContain(dir);
    const mapped = mapKuzuError(new Error(raw), `open ${path.join(dir, "db")}`);
    expect((mapped as AppError).code).toBe("store_unavailable");
    expectClean(mapped, raw);
  });

  it("unknown failures get the generic 500 and keep the original as cause", () => {
    const original = new Error("Storage exception: page 17 of /var/lib/x/db is corrupt");
    const mapped = mapKuzuError(original, "query");
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).status).toBe(500);
    expect(mapped.message).toBe("The database could not run this query.");
    expect(mapped.cause).toBe(original);
  });

  it("errors that are not kuzu's pass unchanged (the error middleware hides their text)", () => {
    const hook = new Error("simulated crash before the switch");
    expect(mapKuzuError(hook, "replace graph")).toBe(hook);
  });

  it("our own errors pass unchanged; one that wraps raw kuzu text is re-mapped", () => {
    const ours = new InvalidInputError("Refused: LOAD FROM is not allowed");
    expect(mapKuzuError(ours, "query")).toBe(ours);
    const wrapped = new InvalidInputError("Binder exception: Table Nope does not exist.");
    const mapped = mapKuzuError(wrapped, "query");
    expect(mapped.message).toBe('Unknown node label or relationship type "Nope".');
  });
});
