/**
 * POST /api/ingest over real HTTP with the real pipeline: the graph, search index and overview
 * are refreshed, concurrent ingests get 409, bad uploads get 400 JSON, the upload folder is
 * removed afterwards and no server path appears in the answer or the graph (the article's
 * `file` is the uploaded name). The article is fictional.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedFetch } from "./response-contract.ts";
import type { IngestPathsFn } from "./services/ingest-service.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

const ARTICLE = [
  "职工书屋里的劳模课堂",
  "本报讯（记者 韩亦舟）6月12日，栖霞湾区总工会“劳模进书屋”分享会在栖霞湾区职工文化中心举行。",
  "活动由栖霞湾区总工会主办。",
  "全国劳动模范、栖霞湾港务集团桥吊司机蒋北辰以《一万次精准抓箱》为题，分享了自己的成长经历。",
  "",
].join("\n");

let t: TestServer;
let signalStarted: () => void = () => {};
const started = new Promise<void>((resolve) => {
  signalStarted = resolve;
});

/** The real pipeline, with a signal when it starts (so the 409 check does not depend on timing). */
const ingestPaths: IngestPathsFn = async (paths, opts) => {
  signalStarted();
  const { ingestPaths: real } = await import("../ingest/pipeline.ts");
  return real(paths, opts);
};

