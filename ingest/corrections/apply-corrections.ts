/**
 * Replays the corrections log over a freshly resolved graph, in log order, skipping undone
 * entries. Each entry finds its target by stable key; one that finds nothing is orphaned (with
 * the reason), never dropped. Every relationship leaves with a review state; rejected ones leave
 * the graph and are returned apart.
 */
import { relId } from "../../model/ids.ts";
import {
  type Evidence,
  type GraphBatch,
  type GraphNode,
  type GraphRel,
  type NodeLabel,
  ORGANIZER_ROLES,
  type OrganizerRole,
  REL_ENDPOINTS,
} from "../../model/types.ts";
import { parseHonour } from "../extract/parse-honour.ts";
import { NODE_EVIDENCE_CAP } from "../resolve/graph-builder.ts";
import { nameKey } from "../resolve/normalise.ts";
import { orgKey } from "../resolve/org-names.ts";
import type { CorrectionEntry, EndpointKey, EntryOutcome, FactKey, FieldValue } from "./types.ts";
import { mergeProvenance, qualifierOf, WorkingGraph } from "./working-graph.ts";

export interface RejectedFact {
  rel: GraphRel;
  reason: string;
  source: { id: string; label: NodeLabel; name: string };
  target: { id: string; label: NodeLabel; name: string };
}

export interface AppliedCorrections {
  batch: GraphBatch;
  outcomes: EntryOutcome[];
  rejected: RejectedFact[];
}

class Orphan extends Error {}

/** The sentence of `text` around [start, end): from after the previous stop to the next one. */
export function sentenceAround(text: string, start: number, end: number): Evidence & { articleId: "" } {
  const stops = /[。！？!?\n]/;
  let s = start;
  while (s > 0 && !stops.test(text[s - 1] ?? "")) s -= 1;
  let e = Math.max(end, start);
  while (e < text.length && !stops.test(text[e] ?? "")) e += 1;
  if (e < text.length && text[e] !== "\n") e += 1;
  return { articleId: "", sentence: text.slice(s, e), offset: s, spanStart: start - s, spanEnd: end - s };
}

/** Entries cancelled by a live undo (an undo undone restores its target), with who undid them. */
export function undoneEntries(entries: readonly CorrectionEntry[]): Map<string, string> {
  const undone = new Map<string, string>();
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const e = entries[i];
    if (e?.action === "undo" && !undone.has(e.id)) undone.set(e.entryId, e.id);
  }
  return undone;
}

/** Key a node created by a correction gets its id from (the same name gives the same node). */
function createdKey(label: NodeLabel, name: string): string {
  return label === "Organization" ? orgKey(name) : nameKey(name);
}

class Replay {
  constructor(private readonly g: WorkingGraph) {}

  private fact(key: FactKey): GraphRel {
    const found = this.g.findFact(key);
    if (found) return found.rel;
    if (this.g.findRejected(key)) throw new Orphan("the fact is rejected");
    throw new Orphan("no such fact in the article any more");
  }

  private entity(key: Parameters<WorkingGraph["findEntity"]>[0]): GraphNode {
    const n = this.g.findEntity(key);
    if (!n) throw new Orphan(`no ${key.label} named ${key.name} in that article any more`);
    return n;
  }

  /** The node a name stands for: one of that label so named (in `articleId` first), else a new one. */
  private nodeByName(
    label: NodeLabel,
    name: string,
    articleId: string | null,
    ev: Evidence | null,
  ): GraphNode {
    const named = this.g.named(label, name);
    const inArticle = articleId ? named.find((n) => n.articleIds.includes(articleId)) : undefined;
    const found = inArticle ?? (label === "Person" ? undefined : named[0]);
    if (found) {
      if (ev) mergeProvenance(found, { articleIds: [ev.articleId], evidence: [ev] }, NODE_EVIDENCE_CAP);
      return found;
    }
    const key = label === "Person" ? `${nameKey(name)}|${articleId ?? ""}` : createdKey(label, name);
    const n = this.g.createNode(label, name, key, ev);
    if (n.label === "Honour") {
      const parsed = parseHonour(name);
      if (parsed) Object.assign(n, { scope: parsed.scope, level: parsed.level, category: parsed.category });
    }
    return n;
  }

  private retarget(r: GraphRel, label: NodeLabel, value: FieldValue): GraphRel {
    if (typeof value !== "string" || !value) throw new Orphan("a name is needed");
    const node = this.nodeByName(label, value, r.articleIds[0] ?? null, r.evidence[0] ?? null);
    return this.g.repoint(r, (x) => {
      x.target = node.id;
      x.review = "corrected";
    });
  }

