/**
 * The evaluation tool on fictional data in a temp dir: real texts checked by sha256 (a
 * mismatch skipped with a warning, a missing text listed with its query), an untitled text
 * aligned to its gold, the blind set's misses hidden unless asked for, and the per-rule report
 * counting right and wrong tuples through the real scorer. No real text is used.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  type RulePrecisionTable,
  setMinRulePrecision,
  setPrecisionTable,
} from "../ingest/extract/rules/calibration.ts";
import { ruleIndex } from "../ingest/extract/rules/index.ts";
import { testSpan } from "../ingest/extract/test-article.ts";
import type { ArticleExtraction } from "../ingest/types.ts";
import { alignToGold } from "./align.ts";
import { scoreSet } from "./evaluate.ts";
import { groupMisses } from "./misses.ts";
import { NO_RULE, ruleReport } from "./rules-report.ts";
import { runEval } from "./run.ts";
import { parseMiss } from "./scorer.ts";
import { defaultPaths, type EvalPaths, type EvalSet, expandSetNames, scorerPath } from "./sets.ts";

const paths = defaultPaths();
const skip = !existsSync(scorerPath(paths)) && process.env.CI !== "true";

const HEADLINE = "远江市举办劳模工匠宣讲报告会";
const BODY = [
  "5月12日，远江市总工会在青川县职工文化中心举办劳模工匠宣讲报告会。",
  "全国劳动模范、远江恒岳重工集团高级技师陈立峰讲述了自己三十年扎根车间、攻克技术难关的故事。",
  "远江市五一劳动奖章获得者、青川县禾丰农业合作社理事长宋雨桐分享了带领乡亲增收的经历。",
];

/** Gold of the fictional report, titled by hand (the untitled text has no such line). */
function gold(title: string, extraPerson = false) {
  const persons = [
    { name: "陈立峰", honours: [["全国劳动模范"]], employers: [["远江恒岳重工集团"]], spokeAt: ["e1"] },
    {
      name: "宋雨桐",
      honours: [["远江市五一劳动奖章"]],
      employers: [["青川县禾丰农业合作社"]],
      spokeAt: ["e1"],
    },
  ];
  if (extraPerson)
    persons.push({ name: "韩知远", honours: [["全国五一劳动奖章"]], employers: [], spokeAt: ["e1"] });
  return {
    articles: [
      {
        title,
        reporters: [],
        photographers: [],
        events: [
          {
            key: "e1",
            name: "劳模工匠宣讲报告会",
            venue: [["青川县职工文化中心"]],
            date: null,
            organizers: [{ org: ["远江市总工会"], role: null }],
          },
        ],
        persons: persons.map((p) => ({ ...p, talkTitle: null, aliases: [] })),
        collectives: [],
      },
    ],
  };
}

interface Entry {
  part: "dev" | "blind";
  id: string;
  /** Undefined: the text is missing. */
  text?: string;
  /** Hash written into the JSON; defaults to the text's. */
  sha?: string;
  gold: ReturnType<typeof gold>;
}

function realDir(entries: Entry[]): EvalPaths {
  const dir = mkdtempSync(path.join(tmpdir(), "eval-real-"));
  for (const sub of ["dev", "blind", "texts"]) mkdirSync(path.join(dir, sub));
  for (const e of entries) {
    const sha =
      e.sha ??
      createHash("sha256")
        .update(e.text ?? "")
        .digest("hex");
    if (e.text !== undefined) writeFileSync(path.join(dir, "texts", `${e.id}.txt`), e.text);
    const json = {
      id: e.id,
      part: e.part,
      source: { corpus: "pages", query: `远江 劳模 宣讲 ${e.id}`, rank: 1, url: null, sha256: sha, chars: 0 },
      gold: e.gold,
    };
    writeFileSync(path.join(dir, e.part, `${e.id}.json`), JSON.stringify(json));
  }
  return { ...paths, realDir: dir };
}

/** The text block of one set in the tool's output. */
const section = (out: string, set: string) =>
  out.split(/\n\n(?===)/).find((s) => s.startsWith(`== ${set}:`)) ?? "";

