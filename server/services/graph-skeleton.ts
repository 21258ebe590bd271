/**
 * An in-memory skeleton of the whole graph (ids, labels, names, small display fields, typed
 * relationships with qualifiers, adjacency in CSR arrays) loaded from the store's
 * `skeleton-nodes` / `skeleton-rels` queries. Neighbourhoods come from it in microseconds;
 * heavy data (text, evidence) stays in the store. After an incremental write it is updated from
 * the changed ids (`skeletonWithChanges`), else rebuilt.
 */
import {
  NODE_LABELS,
  type NodeLabel,
  REL_TYPES,
  type RelType,
  type SerializedGraph,
} from "../../model/types.ts";
import { isRecord, num, type Row, str } from "./row-values.ts";

const NODE_FIELDS = ["aliases", "scope", "level", "category", "orgType", "theme", "date", "source"] as const;
const REL_FIELDS = ["year", "jobTitle", "talkTitle", "role"] as const;

/**
 * Everything a GraphSkeleton holds, as plain arrays: what the start cache persists
 * (server/services/start-cache.ts) so a server start skips the skeleton queries.
 */
export interface SkeletonSnapshot {
  ids: string[];
  labels: Uint8Array;
  names: string[];
  extras: (Record<string, unknown> | null)[];
  relIds: string[];
  relTypes: Uint8Array;
  relSrc: Int32Array;
  relDst: Int32Array;
  relExtras: (Record<string, unknown> | null)[];
}

export class GraphSkeleton {
  private readonly ids: string[];
  private readonly index = new Map<string, number>();
  private readonly labels: Uint8Array;
  private readonly names: string[];
  private readonly extras: (Record<string, unknown> | undefined)[];
  private readonly relIds: string[];
  private readonly relTypes: Uint8Array;
  private readonly relSrc: Int32Array;
  private readonly relDst: Int32Array;
  private readonly relExtras: (Record<string, unknown> | undefined)[];
  /** CSR adjacency: rels of node i are adj[offsets[i] .. offsets[i+1]). */
  private readonly offsets: Int32Array;
  private readonly adj: Int32Array;
  private readonly relCache = new Map<string, SkeletonRel[]>();

  constructor(s: SkeletonSnapshot) {
    const n = s.ids.length;
    const r = s.relIds.length;
    if (s.labels.length !== n || s.names.length !== n || s.extras.length !== n) {
      throw new Error("skeleton snapshot: node arrays of different lengths");
    }
    if (
      s.relTypes.length !== r ||
      s.relSrc.length !== r ||
      s.relDst.length !== r ||
      s.relExtras.length !== r
    ) {
      throw new Error("skeleton snapshot: relationship arrays of different lengths");
    }
    this.ids = s.ids;
    this.labels = s.labels;
    this.names = s.names;
    this.extras = s.extras.map((e) => e ?? undefined);
    this.relIds = s.relIds;
    this.relTypes = s.relTypes;
    this.relSrc = s.relSrc;
    this.relDst = s.relDst;
    this.relExtras = s.relExtras.map((e) => e ?? undefined);
    for (let i = 0; i < n; i++) this.index.set(s.ids[i]!, i);
    const degree = new Int32Array(n + 1);
    for (let k = 0; k < r; k++) {
      const a = this.relSrc[k]!;
      const b = this.relDst[k]!;
      if (a < 0 || a >= n || b < 0 || b >= n)
        throw new Error("skeleton snapshot: relationship end out of range");
      degree[a + 1]!++;
      degree[b + 1]!++;
    }
    for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
    this.offsets = degree;
    this.adj = new Int32Array(r * 2);
    const fill = this.offsets.slice(0, n);
    for (let k = 0; k < r; k++) {
      this.adj[fill[this.relSrc[k]!]!++] = k;
      this.adj[fill[this.relDst[k]!]!++] = k;
    }
  }

  /** The skeleton as plain arrays; `new GraphSkeleton(snapshot)` restores it. */
  snapshot(): SkeletonSnapshot {
    return {
      ids: this.ids,
      labels: this.labels,
      names: this.names,
      extras: this.extras.map((e) => e ?? null),
      relIds: this.relIds,
      relTypes: this.relTypes,
      relSrc: this.relSrc,
      relDst: this.relDst,
      relExtras: this.relExtras.map((e) => e ?? null),
    };
  }

  get nodeCount(): number {
    return this.ids.length;
  }

