/**
 * Property specs of every node label and relationship type: the one place that says which
 * properties a store persists and how (kuzu column types). Writers serialise from it and readers
 * use it to drop other labels' null columns; a test checks it against `schema/kuzu.cypher`.
 */
import type { NodeLabel, RelType } from "../model/types.ts";

/**
 * `evidence` is a list of JSON-encoded `Evidence` objects (kuzu: STRING[] on nodes, one STRING —
 * a JSON array — on relationships, see `kuzuColumnType`).
 */
export type PropKind = "string" | "string[]" | "int" | "bool" | "evidence";

export interface PropSpec {
  name: string;
  kind: PropKind;
}

const PROVENANCE: PropSpec[] = [
  { name: "articleIds", kind: "string[]" },
  { name: "evidence", kind: "evidence" },
];

const s = (name: string): PropSpec => ({ name, kind: "string" });
const list = (name: string): PropSpec => ({ name, kind: "string[]" });

/** Node properties, `id` first (the primary key), then `name`. */
export const NODE_PROPS: Record<NodeLabel, readonly PropSpec[]> = {
  Person: [s("id"), s("name"), list("aliases"), s("pinyin"), s("initials"), s("mergeKey"), ...PROVENANCE],
  Honour: [s("id"), s("name"), s("scope"), s("level"), s("category"), ...PROVENANCE],
  Organization: [s("id"), s("name"), list("aliases"), s("orgType"), ...PROVENANCE],
  Event: [s("id"), s("name"), s("theme"), s("date"), s("campaign"), ...PROVENANCE],
  Place: [s("id"), s("name"), list("aliases"), ...PROVENANCE],
  Article: [
    s("id"),
    s("name"),
    s("title"),
    s("subtitle"),
    s("date"),
    s("source"),
    s("file"),
    list("sourceFiles"),
    list("sourceDates"),
    s("text"),
    { name: "untitled", kind: "bool" },
    ...PROVENANCE,
  ],
};

/** Relationship properties (endpoints excluded), `id` first, then the type's qualifier, then `review`. */
export const REL_PROPS: Record<RelType, readonly PropSpec[]> = {
  HAS_HONOUR: [s("id"), { name: "year", kind: "int" }, s("review"), ...PROVENANCE],
  WORKS_FOR: [s("id"), s("jobTitle"), s("review"), ...PROVENANCE],
  SPOKE_AT: [s("id"), s("talkTitle"), s("review"), ...PROVENANCE],
  ORGANIZED_BY: [s("id"), s("role"), s("review"), ...PROVENANCE],
  HELD_AT: [s("id"), s("review"), ...PROVENANCE],
  REPORTED: [s("id"), s("role"), s("review"), ...PROVENANCE],
};

/** The qualifier property of each relationship type (null when it has none). */
export const REL_QUALIFIER: Record<RelType, string | null> = {
  HAS_HONOUR: "year",
  WORKS_FOR: "jobTitle",
  SPOKE_AT: "talkTitle",
  ORGANIZED_BY: "role",
  HELD_AT: null,
  REPORTED: "role",
};

/**
 * The kuzu column type of a property. Relationship provenance (`articleIds`, `evidence`) is one
 * STRING each, not STRING[]: kuzu 0.11's checkpoint after per-row writes into a loaded
 * relationship table is quadratic in a node group's rows for STRING[] columns (cypher/README.md,
 * "Why the checkpoint is slow"). `articleIds` holds the list's text as `CAST(list AS STRING)`
 * writes it (`[a_1,a_2]`), `evidence` a JSON array of Evidence objects (`kuzu-rel-provenance.ts`).
 */
export function kuzuColumnType(p: PropSpec, owner: "node" | "rel"): string {
  if (owner === "rel" && (p.name === "articleIds" || p.kind === "evidence")) return "STRING";
  switch (p.kind) {
    case "string":
      return "STRING";
    case "string[]":
    case "evidence":
      return "STRING[]";
    case "int":
      return "INT64";
    case "bool":
      return "BOOLEAN";
  }
}
