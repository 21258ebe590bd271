/**
 * Facts for review: relationships filtered by review state (unreviewed = extracted), type,
 * article or endpoint, rejected ones from the last rebuild's record (they are out of the graph);
 * and the article view, the whole text with every fact's span as absolute offsets.
 */
import type { GraphStore } from "../../cypher/store.ts";
import { readAppliedState } from "../../ingest/corrections/applied-state.ts";
import type { RejectedFact } from "../../ingest/corrections/apply-corrections.ts";
import { NotFoundError } from "../../model/errors.ts";
import type { Evidence } from "../../model/types.ts";
import type { FactOut, FactsQuery } from "../correction-schemas.ts";
import { reviewOf } from "./graph-service.ts";
import { evidenceList, isRecord, nodeLabel, num, type Row, relType, str, strOrNull } from "./row-values.ts";

const QUALIFIERS = ["year", "jobTitle", "talkTitle", "role"] as const;

function factOfRow(row: Row): FactOut | null {
  const type = relType(row.type);
  if (!type) return null;
  const qualifier: Record<string, unknown> = {};
  for (const q of QUALIFIERS) if (row[q] !== null && row[q] !== undefined) qualifier[q] = row[q];
  return {
    relId: str(row.id),
    type,
    review: reviewOf(row.review),
    source: {
      id: str(row.sourceId),
      label: nodeLabel(row.sourceLabel, str(row.sourceId)),
      name: str(row.sourceName),
    },
    target: {
      id: str(row.targetId),
      label: nodeLabel(row.targetLabel, str(row.targetId)),
      name: str(row.targetName),
    },
    qualifier,
    evidence: evidenceList(row.evidence),
  };
}

function factOfRejected(r: RejectedFact): FactOut {
  const qualifier: Record<string, unknown> = {};
  const rel = r.rel as unknown as Record<string, unknown>;
  for (const q of QUALIFIERS) if (rel[q] !== null && rel[q] !== undefined) qualifier[q] = rel[q];
  return {
    relId: r.rel.id,
    type: r.rel.type,
    review: "rejected",
    source: r.source,
    target: r.target,
    qualifier,
    reason: r.reason,
    evidence: r.rel.evidence,
  };
}

export class FactService {
  constructor(private readonly deps: { store: GraphStore; dataDir: string }) {}

  private async rejected(): Promise<RejectedFact[]> {
    return (await readAppliedState(this.deps.dataDir)).rejected;
  }

  async facts(q: FactsQuery): Promise<{ total: number; facts: FactOut[] }> {
    if (q.review === "rejected") {
      const all = (await this.rejected())
        .filter((r) => !q.type || r.rel.type === q.type)
        .filter((r) => !q.articleId || r.rel.articleIds.includes(q.articleId))
        .filter((r) => !q.nodeId || r.source.id === q.nodeId || r.target.id === q.nodeId)
        .sort((a, b) => a.rel.id.localeCompare(b.rel.id));
      return { total: all.length, facts: all.slice(q.offset, q.offset + q.limit).map(factOfRejected) };
    }
    const params = {
      review: q.review === "unreviewed" ? "extracted" : q.review === "reviewed" || !q.review ? "" : q.review,
      reviewed: q.review === "reviewed",
      type: q.type ?? "",
      articleId: q.articleId ?? "",
      nodeId: q.nodeId ?? "",
    };
    const [count, rows] = await Promise.all([
      this.deps.store.query<Row>("count-facts", params),
      this.deps.store.query<Row>("list-facts", { ...params, skip: q.offset, limit: q.limit }),
    ]);
    return {
      total: num(count[0]?.total),
      facts: rows.map(factOfRow).filter((f): f is FactOut => f !== null),
    };
  }

  /** The article view: text, and every fact stated in it (rejected ones too) with absolute offsets. */
  async article(id: string) {
    const nodeRows = await this.deps.store.query<Row>("get-node", { id });
    let node: Row | null = null;
    for (const row of nodeRows) for (const v of Object.values(row)) if (isRecord(v) && v.id === id) node = v;
    if (!node || nodeLabel(node.label, id) !== "Article") throw new NotFoundError(`No article with id ${id}`);
    const stored = (await this.deps.store.query<Row>("article-facts", { id }))
      .map(factOfRow)
      .filter((f): f is FactOut => f !== null);
    const rejected = (await this.rejected()).filter((r) => r.rel.articleIds.includes(id)).map(factOfRejected);
    const facts = [...stored, ...rejected].flatMap(({ evidence, ...f }) =>
      evidence
        .filter((e: Evidence) => e.articleId === id)
        .map((e) => ({
          ...f,
          start: e.offset + e.spanStart,
          end: e.offset + e.spanEnd,
          sentenceStart: e.offset,
          sentenceEnd: e.offset + e.sentence.length,
        })),
    );
    facts.sort((a, b) => a.start - b.start || a.end - b.end || a.relId.localeCompare(b.relId));
    const reviewedIds = new Set(facts.filter((f) => f.review !== "extracted").map((f) => f.relId));
    return {
      id,
      title: str(node.title ?? node.name),
      subtitle: strOrNull(node.subtitle),
      date: strOrNull(node.date),
      source: strOrNull(node.source),
      text: str(node.text),
      reviewed: { facts: new Set(facts.map((f) => f.relId)).size, reviewed: reviewedIds.size },
      facts,
    };
  }
}
