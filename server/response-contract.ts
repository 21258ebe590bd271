/**
 * For API tests: checks a response body against the zod schema its route declares (the one
 * contract the OpenAPI document and the client's types come from), and error bodies against
 * `{ error, message }`. Throws the zod issues when a body strays from its schema, and names any
 * key the answer carries that its schema does not declare.
 * `checkedFetch` is `fetch` that does this for every JSON answer it receives.
 */
import { z } from "zod";
import type { GraphStore } from "../cypher/store.ts";
import { loadConfig } from "../model/config.ts";
import { reportRoutes } from "../reports/http.ts";
import { openApiRoute } from "./app.ts";
import type { ApiRoute } from "./http/define-route.ts";
import { apiRoutes } from "./routes/api-routes.ts";
import { correctionRoutes } from "./routes/correction-routes.ts";
import { eventRoutes } from "./routes/event-routes.ts";
import { regionRoutes } from "./routes/region-routes.ts";
import type { Services } from "./services/create-services.ts";
import type { EventsService } from "./services/events-service.ts";

const ErrorBody = z.object({ error: z.string().regex(/^[a-z_]+$/), message: z.string() }).strict();

/** A stand-in that fails on use: reading a route's declaration never touches a service. */
function untouchable<T extends object>(): T {
  return new Proxy({} as T, {
    get() {
      throw new Error("route declarations read no service");
    },
  });
}

/** Every route the app mounts (as app.ts lists them), declarations only. */
const routes: ApiRoute[] = [
  ...apiRoutes(untouchable<Services>(), loadConfig({})),
  ...eventRoutes(untouchable<EventsService>()),
  ...correctionRoutes({
    store: untouchable<GraphStore>(),
    dataDir: "/nonexistent",
    refresh: () => Promise.reject(new Error("route declarations refresh nothing")),
  }),
  ...regionRoutes(untouchable<GraphStore>()),
  ...reportRoutes(untouchable<GraphStore>()),
];
routes.push(openApiRoute(() => routes));

const patterns = routes.map((r) => ({
  route: r,
  regex: new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, "[^/]+")}$`),
}));

/** The route that answers `method path` (query string ignored), or null for an unknown route. */
function routeOf(method: string, url: string): ApiRoute | null {
  const pathname = new URL(url, "http://x").pathname;
  const m = method.toLowerCase();
  return patterns.find((p) => p.route.method === m && p.regex.test(pathname))?.route ?? null;
}

/** The JSON response schema of `method path` (query string ignored), or null for an unknown route. */
export function responseSchemaOf(method: "get" | "post", url: string): z.ZodType | null {
  return routeOf(method, url)?.response.schema ?? null;
}

/** Parses `body` with its route's response schema (2xx) or the error shape (4xx/5xx). */
export function checkResponse(method: string, url: string, status: number, body: unknown): void {
  if (status >= 400) {
    ErrorBody.parse(body);
    return;
  }
  const route = routeOf(method, url);
  if (!route) throw new Error(`no route declares ${method.toUpperCase()} ${url}`);
  if (!route.response.schema)
    throw new Error(`${method.toUpperCase()} ${route.path} answered JSON but declares no JSON schema`);
  const parsed = route.response.schema.parse(body);
  const extra = undeclaredKeys(body, parsed, "");
  if (extra.length > 0)
    throw new Error(
      `${method.toUpperCase()} ${route.path} sends keys its schema does not declare: ${extra.join(", ")}`,
    );
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Keys of the answer that parsing dropped (zod objects strip what they do not declare): a field
 * the server sends and the schema, hence the OpenAPI document and the client's types, miss.
 */
function undeclaredKeys(sent: unknown, parsed: unknown, at: string): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed))
    return sent.flatMap((x, i) => undeclaredKeys(x, parsed[i], `${at}[${i}]`));
  if (!isObject(sent) || !isObject(parsed)) return [];
  return Object.keys(sent).flatMap((k) =>
    k in parsed ? undeclaredKeys(sent[k], parsed[k], `${at}.${k}`) : [`${at}.${k}`],
  );
}

/**
 * `fetch`, and every JSON answer (by Content-Type) is checked with `checkResponse` before it is
 * returned; the body stays unread for the caller. Non-JSON answers (CSV, GEXF, HTML) pass as they are.
 */
export async function checkedFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, init);
  if ((res.headers.get("content-type") ?? "").includes("application/json")) {
    checkResponse(init.method ?? "GET", url, res.status, await res.clone().json());
  }
  return res;
}
