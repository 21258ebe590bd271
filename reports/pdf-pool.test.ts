/**
 * The PDF pool with the real Chromium: 20 parallel PDF report requests over HTTP stay within
 * one browser and two pages (Chromium processes counted in /proc during the storm), each answer
 * a PDF or a 429 with Retry-After; a full queue refuses at once; a stuck page times out and the
 * pool goes on; an idle pool closes its browser.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TooManyRequestsError } from "../model/errors.ts";
import { startTestServer, type TestServer } from "../server/start-test-server.ts";
import { TEST_IDS } from "../server/test-graph.ts";
import { CHROMIUM_PATH } from "./chromium.ts";
import { chromiumBelow } from "./chromium-processes.ts";
import { closeSharedPdfPool, PdfPool, sharedPdfPool } from "./pdf-pool.ts";
import { PdfUnavailableError } from "./report-errors.ts";

const available = existsSync(CHROMIUM_PATH);
if (!available && process.env.CI !== "true")
  console.warn(`PDF pool test SKIPPED: needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
const suite = available || process.env.CI === "true" ? describe : describe.skip;

const HTML = "<!doctype html><meta charset=utf-8><h1>测试 PDF</h1><p>hello</p>";

/** Polls `cond` every 50 ms until it holds or `ms` pass. */
async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return cond();
}

const isPdf = (b: Buffer) => b.subarray(0, 5).toString("latin1") === "%PDF-";

suite("PDF pool over HTTP", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await closeSharedPdfPool();
    await t?.close();
  });

  it("20 parallel PDF reports: one browser, at most 2 pages, every answer a PDF or a 429", async () => {
    const before = chromiumBelow();
    expect(before.count).toBe(0);
    let peak = { count: 0, rssMiB: 0 };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const now = chromiumBelow();
        if (now.count > peak.count) peak = now;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const url = `${t.baseUrl}/api/reports/person/${encodeURIComponent(TEST_IDS.shan)}?format=pdf`;
    const t0 = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await fetch(url);
        return {
          status: res.status,
          retryAfter: res.headers.get("retry-after"),
          type: res.headers.get("content-type"),
          body: Buffer.from(await res.arrayBuffer()),
        };
      }),
    );
    const ms = Math.round(performance.now() - t0);
    sampling = false;
    await sampler;

    const pool = sharedPdfPool();
    const pdfs = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    console.log(
      `PDF storm: ${pdfs.length} PDFs, ${refused.length} × 429 in ${ms} ms; peak ${peak.count} Chromium processes, ${peak.rssMiB} MiB RSS; pool ${JSON.stringify(pool.stats)}`,
    );
    expect(pdfs.length + refused.length).toBe(20);
    for (const a of pdfs) {
      expect(a.type).toBe("application/pdf");
      expect(isPdf(a.body)).toBe(true);
    }
    for (const a of refused) {
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(a.body.toString("utf8")).error).toBe("too_many_requests");
    }
    // With the default queue (16) and 2 pages, at least 18 of 20 are served.
    expect(pdfs.length).toBeGreaterThanOrEqual(18);
    expect(pool.stats.launches).toBe(1);
    expect(pool.stats.maxActive).toBeLessThanOrEqual(2);
    // One browser with two pages: its six helpers (browser, two zygotes, GPU, network, storage),
    // then per page a print compositor and a renderer, plus renderers of just-closed pages that are
    // still exiting (measured: 13 at most). Without the pool the same storm ran 204 processes.
    expect(peak.count).toBeGreaterThan(0);
    expect(peak.count).toBeLessThanOrEqual(6 + 2 * 5);

    // After the storm the console of this server still answers, and a PDF still prints.
    const again = await fetch(url);
    expect(again.status).toBe(200);
    expect(isPdf(Buffer.from(await again.arrayBuffer()))).toBe(true);

    await closeSharedPdfPool();
    expect(await waitFor(() => chromiumBelow().count === 0, 20_000)).toBe(true);
  }, 300_000);
});

suite("PdfPool", () => {
  it("a full queue refuses at once with TooManyRequestsError; the accepted renders finish", async () => {
    const pool = new PdfPool({ concurrency: 1, queueLimit: 1, renderTimeoutMs: 60_000, idleMs: 60_000 });
    try {
      const settled: ("pdf" | "429" | "other")[] = [];
      const runs = Array.from({ length: 5 }, () =>
        pool.render(HTML).then(
          (b) => {
            settled.push(isPdf(b) ? "pdf" : "other");
          },
          (e) => {
            settled.push(e instanceof TooManyRequestsError ? "429" : "other");
          },
        ),
      );
      // The three beyond the page and the queue are refused before any PDF is done.
      expect(await waitFor(() => settled.length >= 3, 5000)).toBe(true);
      expect(settled.slice(0, 3)).toEqual(["429", "429", "429"]);
      await Promise.all(runs);
      expect(settled.sort()).toEqual(["429", "429", "429", "pdf", "pdf"]);
      expect(pool.stats).toMatchObject({ launches: 1, maxActive: 1, rejected: 3 });
    } finally {
      await pool.close();
    }
  });

  it("a page that never finishes loading times out; the next render works", async () => {
    const pool = new PdfPool({ concurrency: 1, queueLimit: 4, renderTimeoutMs: 120_000, idleMs: 60_000 });
    try {
      const stuck = "<!doctype html><script>for (;;) {}</script>";
      const t0 = performance.now();
      await expect(pool.render(stuck, { timeoutMs: 3000 })).rejects.toBeInstanceOf(PdfUnavailableError);
      expect(performance.now() - t0).toBeLessThan(20_000);
      expect(pool.stats.timedOut).toBe(1);
      expect(isPdf(await pool.render(HTML))).toBe(true);
    } finally {
      await pool.close();
    }
    expect(await waitFor(() => chromiumBelow().count === 0, 20_000)).toBe(true);
  });

  it("an idle pool closes its browser; the next render starts a new one", async () => {
    const pool = new PdfPool({ concurrency: 2, queueLimit: 4, renderTimeoutMs: 60_000, idleMs: 300 });
    try {
      expect(isPdf(await pool.render(HTML))).toBe(true);
      expect(await waitFor(() => !pool.browserOpen && chromiumBelow().count === 0, 20_000)).toBe(true);
      expect(isPdf(await pool.render(HTML))).toBe(true);
      expect(pool.stats.launches).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it("a closed pool refuses work", async () => {
    const pool = new PdfPool({ concurrency: 1, queueLimit: 1, renderTimeoutMs: 60_000, idleMs: 60_000 });
    await pool.close();
    await expect(pool.render(HTML)).rejects.toBeInstanceOf(PdfUnavailableError);
  });
});
