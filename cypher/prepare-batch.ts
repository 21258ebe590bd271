/**
 * Validates a GraphBatch before any write and shapes it into per-table rows keyed by the
 * schema spec: duplicate ids are merged (provenance unioned), unknown labels/types and
 * relationships whose endpoints are missing or of the wrong label are refused. `prepareBatch`
 * makes every row at once; `streamBatch` validates the same way but makes each table's rows one
 * at a time as a store's bulk write reads them (the same rows, in the same order), so a whole
 * graph's rows are never held together.
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

/** A validated batch: the entities of each table, duplicates merged, in the order rows are made. */
interface PlannedBatch {
  nodes: Record<NodeLabel, GraphNode[]>;
  rels: { type: RelType; from: NodeLabel; to: NodeLabel; items: GraphRel[] }[];
  nodeCount: number;
  relCount: number;
}

/** A node of an unknown label or without an id: InvalidInputError. */
function checkNode(n: GraphNode): void {
  if (!(NODE_LABELS as readonly string[]).includes(n.label)) {
    throw new InvalidInputError(`node ${n.id}: unknown label ${JSON.stringify(n.label)}`);
  }
  if (typeof n.id !== "string" || n.id === "") throw new InvalidInputError("a node has no id");
}

/** A relationship of an unknown type: InvalidInputError. */
function checkRelType(r: GraphRel): void {
  if (!(REL_TYPES as readonly string[]).includes(r.type)) {
    throw new InvalidInputError(`rel ${r.id}: unknown type ${JSON.stringify(r.type)}`);
  }
}

/** What is wrong with a relationship's endpoints (their labels, undefined when missing), or null. */
function endpointProblem(r: GraphRel, s: NodeLabel | undefined, t: NodeLabel | undefined): string | null {
  const ends = REL_ENDPOINTS[r.type];
  if (!s || !t) return `${r.type} ${r.id}: endpoint ${!s ? r.source : r.target} is not in the batch`;
  if (!ends.from.includes(s) || !ends.to.includes(t)) return `${r.type} ${r.id}: ${s} → ${t} is not allowed`;
  return null;
}

/** Validates a batch and groups it by table; throws InvalidInputError naming the first problems found. */
function planBatch(batch: GraphBatch): PlannedBatch {
  const byId = new Map<string, GraphNode>();
  for (const n of batch.nodes) {
    checkNode(n);
    const prev = byId.get(n.id);
    if (!prev) byId.set(n.id, n);
    else if (prev.label !== n.label) {
      throw new InvalidInputError(`node id ${n.id} used by both ${prev.label} and ${n.label}`);
    } else byId.set(n.id, mergeProvenance(prev, n));
  }
  const relsById = new Map<string, GraphRel>();
  const problems: string[] = [];
  for (const r of batch.rels) {
    checkRelType(r);
    const problem = endpointProblem(r, byId.get(r.source)?.label, byId.get(r.target)?.label);
    if (problem) problems.push(problem);
    else {
      const prev = relsById.get(r.id);
      relsById.set(r.id, prev ? mergeProvenance(prev, r) : r);
    }
    if (problems.length >= 5) break;
  }
  if (problems.length > 0) throw new InvalidInputError(`invalid relationships: ${problems.join("; ")}`);

  const nodes = Object.fromEntries(NODE_LABELS.map((l) => [l, [] as GraphNode[]])) as Record<
    NodeLabel,
    GraphNode[]
  >;
  for (const n of byId.values()) nodes[n.label].push(n);
  const groups = new Map<string, PlannedBatch["rels"][number]>();
  for (const r of relsById.values()) {
    const from = byId.get(r.source)!.label;
    const to = byId.get(r.target)!.label;
    const key = `${r.type}|${from}|${to}`;
    let g = groups.get(key);
    if (!g) {
      g = { type: r.type, from, to, items: [] };
      groups.set(key, g);
    }
    g.items.push(r);
  }
  return { nodes, rels: [...groups.values()], nodeCount: byId.size, relCount: relsById.size };
}

function nodeRow(n: GraphNode): Row {
  return toRow(n as unknown as Record<string, unknown>, NODE_PROPS[n.label], n.id);
}

function relRow(r: GraphRel): Row {
  return {
    from: r.source,
    to: r.target,
    ...toRow(r as unknown as Record<string, unknown>, REL_PROPS[r.type], r.id),
  };
}

/** Validates and shapes a batch; throws InvalidInputError naming the first problems found. */
export function prepareBatch(batch: GraphBatch): PreparedBatch {
  const plan = planBatch(batch);
  const nodes = Object.fromEntries(
    (Object.entries(plan.nodes) as [NodeLabel, GraphNode[]][]).map(([l, list]) => [l, list.map(nodeRow)]),
  ) as Record<NodeLabel, Row[]>;
  const rels = plan.rels.map(({ items, ...g }) => ({ ...g, rows: items.map(relRow) }));
  return { nodes, rels, nodeCount: plan.nodeCount, relCount: plan.relCount };
}

/** A table whose rows are made when read (each time `rows()` is iterated). */
export interface RowTable {
  /** Rows in the table. */
  count: number;
  rows(): Iterable<Row>;
}

/** `PreparedBatch` with each table's rows made as they are read. */
export interface StreamedBatch {
  nodes: (RowTable & { label: NodeLabel })[];
  rels: (RowTable & { type: RelType; from: NodeLabel; to: NodeLabel })[];
  nodeCount: number;
  relCount: number;
}

