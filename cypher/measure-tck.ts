/**
 * Measures how many of the openCypher TCK's reading queries the embedded console refuses before
 * kuzu runs them: lexer/guard refusals plus kuzu parser errors, without and with the Neo4j rewrite.
 * The TCK stays out of the repo: pass a checkout of github.com/opencypher/openCypher.
 * Usage: npx tsx cypher/measure-tck.ts <openCypher checkout> [--list-failures before|after]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { UnsupportedFormError } from "../model/errors.ts";
import { rewriteNeo4jForKuzu } from "./neo4j-rewrite.ts";
import { guardReadOnly } from "./read-only-guard.ts";

interface TckQuery {
  feature: string;
  query: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith(".feature") ? [p] : [];
    });
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());

/**
 * Reading queries: `When executing query:` blocks whose scenario expects a result (`Then the result
 * should be …`) and `no side effects`; Scenario Outlines expanded with their Examples; distinct texts.
 */
export function readingQueries(featuresDir: string): TckQuery[] {
  const out: TckQuery[] = [];
  for (const file of walk(featuresDir)) {
    const lines = readFileSync(file, "utf8").split("\n");
    const feature = path.relative(featuresDir, file);
    let pending: string[] = [];
    let examples: string[][] | null = null;
    let result = false;
    let noSideEffects = false;
    const flush = () => {
      if (result && noSideEffects) {
        const rows = examples && examples.length > 1 ? examples : null;
        for (const q of pending) {
          if (!rows) out.push({ feature, query: q });
          else
            for (const row of rows.slice(1)) {
              let text = q;
              rows[0]!.forEach((h, i) => {
                text = text.replaceAll(`<${h}>`, row[i] ?? "");
              });
              out.push({ feature, query: text });
            }
        }
      }
      pending = [];
      examples = null;
      result = false;
      noSideEffects = false;
    };
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i]!.trim();
      if (/^Scenario( Outline)?:/.test(t)) flush();
      else if (/^When executing query:/.test(t) && lines[i + 1]?.trim() === '"""') {
        const indent = lines[i + 1]!.indexOf('"""');
        const body: string[] = [];
        let j = i + 2;
        for (; j < lines.length && lines[j]!.trim() !== '"""'; j++) body.push(lines[j]!.slice(indent));
        pending.push(body.join("\n").trim());
        i = j;
      } else if (/^Then the result should be/.test(t)) result = true;
      else if (/^And no side effects/.test(t)) noSideEffects = true;
      else if (/^Examples:/.test(t)) {
        examples = [];
        for (let j = i + 1; j < lines.length && lines[j]!.trim().startsWith("|"); j++)
          examples.push(cells(lines[j]!));
      }
    }
    flush();
  }
  const seen = new Set<string>();
  return out.filter((q) => !seen.has(q.query) && seen.add(q.query));
}

type Outcome = "ok" | "guard" | "parser" | "crash" | "rewrite";

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), "guard-differential-runner.mjs");

/**
 * kuzu's parser verdict on each text (prepare on an empty in-memory database, in child processes:
 * a text that crashes kuzu loses only that child). True: a parser error; null: it crashed kuzu.
 */
function parserErrors(texts: string[]): (boolean | null)[] {
  const work = mkdtempSync(path.join(tmpdir(), "measure-tck-"));
  try {
    const file = path.join(work, "input.json");
    writeFileSync(
      file,
      JSON.stringify({ setup: [], cases: texts.map((text) => ({ text, execute: false })) }),
    );
    const out: (boolean | null)[] = texts.map(() => null);
    let start = 0;
    while (start < texts.length) {
      const res = spawnSync(process.execPath, [RUNNER, file, String(start)], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      });
      let begun = -1;
      let last = start - 1;
      for (const line of res.stdout.split("\n")) {
        if (!line) continue;
        const msg = JSON.parse(line) as { i: number; start?: boolean; out?: { ok: boolean; error?: string } };
        if (msg.start) begun = msg.i;
        else if (msg.out) {
          out[msg.i] = !msg.out.ok && msg.out.error === "Parser exception";
          last = msg.i;
        }
      }
      if (last >= texts.length - 1) break;
      if (begun < 0) throw new Error(`kuzu runner failed to start: ${res.stderr}`);
      start = begun + 1;
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Each query's outcome: refused by the rewrite or the guard, a kuzu parser error, or passed. */
function outcomes(queries: string[], rewrite: boolean): Outcome[] {
  const pre: (Outcome | string)[] = queries.map((q) => {
    let text = q;
    if (rewrite) {
      try {
        text = rewriteNeo4jForKuzu(q).query;
      } catch (e) {
        return e instanceof UnsupportedFormError ? "rewrite" : "guard";
      }
    }
    try {
      return guardReadOnly(text, "kuzu");
    } catch {
      return "guard";
    }
  });
  const texts = pre.map((p) => (p === "rewrite" || p === "guard" ? "RETURN 1" : p));
  const parsed = parserErrors(texts);
  return pre.map((p, k) =>
    p === "rewrite" || p === "guard" ? p : parsed[k] === null ? "crash" : parsed[k] ? "parser" : "ok",
  );
}

function main(): void {
  const [root, flag, which] = process.argv.slice(2);
  if (!root) throw new Error("usage: measure-tck.ts <openCypher checkout> [--list-failures before|after]");
  const queries = readingQueries(path.join(root, "tck", "features"));
  const texts = queries.map((q) => q.query);
  const before = outcomes(texts, false);
  const after = outcomes(texts, true);
  const rewritten = texts.filter((q) => {
    try {
      return rewriteNeo4jForKuzu(q).rewrites.length > 0;
    } catch {
      return false;
    }
  }).length;
  const share = (o: Outcome[], only: (k: number) => boolean = () => true) => {
    const picked = o.filter((_, k) => only(k));
    const n = picked.length;
    const counts = new Map<Outcome, number>();
    for (const x of picked) counts.set(x, (counts.get(x) ?? 0) + 1);
    const failed = n - (counts.get("ok") ?? 0);
    const parts = [...counts].filter(([k]) => k !== "ok").map(([k, v]) => `${k} ${v}`);
    return `${failed}/${n} = ${((100 * failed) / n).toFixed(1)} % (${parts.join(", ")})`;
  };
  const nonTemporal = (k: number) => !queries[k]!.feature.startsWith("expressions/temporal/");
  console.log(`TCK reading queries (result expected, no side effects): ${texts.length}`);
  console.log(`refused by the guard or kuzu's parser, as typed:         ${share(before)}`);
  console.log(`refused after the Neo4j rewrite (rewrite = unsupported): ${share(after)}`);
  console.log(`without expressions/temporal (time zones, time-of-day types kuzu lacks):`);
  console.log(`  as typed:          ${share(before, nonTemporal)}`);
  console.log(`  after the rewrite: ${share(after, nonTemporal)}`);
  console.log(`queries the rewrite changed: ${rewritten}`);
  if (flag === "--list-failures") {
    const list = which === "before" ? before : after;
    list.forEach((o, k) => {
      if (o !== "ok") console.log(`${queries[k]!.feature} [${o}] ${texts[k]!.replace(/\s+/g, " ")}`);
    });
  }
}

main();
