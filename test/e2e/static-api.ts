/**
 * A minimal HTTP server for the first-frame bench: the built client plus a fixed
 * `/api/overview` graph (and empty facets). It measures the client alone, not the store;
 * the browser tests use the real server instead.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { CLIENT_DIST } from "../../client/build.ts";
import type { SerializedGraph } from "../../model/types.ts";

export interface StaticApi {
  url: string;
  close(): Promise<void>;
}

export async function startStaticApi(overview: SerializedGraph): Promise<StaticApi> {
  const app = express();
  const body = JSON.stringify(overview);
  app.get("/api/overview", (_req, res) => {
    res.type("application/json").send(body);
  });
  app.get("/api/facets", (_req, res) => {
    res.json({ honourLevels: [], honourCategories: [], orgTypes: [], years: [] });
  });
  app.use(express.static(CLIENT_DIST));
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
