/**
 * zod schemas of the API: request validation (query, params, bodies) and the documented
 * response shapes. Routes and the OpenAPI document both use them.
 */
import { z } from "zod";
import { NODE_LABELS, REL_TYPES, REVIEW_STATES } from "../model/types.ts";

export { EventItemSchema, EventsQuery, EventsResponse } from "./events-schemas.ts";
export {
  RegionMembersQuery,
  RegionMembersResponse,
  RegionsQuery,
  RegionsResponse,
} from "./regions-schemas.ts";

export const SEARCH_LABELS = ["Person", "Organization", "Event", "Place", "Honour"] as const;

const csvList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.enum(values)));

export const SearchQuery = z.object({
  q: z.string().min(1).max(100).describe("Chinese (simplified or traditional), full pinyin or initials"),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  types: csvList(SEARCH_LABELS).describe("Comma-separated labels, e.g. Person,Event"),
});

export const IdParams = z.object({ id: z.string().min(1).max(200) });

export const NeighboursQuery = z.object({
  depth: z.coerce.number().int().min(1).max(2).default(1),
  limit: z.coerce.number().int().min(1).max(2000).default(200).describe("Maximum number of nodes"),
});

/** A page of a node's relationships (`/api/nodes/:id`, `/api/nodes/:id/evidence`). */
export const NodePageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(200)
    .describe("Relationships per page; a node with more comes a page at a time"),
  cursor: z
    .string()
    .regex(/^\d{1,9}$/)
    .optional()
    .describe("The nextCursor of the previous page"),
});

/** A page of a node's relationship sentences: 50 relationships' worth unless asked. */
export const NodeEvidenceQuery = NodePageQuery.extend({
  limit: z.coerce.number().int().min(1).max(1000).default(50).describe("Relationships per page"),
});

export const PathQuery = z.object({
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
});

export const OverviewQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(5000)
    .default(300)
    .describe(
      "Maximum number of nodes, 1–5000; rounded down to 10, 25, 50, 100, 200, 300, 500, 1000, 2000, 3000 or 5000 (below 10: as given)",
    ),
});

export const CypherBody = z.object({
  query: z.string().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

export const EXPORT_FORMATS = ["gexf", "graphml", "csv", "json"] as const;
export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default("json"),
  table: z.enum(["nodes", "edges"]).default("nodes").describe("For format=csv: which table"),
  ids: z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.string().max(200)).max(5000))
    .describe("Comma-separated node ids: export only these nodes and the relationships among them"),
});

export const IngestBody = z.object({
  files: z
    .array(
      z.object({
        name: z.string().min(1).max(255),
        contentBase64: z.string().min(1),
      }),
    )
    .min(1)
    .max(200),
});

export const RemoveUploadsBody = z.object({
  names: z.array(z.string().min(1).max(255)).min(1).max(200),
});

/* ---------- responses ---------- */

const NodeLabelSchema = z.enum(NODE_LABELS);
const RelTypeSchema = z.enum(REL_TYPES);

export const SearchHitSchema = z.object({
  id: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
  subtitle: z.string(),
  score: z.number(),
  match: z.enum(["name", "alias", "pinyin", "initials"]),
});
export const SearchResponse = z.object({ query: z.string(), results: z.array(SearchHitSchema) });

export const EvidenceSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string().nullable(),
  articleDate: z.string().nullable(),
  sentence: z.string(),
  offset: z.number(),
  spanStart: z.number(),
  spanEnd: z.number(),
  /** What the sentence proves, e.g. "HAS_HONOUR 全国劳动模范" or "mention". */
  fact: z.string(),
});

const ReviewSchema = z
  .enum(REVIEW_STATES)
  .describe("Review state of the fact (extracted until a reviewer acts)");

const LinkSchema = z.object({
  relId: z.string(),
  id: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
  review: ReviewSchema,
});

const NodePageSchema = z.object({
  limit: z.number(),
  offset: z.number(),
  total: z.number().describe("Relationships of the node in all"),
  nextCursor: z.string().nullable(),
  evidence: z
    .enum(["inline", "on-demand"])
    .describe("on-demand: the relationships' sentences come from /api/nodes/{id}/evidence"),
});

export const NodeDetailSchema = z.object({
  id: z.string(),
  label: NodeLabelSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  attributes: z.record(z.string(), z.unknown()),
  honours: z.array(
    LinkSchema.extend({
      year: z.number().nullable(),
      level: z.string().nullable(),
      category: z.string().nullable(),
    }),
  ),
  employers: z.array(LinkSchema.extend({ jobTitle: z.string().nullable() })),
  events: z.array(
    LinkSchema.extend({
      date: z.string().nullable(),
      talkTitle: z.string().nullable(),
      role: z.string().nullable(),
    }),
  ),
  relationships: z.array(
    z.object({
      id: z.string(),
      type: RelTypeSchema,
      direction: z.enum(["out", "in"]),
      other: z.object({ id: z.string(), label: NodeLabelSchema, name: z.string() }),
      qualifier: z.record(z.string(), z.unknown()),
      review: ReviewSchema,
    }),
  ),
  evidence: z.array(EvidenceSchema),
  page: NodePageSchema.optional(),
});