function upload(files: { name: string; text: string }[]) {
  return checkedFetch(`${t.baseUrl}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", ...t.authHeaders() },
    body: JSON.stringify({
      files: files.map((f) => ({ name: f.name, contentBase64: Buffer.from(f.text).toString("base64") })),
    }),
  });
}

beforeAll(async () => {
  t = await startTestServer({ ingestPaths });
});
afterAll(async () => {
  await t?.close();
});

describe("POST /api/ingest", () => {
  it("ingests an upload, then search and overview see the new graph; a concurrent ingest gets 409", async () => {
    const before = (await (await checkedFetch(`${t.baseUrl}/api/overview`)).json()) as Json;
    const first = upload([{ name: "../../2024-06-13-qixia.txt", text: ARTICLE }]);
    await started;
    const second = await upload([{ name: "other.txt", text: ARTICLE }]);
    expect(second.status).toBe(409);
    expect(((await second.json()) as Json).error).toBe("ingest_busy");
    const res = await first;
    expect(res.status).toBe(200);
    const summary = (await res.json()) as Json;
    expect(summary).toMatchObject({ files: 1, articles: 1, skipped: [] });
    expect(summary.nodes).toBeGreaterThan(3);

    // The upload folder is gone and nothing in the answer names a server path.
    expect(await readdir(path.join(t.dataDir, "uploads"))).toEqual([]);
    expect(JSON.stringify(summary)).not.toContain(t.dataDir);
    const files = await checkedFetch(`${t.baseUrl}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "MATCH (a:Article) WHERE a.title CONTAINS '职工书屋' RETURN a.file" }),
    });
    expect(((await files.json()) as Json).rows).toEqual([["2024-06-13-qixia.txt"]]);

    const hit = (await (await checkedFetch(`${t.baseUrl}/api/search?q=jiangbeichen`)).json()) as Json;
    expect(hit.results[0]).toMatchObject({ label: "Person", name: "蒋北辰" });
    const after = (await (await checkedFetch(`${t.baseUrl}/api/overview`)).json()) as Json;
    expect(after).not.toEqual(before);
    expect(after.nodes.map((n: Json) => n.attributes.label)).toContain("蒋北辰");
  });

  it("refuses unsupported file types, empty files and bad bodies with 400 JSON", async () => {
    const exe = await upload([{ name: "tool.exe", text: "MZ" }]);
    expect(exe.status).toBe(400);
    expect(((await exe.json()) as Json).error).toBe("invalid_input");
    const empty = await checkedFetch(`${t.baseUrl}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", ...t.authHeaders() },
      body: JSON.stringify({ files: [] }),
    });
    expect(empty.status).toBe(400);
    expect((await upload([{ name: "blank.txt", text: "" }])).status).toBe(400);
    const twice = await upload([
      { name: "a.txt", text: ARTICLE },
      { name: "a.txt", text: ARTICLE },
    ]);
    expect(twice.status).toBe(400);
    expect(await readdir(path.join(t.dataDir, "uploads")).catch(() => [])).toEqual([]);
  });

  it("reports an unreadable upload under its uploaded name with the folder removed", async () => {
    const res = await upload([
      { name: "2024-06-14-again.txt", text: ARTICLE.replace("6月12日", "6月13日") },
      { name: "garbage.pdf", text: "%PDF-1.7 not really" },
    ]);
    expect(res.status).toBe(200);
    const summary = (await res.json()) as Json;
    expect(summary.files).toBe(1);
    expect(summary.skipped).toEqual([{ file: "garbage.pdf", reason: expect.any(String) }]);
    expect(JSON.stringify(summary)).not.toContain(t.dataDir);
    expect(JSON.stringify(summary)).not.toContain("uploads");
    expect(await readdir(path.join(t.dataDir, "uploads"))).toEqual([]);
  });
});

describe("POST /api/ingest/remove", () => {
  const OTHER = [
    "劳模工作室开放日",
    "本报讯（记者 韩亦舟）7月2日，云栖港区总工会“劳模工作室开放日”在云栖港区职工之家举行。",
    "全国五一劳动奖章获得者、云栖港务公司电工祁望舒以《一根电缆的故事》为题，分享了自己的经历。",
    "",
  ].join("\n");

  function remove(names: string[], auth = true) {
    return checkedFetch(`${t.baseUrl}/api/ingest/remove`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(auth ? t.authHeaders() : {}) },
      body: JSON.stringify({ names }),
    });
  }
  async function articleCount(): Promise<number> {
    const res = await checkedFetch(`${t.baseUrl}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "MATCH (a:Article) RETURN count(a)" }),
    });
    return Number(((await res.json()) as Json).rows[0][0]);
  }
  const found = async (q: string) =>
    ((await (await checkedFetch(`${t.baseUrl}/api/search?q=${encodeURIComponent(q)}`)).json()) as Json)
      .results.length > 0;

  it("takes an uploaded file's facts out by its uploaded name; the rest of the graph stays", async () => {
    expect((await upload([{ name: "2024/07/open-day.txt", text: OTHER }])).status).toBe(200);
    expect(await found("祁望舒")).toBe(true);
    const before = await articleCount();

    expect((await remove(["2024/07/open-day.txt"], false)).status).toBe(401);
    expect(await found("祁望舒")).toBe(true);

    const res = await remove(["2024/07/open-day.txt"]);
    expect(res.status).toBe(200);
    const summary = (await res.json()) as Json;
    expect(summary).toMatchObject({ removed: 1, skipped: [] });
    expect(JSON.stringify(summary)).not.toContain(t.dataDir);
    expect(await articleCount()).toBe(before - 1);
    expect(await found("祁望舒")).toBe(false);
    expect(await found("蒋北辰")).toBe(true);
  });

  it("never reaches a file of the server's disk, and refuses bad names with 400", async () => {
    const before = await articleCount();
    // The sample corpus lies on the server's disk: its paths are no upload names.
    const res = await remove(["never-uploaded.txt", "../../samples/corpus/x.txt", "/etc/hosts.txt"]);
    expect(res.status).toBe(200);
    const summary = (await res.json()) as Json;
    expect(summary.removed).toBe(0);
    expect(summary.skipped.map((s: Json) => s.file)).toEqual([
      "never-uploaded.txt",
      "samples/corpus/x.txt",
      "etc/hosts.txt",
    ]);
    expect(await articleCount()).toBe(before);
    expect((await remove(["tool.exe"])).status).toBe(400);
    expect((await remove([])).status).toBe(400);
  });
});
