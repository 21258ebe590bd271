/**
 * Validates a GraphBatch before any write and shapes it into per-table rows keyed by the
 * schema spec: duplicate ids are merged (provenance unioned), unknown labels/types and
 * relationships whose endpoints are missing or of the wrong label are refused.
 */
import { InvalidInputError } from "../model/errors.ts";
import type { Evidence, GraphBatch, GraphNode, GraphRel, NodeLabel, RelType } from "../model/types.ts";
import { NODE_LABELS, REL_ENDPOINTS, REL_TYPES } from "../model/types.ts";
import { encodeEvidence } from "./plain-values.ts";
import { NODE_PROPS, REL_PROPS } from "./schema-spec.ts";

export type Row = Record<string, string | number | boolean | string[] | null>;

export interface RelGroup {
  type: RelType;
  from: NodeLabel;
  to: NodeLabel;
  /** Rows with `from`, `to` (endpoint ids) then the type's properties. */
  rows: Row[];
}

export interface PreparedBatch {
  nodes: Record<NodeLabel, Row[]>;
  rels: RelGroup[];
  nodeCount: number;
  relCount: number;
}

function mergeProvenance<T extends { articleIds: string[]; evidence: Evidence[] }>(a: T, b: T): T {
  const ids = [...new Set([...a.articleIds, ...b.articleIds])];
  const seen = new Set(a.evidence.map((e) => JSON.stringify(e)));
  const evidence = [...a.evidence, ...b.evidence.filter((e) => !seen.has(JSON.stringify(e)))];
  return { ...a, articleIds: ids, evidence };
}

function toRow(
  obj: Record<string, unknown>,
  spec: readonly { name: string; kind: string }[],
  where: string,
): Row {
  const row: Row = {};
  for (const p of spec) {
    const v = obj[p.name];
    if (p.kind === "evidence") {
      row[p.name] = encodeEvidence(Array.isArray(v) ? (v as Evidence[]) : []);
    } else if (p.kind === "string[]") {
      row[p.name] = Array.isArray(v) ? v.map(String) : [];
    } else if (p.kind === "bool") {
      // A flag is false unless set (absent on nodes written before it existed).
      row[p.name] = v === true;
    } else if (p.kind === "int") {
      if (v === null || v === undefined) row[p.name] = null;
      else if (typeof v === "number" && Number.isInteger(v)) row[p.name] = v;
      else throw new InvalidInputError(`${where}: property ${p.name} must be an integer or null`);
    } else {
      row[p.name] = v === null || v === undefined ? null : String(v);
    }
  }
  return row;
}

/** Validates and shapes a batch; throws InvalidInputError naming the first problems found. */
export function prepareBatch(batch: GraphBatch): PreparedBatch {
  const byId = new Map<string, GraphNode>();
  for (const n of batch.nodes) {
    if (!(NODE_LABELS as readonly string[]).includes(n.label)) {
      throw new InvalidInputError(`node ${n.id}: unknown label ${JSON.stringify(n.label)}`);
    }
    if (typeof n.id !== "string" || n.id === "") throw new InvalidInputError("a node has no id");
    const prev = byId.get(n.id);
    if (!prev) byId.set(n.id, n);
    else if (prev.label !== n.label) {
      throw new InvalidInputError(`node id ${n.id} used by both ${prev.label} and ${n.label}`);
    } else byId.set(n.id, mergeProvenance(prev, n));
  }
  const relsById = new Map<string, GraphRel>();
  const problems: string[] = [];
  for (const r of batch.rels) {
    if (!(REL_TYPES as readonly string[]).includes(r.type)) {
      throw new InvalidInputError(`rel ${r.id}: unknown type ${JSON.stringify(r.type)}`);
    }
    const s = byId.get(r.source);
    const t = byId.get(r.target);
    const ends = REL_ENDPOINTS[r.type];
    if (!s || !t)
      problems.push(`${r.type} ${r.id}: endpoint ${!s ? r.source : r.target} is not in the batch`);
    else if (!ends.from.includes(s.label) || !ends.to.includes(t.label)) {
      problems.push(`${r.type} ${r.id}: ${s.label} → ${t.label} is not allowed`);
    } else {
      const prev = relsById.get(r.id);
      relsById.set(r.id, prev ? mergeProvenance(prev, r) : r);
    }
    if (problems.length >= 5) break;
  }
  if (problems.length > 0) throw new InvalidInputError(`invalid relationships: ${problems.join("; ")}`);

  const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, [] as Row[]])) as Record<NodeLabel, Row[]>;
  for (const n of byId.values())
    nodes[n.label].push(toRow(n as unknown as Record<string, unknown>, NODE_PROPS[n.label], n.id));
  const groups = new Map<string, RelGroup>();
  for (const r of relsById.values()) {
    const from = byId.get(r.source)!.label;
    const to = byId.get(r.target)!.label;
    const key = `${r.type}|${from}|${to}`;
    let g = groups.get(key);
    if (!g) {
      g = { type: r.type, from, to, rows: [] };
      groups.set(key, g);
    }
    g.rows.push({
      from: r.source,
      to: r.target,
      ...toRow(r as unknown as Record<string, unknown>, REL_PROPS[r.type], r.id),
    });
  }
  return { nodes, rels: [...groups.values()], nodeCount: byId.size, relCount: relsById.size };
}