/** The sentences of one page of a node's relationships. */
export const NodeEvidenceResponse = z.object({
  id: z.string(),
  evidence: z.array(EvidenceSchema),
  page: NodePageSchema,
});

export const GraphSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z
    .object({
      type: z.enum(["mixed", "directed", "undirected"]).optional(),
      multi: z.boolean().optional(),
      allowSelfLoops: z.boolean().optional(),
    })
    .optional()
    .describe("graphology options (the server sends directed, multi, self-loops allowed)"),
  nodes: z.array(z.object({ key: z.string(), attributes: z.record(z.string(), z.unknown()) })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const PathResponse = z.object({
  found: z.boolean(),
  length: z.number(),
  graph: GraphSchema,
  steps: z.array(
    z.object({
      edge: z.string(),
      type: RelTypeSchema,
      source: z.string(),
      target: z.string(),
      sentences: z.array(EvidenceSchema),
    }),
  ),
});

export const StatsResponse = z.object({
  nodes: z.record(z.string(), z.number()),
  rels: z.record(z.string(), z.number()),
  totalNodes: z.number(),
  totalRels: z.number(),
  store: z.string(),
});

const PropertySchema = z.object({
  name: z.string(),
  type: z
    .enum(["string", "string[]", "int", "bool", "evidence"])
    .describe("evidence: a list of JSON strings"),
  stored: z
    .string()
    .optional()
    .describe(
      "embedded store only: its column type (relationship articleIds and evidence are STRING text there: CAST(r.articleIds AS STRING[]), json_extract(r.evidence, …))",
    ),
});

/** The graph's schema for the console's sidebar and autocomplete. */
export const SchemaResponse = z.object({
  nodes: z.array(
    z.object({ label: NodeLabelSchema, count: z.number(), properties: z.array(PropertySchema) }),
  ),
  relationships: z.array(
    z.object({
      type: RelTypeSchema,
      from: z.array(NodeLabelSchema),
      to: z.array(NodeLabelSchema),
      count: z.number(),
      properties: z.array(PropertySchema),
    }),
  ),
});

export const FacetsResponse = z.object({
  honourLevels: z.array(z.object({ value: z.string(), count: z.number() })),
  honourCategories: z.array(z.object({ value: z.string(), count: z.number() })),
  orgTypes: z.array(z.object({ value: z.string(), count: z.number() })),
  years: z.array(z.object({ value: z.string(), count: z.number() })),
  /** Organisations that organised events, with how many. */
  organisers: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
});

export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  truncated: z.boolean(),
  graph: GraphSchema,
  ms: z.number(),
  /** Neo4j forms the embedded store rewrote to kuzu before running the query (empty when none). */
  rewrites: z.array(z.object({ form: z.string(), from: z.string(), to: z.string() })),
});

export const IngestResponse = z.object({
  files: z.number(),
  articles: z.number(),
  graphArticles: z.number(),
  dryRun: z.boolean(),
  mergeLog: z.array(z.record(z.string(), z.unknown())),
  nodes: z.number(),
  rels: z.number(),
  warnings: z.array(z.string()),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Files of unsupported types met inside folders (not errors). */
  ignored: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Corrections in the log by outcome of this rebuild. */
  corrections: z.object({ applied: z.number(), orphaned: z.number(), undone: z.number() }),
  removed: z.number().optional(),
  timings: z
    .object({ extractMs: z.number(), journalMs: z.number(), resolveMs: z.number(), writeMs: z.number() })
    .optional(),
  /** How the store was written: changes only (incremental) or the whole graph (rebuild, with why). */
  write: z
    .object({
      mode: z.enum(["incremental", "rebuild"]),
      reason: z.string(),
      nodesWritten: z.number(),
      relsWritten: z.number(),
      ms: z.number(),
    })
    .optional(),
  ms: z.number(),
});

export const HealthResponse = z.object({
  ok: z.boolean(),
  store: z.string(),
  searchEntries: z.number(),
  uptimeS: z.number(),
  /** Whether console queries run in the bubblewrap sandbox, and why (not). */
  consoleSandbox: z.object({ mode: z.enum(["auto", "on", "off"]), active: z.boolean(), reason: z.string() }),
});

const OpenApiOperation = z.object({
  operationId: z.string(),
  tags: z.array(z.string()),
  summary: z.string(),
  description: z.string().optional(),
  parameters: z.array(
    z.object({ name: z.string(), in: z.enum(["path", "query"]), required: z.boolean() }).loose(),
  ),
  requestBody: z.object({ required: z.boolean(), content: z.record(z.string(), z.unknown()) }).optional(),
  responses: z.record(
    z.string().regex(/^\d{3}$/),
    z.object({ description: z.string(), content: z.record(z.string(), z.object({ schema: z.unknown() })) }),
  ),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
});

/** The OpenAPI 3.1 document at /api/openapi.json (built by http/build-openapi.ts). */
export const OpenApiDocument = z.object({
  openapi: z.literal("3.1.0"),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.record(z.string().startsWith("/api/"), z.partialRecord(z.enum(["get", "post"]), OpenApiOperation)),
  components: z.object({
    schemas: z.record(z.string(), z.unknown()),
    securitySchemes: z.record(z.string(), z.unknown()),
  }),
});
