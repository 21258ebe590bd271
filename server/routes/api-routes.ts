/**
 * Every JSON API route, declared once (schemas, docs, handler); handlers are thin:
 * validated input in, a service call, JSON (or a file) out.
 */

import type { Response } from "express";
import { consoleSandboxOf } from "../../cypher/console-sandbox.ts";
import type { Config } from "../../model/config.ts";
import {
  CypherBody,
  CypherResponse,
  ExportQuery,
  FacetsResponse,
  GraphSchema,
  HealthResponse,
  IdParams,
  IngestBody,
  IngestResponse,
  NeighboursQuery,
  NodeDetailSchema,
  NodeEvidenceQuery,
  NodeEvidenceResponse,
  NodePageQuery,
  OverviewQuery,
  PathQuery,
  PathResponse,
  RemoveUploadsBody,
  SchemaResponse,
  SearchQuery,
  SearchResponse,
  StatsResponse,
} from "../api-schemas.ts";
import { type ApiRoute, defineRoute } from "../http/define-route.ts";
import { clientKey } from "../services/console-admission.ts";
import type { Services } from "../services/create-services.ts";
import { graphSchema } from "../services/graph-schema.ts";

const startedAt = Date.now();

/** Sends JSON text made (and kept) by a service, without res.json's stringify and ETag hash. */
function sendJson(res: Response, body: string): void {
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(body);
}

