/**
 * Unit tests of the read-only guard: refused clauses are named, keywords inside strings,
 * comments, backticks, property names and map keys do not trigger it, syntax errors carry positions.
 */
import { describe, expect, it } from "vitest";
import { ForbiddenQueryError, InvalidInputError } from "../model/errors.ts";
import { guardReadOnly, scanTokens } from "./read-only-guard.ts";

function refusal(q: string, dialect: "kuzu" | "neo4j" = "neo4j"): string {
  try {
    guardReadOnly(q, dialect);
  } catch (e) {
    if (e instanceof ForbiddenQueryError) return e.message;
    throw e;
  }
  throw new Error(`not refused: ${q}`);
}

describe("guardReadOnly", () => {
  it.each([
    ["CREATE (n:Person {id: 'x'})", "CREATE"],
    ["MERGE (n:Person {id: 'x'}) RETURN n", "MERGE"],
    ["MATCH (n) SET n.x = 1", "SET"],
    ["MATCH (n) DELETE n", "DELETE"],
    ["MATCH (n) DETACH DELETE n", "DETACH DELETE"],
    ["MATCH (n) REMOVE n.x", "REMOVE"],
    ["DROP INDEX foo", "DROP"],
    ["ALTER TABLE Person ADD x STRING", "ALTER"],
    ["LOAD CSV FROM 'file:///x' AS l RETURN l", "LOAD CSV"],
    ["LOAD FROM '/etc/passwd' RETURN *", "LOAD FROM"],
    ["LOAD EXTENSION json", "LOAD EXTENSION"],
    ["COPY (MATCH (n) RETURN n) TO '/tmp/x.csv'", "COPY … TO"],
    ["copy Person from '/tmp/x.csv'", "COPY … FROM"],
    ["ATTACH '/tmp/other.kuzu' AS other (dbtype kuzu)", "ATTACH"],
    ["INSTALL httpfs", "INSTALL"],
    ["EXPORT DATABASE '/tmp/x'", "EXPORT DATABASE"],
    ["IMPORT DATABASE '/tmp/x'", "IMPORT DATABASE"],
    ["USE other MATCH (n) RETURN n", "USE"],
    ["CALL apoc.load.json('http://x') YIELD value RETURN value", "CALL apoc.load.json"],
    ["CALL threads=4", "CALL threads"],
    ["MATCH (n) FOREACH (x IN [1] | SET n.y = x)", "FOREACH"],
    ["BEGIN TRANSACTION", "BEGIN TRANSACTION"],
  ])("refuses %s naming %s", (q, clause) => {
    expect(refusal(q, "kuzu")).toContain(`Refused: ${clause}`);
  });

  it("refuses writes hidden inside a CALL subquery", () => {
    expect(refusal("MATCH (n) CALL { WITH n CREATE (m) } RETURN n")).toContain("CREATE");
  });

  it("accepts reading queries, allowlisted procedures and keywords that are only text", () => {
    const ok = [
      "MATCH (n:Person) WHERE n.name = 'CREATE (x)' RETURN n",
      'MATCH (n) WHERE n.name = "DELETE \\" SET" RETURN n.set, n.delete',
      "MATCH (n) // SET n.x = 1\nRETURN n",
      "MATCH (n) /* DETACH DELETE n */ RETURN n",
      "MATCH (`create`) RETURN `create`",
      "RETURN {set: 1, remove: 2} AS m",
      "CALL db.labels() YIELD label RETURN label",
      "MATCH (n) RETURN n;",
      "MATCH (n) WHERE n.id = $id RETURN n LIMIT $limit",
    ];
    for (const q of ok) expect(() => guardReadOnly(q, "neo4j"), q).not.toThrow();
    expect(() => guardReadOnly("CALL show_tables() RETURN *", "kuzu")).not.toThrow();
    expect(() => guardReadOnly("MATCH p = (a)-[e* SHORTEST 1..3]-(b) RETURN label(a)", "kuzu")).not.toThrow();
  });

  it("refuses several statements and empty input as invalid input", () => {
    expect(() => guardReadOnly("MATCH (n) RETURN n; MATCH (m) RETURN m", "kuzu")).toThrow(InvalidInputError);
    expect(() => guardReadOnly("  // nothing\n", "kuzu")).toThrow(InvalidInputError);
  });

  it("reports Neo4j syntax errors with the parser's message and position", () => {
    let err: unknown;
    try {
      guardReadOnly("MATCH (n:Person)\nRETURN n LIMIT", "neo4j");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as Error).message).toMatch(/line 2, column \d+/);
    expect((err as Error).message).toMatch(/expected/);
  });

  it("scanTokens keeps strings, backticks and params whole", () => {
    const t = scanTokens("MATCH (n {name: 'a;b'}) WHERE n.`x y` = $p RETURN n");
    expect(t.find((x) => x.kind === "string")?.text).toBe("'a;b'");
    expect(t.find((x) => x.kind === "quoted")?.text).toBe("x y");
    expect(t.find((x) => x.kind === "param")?.text).toBe("$p");
  });
});
