/**
 * The laomo-graph domain model: node and relationship types with their provenance.
 * Ingest, the stores, the server, reports and the client all import these types
 * (the client imports types only). Rendering attributes (x, y, size, colour) are not here.
 */

export const NODE_LABELS = ["Person", "Honour", "Organization", "Event", "Place", "Article"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  "HAS_HONOUR",
  "WORKS_FOR",
  "SPOKE_AT",
  "ORGANIZED_BY",
  "HELD_AT",
  "REPORTED",
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Which labels each relationship type connects (source → target). */
export const REL_ENDPOINTS: Record<RelType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }> = {
  HAS_HONOUR: { from: ["Person", "Organization"], to: ["Honour"] },
  WORKS_FOR: { from: ["Person"], to: ["Organization"] },
  SPOKE_AT: { from: ["Person", "Organization"], to: ["Event"] },
  ORGANIZED_BY: { from: ["Event"], to: ["Organization"] },
  HELD_AT: { from: ["Event"], to: ["Place"] },
  REPORTED: { from: ["Person"], to: ["Article"] },
};

export const HONOUR_LEVELS = [
  "national",
  "provincial",
  "municipal",
  "district",
  "industry",
  "enterprise",
] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];

export const ORGANIZER_ROLES = ["主办", "承办", "协办", "指导"] as const;
export type OrganizerRole = (typeof ORGANIZER_ROLES)[number];

export const ORG_TYPES = ["union", "company", "government", "school", "collective", "other"] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const REPORT_ROLES = ["reporter", "correspondent", "photographer", "contributor"] as const;
export type ReportRole = (typeof REPORT_ROLES)[number];

/**
 * One piece of evidence: the sentence of an article that states a fact.
 * `offset` is where the sentence starts in the article's `text` (UTF-16 code units);
 * `spanStart`/`spanEnd` delimit, inside `sentence`, the words to highlight.
 */
export interface Evidence {
  articleId: string;
  sentence: string;
  offset: number;
  spanStart: number;
  spanEnd: number;
}

/** Provenance carried by every node and relationship: where it was seen and why. */
export interface Provenance {
  /** Article ids, deduplicated, in first-seen order. */
  articleIds: string[];
  /** The evidence sentences (several when the fact was stated in several places). */
  evidence: Evidence[];
}

interface NodeBase extends Provenance {
  id: string;
  name: string;
}

export interface PersonNode extends NodeBase {
  label: "Person";
  aliases: string[];
  /** Full pinyin without tones, e.g. "lihaiping"; and initials, e.g. "lhp". */
  pinyin: string;
  initials: string;
  /** Human-readable reason for the identity (e.g. "name+employer:远江水务集团"). */
  mergeKey: string;
}

export interface HonourNode extends NodeBase {
  label: "Honour";
  /** Issuing scope as printed: 全国, 浙江省, 武汉市, 全国交通运输系统 … ("" when none). */
  scope: string;
  level: HonourLevel | null;
  /** 劳动模范, 五一劳动奖章, 大国工匠, 技术能手, 先进工作者, 模范集体 … */
  category: string;
}

export interface OrganizationNode extends NodeBase {
  label: "Organization";
  aliases: string[];
  orgType: OrgType;
}

export interface EventNode extends NodeBase {
  label: "Event";
  theme: string | null;
  /** ISO date (YYYY-MM-DD or YYYY-MM or YYYY) or null. */
  date: string | null;
  campaign: string | null;
}

export interface PlaceNode extends NodeBase {
  label: "Place";
  aliases: string[];
}

export interface ArticleNode extends NodeBase {
  label: "Article";
  /** `name` is the title. */
  title: string;
  subtitle: string | null;
  date: string | null;
  source: string | null;
  /** The file it was read from (the one whose date it carries, when several gave one). */
  file: string;
  /**
   * Every file the article was read from (one content under several names keeps them all) and,
   * at the same position in `sourceDates`, the date that file gave ("" when none). Stores write
   * empty lists when absent.
   */
  sourceFiles?: string[];
  sourceDates?: string[];
  /** Full original text of the article (title to last credit). */
  text: string;
  /**
   * True when the article had no headline and `title` is the first clause of its body (a text
   * that opens with its lead, a caption or mid-sentence). Stores write false when absent.
   */
  untitled?: boolean;
}

export type GraphNode = PersonNode | HonourNode | OrganizationNode | EventNode | PlaceNode | ArticleNode;
export type NodeOf<L extends NodeLabel> = Extract<GraphNode, { label: L }>;

/**
 * Review state of a fact (a relationship): untouched by reviewers (`extracted`), `confirmed`,
 * `corrected` (edited, or moved by a merge or split), `added` by a reviewer, or `rejected`
 * (left out of the stored graph). See ingest/corrections/.
 */
export const REVIEW_STATES = ["extracted", "confirmed", "corrected", "added", "rejected"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

interface RelBase extends Provenance {
  /** Deterministic id: hash of type + endpoints (+ qualifier). */
  id: string;
  source: string;
  target: string;
  /** Review state; absent means `extracted` (a batch built without the corrections log). */
  review?: ReviewState;
}

export interface HasHonourRel extends RelBase {
  type: "HAS_HONOUR";
  year: number | null;
}
export interface WorksForRel extends RelBase {
  type: "WORKS_FOR";
  jobTitle: string | null;
}
export interface SpokeAtRel extends RelBase {
  type: "SPOKE_AT";
  talkTitle: string | null;
}
export interface OrganizedByRel extends RelBase {
  type: "ORGANIZED_BY";
  role: OrganizerRole | null;
}
export interface HeldAtRel extends RelBase {
  type: "HELD_AT";
}
export interface ReportedRel extends RelBase {
  type: "REPORTED";
  role: ReportRole;
}

export type GraphRel = HasHonourRel | WorksForRel | SpokeAtRel | OrganizedByRel | HeldAtRel | ReportedRel;
export type RelOf<T extends RelType> = Extract<GraphRel, { type: T }>;

/** A whole resolved graph (or a part of it) ready for a store. */
export interface GraphBatch {
  nodes: GraphNode[];
  rels: GraphRel[];
}

/** Graphology's serialized graph: the API's graph wire format. */
export interface SerializedGraph<N = Record<string, unknown>, E = Record<string, unknown>> {
  attributes?: Record<string, unknown>;
  options?: { type?: "mixed" | "directed" | "undirected"; multi?: boolean; allowSelfLoops?: boolean };
  nodes: { key: string; attributes: N }[];
  edges: { key: string; source: string; target: string; attributes: E }[];
}
