/** Misses of the scorer grouped by kind: relation × missed/spurious, with a few examples each. */
import { parseMiss } from "./scorer.ts";

export interface MissGroup {
  relation: string;
  kind: "missed" | "spurious";
  count: number;
  /** `article id: tuple`, the first `examples` of the group in the scorer's order. */
  examples: string[];
}

/**
 * Groups miss lines, largest group first. Real sets put ARTICLE apart (`withArticle: false`
 * leaves it out: the excerpt split is not a fact).
 */
export function groupMisses(
  lines: readonly string[],
  examples: number,
  opts: { withArticle: boolean },
): MissGroup[] {
  const groups = new Map<string, MissGroup>();
  for (const line of lines) {
    const m = parseMiss(line);
    if (!m || (m.relation === "ARTICLE" && !opts.withArticle)) continue;
    const kind = m.sign === "-" ? "missed" : "spurious";
    const key = `${m.relation} ${kind}`;
    let g = groups.get(key);
    if (!g) {
      g = { relation: m.relation, kind, count: 0, examples: [] };
      groups.set(key, g);
    }
    g.count++;
    if (g.examples.length < examples)
      g.examples.push(m.tuple === null ? m.where : `${m.where}: ${JSON.stringify(m.tuple)}`);
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || a.relation.localeCompare(b.relation) || a.kind.localeCompare(b.kind),
  );
}
