/**
 * Unit tests of the read-only guard: refused clauses are named, keywords inside strings,
 * comments, backticks, property names and map keys do not trigger it, syntax errors carry positions,
 * comments/numbers/strings are read as kuzu reads them and the returned text is the one to run.
 */
import { describe, expect, it } from "vitest";
import { ForbiddenQueryError, InvalidInputError } from "../model/errors.ts";
import { lexCypher } from "./cypher-lexer.ts";
import { guardReadOnly } from "./read-only-guard.ts";

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

  it("lexCypher keeps strings, backticks and params whole", () => {
    const t = lexCypher("MATCH (n {name: 'a;b'}) WHERE n.`x y` = $p RETURN n");
    expect(t.find((x) => x.kind === "string")?.text).toBe("'a;b'");
    expect(t.find((x) => x.kind === "quoted")?.text).toBe("x y");
    expect(t.find((x) => x.kind === "param")?.text).toBe("$p");
  });

  it("reads block comments as kuzu does: an even run of stars before '/' does not close one", () => {
    // kuzu: '/*' ( ~[*] | '*' ~[/] )* '*/'
    expect(guardReadOnly("RETURN 1 /* **/ LOAD FROM '/etc/passwd' RETURN * //*/", "kuzu")).toBe("RETURN 1");
    expect(guardReadOnly("RETURN 1 /***/ + 2 */ AS x", "kuzu")).toBe("RETURN 1 AS x");
    expect(guardReadOnly("RETURN 1 /**/ + 2 AS x", "kuzu")).toBe("RETURN 1 + 2 AS x");
    expect(guardReadOnly("RETURN 1 /*/ + 2 */ AS x", "kuzu")).toBe("RETURN 1 AS x");
    expect(() =>
      guardReadOnly("UNWIND [1] AS x /* **/ //*/ LOAD FROM '/etc/passwd' RETURN *", "kuzu"),
    ).toThrow(/LOAD FROM/);
    expect(() => guardReadOnly("RETURN 1 /* not closed", "kuzu")).toThrow(InvalidInputError);
    expect(() => guardReadOnly("RETURN 1 // only a CR\r LOAD FROM 'x' RETURN *", "kuzu")).toThrow(
      InvalidInputError,
    );
  });

  it("refuses numbers that run into names and unknown escapes; re-encodes strings", () => {
    for (const q of [
      "UNWIND [1] AS x WITH x LIMIT 1CALL show_functions() RETURN *",
      "MATCH (n) WITH n LIMIT 1DELETE n",
      "RETURN 0x1F AS x",
      "RETURN 007 AS x",
      "RETURN 'a\\x' AS s".replace("\\\\", "\\"),
      "RETURN 'a\\u12' AS s".replace("\\\\", "\\"),
    ])
      expect(() => guardReadOnly(q, "kuzu"), q).toThrow(InvalidInputError);
    expect(guardReadOnly(`RETURN "it's \\"x\\" \\n" AS s`, "kuzu")).toBe("RETURN 'it\\'s \"x\" n' AS s");
    expect(guardReadOnly("RETURN 1e-5 AS x, .5 AS y, [1,2][0] AS z", "kuzu")).toBe(
      "RETURN 1e-5 AS x, .5 AS y, [1,2][0] AS z",
    );
  });

  it("allows only reading keywords, allowlisted procedures and functions (kuzu)", () => {
    for (const [q, clause] of [
      ["UPDATE json", "UPDATE"],
      ["UNINSTALL json", "UNINSTALL"],
      ["FORCE INSTALL json", "FORCE INSTALL"],
      ["COMMENT ON TABLE Person IS 'x'", "COMMENT ON"],
      ["EXPLAIN MATCH (n) RETURN n", "EXPLAIN"],
      ["CHECKPOINT", "CHECKPOINT"],
      ["CALL `show_functions`() RETURN *", "CALL show_functions"],
      ["CALL SHOW_FUNCTIONS() RETURN *", "CALL SHOW_FUNCTIONS"],
      ["CALL current_setting('threads') RETURN *", ""],
      ["RETURN read_csv('/etc/passwd') AS x", "the function read_csv"],
      ["RETURN `READ_PARQUET`('/x') AS x", "the function READ_PARQUET"],
      ["RETURN nextval('s') AS x", "the function nextval"],
      ["MATCH (n) RETURN n.name AS copy", "COPY"],
    ] as const) {
      if (!clause) expect(() => guardReadOnly(q, "kuzu"), q).not.toThrow();
      else expect(refusal(q, "kuzu"), q).toContain(`Refused: ${clause}`);
    }
    const ok = guardReadOnly("CALL `SHOW_TABLES`() RETURN *", "kuzu");
    expect(ok).toBe("CALL `SHOW_TABLES`() RETURN *");
    expect(() => guardReadOnly("MATCH (from)-[r]->(to) RETURN label(r) AS type, to.x", "kuzu")).not.toThrow();
  });
});
