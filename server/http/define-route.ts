/**
 * A route is declared once (method, path, zod schemas, docs, handler) and used twice:
 * mounted on Express with validation, and listed in the OpenAPI document.
 */
import type { Express, Request, Response } from "express";
import type { z } from "zod";

type AnyObject = z.ZodType<Record<string, unknown>, unknown>;

export interface RouteResponse {
  description: string;
  /** JSON schema source for application/json; omit for non-JSON bodies. */
  schema?: z.ZodType;
  /** Content types other than JSON (e.g. text/csv). */
  contentTypes?: string[];
}

export interface ApiRoute<
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodType = z.ZodType,
> {
  method: "get" | "post";
  /** Express path syntax, e.g. /api/nodes/:id */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  response: RouteResponse;
  /** Error statuses this route can answer besides 500. */
  errors?: number[];
  /**
   * Returns the JSON body, or `undefined` when it wrote the response itself
   * (files, CSV, …).
   */
  handle(
    input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> },
    http: { req: Request; res: Response },
  ): unknown | Promise<unknown>;
}

/** Identity with inference, so handlers see typed inputs. */
export function defineRoute<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(
  route: ApiRoute<P, Q, B>,
): ApiRoute {
  return route as unknown as ApiRoute;
}

export function mountRoutes(app: Express, routes: readonly ApiRoute[]): void {
  for (const route of routes) {
    app[route.method](route.path, async (req, res, next) => {
      try {
        const params = route.params ? route.params.parse(req.params) : {};
        const query = route.query ? route.query.parse(req.query) : {};
        const body = route.body ? route.body.parse(req.body) : undefined;
        const result = await route.handle({ params, query, body }, { req, res });
        if (result !== undefined && !res.headersSent) res.json(result);
      } catch (err) {
        next(err);
      }
    });
  }
}

/** `/api/nodes/:id` → `/api/nodes/{id}` */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
}
