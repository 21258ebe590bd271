/**
 * `npm run extract` on a folder: the files the ingest would read in it (a command line of thousands
 * of paths fails before Node starts), every article in one JSON object; a missing path is reported
 * and counted as failed, the rest still read. Fictional articles only.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const run = promisify(execFile);
const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
const cli = path.join(repoRoot, "ingest/cli/extract.ts");

const ARTICLE = (title: string, name: string) =>
  `${title}\n\n5月8日，远江市总工会在远江职工之家举办劳模宣讲活动，全国劳动模范${name}为三百余名职工讲述了自己的成长故事。\n`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "laomo-extract-cli-"));
  await mkdir(path.join(dir, "pages", "may"), { recursive: true });
  await writeFile(
    path.join(dir, "pages", "2024-05-08-a.txt"),
    ARTICLE("远江市总工会举办劳模宣讲活动", "祁文涛"),
  );
  await writeFile(
    path.join(dir, "pages", "may", "2024-05-09-b.txt"),
    ARTICLE("青川县劳模宣讲走进企业", "柏雪松"),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run extract on a folder", () => {
  it("reads every file below it into one JSON object", async () => {
    const { stdout } = await run(tsx, [cli, path.join(dir, "pages")], { cwd: repoRoot });
    const names = (JSON.parse(stdout) as { articles: { persons: { name: string }[] }[] }).articles.flatMap(
      (a) => a.persons.map((p) => p.name),
    );
    expect(names.sort()).toEqual(["柏雪松", "祁文涛"].sort());
  }, 30_000);

  it("reports a missing path, exits 1 and still prints the others", async () => {
    const missing = path.join(dir, "nowhere.txt");
    const err = await run(tsx, [cli, missing, path.join(dir, "pages")], { cwd: repoRoot }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toContain(`${missing}: file not found`);
    expect((JSON.parse(err.stdout) as { articles: unknown[] }).articles).toHaveLength(2);
  }, 30_000);
});

describe("npm run extract --format json", () => {
  it("gives each evidence that names a rule the rule's measured precision", async () => {
    const { stdout } = await run(
      tsx,
      [cli, path.join(dir, "pages", "2024-05-08-a.txt"), "--format", "json"],
      {
        cwd: repoRoot,
      },
    );
    const spans: { rule?: string; measured?: { right: number; hits: number } }[] = [];
    JSON.parse(stdout, (_k, v) => {
      if (v && typeof v === "object" && "spanStart" in v) spans.push(v);
      return v;
    });
    const measured = spans.filter((s) => s.measured);
    expect(measured.length).toBeGreaterThan(0);
    for (const s of measured) {
      expect(s.rule).toBeTruthy();
      expect(s.measured!.right).toBeLessThanOrEqual(s.measured!.hits);
    }
    // A rule the table does not know (here: none named) carries no figure.
    expect(spans.filter((s) => !s.rule).every((s) => s.measured === undefined)).toBe(true);
  }, 30_000);
});
