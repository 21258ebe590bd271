/**
 * Reading and extracting in worker threads: N workers give exactly what one thread gives on a
 * mixed batch (txt, html, docx, pdf, GB18030, bad files: same summary, progress order, journal
 * and graph in the embedded store); a worker that crashes or hangs past the file's time limit is
 * replaced, its file is skipped with a reason and the rest of the batch goes in; the pool ends
 * its threads, and an ingest with workers exits by itself.
 */
import { execFile } from "node:child_process";
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import iconv from "iconv-lite";
import { afterEach, describe, expect, it } from "vitest";
import { dumpGraph } from "../../cypher/graph-dump.ts";
import { openKuzuStore } from "../../cypher/kuzu-store.ts";
import { IngestFileError } from "../../model/errors.ts";
import { type IngestOptions, ingestPaths } from "../pipeline.ts";
import { useTempDirs } from "../test-temp-dirs.ts";
import { extractFiles, MIN_POOL_BYTES, poolSize } from "./extract-files.ts";
import { ExtractPool } from "./extract-pool.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixture = (name: string) => path.join(repoRoot, "fixtures/articles", name);
const readerData = (name: string) => path.join(repoRoot, "ingest/read/testdata", name);

const tempDir = useTempDirs();
const HOOK = "LAOMO_TEST_INGEST_WORKER";

afterEach(() => {
  delete process.env[HOOK];
});

/** A GB18030 page of the test's own (fictional) writing. */
const GB_PAGE = [
  "柳河市总工会举办劳模工匠进企业宣讲会",
  "",
  "本报讯 5月8日，柳河市总工会在市职工文化中心举办劳模工匠进企业宣讲会。",
  "全国劳动模范、柳河重型机械厂焊工班长苗青禾作了题为《一条焊缝三十年》的报告。",
  "市五一劳动奖章获得者、柳河供电公司运维班长晏秋实介绍了带电作业中的创新做法。",
].join("\n");

/** Pages of several formats and encodings, and files the reader refuses. */
async function mixedBatch(): Promise<string> {
  const dir = await tempDir("laomo-par-in-");
  const articles = ["01-three-national-models.txt", "02-scope-chain.txt", "12-touring-stops.txt"];
  for (const f of articles) await copyFile(fixture(f), path.join(dir, f));
  for (const f of [
    "article.html",
    "article.docx",
    "page.pdf",
    "binary.txt",
    "empty.txt",
    "page-truncated.pdf",
  ])
    await copyFile(readerData(f), path.join(dir, f));
  await writeFile(path.join(dir, "2024-05-09-gb-page.txt"), iconv.encode(GB_PAGE, "gb18030"));
  return dir;
}

