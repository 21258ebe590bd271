/**
 * Corrections as data: the zod schemas of the log's entries and of the stable keys they target
 * (a fact by article + span + kind + endpoint names, an entity by label + name + an article that
 * names it), never by a generated id. Parsed at every edge (log file, HTTP, import).
 */
import { z } from "zod";
import { NODE_LABELS, ORGANIZER_ROLES, REL_TYPES } from "../../model/types.ts";

const Name = z.string().trim().min(1).max(200);
const ArticleId = z.string().min(1).max(200);
const Offset = z.number().int().min(0).max(10_000_000);

export const EndpointKey = z.object({ label: z.enum(NODE_LABELS), name: Name });
export type EndpointKey = z.infer<typeof EndpointKey>;

/** A fact: its type, the article and absolute evidence span in its text, and its endpoints' names. */
export const FactKey = z.object({
  kind: z.enum(REL_TYPES),
  articleId: ArticleId,
  start: Offset,
  end: Offset,
  source: EndpointKey,
  target: EndpointKey,
});
export type FactKey = z.infer<typeof FactKey>;

/** An entity: label and name (or alias), anchored in an article that names it (and the mention span). */
export const EntityKey = z.object({
  label: z.enum(NODE_LABELS),
  name: Name,
  articleId: ArticleId.nullable(),
  start: Offset.optional(),
  end: Offset.optional(),
});
export type EntityKey = z.infer<typeof EntityKey>;

/** Fact fields a reviewer may edit, per relationship type. */
export const FACT_FIELDS = {
  honour: "HAS_HONOUR",
  year: "HAS_HONOUR",
  employer: "WORKS_FOR",
  jobTitle: "WORKS_FOR",
  talkTitle: "SPOKE_AT",
  role: "ORGANIZED_BY",
  organiser: "ORGANIZED_BY",
  venue: "HELD_AT",
} as const;
export type FactField = keyof typeof FACT_FIELDS;
export const FactFieldEnum = z.enum(Object.keys(FACT_FIELDS) as [FactField, ...FactField[]]);

export const ENTITY_FIELDS = ["name", "date", "theme"] as const;
export const EntityFieldEnum = z.enum(ENTITY_FIELDS);

const FieldValue = z.union([z.string().trim().max(300), z.number().int().min(1900).max(2100), z.null()]);
export type FieldValue = z.infer<typeof FieldValue>;

/** Qualifiers a reviewer gives to an added fact. */
export const AddedQualifiers = z.object({
  year: z.number().int().min(1900).max(2100).nullable().optional(),
  jobTitle: z.string().trim().min(1).max(200).nullable().optional(),
  talkTitle: z.string().trim().min(1).max(300).nullable().optional(),
  role: z.enum(ORGANIZER_ROLES).nullable().optional(),
});

const Before = z.record(z.string(), z.unknown()).default({});

const Base = {
  id: z.string().regex(/^c_[0-9a-f-]{8,40}$/),
  at: z.string().datetime(),
  by: z.string().min(1).max(100),
  before: Before,
  after: Before,
};

/** One line of `<dataDir>/corrections/log.jsonl`. */
export const CorrectionEntry = z.discriminatedUnion("action", [
  z.object({ ...Base, action: z.literal("confirm"), target: FactKey }),
  z.object({
    ...Base,
    action: z.literal("reject"),
    target: FactKey,
    reason: z.string().max(500).default(""),
  }),
  z.object({ ...Base, action: z.literal("edit"), target: FactKey, field: FactFieldEnum, value: FieldValue }),
  z.object({
    ...Base,
    action: z.literal("edit-entity"),
    target: EntityKey,
    field: EntityFieldEnum,
    value: FieldValue,
  }),
  z.object({ ...Base, action: z.literal("add"), target: FactKey, qualifiers: AddedQualifiers.default({}) }),
  z.object({ ...Base, action: z.literal("merge"), target: EntityKey, other: EntityKey }),
  z.object({
    ...Base,
    action: z.literal("split"),
    target: EntityKey,
    articleIds: z.array(ArticleId).min(1).max(1000),
    name: Name.optional(),
  }),
  z.object({ ...Base, action: z.literal("rename"), target: EntityKey, name: Name }),
  z.object({ ...Base, action: z.literal("undo"), entryId: z.string().regex(/^c_[0-9a-f-]{8,40}$/) }),
]);
export type CorrectionEntry = z.infer<typeof CorrectionEntry>;
export type CorrectionAction = CorrectionEntry["action"];

/** What a replay made of an entry. */
export type EntryStatus = "applied" | "orphaned" | "undone";

export interface EntryOutcome {
  id: string;
  status: EntryStatus;
  /** Why an entry is orphaned. */
  reason?: string;
  /** The undo entry that cancelled it. */
  undoneBy?: string;
  /** The target's id after this entry (a new relationship id after an edit, a new person after a split). */
  relId?: string;
  nodeId?: string;
}
