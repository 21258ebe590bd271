/**
 * The training tool on a tiny fictional dev set in a temp dir (no real text): candidates are
 * labelled from the gold, cross-validated, the weights written, and the written model scores a
 * held honour above one stated about somebody else on a new fictional article.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { draftArticle, draftCandidates } from "../ingest/extract/index.ts";
import type { AttachmentModel } from "../ingest/extract/model/attach.ts";
import { predict } from "../ingest/extract/model/logistic.ts";
import { testArticle } from "../ingest/extract/test-article.ts";
import { defaultPaths, scorerPath } from "./sets.ts";
import { chooseThreshold, runTrain } from "./train-model.ts";

const skip = !existsSync(scorerPath(defaultPaths())) && process.env.CI !== "true";

const PEOPLE = [
  ["祁文涛", "车晓燕", "柏青山"],
  ["宋雨桐", "陈立峰", "蒙青禾"],
  ["付青迪", "白金岚", "祁远航"],
  ["柏雪松", "车明远", "宋青溪"],
  ["陈晓川", "付雨晴", "白远山"],
  ["蒙晓岚", "宋立新", "陈青河"],
];

/** A held honour in the sentence after B's, and one of somebody else after C's. */
function article(i: number): { text: string; gold: unknown } {
  const [a, b, c] = PEOPLE[i]!;
  const title = `远江市第${i + 1}场劳模宣讲会举行`;
  const text = `${title}\n5月${i + 8}日，远江市总工会举办劳模宣讲会。全国劳动模范、远江机械厂技师${a}讲述了自己的故事。远江纺织厂挡车工${b}也走上讲台。多年来，青川市三八红旗手的称号一直激励着她。远江化工厂技术员${c}也分享了经历。她的师傅是远江市劳动模范。\n`;
  const gold = {
    articles: [
      {
        title,
        reporters: [],
        photographers: [],
        events: [],
        persons: [
          { name: a, honours: [["全国劳动模范"]], employers: [["远江机械厂"]], spokeAt: [] },
          { name: b, honours: [["青川市三八红旗手"]], employers: [["远江纺织厂"]], spokeAt: [] },
        ],
        collectives: [],
      },
    ],
  };
  return { text, gold };
}

function fictionalRealDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "laomo-train-"));
  mkdirSync(path.join(dir, "dev"));
  mkdirSync(path.join(dir, "texts"));
  PEOPLE.forEach((_, i) => {
    const id = `dev-z-${String(i + 1).padStart(2, "0")}`;
    const { text, gold } = article(i);
    writeFileSync(path.join(dir, "texts", `${id}.txt`), text);
    const sha256 = createHash("sha256").update(text).digest("hex");
    writeFileSync(
      path.join(dir, "dev", `${id}.json`),
      JSON.stringify({ id, part: "dev", source: { corpus: "test", query: "", sha256 }, gold }),
    );
  });
  return dir;
}

describe.skipIf(skip)("npm run train-model", () => {
  it("trains on labelled candidates, cross-validates, writes weights that rank a held honour first", async () => {
    const dir = fictionalRealDir();
    const out = path.join(dir, "weights.json");
    const r = await runTrain([
      "--real-dir",
      dir,
      "--folds",
      "3",
      "--hold",
      "dev-z-06",
      "--write",
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("5 dev article(s)");
    expect(r.stdout).toContain("3-fold cross-validation");
    expect(r.stdout).toContain("== held out (1 article(s) dev-z-06*");
    // The rules miss B's honour of the next sentence; the cross-validated model adds it.
    expect(r.stdout).toMatch(/HAS_HONOUR\s+1\.000 0\.500 0\.667\s+1\.000 1\.000 1\.000/);
    expect(r.stdout).toMatch(/switched on .*HAS_HONOUR/);
    const model = JSON.parse(readFileSync(out, "utf8")) as AttachmentModel;
    expect(model.trainedOn).toContain("5 real dev articles");
    const honour = model.relations.HAS_HONOUR!;
    expect(honour.active).toBe(true);

    const draft = draftArticle(
      testArticle(
        "青川县举办劳模宣讲会\n6月2日，青川县总工会举办劳模宣讲会。远江纺织厂挡车工蒙雨桐走上讲台。多年来，青川市三八红旗手的称号一直激励着她。远江化工厂技术员付晓川也分享了经历。她的师傅是远江市劳动模范。",
      ),
    );
    const p = (name: string, value: string) => {
      const c = draftCandidates(draft).find(
        (x) => x.rel === "HAS_HONOUR" && x.name === name && x.value === value,
      );
      expect(c, `${name} ${value}`).toBeDefined();
      return predict(honour, c!.features);
    };
    expect(p("蒙雨桐", "青川市三八红旗手")).toBeGreaterThan(p("付晓川", "远江市劳动模范"));
  }, 60_000);

  it("runs a nested cross-validation on a fresh batch", async () => {
    const dir = fictionalRealDir();
    const r = await runTrain(["--real-dir", dir, "--folds", "3", "--fresh", "dev-z-0"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("== fresh batch dev-z-0* (6 article(s)), nested 3-fold");
    // Each fold of the batch is decided by a model that never saw it: B's honour is still added.
    const fresh = r.stdout.slice(r.stdout.indexOf("== fresh batch"));
    expect(fresh).toMatch(/HAS_HONOUR\s+1\.000 0\.500 0\.667\s+1\.000 1\.000 1\.000/);
  }, 60_000);

  it("refuses unknown relations and says how to call it", async () => {
    const r = await runTrain(["--relations", "HELD_AT"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown relation HELD_AT");
    expect((await runTrain(["--help"])).stdout).toContain("npm run train-model");
  });
});

describe("thresholds", () => {
  it("adds generic candidates down to the best F1 at the precision asked, and drops no rule fact for nothing", () => {
    const scored = [
      { p: 0.9, label: 1, rule: true },
      { p: 0.8, label: 1, rule: true },
      { p: 0.7, label: 1, rule: false },
      { p: 0.6, label: 0, rule: false },
      { p: 0.5, label: 1, rule: false },
      { p: 0.1, label: 1, rule: true },
    ];
    const t = chooseThreshold(scored, 5, 0.8);
    expect(t.keep).toBe(0);
    expect(t.threshold).toBe(0.5);
    expect(t.recall).toBe(1);
    expect(t.precision).toBeCloseTo(5 / 6);
    // A rule fact that is wrong and scored low is dropped when that gains enough.
    const t2 = chooseThreshold(
      [...scored, { p: 0.02, label: 0, rule: true }, { p: 0.03, label: 0, rule: true }],
      5,
      0.8,
    );
    expect(t2.keep).toBe(0.05);
  });
});
