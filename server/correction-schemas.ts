/**
 * zod schemas of the curation API (`/api/corrections`, `/api/facts`, `/api/articles/:id`):
 * request bodies name targets by the ids the read API gives (`relId`, `nodeId`) or by explicit
 * stable keys; the service turns ids into keys before anything is logged.
 */
import { z } from "zod";
import {
  EndpointKey,
  EntityFieldEnum,
  EntityKey,
  FactFieldEnum,
  FactKey,
} from "../ingest/corrections/types.ts";
import { NODE_LABELS, ORGANIZER_ROLES, REL_TYPES, REVIEW_STATES } from "../model/types.ts";

const Id = z.string().min(1).max(200);
const Name = z.string().trim().min(1).max(200);
const Offset = z.number().int().min(0).max(10_000_000);
const Value = z.union([z.string().trim().max(300), z.number().int().min(1900).max(2100), z.null()]);

/** A fact named by relId or by its key. */
const FactTarget = { relId: Id.optional(), fact: FactKey.optional() };
/** An entity named by nodeId or by its key. */
const EntityTarget = { nodeId: Id.optional(), entity: EntityKey.optional() };

const Endpoint = z.union([z.object({ nodeId: Id }), EndpointKey]);
export type EndpointRequest = z.infer<typeof Endpoint>;

export const CorrectionBody = z.discriminatedUnion("action", [
  z.object({ action: z.literal("confirm"), ...FactTarget }),
  z.object({ action: z.literal("reject"), ...FactTarget, reason: z.string().trim().max(500).default("") }),
  z.object({
    action: z.literal("edit"),
    ...FactTarget,
    ...EntityTarget,
    field: z.union([FactFieldEnum, EntityFieldEnum]),
    value: Value,
  }),
  z.object({
    action: z.literal("add"),
    kind: z.enum(REL_TYPES),
    articleId: Id,
    start: Offset,
    end: Offset,
    source: Endpoint,
    target: Endpoint,
    year: z.number().int().min(1900).max(2100).nullable().optional(),
    jobTitle: z.string().trim().min(1).max(200).nullable().optional(),
    talkTitle: z.string().trim().min(1).max(300).nullable().optional(),
    role: z.enum(ORGANIZER_ROLES).nullable().optional(),
  }),
  z.object({
    action: z.literal("merge"),
    ...EntityTarget,
    otherId: Id.optional(),
    other: EntityKey.optional(),
  }),
  z.object({
    action: z.literal("split"),
    ...EntityTarget,
    articleIds: z.array(Id).min(1).max(1000),
    name: Name.optional(),
  }),
  z.object({ action: z.literal("rename"), ...EntityTarget, name: Name }),
  z.object({ action: z.literal("undo"), entryId: Id }),
]);
export type CorrectionBody = z.infer<typeof CorrectionBody>;

export const EntryIdParams = z.object({ id: Id });

export const CorrectionsQuery = z.object({
  status: z.enum(["applied", "orphaned", "undone"]).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

const Outcome = z.object({
  status: z.enum(["applied", "orphaned", "undone"]),
  reason: z.string().optional(),
  undoneBy: z.string().optional(),
  relId: z.string().optional(),
  nodeId: z.string().optional(),
});

const LoggedEntry = z
  .object({ id: z.string(), at: z.string(), by: z.string(), action: z.string() })
  .catchall(z.unknown())
  .and(Outcome);

export const CorrectionResponse = z.object({
  entry: z
    .object({ id: z.string(), at: z.string(), by: z.string(), action: z.string() })
    .catchall(z.unknown()),
  status: z.enum(["applied", "orphaned", "undone"]),
  reason: z.string().optional(),
  relId: z.string().optional(),
  nodeId: z.string().optional(),
  rebuild: z.object({ nodes: z.number(), rels: z.number(), ms: z.number() }),
});

export const CorrectionsList = z.object({
  entries: z.array(LoggedEntry),
  orphans: z.array(LoggedEntry),
  counts: z.object({ applied: z.number(), orphaned: z.number(), undone: z.number() }),
  badLines: z.array(z.object({ line: z.number(), reason: z.string() })),
});

export const FactsQuery = z.object({
  review: z.enum([...REVIEW_STATES, "unreviewed", "reviewed"]).optional(),
  type: z.enum(REL_TYPES).optional(),
  articleId: Id.optional(),
  nodeId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type FactsQuery = z.infer<typeof FactsQuery>;

const Endp = z.object({ id: z.string(), label: z.enum(NODE_LABELS), name: z.string() });

export const FactSchema = z.object({
  relId: z.string(),
  type: z.enum(REL_TYPES),
  review: z.enum(REVIEW_STATES),
  source: Endp,
  target: Endp,
  qualifier: z.record(z.string(), z.unknown()),
  reason: z.string().optional(),
  evidence: z.array(
    z.object({
      articleId: z.string(),
      sentence: z.string(),
      offset: z.number(),
      spanStart: z.number(),
      spanEnd: z.number(),
    }),
  ),
});
export type FactOut = z.infer<typeof FactSchema>;

export const FactsResponse = z.object({ total: z.number(), facts: z.array(FactSchema) });

export const ArticleViewResponse = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  text: z.string(),
  reviewed: z.object({ facts: z.number(), reviewed: z.number() }),
  facts: z.array(
    FactSchema.omit({ evidence: true }).extend({
      start: z.number(),
      end: z.number(),
      sentenceStart: z.number(),
      sentenceEnd: z.number(),
    }),
  ),
});
