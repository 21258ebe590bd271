/**
 * `npm start` (tsx server/main.ts) as a child process with a temp data dir, an empty sample
 * dir and PORT=0: a non-loopback HOST without a token is refused before anything opens or
 * listens; on loopback the token is generated into <dataDir>/token (0600), shown once, and
 * reused by the next start.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { listenRefusal } from "./http/listen-guard.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TSX = path.join(repoRoot, "node_modules", ".bin", "tsx");
const READY = /laomo-graph explorer: http:\/\/localhost:(\d+)/;

interface Started {
  child: ChildProcess;
  output(): string;
  /** Resolves with the match once the output matches, or rejects at the deadline or exit. */
  waitFor(re: RegExp, ms?: number): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

const running: ChildProcess[] = [];
let root: string;
let dataDir: string;
let sampleDir: string;

function startServer(env: Record<string, string>): Started {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(LAOMO_|NEO4J_|HOST$|PORT$)/.test(k)) base[k] = v;
  }
  const child = spawn(TSX, ["server/main.ts"], {
    cwd: repoRoot,
    env: {
      ...base,
      LAOMO_STORE: "embedded",
      LAOMO_DATA_DIR: dataDir,
      LAOMO_SAMPLE_DIR: sampleDir,
      PORT: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let text = "";
  const listeners = new Set<() => void>();
  const onData = (c: Buffer) => {
    text += c.toString();
    for (const l of listeners) l();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => text,
    exited,
    waitFor(re, ms = 90_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = re.exec(text);
          if (!m) return;
          done();
          resolve(m);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${re} within ${ms} ms; output:\n${text}`));
        }, ms);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(() => {
          check();
          if (listeners.has(check)) {
            done();
            reject(new Error(`exited before ${re}; output:\n${text}`));
          }
        });
        check();
      });
    },
  };
}

async function stopServer(s: Started): Promise<void> {
  s.child.kill("SIGTERM");
  await s.exited;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "laomo-start-guard-"));
});
afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  }
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function freshDirs(): Promise<void> {
  dataDir = await mkdtemp(path.join(root, "data-"));
  sampleDir = await mkdtemp(path.join(root, "samples-"));
}

describe("the start-up guard", () => {
  it("refuses HOST=0.0.0.0 without a token: one clear line, non-zero exit, nothing opened or listening", async () => {
    await freshDirs();
    const s = startServer({ HOST: "0.0.0.0" });
    const code = await s.exited;
    expect(code).not.toBe(0);
    expect(s.output()).toMatch(
      /Refusing to listen on HOST=0\.0\.0\.0 without a write token: set LAOMO_TOKEN/,
    );
    expect(s.output()).not.toMatch(READY);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it("knows loopback from the rest", () => {
    const none = { LAOMO_TOKEN: undefined, LAOMO_TOKENS: undefined };
    for (const HOST of ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
      expect(listenRefusal({ HOST, ...none }), HOST).toBeNull();
    for (const HOST of ["0.0.0.0", "::", "192.168.1.5", "myhost.local", ""])
      expect(listenRefusal({ HOST, ...none }), HOST).toMatch(/Refusing/);
    expect(
      listenRefusal({ HOST: "0.0.0.0", LAOMO_TOKEN: "x".repeat(32), LAOMO_TOKENS: undefined }),
    ).toBeNull();
  });

  it("generates the token into <dataDir>/token (0600) on first start, shows it once, and reuses it", async () => {
    await freshDirs();
    const first = startServer({ HOST: "127.0.0.1" });
    const port = (await first.waitFor(READY))[1];
    const file = path.join(dataDir, "token");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const token = (await readFile(file, "utf8")).trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.output()).toContain(token);
    expect(first.output()).toContain("Authorization: Bearer");

    const ingest = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/api/ingest`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ files: [] }),
      });
    expect((await ingest({})).status).toBe(401);
    // Past the token check, the empty file list is refused by validation.
    expect((await ingest({ authorization: `Bearer ${token}` })).status).toBe(400);
    await stopServer(first);

    const second = startServer({ HOST: "127.0.0.1" });
    const port2 = (await second.waitFor(READY))[1];
    expect(second.output()).not.toContain(token);
    expect(second.output()).toContain(file);
    expect((await readFile(file, "utf8")).trim()).toBe(token);
    const again = await fetch(`http://127.0.0.1:${port2}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ files: [] }),
    });
    expect(again.status).toBe(400);
    await stopServer(second);
    // Two full server starts (the first may build the client on a fresh clone) on a loaded machine.
  }, 240_000);
});
