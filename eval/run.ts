/**
 * `npm run eval -- [--set a,b] [--misses [--examples N] [--show-blind-misses]] [--rules] [--json]`
 * `npm run eval -- --update-baseline`
 * `npm run eval -- --set real-dev --persons`: gold persons the extractor names at all, per batch
 * `npm run eval -- --gold FILE [--data DIR]`: a user's reviewed articles (corrections export --gold)
 * Scores the extractor (read → segment → extract, as `npm run extract`) on every evaluation set
 * that is present (see sets.ts) with the official scorer, per relation and micro; real sets'
 * micro leaves ARTICLE out. See eval/README.md.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  MIN_HITS,
  measuredPrecision,
  minRulePrecision,
  precisionTable,
  rulesBelow,
  setMinRulePrecision,
} from "../ingest/extract/rules/calibration.ts";
import { ruleIndex } from "../ingest/extract/rules/index.ts";
import { minRulePrecisionFrom } from "../model/config.ts";
import { formatDiff, updateBaseline } from "./baseline.ts";
import { reportOf, type SetReport, scoreSet } from "./evaluate.ts";
import { loadGoldExportSet } from "./gold-export-set.ts";
import { formatPersons, type PersonsReport, personsReport } from "./persons-report.ts";
import { NO_RULE } from "./rules-report.ts";
import { runIfMain } from "./run-main.ts";
import { RELATIONS } from "./scorer.ts";
import { defaultPaths, type EvalPaths, expandSetNames, loadSet, presentSets, scorerPath } from "./sets.ts";

export const USAGE = `usage: npm run eval -- [--set seed,fixtures,samples,real,real-dev,real-blind] [--json]
                     [--misses [--examples N]] [--show-blind-misses] [--rules] [--real-dir DIR]
                     [--as-annotated] [--persons]
       npm run eval -- --write-precision [--out FILE]
       npm run eval -- --gold EXPORT.json [--data DIR] [--json] [--misses]
       npm run eval -- --update-baseline`;

export interface EvalOutput {
  code: number;
  stdout: string;
  stderr: string;
}

const fx = (n: number) => n.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padStart(n);

function figuresTable(r: SetReport): string[] {
  const out = [`  ${"relation".padEnd(14)}   P      R      F1      tp    fp    fn`];
  const line = (name: string, x: SetReport["micro"]) =>
    `  ${name.padEnd(14)} ${fx(x.precision)}  ${fx(x.recall)}  ${fx(x.f1)}  ${pad(x.tp, 5)} ${pad(x.fp, 5)} ${pad(x.fn, 5)}`;
  for (const rel of RELATIONS)
    if (!(r.microWithoutArticle && rel === "ARTICLE")) out.push(line(rel, r.relations[rel]));
  out.push(line(r.microWithoutArticle ? "micro w/o ART" : "micro", r.micro));
  if (r.microWithoutArticle)
    out.push(line("ARTICLE", r.relations.ARTICLE), "  (ARTICLE apart: the excerpt split is not a fact)");
  return out;
}

function formatSet(r: SetReport, blind: boolean, showBlindMisses: boolean, askedMisses: boolean): string {
  const out = [`== ${r.name}: ${r.articles} article(s) scored, ${r.predicted} predicted`];
  out.push(...figuresTable(r));
  if (r.missing.length > 0) {
    out.push(`  ${r.missing.length} text(s) missing (fetch again through the pages corpus with the query):`);
    for (const m of r.missing) out.push(`    ${m.id}  query: ${m.query}`);
  }
  for (const s of r.skipped) out.push(`  skipped ${s.id}: ${s.reason}`);
  if (r.misses) {
    out.push("  misses by kind:");
    for (const g of r.misses) {
      out.push(`    ${g.relation} ${g.kind}: ${g.count}`);
      for (const e of g.examples) out.push(`      ${e}`);
    }
  } else if (askedMisses && blind && !showBlindMisses)
    out.push("  misses of the blind set not shown (figures only; --show-blind-misses prints them)");
  if (r.rules) {
    out.push("  per rule:", `    ${"rule".padEnd(34)} hits  right  wrong  precision`);
    for (const row of r.rules.rows)
      out.push(
        `    ${row.rule.padEnd(34)} ${pad(row.hits, 4)}  ${pad(row.correct, 5)}  ${pad(row.wrong, 5)}  ${fx(row.precision)}`,
      );
    const noRule = Object.entries(r.rules.noRuleByRelation);
    if (noRule.length > 0)
      out.push(`    ${NO_RULE} by relation: ${noRule.map(([rel, n]) => `${rel} ${n}`).join(", ")}`);
    for (const u of r.rules.unmatched) out.push(`    (spurious line with no predicted tuple: ${u})`);
  }
  return out.join("\n");
}

/** Runs the tool on `argv`; output is returned, not printed (tests call this). */
export async function runEval(argv: string[], paths: EvalPaths = defaultPaths()): Promise<EvalOutput> {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (e) {
    return { code: 2, stdout: "", stderr: `${e instanceof Error ? e.message : String(e)}\n${USAGE}\n` };
  }
  if (values.help) return { code: 0, stdout: `${USAGE}\n`, stderr: "" };
  if (values["real-dir"]) paths = { ...paths, realDir: path.resolve(values["real-dir"]) };
  if (values["as-annotated"]) paths = { ...paths, asAnnotated: true };

  if (values["update-baseline"]) {
    const s = await updateBaseline(paths.repoRoot);
    const lines = [`baseline: ${s.written} file(s) written under eval/baseline, ${s.changed.length} changed`];
    for (const c of s.changed) lines.push(c.diff ? formatDiff(c.input, c.diff) : `${c.input}: new`);
    for (const r of s.removed) lines.push(`${r}: removed (its input is gone)`);
    return { code: 0, stdout: `${lines.join("\n")}\n`, stderr: "" };
  }

  if (!existsSync(scorerPath(paths)))
    return {
      code: 2,
      stdout: "",
      stderr: `the scorer is not there: ${scorerPath(paths)} (../shared/eval/score.mjs)\n`,
    };
  if (values.gold) return evalGoldExport(values, paths);
  if (values["write-precision"]) return writePrecision(paths, values.out);
  const present = presentSets(paths);
  let names: ReturnType<typeof expandSetNames>;
  try {
    names = values.set ? expandSetNames(values.set) : present;
  } catch (e) {
    return { code: 2, stdout: "", stderr: `${e instanceof Error ? e.message : String(e)}\n` };
  }
  const stderr: string[] = [];
  const absent = names.filter((n) => !present.includes(n));
  for (const n of absent) stderr.push(`set ${n}: not present, left out`);
  const examples = Number(values.examples ?? 5);
  const options = {
    misses: values.misses === true,
    examples: Number.isFinite(examples) && examples >= 0 ? examples : 5,
    showBlindMisses: values["show-blind-misses"] === true,
    rules: values.rules === true,
  };

  const reports: { report: SetReport & { persons?: PersonsReport }; blind: boolean }[] = [];
  for (const name of names.filter((n) => present.includes(n))) {
    const set = await loadSet(name, paths);
    for (const w of set.warnings) stderr.push(`${name}: warning: ${w}`);
    const report: SetReport & { persons?: PersonsReport } = reportOf(
      scoreSet(set, scorerPath(paths)),
      options,
    );
    if (values.persons)
      report.persons = personsReport(set, { listLost: !set.blind || options.showBlindMisses });
    reports.push({ report, blind: set.blind });
  }

  let neverFired: string[] | undefined;
  if (options.rules) {
    const fired = new Set(reports.flatMap(({ report }) => report.rules?.rows.map((r) => r.rule) ?? []));
    neverFired = [...ruleIndex().keys()].filter((id) => !fired.has(id)).sort();
  }

  let stdout: string;
  if (values.json) {
    stdout = `${JSON.stringify({ sets: reports.map((r) => r.report), ...(neverFired ? { neverFired } : {}) }, null, 2)}\n`;
  } else {
    const parts = reports.map(({ report, blind }) =>
      [
        formatSet(report, blind, options.showBlindMisses, options.misses),
        ...(report.persons ? formatPersons(report.persons) : []),
      ].join("\n"),
    );
    if (neverFired) {
      const index = ruleIndex();
      parts.push(
        neverFired.length === 0
          ? "== rules: every rule of the tables fired"
          : [
              `== rules of the tables that fired on none of these sets (${neverFired.length}):`,
              ...neverFired.map((id) => `  ${id}  ${index.get(id)?.note ?? ""}`),
            ].join("\n"),
      );
      parts.push(`(${NO_RULE}: tuples whose evidence names no rule)`);
      const below = rulesBelow(minRulePrecision());
      if (below.length > 0)
        parts.push(
          [
            `== rules left out by calibrated scoring (their facts are dropped: precision below ${minRulePrecision()} over at least ${MIN_HITS} facts, measured on ${precisionTable()?.measuredOn.sets.join(", ")} with every rule kept; ingest/extract/rules/precision.json):`,
            ...below.map(
              ([id, row]) =>
                `  ${id.padEnd(34)} ${pad(row.hits, 5)} hits  ${pad(row.right, 5)} right  ${fx(measuredPrecision(row))}`,
            ),
          ].join("\n"),
        );
    }
    stdout = parts.length > 0 ? `${parts.join("\n\n")}\n` : "no evaluation set present\n";
  }
  return { code: 0, stdout, stderr: stderr.length > 0 ? `${stderr.join("\n")}\n` : "" };
}

