/**
 * Console load over real HTTP (loopback, bounded counts): 200 concurrent slow queries cannot
 * starve the console. From one client, all but four answer 429 at once and another client's
 * `RETURN 1` still answers in under 1 s; from fifty clients the queue stays bounded (429 with
 * Retry-After at once beyond it) and drains within a few query timeouts; afterwards the console
 * answers normally. Other clients are other loopback source addresses (127.0.0.x).
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBwrap } from "../cypher/console-sandbox.ts";
import type { KuzuStore } from "../cypher/kuzu-store.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";

/** A billion-row aggregate: runs until the (short) query timeout interrupts it. */
const SLOW =
  "UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b UNWIND range(1, 1000) AS c RETURN sum(a + b + c)";
const TIMEOUT_MS = 2000;
const WORKERS = 2;
const QUEUE = 16;
const PER_CLIENT = 4;

let t: TestServer;

interface Answer {
  status: number;
  ms: number;
  /** When the answer arrived, relative to the module's clock. */
  at: number;
  retryAfter: string | undefined;
  body: string;
}

/** POSTs a console query from the loopback source address `from`. */
function post(query: string, from: string): Promise<Answer> {
  const url = new URL("/api/cypher", t.baseUrl);
  const payload = JSON.stringify({ query });
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: from,
        agent: false,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => {
          body += d;
        });
        res.on("end", () => {
          const at = performance.now();
          const ra = res.headers["retry-after"];
          resolve({ status: res.statusCode ?? 0, ms: at - t0, at, retryAfter: ra, body });
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** Resolves once `count` of `answers` have arrived. */
async function whenAnswered(answers: Promise<Answer>[], count: number): Promise<void> {
  let done = 0;
  await new Promise<void>((resolve) => {
    for (const a of answers)
      void a.finally(() => {
        if (++done >= count) resolve();
      });
  });
}

function byStatus(answers: Answer[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const a of answers) out[a.status] = (out[a.status] ?? 0) + 1;
  return out;
}

beforeAll(async () => {
  t = await startTestServer({
    env: {
      LAOMO_QUERY_TIMEOUT_MS: String(TIMEOUT_MS),
      LAOMO_CONSOLE_WORKERS: String(WORKERS),
      LAOMO_CONSOLE_QUEUE: String(QUEUE),
      LAOMO_CONSOLE_PER_CLIENT: String(PER_CLIENT),
    },
  });
  // Start the pool (readiness, not a fixed wait): one query, then until every worker runs.
  expect((await post("RETURN 1 AS one", "127.0.0.1")).status).toBe(200);
  const pool = (t.store as KuzuStore).consoleWorker;
  const deadline = Date.now() + 60_000;
  while ((pool?.pids.length ?? 0) < WORKERS || (await post("RETURN 1 AS one", "127.0.0.2")).status !== 200) {
    if (Date.now() > deadline) throw new Error("the console workers did not start");
    await new Promise((r) => setTimeout(r, 50));
  }
});

afterAll(async () => {
  await t?.close();
});

describe("GET /api/health", () => {
  it("says whether the console sandbox is active", async () => {
    const res = await fetch(`${t.baseUrl}/api/health`);
    const body = (await res.json()) as { consoleSandbox: { mode: string; active: boolean; reason: string } };
    const sandbox = await (t.store as KuzuStore).consoleSandbox();
    expect(body.consoleSandbox).toEqual(sandbox);
    if (findBwrap() || process.env.CI === "true")
      expect(body.consoleSandbox).toMatchObject({ active: true, reason: "bubblewrap" });
  });
});

describe("POST /api/cypher under a storm of slow queries", () => {
  it("one client, 200 at once: the rest get 429 at once; another client's RETURN 1 answers in under 1 s", async () => {
    const t0 = performance.now();
    const storm = Array.from({ length: 200 }, () => post(SLOW, "127.0.0.1"));
    // Wait until the storm has arrived: every query beyond the client's limit is answered.
    await whenAnswered(storm, 200 - PER_CLIENT);

    const same = await post("RETURN 1 AS one", "127.0.0.1");
    expect(same.status).toBe(429);
    expect(same.ms).toBeLessThan(1000);
    expect(Number(same.retryAfter)).toBeGreaterThanOrEqual(1);

    const other = await post("RETURN 1 AS one", "127.0.0.2");
    expect(other.status).toBe(200);
    expect(other.ms).toBeLessThan(1000);
    expect(JSON.parse(other.body).rows).toEqual([[1]]);

    const answers = await Promise.all(storm);
    const drainMs = Math.max(...answers.map((a) => a.at)) - t0;
    const rejected = answers.filter((a) => a.status === 429);
    console.log(
      `one-client storm: ${JSON.stringify(byStatus(answers))}, slowest 429 ${Math.round(Math.max(...rejected.map((a) => a.ms)))} ms, drained in ${Math.round(drainMs)} ms`,
    );
    expect(rejected.length).toBeGreaterThanOrEqual(200 - PER_CLIENT);
    for (const a of answers) expect([408, 429]).toContain(a.status);
    for (const a of rejected) expect(JSON.parse(a.body)).toMatchObject({ error: "too_many_requests" });
    expect(drainMs).toBeLessThan(30_000);

    const after = await post("RETURN 1 AS one", "127.0.0.1");
    expect(after.status).toBe(200);
  });

  it("fifty clients, 200 at once: the queue stays bounded, the storm drains, the console answers after", async () => {
    const t0 = performance.now();
    const storm = Array.from({ length: 200 }, (_, i) => post(SLOW, `127.0.0.${10 + (i % 50)}`));
    await whenAnswered(storm, 200 - WORKERS - QUEUE);
    const probe = await post("RETURN 1 AS one", "127.0.0.3");

    const answers = await Promise.all(storm);
    const drainMs = Math.max(...answers.map((a) => a.at)) - t0;
    // Refused on arrival (queue full), not dropped after waiting.
    const refused = answers.filter((a) => a.status === 429 && !/waited too long/.test(a.body));
    const ms = refused.map((a) => a.ms).sort((a, b) => a - b);
    console.log(
      `fifty-client storm: ${JSON.stringify(byStatus(answers))}, ${refused.length} refused on arrival ` +
        `(median ${Math.round(ms[Math.floor(ms.length / 2)] ?? 0)} ms, slowest ${Math.round(ms.at(-1) ?? 0)} ms after sending), ` +
        `drained in ${Math.round(drainMs)} ms; probe ${probe.status} in ${Math.round(probe.ms)} ms`,
    );
    // At most WORKERS run and QUEUE wait: everything beyond is refused at once. A place frees
    // when a query ends or gives up waiting, each within one timeout, so a storm that takes k
    // timeouts to arrive (a busy machine sends slowly) admits at most k × (WORKERS + QUEUE).
    const windows = Math.max(1, Math.ceil(drainMs / TIMEOUT_MS));
    expect(200 - refused.length).toBeLessThanOrEqual(windows * (WORKERS + QUEUE));
    expect(ms[Math.floor(ms.length / 2)]).toBeLessThan(TIMEOUT_MS);
    expect(answers.filter((a) => a.status === 408).length).toBeLessThanOrEqual(WORKERS + QUEUE);
    for (const a of answers) expect([408, 429]).toContain(a.status);
    for (const a of answers.filter((x) => x.status === 429))
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
    // A query never waits longer than one timeout and never runs longer than one (+ the kill grace).
    expect(drainMs).toBeLessThan(30_000);
    // The probe either ran (a new client goes first) or was refused; it never waited out the storm.
    expect([200, 429]).toContain(probe.status);
    expect(probe.ms).toBeLessThan(2 * TIMEOUT_MS + 1000);

    const after = await post("MATCH (p:Person) RETURN count(p) AS n", "127.0.0.1");
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body).rows).toEqual([[6]]);
  });
});