/**
 * Told of every row as a streamed table makes it (the writer's entity index is built from them);
 * `json`, when given, is `JSON.stringify(row)`, made once for the observer and the store's file.
 */
export interface RowObserver {
  node(label: NodeLabel, row: Row, json?: string): void;
  rel(group: { type: RelType; from: NodeLabel; to: NodeLabel }, row: Row, json?: string): void;
}

/**
 * The items of `list` one by one; with `consume`, each is let go (its slot emptied) as it is given,
 * and the list is empty after (a table read once).
 */
function* itemsOf<T>(list: T[], consume: boolean): Generator<T> {
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    if (consume) (list as (T | undefined)[])[i] = undefined;
    yield item;
  }
  if (consume) list.length = 0;
}

/**
 * Validates a batch as `prepareBatch` does (throwing before any row is made), and gives its tables
 * as rows made one at a time: the same rows in the same order, told to `observe` as made. With
 * `consume` the batch is handed over: its arrays are emptied once it is validated, and each entity is
 * let go once its row is made, so each table can be read once and the graph shrinks as it is written.
 */
export function streamBatch(
  batch: GraphBatch,
  observe?: RowObserver,
  opts: { consume?: boolean } = {},
): StreamedBatch {
  const plan = planBatch(batch);
  const consume = opts.consume === true;
  if (consume) {
    batch.nodes.length = 0;
    batch.rels.length = 0;
  }
  const nodes = (Object.entries(plan.nodes) as [NodeLabel, GraphNode[]][]).map(([label, list]) => ({
    label,
    count: list.length,
    *rows(): Iterable<Row> {
      for (const n of itemsOf(list, consume)) {
        const row = nodeRow(n);
        observe?.node(label, row);
        yield row;
      }
    },
  }));
  const rels = plan.rels.map(({ items, ...g }) => ({
    ...g,
    count: items.length,
    *rows(): Iterable<Row> {
      for (const r of itemsOf(items, consume)) {
        const row = relRow(r);
        observe?.rel(g, row);
        yield row;
      }
    },
  }));
  return { nodes, rels, nodeCount: plan.nodeCount, relCount: plan.relCount };
}

/** The tables of a prepared batch as row tables (its rows as they are). */
export function rowTablesOf(batch: PreparedBatch): StreamedBatch {
  return {
    nodes: (Object.entries(batch.nodes) as [NodeLabel, Row[]][]).map(([label, rows]) => ({
      label,
      count: rows.length,
      rows: () => rows,
    })),
    rels: batch.rels.map(({ rows, ...g }) => ({ ...g, count: rows.length, rows: () => rows })),
    nodeCount: batch.nodeCount,
    relCount: batch.relCount,
  };
}

/**
 * A graph read one entity at a time (the resolution state's texts, parsed as they are read): every
 * node, then every relationship, each pass reading its entities once, none of them held after.
 */
export interface GraphScan {
  nodeCount: number;
  relCount: number;
  nodes(): Iterable<GraphNode>;
  rels(): Iterable<GraphRel>;
}

/** A relationship table: its type and its endpoints' labels. */
export interface RelTable {
  type: RelType;
  from: NodeLabel;
  to: NodeLabel;
}

/**
 * A graph's rows in two passes, each row with its table: every node row, then every relationship
 * row (a relationship's table is known once every node's label is). A store writes each row to its
 * table's file as it comes, so no table's rows, and no entity, are held.
 */
export interface RowPasses {
  nodeCount: number;
  relCount: number;
  /** Each node row with its table and its JSON text (`JSON.stringify(row)`, made once). */
  nodeRows(): Iterable<[NodeLabel, Row, string]>;
  /** Each relationship row with its table and its JSON text (`JSON.stringify(row)`, made once). */
  relRows(): Iterable<[RelTable, Row, string]>;
}

/**
 * The rows of a scanned graph in two passes, validated as `prepareBatch` validates (an unknown
 * label or type, a relationship whose endpoint is missing or of a label its type does not allow:
 * InvalidInputError, before the first relationship row is given), told to `observe` as made. Only
 * the labels of the nodes are kept between the passes. Ids must be unique (a state's keys are).
 */
export function passesOf(scan: GraphScan, observe?: RowObserver): RowPasses {
  const labels = new Map<string, NodeLabel>();
  const tables = new Map<string, RelTable>();
  const tableOf = (type: RelType, from: NodeLabel, to: NodeLabel): RelTable => {
    const key = `${type}|${from}|${to}`;
    let t = tables.get(key);
    if (!t) {
      t = { type, from, to };
      tables.set(key, t);
    }
    return t;
  };
  return {
    nodeCount: scan.nodeCount,
    relCount: scan.relCount,
    *nodeRows() {
      for (const n of scan.nodes()) {
        checkNode(n);
        if (labels.has(n.id)) throw new InvalidInputError(`node id ${n.id} given twice`);
        labels.set(n.id, n.label);
        const row = nodeRow(n);
        const json = JSON.stringify(row);
        observe?.node(n.label, row, json);
        yield [n.label, row, json];
      }
    },
    *relRows() {
      for (const r of scan.rels()) {
        checkRelType(r);
        const s = labels.get(r.source);
        const t = labels.get(r.target);
        const problem = endpointProblem(r, s, t);
        if (problem || !s || !t) throw new InvalidInputError(`invalid relationships: ${problem}`);
        const table = tableOf(r.type, s, t);
        const row = relRow(r);
        const json = JSON.stringify(row);
        observe?.rel(table, row, json);
        yield [table, row, json];
      }
    },
  };
}
