/**
 * `--persons`: how many gold persons the extractor names at all. A person no predicted article
 * names loses every fact that hangs on them (honours, employers, talks), whatever the attachment
 * rules do, so this says how much of the recall is lost upstream of attachment, per batch of
 * documents (`dev-f-07` → `dev-f`), and which persons they are.
 *
 * A gold person counts as named when a predicted person of the same document carries the gold
 * name or one of its aliases (normalised as the scorer does). Predicted persons are honour
 * holders (the extractor drops people without an honour), so "not named" also covers a name the
 * finder read but could not give an honour to.
 */
import { norm } from "./scorer.ts";
import type { EvalSet } from "./sets.ts";

export interface LostPerson {
  doc: string;
  name: string;
  /** Gold facts hanging on the person: honours + employers + talks. */
  facts: number;
}

export interface PersonsGroup {
  /** Document id up to its last `-` for real ids (`dev-f`), else `all`. */
  group: string;
  gold: number;
  named: number;
  goldFacts: number;
  lostFacts: number;
}

export interface PersonsReport {
  gold: number;
  named: number;
  goldFacts: number;
  /** Facts of the persons not named. */
  lostFacts: number;
  groups: PersonsGroup[];
  /** Present unless hidden (the blind set without --show-blind-misses). */
  lost?: LostPerson[];
}

const groupOf = (docId: string, real: boolean) => (real ? docId.replace(/-[^-]*$/, "") : "all");

export function personsReport(set: EvalSet, options: { listLost: boolean }): PersonsReport {
  const groups = new Map<string, PersonsGroup>();
  const lost: LostPerson[] = [];
  for (const doc of set.docs) {
    const named = new Set(doc.pred.flatMap((a) => a.persons.map((p) => norm(p.name))));
    const key = groupOf(doc.id, set.real);
    let g = groups.get(key);
    if (!g) {
      g = { group: key, gold: 0, named: 0, goldFacts: 0, lostFacts: 0 };
      groups.set(key, g);
    }
    for (const article of doc.gold)
      for (const p of article.persons ?? []) {
        const facts = (p.honours?.length ?? 0) + (p.employers?.length ?? 0) + (p.spokeAt?.length ?? 0);
        g.gold++;
        g.goldFacts += facts;
        if ([p.name, ...(p.aliases ?? [])].some((n) => named.has(norm(n)))) g.named++;
        else {
          g.lostFacts += facts;
          lost.push({ doc: doc.id, name: p.name, facts });
        }
      }
  }
  const list = [...groups.values()].sort((a, b) => a.group.localeCompare(b.group));
  const sum = (f: (g: PersonsGroup) => number) => list.reduce((n, g) => n + f(g), 0);
  return {
    gold: sum((g) => g.gold),
    named: sum((g) => g.named),
    goldFacts: sum((g) => g.goldFacts),
    lostFacts: sum((g) => g.lostFacts),
    groups: list,
    ...(options.listLost ? { lost } : {}),
  };
}

const pct = (n: number, of: number) => (of === 0 ? "—" : `${((100 * n) / of).toFixed(1)} %`);

export function formatPersons(r: PersonsReport): string[] {
  const out = [
    `  persons: ${r.named} of ${r.gold} gold persons named (${pct(r.named, r.gold)}); the ${r.gold - r.named} not named hold ${r.lostFacts} of ${r.goldFacts} person facts (${pct(r.lostFacts, r.goldFacts)})`,
  ];
  if (r.groups.length > 1)
    for (const g of r.groups)
      out.push(
        `    ${g.group.padEnd(10)} ${String(g.named).padStart(4)} of ${String(g.gold).padStart(4)} named, ${String(g.lostFacts).padStart(4)} of ${String(g.goldFacts).padStart(4)} facts lost`,
      );
  if (r.lost && r.lost.length > 0) {
    out.push("    not named:");
    for (const p of r.lost)
      out.push(`      ${p.doc}: ${p.name} (${p.facts} fact${p.facts === 1 ? "" : "s"})`);
  } else if (!r.lost && r.gold > r.named)
    out.push("    (names not shown for the blind set; --show-blind-misses)");
  return out;
}