  private edit(r: GraphRel, field: string, value: FieldValue): GraphRel {
    const text = typeof value === "string" && value ? value : null;
    if (field === "honour") return this.retarget(r, "Honour", value);
    if (field === "employer" || field === "organiser") return this.retarget(r, "Organization", value);
    if (field === "venue") return this.retarget(r, "Place", value);
    if (field === "year" && r.type === "HAS_HONOUR") {
      r.year = typeof value === "number" ? value : null;
    } else if (field === "jobTitle" && r.type === "WORKS_FOR") {
      r.jobTitle = text;
    } else if (field === "talkTitle" && r.type === "SPOKE_AT") {
      r.talkTitle = text;
    } else if (field === "role" && r.type === "ORGANIZED_BY") {
      if (text !== null && !ORGANIZER_ROLES.includes(text as OrganizerRole)) throw new Orphan("unknown role");
      return this.g.repoint(r, (x) => {
        if (x.type === "ORGANIZED_BY") x.role = text as OrganizerRole | null;
        x.review = "corrected";
      });
    } else {
      throw new Orphan(`${field} is not a field of ${r.type}`);
    }
    r.review = "corrected";
    return r;
  }

  private add(e: Extract<CorrectionEntry, { action: "add" }>): GraphRel {
    const key = e.target;
    const article = this.g.nodes.get(key.articleId);
    if (article?.label !== "Article") throw new Orphan("the article is not in the graph");
    if (key.end <= key.start || key.end > article.text.length)
      throw new Orphan("the span is outside the article");
    const ends = REL_ENDPOINTS[key.kind];
    if (!ends.from.includes(key.source.label) || !ends.to.includes(key.target.label))
      throw new Orphan(`${key.kind} does not join ${key.source.label} to ${key.target.label}`);
    const ev: Evidence = { ...sentenceAround(article.text, key.start, key.end), articleId: article.id };
    const endpoint = (k: EndpointKey) =>
      k.label === "Article" ? article : this.nodeByName(k.label, k.name, article.id, ev);
    const source = endpoint(key.source);
    const target = endpoint(key.target);
    const q = e.qualifiers;
    const base = { source: source.id, target: target.id, articleIds: [article.id], evidence: [ev] };
    let rel: GraphRel;
    switch (key.kind) {
      case "HAS_HONOUR":
        rel = { ...base, id: "", type: key.kind, year: q.year ?? null };
        break;
      case "WORKS_FOR":
        rel = { ...base, id: "", type: key.kind, jobTitle: q.jobTitle ?? null };
        break;
      case "SPOKE_AT":
        rel = { ...base, id: "", type: key.kind, talkTitle: q.talkTitle ?? null };
        break;
      case "ORGANIZED_BY":
        rel = { ...base, id: "", type: key.kind, role: q.role ?? null };
        break;
      case "HELD_AT":
        rel = { ...base, id: "", type: key.kind };
        break;
      case "REPORTED":
        rel = { ...base, id: "", type: key.kind, role: "reporter" };
        break;
    }
    rel.id = relId(rel.type, rel.source, rel.target, qualifierOf(rel));
    const existing = this.g.rels.get(rel.id);
    if (existing) {
      // Already found by the extractor: the reviewer's span is one more source, and a confirmation.
      this.g.removeRel(existing.id);
      mergeProvenance(existing, rel);
      if ((existing.review ?? "extracted") === "extracted") existing.review = "confirmed";
      this.g.putRel(existing);
      return existing;
    }
    rel.review = "added";
    this.g.putRel(rel);
    return rel;
  }

  private merge(keep: GraphNode, other: GraphNode): void {
    if (keep.id === other.id) throw new Orphan("both keys name the same node");
    if (keep.label !== other.label) throw new Orphan("a merge joins two nodes of one label");
    for (const id of [...this.g.rels.keys()]) {
      const r = this.g.rels.get(id);
      if (!r || (r.source !== other.id && r.target !== other.id)) continue;
      this.g.repoint(r, (x) => {
        if (x.source === other.id) x.source = keep.id;
        if (x.target === other.id) x.target = keep.id;
      });
    }
    for (const r of this.g.rejected.values()) {
      if (r.source === other.id) r.source = keep.id;
      if (r.target === other.id) r.target = keep.id;
    }
    mergeProvenance(keep, other, NODE_EVIDENCE_CAP);
    this.g.dropNode(other.id);
    this.g.addAlias(keep, other.name);
    if ("aliases" in other) for (const a of other.aliases) this.g.addAlias(keep, a);
  }

