/**
 * Bench stage: time to first frame of the explorer for a synthetic N-node graph (default
 * 5,000) in headless Chromium with software rendering. Serves the built client and a
 * fixed overview, loads the page, and reads the `laomo:first-frame` mark that the client
 * sets after sigma's first render. Run alone: `npx tsx bench/stage-first-frame.ts [nodes]`.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureClientBuilt } from "../client/build.ts";
import { NODE_LABELS, type SerializedGraph } from "../model/types.ts";
import { chromiumAvailable, launchBrowser } from "../test/e2e/launch-browser.ts";
import { startStaticApi } from "../test/e2e/static-api.ts";

export interface FirstFrameOptions {
  nodes?: number;
  /** Edges per node on average. */
  edgesPerNode?: number;
  runs?: number;
  /** Goal in ms (reported as ok/not ok). */
  goalMs?: number;
}

export interface FirstFrameResult {
  stage: "first-frame";
  nodes: number;
  edges: number;
  runs: number;
  /** performance mark time since navigation start, per run (ms). */
  firstFrameMs: number[];
  medianMs: number;
  /** Wall time from page.goto to the graph-ready flag, per run (ms). */
  wallMs: number[];
  goalMs: number;
  ok: boolean;
  renderer: string;
  skipped?: string;
}

/** A deterministic synthetic overview: people around events, with positions and sizes. */
export function syntheticOverview(n: number, edgesPerNode: number): SerializedGraph {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const nodes: SerializedGraph["nodes"] = [];
  for (let i = 0; i < n; i++) {
    const type = i % 10 === 0 ? "Event" : (NODE_LABELS[i % 6] ?? "Person");
    const angle = rnd() * Math.PI * 2;
    const r = Math.sqrt(rnd()) * 1000;
    nodes.push({
      key: `n${i}`,
      attributes: {
        label: `${type === "Event" ? "活动" : "人物"}${i}号`,
        nodeType: type,
        x: Math.round(Math.cos(angle) * r * 100) / 100,
        y: Math.round(Math.sin(angle) * r * 100) / 100,
        size: 3 + Math.round(rnd() * 6),
      },
    });
  }
  const edges: SerializedGraph["edges"] = [];
  const m = Math.round(n * edgesPerNode);
  for (let i = 0; i < m; i++) {
    const s = Math.floor(rnd() * n);
    const t = Math.floor(rnd() * n);
    if (s === t) continue;
    edges.push({ key: `r${i}`, source: `n${s}`, target: `n${t}`, attributes: { type: "SPOKE_AT" } });
  }
  return { nodes, edges };
}

export async function runFirstFrameStage(opts: FirstFrameOptions = {}): Promise<FirstFrameResult> {
  const n = opts.nodes ?? 5000;
  const runs = opts.runs ?? 3;
  const goalMs = opts.goalMs ?? 3000;
  const graph = syntheticOverview(n, opts.edgesPerNode ?? 1.5);
  const base: FirstFrameResult = {
    stage: "first-frame",
    nodes: n,
    edges: graph.edges.length,
    runs: 0,
    firstFrameMs: [],
    medianMs: Number.NaN,
    wallMs: [],
    goalMs,
    ok: false,
    renderer: "",
  };
  if (!chromiumAvailable()) return { ...base, skipped: "no Chromium at /usr/bin/chromium" };
  await ensureClientBuilt();
  const api = await startStaticApi(graph);
  const browser = await launchBrowser();
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      const started = Date.now();
      await page.goto(`${api.url}/#/explore`);
      await page.waitForFunction(() => document.body.dataset.graphReady !== undefined, null, {
        timeout: 60_000,
      });
      base.wallMs.push(Date.now() - started);
      const mark = await page.evaluate(
        () => performance.getEntriesByName("laomo:first-frame")[0]?.startTime ?? -1,
      );
      base.firstFrameMs.push(Math.round(mark));
      if (!base.renderer) {
        base.renderer = await page.evaluate(() => {
          const gl = document.createElement("canvas").getContext("webgl2");
          const ext = gl?.getExtension("WEBGL_debug_renderer_info");
          return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : "unknown";
        });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await api.close();
  }
  const sorted = [...base.firstFrameMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return { ...base, runs, medianMs: median, ok: median <= goalMs };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const nodes = Number(process.argv[2] ?? 5000);
  runFirstFrameStage({ nodes }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