/** The table as JSON laid out as the formatter lays it out (one rule a line), so a rewrite diffs by rule. */
function precisionJson(t: {
  measuredOn: { sets: string[]; articles: number };
  rules: Record<string, { hits: number; right: number }>;
}): string {
  const rows = Object.entries(t.rules).map(
    ([id, r]) => `    ${JSON.stringify(id)}: { "hits": ${r.hits}, "right": ${r.right} }`,
  );
  return [
    "{",
    `  "measuredOn": { "sets": ${JSON.stringify(t.measuredOn.sets).replaceAll(",", ", ")}, "articles": ${t.measuredOn.articles} },`,
    '  "rules": {',
    rows.join(",\n"),
    "  }",
    "}",
    "",
  ].join("\n");
}

/** The hand-annotated sets the rules' precision is measured on (the generated samples are not). */
const PRECISION_SETS = ["seed", "fixtures", "real-dev"] as const;

/**
 * `--write-precision`: measures every rule on the hand-annotated sets (the user's seed page, the
 * fixtures, the real dev articles) with every rule's facts kept (the bar set to 0) and writes
 * ingest/extract/rules/precision.json, the table calibrated scoring reads
 * (ingest/extract/rules/calibration.ts), or `--out FILE`. Every one of those sets must be present.
 */
