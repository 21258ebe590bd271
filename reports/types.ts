/**
 * Report data objects: what each report kind knows, built from the store and rendered by
 * format-specific renderers. Every fact carries the evidence sentences it came from; the JSON
 * format of a report is exactly one of these objects.
 */
import type { GraphCounts } from "../cypher/store.ts";
import type { Evidence, HonourLevel, NodeLabel, OrganizerRole, OrgType, RelType } from "../model/types.ts";

export const REPORT_KINDS = ["person", "event", "org", "honour", "path", "overview"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ["html", "md", "csv", "json", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A fact with the sentences that state it. */
export interface Cited {
  evidence: Evidence[];
}

export interface ArticleRef {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
}

export interface NodeRef {
  id: string;
  label: NodeLabel;
  name: string;
}

export interface HonourFact extends Cited {
  id: string;
  name: string;
  scope: string;
  level: HonourLevel | null;
  category: string;
  year: number | null;
}

export interface EmployerFact extends Cited {
  id: string;
  name: string;
  jobTitle: string | null;
}

export interface VenueFact extends Cited {
  id: string;
  name: string;
}

export interface OrganiserFact extends Cited {
  id: string;
  name: string;
  role: OrganizerRole | null;
}

export interface EventSummary extends Cited {
  id: string;
  name: string;
  date: string | null;
  theme: string | null;
  campaign: string | null;
  venues: VenueFact[];
  organisers: OrganiserFact[];
}

/** Someone who spoke at an event (a person, or a collective organisation). */
export interface SpeakerFact extends Cited {
  id: string;
  name: string;
  label: NodeLabel;
  talkTitle: string | null;
  honours: HonourFact[];
  employers: EmployerFact[];
}

interface ReportBase {
  generatedAt: string;
  /** How many of the report's facts (relationships) reviewers confirmed, corrected or added. */
  reviewed?: { facts: number; reviewed: number };
  /** Every article cited anywhere in the report. */
  sources: ArticleRef[];
}

export interface PersonReport extends ReportBase {
  kind: "person";
  person: { id: string; name: string; aliases: string[] } & Cited;
  honours: HonourFact[];
  employers: EmployerFact[];
  /** Events spoken at; `evidence` is the SPOKE_AT evidence. */
  events: ({ event: EventSummary; talkTitle: string | null } & Cited)[];
  coSpeakers: { id: string; name: string; label: NodeLabel; events: { id: string; name: string }[] }[];
  /** Articles that report the person (REPORTED: reporter, photographer …). */
  credits: ({ article: ArticleRef; role: string } & Cited)[];
}

export interface EventReport extends ReportBase {
  kind: "event";
  event: EventSummary;
  speakers: SpeakerFact[];
}

export interface OrgEmployee extends Cited {
  id: string;
  name: string;
  jobTitle: string | null;
  honours: HonourFact[];
}

export interface OrgReport extends ReportBase {
  kind: "org";
  org: { id: string; name: string; aliases: string[]; orgType: OrgType | null } & Cited;
  /** Honours of the organisation itself (collectives). */
  honours: HonourFact[];
  /** Employees grouped by their highest honour level; `level` null = no honour recorded. */
  employeesByLevel: { level: HonourLevel | null; employees: OrgEmployee[] }[];
  organised: ({ event: EventSummary; role: OrganizerRole | null } & Cited)[];
  /** Events held at a venue named after the organisation. */
  hosted: { event: EventSummary; venue: VenueFact }[];
  /** Events where the organisation itself spoke (a collective). */
  spokeAt: ({ event: EventSummary; talkTitle: string | null } & Cited)[];
}

export interface HonourHolder extends Cited {
  id: string;
  name: string;
  label: NodeLabel;
  honourId: string;
  honourName: string;
  employers: EmployerFact[];
}

export interface HonourReport extends ReportBase {
  kind: "honour";
  /** What was asked for: an honour name/id, or a category (e.g. 劳动模范). */
  query: string;
  honours: { id: string; name: string; scope: string; level: HonourLevel | null; category: string }[];
  /** Groups by scope, then year (year unknown last). */
  groups: { scope: string; year: number | null; holders: HonourHolder[] }[];
}

export interface PathStep extends Cited {
  from: NodeRef;
  to: NodeRef;
  /** Relationship type and direction as stored (source → target). */
  type: RelType;
  source: string;
  target: string;
  qualifier: string | null;
  /** The step as a sentence. */
  text: string;
  textEn: string;
}

export interface PathReport extends ReportBase {
  kind: "path";
  from: NodeRef;
  to: NodeRef;
  found: boolean;
  nodes: NodeRef[];
  steps: PathStep[];
  /** How the two are connected, in sentences (pairs of steps through a shared node). */
  narrative: ({ text: string; textEn: string } & Cited)[];
}

export interface CountRow {
  key: string;
  count: number;
}

export interface OverviewReport extends ReportBase {
  kind: "overview";
  totals: GraphCounts;
  /** Honour holders (person–honour pairs) by honour level and by category. */
  byLevel: CountRow[];
  byCategory: CountRow[];
  /** Honoured people by region (province or municipality from honour scope or employer name). */
  byRegion: CountRow[];
  topOrganisers: { id: string; name: string; events: number }[];
  topEmployers: { id: string; name: string; employees: number; honoured: number }[];
  eventsByYear: CountRow[];
  eventsByMonth: CountRow[];
  undatedEvents: number;
  topSpeakers: { id: string; name: string; events: number; coSpeakers: number }[];
  /** Articles per newspaper (the overview cites its corpus, not single sentences). */
  corpus: { source: string; articles: number; firstDate: string | null; lastDate: string | null }[];
}

export type ReportData = PersonReport | EventReport | OrgReport | HonourReport | PathReport | OverviewReport;

export interface BuildOptions {
  /** Clock for generatedAt (tests pass a fixed one). */
  now?: () => Date;
  /** How many rows "top" lists keep (overview). Default 10. */
  top?: number;
}

export interface RenderedReport {
  contentType: string;
  body: string | Buffer;
  filename: string;
}
