/**
 * Bench stage: first frame of the events view (`#/events`) in headless Chromium against the real
 * server on the synthetic graph of bench/api-bench-graph.ts (default: the run's article count).
 * The server builds its event index before it listens (as at start and after an ingest); the
 * first page load is a cold browser, later loads reuse the browser's caches.
 * Reads the `laomo:events-frame` mark. Run alone: `npx tsx bench/stage-events-frame.ts [articles]`.
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureClientBuilt } from "../client/build.ts";
import { openStore } from "../cypher/open-store.ts";
import { loadConfig } from "../model/config.ts";
import { chromiumAvailable, launchBrowser } from "../test/e2e/launch-browser.ts";
import { buildApiBenchGraph } from "./api-bench-graph.ts";
import { type BenchContext, metric, type StageResult, skipped } from "./types.ts";

export const GOAL_MS = 3000;

export interface EventsFrameResult {
  articles: number;
  events: number;
  /** Mark time since navigation start: the first page load, then repeated loads. */
  coldMs: number;
  warmMs: number[];
  cards: number;
}

export async function runEventsFrameStage(opts: {
  articles: number;
  runs?: number;
  workDir?: string;
  seed?: number;
  log?: (m: string) => void;
}): Promise<EventsFrameResult> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const workDir = opts.workDir ?? mkdtempSync(path.join(os.tmpdir(), "laomo-events-bench-"));
  const dataDir = path.join(workDir, "events-data");
  try {
    const { batch } = buildApiBenchGraph({ articles: opts.articles, seed: opts.seed ?? 1 });
    const store = await openStore(loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir }));
    try {
      await store.applySchema();
      await store.replaceGraph(batch);
    } finally {
      await store.close();
    }
    await ensureClientBuilt();
    log(`events-frame: ${batch.nodes.length} nodes written; starting server …`);
    const child = fork(path.join(import.meta.dirname, "api-server-child.ts"), [], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    // Listen before anything else is awaited: a server that dies early must not hang the stage.
    const ready = new Promise<{ port: number }>((resolve, reject) => {
      child.once("message", (m) => resolve(m as { port: number }));
      child.once("exit", (code, signal) =>
        reject(new Error(`server exited (${signal ?? code}) before listening`)),
      );
    });
    ready.catch(() => {});
    const browser = await launchBrowser();
    try {
      const { port } = await ready;
      const times: number[] = [];
      let cards = 0;
      for (let i = 0; i < (opts.runs ?? 4); i++) {
        const page = await browser.context.newPage();
        await page.goto(`http://127.0.0.1:${port}/#/events`);
        await page.waitForFunction(() => document.body.dataset.eventsReady === "1", null, {
          timeout: 120_000,
        });
        times.push(
          Math.round(
            await page.evaluate(() => performance.getEntriesByName("laomo:events-frame")[0]?.startTime ?? -1),
          ),
        );
        cards = await page.locator(".ev-card").count();
        await page.close();
      }
      return {
        articles: opts.articles,
        events: batch.nodes.filter((n) => n.label === "Event").length,
        coldMs: times[0] ?? Number.NaN,
        warmMs: times.slice(1),
        cards,
      };
    } finally {
      await browser.close();
      if (child.connected) child.send("stop");
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once("exit", () => resolve());
      });
    }
  } finally {
    if (opts.workDir) rmSync(dataDir, { recursive: true, force: true });
    else rmSync(workDir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Entry point for bench/run.ts. */
export async function run(ctx: BenchContext): Promise<StageResult> {
  if (!chromiumAvailable()) return skipped("events-frame", "no Chromium at /usr/bin/chromium");
  const r = await runEventsFrameStage({
    articles: ctx.articles,
    workDir: ctx.workDir,
    seed: ctx.seed,
    log: ctx.log,
  });
  const warm = median(r.warmMs);
  return {
    stage: "events-frame",
    status: "ok",
    note: `real server on a synthetic graph of ${r.articles} articles; goal ${GOAL_MS} ms ${r.coldMs <= GOAL_MS ? "met" : "NOT met"} (first load)`,
    metrics: [
      metric("events in graph", r.events, ""),
      metric("event cards drawn", r.cards, ""),
      metric("first frame, first load", r.coldMs, "ms"),
      metric("first frame, repeat loads (median)", warm, "ms"),
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runEventsFrameStage({ articles: Number(process.argv[2] ?? 10_000) });
  console.log(JSON.stringify({ ...r, warmMedianMs: median(r.warmMs) }, null, 2));
}
