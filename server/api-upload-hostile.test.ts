/**
 * Hostile uploads over real HTTP with the real pipeline: a docx decompression bomb (honest and
 * lying zip directory) and a 20 MB single-paragraph text are skipped with their reasons under
 * their uploaded names, the server keeps answering (health, a further ingest), the upload
 * folder is removed and no server path appears in any answer.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeDocxBomb, writeLongParagraph } from "../ingest/read/make-hostile-files.ts";
import { checkedFetch } from "./response-contract.ts";
import { startTestServer, type TestServer } from "./start-test-server.ts";
import { SHORT_ARTICLE } from "./test-article.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in assertions
type Json = Record<string, any>;

const ARTICLE = SHORT_ARTICLE;

let t: TestServer;
let scratch: string;

beforeAll(async () => {
  t = await startTestServer();
  scratch = await mkdtemp(path.join(tmpdir(), "laomo-hostile-upload-"));
});
afterAll(async () => {
  await t?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function upload(files: { name: string; bytes: Buffer }[]) {
  return checkedFetch(`${t.baseUrl}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", ...t.authHeaders() },
    body: JSON.stringify({
      files: files.map((f) => ({ name: f.name, contentBase64: f.bytes.toString("base64") })),
    }),
  });
}

async function healthy(): Promise<void> {
  const res = await checkedFetch(`${t.baseUrl}/api/health`);
  expect(res.status).toBe(200);
}

describe("hostile uploads", () => {
  it("skips docx bombs with their reasons and the server keeps answering", async () => {
    await writeDocxBomb(path.join(scratch, "bomb.docx"), 200);
    await writeDocxBomb(path.join(scratch, "lie.docx"), 200, true);
    const res = await upload([
      { name: "bomb.docx", bytes: await readFile(path.join(scratch, "bomb.docx")) },
      { name: "lie.docx", bytes: await readFile(path.join(scratch, "lie.docx")) },
      { name: "2024-06-13-good.txt", bytes: Buffer.from(ARTICLE) },
    ]);
    expect(res.status).toBe(200);
    const summary = (await res.json()) as Json;
    expect(summary.files).toBe(1);
    expect(summary.skipped).toEqual([
      { file: "bomb.docx", reason: "docx expands to 200 MB of XML, limit 12 MB" },
      {
        file: "lie.docx",
        reason:
          "docx is corrupt or truncated: word/document.xml expands beyond the size its zip directory states",
      },
    ]);
    expect(JSON.stringify(summary)).not.toContain(t.dataDir);
    expect(await readdir(path.join(t.dataDir, "uploads"))).toEqual([]);
    await healthy();
  }, 120_000);

  it("skips a 20 MB single-paragraph text by its length, then ingests the next upload", async () => {
    await writeLongParagraph(path.join(scratch, "paragraph.txt"), 19_000_000);
    const res = await upload([
      { name: "paragraph.txt", bytes: await readFile(path.join(scratch, "paragraph.txt")) },
    ]);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).skipped).toEqual([
      { file: "paragraph.txt", reason: "text is 6.3 M characters, limit 3 M" },
    ]);
    await healthy();
    const next = await upload([
      { name: "2024-06-14-next.txt", bytes: Buffer.from(ARTICLE.replace("12日", "13日")) },
    ]);
    expect(next.status).toBe(200);
    expect(((await next.json()) as Json).files).toBe(1);
    expect(await readdir(path.join(t.dataDir, "uploads"))).toEqual([]);
  }, 120_000);
});
