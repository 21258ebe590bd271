/**
 * Calibrated scoring: the facts of a rule measured wrong more often than right (over enough
 * facts) are left out; rules seen too rarely, unknown rules and a bar of 0 keep theirs; the
 * shipped table names only rules the tables have, and the extraction applies it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../index.ts";
import { testArticle, testSpan } from "../test-article.ts";
import {
  MIN_HITS,
  precisionTable,
  type RulePrecisionTable,
  reliableFilter,
  rulesBelow,
  setMinRulePrecision,
  setPrecisionTable,
  withoutUnreliable,
} from "./calibration.ts";
import { ruleIndex } from "./index.ts";

const TABLE: RulePrecisionTable = {
  measuredOn: { sets: ["test"], articles: 1 },
  rules: {
    "test.poor": { hits: 10, right: 4 },
    "test.rare": { hits: MIN_HITS - 1, right: 0 },
    "test.good": { hits: 10, right: 9 },
    "test.even": { hits: 10, right: 5 },
  },
};

const fact = (name: string, rule?: string) => ({ name, evidence: testSpan(rule) });

afterEach(() => {
  setMinRulePrecision(undefined);
  setPrecisionTable(undefined);
});

describe("calibrated scoring", () => {
  it("drops a rule below the bar over enough facts, keeps rare, unknown and rule-less facts", () => {
    expect(rulesBelow(0.5, TABLE).map(([id]) => id)).toEqual(["test.poor"]);
    expect(rulesBelow(0.6, TABLE).map(([id]) => id)).toEqual(["test.even", "test.poor"]);
    expect(rulesBelow(0, TABLE)).toEqual([]);
    const keep = reliableFilter(0.5, TABLE)!;
    const list = [
      fact("a", "test.poor"),
      fact("b", "test.rare"),
      fact("c", "test.good"),
      fact("d"),
      fact("e", "x.new"),
    ];
    expect(keep(list).map((f) => f.name)).toEqual(["b", "c", "d", "e"]);
    // Nothing to drop: the same list back.
    const clean = [fact("c", "test.good")];
    expect(keep(clean)).toBe(clean);
    expect(reliableFilter(0, TABLE)).toBeNull();
    expect(reliableFilter(0.5, null)).toBeNull();
  });

  it("filters persons, collectives and events; a collective left with no honour goes", () => {
    setPrecisionTable(TABLE);
    setMinRulePrecision(0.5);
    const person = {
      honours: [fact("H1", "test.poor"), fact("H2", "test.good")],
      employers: [fact("U1", "test.poor")],
      spokeAt: [fact("E1")],
    };
    const collective = { honours: [fact("H3", "test.poor")], spokeAt: [] };
    const event = { organizers: [fact("O1", "test.poor"), fact("O2")], venues: [fact("V1", "test.poor")] };
    const out = withoutUnreliable([person], [collective], [event]);
    expect(out.persons[0]!.honours.map((h) => h.name)).toEqual(["H2"]);
    expect(out.persons[0]!.employers).toEqual([]);
    expect(out.persons[0]!.spokeAt).toBe(person.spokeAt);
    expect(out.collectives).toEqual([]);
    expect(out.events[0]!.organizers.map((o) => o.name)).toEqual(["O2"]);
    expect(out.events[0]!.venues).toEqual([]);
    setMinRulePrecision(0);
    expect(withoutUnreliable([person], [collective], [event]).collectives).toEqual([collective]);
  });

  it("the shipped table names only rules of the tables, measured on the hand-annotated sets", () => {
    const t = precisionTable();
    expect(t).not.toBeNull();
    expect(t!.measuredOn.sets).toEqual(["seed", "fixtures", "real-dev"]);
    const known = ruleIndex();
    for (const [id, row] of Object.entries(t!.rules)) {
      expect(known.has(id), `${id} is in no rule table`).toBe(true);
      expect(row.right).toBeLessThanOrEqual(row.hits);
    }
  });

  it("the extraction leaves out the facts of a rule below the bar, and keeps them at 0", () => {
    // A name on a line of its own, then its card of posts and honours (person.name-line).
    const text = "远江劳模风采\n◆韩春林\n远江机械厂钳工首席技师，远江省劳动模范。";
    setPrecisionTable({
      measuredOn: { sets: ["test"], articles: 1 },
      rules: { "person.name-line": { hits: 10, right: 3 } },
    });
    setMinRulePrecision(0);
    const han = extractArticle(testArticle(text)).persons.find((p) => p.name === "韩春林");
    expect(han?.honours.map((h) => [h.name, h.evidence.rule])).toEqual([
      ["远江省劳动模范", "person.name-line"],
    ]);
    setMinRulePrecision(0.5);
    expect(extractArticle(testArticle(text)).persons.find((p) => p.name === "韩春林")).toBeUndefined();
    // Measured right often enough, the rule keeps its facts.
    setPrecisionTable({
      measuredOn: { sets: ["test"], articles: 1 },
      rules: { "person.name-line": { hits: 10, right: 6 } },
    });
    expect(extractArticle(testArticle(text)).persons.find((p) => p.name === "韩春林")).toEqual(han);
  });
});