  get relCount(): number {
    return this.relIds.length;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** A node's label (null when unknown). */
  labelOf(id: string): NodeLabel | null {
    const i = this.index.get(id);
    return i === undefined ? null : NODE_LABELS[this.labels[i]!]!;
  }

  /** A node's name (null when unknown). */
  nameOf(id: string): string | null {
    const i = this.index.get(id);
    return i === undefined ? null : this.names[i]!;
  }

  /** A node's small display fields (level, category, date …; null when unknown or none). */
  fieldsOf(id: string): Record<string, unknown> | null {
    const i = this.index.get(id);
    return i === undefined ? null : (this.extras[i] ?? null);
  }

  /** Type and end ids of those of the relationships in `relIds` that the skeleton holds (one scan). */
  relsIn(relIds: ReadonlySet<string>): { type: RelType; source: string; target: string }[] {
    const out: { type: RelType; source: string; target: string }[] = [];
    for (let k = 0; k < this.relIds.length; k++) {
      if (relIds.has(this.relIds[k]!))
        out.push({
          type: REL_TYPES[this.relTypes[k]!]!,
          source: this.ids[this.relSrc[k]!]!,
          target: this.ids[this.relDst[k]!]!,
        });
    }
    return out;
  }

  /** The end ids of those of the relationships in `relIds` that the skeleton holds (one scan). */
  endsOf(relIds: ReadonlySet<string>): string[] {
    const out: string[] = [];
    for (let k = 0; k < this.relIds.length; k++) {
      if (relIds.has(this.relIds[k]!)) out.push(this.ids[this.relSrc[k]!]!, this.ids[this.relDst[k]!]!);
    }
    return out;
  }

  /** The ids of the nodes one relationship away from a node (empty when unknown). */
  neighbourIds(id: string): string[] {
    const i = this.index.get(id);
    if (i === undefined) return [];
    const out = new Set<string>();
    for (let k = this.offsets[i]!; k < this.offsets[i + 1]!; k++) {
      const r = this.adj[k]!;
      out.add(this.ids[this.relSrc[r] === i ? this.relDst[r]! : this.relSrc[r]!]!);
    }
    return [...out];
  }

  degree(id: string): number {
    const i = this.index.get(id);
    return i === undefined ? 0 : this.offsets[i + 1]! - this.offsets[i]!;
  }

  /**
   * The centre plus up to `limit` nodes within `depth` hops, nearest first (ties: higher degree,
   * then id), and every relationship among the chosen nodes. Null when the centre is unknown.
   */
  neighbourhood(id: string, depth: number, limit: number): SerializedGraph | null {
    const centre = this.index.get(id);
    if (centre === undefined) return null;
    const chosen = new Map<number, number>([[centre, 0]]);
    let frontier = [centre];
    for (let d = 1; d <= depth && chosen.size <= limit; d++) {
      const found = new Set<number>();
      for (const u of frontier) {
        for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
          const r = this.adj[k]!;
          const v = this.relSrc[r] === u ? this.relDst[r]! : this.relSrc[r]!;
          if (!chosen.has(v)) found.add(v);
        }
      }
      const ranked = [...found].sort((a, b) => {
        const byDegree = this.offsets[b + 1]! - this.offsets[b]! - (this.offsets[a + 1]! - this.offsets[a]!);
        if (byDegree !== 0) return byDegree;
        return this.ids[a]! < this.ids[b]! ? -1 : 1;
      });
      const room = limit + 1 - chosen.size;
      for (const v of ranked.slice(0, room)) chosen.set(v, d);
      frontier = ranked.slice(0, room);
    }
    const graph: SerializedGraph = {
      options: { type: "directed", multi: true, allowSelfLoops: true },
      nodes: [],
      edges: [],
    };
    for (const [i, distance] of chosen) {
      graph.nodes.push({ key: this.ids[i]!, attributes: { ...this.nodeAttributes(i), distance } });
    }
    const seenRels = new Set<number>();
    for (const i of chosen.keys()) {
      for (let k = this.offsets[i]!; k < this.offsets[i + 1]!; k++) {
        const r = this.adj[k]!;
        if (seenRels.has(r)) continue;
        const other = this.relSrc[r] === i ? this.relDst[r]! : this.relSrc[r]!;
        if (!chosen.has(other)) continue;
        seenRels.add(r);
        graph.edges.push({
          key: this.relIds[r]!,
          source: this.ids[this.relSrc[r]!]!,
          target: this.ids[this.relDst[r]!]!,
          attributes: { type: REL_TYPES[this.relTypes[r]!]!, ...this.relExtras[r] },
        });
      }
    }
    return graph;
  }

