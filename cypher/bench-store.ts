/**
 * A quick measurement script (not a test): generates a synthetic graph (default 100k nodes,
 * 300k rels), times the embedded store's replaceGraph (COPY), then the median latency of
 * `neighbours` and a few other named queries. Run: `npx tsx cypher/bench-store.ts [nodes] [rels]`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Evidence, GraphBatch, GraphNode, GraphRel, HonourLevel } from "../model/types.ts";
import { HONOUR_LEVELS } from "../model/types.ts";
import { openKuzuStore } from "./kuzu-store.ts";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A synthetic graph with the domain's shape: honours and organisers are hubs. */
export function syntheticGraph(totalNodes: number, totalRels: number, seed = 7): GraphBatch {
  const rand = rng(seed);
  const pick = (n: number) => Math.floor(rand() * n);
  const count = {
    Person: Math.round(totalNodes * 0.6),
    Organization: Math.round(totalNodes * 0.15),
    Honour: Math.max(10, Math.round(totalNodes * 0.002)),
    Event: Math.round(totalNodes * 0.1),
    Place: Math.round(totalNodes * 0.02),
  };
  const articles = totalNodes - count.Person - count.Organization - count.Honour - count.Event - count.Place;
  const ev = (i: number): Evidence => ({
    articleId: `a_${i % Math.max(1, articles)}`,
    sentence: `第${i}句，他说：“干一行，爱一行”，并且,"继续".`,
    offset: i,
    spanStart: 0,
    spanEnd: 2,
  });
  const prov = (i: number) => ({ articleIds: [`a_${i % Math.max(1, articles)}`], evidence: [ev(i)] });
  const nodes: GraphNode[] = [];
  for (let i = 0; i < count.Person; i++) {
    nodes.push({
      label: "Person",
      id: `p_${i}`,
      name: `人员${i}`,
      aliases: [],
      pinyin: `renyuan${i}`,
      initials: "ry",
      mergeKey: `k${i}`,
      ...prov(i),
    });
  }
  for (let i = 0; i < count.Organization; i++) {
    nodes.push({
      label: "Organization",
      id: `o_${i}`,
      name: `单位${i}`,
      aliases: [],
      orgType: "company",
      ...prov(i),
    });
  }
  for (let i = 0; i < count.Honour; i++) {
    const level = HONOUR_LEVELS[i % HONOUR_LEVELS.length] as HonourLevel;
    nodes.push({
      label: "Honour",
      id: `h_${i}`,
      name: `荣誉${i}`,
      scope: "",
      level,
      category: "劳动模范",
      ...prov(i),
    });
  }
  for (let i = 0; i < count.Event; i++) {
    nodes.push({
      label: "Event",
      id: `e_${i}`,
      name: `活动${i}`,
      theme: null,
      date: `20${10 + (i % 15)}-05-01`,
      campaign: null,
      ...prov(i),
    });
  }
  for (let i = 0; i < count.Place; i++)
    nodes.push({ label: "Place", id: `pl_${i}`, name: `地点${i}`, aliases: [], ...prov(i) });
  for (let i = 0; i < articles; i++) {
    nodes.push({
      label: "Article",
      id: `a_${i}`,
      name: `标题${i}`,
      title: `标题${i}`,
      subtitle: null,
      date: "2024-05-01",
      source: "工人报",
      file: `f${i}.txt`,
      text: `正文${i}\n第二段，含"引号"。`,
      articleIds: [],
      evidence: [],
    });
  }
  const rels: GraphRel[] = [];
  const share = { HAS_HONOUR: 0.27, WORKS_FOR: 0.23, SPOKE_AT: 0.2, ORGANIZED_BY: 0.1, HELD_AT: 0.035 };
  const n = (x: number) => Math.round(totalRels * x);
  for (let i = 0; i < n(share.HAS_HONOUR); i++) {
    rels.push({
      type: "HAS_HONOUR",
      id: `r_hh${i}`,
      source: `p_${pick(count.Person)}`,
      target: `h_${pick(count.Honour)}`,
      year: 2000 + (i % 24),
      ...prov(i),
    });
  }
  for (let i = 0; i < n(share.WORKS_FOR); i++) {
    rels.push({
      type: "WORKS_FOR",
      id: `r_wf${i}`,
      source: `p_${i % count.Person}`,
      target: `o_${pick(count.Organization)}`,
      jobTitle: "工程师",
      ...prov(i),
    });
  }
  for (let i = 0; i < n(share.SPOKE_AT); i++) {
    rels.push({
      type: "SPOKE_AT",
      id: `r_sa${i}`,
      source: `p_${pick(count.Person)}`,
      target: `e_${pick(count.Event)}`,
      talkTitle: null,
      ...prov(i),
    });
  }
  for (let i = 0; i < n(share.ORGANIZED_BY); i++) {
    rels.push({
      type: "ORGANIZED_BY",
      id: `r_ob${i}`,
      source: `e_${i % count.Event}`,
      target: `o_${pick(Math.max(1, Math.round(count.Organization / 20)))}`,
      role: "主办",
      ...prov(i),
    });
  }
  for (let i = 0; i < n(share.HELD_AT); i++) {
    rels.push({
      type: "HELD_AT",
      id: `r_ha${i}`,
      source: `e_${i % count.Event}`,
      target: `pl_${pick(count.Place)}`,
      ...prov(i),
    });
  }
  const rest = totalRels - rels.length;
  for (let i = 0; i < rest; i++) {
    rels.push({
      type: "REPORTED",
      id: `r_rp${i}`,
      source: `p_${pick(count.Person)}`,
      target: `a_${pick(articles)}`,
      role: "reporter",
      ...prov(i),
    });
  }
  return { nodes, rels };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const totalNodes = Number(process.argv[2] ?? 100_000);
  const totalRels = Number(process.argv[3] ?? 300_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-bench-"));
  const batch = syntheticGraph(totalNodes, totalRels);
  const store = await openKuzuStore({ dataDir: dir });
  try {
    const w1 = await store.replaceGraph(batch);
    console.log(`replaceGraph #1: ${w1.nodes} nodes, ${w1.rels} rels in ${w1.ms} ms`);
    const w2 = await store.replaceGraph(batch);
    console.log(`replaceGraph #2 (new generation, swap): ${w2.ms} ms`);
    console.log("counts", JSON.stringify(await store.counts()));
    const rand = rng(99);
    for (const [name, params] of [
      ["neighbours depth 1", (i: number) => ({ id: `p_${i}`, depth: 1, limit: 200 })],
      ["neighbours depth 2", (i: number) => ({ id: `p_${i}`, depth: 2, limit: 200 })],
      ["node-relationships", (i: number) => ({ id: `p_${i}` })],
      ["person-profile", (i: number) => ({ id: `p_${i}` })],
      ["get-node", (i: number) => ({ id: `p_${i}` })],
    ] as const) {
      const query = name.split(" ")[0]!;
      const times: number[] = [];
      for (let k = 0; k < 30; k++) {
        const t0 = performance.now();
        await store.query(query, params(Math.floor(rand() * 1000)));
        times.push(performance.now() - t0);
      }
      console.log(
        `${name}: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (30 runs)`,
      );
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
