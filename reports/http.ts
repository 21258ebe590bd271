/**
 * Express router for reports: GET /api/reports/:kind/:id?format=html|md|csv|json|pdf.
 * `path` takes ?from=&to= (no :id), `overview` ignores :id (use /api/reports/overview/all).
 * Errors go to the server's error middleware as typed AppErrors.
 */
import express, { type Express, type Response, type Router } from "express";
import { z } from "zod";
import type { GraphStore } from "../cypher/store.ts";
import { InvalidInputError } from "../model/errors.ts";
import { type ApiRoute, defineRoute, mountRoutes } from "../server/http/define-route.ts";
import { buildReport, isReportKind, REPORT_FORMATS, REPORT_KINDS, renderReport } from "./index.ts";

const QuerySchema = z.object({
  format: z.enum(REPORT_FORMATS).default("html"),
  from: z.string().min(1).max(200).optional(),
  to: z.string().min(1).max(200).optional(),
  download: z.enum(["0", "1", "true", "false"]).optional(),
});

function contentDisposition(filename: string, inline: boolean): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

async function serveReport(
  store: GraphStore,
  kind: string,
  id: string | undefined,
  query: z.output<typeof QuerySchema>,
  res: Response,
): Promise<undefined> {
  if (!isReportKind(kind))
    throw new InvalidInputError(`Unknown report kind "${kind}" (expected ${REPORT_KINDS.join(", ")})`);
  const { format, from, to, download } = query;
  let data: Awaited<ReturnType<typeof buildReport>>;
  if (kind === "path") {
    if (!from || !to) throw new InvalidInputError("A path report needs ?from=&to= (ids or names)");
    data = await buildReport(store, "path", from, { to });
  } else if (kind === "overview") {
    data = await buildReport(store, "overview", "");
  } else {
    if (!id) throw new InvalidInputError(`A ${kind} report needs an id or name: /api/reports/${kind}/:id`);
    data = await buildReport(store, kind, id);
  }
  const out = await renderReport(data, format);
  const inline = (format === "html" || format === "json") && download !== "1" && download !== "true";
  res.setHeader("Content-Type", out.contentType);
  res.setHeader("Content-Disposition", contentDisposition(out.filename, inline));
  res.setHeader("Cache-Control", "no-store");
  res.send(out.body);
  return undefined;
}

const KindParams = z.object({ kind: z.string().min(1).max(20) });
const KindIdParams = KindParams.extend({ id: z.string().min(1).max(200) });
const REPORT_RESPONSE = {
  description: "The report (HTML and JSON inline, other formats as downloads)",
  contentTypes: ["text/html", "text/markdown", "text/csv", "application/json", "application/pdf"],
};

/** The report routes, declared like every other API route (validated and listed in OpenAPI). */
export function reportRoutes(store: GraphStore): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/reports/:kind/:id",
      tag: "reports",
      summary: "A person, event, org or honour report by id or name (overview: id `all`)",
      params: KindIdParams,
      query: QuerySchema,
      response: REPORT_RESPONSE,
      errors: [400, 404, 409, 429, 503],
      handle: ({ params, query }, { res }) => serveReport(store, params.kind, params.id, query, res),
    }),
    defineRoute({
      method: "get",
      path: "/api/reports/:kind",
      tag: "reports",
      summary: "A path report (?from=&to=) or the overview report",
      params: KindParams,
      query: QuerySchema,
      response: REPORT_RESPONSE,
      errors: [400, 404, 409, 429, 503],
      handle: ({ params, query }, { res }) => serveReport(store, params.kind, undefined, query, res),
    }),
  ];
}

/** The report routes on their own router (for tests and embedding). */
export function reportsRouter(store: GraphStore): Router {
  const router = express.Router();
  mountRoutes(router as unknown as Express, reportRoutes(store));
  return router;
}
