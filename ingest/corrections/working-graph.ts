/**
 * A resolved graph opened for corrections: nodes and relationships by id with the indexes that
 * stable keys need (facts by article, nodes by label + name or alias), and the few mutations that
 * corrections make (add/remove/re-point a relationship, create/rename/drop a node).
 */
import { nodeId, relId } from "../../model/ids.ts";
import type { Evidence, GraphBatch, GraphNode, GraphRel, NodeLabel } from "../../model/types.ts";
import { nameKey } from "../resolve/normalise.ts";
import { pinyinKeys } from "../resolve/pinyin.ts";
import type { EntityKey, FactKey } from "./types.ts";

/** The qualifier a relationship id is derived from (as ingest/resolve does). */
export function qualifierOf(r: GraphRel): string {
  if (r.type === "ORGANIZED_BY") return r.role ?? "";
  if (r.type === "REPORTED") return r.role;
  return "";
}

export function evidenceStart(e: Evidence): number {
  return e.offset + e.spanStart;
}
export function evidenceEnd(e: Evidence): number {
  return e.offset + e.spanEnd;
}

function aliasesOf(n: GraphNode): string[] {
  return "aliases" in n ? n.aliases : [];
}

const nameIndexKey = (label: NodeLabel, name: string) => `${label}\u0001${nameKey(name)}`;

export class WorkingGraph {
  readonly nodes = new Map<string, GraphNode>();
  readonly rels = new Map<string, GraphRel>();
  /** Rejected relationships, out of the graph, with the reason. */
  readonly rejected = new Map<string, GraphRel & { reason: string }>();
  private readonly byArticle = new Map<string, Set<string>>();
  private readonly byName = new Map<string, Set<string>>();

  constructor(batch: GraphBatch) {
    for (const n of batch.nodes) this.putNode(n);
    for (const r of batch.rels) this.putRel(r);
  }

  // --- nodes ---

  putNode(n: GraphNode): void {
    this.nodes.set(n.id, n);
    for (const name of [n.name, ...aliasesOf(n)]) this.indexName(n.label, name, n.id);
  }

  private indexName(label: NodeLabel, name: string, id: string): void {
    const k = nameIndexKey(label, name);
    let set = this.byName.get(k);
    if (!set) {
      set = new Set();
      this.byName.set(k, set);
    }
    set.add(id);
  }

  dropNode(id: string): void {
    const n = this.nodes.get(id);
    if (!n) return;
    this.nodes.delete(id);
    for (const name of [n.name, ...aliasesOf(n)]) this.byName.get(nameIndexKey(n.label, name))?.delete(id);
  }

  /** Nodes of `label` named `name` (name or alias), sorted by id. */
  named(label: NodeLabel, name: string): GraphNode[] {
    const ids = [...(this.byName.get(nameIndexKey(label, name)) ?? [])].sort();
    return ids.map((id) => this.nodes.get(id)).filter((n): n is GraphNode => n !== undefined);
  }

  /** The node an entity key names: in its article (at its span when given), else the one so named. */
  findEntity(key: EntityKey): GraphNode | null {
    const candidates = this.named(key.label, key.name);
    if (key.articleId === null) return candidates.length === 1 ? (candidates[0] ?? null) : null;
    const inArticle = candidates.filter((n) => n.articleIds.includes(key.articleId as string));
    if (key.start !== undefined) {
      const exact = inArticle.find((n) =>
        n.evidence.some(
          (e) =>
            e.articleId === key.articleId && evidenceStart(e) === key.start && evidenceEnd(e) === key.end,
        ),
      );
      if (exact) return exact;
    }
    if (inArticle[0]) return inArticle[0];
    // A label other than Person is one node per name: the article anchor is only a tie-break.
    if (key.label !== "Person" && candidates.length === 1) return candidates[0] ?? null;
    return null;
  }

  /** Rename a node; the old name stays an alias where the label has aliases. */
  rename(n: GraphNode, name: string): void {
    const old = n.name;
    if (old === name) return;
    this.byName.get(nameIndexKey(n.label, old))?.delete(n.id);
    n.name = name;
    if ("aliases" in n) {
      n.aliases = n.aliases.filter((a) => a !== name);
      if (!n.aliases.includes(old)) n.aliases.push(old);
      this.indexName(n.label, old, n.id);
    }
    if (n.label === "Person") Object.assign(n, pinyinKeys(name));
    if (n.label === "Article") n.title = name;
    this.indexName(n.label, name, n.id);
  }

  addAlias(n: GraphNode, alias: string): void {
    if (!("aliases" in n) || alias === n.name || n.aliases.includes(alias)) return;
    n.aliases.push(alias);
    this.indexName(n.label, alias, n.id);
  }

