/**
 * Where segmentation + extraction spend their time: reads every page first (not profiled), then
 * optionally warms up on other pages, then profiles segment + extract of the pages with V8's
 * sampling profiler and prints self time by function and by file, regex execution by pattern and
 * by calling function, and writes the .cpuprofile (for DevTools or a second look):
 *   npx tsx bench/profile-extract.ts CORPUS_DIR [--warm DIR] [--repeat N] [--out FILE] [--top N]
 * (a corpus: `writeCorpus` of ingest/generate, or eval/real/texts for real articles).
 * Regex matching shows as "RegExp: …" frames only for regexes compiled while the profiler runs:
 * after a warm-up, the regexes the warm-up compiled count toward their callers' self time.
 */
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { extractArticle } from "../ingest/extract/index.ts";
import { readDocument } from "../ingest/read/index.ts";
import { segmentByRegion } from "../ingest/segment-by-region.ts";
import type { RawDocument } from "../ingest/types.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    warm: { type: "string" },
    repeat: { type: "string", default: "1" },
    out: { type: "string", default: "extract.cpuprofile" },
    top: { type: "string", default: "25" },
  },
});
if (positionals.length === 0) {
  console.error(
    "usage: npx tsx bench/profile-extract.ts CORPUS_DIR|FILE… [--warm DIR] [--repeat N] [--out FILE]",
  );
  process.exit(2);
}

function textFiles(inputs: string[]): string[] {
  return inputs.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith(".txt"))
          .sort()
          .map((f) => path.join(p, f))
      : [p],
  );
}

async function readAll(files: string[]): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for (const f of files) docs.push(await readDocument(f));
  return docs;
}

function extractAll(docs: RawDocument[]): number {
  let n = 0;
  for (const d of docs)
    for (const a of segmentByRegion(d)) {
      extractArticle(a);
      n++;
    }
  return n;
}

const docs = await readAll(textFiles(positionals));
if (values.warm) extractAll(await readAll(textFiles([values.warm])));
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 250 });
await session.post("Profiler.start");
const t0 = performance.now();
let articles = 0;
for (let r = 0; r < Number(values.repeat); r++) articles += extractAll(docs);
const seconds = (performance.now() - t0) / 1000;
const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
session.disconnect();
writeFileSync(values.out, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const selfTime = new Map<number, number>();
for (const [i, id] of profile.samples.entries())
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
const root = `${path.resolve(".")}/`;
const where = (url: string) => url.replace(/^file:\/\//, "").replace(root, "");
const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
const byPattern = new Map<string, number>();
const byCaller = new Map<string, number>();
for (const [id, t] of selfTime) {
  const { functionName, url } = byId.get(id)!.callFrame;
  if (functionName.startsWith("RegExp: ")) {
    add(byPattern, functionName.slice(8, 110), t);
    let q = parentOf.get(id);
    while (q !== undefined && byId.get(q)!.callFrame.functionName.startsWith("RegExp: ")) q = parentOf.get(q);
    const caller = q === undefined ? null : byId.get(q)!.callFrame;
    add(byCaller, caller ? `${caller.functionName || "(anonymous)"} ${where(caller.url)}` : "?", t);
    add(byFunction, "(regex execution)", t);
    add(byFile, "(regex execution)", t);
    continue;
  }
  add(byFunction, `${functionName || "(anonymous)"} ${where(url)}`, t);
  add(byFile, where(url) || functionName, t);
}
const top = Number(values.top);
const print = (title: string, m: Map<string, number>, n: number) => {
  console.log(`--- ${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(
      `${((100 * t) / total).toFixed(1).padStart(5)} %  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`,
    );
};
console.log(
  `${articles} articles in ${seconds.toFixed(2)} s (${(articles / seconds).toFixed(0)} articles/s); profile: ${values.out}`,
);
print("self time by function", byFunction, top);
print("self time by file", byFile, 15);
print("regex execution by pattern", byPattern, 12);
print("regex execution by calling function", byCaller, 12);
