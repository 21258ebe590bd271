/**
 * Deterministic ids from canonical keys, so that writes are idempotent and re-runs safe.
 * Format: `<prefix>_<16 hex>` where the prefix tells the label (p, h, o, e, pl, a, r).
 */
import { hash } from "node:crypto";
import type { NodeLabel } from "./types.ts";

const PREFIX: Record<NodeLabel, string> = {
  Person: "p",
  Honour: "h",
  Organization: "o",
  Event: "e",
  Place: "pl",
  Article: "a",
};

export function hashKey(...parts: string[]): string {
  // One-shot hash (Node ≥ 20.12): the same digest as createHash().update().digest(), cheaper.
  return hash("sha1", parts.join("\u0001"), "hex").slice(0, 16);
}

/** Id of a node from its canonical key (e.g. "全国劳动模范" for an Honour). */
export function nodeId(label: NodeLabel, key: string): string {
  return `${PREFIX[label]}_${hashKey(label, key)}`;
}

/** Id of a relationship from its type, endpoints and an optional qualifier. */
export function relId(type: string, source: string, target: string, qualifier = ""): string {
  return `r_${hashKey(type, source, target, qualifier)}`;
}

/** Label of a node id, from its prefix (null for an id this module did not make). */
export function labelOfId(id: string): NodeLabel | null {
  const prefix = id.slice(0, id.indexOf("_"));
  for (const [label, p] of Object.entries(PREFIX)) if (p === prefix) return label as NodeLabel;
  return null;
}
