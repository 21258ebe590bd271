/**
 * Relationship provenance texts of the embedded store: article ids round-trip through the list
 * text (as kuzu's CAST reads it back, checked by schema-columns.test.ts), evidence becomes one JSON
 * array, and ids the list text cannot carry are refused before any write.
 */
import { describe, expect, it } from "vitest";
import { encodeIdList, kuzuRelRow } from "./kuzu-rel-provenance.ts";
import { decodeIdList, encodeEvidence, parseEvidence } from "./plain-values.ts";

describe("relationship provenance as text", () => {
  it("round-trips article ids and evidence", () => {
    const ids = ["a_0123456789abcdef", "a_fedcba9876543210"];
    expect(encodeIdList(ids)).toBe("[a_0123456789abcdef,a_fedcba9876543210]");
    expect(decodeIdList(encodeIdList(ids))).toEqual(ids);
    expect(decodeIdList(encodeIdList([]))).toEqual([]);
    expect(decodeIdList(null)).toEqual([]);
    const evidence = [
      { articleId: ids[0]!, sentence: "柏晓川说，“一起干”。", offset: 3, spanStart: 0, spanEnd: 3 },
      { articleId: ids[1]!, sentence: 'a "quoted", [bracketed] line', offset: 9, spanStart: 1, spanEnd: 2 },
    ];
    const row = kuzuRelRow({
      from: "p",
      to: "o",
      id: "r_1",
      articleIds: ids,
      evidence: encodeEvidence(evidence),
    });
    expect(row).toMatchObject({ from: "p", to: "o", id: "r_1", articleIds: encodeIdList(ids) });
    expect(typeof row.evidence).toBe("string");
    expect(parseEvidence(row.evidence)).toEqual(evidence);
    expect(parseEvidence(kuzuRelRow({ articleIds: [], evidence: [] }).evidence)).toEqual([]);
  });

  it("refuses ids the list text cannot carry", () => {
    for (const bad of ["a,b", "a]", "[a", " a", "a ", "", "a'b", 'a"b'])
      expect(() => encodeIdList([bad]), JSON.stringify(bad)).toThrow(/not a plain id/);
  });
});
