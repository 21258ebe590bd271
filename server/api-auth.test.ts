/**
 * The write token, Host and Origin checks and the plain-HTTP security headers over real HTTP
 * (embedded store, fictional test graph, the real ingest pipeline on a tiny upload). Requests
 * with a chosen Host header go through node:http, which sends headers as given.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../model/config.ts";
import { errorMiddleware } from "./http/handle-errors.ts";
import { requireToken } from "./http/require-token.ts";
import { matchToken } from "./http/write-tokens.ts";
import { checkedFetch, checkResponse } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";
import { SHORT_ARTICLE } from "./test-article.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request with exactly these headers (Host included), over a fresh connection; JSON answers are checked. */
function raw(
  baseUrl: string,
  method: string,
  p: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  const url = new URL(p, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const answer = {
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          };
          try {
            // Every JSON answer is checked against its route's schema (or the error shape).
            if (String(res.headers["content-type"]).includes("application/json"))
              checkResponse(method, p, answer.status, JSON.parse(answer.body));
            resolve(answer);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const ARTICLE = SHORT_ARTICLE;

const uploadBody = (name = "2024-06-13-qixia.txt") =>
  JSON.stringify({ files: [{ name, contentBase64: Buffer.from(ARTICLE).toString("base64") }] });

const ALICE = "alice-token-0123456789abcdef";
const BOB = "bob-token-0123456789abcdefghij";

let t: TestServer;
let clientDir: string;
const hostOf = () => new URL(t.baseUrl).host;
const json = { "content-type": "application/json" };

beforeAll(async () => {
  clientDir = await mkdtemp(path.join(tmpdir(), "laomo-auth-client-"));
  await mkdir(path.join(clientDir, "assets"));
  await writeFile(path.join(clientDir, "index.html"), "<!doctype html><title>laomo</title>");
  await writeFile(path.join(clientDir, "assets", "app.js"), "console.log(1)");
  t = await startTestServer({ clientDist: clientDir, env: { LAOMO_ALLOWED_HOSTS: "graph.example.org" } });
});
afterAll(async () => {
  await t?.close();
  await rm(clientDir, { recursive: true, force: true });
});

describe("the write token on POST /api/ingest", () => {
  it("401 without a token (WWW-Authenticate: Bearer), and with a non-Bearer scheme", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/ingest`, {
      method: "POST",
      headers: json,
      body: uploadBody(),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect(((await res.json()) as Json).error).toBe("unauthorized");
    const basic = await checkedFetch(`${t.baseUrl}/api/ingest`, {
      method: "POST",
      headers: { ...json, authorization: `Basic ${Buffer.from(`x:${t.token}`).toString("base64")}` },
      body: uploadBody(),
    });
    expect(basic.status).toBe(401);
  });

  it("403 with a wrong token, including a prefix or an extension of the right one", async () => {
    for (const wrong of ["nope", t.token.slice(0, -1), `${t.token}x`, t.token.toUpperCase()]) {
      const res = await checkedFetch(`${t.baseUrl}/api/ingest`, {
        method: "POST",
        headers: { ...json, authorization: `Bearer ${wrong}` },
        body: uploadBody(),
      });
      expect(res.status, wrong).toBe(403);
      expect(((await res.json()) as Json).error).toBe("forbidden");
    }
  });

  it("refuses spellings Express routes to the same handler (case, trailing slash) and unknown writes", async () => {
    for (const p of ["/API/Ingest", "/api/ingest/", "/api/no-such-route", "/"]) {
      const res = await checkedFetch(t.baseUrl + p, { method: "POST", headers: json, body: uploadBody() });
      expect(res.status, p).toBe(401);
    }
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      expect((await checkedFetch(`${t.baseUrl}/api/ingest`, { method })).status, method).toBe(401);
    }
  });

  it("2xx with the right token: the tiny upload is ingested and searchable", async () => {
    const res = await checkedFetch(`${t.baseUrl}/api/ingest`, {
      method: "POST",
      headers: { ...json, ...t.authHeaders() },
      body: uploadBody(),
    });
    expect(res.status).toBe(200);
    expect((await res.json()) as Json).toMatchObject({ files: 1, articles: 1 });
    const hit = (await (await checkedFetch(`${t.baseUrl}/api/search?q=jiangbeichen`)).json()) as Json;
    expect(hit.results[0]).toMatchObject({ name: "蒋北辰" });
  });

  it("reads and the read-only console stay open without a token", async () => {
    for (const p of ["/api/health", "/api/stats", "/api/search?q=shan", "/api/openapi.json", "/"]) {
      expect((await checkedFetch(t.baseUrl + p)).status, p).toBe(200);
    }
    const q = await checkedFetch(`${t.baseUrl}/api/cypher`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ query: "RETURN 1 AS one" }),
    });
    expect(q.status).toBe(200);
    expect(((await q.json()) as Json).rows).toEqual([[1]]);
  });

  it("the OpenAPI document declares bearer auth on the write and not on reads or the console", async () => {
    const doc = (await (await checkedFetch(`${t.baseUrl}/api/openapi.json`)).json()) as Json;
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    const ingest = doc.paths["/api/ingest"].post;
    expect(ingest.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(ingest.responses)).toEqual(expect.arrayContaining(["401", "403"]));
    expect(doc.paths["/api/cypher"].post.security).toBeUndefined();
    expect(doc.paths["/api/search"].get.security).toBeUndefined();
  });
});

describe("Host and Origin on a loopback listener", () => {
  it("403 for a foreign Host on reads, writes and static files", async () => {
    for (const [method, p] of [
      ["GET", "/api/health"],
      ["GET", "/"],
      ["GET", "/assets/app.js"],
      ["POST", "/api/cypher"],
    ] as const) {
      const res = await raw(t.baseUrl, method, p, { host: "evil.example", ...json }, '{"query":"RETURN 1"}');
      expect(res.status, `${method} ${p}`).toBe(403);
      expect(JSON.parse(res.body).error).toBe("forbidden");
    }
    // With the right token too: a rebinding page never gets to write.
    const write = await raw(
      t.baseUrl,
      "POST",
      "/api/ingest",
      { host: `evil.example:${new URL(t.baseUrl).port}`, ...json, ...t.authHeaders() },
      uploadBody(),
    );
    expect(write.status).toBe(403);
  });

  it("accepts localhost, 127.0.0.1, [::1] (any port) and LAOMO_ALLOWED_HOSTS names", async () => {
    for (const host of [
      hostOf(),
      "localhost",
      "LOCALHOST:1234",
      "127.0.0.1",
      "[::1]:80",
      "graph.example.org",
      "graph.example.org:8443",
    ]) {
      expect((await raw(t.baseUrl, "GET", "/api/health", { host })).status, host).toBe(200);
    }
    for (const host of ["localhost.evil.example", "127.0.0.1.nip.io", "example.org", "[::2]"]) {
      expect((await raw(t.baseUrl, "GET", "/api/health", { host })).status, host).toBe(403);
    }
  });

  it("403 for a request without a Host header (HTTP/1.0)", async () => {
    const url = new URL(t.baseUrl);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.end("GET /api/health HTTP/1.0\r\n\r\n");
      });
      let text = "";
      socket.on("data", (c: Buffer) => {
        text += c.toString();
      });
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.[01] 403 /);
  });

  it("a write whose Origin is not the Host is refused even with the right token; same-origin passes", async () => {
    const headers = { host: hostOf(), ...json, ...t.authHeaders() };
    for (const origin of ["http://evil.example", "null", `http://localhost:${new URL(t.baseUrl).port}`]) {
      const res = await raw(t.baseUrl, "POST", "/api/ingest", { ...headers, origin }, uploadBody("x.txt"));
      expect(res.status, origin).toBe(403);
    }
    const cross = await raw(
      t.baseUrl,
      "POST",
      "/api/cypher",
      { host: hostOf(), ...json, origin: "http://evil.example" },
      '{"query":"RETURN 1"}',
    );
    expect(cross.status).toBe(403);
    const same = await raw(
      t.baseUrl,
      "POST",
      "/api/cypher",
      { host: hostOf(), ...json, origin: t.baseUrl },
      '{"query":"RETURN 1"}',
    );
    expect(same.status).toBe(200);
    // A read with a foreign Origin is a plain read (the browser's CORS rules keep the answer from the page).
    const read = await raw(t.baseUrl, "GET", "/api/health", {
      host: hostOf(),
      origin: "http://evil.example",
    });
    expect(read.status).toBe(200);
  });
});

describe("named tokens (LAOMO_TOKENS)", () => {
  it("accepts each named token, refuses others, and tells the route who wrote", async () => {
    const config = loadConfig({ LAOMO_TOKENS: `alice:${ALICE}, bob:${BOB}` });
    expect(config.LAOMO_TOKENS?.map((x) => x.name)).toEqual(["alice", "bob"]);
    const app = express();
    app.use(requireToken(config.LAOMO_TOKENS ?? []));
    app.post("/api/write", (_req, res) => {
      res.json({ by: res.locals.tokenName });
    });
    app.use(errorMiddleware(() => {}));
    const server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/write`;
      // A test-only route (no schema of the app's): plain fetch.
      const as = async (token: string) =>
        fetch(url, { method: "POST", headers: { authorization: `Bearer ${token}` } });
      expect(await (await as(ALICE)).json()).toEqual({ by: "alice" });
      expect(await (await as(BOB)).json()).toEqual({ by: "bob" });
      expect((await as(`${ALICE}x`)).status).toBe(403);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it("a server started with LAOMO_TOKENS takes bob's token for an ingest", async () => {
    const named = await startTestServer({ env: { LAOMO_TOKENS: `alice:${ALICE},bob:${BOB}` } });
    try {
      expect(named.token).toBe(ALICE);
      const ok = await checkedFetch(`${named.baseUrl}/api/ingest`, {
        method: "POST",
        headers: { ...json, authorization: `Bearer ${BOB}` },
        body: uploadBody(),
      });
      expect(ok.status).toBe(200);
      const wrong = await checkedFetch(`${named.baseUrl}/api/ingest`, {
        method: "POST",
        headers: { ...json, authorization: "Bearer carol-token-0123456789abcdef" },
        body: uploadBody(),
      });
      expect(wrong.status).toBe(403);
    } finally {
      await named.close();
    }
  });

  it("matchToken names the matching token and nothing for a near miss", () => {
    const tokens = [
      { name: "alice", token: ALICE },
      { name: "bob", token: BOB },
    ];
    expect(matchToken(tokens, BOB)).toBe("bob");
    expect(matchToken(tokens, ALICE.slice(1))).toBeNull();
    expect(matchToken([], ALICE)).toBeNull();
  });

  it("refuses weak or malformed token settings at boot", () => {
    expect(() => loadConfig({ LAOMO_TOKEN: "short" })).toThrow(/LAOMO_TOKEN/);
    expect(() => loadConfig({ LAOMO_TOKENS: ALICE })).toThrow(/LAOMO_TOKENS/);
    expect(() => loadConfig({ LAOMO_TOKENS: `a:${ALICE},a:${BOB}` })).toThrow(/distinct/);
    expect(() => loadConfig({ LAOMO_TOKENS: `a:${ALICE},b:${ALICE}` })).toThrow(/distinct/);
    expect(loadConfig({ LAOMO_TOKEN: "" }).LAOMO_TOKEN).toBeUndefined();
  });
});

describe("security headers over plain HTTP", () => {
  it("no upgrade-insecure-requests and no HSTS on the page or an asset", async () => {
    for (const p of ["/", "/assets/app.js", "/api/health"]) {
      const res = await checkedFetch(t.baseUrl + p);
      expect(res.status, p).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, p).toContain("script-src 'self'");
      expect(csp, p).not.toContain("upgrade-insecure-requests");
      expect(res.headers.get("strict-transport-security"), p).toBeNull();
    }
  });

  it("LAOMO_HTTPS=1 (behind a TLS proxy) turns both on", async () => {
    const behindTls = await startTestServer({ clientDist: clientDir, env: { LAOMO_HTTPS: "1" } });
    try {
      const res = await checkedFetch(`${behindTls.baseUrl}/`);
      expect(res.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    } finally {
      await behindTls.close();
    }
  });
});
