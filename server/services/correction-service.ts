/**
 * Curation: a reviewer's correction is checked against the served graph, its target turned from
 * ids into stable keys, appended to the corrections log, and the graph rebuilt from the journal
 * with the whole log (under the rebuild lock shared with ingest) before the answer, so the next
 * read sees it. Lists the log with each entry's outcome (orphans included).
 */
import type { GraphStore } from "../../cypher/store.ts";
import { readAppliedState } from "../../ingest/corrections/applied-state.ts";
import { entityKeyOf, factKeyOf } from "../../ingest/corrections/keys.ts";
import { CorrectionLog, newEntryId } from "../../ingest/corrections/log.ts";
import {
  type CorrectionEntry,
  type EndpointKey,
  type EntityKey,
  type EntryOutcome,
  FACT_FIELDS,
  type FactKey,
} from "../../ingest/corrections/types.ts";
import { Journal } from "../../ingest/journal.ts";
import { AppError, InvalidInputError, NotFoundError } from "../../model/errors.ts";
import { REL_ENDPOINTS, type RelType } from "../../model/types.ts";
import type { CorrectionBody, EndpointRequest } from "../correction-schemas.ts";
import { rebuildLock } from "./rebuild-lock.ts";
import { evidenceList, isRecord, nodeLabel, type Row, relType, str, strings } from "./row-values.ts";

export class NoJournalError extends AppError {
  override readonly status = 409;
  override readonly code = "no_journal";
}

export interface CorrectionResult {
  entry: CorrectionEntry;
  status: EntryOutcome["status"];
  reason?: string;
  relId?: string;
  nodeId?: string;
  rebuild: { nodes: number; rels: number; ms: number };
}

/** An entry before it gets its id, time and author (Omit distributed over the union). */
type Draft = CorrectionEntry extends infer E
  ? E extends unknown
    ? Omit<E, "id" | "at" | "by">
    : never
  : never;

/** Fields of a stored relationship row that a correction records as `before`. */
function relBefore(row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = { review: str(row.review) || "extracted" };
  for (const k of ["year", "jobTitle", "talkTitle", "role"] as const) {
    if (row[k] !== null && row[k] !== undefined) out[k] = row[k];
  }
  out.source = str(row.sourceName);
  out.target = str(row.targetName);
  return out;
}

function nodeOf(rows: Row[]): Row | null {
  for (const row of rows) {
    for (const v of Object.values(row)) if (isRecord(v) && typeof v.id === "string") return v;
  }
  return null;
}

export class CorrectionService {
  readonly log: CorrectionLog;

  constructor(private readonly deps: { store: GraphStore; dataDir: string; refresh: () => Promise<void> }) {
    this.log = new CorrectionLog(deps.dataDir);
  }

  private async relRow(relId: string): Promise<Row> {
    const [row] = await this.deps.store.query<Row>("get-rel", { id: relId });
    if (!row) throw new NotFoundError(`No relationship with id ${relId}`);
    return row;
  }

  private async nodeRow(nodeId: string): Promise<Row> {
    const node = nodeOf(await this.deps.store.query<Row>("get-node", { id: nodeId }));
    if (!node) throw new NotFoundError(`No node with id ${nodeId}`);
    return node;
  }

  private async fact(b: { relId?: string | undefined; fact?: FactKey | undefined }) {
    if (b.fact) return { key: b.fact, before: {} as Record<string, unknown>, type: b.fact.kind };
    if (!b.relId) throw new InvalidInputError("Name the fact: relId (or fact)");
    const row = await this.relRow(b.relId);
    const type = relType(row.type) as RelType;
    const key = factKeyOf(
      { type, articleIds: strings(row.articleIds), evidence: evidenceList(row.evidence) },
      { label: nodeLabel(row.sourceLabel), name: str(row.sourceName) },
      { label: nodeLabel(row.targetLabel), name: str(row.targetName) },
    );
    if (!key) throw new InvalidInputError(`Relationship ${b.relId} has no source article to anchor it`);
    return { key, before: relBefore(row), type };
  }

