/**
 * The client's write path against the real server (a test server; `fetch` is given its base
 * URL): the stored token is sent, a 401/403 asks once and retries once, a refused token is
 * forgotten, a cancelled prompt gives up. The prompt and storage are stand-ins.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "../../server/start-test-server.ts";
import { ApiError, ingestFiles, setTokenSource, TOKEN_KEY, write } from "./api.ts";

let t: TestServer;
const realFetch = globalThis.fetch;

function memoryStorage(initial?: string) {
  const m = new Map<string, string>(initial ? [[TOKEN_KEY, initial]] : []);
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

/** POST /api/ingest with no files: 400 once past the token check. */
const emptyIngest = () =>
  write("/api/ingest", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ files: [] }),
  });

async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (err) {
    if (err instanceof ApiError) return err.status;
    throw err;
  }
}

beforeAll(async () => {
  t = await startTestServer();
  vi.stubGlobal("fetch", (p: string, init?: RequestInit) => realFetch(t.baseUrl + p, init));
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await t?.close();
});

describe("client writes", () => {
  it("no stored token: asks once, stores the answer, and the retried upload is ingested", async () => {
    const storage = memoryStorage();
    const ask = vi.fn(async () => ` ${t.token} `);
    setTokenSource({ storage, ask });
    const text =
      "职工书屋里的劳模课堂\n本报讯 全国劳动模范、栖霞湾港务集团桥吊司机蒋北辰分享了自己的成长经历。\n";
    const result = await ingestFiles([{ name: "a.txt", bytes: new TextEncoder().encode(text) }]);
    expect(result.files).toBe(1);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(storage.map.get(TOKEN_KEY)).toBe(t.token);
    // Later writes reuse it without asking.
    expect(await statusOf(emptyIngest())).toBe(400);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it("a stored wrong token is forgotten and replaced by the one asked for", async () => {
    const storage = memoryStorage("stale-token-0123456789abcdef");
    const ask = vi.fn(async () => t.token);
    setTokenSource({ storage, ask });
    expect(await statusOf(emptyIngest())).toBe(400);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(storage.map.get(TOKEN_KEY)).toBe(t.token);
  });

  it("a wrong answer is tried once, then the 403 surfaces and nothing is kept", async () => {
    const storage = memoryStorage();
    const ask = vi.fn(async () => "wrong-token-0123456789abcdef");
    setTokenSource({ storage, ask });
    expect(await statusOf(emptyIngest())).toBe(403);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(storage.map.has(TOKEN_KEY)).toBe(false);
  });

  it("a cancelled prompt gives up with the 401", async () => {
    const ask = vi.fn(async () => null);
    setTokenSource({ storage: memoryStorage(), ask });
    expect(await statusOf(emptyIngest())).toBe(401);
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