describe.skipIf(skip)("npm run eval on real sets (fictional texts in a temp dir)", () => {
  const titled = `${HEADLINE}\n${BODY.join("\n")}\n`;
  const untitled = `${BODY.join("\n")}\n`;

  it("skips a text whose sha256 differs, with a warning, and lists a missing text with its query", async () => {
    const p = realDir([
      { part: "dev", id: "dev-x-01", text: titled, gold: gold(HEADLINE) },
      { part: "dev", id: "dev-x-02", text: titled, sha: "0".repeat(64), gold: gold(HEADLINE) },
      { part: "dev", id: "dev-x-03", gold: gold(HEADLINE) },
    ]);
    // an annotator's file half written: skipped with a warning, the rest still scored
    writeFileSync(path.join(p.realDir, "dev", "dev-x-09.json"), '{"id": "dev-x-09", "gold": ');
    const out = await runEval(["--set", "real-dev"], p);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain("dev-x-09.json: skipped: unreadable JSON");
    expect(out.stderr).toMatch(/dev-x-02: text skipped: sha256 .* differs/);
    const dev = section(out.stdout, "real-dev");
    expect(dev).toContain("== real-dev: 1 article(s) scored");
    expect(dev).toMatch(/skipped dev-x-02: sha256/);
    expect(dev).toContain("1 text(s) missing");
    expect(dev).toContain("dev-x-03  query: 远江 劳模 宣讲 dev-x-03");
    expect(dev).not.toContain("dev-x-01  query");

    const json = JSON.parse((await runEval(["--set", "real-dev", "--json"], p)).stdout);
    expect(json.sets[0].missing).toEqual([{ id: "dev-x-03", query: "远江 劳模 宣讲 dev-x-03" }]);
    expect(json.sets[0].skipped.map((s: { id: string }) => s.id)).toEqual(["dev-x-02", "dev-x-09.json"]);
  });

  it("aligns the predicted article of an untitled text to its gold by content", async () => {
    const p = realDir([
      { part: "dev", id: "dev-x-04", text: untitled, gold: gold("远江劳模工匠报告会（无标题）") },
    ]);
    const json = JSON.parse((await runEval(["--set", "real-dev", "--json", "--misses"], p)).stdout);
    const dev = json.sets[0];
    expect(dev.microWithoutArticle).toBe(true);
    expect(dev.relations.ARTICLE).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(dev.relations.HAS_HONOUR).toMatchObject({ tp: 2, fn: 0 });
    expect(dev.relations.SPOKE_AT).toMatchObject({ tp: 2, fn: 0 });
    // ARTICLE is reported apart: no ARTICLE group among the misses, not in the micro.
    expect(dev.micro.tp).toBe(
      Object.entries(dev.relations as Record<string, { tp: number }>)
        .filter(([r]) => r !== "ARTICLE")
        .reduce((a, [, x]) => a + x.tp, 0),
    );
  });

  it("prints the blind set's figures only, its misses only with --show-blind-misses", async () => {
    const p = realDir([
      { part: "dev", id: "dev-x-05", text: titled, gold: gold(HEADLINE, true) },
      { part: "blind", id: "blind-x-01", text: titled, gold: gold(HEADLINE, true) },
    ]);
    const plain = await runEval(["--set", "real", "--misses"], p);
    expect(section(plain.stdout, "real-dev")).toContain("韩知远");
    const blind = section(plain.stdout, "real-blind");
    expect(blind).toContain("== real-blind: 1 article(s) scored");
    expect(blind).toMatch(/HAS_HONOUR\s+1\.000\s+0\.667/);
    expect(blind).not.toContain("misses by kind");
    expect(blind).not.toContain("韩知远");
    expect(blind).toContain("--show-blind-misses");
    const json = JSON.parse((await runEval(["--set", "real-blind", "--misses", "--json"], p)).stdout);
    expect(json.sets[0].misses).toBeUndefined();

    const shown = await runEval(["--set", "real-blind", "--misses", "--show-blind-misses"], p);
    expect(section(shown.stdout, "real-blind")).toMatch(/HAS_HONOUR missed: 1\n\s+blind-x-01 ▸ .*韩知远/);
  });

  it("counts the gold persons no predicted article names, per batch, names hidden for the blind set", async () => {
    const p = realDir([
      { part: "dev", id: "dev-x-06", text: titled, gold: gold(HEADLINE, true) },
      { part: "dev", id: "dev-y-01", text: titled, gold: gold(HEADLINE) },
      { part: "blind", id: "blind-x-02", text: titled, gold: gold(HEADLINE, true) },
    ]);
    const json = JSON.parse((await runEval(["--set", "real", "--persons", "--json"], p)).stdout);
    const [dev, blind] = json.sets;
    // 韩知远 is in the gold of dev-x-06 only and in no text: the one person not named, with 2 facts.
    expect(dev.persons).toMatchObject({ gold: 5, named: 4, goldFacts: 14, lostFacts: 2 });
    expect(dev.persons.groups).toEqual([
      { group: "dev-x", gold: 3, named: 2, goldFacts: 8, lostFacts: 2 },
      { group: "dev-y", gold: 2, named: 2, goldFacts: 6, lostFacts: 0 },
    ]);
    expect(dev.persons.lost).toEqual([{ doc: "dev-x-06", name: "韩知远", facts: 2 }]);
    expect(blind.persons).toMatchObject({ gold: 3, named: 2, lostFacts: 2 });
    expect(blind.persons.lost).toBeUndefined();

    const text = (await runEval(["--set", "real", "--persons"], p)).stdout;
    expect(section(text, "real-dev")).toMatch(
      /persons: 4 of 5 gold persons named .*\n[\s\S]*dev-x-06: 韩知远 \(2 facts\)/,
    );
    expect(section(text, "real-blind")).toContain("persons: 2 of 3 gold persons named");
    expect(section(text, "real-blind")).not.toContain("韩知远");
    // without --persons the tool says nothing about persons
    expect((await runEval(["--set", "real-dev"], p)).stdout).not.toContain("gold persons named");
  });

  it("leaves annotated persons without an honour out of real gold unless --as-annotated", async () => {
    const g = gold(HEADLINE);
    // an official speaking at the event, annotated as a person with no honour
    g.articles[0]?.persons.push({
      name: "杜明川",
      honours: [],
      employers: [["远江市总工会"]],
      spokeAt: ["e1"],
      talkTitle: null,
      aliases: [],
    });
    const p = realDir([{ part: "dev", id: "dev-x-07", text: titled, gold: g }]);
    const conv = await runEval(["--set", "real-dev", "--json"], p);
    expect(conv.stderr).toContain("1 annotated person(s) without an honour left out");
    const annotated = await runEval(["--set", "real-dev", "--json", "--as-annotated"], p);
    expect(annotated.stderr).not.toContain("without an honour left out");
    const spoke = (o: typeof conv) => JSON.parse(o.stdout).sets[0].relations.SPOKE_AT;
    expect(spoke(annotated).fn).toBe(spoke(conv).fn + 1);
    expect(spoke(annotated).tp).toBe(spoke(conv).tp);
  });

  it("reports every predicted tuple under its rule or (no rule), and the rules that never fired", async () => {
    const p = realDir([{ part: "dev", id: "dev-x-06", text: titled, gold: gold(HEADLINE, true) }]);
    const json = JSON.parse((await runEval(["--set", "real-dev", "--rules", "--json"], p)).stdout);
    const dev = json.sets[0];
    const relations = Object.entries(dev.relations as Record<string, { tp: number; fp: number }>).filter(
      ([r]) => r !== "ARTICLE",
    );
    const rows = dev.rules.rows as { rule: string; hits: number; correct: number; wrong: number }[];
    expect(rows.reduce((a, r) => a + r.hits, 0)).toBe(relations.reduce((a, [, x]) => a + x.tp + x.fp, 0));
    expect(rows.reduce((a, r) => a + r.wrong, 0)).toBe(relations.reduce((a, [, x]) => a + x.fp, 0));
    for (const r of rows) expect(r.correct + r.wrong).toBe(r.hits);
    const known = new Set(ruleIndex().keys());
    for (const id of json.neverFired as string[]) {
      expect(known.has(id)).toBe(true);
      expect(rows.some((r) => r.rule === id)).toBe(false);
    }
    const text = (await runEval(["--set", "real-dev", "--rules"], p)).stdout;
    expect(text).toMatch(/per rule:\n\s+rule\s+hits\s+right\s+wrong\s+precision/);
  });

  it("--write-precision measures every rule over seed, fixtures and dev with every rule kept", async () => {
    // A second text with a name on its own line and its card (person.name-line), a rule this
    // test's table puts below the bar: measured all the same.
    const card =
      "远江劳模风采\n三位劳模的故事。\n韩春林\n车间里的“精度守门人”\n远江机械厂钳工首席技师，远江省劳动模范、技能带头人。\n进厂三十年，他完成了多项革新。\n";
    const p = realDir([
      { part: "dev", id: "dev-x-07", text: titled, gold: gold(HEADLINE, true) },
      { part: "dev", id: "dev-x-08", text: card, gold: gold("远江劳模风采") },
    ]);
    const out = path.join(p.realDir, "precision.json");
    setPrecisionTable({
      measuredOn: { sets: ["test"], articles: 1 },
      rules: { "person.name-line": { hits: 10, right: 1 } },
    });
    let r: Awaited<ReturnType<typeof runEval>>;
    try {
      r = await runEval(["--write-precision", "--out", out], p);
    } finally {
      setPrecisionTable(undefined);
    }
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("of seed, fixtures, real-dev, every rule kept");
    const table = JSON.parse(readFileSync(out, "utf8")) as RulePrecisionTable;
    expect(table.measuredOn.sets).toEqual(["seed", "fixtures", "real-dev"]);
    // The three sets' rule rows, summed: each set's own report (with every rule kept) gives its part.
    const sum = new Map<string, { hits: number; right: number }>();
    let articles = 0;
    setMinRulePrecision(0);
    try {
      for (const set of ["seed", "fixtures", "real-dev"]) {
        const json = JSON.parse((await runEval(["--set", set, "--rules", "--json"], p)).stdout);
        articles += json.sets[0].articles as number;
        for (const row of json.sets[0].rules.rows as { rule: string; hits: number; correct: number }[]) {
          if (row.rule === NO_RULE) continue;
          const x = sum.get(row.rule) ?? { hits: 0, right: 0 };
          sum.set(row.rule, { hits: x.hits + row.hits, right: x.right + row.correct });
        }
      }
    } finally {
      setMinRulePrecision(undefined);
    }
    expect(table.measuredOn.articles).toBe(articles);
    expect(new Map(Object.entries(table.rules))).toEqual(sum);
    expect(table.rules["person.name-line"]?.hits).toBe(1);
    expect(Object.keys(table.rules).some((id) => id.startsWith("speech."))).toBe(true);
  });

  it("counts right and wrong tuples per rule id through the scorer", () => {
    const honour = (name: string, rule?: string) => ({
      name,
      raw: name,
      scope: "全国",
      level: null,
      category: name,
      year: null,
      evidence: testSpan(rule),
    });
    const article: ArticleExtraction = {
      id: "x",
      file: "x.txt",
      index: 0,
      title: HEADLINE,
      subtitles: [],
      text: "",
      date: null,
      source: null,
      credits: [],
      warnings: [],
      collectives: [],
      events: [
        {
          key: "e1",
          name: "劳模工匠宣讲报告会",
          theme: null,
          date: null,
          campaign: null,
          venues: [],
          organizers: [],
          evidence: testSpan(),
        },
        {
          key: "e2",
          name: "青川县读书分享会",
          theme: null,
          date: null,
          campaign: null,
          venues: [],
          organizers: [],
          evidence: testSpan(),
        },
      ],
      persons: [
        {
          name: "陈立峰",
          // right, wrong (not in gold), right under another rule
          honours: [honour("全国劳动模范", "honour.test-a"), honour("远江市技术能手", "honour.test-a")],
          employers: [{ org: "远江恒岳重工集团", orgType: "company", jobTitle: null, evidence: testSpan() }],
          spokeAt: [
            { eventKey: "e1", talkTitle: null, evidence: testSpan("speech.test-b") },
            { eventKey: "e2", talkTitle: null, evidence: testSpan("speech.test-b") },
          ],
          aliases: [],
          evidence: testSpan(),
        },
        {
          name: "宋雨桐",
          // A fact the attachment model added: counted under its kind, not its probability.
          honours: [honour("远江市五一劳动奖章", "model.honour@0.93")],
          employers: [{ org: "禾丰公司", orgType: "company", jobTitle: null, evidence: testSpan() }],
          spokeAt: [],
          aliases: [],
          evidence: testSpan(),
        },
      ],
    };
    const set: EvalSet = {
      name: "fixtures",
      real: false,
      blind: false,
      docs: [{ id: "t.txt", gold: gold(HEADLINE).articles, pred: [article] }],
      missing: [],
      skipped: [],
      warnings: [],
    };
    const score = scoreSet(set, scorerPath(paths));
    const report = ruleReport(score.pred, score.result.misses);
    const row = (id: string) => report.rows.find((r) => r.rule === id);
    expect(row("honour.test-a")).toEqual({
      rule: "honour.test-a",
      hits: 2,
      correct: 1,
      wrong: 1,
      precision: 0.5,
    });
    expect(row("model.honour")).toMatchObject({ hits: 1, correct: 1, wrong: 0 });
    // e2 is a second event the gold does not have: the talk there is spurious, the one at e1 right.
    expect(row("speech.test-b")).toMatchObject({ hits: 2, correct: 1, wrong: 1 });
    // the employers carry no rule: one right, one wrong
    expect(row(NO_RULE)).toMatchObject({ hits: 2, correct: 1, wrong: 1 });
    expect(report.unmatched).toEqual([]);
    const wrong = report.rows.reduce((a, r) => a + r.wrong, 0);
    const fp = Object.entries(score.result.relations)
      .filter(([r]) => r !== "ARTICLE")
      .reduce((a, [, x]) => a + x.fp, 0);
    expect(wrong).toBe(fp);
  });
});