  private async entity(
    b: { nodeId?: string | undefined; entity?: EntityKey | undefined },
    what = "nodeId (or entity)",
  ): Promise<{ key: EntityKey; node: Row | null }> {
    if (b.entity) return { key: b.entity, node: null };
    if (!b.nodeId) throw new InvalidInputError(`Name the node: ${what}`);
    const node = await this.nodeRow(b.nodeId);
    const key = entityKeyOf({
      label: nodeLabel(node.label, b.nodeId),
      name: str(node.name),
      articleIds: strings(node.articleIds),
      evidence: evidenceList(node.evidence),
    });
    return { key, node };
  }

  private async endpoint(e: EndpointRequest): Promise<EndpointKey> {
    if ("nodeId" in e) {
      const node = await this.nodeRow(e.nodeId);
      return { label: nodeLabel(node.label, e.nodeId), name: str(node.name) };
    }
    return e;
  }

  /** The log entry a request stands for (ids turned into keys, values checked). */
  private async draft(body: CorrectionBody): Promise<Draft> {
    switch (body.action) {
      case "confirm": {
        const f = await this.fact(body);
        return { action: "confirm", target: f.key, before: f.before, after: { review: "confirmed" } };
      }
      case "reject": {
        const f = await this.fact(body);
        return {
          action: "reject",
          target: f.key,
          reason: body.reason,
          before: f.before,
          after: { review: "rejected" },
        };
      }
      case "edit": {
        if (body.relId || body.fact) {
          const f = await this.fact(body);
          if (!(body.field in FACT_FIELDS) || FACT_FIELDS[body.field as keyof typeof FACT_FIELDS] !== f.type)
            throw new InvalidInputError(`${body.field} is not a field of ${f.type}`);
          const field = body.field as keyof typeof FACT_FIELDS;
          if (field === "year" && body.value !== null && typeof body.value !== "number")
            throw new InvalidInputError("year is a number or null");
          if (
            ["honour", "employer", "organiser", "venue"].includes(field) &&
            !(typeof body.value === "string" && body.value)
          )
            throw new InvalidInputError(`${field} needs a name`);
          const beforeField =
            field === "honour" || field === "employer" || field === "organiser" || field === "venue"
              ? f.before.target
              : f.before[field];
          return {
            action: "edit",
            target: f.key,
            field,
            value: body.value,
            before: { ...f.before, [field]: beforeField ?? null },
            after: { [field]: body.value, review: "corrected" },
          };
        }
        const { key, node } = await this.entity(body, "relId or nodeId");
        if (body.field !== "name" && body.field !== "date" && body.field !== "theme")
          throw new InvalidInputError(`${body.field} is a field of a fact: name it by relId`);
        if (body.field !== "name" && key.label !== "Event")
          throw new InvalidInputError(`${body.field} is a field of an event`);
        if (body.field === "name" && !(typeof body.value === "string" && body.value))
          throw new InvalidInputError("name needs a value");
        return {
          action: "edit-entity",
          target: key,
          field: body.field,
          value: body.value,
          before: { [body.field]: node ? (node[body.field] ?? null) : null },
          after: { [body.field]: body.value },
        };
      }
      case "add": {
        const article = await this.nodeRow(body.articleId);
        if (nodeLabel(article.label, body.articleId) !== "Article")
          throw new InvalidInputError("articleId must name an article");
        const text = str(article.text);
        if (body.end <= body.start || body.end > text.length)
          throw new InvalidInputError(`start and end must mark words of the article (0–${text.length})`);
        const source = await this.endpoint(body.source);
        const target = await this.endpoint(body.target);
        const ends = REL_ENDPOINTS[body.kind];
        if (!ends.from.includes(source.label) || !ends.to.includes(target.label))
          throw new InvalidInputError(`${body.kind} joins ${ends.from.join("/")} to ${ends.to.join("/")}`);
        const qualifiers: Record<string, unknown> = {};
        for (const k of ["year", "jobTitle", "talkTitle", "role"] as const)
          if (body[k] !== undefined) qualifiers[k] = body[k];
        return {
          action: "add",
          target: {
            kind: body.kind,
            articleId: body.articleId,
            start: body.start,
            end: body.end,
            source,
            target,
          },
          qualifiers,
          before: {},
          after: { review: "added", words: text.slice(body.start, body.end), ...qualifiers },
        };
      }
      case "merge": {
        const a = await this.entity(body);
        const b = await this.entity({ nodeId: body.otherId, entity: body.other }, "otherId (or other)");
        if (a.key.label !== b.key.label)
          throw new InvalidInputError("A merge joins two nodes of the same label");
        if (body.nodeId && body.nodeId === body.otherId)
          throw new InvalidInputError("Merge two different nodes");
        if (a.key.label === "Article") throw new InvalidInputError("Articles are not merged");
        return {
          action: "merge",
          target: a.key,
          other: b.key,
          before: { name: a.key.name, otherName: b.key.name },
          after: { name: a.key.name },
        };
      }
      case "split": {
        const { key, node } = await this.entity(body);
        if (key.label !== "Person") throw new InvalidInputError("Only a person is split");
        if (node) {
          const has = strings(node.articleIds);
          const moving = body.articleIds.filter((a) => has.includes(a));
          if (moving.length === 0) throw new InvalidInputError("The person is not named in those articles");
          if (moving.length === has.length)
            throw new InvalidInputError("A split must leave the person some articles");
        }
        return {
          action: "split",
          target: key,
          articleIds: body.articleIds,
          ...(body.name ? { name: body.name } : {}),
          before: { name: key.name },
          after: { name: body.name ?? key.name, articleIds: body.articleIds },
        };
      }
      case "rename": {
        const { key } = await this.entity(body);
        return {
          action: "rename",
          target: key,
          name: body.name,
          before: { name: key.name },
          after: { name: body.name },
        };
      }
      case "undo": {
        const { entries } = await this.log.read();
        const target = entries.find((e) => e.id === body.entryId);
        if (!target) throw new NotFoundError(`No correction ${body.entryId} in the log`);
        return { action: "undo", entryId: body.entryId, before: { action: target.action }, after: {} };
      }
    }
  }

