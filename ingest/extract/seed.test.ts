/**
 * Scores the seed page (../shared, the user's document) through the CLI code path
 * (read → segment → extract → toGoldJson) with the shared scorer: micro-F1 ≥ 0.98 and
 * every relation ≥ 0.95. Skips only when ../shared is absent and CI is not "true".
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../read/index.ts";
import { segmentDocument } from "../segment/index.ts";
import { extractArticle } from "./index.ts";
import { toGoldJson } from "./to-gold.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const shared = path.resolve(repoRoot, "../shared");
const seed = path.join(shared, "seed/000_9f06cbba4d791606.txt");
const gold = path.join(shared, "eval/seed-gold.json");
const present = existsSync(seed) && existsSync(gold);

interface Score {
  relations: Record<string, { f1: number }>;
  micro: { f1: number };
  misses: string[];
}

describe.skipIf(!present && process.env.CI !== "true")("seed page extraction", () => {
  it("scores micro-F1 ≥ 0.98 and every relation ≥ 0.95", async () => {
    const doc = await readDocument(seed);
    const pred = toGoldJson(segmentDocument(doc).map(extractArticle));
    const file = path.join(mkdtempSync(path.join(tmpdir(), "seed-")), "pred.json");
    writeFileSync(file, JSON.stringify(pred));
    const out = execFileSync("node", [path.join(shared, "eval/score.mjs"), gold, file, "--json"], {
      encoding: "utf8",
    });
    const score = JSON.parse(out) as Score;
    expect(score.misses).toEqual([]);
    expect(score.micro.f1).toBeGreaterThanOrEqual(0.98);
    for (const [rel, r] of Object.entries(score.relations)) expect([rel, r.f1 >= 0.95]).toEqual([rel, true]);
  });
});
