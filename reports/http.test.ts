/**
 * The reports router over real HTTP (port 0) with the server's error middleware: content types,
 * download filenames, path and overview URLs, and typed errors mapped to 400/404/409.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorMiddleware } from "../server/http/handle-errors.ts";
import { reportsRouter } from "./http.ts";
import { openTestStore, parseCsv } from "./open-test-store.ts";
import { RIDS } from "./test-graph.ts";

let base = "";
let close: () => Promise<void>;

beforeAll(async () => {
  const { store, cleanup } = await openTestStore();
  const app = express();
  app.use(reportsRouter(store));
  app.use(errorMiddleware(() => undefined));
  const server = app.listen(0);
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    await new Promise((r) => server.close(r));
    await cleanup();
  };
});
afterAll(async () => {
  await close?.();
});

describe("GET /api/reports", () => {
  it("serves a person report as HTML inline and CSV as a download", async () => {
    const html = await fetch(`${base}/api/reports/person/${encodeURIComponent("乔振宇")}`);
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html.headers.get("content-disposition")).toMatch(/^inline; .*filename\*=UTF-8''person-%E4%B9%94/);
    expect(await html.text()).toContain("云川市总工会（主办）");

    const csv = await fetch(`${base}/api/reports/person/${RIDS.qiao}?format=csv`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="person-___.csv"/);
    const rows = parseCsv(await csv.text());
    expect(rows.some((r) => r[0] === "employers" && r.includes("云川港务集团"))).toBe(true);
  });

  it("serves path (from/to) and overview (/all) reports as JSON", async () => {
    const path = await fetch(
      `${base}/api/reports/path?from=${RIDS.linTextile}&to=${encodeURIComponent("韩立新")}&format=json`,
    );
    expect(path.status).toBe(200);
    const data = (await path.json()) as { kind: string; found: boolean; to: { id: string } };
    expect(data).toMatchObject({ kind: "path", found: true, to: { id: RIDS.han } });
    const overview = await fetch(`${base}/api/reports/overview/all?format=json`);
    expect(((await overview.json()) as { totals: { nodes: { Person: number } } }).totals.nodes.Person).toBe(
      5,
    );
  });

  it("maps errors: ambiguous name 409, unknown name 404, bad kind/format 400", async () => {
    const amb = await fetch(`${base}/api/reports/person/${encodeURIComponent("林秀梅")}`);
    expect(amb.status).toBe(409);
    const body = (await amb.json()) as { error: string; message: string };
    expect(body.error).toBe("ambiguous_name");
    expect(body.message).toContain(RIDS.linPort);
    expect((await fetch(`${base}/api/reports/person/${encodeURIComponent("无名氏")}`)).status).toBe(404);
    expect((await fetch(`${base}/api/reports/people/x`)).status).toBe(400);
    expect((await fetch(`${base}/api/reports/person/x?format=docx`)).status).toBe(400);
    expect((await fetch(`${base}/api/reports/path?from=${RIDS.qiao}`)).status).toBe(400);
  });
});
