/**
 * `npx tsx bench/node-hub.ts [ARTICLES=10000] [SECONDS=10] [CONNECTIONS=20]`: latency of
 * GET /api/nodes/:id (pages of 200) and GET /api/nodes/:id/evidence on the biggest hub of the
 * synthetic API graph (plus a reporter credited on a tenth of its articles, as real archives
 * have), and of a whole small node, the server in a child process (as the api stage). JSON out.
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openStore } from "../cypher/open-store.ts";
import { loadConfig } from "../model/config.ts";
import { nodeId, relId } from "../model/ids.ts";
import { buildApiBenchGraph } from "./api-bench-graph.ts";
import { load } from "./stage-api.ts";

const [articles = 10_000, durationS = 10, connections = 20] = process.argv.slice(2).map(Number);
const log = (m: string) => process.stderr.write(`${m}\n`);
const workDir = mkdtempSync(path.join(os.tmpdir(), "laomo-hub-bench-"));
const dataDir = path.join(workDir, "data");
try {
  const { batch } = buildApiBenchGraph({ articles, seed: 1 });
  // The graph's own biggest node (it comes whole) is measured beside the added hub.
  // A hub as real archives have them: one staff reporter credited on a tenth of the articles.
  const reporter = nodeId("Person", "bench-hub-reporter");
  const credited = batch.nodes.filter((n) => n.label === "Article").filter((_, i) => i % 10 === 0);
  batch.nodes.push({
    id: reporter,
    label: "Person",
    name: "江晓川",
    aliases: [],
    pinyin: "jiangxiaochuan",
    initials: "jxc",
    mergeKey: "journalist:bench",
    articleIds: credited.map((a) => a.id),
    evidence: [],
  });
  for (const a of credited) {
    const sentence = "（记者 江晓川）";
    const evidence = [{ articleId: a.id, sentence, offset: 0, spanStart: 4, spanEnd: 7 }];
    batch.rels.push({
      id: relId("REPORTED", reporter, a.id, "reporter"),
      type: "REPORTED",
      source: reporter,
      target: a.id,
      role: "reporter",
      articleIds: [a.id],
      evidence,
    });
  }
  const degree = new Map<string, number>();
  for (const r of batch.rels)
    for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const [[hub, hubDegree], [whole, wholeDegree]] = [...degree].sort((a, b) => b[1] - a[1]) as [
    [string, number],
    [string, number],
  ];
  const store = await openStore(loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir }));
  try {
    await store.applySchema();
    await store.replaceGraph(batch);
  } finally {
    await store.close();
  }
  log(`node-hub: ${batch.nodes.length} nodes, ${batch.rels.length} rels; hub ${hub} has ${hubDegree}`);
  const child = fork(path.join(import.meta.dirname, "api-server-child.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    const ready = await new Promise<{ port: number }>((resolve, reject) => {
      child.once("message", (m) => resolve(m as { port: number }));
      child.once("exit", (code) => reject(new Error(`server exited (${code}) before listening`)));
    });
    const baseUrl = `http://127.0.0.1:${ready.port}`;
    const serverCpu = () =>
      new Promise<number>((resolve) => {
        child.once("message", (m) => resolve((m as { cpuMs: number }).cpuMs));
        child.send("cpu");
      });
    const first = (await (await fetch(`${baseUrl}/api/nodes/${hub}`)).json()) as { page?: unknown };
    const pages = [0, 200, 400, 600].map((o) => (o ? `&cursor=${o}` : ""));
    const detail = pages.map((c) => `/api/nodes/${hub}?limit=200${c}`);
    const evidence = pages.map((c) => `/api/nodes/${hub}/evidence${c.replace("&", "?")}`);
    await load(baseUrl, detail, { connections: 4, durationS: 2, serverCpu });
    await load(baseUrl, evidence, { connections: 4, durationS: 2, serverCpu });
    const node = await load(baseUrl, detail, { connections, durationS, serverCpu });
    const ev = await load(baseUrl, evidence, { connections, durationS, serverCpu });
    const wholePath = [`/api/nodes/${whole}`];
    await load(baseUrl, wholePath, { connections: 4, durationS: 2, serverCpu });
    const wholeNode = await load(baseUrl, wholePath, { connections, durationS, serverCpu });
    const out = {
      articles,
      connections,
      hub: { id: hub, relationships: hubDegree, page: first.page, node, evidence: ev },
      whole: { id: whole, relationships: wholeDegree, node: wholeNode },
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } finally {
    child.send("stop");
    await new Promise<void>((resolve) =>
      child.exitCode !== null ? resolve() : child.once("exit", () => resolve()),
    );
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