  /** An article's title and date, as the evidence lists show them (null when unknown). */
  article(id: string): { title: string; date: string | null } | null {
    const i = this.index.get(id);
    if (i === undefined || NODE_LABELS[this.labels[i]!] !== "Article") return null;
    const date = this.extras[i]?.date;
    return { title: this.names[i]!, date: typeof date === "string" ? date : null };
  }

  /**
   * Every relationship of a node as seen from it (type, direction, the other end with its small
   * fields, the qualifier, the evidence count), in a stable order: type, direction, the other's
   * name, id. Null when the node is unknown.
   */
  relationshipsOf(id: string): SkeletonRel[] | null {
    const cached = this.relCache.get(id);
    if (cached) return cached;
    const i = this.index.get(id);
    if (i === undefined) return null;
    const out: SkeletonRel[] = [];
    for (let k = this.offsets[i]!; k < this.offsets[i + 1]!; k++) {
      const r = this.adj[k]!;
      const out_ = this.relSrc[r] === i;
      const o = out_ ? this.relDst[r]! : this.relSrc[r]!;
      const { evidenceCount, ...qualifier } = this.relExtras[r] ?? {};
      out.push({
        id: this.relIds[r]!,
        type: REL_TYPES[this.relTypes[r]!]!,
        direction: out_ ? "out" : "in",
        other: { id: this.ids[o]!, label: NODE_LABELS[this.labels[o]!]!, name: this.names[o]! },
        otherFields: this.extras[o] ?? {},
        qualifier,
        evidenceCount: typeof evidenceCount === "number" ? evidenceCount : 0,
      });
    }
    // A self-loop is listed once from each end: keep one.
    const seen = new Set<string>();
    const sorted = out
      .filter((x) => {
        if (seen.has(x.id)) return false;
        seen.add(x.id);
        return true;
      })
      .sort(
        (a, b) =>
          cmp(a.type, b.type) ||
          cmp(a.direction, b.direction) ||
          ZH.compare(a.other.name, b.other.name) ||
          cmp(a.id, b.id),
      );
    // Hubs are asked for page after page: their sorted lists are kept (a few, the latest).
    if (sorted.length > 500) {
      if (this.relCache.size >= 16) this.relCache.delete(this.relCache.keys().next().value!);
      this.relCache.set(id, sorted);
    }
    return sorted;
  }

  private nodeAttributes(i: number): Record<string, unknown> {
    return { label: this.names[i]!, nodeType: NODE_LABELS[this.labels[i]!]!, ...this.extras[i] };
  }
}

/** A relationship seen from one of its ends (see GraphSkeleton.relationshipsOf). */
export interface SkeletonRel {
  id: string;
  type: RelType;
  direction: "out" | "in";
  other: { id: string; label: NodeLabel; name: string };
  /** The other end's small display fields (level, category, date …). */
  otherFields: Record<string, unknown>;
  qualifier: Record<string, unknown>;
  evidenceCount: number;
}

const ZH = new Intl.Collator("zh");

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds the skeleton from query rows (rows may carry values nested as plain objects). */
export function skeletonFromRows(nodeRows: unknown[], relRows: unknown[]): GraphSkeleton {
  return new GraphSkeleton(snapshotFromRows(nodeRows.filter(isRecord), relRows.filter(isRecord)));
}

interface NodeRecord {
  id: string;
  label: number;
  name: string;
  extra: Record<string, unknown> | null;
}

interface RelRecord {
  id: string;
  type: number;
  source: string;
  target: string;
  extra: Record<string, unknown> | null;
}

/**
 * The fields of a row the skeleton keeps beside id, name and ends: those of `fields` that are set
 * (an empty list counts as unset) and a non-negative `count` column; null when there are none.
 */
function extraOf(row: Row, fields: readonly string[], count: string): Record<string, unknown> | null {
  let extra: Record<string, unknown> | null = null;
  for (const f of fields) {
    const v = row[f];
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    extra ??= {};
    extra[f] = v;
  }
  const n = num(row[count], -1);
  if (n >= 0) {
    extra ??= {};
    extra[count] = n;
  }
  return extra;
}