/** Everything an ingest leaves that must not depend on the worker count. */
async function ingestWith(input: string, workers: number, extra: Partial<IngestOptions> = {}) {
  const dataDir = await tempDir("laomo-par-data-");
  const store = await openKuzuStore({ dataDir, consoleWorker: false });
  try {
    const progress: string[] = [];
    const s = await ingestPaths([input], {
      store,
      dataDir,
      workers,
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${path.basename(p.file)}`),
      ...extra,
    });
    const journalDir = path.join(dataDir, "journal");
    const journal = await Promise.all(
      (await readdir(journalDir))
        .sort()
        .map(async (f) => [f, await readFile(path.join(journalDir, f), "utf8")]),
    );
    const { ms: _ms, timings: _t, write, ...summary } = s;
    return { summary, writeMode: write?.mode, progress, journal, graph: await dumpGraph(store) };
  } finally {
    await store.close();
  }
}

describe("ingest with worker threads", () => {
  it("gives the same summary, progress, journal and graph with 3 workers as with 1", async () => {
    const input = await mixedBatch();
    const one = await ingestWith(input, 1);
    const three = await ingestWith(input, 3);
    expect(one.summary.files).toBe(7);
    expect(one.summary.skipped.map((k) => path.basename(k.file)).sort()).toEqual([
      "binary.txt",
      "empty.txt",
      "page-truncated.pdf",
    ]);
    expect(one.journal.length).toBeGreaterThan(7);
    expect(one.graph.nodes.some((n) => n.name === "苗青禾")).toBe(true);
    expect(three.summary).toEqual(one.summary);
    expect(three.progress).toEqual(one.progress);
    expect(three.journal).toEqual(one.journal);
    expect(three.graph).toEqual(one.graph);
    expect(three.writeMode).toBe(one.writeMode);
  }, 120_000);

  it("skips the file of a crashed worker and ingests the rest, without a path when files have names", async () => {
    const input = await tempDir("laomo-par-crash-");
    const names = [
      "01-three-national-models.txt",
      "crash-me.txt",
      "12-touring-stops.txt",
      "13-multi-events.txt",
    ];
    for (const n of names)
      await copyFile(fixture(n.startsWith("crash") ? "02-scope-chain.txt" : n), path.join(input, n));
    process.env[HOOK] = "crash:crash-me";
    const unexpected: string[] = [];
    const named = await ingestWith(input, 2, {
      nameOf: (f) => `upload/${path.basename(f)}`,
      onUnexpected: (f, e) => unexpected.push(`${path.basename(f)}: ${(e as Error).message}`),
    });
    expect(named.summary.files).toBe(3);
    expect(named.summary.skipped).toEqual([
      { file: "upload/crash-me.txt", reason: "unexpected error while reading this file" },
    ]);
    expect(unexpected).toEqual([
      expect.stringMatching(/^crash-me\.txt: the extract worker crashed: test hook/),
    ]);
    // The files after the crash went in: their articles are in the graph.
    const titles = named.graph.nodes.filter((n) => n.label === "Article").length;
    expect(titles).toBe(named.summary.articles);
    for (const n of names) {
      const inJournal = named.journal.filter(([, text]) => text?.includes(`"upload/${n}"`)).length;
      expect(inJournal > 0).toBe(n !== "crash-me.txt");
    }

    const byPath = await ingestPaths([input], {
      dataDir: await tempDir("laomo-par-dry-"),
      dryRun: true,
      workers: 2,
    });
    expect(byPath.skipped).toEqual([
      {
        file: path.join(input, "crash-me.txt"),
        reason: expect.stringMatching(/^unexpected error: the extract worker crashed: test hook/),
      },
    ]);
    expect(byPath.files).toBe(3);
  }, 120_000);

  it("kills a worker that hangs past the file's time limit and replaces it", async () => {
    const input = await tempDir("laomo-par-hang-");
    const names = ["05-venue-company.txt", "hang-here.txt", "06-future-tour.txt", "13-multi-events.txt"];
    for (const n of names)
      await copyFile(fixture(n.startsWith("hang") ? "02-scope-chain.txt" : n), path.join(input, n));
    process.env[HOOK] = "hang:hang-here";
    const pool = new ExtractPool({ size: 1 });
    try {
      const settled = await Promise.allSettled(
        names.map((n) => pool.run(path.join(input, n), { maxSecondsPerFile: 2, name: n })),
      );
      expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
      const hung = settled[1] as PromiseRejectedResult;
      expect(hung.reason).toBeInstanceOf(IngestFileError);
      expect((hung.reason as IngestFileError).reason).toBe("took longer than 2 s");
      // The one thread was killed and a new one read the files after it.
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("yields in file order, closes its threads when the caller stops early, and stays in this thread when it should", async () => {
    const input = await mixedBatch();
    const files = (await readdir(input)).sort().map((f) => path.join(input, f));
    const seen: string[] = [];
    for await (const r of extractFiles(files, { workers: 2, limits: {} })) {
      seen.push(r.file);
      if (seen.length === 4) break;
    }
    expect(seen).toEqual(files.slice(0, 4));
    // An extractor function cannot be sent to a thread; one file needs none; small batches
    // (under MIN_POOL_BYTES) stay here unless a count is given.
    expect(await poolSize(files, { workers: 4, limits: { extract: () => ({}) as never } })).toBe(0);
    expect(await poolSize(files.slice(0, 1), { workers: 4, limits: {} })).toBe(0);
    expect(await poolSize(files, { workers: 4, limits: {} })).toBe(4);
    expect(await poolSize(files, { workers: 1, limits: {} })).toBe(0);
    expect(MIN_POOL_BYTES).toBeGreaterThan(1024 * 1024);
    expect(await poolSize(files, { limits: {} })).toBe(0);
  }, 60_000);

  it("ends every thread on close, and a CLI ingest with workers exits by itself", async () => {
    const pool = new ExtractPool({ size: 2 });
    await pool.run(fixture("01-three-national-models.txt"), {});
    await pool.close();
    await expect(pool.run(fixture("02-scope-chain.txt"), {})).rejects.toThrow("closed");

    const input = await mixedBatch();
    await copyFile(fixture("03-appositive-chain.txt"), path.join(input, "crash-me.txt"));
    const dataDir = await tempDir("laomo-par-cli-");
    const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
    const run = promisify(execFile);
    const out = await run(
      tsx,
      [path.join(repoRoot, "ingest/cli/ingest.ts"), input, "--workers", "2", "--json", "--dry-run"],
      {
        cwd: repoRoot,
        timeout: 90_000,
        env: { ...process.env, LAOMO_DATA_DIR: dataDir, [HOOK]: "crash:crash-me" },
      },
    ).then(
      () => null,
      (e: { code?: number; killed?: boolean; stdout: string }) => e,
    );
    // Exit code 1 (files skipped), not a kill by the timeout: the process ended on its own.
    expect(out?.killed).toBe(false);
    expect(out?.code).toBe(1);
    const summary = JSON.parse(out?.stdout ?? "{}") as { files: number; skipped: { file: string }[] };
    expect(summary.files).toBe(7);
    expect(summary.skipped.map((k) => path.basename(k.file)).sort()).toEqual([
      "binary.txt",
      "crash-me.txt",
      "empty.txt",
      "page-truncated.pdf",
    ]);
  }, 120_000);
});