async function writePrecision(paths: EvalPaths, out?: string): Promise<EvalOutput> {
  const absent = PRECISION_SETS.filter((n) => !presentSets(paths).includes(n));
  if (absent.length > 0)
    return {
      code: 2,
      stdout: "",
      stderr: `--write-precision needs the sets ${absent.join(", ")}: not present\n`,
    };
  setMinRulePrecision(0);
  try {
    const rules: Record<string, { hits: number; right: number }> = {};
    let articles = 0;
    for (const name of PRECISION_SETS) {
      const report = reportOf(scoreSet(await loadSet(name, paths), scorerPath(paths)), {
        misses: false,
        examples: 0,
        showBlindMisses: false,
        rules: true,
      });
      articles += report.articles;
      for (const row of report.rules?.rows ?? []) {
        if (row.rule === NO_RULE || row.rule.startsWith("model.")) continue;
        const r = rules[row.rule] ?? { hits: 0, right: 0 };
        rules[row.rule] = { hits: r.hits + row.hits, right: r.right + row.correct };
      }
    }
    const sorted = Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b)));
    const table = { measuredOn: { sets: [...PRECISION_SETS], articles }, rules: sorted };
    const file = out ? path.resolve(out) : path.join(paths.repoRoot, "ingest/extract/rules/precision.json");
    writeFileSync(file, precisionJson(table));
    const below = rulesBelow(minRulePrecisionFrom(), table);
    const lines = [
      `precision of ${Object.keys(rules).length} rule(s) on ${articles} article(s) of ${PRECISION_SETS.join(", ")}, every rule kept, written to ${path.relative(paths.repoRoot, file)}`,
      `below the bar (${minRulePrecisionFrom()} over at least ${MIN_HITS} facts), their facts dropped: ${below.map(([id]) => id).join(", ") || "none"}`,
    ];
    return { code: 0, stdout: `${lines.join("\n")}\n`, stderr: "" };
  } finally {
    setMinRulePrecision(undefined);
  }
}

/** `--gold FILE`: the extractor scored on the reviewed articles a user exported from their graph. */
async function evalGoldExport(
  values: ReturnType<typeof parse>["values"],
  paths: EvalPaths,
): Promise<EvalOutput> {
  const file = path.resolve(values.gold ?? "");
  const dataDir = path.resolve(values.data ?? process.env.LAOMO_DATA_DIR ?? "data");
  let set: Awaited<ReturnType<typeof loadGoldExportSet>>;
  try {
    set = await loadGoldExportSet(file, dataDir);
  } catch (e) {
    return { code: 2, stdout: "", stderr: `${e instanceof Error ? e.message : String(e)}\n` };
  }
  const examples = Number(values.examples ?? 5);
  const report = {
    ...reportOf(scoreSet(set, scorerPath(paths)), {
      misses: values.misses === true,
      examples: Number.isFinite(examples) && examples >= 0 ? examples : 5,
      showBlindMisses: false,
      rules: values.rules === true,
    }),
    name: `gold ${path.basename(file)}`,
  };
  const stderr = set.warnings.map((w) => `gold: warning: ${w}`);
  const stdout = values.json
    ? `${JSON.stringify({ sets: [report] }, null, 2)}\n`
    : `${formatSet(report, false, false, values.misses === true)}\n`;
  return { code: 0, stdout, stderr: stderr.length > 0 ? `${stderr.join("\n")}\n` : "" };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      set: { type: "string" },
      json: { type: "boolean" },
      misses: { type: "boolean" },
      examples: { type: "string" },
      "show-blind-misses": { type: "boolean" },
      rules: { type: "boolean" },
      "update-baseline": { type: "boolean" },
      "real-dir": { type: "string" },
      "as-annotated": { type: "boolean" },
      persons: { type: "boolean" },
      "write-precision": { type: "boolean" },
      out: { type: "string" },
      gold: { type: "string" },
      data: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

runIfMain(import.meta.filename, runEval);
