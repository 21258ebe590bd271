/**
 * Curation routes: corrections (write, token required; list with orphans), facts by review
 * state, and the article view. Thin: validated input in, a service call, JSON out.
 */
import type { GraphStore } from "../../cypher/store.ts";
import { IdParams } from "../api-schemas.ts";
import {
  ArticleViewResponse,
  CorrectionBody,
  CorrectionResponse,
  CorrectionsList,
  CorrectionsQuery,
  EntryIdParams,
  FactsQuery,
  FactsResponse,
} from "../correction-schemas.ts";
import { type ApiRoute, defineRoute } from "../http/define-route.ts";
import { CorrectionService } from "../services/correction-service.ts";
import { FactService } from "../services/fact-service.ts";

export function correctionRoutes(deps: {
  store: GraphStore;
  dataDir: string;
  refresh: () => Promise<void>;
}): ApiRoute[] {
  const corrections = new CorrectionService(deps);
  const facts = new FactService(deps);
  const by = (locals: Record<string, unknown>) =>
    typeof locals.tokenName === "string" ? locals.tokenName : "unknown";
  return [
    defineRoute({
      method: "post",
      path: "/api/corrections",
      tag: "curation",
      summary: "Correct the graph: confirm, reject, edit, add, merge, split, rename or undo (token required)",
      description:
        "Targets are named by relId / nodeId (from /api/nodes/:id, /api/articles/:id, /api/facts) or by stable keys; " +
        "ids are turned into keys (article + span + fact kind, or label + name + article) before the correction is " +
        "appended to the log. The graph is rebuilt with it before the answer. See server/README.md, Curation API.",
      body: CorrectionBody,
      response: { description: "The logged entry and what it did", schema: CorrectionResponse },
      errors: [400, 401, 403, 404, 409],
      handle: async ({ body }, { res }) => {
        const result = await corrections.submit(body, by(res.locals));
        res.status(201);
        return result;
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/corrections/:id/undo",
      tag: "curation",
      summary: "Undo a correction (itself logged; undoing an undo restores)",
      params: EntryIdParams,
      response: { description: "The logged undo entry", schema: CorrectionResponse },
      errors: [400, 401, 403, 404, 409],
      handle: async ({ params }, { res }) => {
        const result = await corrections.submit({ action: "undo", entryId: params.id }, by(res.locals));
        res.status(201);
        return result;
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/corrections",
      tag: "curation",
      summary: "The corrections log, newest first, with each entry's outcome; orphans listed apart",
      query: CorrectionsQuery,
      response: { description: "Entries, orphans and counts", schema: CorrectionsList },
      errors: [400],
      handle: ({ query }) => corrections.list(query),
    }),
    defineRoute({
      method: "get",
      path: "/api/facts",
      tag: "curation",
      summary:
        "Facts (relationships) by review state: unreviewed, reviewed, confirmed, corrected, added, rejected …",
      query: FactsQuery,
      response: { description: "A page of facts and the total", schema: FactsResponse },
      errors: [400],
      handle: ({ query }) => facts.facts(query),
    }),
    defineRoute({
      method: "get",
      path: "/api/articles/:id",
      tag: "curation",
      summary: "The article view: whole text and every fact stated in it with its span (absolute offsets)",
      params: IdParams,
      response: { description: "Article and facts", schema: ArticleViewResponse },
      errors: [400, 404],
      handle: ({ params }) => facts.article(params.id),
    }),
  ];
}