  /** Log a correction and rebuild the graph with it; answers once the served graph reflects it. */
  async submit(body: CorrectionBody, by: string): Promise<CorrectionResult> {
    return rebuildLock(this.deps.dataDir).run(async () => {
      if (await new Journal(this.deps.dataDir).isEmpty())
        throw new NoJournalError("The graph was not built by ingest here: there is nothing to correct");
      const draft = await this.draft(body);
      const entry = { ...draft, id: newEntryId(), at: new Date().toISOString(), by } as CorrectionEntry;
      const [written] = await this.log.append([entry]);
      // The ingest pipeline (jieba, readers) is loaded with the first correction, not by every
      // server start (about 1.3 s of CPU).
      const { rebuildGraph } = await import("../../ingest/pipeline.ts");
      const rebuilt = await rebuildGraph({ store: this.deps.store, dataDir: this.deps.dataDir });
      await this.deps.refresh();
      const outcome = rebuilt.outcomes.find((o) => o.id === entry.id);
      return {
        entry: written ?? entry,
        status: outcome?.status ?? "orphaned",
        ...(outcome?.reason ? { reason: outcome.reason } : {}),
        ...(outcome?.relId ? { relId: outcome.relId } : {}),
        ...(outcome?.nodeId ? { nodeId: outcome.nodeId } : {}),
        rebuild: { nodes: rebuilt.nodes, rels: rebuilt.rels, ms: rebuilt.ms },
      };
    });
  }

  /** The log, newest first, each entry with its outcome in the last rebuild. */
  async list(opts: { status?: EntryOutcome["status"] | undefined; limit: number }) {
    const [{ entries, bad }, state] = await Promise.all([
      this.log.read(),
      readAppliedState(this.deps.dataDir),
    ]);
    const byId = new Map(state.outcomes.map((o) => [o.id, o]));
    const all = entries
      .map((e) => {
        const o = byId.get(e.id) ?? {
          id: e.id,
          status: "orphaned" as const,
          reason: "not applied yet (no rebuild since)",
        };
        const { id: _id, ...rest } = o;
        return { ...e, ...rest };
      })
      .reverse();
    const counts = { applied: 0, orphaned: 0, undone: 0 };
    for (const e of all) counts[e.status] += 1;
    return {
      entries: all.filter((e) => !opts.status || e.status === opts.status).slice(0, opts.limit),
      orphans: all.filter((e) => e.status === "orphaned"),
      counts,
      badLines: bad,
    };
  }
}
