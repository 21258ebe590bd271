/**
 * Typed access to the report queries (cypher/queries/report-*.cypher): nodes by id, the
 * relationships of a set of nodes, and lookups by name. Relationship direction is derived from
 * REL_ENDPOINTS, because the queries match both directions in one pattern.
 */
import type { GraphStore } from "../cypher/store.ts";
import {
  type Evidence,
  HONOUR_LEVELS,
  type HonourLevel,
  NODE_LABELS,
  type NodeLabel,
  ORG_TYPES,
  type OrgType,
  REL_ENDPOINTS,
  REL_TYPES,
  type RelType,
} from "../model/types.ts";
import { evidenceList, num, type Row, str, strList, text } from "./read-values.ts";

export interface NodeInfo {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  scope: string;
  level: HonourLevel | null;
  category: string;
  orgType: OrgType | null;
  theme: string | null;
  date: string | null;
  campaign: string | null;
  source: string | null;
  evidence: Evidence[];
}

export interface RelInfo {
  /** The node asked for and the direction of the relationship as seen from it. */
  nodeId: string;
  direction: "out" | "in";
  type: RelType;
  relId: string;
  year: number | null;
  jobTitle: string | null;
  talkTitle: string | null;
  role: string | null;
  evidence: Evidence[];
  other: Omit<NodeInfo, "aliases" | "orgType" | "evidence">;
}

function asLabel(v: string | null): NodeLabel | null {
  return (NODE_LABELS as readonly string[]).includes(v ?? "") ? (v as NodeLabel) : null;
}

function asLevel(v: string | null): HonourLevel | null {
  return (HONOUR_LEVELS as readonly string[]).includes(v ?? "") ? (v as HonourLevel) : null;
}

function asOrgType(v: string | null): OrgType | null {
  return (ORG_TYPES as readonly string[]).includes(v ?? "") ? (v as OrgType) : null;
}

function readNode(r: Row, prefix = ""): Omit<NodeInfo, "aliases" | "orgType" | "evidence"> | null {
  const label = asLabel(str(r[prefix ? `${prefix}Label` : "label"]));
  const id = str(r[prefix ? `${prefix}Id` : "id"]);
  if (!label || !id) return null;
  return {
    id,
    label,
    name: text(r[prefix ? `${prefix}Name` : "name"]),
    scope: text(r.scope),
    level: asLevel(str(r.level)),
    category: text(r.category),
    theme: str(r.theme),
    date: str(r.date),
    campaign: str(r.campaign),
    source: str(r.source),
  };
}

/** Nodes by id (unknown ids are simply absent from the map). */
export async function fetchNodes(store: GraphStore, ids: Iterable<string>): Promise<Map<string, NodeInfo>> {
  const list = [...new Set(ids)];
  const out = new Map<string, NodeInfo>();
  if (list.length === 0) return out;
  for (const r of await store.query<Row>("report-nodes", { ids: list })) {
    const base = readNode(r);
    if (!base) continue;
    out.set(base.id, {
      ...base,
      aliases: strList(r.aliases),
      orgType: asOrgType(str(r.orgType)),
      evidence: evidenceList(r.evidence),
    });
  }
  return out;
}

/** Every relationship touching the given nodes, optionally only some types. */
export async function fetchRels(
  store: GraphStore,
  ids: Iterable<string>,
  types?: readonly RelType[],
): Promise<RelInfo[]> {
  const list = [...new Set(ids)];
  if (list.length === 0) return [];
  const out: RelInfo[] = [];
  const seen = new Set<string>();
  for (const r of await store.query<Row>("report-node-rels", { ids: list })) {
    const type = str(r.type) as RelType | null;
    const nodeLabel = asLabel(str(r.nodeLabel));
    const other = readNode(r, "other");
    const nodeId = str(r.nodeId);
    if (!type || !(REL_TYPES as readonly string[]).includes(type) || !nodeLabel || !other || !nodeId)
      continue;
    if (types && !types.includes(type)) continue;
    const ends = REL_ENDPOINTS[type];
    const direction = ends.from.includes(nodeLabel) && ends.to.includes(other.label) ? "out" : "in";
    const relId = text(r.relId);
    const key = `${nodeId}\u0001${relId}\u0001${direction}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      nodeId,
      direction,
      type,
      relId,
      year: num(r.year),
      jobTitle: str(r.jobTitle),
      talkTitle: str(r.talkTitle),
      role: str(r.role),
      evidence: evidenceList(r.evidence),
      other,
    });
  }
  return out;
}

export interface FoundNode {
  id: string;
  label: NodeLabel;
  name: string;
}

/** Nodes of `label` named (or aliased) `name`; with `fuzzy`, names containing it. */
export async function findNodes(
  store: GraphStore,
  label: NodeLabel,
  name: string,
  fuzzy = false,
): Promise<FoundNode[]> {
  const rows = await store.query<Row>("report-find-nodes", { label, name, fuzzy });
  return rows.flatMap((r) => {
    const id = str(r.id);
    return id ? [{ id, label, name: text(r.name) }] : [];
  });
}