describe("eval helpers", () => {
  it("aligns by title first, else by the facts the article shares with the gold", () => {
    const x = (title: string, names: string[], text = "") =>
      ({
        title,
        text,
        persons: names.map((name) => ({ name, honours: [], employers: [], spokeAt: [], aliases: [] })),
        collectives: [],
        events: [],
        credits: [],
      }) as unknown as ArticleExtraction;
    const g = { title: "远江劳模报告会", persons: [{ name: "陈立峰" }, { name: "宋雨桐" }] };
    const preds = [
      x("青川新闻一则", ["韩知远"], "青川县某某消息"),
      x("5月12日，远江市总工会", ["陈立峰", "宋雨桐"]),
    ];
    expect(alignToGold([g], preds).map((p) => p.title)).toEqual(["青川新闻一则", "远江劳模报告会"]);
    expect(alignToGold([{ ...g, title: "青川新闻一则" }], preds).map((p) => p.title)).toEqual([
      "青川新闻一则",
      "5月12日，远江市总工会",
    ]);
  });

  it("expands `real` and rejects unknown sets", () => {
    expect(expandSetNames("seed,real")).toEqual(["seed", "real-dev", "real-blind"]);
    expect(() => expandSetNames("nope")).toThrow(/unknown set "nope"/);
  });

  it("splits miss lines whose title holds ': ' and groups them by kind", () => {
    const lines = [
      '+ HAS_HONOUR a.txt ▸ Title: part two: {"who":"甲","v":"乙"}',
      '- HAS_HONOUR a.txt ▸ T: {"who":["丙"],"v":["丁"]}',
      '- HAS_HONOUR a.txt ▸ T: {"who":["戊"],"v":["己"]}',
      "+ ARTICLE a.txt ▸ Extra",
    ];
    expect(parseMiss(lines[0]!)).toMatchObject({
      sign: "+",
      relation: "HAS_HONOUR",
      where: "a.txt ▸ Title: part two",
    });
    expect(groupMisses(lines, 1, { withArticle: false })).toEqual([
      {
        relation: "HAS_HONOUR",
        kind: "missed",
        count: 2,
        examples: ['a.txt ▸ T: {"who":["丙"],"v":["丁"]}'],
      },
      {
        relation: "HAS_HONOUR",
        kind: "spurious",
        count: 1,
        examples: ['a.txt ▸ Title: part two: {"who":"甲","v":"乙"}'],
      },
    ]);
    expect(groupMisses(lines, 0, { withArticle: true }).map((g) => g.relation)).toContain("ARTICLE");
  });
});
