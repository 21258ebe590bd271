/**
 * Per-rule report: each predicted tuple (in the scorer's terms) keeps the id of the rule whose
 * evidence produced it (`Span.rule`); a tuple is wrong when the scorer lists it as spurious
 * (`+` line), right otherwise. The conversion to tuples follows ingest/extract/to-gold.ts
 * (a value kept once per holder takes the rule of its first mention).
 *
 * A `+` line is tied back to its tuple by relation, article and values. The scorer writes the
 * event of SPOKE_AT / ORGANIZED_BY / HELD_AT as a gold key or `unmatched:<predicted name>`: the
 * latter picks the tuple of that event, a gold key the last tuple of the same person / org /
 * venue in that article not yet taken — exact unless one holder has the same relation to
 * several events of one article with different rules.
 */
import type { ArticleExtraction } from "../ingest/types.ts";
import { type MissLine, norm, parseMiss } from "./scorer.ts";

export const NO_RULE = "(no rule)";

export interface RuleTuple {
  relation: string;
  /** Title of the predicted article as scored. */
  where: string;
  /** Holder (person or collective), org, venue or credit name, normalised. */
  who: string;
  /** Honour, employer, role … normalised; "" when the relation has none. */
  value: string;
  /** Predicted event name (SPOKE_AT, ORGANIZED_BY, HELD_AT). */
  event: string | null;
  rule: string | null;
}

const uniqBy = <T>(xs: readonly T[], key: (x: T) => string): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** Every tuple the scorer will see for these articles, in its order, each with its rule. */
export function ruleTuples(preds: readonly ArticleExtraction[]): RuleTuple[] {
  const out: RuleTuple[] = [];
  for (const a of preds) {
    const where = a.title;
    const push = (relation: string, who: string, value: string, event: string | null, rule?: string) =>
      out.push({ relation, where, who: norm(who), value, event, rule: rule ?? null });
    const eventName = (key: string) => a.events.find((e) => e.key === key)?.name ?? null;
    for (const role of ["REPORTED", "PHOTOGRAPHED"] as const) {
      const roles = role === "REPORTED" ? ["reporter", "correspondent"] : ["photographer"];
      for (const c of uniqBy(
        a.credits.filter((c) => roles.includes(c.role)),
        (c) => c.name,
      ))
        push(role, c.name, "", null);
    }
    const holders = [
      ...a.persons.map((p) => ({
        name: p.name,
        honours: p.honours,
        employers: p.employers,
        spokeAt: p.spokeAt,
      })),
      ...a.collectives.map((c) => ({ name: c.name, honours: c.honours, employers: [], spokeAt: c.spokeAt })),
    ];
    for (const h of holders)
      for (const x of uniqBy(h.honours, (x) => x.name))
        push("HAS_HONOUR", h.name, norm(x.name), null, x.evidence.rule);
    for (const h of holders)
      for (const x of uniqBy(h.employers, (x) => x.org))
        push("WORKS_FOR", h.name, norm(x.org), null, x.evidence.rule);
    for (const h of holders)
      for (const x of uniqBy(h.spokeAt, (x) => x.eventKey))
        push("SPOKE_AT", h.name, "", eventName(x.eventKey), x.evidence.rule);
    for (const e of a.events)
      for (const o of e.organizers)
        push("ORGANIZED_BY", o.org, String(o.role ?? null), e.name, o.evidence.rule);
    for (const e of a.events) for (const v of e.venues) push("HELD_AT", v.name, "", e.name, v.evidence.rule);
  }
  return out;
}

const keyOf = (relation: string, where: string, who: string, value: string) =>
  [relation, norm(where), who, value].join("\u0000");

/** The key of a spurious line's tuple, as ruleTuples keys its tuples; null for ARTICLE. */
function missKey(m: MissLine): { key: string; event: string | null } | null {
  const t = (m.tuple ?? {}) as Record<string, unknown>;
  const ev = typeof t.e === "string" && t.e.startsWith("unmatched:") ? t.e.slice("unmatched:".length) : null;
  switch (m.relation) {
    case "REPORTED":
    case "PHOTOGRAPHED":
      return { key: keyOf(m.relation, m.where, norm(m.tuple), ""), event: null };
    case "HAS_HONOUR":
    case "WORKS_FOR":
      return { key: keyOf(m.relation, m.where, norm(t.who), norm(t.v)), event: null };
    case "SPOKE_AT":
      return { key: keyOf(m.relation, m.where, norm(t.who), ""), event: ev };
    case "ORGANIZED_BY":
      return { key: keyOf(m.relation, m.where, norm(t.org), String(t.role ?? null)), event: ev };
    case "HELD_AT":
      return { key: keyOf(m.relation, m.where, norm(t.v), ""), event: ev };
    default:
      return null;
  }
}

export interface RuleRow {
  rule: string;
  hits: number;
  correct: number;
  wrong: number;
  /** correct / hits. */
  precision: number;
}

export interface RuleReport {
  rows: RuleRow[];
  /** Spurious lines no tuple was found for (should be none; a sign to-gold changed). */
  unmatched: string[];
  /** Tuples without a rule per relation (credits have none; other code paths should get one). */
  noRuleByRelation: Record<string, number>;
}

/** Hits, right and wrong per rule id for the scored predictions and the scorer's miss lines. */
export function ruleReport(preds: readonly ArticleExtraction[], missLines: readonly string[]): RuleReport {
  const tuples = ruleTuples(preds);
  const wrong = new Array<boolean>(tuples.length).fill(false);
  const byKey = new Map<string, number[]>();
  tuples.forEach((t, i) => {
    const k = keyOf(t.relation, t.where, t.who, t.value);
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const spurious = missLines
    .map(parseMiss)
    .filter((m): m is MissLine => m !== null && m.sign === "+" && m.relation !== "ARTICLE")
    .map((m) => ({ m, k: missKey(m) }));
  // Lines naming an unmatched predicted event first: they identify their tuple exactly.
  spurious.sort((a, b) => Number(b.k?.event !== null) - Number(a.k?.event !== null));
  const unmatched: string[] = [];
  for (const { m, k } of spurious) {
    const group = k ? (byKey.get(k.key) ?? []) : [];
    const free = group.filter((i) => !wrong[i]);
    const pick = k?.event != null ? free.find((i) => tuples[i]!.event === k.event) : free[free.length - 1];
    if (pick === undefined) unmatched.push(m.line);
    else wrong[pick] = true;
  }
  const rows = new Map<string, RuleRow>();
  tuples.forEach((t, i) => {
    // The attachment model's facts (`model.honour@0.91`) are one row per kind, not per probability.
    const id = t.rule?.replace(/^(model\.[a-z]+)@.*$/, "$1") ?? NO_RULE;
    let r = rows.get(id);
    if (!r) {
      r = { rule: id, hits: 0, correct: 0, wrong: 0, precision: 0 };
      rows.set(id, r);
    }
    r.hits++;
    if (wrong[i]) r.wrong++;
    else r.correct++;
  });
  for (const r of rows.values()) r.precision = r.hits ? r.correct / r.hits : 0;
  const noRuleByRelation: Record<string, number> = {};
  for (const t of tuples)
    if (t.rule === null) noRuleByRelation[t.relation] = (noRuleByRelation[t.relation] ?? 0) + 1;
  return {
    rows: [...rows.values()].sort((a, b) => b.hits - a.hits || a.rule.localeCompare(b.rule)),
    unmatched,
    noRuleByRelation,
  };
}
