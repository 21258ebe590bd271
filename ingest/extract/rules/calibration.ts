/**
 * Calibrated scoring (issue 12): every rule's precision as measured on the hand-annotated sets
 * (the seed page, the fixtures, the real dev articles) with every rule's facts kept
 * (`./precision.json`, written by `npm run eval -- --write-precision`). A fact whose rule was
 * measured on at least `MIN_HITS` facts and scored below the bar (LAOMO_MIN_RULE_PRECISION,
 * default 0.5: a rule wrong more often than right) is left out of the extraction; rules seen
 * fewer times (one wrong hit says little) and rules the table does not know (new rules, the
 * credits, the attachment model's) keep their facts. A value stated by two rules carries the rule
 * of its first mention, so it goes when that rule is below the bar.
 */
import { minRulePrecisionFrom } from "../../../model/config.ts";
import type { Span } from "../../types.ts";
import { readShippedJson } from "../shipped-json.ts";

export interface RulePrecisionRow {
  hits: number;
  right: number;
}

export interface RulePrecisionTable {
  /** Where it was measured: the sets and their article count. */
  measuredOn: { sets: string[]; articles: number };
  rules: Record<string, RulePrecisionRow>;
}

const TABLE_URL = new URL("./precision.json", import.meta.url);
let table: RulePrecisionTable | null | undefined;
let bar: number | undefined;

/** The shipped table, read once (null when absent or unreadable: every fact is kept). */
export function precisionTable(): RulePrecisionTable | null {
  if (table === undefined) table = readShippedJson<RulePrecisionTable>(TABLE_URL);
  return table;
}

/** Replaces the shipped table for this process (tests); undefined: the shipped one again. */
export function setPrecisionTable(t: RulePrecisionTable | null | undefined): void {
  table = t;
}

/** A rule is judged on at least this many measured facts. */
export const MIN_HITS = 5;

/** The precision of a measured row. */
export function measuredPrecision(row: RulePrecisionRow): number {
  return row.hits > 0 ? row.right / row.hits : 1;
}

/** The bar in force (LAOMO_MIN_RULE_PRECISION unless set here); 0 keeps every fact. */
export function minRulePrecision(): number {
  bar ??= minRulePrecisionFrom();
  return bar;
}

/** Sets the bar for this process (the eval measures the rules with 0); undefined: back to the setting. */
export function setMinRulePrecision(value: number | undefined): void {
  bar = value;
}

/** The rules of `t` under `min`, with their measured rows (for reports). */
export function rulesBelow(
  min: number,
  t: RulePrecisionTable | null = precisionTable(),
): [string, RulePrecisionRow][] {
  if (!t || min <= 0) return [];
  return Object.entries(t.rules)
    .filter(([, row]) => row.hits >= MIN_HITS && measuredPrecision(row) < min)
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * A filter that keeps the facts whose rule is not below the bar, or null when no rule is (then
 * nothing needs filtering). Lists with nothing to drop are returned as they are.
 */
export function reliableFilter(
  min = minRulePrecision(),
  t: RulePrecisionTable | null = precisionTable(),
): ReliableFilter | null {
  // Made once per bar and table (extraction asks for it once an article).
  if (lastFilter && lastFilter.min === min && lastFilter.table === t) return lastFilter.filter;
  const below = new Set(rulesBelow(min, t).map(([id]) => id));
  const ok = (e: { evidence: Span }) => !(e.evidence.rule && below.has(e.evidence.rule));
  const filter: ReliableFilter | null =
    below.size === 0 ? null : (list) => (list.every(ok) ? list : list.filter(ok));
  lastFilter = { min, table: t, filter };
  return filter;
}

type ReliableFilter = <T extends { evidence: Span }>(list: T[]) => T[];
let lastFilter: { min: number; table: RulePrecisionTable | null; filter: ReliableFilter | null } | null =
  null;

/**
 * The facts of persons, collectives and events without those whose rule is below the bar; a
 * person or collective whose every honour went is marked by an empty list, for the caller's
 * filter of honour holders.
 */
export function withoutUnreliable<
  P extends { honours: { evidence: Span }[]; employers: { evidence: Span }[]; spokeAt: { evidence: Span }[] },
  C extends { honours: { evidence: Span }[]; spokeAt: { evidence: Span }[] },
  E extends { organizers: { evidence: Span }[]; venues: { evidence: Span }[] },
>(persons: P[], collectives: C[], events: E[]): { persons: P[]; collectives: C[]; events: E[] } {
  const keep = reliableFilter();
  if (!keep) return { persons, collectives, events };
  return {
    persons: persons.map((p) => {
      const honours = keep(p.honours);
      const employers = keep(p.employers);
      const spokeAt = keep(p.spokeAt);
      return honours === p.honours && employers === p.employers && spokeAt === p.spokeAt
        ? p
        : { ...p, honours, employers, spokeAt };
    }),
    collectives: collectives
      .map((c) => {
        const honours = keep(c.honours);
        const spokeAt = keep(c.spokeAt);
        return honours === c.honours && spokeAt === c.spokeAt ? c : { ...c, honours, spokeAt };
      })
      // A collective is named for its honour: one whose every honour went goes with them.
      .filter((c, i) => c.honours.length > 0 || collectives[i]!.honours.length === 0),
    events: events.map((e) => {
      const organizers = keep(e.organizers);
      const venues = keep(e.venues);
      return organizers === e.organizers && venues === e.venues ? e : { ...e, organizers, venues };
    }),
  };
}