  /** A node created by a correction (deterministic id from label and key). */
  createNode(label: NodeLabel, name: string, key: string, provenance: Evidence | null): GraphNode {
    const id = nodeId(label, key);
    const existing = this.nodes.get(id);
    if (existing) return existing;
    const base = {
      id,
      name,
      articleIds: provenance ? [provenance.articleId] : [],
      evidence: provenance ? [provenance] : [],
    };
    let n: GraphNode;
    switch (label) {
      case "Person":
        n = { ...base, label, aliases: [], ...pinyinKeys(name), mergeKey: `correction:${key}` };
        break;
      case "Honour":
        n = { ...base, label, scope: "", level: null, category: name };
        break;
      case "Organization":
        n = { ...base, label, aliases: [], orgType: "other" };
        break;
      case "Event":
        n = { ...base, label, theme: null, date: null, campaign: null };
        break;
      case "Place":
        n = { ...base, label, aliases: [] };
        break;
      case "Article":
        throw new Error("WorkingGraph.createNode: articles come from ingest only");
    }
    this.putNode(n);
    return n;
  }

  // --- relationships ---

  private articlesOf(r: GraphRel): string[] {
    return [...new Set([...r.articleIds, ...r.evidence.map((e) => e.articleId)])];
  }

  putRel(r: GraphRel): void {
    this.rels.set(r.id, r);
    for (const a of this.articlesOf(r)) {
      let set = this.byArticle.get(a);
      if (!set) {
        set = new Set();
        this.byArticle.set(a, set);
      }
      set.add(r.id);
    }
  }

  removeRel(id: string): GraphRel | null {
    const r = this.rels.get(id);
    if (!r) return null;
    this.rels.delete(id);
    for (const a of this.articlesOf(r)) this.byArticle.get(a)?.delete(id);
    return r;
  }

  /** Relationship ids with a source in `articleId`. */
  relsInArticle(articleId: string): string[] {
    return [...(this.byArticle.get(articleId) ?? [])].sort();
  }

  private namesMatch(r: GraphRel, key: FactKey): boolean {
    const s = this.nodes.get(r.source);
    const t = this.nodes.get(r.target);
    return (
      s !== undefined &&
      t !== undefined &&
      s.label === key.source.label &&
      t.label === key.target.label &&
      nameKey(s.name) === nameKey(key.source.name) &&
      nameKey(t.name) === nameKey(key.target.name)
    );
  }

  /**
   * The relationship a fact key names: its type with evidence at exactly that span and endpoints so
   * named; else (a changed extractor moved the span) the same type and names in the same article.
   */
  findFact(key: FactKey): { rel: GraphRel; by: "span" | "names" } | null {
    const candidates = this.relsInArticle(key.articleId)
      .map((id) => this.rels.get(id))
      .filter((r): r is GraphRel => r !== undefined && r.type === key.kind && this.namesMatch(r, key));
    const exact = candidates.find((r) =>
      r.evidence.some(
        (e) => e.articleId === key.articleId && evidenceStart(e) === key.start && evidenceEnd(e) === key.end,
      ),
    );
    if (exact) return { rel: exact, by: "span" };
    return candidates[0] ? { rel: candidates[0], by: "names" } : null;
  }

  /** A rejected relationship the key names (exact span or names), for "already rejected". */
  findRejected(key: FactKey): GraphRel | null {
    for (const r of this.rejected.values()) {
      if (r.type === key.kind && r.articleIds.includes(key.articleId) && this.namesMatch(r, key)) return r;
    }
    return null;
  }

  /**
   * Re-point (or re-qualify) a relationship: it gets the id of its new endpoints and qualifier; when
   * that relationship already exists the two are one, their sources merged. Returns the result.
   */
  repoint(r: GraphRel, change: (r: GraphRel) => void): GraphRel {
    this.removeRel(r.id);
    change(r);
    r.id = relId(r.type, r.source, r.target, qualifierOf(r));
    const existing = this.rels.get(r.id);
    if (!existing) {
      this.putRel(r);
      return r;
    }
    this.removeRel(existing.id);
    mergeProvenance(existing, r);
    if (r.review && r.review !== "extracted") existing.review = r.review;
    this.putRel(existing);
    return existing;
  }

  toBatch(): GraphBatch {
    const nodes = [...this.nodes.values()].sort((a, b) => a.id.localeCompare(b.id));
    const rels = [...this.rels.values()]
      .filter((r) => this.nodes.has(r.source) && this.nodes.has(r.target))
      .sort((a, b) => a.id.localeCompare(b.id));
    return { nodes, rels };
  }
}

const evKey = (e: Evidence) => `${e.articleId}\u0001${e.offset}\u0001${e.spanStart}\u0001${e.spanEnd}`;

/** Add `from`'s article ids and evidence to `into` (deduplicated; nodes keep at most `cap` sentences). */
export function mergeProvenance(
  into: { articleIds: string[]; evidence: Evidence[] },
  from: { articleIds: string[]; evidence: Evidence[] },
  cap = Number.POSITIVE_INFINITY,
): void {
  for (const a of from.articleIds) if (!into.articleIds.includes(a)) into.articleIds.push(a);
  const seen = new Set(into.evidence.map(evKey));
  for (const e of from.evidence) {
    if (into.evidence.length >= cap) break;
    if (!seen.has(evKey(e))) {
      seen.add(evKey(e));
      into.evidence.push(e);
    }
  }
}
