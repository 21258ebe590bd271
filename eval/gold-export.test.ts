/**
 * "Your paper as an eval set", end to end: fictional articles ingested by the real pipeline into
 * a temp embedded store, a few corrections made through the curation service (confirm, reject an
 * extracted honour, add a missed speaker), the reviewed articles exported by
 * `npm run corrections -- export --gold`, then scored by `npm run eval -- --gold` and by
 * ../shared/eval/score.mjs directly: the rejected honour is spurious, the added speaker missed,
 * everything the reviewer left alone matches, and the unreviewed article is not scored.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../cypher/open-store.ts";
import type { GraphStore } from "../cypher/store.ts";
import { CURATION_PAGES } from "../ingest/corrections/test-articles.ts";
import { toGoldJson } from "../ingest/extract/to-gold.ts";
import { Journal } from "../ingest/journal.ts";
import { ingestPaths } from "../ingest/pipeline.ts";
import { loadConfig } from "../model/config.ts";
import { CorrectionService } from "../server/services/correction-service.ts";
import { FactService } from "../server/services/fact-service.ts";
import { runEval } from "./run.ts";
import { defaultPaths, scorerPath } from "./sets.ts";

const paths = defaultPaths();
const SCORER = scorerPath(paths);
const REPO = paths.repoRoot;

const ARTICLES: [string, string][] = [
  ...Object.entries(CURATION_PAGES),
  [
    "2024-07-01-c.txt",
    ["检修班的新徒弟", "本报讯（记者 骆青禾）澄浦电力公司检修班长卓映川收了三名新徒弟。", ""].join("\n"),
  ],
];

let dir = "";
let dataDir = "";
let store: GraphStore | null = null;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "laomo-gold-eval-test-"));
  dataDir = path.join(dir, "data");
  const files: string[] = [];
  for (const [name, text] of ARTICLES) {
    files.push(path.join(dir, name));
    await writeFile(path.join(dir, name), text);
  }
  store = await openStore(loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir }));
  await ingestPaths(files, { store, dataDir });
}, 120_000);

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(SCORER))("npm run eval -- --gold on a user's reviewed articles", () => {
  it("exports after a few corrections and scores the extractor on them", async () => {
    const s = store!;
    const facts = new FactService({ store: s, dataDir });
    const service = new CorrectionService({ store: s, dataDir, refresh: async () => {} });
    const articleIds = (await facts.facts({ type: "REPORTED", limit: 100, offset: 0 })).facts.map((f) => [
      f.target.name,
      f.target.id,
    ]);
    const idOf = new Map(articleIds as [string, string][]);
    const a = idOf.get("港区工匠夜校开课")!;
    const b = idOf.get("夜校第二课聚焦安全生产")!;
    const inA = (await facts.article(a)).facts;
    const honour = inA.find((f) => f.type === "HAS_HONOUR" && f.source.name === "卓映川")!;
    const talk = inA.find((f) => f.type === "SPOKE_AT" && f.source.name === "苗东篱")!;
    expect(honour && talk).toBeTruthy();
    const viewB = await facts.article(b);
    const event = viewB.facts.find((f) => f.target.label === "Event")!.target.name;
    const start = viewB.text.indexOf("许望舒");

    const done = [
      await service.submit({ action: "confirm", relId: talk.relId }, "test"),
      await service.submit({ action: "reject", relId: honour.relId, reason: "not in this article" }, "test"),
      await service.submit(
        {
          action: "add",
          kind: "SPOKE_AT",
          articleId: b,
          start,
          end: start + 3,
          source: { label: "Person", name: "许望舒" },
          target: { label: "Event", name: event },
        },
        "test",
      ),
    ];
    expect(done.map((r) => r.status)).toEqual(["applied", "applied", "applied"]);
    await s.close();
    store = null;

    // The export, as a user runs it.
    const goldFile = path.join(dir, "my-gold.json");
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(REPO, "ingest/cli/corrections.ts"),
        "export",
        "--gold",
        "--out",
        goldFile,
      ],
      { env: { ...process.env, LAOMO_DATA_DIR: dataDir }, encoding: "utf8", stdio: "pipe" },
    );
    const gold = JSON.parse(await readFile(goldFile, "utf8"));
    expect(gold.articles.map((x: { title: string }) => x.title).sort()).toEqual([
      "夜校第二课聚焦安全生产",
      "港区工匠夜校开课",
    ]);

    // npm run eval -- --gold: today's extractor on the texts of the journal.
    const out = await runEval(["--gold", goldFile, "--data", dataDir, "--json"], paths);
    expect(out.code, out.stderr).toBe(0);
    const report = JSON.parse(out.stdout).sets[0];
    expect(report.name).toBe("gold my-gold.json");
    expect(report.articles).toBe(2);
    expect(report.relations.HAS_HONOUR).toMatchObject({ fp: 1, fn: 0 });
    expect(report.relations.SPOKE_AT).toMatchObject({ fp: 0, fn: 1 });
    for (const rel of ["ARTICLE", "REPORTED", "WORKS_FOR", "ORGANIZED_BY", "HELD_AT"])
      expect(report.relations[rel].f1, rel).toBe(1);
    expect(report.micro.f1).toBeGreaterThan(0.8);
    expect(report.micro.f1).toBeLessThan(1);

    // The text report names the file.
    const text = await runEval(["--gold", goldFile, "--data", dataDir], paths);
    expect(text.stdout).toContain("== gold my-gold.json: 2 article(s) scored");

    // score.mjs directly on the export and the journal's own extraction agrees.
    const reviewed = (await new Journal(dataDir).readAll()).filter((x) => x.id === a || x.id === b);
    const predFile = path.join(dir, "pred.json");
    await writeFile(predFile, JSON.stringify(toGoldJson(reviewed)));
    const direct = JSON.parse(
      execFileSync(process.execPath, [SCORER, goldFile, predFile, "--json"], { encoding: "utf8" }),
    );
    expect(direct.micro).toMatchObject({ tp: report.micro.tp, fp: report.micro.fp, fn: report.micro.fn });
  });

  it("says plainly when the file is no gold or its articles are not in the journal", async () => {
    const bad = path.join(dir, "not-gold.json");
    await writeFile(bad, JSON.stringify({ rows: [] }));
    const r = await runEval(["--gold", bad, "--data", dataDir], paths);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a gold file");

    const other = path.join(dir, "other-gold.json");
    await writeFile(other, JSON.stringify({ articles: [{ title: "没有这篇文章" }] }));
    const s = await runEval(["--gold", other, "--data", dataDir, "--json"], paths);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).sets[0].skipped[0].reason).toContain("没有这篇文章");
  });
});