  private split(e: Extract<CorrectionEntry, { action: "split" }>): GraphNode {
    const person = this.entity(e.target);
    if (person.label !== "Person") throw new Orphan("only a person is split");
    const moving = new Set(e.articleIds.filter((a) => person.articleIds.includes(a)));
    if (moving.size === 0) throw new Orphan("the person is not named in those articles any more");
    if (moving.size === person.articleIds.length)
      throw new Orphan("a split must leave the person some articles");
    const name = e.name ?? person.name;
    const fresh = this.g.createNode(
      "Person",
      name,
      `split|${nameKey(name)}|${[...moving].sort().join(",")}`,
      null,
    );
    fresh.articleIds = person.articleIds.filter((a) => moving.has(a));
    fresh.evidence = person.evidence.filter((x) => moving.has(x.articleId));
    person.articleIds = person.articleIds.filter((a) => !moving.has(a));
    person.evidence = person.evidence.filter((x) => !moving.has(x.articleId));
    for (const id of [...this.g.rels.keys()]) {
      const r = this.g.rels.get(id);
      if (!r || (r.source !== person.id && r.target !== person.id)) continue;
      const inMoved = r.evidence.filter((x) => moving.has(x.articleId));
      if (inMoved.length === 0) continue;
      const rest = r.evidence.filter((x) => !moving.has(x.articleId));
      const repoint = (x: GraphRel) => {
        if (x.source === person.id) x.source = fresh.id;
        if (x.target === person.id) x.target = fresh.id;
      };
      if (rest.length === 0) {
        this.g.repoint(r, repoint);
        continue;
      }
      // Stated in both parts: the moved articles' sources go with the new person.
      this.g.removeRel(r.id);
      const moved = {
        ...r,
        evidence: inMoved,
        articleIds: r.articleIds.filter((a) => moving.has(a)),
      } as GraphRel;
      r.evidence = rest;
      r.articleIds = r.articleIds.filter((a) => !moving.has(a));
      this.g.putRel(r);
      this.g.repoint(moved, repoint);
    }
    return fresh;
  }

  run(e: CorrectionEntry): Omit<EntryOutcome, "id" | "status"> {
    switch (e.action) {
      case "confirm": {
        const r = this.fact(e.target);
        if (r.review !== "corrected" && r.review !== "added") r.review = "confirmed";
        return { relId: r.id };
      }
      case "reject": {
        const r = this.fact(e.target);
        this.g.removeRel(r.id);
        r.review = "rejected";
        this.g.rejected.set(r.id, Object.assign(r, { reason: e.reason }));
        return { relId: r.id };
      }
      case "edit":
        return { relId: this.edit(this.fact(e.target), e.field, e.value).id };
      case "edit-entity": {
        const n = this.entity(e.target);
        if (e.field === "name") {
          if (typeof e.value !== "string" || !e.value) throw new Orphan("a name is needed");
          this.g.rename(n, e.value);
        } else if (n.label === "Event") {
          n[e.field] = typeof e.value === "string" && e.value ? e.value : null;
        } else {
          throw new Orphan(`${e.field} is not a field of ${n.label}`);
        }
        return { nodeId: n.id };
      }
      case "add":
        return { relId: this.add(e).id };
      case "merge": {
        const keep = this.entity(e.target);
        this.merge(keep, this.entity(e.other));
        return { nodeId: keep.id };
      }
      case "split":
        return { nodeId: this.split(e).id };
      case "rename": {
        const n = this.entity(e.target);
        this.g.rename(n, e.name);
        return { nodeId: n.id };
      }
      case "undo":
        return {};
    }
  }
}

/** Apply `entries` (log order) to a resolved batch. The batch's objects are modified in place. */
export function applyCorrections(batch: GraphBatch, entries: readonly CorrectionEntry[]): AppliedCorrections {
  const g = new WorkingGraph(batch);
  const replay = new Replay(g);
  const undone = undoneEntries(entries);
  const known = new Set(entries.map((e) => e.id));
  const outcomes: EntryOutcome[] = [];
  for (const e of entries) {
    const undoneBy = undone.get(e.id);
    if (undoneBy) {
      outcomes.push({ id: e.id, status: "undone", undoneBy });
      continue;
    }
    if (e.action === "undo" && !known.has(e.entryId)) {
      outcomes.push({ id: e.id, status: "orphaned", reason: "the entry it undoes is not in the log" });
      continue;
    }
    try {
      outcomes.push({ id: e.id, status: "applied", ...replay.run(e) });
    } catch (err) {
      if (!(err instanceof Orphan)) throw err;
      outcomes.push({ id: e.id, status: "orphaned", reason: err.message });
    }
  }
  const out = g.toBatch();
  for (const r of out.rels) r.review ??= "extracted";
  const endpoint = (id: string) => {
    const n = g.nodes.get(id);
    return { id, label: (n?.label ?? "Person") as NodeLabel, name: n?.name ?? "" };
  };
  const rejected = [...g.rejected.values()].map(({ reason, ...rel }) => ({
    rel: rel as GraphRel,
    reason,
    source: endpoint(rel.source),
    target: endpoint(rel.target),
  }));
  return { batch: out, outcomes, rejected };
}
