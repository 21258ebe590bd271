/**
 * `npx tsx ingest/parallel/compare-workers.ts CORPUS_DIR [WORKERS=cores] [ROUNDS=3]`: reads,
 * segments and extracts every file of a corpus (e.g. one `npm run bench -- --keep` generated) with
 * 1 worker (the process's own thread) and with WORKERS threads, alternating which goes first
 * round by round, so load from other processes weighs on both alike. Each pass runs in a fresh
 * process (cold, as `npm run ingest` is: thread start and JIT warm-up count); prints wall and CPU
 * seconds (all threads) of each pass's read + extract as JSON.
 */
import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { listInputFiles } from "../read/list-files.ts";
import { extractFiles } from "./extract-files.ts";

type Pass = { workers: number; wallS: number; cpuS: number };

/** One pass in a fresh process (this script with `--pass`). */
async function pass(dir: string, workers: number): Promise<Pass> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...process.execArgv, new URL(import.meta.url).pathname, "--pass", dir, String(workers)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as Pass;
}

async function runPass(files: string[], workers: number): Promise<Pass> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  for await (const r of extractFiles(files, { workers, limits: {} })) if ("entry" in r) n += 1;
  const cpu = process.cpuUsage(cpu0);
  if (n === 0) throw new Error("compare-workers: no file was read");
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    workers,
    wallS: round((performance.now() - t0) / 1000),
    cpuS: round((cpu.user + cpu.system) / 1e6),
  };
}

async function main(): Promise<void> {
  if (process.argv[2] === "--pass") {
    const { files } = await listInputFiles([process.argv[3] ?? ""]);
    process.stdout.write(JSON.stringify(await runPass(files, Number(process.argv[4]))));
    return;
  }
  const [dir, w, r] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write(
      "usage: npx tsx ingest/parallel/compare-workers.ts CORPUS_DIR [WORKERS] [ROUNDS=3]\n",
    );
    process.exitCode = 2;
    return;
  }
  const workers = Number(w ?? availableParallelism());
  const rounds = Number(r ?? 3);
  const { files } = await listInputFiles([dir]);
  const passes: Pass[] = [];
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? [1, workers] : [workers, 1];
    for (const n of order) {
      const p = await pass(dir, n);
      process.stderr.write(`round ${i + 1}: ${JSON.stringify(p)}\n`);
      passes.push(p);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const of = (n: number) => passes.filter((p) => p.workers === n);
  const summary = [1, workers].map((n) => ({
    workers: n,
    medianWallS: median(of(n).map((p) => p.wallS)),
    medianCpuS: median(of(n).map((p) => p.cpuS)),
  }));
  process.stdout.write(`${JSON.stringify({ files: files.length, passes, summary }, null, 2)}\n`);
}

await main();
