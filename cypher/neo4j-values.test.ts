/**
 * Value conversion of the Neo4j adapter with the driver's real Integer, Node, Relationship, Path
 * and Record classes (no server needed), and the error-code mapping.
 */
import neo4j, { Record as Neo4jRecord, Node, Path, PathSegment, Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  ForbiddenQueryError,
  InvalidInputError,
  QueryTimeoutError,
  StoreUnavailableError,
} from "../model/errors.ts";
import { mapNeo4jError } from "./neo4j-errors.ts";
import { type Neo4jConvertContext, neo4jRecordToPlain, toNeo4jParams } from "./neo4j-values.ts";
import { GraphCollector } from "./plain-values.ts";

const evidence = JSON.stringify({
  articleId: "a_1",
  sentence: '他说："好，很好"\n第二行',
  offset: 7,
  spanStart: 0,
  spanEnd: 2,
});

function fixtures() {
  const p = new Node(
    neo4j.int(1),
    ["Person"],
    { id: "p_1", name: "周敏", aliases: ["小周"], evidence: [evidence], generation: neo4j.int(5) },
    "4:x:1",
  );
  const o = new Node(
    neo4j.int(2),
    ["Organization"],
    { id: "o_1", name: "青禾", orgType: "company" },
    "4:x:2",
  );
  const r = new Relationship(
    neo4j.int(9),
    neo4j.int(1),
    neo4j.int(2),
    "WORKS_FOR",
    { id: "r_1", jobTitle: "主任", evidence: [evidence] },
    "5:x:9",
    "4:x:1",
    "4:x:2",
  );
  return { p, o, r };
}

describe("neo4j value conversion", () => {
  it("converts Integer, Node and Relationship to plain objects with our ids and parsed evidence", () => {
    const { p, o, r } = fixtures();
    const record = new Neo4jRecord(
      ["p", "r", "o", "n", "big"],
      [p, r, o, neo4j.int(42), neo4j.int("9007199254740993")],
    );
    const collector = new GraphCollector();
    const ctx: Neo4jConvertContext = { elementIds: new Map(), collector };
    const [pp, rr, oo, n, big] = neo4jRecordToPlain(record, ctx);
    expect(pp).toMatchObject({ id: "p_1", label: "Person", name: "周敏", aliases: ["小周"], pinyin: null });
    expect(pp).not.toHaveProperty("generation");
    expect((pp as { evidence: unknown[] }).evidence).toEqual([JSON.parse(evidence)]);
    expect(rr).toMatchObject({
      id: "r_1",
      type: "WORKS_FOR",
      source: "p_1",
      target: "o_1",
      jobTitle: "主任",
    });
    expect(oo).toMatchObject({ id: "o_1", label: "Organization", aliases: [] });
    expect(n).toBe(42);
    expect(big).toBe("9007199254740993");
    const g = collector.toSerialized();
    expect(g.nodes.map((x) => x.key).sort()).toEqual(["o_1", "p_1"]);
    expect(g.edges).toEqual([expect.objectContaining({ key: "r_1", source: "p_1", target: "o_1" })]);
  });

  it("converts a Path to ordered nodes and rels, and maps with evidence", () => {
    const { p, o, r } = fixtures();
    const path = new Path(p, o, [new PathSegment(p, r, o)]);
    const record = new Neo4jRecord(
      ["path", "m"],
      [path, { evidence: [evidence], year: neo4j.int(2020), list: [neo4j.int(1)] }],
    );
    const [pp, m] = neo4jRecordToPlain(record, { elementIds: new Map() });
    expect((pp as { nodes: { id: string }[] }).nodes.map((x) => x.id)).toEqual(["p_1", "o_1"]);
    expect((pp as { rels: { source: string }[] }).rels[0]?.source).toBe("p_1");
    expect(m).toEqual({ evidence: [JSON.parse(evidence)], year: 2020, list: [1] });
  });

  it("turns integral parameters into Integer and leaves others", () => {
    const out = toNeo4jParams({
      limit: 10,
      ratio: 0.5,
      ids: ["a"],
      rows: [{ year: 2020, name: "x" }],
    }) as Record<string, unknown>;
    expect(neo4j.isInt(out.limit)).toBe(true);
    expect(out.ratio).toBe(0.5);
    expect(neo4j.isInt((out.rows as { year: unknown }[])[0]?.year)).toBe(true);
  });

  it("maps Neo4j error codes to typed errors", () => {
    const err = (code: string) => Object.assign(new Error("x"), { code });
    expect(mapNeo4jError(err("Neo.ClientError.Statement.SyntaxError"), "q")).toBeInstanceOf(
      InvalidInputError,
    );
    expect(
      mapNeo4jError(err("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"), "q"),
    ).toBeInstanceOf(QueryTimeoutError);
    expect(mapNeo4jError(err("Neo.ClientError.Statement.AccessMode"), "q")).toBeInstanceOf(
      ForbiddenQueryError,
    );
    expect(mapNeo4jError(err("ServiceUnavailable"), "q")).toBeInstanceOf(StoreUnavailableError);
  });
});
