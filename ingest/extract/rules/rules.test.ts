import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleExtraction, Span } from "../../types.ts";
// How talks and lists are read, speakers without an honour included (persons in the graph are the honourees).
import { extractKeepingOfficials as extractArticle } from "../index.ts";
import { testArticle } from "../test-article.ts";
import { setMinRulePrecision } from "./calibration.ts";
import { RULE_TABLES } from "./index.ts";

// The tables say what each rule reads: every rule's facts kept, those calibrated scoring drops
// too (calibration.test.ts checks the dropping).
beforeAll(() => setMinRulePrecision(0));
afterAll(() => setMinRulePrecision(undefined));

/** Every rule id carried by a fact of the extraction. */
function rulesIn(x: ArticleExtraction): Set<string> {
  const spans: Span[] = [];
  for (const p of x.persons) {
    spans.push(p.evidence);
    for (const h of p.honours) spans.push(h.evidence);
    for (const e of p.employers) spans.push(e.evidence);
    for (const s of p.spokeAt) spans.push(s.evidence);
    for (const a of p.aliases) spans.push(a.evidence);
  }
  for (const c of x.collectives) {
    for (const h of c.honours) spans.push(h.evidence);
    for (const s of c.spokeAt) spans.push(s.evidence);
  }
  for (const e of x.events) {
    spans.push(e.evidence);
    for (const v of e.venues) spans.push(v.evidence);
    for (const o of e.organizers) spans.push(o.evidence);
  }
  return new Set(spans.flatMap((s) => (s.rule ? [s.rule] : [])));
}

describe("rule tables", () => {
  it("ids are unique and prefixed by their table's kind", () => {
    const seen = new Set<string>();
    for (const table of RULE_TABLES)
      for (const rule of table.rules) {
        expect(rule.id.startsWith(`${table.kind}.`), rule.id).toBe(true);
        expect(rule.id).toMatch(/^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/);
        expect(seen.has(rule.id), `duplicate ${rule.id}`).toBe(false);
        seen.add(rule.id);
        expect(rule.match.length, `${rule.id} needs an example that must match`).toBeGreaterThan(0);
      }
  });

  for (const table of RULE_TABLES)
    describe(table.kind, () => {
      for (const rule of table.rules) {
        it.each(rule.match)(`${rule.id} fires on %s`, (text) => {
          if (rule.pattern) expect(rule.pattern.test(text.replace(/^[^\n]*\n/, "")), "pattern").toBe(true);
          expect([...rulesIn(extractArticle(testArticle(text)))]).toContain(rule.id);
        });
        if (rule.noMatch.length > 0)
          it.each(rule.noMatch)(`${rule.id} stays silent on %s`, (text) => {
            expect([...rulesIn(extractArticle(testArticle(text)))]).not.toContain(rule.id);
          });
      }
    });
});
