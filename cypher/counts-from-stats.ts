/**
 * Turns the rows of the `stats` query ({kind: "node"|"rel", name, count}) into GraphCounts with
 * every label and type present (zero when absent).
 */
import { NODE_LABELS, REL_TYPES } from "../model/types.ts";
import { isNodeLabel, isRelType } from "./plain-values.ts";
import type { GraphCounts } from "./store.ts";

export function countsFromStats(rows: { kind: string; name: string; count: number }[]): GraphCounts {
  const counts: GraphCounts = {
    nodes: Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as GraphCounts["nodes"],
    rels: Object.fromEntries(REL_TYPES.map((t) => [t, 0])) as GraphCounts["rels"],
  };
  for (const r of rows) {
    if (r.kind === "node" && isNodeLabel(r.name)) counts.nodes[r.name] += Number(r.count);
    if (r.kind === "rel" && isRelType(r.name)) counts.rels[r.name] += Number(r.count);
  }
  return counts;
}
