/**
 * An article the ingest could not date is a warning (fictional pages): on its extraction record
 * (so in the journal), counted and listed in the summary, and printed by `npm run extract`.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openKuzuStore } from "../cypher/kuzu-store.ts";
import { extractFile, ingestPaths, UNDATED_WARNING } from "./pipeline.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const PAGE = [
  "远江市总工会举办劳模宣讲活动",
  "本报讯（记者 祁文涛）5月8日，由远江市总工会主办的劳模宣讲活动在市职工文化中心举行，全国劳动模范、远江钢铁集团技师韦立新讲述了扎根一线的故事。",
  "活动共吸引120余名职工参加。",
  "",
  "青川县总工会开展职工技能比武",
  "本报讯（记者 葛长风）近日，青川县总工会在县职工之家举办职工技能比武，百余名选手参加了焊接、钳工等六个项目的比拼。",
].join("\n\n");

let dir = "";
let undated = "";
let dated = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "laomo-undated-"));
  undated = path.join(dir, "page.txt");
  dated = path.join(dir, "2024-05-09-page.txt");
  await writeFile(undated, PAGE);
  await writeFile(dated, PAGE.replace("远江市", "白石市"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("an article without a date", () => {
  it("carries the warning on its extraction record; a dated one does not", async () => {
    const entry = await extractFile(undated);
    expect(entry.extractions.map((x) => [x.date, x.warnings.includes(UNDATED_WARNING)])).toEqual([
      [null, true],
      [null, true],
    ]);
    const withName = await extractFile(dated);
    expect(withName.extractions.map((x) => [x.date, x.warnings.includes(UNDATED_WARNING)])).toEqual([
      ["2024-05-09", false],
      ["2024-05-09", false],
    ]);
    const withOption = await extractFile(undated, { date: "2024-05-10" });
    expect(withOption.extractions.every((x) => !x.warnings.includes(UNDATED_WARNING))).toBe(true);
  });

  it("says what to do", () => {
    expect(UNDATED_WARNING).toMatch(/no date/);
    expect(UNDATED_WARNING).toMatch(/YYYY-MM-DD/);
    expect(UNDATED_WARNING).toMatch(/--date/);
  });

  it("is one warning per undated article in the summary, naming file and title, and in the journal", async () => {
    const dataDir = path.join(dir, "data");
    const store = await openKuzuStore({ dataDir });
    const summary = await ingestPaths([undated, dated], { store, dataDir }).finally(() => store.close());
    const mine = summary.warnings.filter((w) => w.endsWith(UNDATED_WARNING));
    expect(mine).toEqual([
      `${undated} «远江市总工会举办劳模宣讲活动»: ${UNDATED_WARNING}`,
      `${undated} «青川县总工会开展职工技能比武»: ${UNDATED_WARNING}`,
    ]);
    const journal = path.join(dataDir, "journal");
    const texts = await Promise.all(
      (await readdir(journal))
        .filter((f) => f !== "index.json")
        .map((f) => readFile(path.join(journal, f), "utf8")),
    );
    const listed = texts.flatMap((t) =>
      (JSON.parse(t) as { variants: { extractions: { title: string; warnings: string[] }[] }[] }).variants
        .flatMap((v) => v.extractions)
        .filter((x) => x.warnings.includes(UNDATED_WARNING))
        .map((x) => x.title),
    );
    expect(listed.sort()).toEqual(["远江市总工会举办劳模宣讲活动", "青川县总工会开展职工技能比武"].sort());
  });

  it("is printed by the extract command on stderr", async () => {
    const run = promisify(execFile);
    const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
    const { stdout, stderr } = await run(
      tsx,
      [path.join(repoRoot, "ingest/cli/extract.ts"), undated, dated],
      {
        cwd: repoRoot,
      },
    );
    const lines = stderr.split("\n").filter((l) => l.includes(UNDATED_WARNING));
    expect(lines).toEqual([
      `${undated} «远江市总工会举办劳模宣讲活动»: warning: ${UNDATED_WARNING}`,
      `${undated} «青川县总工会开展职工技能比武»: warning: ${UNDATED_WARNING}`,
    ]);
    expect(JSON.parse(stdout)).toHaveProperty("articles");
  }, 30_000);
});
