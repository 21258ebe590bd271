/**
 * Reports entry points: `buildReport` resolves what the user typed and builds the typed data
 * object from the store; `renderReport` turns it into html, md, csv, json or pdf.
 */
import type { GraphStore } from "../cypher/store.ts";
import { InvalidInputError } from "../model/errors.ts";
import type { NodeLabel } from "../model/types.ts";
import { buildEventReport } from "./build-event.ts";
import { buildHonourReport } from "./build-honour.ts";
import { buildOrgReport } from "./build-org.ts";
import { buildOverviewReport } from "./build-overview.ts";
import { buildPathReport } from "./build-path.ts";
import { buildPersonReport } from "./build-person.ts";
import { layoutReport } from "./layout-report.ts";
import { renderCsv } from "./render-csv.ts";
import { renderHtml } from "./render-html.ts";
import { renderMarkdown } from "./render-markdown.ts";
import { htmlToPdf } from "./render-pdf.ts";
import { resolveTarget } from "./resolve-target.ts";
import {
  type BuildOptions,
  REPORT_FORMATS,
  REPORT_KINDS,
  type RenderedReport,
  type ReportData,
  type ReportFormat,
  type ReportKind,
} from "./types.ts";

export { AmbiguousNameError, PdfUnavailableError } from "./report-errors.ts";
export type { RenderedReport, ReportData, ReportFormat, ReportKind } from "./types.ts";
export { REPORT_FORMATS, REPORT_KINDS };

export function isReportKind(v: string): v is ReportKind {
  return (REPORT_KINDS as readonly string[]).includes(v);
}

export function isReportFormat(v: string): v is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(v);
}

export interface ReportOptions extends BuildOptions {
  /** Second endpoint of a `path` report (id or person name). */
  to?: string;
}

const LABEL: Record<"person" | "event" | "org", NodeLabel> = {
  person: "Person",
  event: "Event",
  org: "Organization",
};

/**
 * Builds a report. `idOrName` is an id or a name/alias (persons, events, organisations), an
 * honour name or category (honour), the first person (path; `opts.to` is the second); ignored
 * for `overview`. Throws AmbiguousNameError, NotFoundError or InvalidInputError.
 */
export async function buildReport(
  store: GraphStore,
  kind: ReportKind,
  idOrName: string,
  opts: ReportOptions = {},
): Promise<ReportData> {
  if (kind === "overview") {
    const data = await buildOverviewReport(store, opts);
    return { ...data, reviewed: await reviewedInGraph(store) };
  }
  // The facts a report reads all come through `report-node-rels`: tally their review states.
  const seen = new Map<string, string>();
  const tallying: GraphStore = {
    kind: store.kind,
    applySchema: () => store.applySchema(),
    replaceGraph: (batch) => store.replaceGraph(batch),
    runReadOnly: (query, params, options) => store.runReadOnly(query, params, options),
    counts: () => store.counts(),
    close: () => store.close(),
    query: async <T>(name: string, params?: Record<string, unknown>): Promise<T[]> => {
      const rows = await store.query<T>(name, params);
      if (name === "report-node-rels")
        for (const row of rows as Record<string, unknown>[])
          seen.set(String(row.relId), String(row.review ?? "extracted"));
      return rows;
    },
  };
  const data = await buildByKind(tallying, kind, idOrName, opts);
  const reviewed = [...seen.values()].filter((r) => r !== "extracted").length;
  return { ...data, reviewed: { facts: seen.size, reviewed } };
}

/** Facts in the whole graph and how many were reviewed (for the overview). */
async function reviewedInGraph(store: GraphStore): Promise<{ facts: number; reviewed: number }> {
  const base = { review: "", type: "", articleId: "", nodeId: "" };
  const [all, done] = await Promise.all([
    store.query<{ total: number }>("count-facts", { ...base, reviewed: false }),
    store.query<{ total: number }>("count-facts", { ...base, reviewed: true }),
  ]);
  return { facts: Number(all[0]?.total ?? 0), reviewed: Number(done[0]?.total ?? 0) };
}

async function buildByKind(
  store: GraphStore,
  kind: ReportKind,
  idOrName: string,
  opts: ReportOptions,
): Promise<ReportData> {
  switch (kind) {
    case "person":
    case "event":
    case "org": {
      const id = await resolveTarget(store, LABEL[kind], idOrName);
      if (kind === "person") return buildPersonReport(store, id, opts);
      return kind === "event" ? buildEventReport(store, id, opts) : buildOrgReport(store, id, opts);
    }
    case "honour":
      return buildHonourReport(store, idOrName, opts);
    case "path": {
      if (!opts.to) throw new InvalidInputError("buildReport: a path report needs two people (from and to)");
      const from = await resolveTarget(store, "Person", idOrName);
      const to = await resolveTarget(store, "Person", opts.to);
      return buildPathReport(store, from, to, opts);
    }
    case "overview":
      return buildOverviewReport(store, opts);
  }
}

function baseName(data: ReportData): string {
  const name = (() => {
    switch (data.kind) {
      case "person":
        return data.person.name;
      case "event":
        return data.event.name;
      case "org":
        return data.org.name;
      case "honour":
        return data.query;
      case "path":
        return `${data.from.name}-${data.to.name}`;
      case "overview":
        return data.generatedAt.slice(0, 10);
    }
  })();
  const safe = name.replace(/[\\/:*?"<>|\s\p{Cc}]+/gu, "_").slice(0, 60);
  return `${data.kind}-${safe}`;
}

const CONTENT_TYPE: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
};

export async function renderReport(data: ReportData, format: ReportFormat): Promise<RenderedReport> {
  const filename = `${baseName(data)}.${format}`;
  const contentType = CONTENT_TYPE[format];
  if (format === "json") return { contentType, filename, body: `${JSON.stringify(data, null, 2)}\n` };
  const doc = layoutReport(data);
  switch (format) {
    case "html":
      return { contentType, filename, body: renderHtml(doc) };
    case "md":
      return { contentType, filename, body: renderMarkdown(doc) };
    case "csv":
      return { contentType, filename, body: `\uFEFF${renderCsv(doc)}` };
    case "pdf":
      return { contentType, filename, body: await htmlToPdf(renderHtml(doc)) };
  }
}
