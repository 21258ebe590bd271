/**
 * For API tests: checks a response body against the zod schema its route declares (the one
 * contract the OpenAPI document and the client's types come from), and error bodies against
 * `{ error, message }`. Throws the zod issues when a body strays from its schema.
 */
import { z } from "zod";
import { loadConfig } from "../model/config.ts";
import type { ApiRoute } from "./http/define-route.ts";
import { apiRoutes } from "./routes/api-routes.ts";
import type { Services } from "./services/create-services.ts";

const ErrorBody = z.object({ error: z.string().regex(/^[a-z_]+$/), message: z.string() }).strict();

/** The routes' declarations only: reading a schema never touches a service. */
const routes: ApiRoute[] = apiRoutes(
  new Proxy({} as Services, {
    get() {
      throw new Error("route declarations read no service");
    },
  }),
  loadConfig({}),
);

const patterns = routes.map((r) => ({
  route: r,
  regex: new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, "[^/]+")}$`),
}));

/** The JSON response schema of `method path` (query string ignored), or null for an unknown route. */
export function responseSchemaOf(method: "get" | "post", url: string): z.ZodType | null {
  const pathname = new URL(url, "http://x").pathname;
  const found = patterns.find((p) => p.route.method === method && p.regex.test(pathname));
  return found?.route.response.schema ?? null;
}

/** Parses `body` with its route's response schema (2xx) or the error shape (4xx/5xx). */
export function checkResponse(method: "get" | "post", url: string, status: number, body: unknown): void {
  if (status >= 400) {
    ErrorBody.parse(body);
    return;
  }
  const schema = responseSchemaOf(method, url);
  if (!schema) throw new Error(`no route declares ${method.toUpperCase()} ${url}`);
  schema.parse(body);
}
