/**
 * Express router for reports: GET /api/reports/:kind/:id?format=html|md|csv|json|pdf.
 * `path` takes ?from=&to= (no :id), `overview` ignores :id (use /api/reports/overview/all).
 * Errors go to the server's error middleware as typed AppErrors.
 */
import express, { type Router } from "express";
import { z } from "zod";
import type { GraphStore } from "../cypher/store.ts";
import { InvalidInputError } from "../model/errors.ts";
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

export function reportsRouter(store: GraphStore): Router {
  const router = express.Router();
  router.get(["/api/reports/:kind", "/api/reports/:kind/:id"], async (req, res, next) => {
    try {
      const params = req.params as Record<string, string | undefined>;
      const kind = params.kind ?? "";
      if (!isReportKind(kind))
        throw new InvalidInputError(`Unknown report kind "${kind}" (expected ${REPORT_KINDS.join(", ")})`);
      const q = QuerySchema.safeParse(req.query);
      if (!q.success)
        throw new InvalidInputError(
          q.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
        );
      const { format, from, to, download } = q.data;
      const id = params.id;
      let data: Awaited<ReturnType<typeof buildReport>>;
      if (kind === "path") {
        if (!from || !to) throw new InvalidInputError("A path report needs ?from=&to= (ids or names)");
        data = await buildReport(store, "path", from, { to });
      } else if (kind === "overview") {
        data = await buildReport(store, "overview", "");
      } else {
        if (!id)
          throw new InvalidInputError(`A ${kind} report needs an id or name: /api/reports/${kind}/:id`);
        data = await buildReport(store, kind, id);
      }
      const out = await renderReport(data, format);
      const inline = (format === "html" || format === "json") && download !== "1" && download !== "true";
      res.setHeader("Content-Type", out.contentType);
      res.setHeader("Content-Disposition", contentDisposition(out.filename, inline));
      res.setHeader("Cache-Control", "no-store");
      res.send(out.body);
    } catch (err) {
      next(err);
    }
  });
  return router;
}
