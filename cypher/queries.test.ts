/**
 * Offline checks of the query and schema files: every Neo4j variant and plain query parses with
 * the official Cypher parser (so a typo cannot reach a user), every name resolves for both
 * dialects, and the TypeScript property spec matches `schema/kuzu.cypher`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isNotParamError, lintCypherQuery } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { NODE_LABELS, REL_ENDPOINTS, REL_TYPES } from "../model/types.ts";
import { listQueryNames, loadQuery, loadSchema, QUERIES_DIR, queryFile } from "./load-query.ts";
import { NODE_PROPS, REL_PROPS } from "./schema-spec.ts";

const KUZU_TYPE = {
  string: "STRING",
  "string[]": "STRING[]",
  int: "INT64",
  bool: "BOOLEAN",
  evidence: "STRING[]",
} as const;

describe("query files", () => {
  const files = readdirSync(QUERIES_DIR).filter((f) => f.endsWith(".cypher") && !f.endsWith(".kuzu.cypher"));

  it.each(files)("%s parses as Neo4j Cypher", (file) => {
    const text = loadQuery(file.replace(/(\.neo4j)?\.cypher$/, ""), "neo4j");
    const errors = lintCypherQuery(text, {}).diagnostics.filter(
      (d) => d.severity === 1 && isNotParamError({ message: String(d.message) }),
    );
    expect(errors.map((e) => `${e.message} @${e.offsets.start}`)).toEqual([]);
  });

  it("every query resolves for both dialects and uses parameters, never inline ids", () => {
    for (const name of listQueryNames()) {
      for (const dialect of ["kuzu", "neo4j"] as const) {
        expect(queryFile(name, dialect), `${name} ${dialect}`).not.toBeNull();
        expect(loadQuery(name, dialect)).not.toMatch(/'(p|h|o|e|pl|a|r)_[0-9a-f]{16}'/);
      }
    }
    expect(() => loadQuery("../schema/kuzu", "kuzu")).toThrow();
    expect(() => loadQuery("no-such-query", "kuzu")).toThrow();
  });
});

describe("schema files", () => {
  it("kuzu.cypher declares exactly the spec's columns, rel endpoints and types", () => {
    const stmts = loadSchema("kuzu");
    for (const label of NODE_LABELS) {
      const stmt = stmts.find((s) => s.includes(`NODE TABLE IF NOT EXISTS ${label}(`));
      expect(stmt, label).toBeDefined();
      const cols = stmt!.slice(stmt!.indexOf("(") + 1, stmt!.lastIndexOf(")")).split(", ");
      expect(cols).toEqual(
        NODE_PROPS[label].map((p, i) => `${p.name} ${KUZU_TYPE[p.kind]}${i === 0 ? " PRIMARY KEY" : ""}`),
      );
    }
    for (const type of REL_TYPES) {
      const stmt = stmts.find((s) => s.includes(`REL TABLE IF NOT EXISTS ${type}(`));
      expect(stmt, type).toBeDefined();
      const parts = stmt!.slice(stmt!.indexOf("(") + 1, stmt!.lastIndexOf(")")).split(", ");
      const pairs = REL_ENDPOINTS[type].from.flatMap((f) =>
        REL_ENDPOINTS[type].to.map((t) => `FROM ${f} TO ${t}`),
      );
      // Relationship provenance is one STRING per column (list text, JSON array), not STRING[].
      const relType = (p: { name: string; kind: keyof typeof KUZU_TYPE }) =>
        p.name === "articleIds" || p.kind === "evidence" ? "STRING" : KUZU_TYPE[p.kind];
      expect(parts).toEqual([...pairs, ...REL_PROPS[type].map((p) => `${p.name} ${relType(p)}`)]);
      expect(parts).toContain("articleIds STRING");
      expect(parts).toContain("evidence STRING");
    }
  });

  it("neo4j.cypher has an id uniqueness constraint per label and parses", () => {
    const stmts = loadSchema("neo4j");
    for (const label of NODE_LABELS) {
      expect(stmts.some((s) => new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`).test(s))).toBe(
        true,
      );
    }
    for (const s of stmts) {
      expect(lintCypherQuery(s, {}).diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    }
    expect(readFileSync(path.join(QUERIES_DIR, "..", "schema", "neo4j.cypher"), "utf8")).toContain(
      "IF NOT EXISTS",
    );
  });
});
