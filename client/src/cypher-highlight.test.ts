import { describe, expect, it } from "vitest";
import { tokenizeCypher } from "./cypher-highlight.ts";

const kinds = (q: string) =>
  tokenizeCypher(q)
    .filter((t) => t.kind !== "space")
    .map((t) => [t.kind, t.text]);

describe("tokenizeCypher", () => {
  it("classifies keywords, labels, strings, params, functions and numbers", () => {
    expect(
      kinds(
        "MATCH (p:Person)-[:HAS_HONOUR]->(h) WHERE h.name = '全国劳动模范' AND p.id = $id RETURN count(h) LIMIT 10",
      ),
    ).toEqual([
      ["keyword", "MATCH"],
      ["punct", "("],
      ["variable", "p"],
      ["punct", ":"],
      ["label", "Person"],
      ["punct", ")"],
      ["operator", "-"],
      ["punct", "["],
      ["punct", ":"],
      ["label", "HAS_HONOUR"],
      ["punct", "]"],
      ["operator", "->"],
      ["punct", "("],
      ["variable", "h"],
      ["punct", ")"],
      ["keyword", "WHERE"],
      ["variable", "h"],
      ["punct", "."],
      ["variable", "name"],
      ["operator", "="],
      ["string", "'全国劳动模范'"],
      ["keyword", "AND"],
      ["variable", "p"],
      ["punct", "."],
      ["variable", "id"],
      ["operator", "="],
      ["param", "$id"],
      ["keyword", "RETURN"],
      ["function", "count"],
      ["punct", "("],
      ["variable", "h"],
      ["punct", ")"],
      ["keyword", "LIMIT"],
      ["number", "10"],
    ]);
  });

  it("loses no character, even in unterminated strings and comments", () => {
    const q = "// note\nMATCH (n) /* c */ RETURN 'open\nWITH `odd name` AS x ~ ¤";
    expect(
      tokenizeCypher(q)
        .map((t) => t.text)
        .join(""),
    ).toBe(q);
    expect(tokenizeCypher("// x").map((t) => t.kind)).toEqual(["comment"]);
  });

  it("treats keywords case-insensitively and Chinese identifiers as words", () => {
    expect(kinds("match (人物) return 人物")).toEqual([
      ["keyword", "match"],
      ["punct", "("],
      ["variable", "人物"],
      ["punct", ")"],
      ["keyword", "return"],
      ["variable", "人物"],
    ]);
  });
});