export function apiRoutes(services: Services, config: Config): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/health",
      tag: "meta",
      summary: "Liveness and basic facts",
      response: { description: "The server is up", schema: HealthResponse },
      handle: async () => ({
        ok: true,
        store: services.store.kind,
        searchEntries: services.search.size,
        uptimeS: Math.round((Date.now() - startedAt) / 1000),
        consoleSandbox: await consoleSandboxOf(services.store),
      }),
    }),
    defineRoute({
      method: "get",
      path: "/api/search",
      tag: "explore",
      summary: "Ranked typed search over persons, organisations, events, places and honours",
      description:
        "Chinese substring (simplified or traditional input), full pinyin without tones, or initials. " +
        "Exact before prefix before substring; persons and events first at equal score.",
      query: SearchQuery,
      response: { description: "Ranked results", schema: SearchResponse },
      errors: [400],
      // Written directly (no res.json): results are spliced from precomputed JSON, no ETag hash.
      handle: async ({ query }, { res }) => {
        const results = await services.search.searchJson(query.q, { limit: query.limit, types: query.types });
        sendJson(res, `{"query":${JSON.stringify(query.q)},"results":${results}}`);
        return undefined;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/nodes/:id",
      tag: "explore",
      summary: "One node: attributes, honours, employers, events, aliases and evidence sentences",
      description:
        "A node with more relationships than `limit` comes a page at a time (`page.nextCursor`), with its own " +
        "mention sentences; its relationships' sentences come from /api/nodes/{id}/evidence (page.evidence " +
        "'on-demand'). Any other node comes whole with every sentence.",
      params: IdParams,
      query: NodePageQuery,
      response: { description: "Node details", schema: NodeDetailSchema },
      errors: [400, 404],
      // Written directly (no res.json): the text is kept per graph generation, no ETag hash.
      handle: async ({ params, query }, { res }) => {
        const opts = { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
        sendJson(res, await services.graph.nodeJson(params.id, opts));
        return undefined;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/nodes/:id/evidence",
      tag: "explore",
      summary: "The evidence sentences of one page of a node's relationships (same pages as /api/nodes/{id})",
      params: IdParams,
      query: NodeEvidenceQuery,
      response: { description: "Sentences", schema: NodeEvidenceResponse },
      errors: [400, 404],
      handle: async ({ params, query }, { res }) => {
        const opts = { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
        sendJson(res, await services.graph.nodeEvidenceJson(params.id, opts));
        return undefined;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/nodes/:id/neighbours",
      tag: "explore",
      summary: "Neighbourhood of a node (depth 1 or 2) as a graphology serialized graph",
      params: IdParams,
      query: NeighboursQuery,
      response: { description: "Graph", schema: GraphSchema },
      errors: [400, 404],
      // Written directly (no res.json): the text is kept per graph generation, no ETag hash.
      handle: async ({ params, query }, { res }) => {
        sendJson(res, await services.graph.neighboursJson(params.id, query.depth, query.limit));
        return undefined;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/path",
      tag: "explore",
      summary: "Shortest path between two nodes, with the sentences that justify each step",
      query: PathQuery,
      response: { description: "Path graph and steps", schema: PathResponse },
      errors: [400, 404],
      handle: ({ query }) => services.graph.path(query.from, query.to),
    }),
    defineRoute({
      method: "get",
      path: "/api/overview",
      tag: "explore",
      summary: "First view: speakers ↔ events ↔ organisers, with server-side x, y and size",
      query: OverviewQuery,
      response: { description: "Laid-out graph", schema: GraphSchema },
      errors: [400],
      handle: ({ query }) => services.overview.overview(query.limit),
    }),
    defineRoute({
      method: "get",
      path: "/api/stats",
      tag: "explore",
      summary: "Counts per node label and relationship type",
      response: { description: "Counts", schema: StatsResponse },
      handle: () => services.graph.stats(),
    }),
    defineRoute({
      method: "get",
      path: "/api/schema",
      tag: "console",
      summary: "Node labels, relationship types (with their endpoints) and their properties, with counts",
      response: { description: "The schema", schema: SchemaResponse },
      handle: async () => graphSchema(await services.graph.stats(), services.store.kind),
    }),
    defineRoute({
      method: "get",
      path: "/api/facets",
      tag: "explore",
      summary: "Filter values: honour levels and categories, organisation types, event years, organisers",
      response: { description: "Facets", schema: FacetsResponse },
      handle: () => services.graph.facets(),
    }),
    defineRoute({
      method: "post",
      path: "/api/cypher",
      tag: "console",
      summary: "Run a read-only Cypher query",
      description: `On the embedded store common Neo4j forms (type(r), toInteger, shortestPath, list comprehensions …) are rewritten to kuzu first and listed in rewrites; a Neo4j form without a kuzu equivalent answers 400 unsupported_form naming the kuzu form. Writes, schema changes and file access are refused (400 forbidden_query); a query too large for memory answers 422 query_too_large. Timeout ${config.LAOMO_QUERY_TIMEOUT_MS} ms, at most ${config.LAOMO_ROW_LIMIT} rows (truncated: true when cut). On the embedded store the query runs in a worker process: a query that crashes the database answers 500 query_crashed and the server keeps running.`,
      body: CypherBody,
      response: { description: "Columns, rows and the graph found in them", schema: CypherResponse },
      errors: [400, 408, 422, 429, 500, 503],
      handle: ({ body }, { req }) => services.cypher.run(body.query, body.params, clientKey(req.ip)),
    }),
    defineRoute({
      method: "get",
      path: "/api/export",
      tag: "export",
      summary: "Export the graph (or the subgraph induced by `ids`) as JSON, GEXF, GraphML or CSV",
      description:
        "json: graphology serialized graph with every property (article text included). " +
        "gexf/graphml: attributes flattened (lists joined with |, evidence as JSON), article text left out. " +
        "csv: one table per request, `table=nodes` (id,nodeType,label,…) or `table=edges` (id,type,source,target,…), RFC 4180.",
      query: ExportQuery,
      response: {
        description: "A file download (Content-Disposition: attachment)",
        contentTypes: ["application/gexf+xml", "application/graphml+xml", "text/csv"],
        schema: GraphSchema,
      },
      errors: [400],
      handle: async ({ query }, { res }) => {
        const file = await services.exporter.export(query.format, { ids: query.ids, table: query.table });
        res.setHeader("Content-Type", file.contentType);
        res.setHeader("Content-Disposition", `attachment; filename="${file.filename}"`);
        res.send(file.body);
        return undefined;
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/ingest",
      tag: "ingest",
      summary: "Upload articles (base64) and ingest them into the graph",
      description:
        "Files (.txt .md .html .pdf .docx, 20 MB decoded in all) are saved under <dataDir>/uploads/ and ingested; " +
        "the search index and overview are rebuilt. One ingest at a time: 409 ingest_busy otherwise.",
      body: IngestBody,
      response: { description: "Ingest summary", schema: IngestResponse },
      errors: [400, 409, 413, 422],
      handle: ({ body }) => services.ingest.ingestUploads(body.files),
    }),
    defineRoute({
      method: "post",
      path: "/api/ingest/remove",
      tag: "ingest",
      summary: "Take uploaded files out of the graph, by the names they were uploaded under",
      description:
        "Their facts leave the graph, and every entity left without a fact; a name no upload had is listed " +
        "under `skipped`. Only names of uploads: files the server ingested from its own disk are removed with " +
        "`npm run ingest -- --remove PATH`. One ingest or removal at a time: 409 ingest_busy otherwise.",
      body: RemoveUploadsBody,
      response: { description: "Removal summary", schema: IngestResponse },
      errors: [400, 409],
      handle: ({ body }) => services.ingest.removeUploads(body.names),
    }),
  ];
}
