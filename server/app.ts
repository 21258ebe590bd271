/**
 * The Express application: security headers (security-headers.ts), the Host/Origin checks and
 * the write token (before any body is parsed), JSON API routes with OpenAPI at
 * /api/openapi.json, the built client at / with an SPA fallback, and one error middleware.
 * `createApp` never listens (see main.ts).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import type { GraphStore } from "../cypher/store.ts";
import type { Config } from "../model/config.ts";
import { reportRoutes } from "../reports/http.ts";
import { OpenApiDocument } from "./api-schemas.ts";
import { buildOpenApi } from "./http/build-openapi.ts";
import { checkHost, checkOrigin } from "./http/check-host.ts";
import { type ApiRoute, mountRoutes } from "./http/define-route.ts";
import { apiNotFound, errorMiddleware } from "./http/handle-errors.ts";
import { addWriteSecurity } from "./http/openapi-security.ts";
import { requireToken } from "./http/require-token.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { type NamedToken, tokensFromConfig } from "./http/write-tokens.ts";
import { apiRoutes } from "./routes/api-routes.ts";
import { correctionRoutes } from "./routes/correction-routes.ts";
import { eventRoutes } from "./routes/event-routes.ts";
import { regionRoutes } from "./routes/region-routes.ts";
import { createServices, type Services } from "./services/create-services.ts";
import type { IngestPathsFn } from "./services/ingest-service.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface AppDeps {
  store: GraphStore;
  config: Config;
  /** Injected ingest pipeline (defaults to ingest/pipeline.ts, loaded on first use). */
  ingestPaths?: IngestPathsFn;
  /** Folder of the built client (default client/dist). */
  clientDist?: string;
  /** Where 5xx errors are logged (default console.error). */
  logError?: (err: unknown) => void;
  /**
   * The write tokens (main.ts passes `resolveTokens(config)`). Default: those set in the
   * environment; with none, every write is refused.
   */
  tokens?: readonly NamedToken[];
}

/** Max JSON body: base64 uploads of 20 MB decoded need about 27 MB. */
const JSON_LIMIT = "28mb";

export function openApiRoute(routes: () => ApiRoute[]): ApiRoute {
  return {
    method: "get",
    path: "/api/openapi.json",
    tag: "meta",
    summary: "This OpenAPI 3.1 document",
    response: { description: "OpenAPI document", schema: OpenApiDocument },
    handle: () =>
      addWriteSecurity(buildOpenApi(routes(), { title: "laomo-graph explorer API", version: "0.1.0" })),
  };
}

export function createApp(deps: AppDeps): express.Express {
  const services: Services = createServices(deps);
  const app = express();
  app.locals.services = services;
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use(securityHeaders(deps.config));
  app.use(checkHost(deps.config));
  app.use(checkOrigin);
  app.use(requireToken(deps.tokens ?? tokensFromConfig(deps.config)));
  app.use("/api", express.json({ limit: JSON_LIMIT }));

  const routes: ApiRoute[] = [
    ...apiRoutes(services, deps.config),
    ...eventRoutes(services.events),
    ...correctionRoutes({
      store: deps.store,
      dataDir: deps.config.LAOMO_DATA_DIR,
      refresh: services.refresh,
    }),
    ...regionRoutes(deps.store),
    ...reportRoutes(deps.store),
  ];
  routes.push(openApiRoute(() => routes));
  mountRoutes(app, routes);
  app.use("/api", apiNotFound);

  const dist = deps.clientDist ?? path.join(repoRoot, "client", "dist");
  app.use(express.static(dist, { index: "index.html", maxAge: "1h" }));
  app.use((req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.path.startsWith("/api/")) return next();
    const index = path.join(dist, "index.html");
    if (!existsSync(index)) {
      res
        .status(503)
        .type("text/plain; charset=utf-8")
        .send("Client not built: run `npx vite build client`.");
      return;
    }
    res.sendFile(index);
  });
  app.use(errorMiddleware(deps.logError));
  return app;
}

export function servicesOf(app: express.Express): Services {
  return app.locals.services as Services;
}
