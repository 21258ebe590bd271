/**
 * `npm run ingest -- --server URL` with many files against a real server on port 0: 1,000 files
 * (ten folders holding the same 100 names) go in batches under the server's limits with progress
 * on stderr and keep unique names; a busy server (409) is waited for; `--dry-run` opens the store
 * read-only and runs beside the server that holds it. Fictional articles from our own template.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../server/start-test-server.ts";
import { ingestPaths } from "../pipeline.ts";
import { planBatches, uploadNames } from "./upload-batches.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TSX = path.join(repoRoot, "node_modules", ".bin", "tsx");

const FOLDERS = 10;
const NAMES = 100;
const GIVEN = "安宝长楚丹帆广海瀚弘";

/** A short fictional report, different for every folder and name. */
function article(folder: number, n: number): string {
  const i = folder * NAMES + n;
  const name = `林${GIVEN[folder]}${GIVEN[n % 10]}`;
  return `青川县第${i + 1}届职工技能比武落幕

本报讯 5月${(n % 28) + 1}日，青川县总工会举办第${i + 1}届职工技能比武。青川县星河机械有限公司钳工${name}获得一等奖，编号${i}。
`;
}

let t: TestServer;
let dir: string;
/** While set, the server's next ingest waits for it (to make it busy). */
let gate: Promise<void> | null = null;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(
  args: string[],
  env: Record<string, string>,
  onStderr?: (text: string) => void,
): Promise<CliRun> {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("LAOMO_")) base[k] = v;
  return new Promise((resolve) => {
    const child = spawn(TSX, ["ingest/cli/ingest.ts", ...args], { cwd: repoRoot, env: { ...base, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr);
    });
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

beforeAll(async () => {
  t = await startTestServer({
    ingestPaths: async (paths, opts) => {
      const wait = gate;
      gate = null;
      if (wait) await wait;
      return ingestPaths(paths, opts);
    },
  });
  dir = await mkdtemp(path.join(tmpdir(), "laomo-cli-batches-"));
  for (let f = 0; f < FOLDERS; f++) {
    const folder = path.join(dir, "archive", `f${String(f).padStart(2, "0")}`);
    await mkdir(folder, { recursive: true });
    for (let n = 0; n < NAMES; n++)
      await writeFile(path.join(folder, `page-${String(n).padStart(3, "0")}.txt`), article(f, n));
  }
});
afterAll(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("upload batches", () => {
  it("names files by their path below the common folder", () => {
    const names = uploadNames(["/x/a/2024/p.txt", "/x/a/2025/p.txt", "/x/b.txt"]);
    expect([...names.values()]).toEqual(["a/2024/p.txt", "a/2025/p.txt", "b.txt"]);
    expect([...uploadNames(["/x/a/one.txt"]).values()]).toEqual(["one.txt"]);
  });

  it("keeps every batch under both limits; a file over the byte limit goes alone", () => {
    const files = [10, 10, 10, 50, 10, 10].map((bytes, i) => ({ path: `${i}`, name: `${i}`, bytes }));
    expect(planBatches(files, 2, 30).map((b) => b.map((f) => f.bytes))).toEqual([
      [10, 10],
      [10],
      [50],
      [10, 10],
    ]);
  });
});

describe("ingest --server with 1,000 files", () => {
  it("sends them in batches with progress, and every file keeps its own name", async () => {
    const r = await runCli(["--server", t.baseUrl, path.join(dir, "archive")], { LAOMO_TOKEN: t.token });
    expect(r.stderr).not.toMatch(/server answered/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Ingested: 1000 file\(s\), 1000 article\(s\)/);
    expect(r.stdout).toMatch(/Skipped: 0/);
    const batches = [...r.stderr.matchAll(/batch (\d+)\/(\d+) done \((\d+)\/1000 files\)/g)];
    expect(batches.length).toBe(5);
    expect(batches.at(-1)?.slice(1, 4)).toEqual(["5", "5", "1000"]);

    expect((await t.store.counts()).nodes.Article).toBe(1000);
    const rows = await t.store.query<{ node: Record<string, unknown> }>("export-nodes", {
      skip: 0,
      limit: 5000,
    });
    const files = rows
      .map((x) => x.node)
      .filter((n) => n.label === "Article")
      .map((n) => String(n.file));
    expect(new Set(files).size).toBe(1000);
    expect(files).toContain("f03/page-007.txt");
    expect(files).toContain("f07/page-007.txt");
  }, 600_000);

  it("waits while the server is busy with another ingest (409) and then sends", async () => {
    const extra = path.join(dir, "extra");
    await mkdir(extra, { recursive: true });
    await writeFile(path.join(extra, "2024-05-30-late.txt"), article(20, 1));
    let release: () => void = () => {};
    gate = new Promise<void>((r) => {
      release = r;
    });
    // Another client's ingest holds the server.
    const other = fetch(`${t.baseUrl}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", ...t.authHeaders() },
      body: JSON.stringify({
        files: [{ name: "other.txt", contentBase64: Buffer.from(article(21, 2)).toString("base64") }],
      }),
    });
    const r = await runCli(["--server", t.baseUrl, extra], { LAOMO_TOKEN: t.token }, (stderr) => {
      if (/busy with another ingest/.test(stderr)) release();
    });
    expect((await other).status).toBe(200);
    expect(r.stderr).toMatch(/the server is busy with another ingest; retrying in/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Ingested: 1 file\(s\), 1 article\(s\)/);
    expect((await t.store.counts()).nodes.Article).toBe(1002);
  }, 300_000);
});

describe("ingest --dry-run beside a running server", () => {
  it("opens the store read-only, shows the graph and writes nothing", async () => {
    const extra = path.join(dir, "dry");
    await mkdir(extra, { recursive: true });
    await writeFile(path.join(extra, "2024-06-01-dry.txt"), article(30, 3));
    const before = await t.store.counts();
    const r = await runCli(["--dry-run", extra], { LAOMO_DATA_DIR: t.dataDir });
    expect(r.stderr).not.toMatch(/cannot open/);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Graph now: 1002 article\(s\)/);
    expect(r.stdout).toMatch(/Dry run \(nothing written\): 1 file\(s\), 1 article\(s\)/);
    expect(r.stdout).toMatch(/Graph: 1003 article\(s\)/);
    expect(await t.store.counts()).toEqual(before);

    const both = await runCli(["--dry-run", "--server", t.baseUrl, extra], { LAOMO_TOKEN: t.token });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/leave out --server/);
  }, 300_000);
});

describe("POST /api/ingest names with folders", () => {
  const post = (names: string[]) =>
    fetch(`${t.baseUrl}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", ...t.authHeaders() },
      body: JSON.stringify({
        files: names.map((name, i) => ({
          name,
          contentBase64: Buffer.from(article(40, i)).toString("base64"),
        })),
      }),
    });

  it("refuses a name that is also another upload's folder with 400, not 500", async () => {
    const res = await post(["same/x.txt", "same/x.txt/y.txt"]);
    expect(res.status).toBe(400);
  });

  it("keeps no '..' part: a name can never leave the upload folder", async () => {
    const res = await post(["../../up/../x.txt"]);
    expect(res.status).toBe(200);
    const rows = await t.store.query<{ node: Record<string, unknown> }>("export-nodes", {
      skip: 0,
      limit: 5000,
    });
    expect(rows.map((x) => x.node.file)).toContain("up/x.txt");
  });
});
