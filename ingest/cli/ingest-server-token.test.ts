/**
 * `npm run ingest -- --server URL` against a real test server: it sends LAOMO_TOKEN, or else
 * the token in <LAOMO_DATA_DIR>/token, and says how to fix a 401/403 (exit code 2).
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../server/start-test-server.ts";
import { SHORT_ARTICLE } from "../../server/test-article.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TSX = path.join(repoRoot, "node_modules", ".bin", "tsx");

const ARTICLE = SHORT_ARTICLE;

let t: TestServer;
let dir: string;
let article: string;

function runCli(env: Record<string, string>): Promise<{ code: number; out: string }> {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("LAOMO_")) base[k] = v;
  return new Promise((resolve) => {
    execFile(
      TSX,
      ["ingest/cli/ingest.ts", "--server", t.baseUrl, article],
      { cwd: repoRoot, env: { ...base, ...env }, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
        resolve({ code, out: stdout + stderr });
      },
    );
  });
}

beforeAll(async () => {
  t = await startTestServer();
  dir = await mkdtemp(path.join(tmpdir(), "laomo-cli-token-"));
  article = path.join(dir, "2024-06-13-qixia.txt");
  await writeFile(article, ARTICLE);
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("ingest --server sends the write token", () => {
  it("from LAOMO_TOKEN", async () => {
    const r = await runCli({ LAOMO_TOKEN: t.token, LAOMO_DATA_DIR: dir });
    expect(r.out).toMatch(/Ingested: 1 file\(s\), 1 article\(s\)/);
    expect(r.code).toBe(0);
  });

  it("from <LAOMO_DATA_DIR>/token when LAOMO_TOKEN is unset", async () => {
    const dataDir = path.join(dir, "data");
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir);
    await writeFile(path.join(dataDir, "token"), `${t.token}\n`, { mode: 0o600 });
    const r = await runCli({ LAOMO_DATA_DIR: dataDir });
    expect(r.code).toBe(0);
  });

  it("without a token: exit 2 and a hint to set LAOMO_TOKEN", async () => {
    const r = await runCli({ LAOMO_DATA_DIR: path.join(dir, "no-such-dir") });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/server answered 401: .*Set LAOMO_TOKEN/);
  });
});