/** A `skeleton-nodes` row as the skeleton keeps it (null: no id or an unknown label). */
function nodeRecord(row: Row): NodeRecord | null {
  const id = str(row.id);
  const label = NODE_LABELS.indexOf(str(row.label) as NodeLabel);
  if (!id || label < 0) return null;
  return { id, label, name: str(row.name), extra: extraOf(row, NODE_FIELDS, "articleCount") };
}

/** A `skeleton-rels` row as the skeleton keeps it (null: no id or an unknown type). */
function relRecord(row: Row): RelRecord | null {
  const id = str(row.id);
  const type = REL_TYPES.indexOf(str(row.type) as RelType);
  if (!id || type < 0) return null;
  return {
    id,
    type,
    source: str(row.source),
    target: str(row.target),
    extra: extraOf(row, REL_FIELDS, "evidenceCount"),
  };
}

/** Node and relationship records as a snapshot (duplicates and rels with an unknown end dropped). */
function snapshotOf(nodes: Iterable<NodeRecord>, rels: Iterable<RelRecord>): SkeletonSnapshot {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const labels: number[] = [];
  const names: string[] = [];
  const extras: (Record<string, unknown> | null)[] = [];
  for (const n of nodes) {
    if (index.has(n.id)) continue;
    index.set(n.id, ids.length);
    ids.push(n.id);
    labels.push(n.label);
    names.push(n.name);
    extras.push(n.extra);
  }
  const relIds: string[] = [];
  const src: number[] = [];
  const dst: number[] = [];
  const types: number[] = [];
  const relExtras: (Record<string, unknown> | null)[] = [];
  const seen = new Set<string>();
  for (const r of rels) {
    const s = index.get(r.source);
    const d = index.get(r.target);
    if (s === undefined || d === undefined || seen.has(r.id)) continue;
    seen.add(r.id);
    relIds.push(r.id);
    src.push(s);
    dst.push(d);
    types.push(r.type);
    relExtras.push(r.extra);
  }
  return {
    ids,
    labels: Uint8Array.from(labels),
    names,
    extras,
    relIds,
    relTypes: Uint8Array.from(types),
    relSrc: Int32Array.from(src),
    relDst: Int32Array.from(dst),
    relExtras,
  };
}

/** The `skeleton-nodes` / `skeleton-rels` rows as a snapshot (unknown ends and duplicates dropped). */
function snapshotFromRows(nodeRows: Row[], relRows: Row[]): SkeletonSnapshot {
  const nodes = nodeRows.map(nodeRecord).filter((n): n is NodeRecord => n !== null);
  const rels = relRows.map(relRecord).filter((r): r is RelRecord => r !== null);
  return snapshotOf(nodes, rels);
}

/**
 * A skeleton with some nodes and relationships replaced: every node in `nodeIds` and every
 * relationship in `relIds` is dropped from `old`, then the rows of those still in the graph
 * (`nodeRows`, `relRows`: the `skeleton-nodes-by-id` / `skeleton-rels-by-id` answers) are added
 * back; a relationship left with a missing end is dropped. The start cache's update after an
 * incremental write: it answers what `skeletonFromRows` over the whole new graph answers.
 */
export function skeletonWithChanges(
  old: GraphSkeleton,
  nodeIds: Iterable<string>,
  nodeRows: unknown[],
  relIds: Iterable<string>,
  relRows: unknown[],
): GraphSkeleton {
  const s = old.snapshot();
  const dropNodes = new Set(nodeIds);
  const dropRels = new Set(relIds);
  function* nodes(): Generator<NodeRecord> {
    for (let i = 0; i < s.ids.length; i++) {
      const id = s.ids[i]!;
      if (!dropNodes.has(id))
        yield { id, label: s.labels[i]!, name: s.names[i]!, extra: s.extras[i] ?? null };
    }
    for (const row of nodeRows.filter(isRecord)) {
      const n = nodeRecord(row);
      if (n && dropNodes.has(n.id)) yield n;
    }
  }
  function* rels(): Generator<RelRecord> {
    for (let k = 0; k < s.relIds.length; k++) {
      const id = s.relIds[k]!;
      if (dropRels.has(id)) continue;
      yield {
        id,
        type: s.relTypes[k]!,
        source: s.ids[s.relSrc[k]!]!,
        target: s.ids[s.relDst[k]!]!,
        extra: s.relExtras[k] ?? null,
      };
    }
    for (const row of relRows.filter(isRecord)) {
      const r = relRecord(row);
      if (r && dropRels.has(r.id)) yield r;
    }
  }
  return new GraphSkeleton(snapshotOf(nodes(), rels()));
}
