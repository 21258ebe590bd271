/**
 * The Article flag `untitled` (a text without a headline, titled by its first clause) is stored
 * by both stores and read back: true where set, false where not (fictional test graph). The
 * Neo4j part runs when NEO4J_URI is set, like the store contract tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveGraph } from "../ingest/resolve/index.ts";
import { article } from "../ingest/resolve/test-extraction.ts";
import type { ArticleNode, GraphBatch } from "../model/types.ts";
import { prepareBatch } from "./prepare-batch.ts";
import type { GraphStore } from "./store.ts";
import { backends } from "./test-backends.ts";

const HEADED = "远江市总工会举办劳模宣讲活动\n5月8日，远江市总工会举办劳模宣讲活动。";
const HEADLESS = "活动现场，三位劳模讲述了扎根一线的故事。";

/** Two articles resolved from extractions: one with a headline, one untitled. */
function batch(): GraphBatch {
  return resolveGraph([
    article("a_headed", HEADED),
    { ...article("a_headless", HEADLESS), title: "活动现场，三位劳模讲述了扎根一线的故事", untitled: true },
  ]).batch;
}

const articleNode = (b: GraphBatch, id: string) =>
  b.nodes.find((n): n is ArticleNode => n.label === "Article" && n.id === id);

describe("the untitled flag on Article nodes", () => {
  it("is set by resolution from the extraction, false for an article with a headline", () => {
    const b = batch();
    expect(articleNode(b, "a_headless")?.untitled).toBe(true);
    expect(articleNode(b, "a_headed")?.untitled).toBe(false);
  });

  it("is a boolean column of the rows both writers send, false when a node lacks it", () => {
    const b = batch();
    const legacy = b.nodes.map((n) => {
      if (n.id !== "a_headed") return n;
      const { untitled: _u, ...rest } = n as ArticleNode;
      return rest as ArticleNode;
    });
    const rows = prepareBatch({ ...b, nodes: legacy }).nodes.Article;
    expect(Object.fromEntries(rows.map((r) => [r.id, r.untitled]))).toEqual({
      a_headed: false,
      a_headless: true,
    });
  });
});

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`stored untitled flag: ${backend.name}`, () => {
    let dir = "";
    let store: GraphStore;
    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), "laomo-untitled-"));
      store = await backend.open(dir);
      await store.applySchema();
      await store.replaceGraph(batch());
    });
    afterAll(async () => {
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("reads back true for the untitled article and false for the other", async () => {
      const flag = async (id: string) => {
        const [row] = await store.query<{ node: Record<string, unknown> }>("get-node", { id });
        return row?.node.untitled;
      };
      expect(await flag("a_headless")).toBe(true);
      expect(await flag("a_headed")).toBe(false);
    });
  });
}
