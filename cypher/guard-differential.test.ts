/**
 * Differential tests of the read-only guard against kuzu itself: a generated corpus of comment,
 * string, escape, number and name edge cases, the openCypher TCK queries, our own reading queries
 * and the project's examples. Whatever the guard accepts, kuzu must give the same outcome for the
 * original text, the rebuilt text the console runs and (where spacing is neutral) the guard's
 * tokens spaced apart; decoded strings, names and numbers must be the values kuzu returns.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLE_QUERIES } from "../client/src/example-queries.ts";
import { ForbiddenQueryError, InvalidInputError } from "../model/errors.ts";
import { lexCypher, rebuildQuery, type Token } from "./cypher-lexer.ts";
import { listQueryNames, loadQuery, loadSchema } from "./load-query.ts";
import { guardReadOnly } from "./read-only-guard.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNNER = path.join(here, "guard-differential-runner.mjs");
const work = mkdtempSync(path.join(tmpdir(), "guard-diff-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  ok: boolean;
  error?: string;
  prepared?: boolean;
  columns?: string[];
  rows?: string[];
}

/** Runs texts on a fresh in-memory kuzu (after `setup`) in child processes; a crash loses one text. */
function runTexts(setup: string[], texts: { text: string; execute: boolean }[]): (Outcome | null)[] {
  const file = path.join(work, `input-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ setup, cases: texts, timeoutMs: 5000 }));
  const out: (Outcome | null)[] = texts.map(() => null);
  let start = 0;
  while (start < texts.length) {
    const res = spawnSync(process.execPath, [RUNNER, file, String(start)], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
      timeout: 300_000,
    });
    let last = start - 1;
    let begun = -1;
    for (const line of res.stdout.split("\n")) {
      if (!line) continue;
      const msg = JSON.parse(line) as { i: number; start?: boolean; out?: Outcome };
      if (msg.start) begun = msg.i;
      else if (msg.out) {
        out[msg.i] = msg.out;
        last = msg.i;
      }
    }
    if (last >= texts.length - 1) break;
    if (begun < 0) throw new Error(`runner failed to start: ${res.stderr}`);
    start = begun + 1; // texts[begun] crashed kuzu: its outcome stays null
  }
  return out;
}

/** Comparable form of an outcome: error kind only (positions and echoed text differ), rows as a set. */
function key(o: Outcome): string {
  if (!o.ok) return `error:${o.error}`;
  if (o.prepared) return "prepared";
  return JSON.stringify({ columns: o.columns, rows: [...(o.rows ?? [])].sort() });
}

const inconclusive = (o: Outcome | null | undefined): boolean =>
  !o || (!o.ok && /Interrupted/.test(o.error ?? ""));

/** The guard's tokens with a space between every two (tests that token boundaries agree). */
function spaced(tokens: Token[]): string {
  return rebuildQuery(
    tokens.map((t) => ({ ...t, spaceBefore: true, lineBefore: false })),
    true,
  );
}

function tryGuard(q: string): string | null {
  try {
    return guardReadOnly(q, "kuzu");
  } catch (e) {
    if (e instanceof ForbiddenQueryError || e instanceof InvalidInputError) return null;
    throw e;
  }
}

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  query: string;
  /** Spacing tokens apart keeps a valid query's meaning (no `a[0]`, `:=`, `->` in the template). */
  spaceable: boolean;
  /** Value the guard's reading says kuzu returns in the first column (strings, numbers). */
  expect?: (o: Outcome, tokens: Token[]) => void;
}

function generateCorpus(count: number): Case[] {
  const rnd = prng(20260510);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const many = (xs: readonly string[], min: number, max: number) =>
    Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => pick(xs)).join("");
  const commentBits = [
    "/*",
    "*/",
    "*",
    "/",
    "**",
    "**/",
    "/*/",
    "***/",
    "//",
    "\n",
    "\r",
    "\r\n",
    " ",
    "+ 2",
    "+ 30",
    "'",
    '"',
    "`",
    "x",
    ";",
    "RETURN 4",
    "\\",
    "-",
    "1",
    "LOAD FROM 'f'",
    "\u2028",
    "\u00a0",
  ];
  const stringBits = [
    "a",
    "Z",
    " ",
    "'",
    '"',
    "\\\\",
    "\\'",
    '\\"',
    "\\n",
    "\\N",
    "\\t",
    "\\b",
    "\\f",
    "\\r",
    "\\u0041",
    "\\U0001F600",
    "\\u00e9",
    "\\uZZ",
    "\\x",
    "\\",
    "é",
    "中",
    "😀",
    "\n",
    "`",
    "/*",
    "*/",
    "//",
    "$p",
    "--",
  ];
  const numberBits = [
    "0",
    "1",
    "7",
    "00",
    "9",
    "12",
    ".",
    "..",
    "e",
    "E",
    "-",
    "+",
    "x",
    "X",
    "a",
    "f",
    "_",
    "5",
  ];
  const nameBits = ["a", "`", "``", " ", "中", "'", "\\", "/*", "*/", "x1", "$", "-"];
  const cases: Case[] = [];
  const firstValue = (o: Outcome): unknown => JSON.parse(o.rows?.[0] ?? "[null]")[0];
  for (let k = 0; k < count; k++) {
    const family = k % 4;
    if (family === 0) {
      let frag = many(commentBits, 1, 7);
      const r = rnd();
      if (r < 0.45) frag = `/*${frag}*/`;
      else if (r < 0.6) frag = `//${frag}\n`;
      const query = pick([
        `RETURN 1 ${frag} AS x`,
        `RETURN 1${frag}+ 100 AS x`,
        `RETURN [1 ${frag}, 2] AS x`,
        `UNWIND [1, 2] AS y ${frag} RETURN y * 10 AS x`,
        `${frag}RETURN 5 AS x${frag}`,
      ]);
      cases.push({ query, spaceable: true });
    } else if (family === 1) {
      const quote = pick(["'", '"']);
      const lit = `${quote}${many(stringBits, 0, 6)}${quote}`;
      const query = pick([`RETURN ${lit} AS s`, `RETURN ${lit}, 'end' AS s`, `RETURN ${lit}AS s`]);
      cases.push({
        query,
        spaceable: true,
        expect: (o, tokens) => {
          const str = tokens.find((t) => t.kind === "string");
          if (o.ok && str && tokens.filter((t) => t.kind === "string").length === 1)
            expect(firstValue(o), query).toBe(str.value);
        },
      });
    } else if (family === 2) {
      const num = pick(["", "", "."]) + pick(["0", "1", "7", "9", "12"]) + many(numberBits, 0, 4);
      const indexed = rnd() < 0.15;
      const query = indexed
        ? `RETURN [1, 2, 3][${num}] AS x`
        : pick([
            `RETURN ${num} AS x`,
            `RETURN -${num} AS x`,
            `RETURN [${num}] AS x`,
            `UNWIND [1, 2, 3] AS y RETURN y LIMIT ${num}`,
            `RETURN ${num}+1 AS x`,
          ]);
      cases.push({
        query,
        spaceable: !indexed,
        expect: (o, tokens) => {
          const nums = tokens.filter((t) => t.kind === "number");
          if (!o.ok || !query.startsWith("RETURN ") || !/ AS x$/.test(query) || nums.length !== 1) return;
          if (tokens.length !== 4 || tokens[1]!.kind !== "number") return; // RETURN <number> AS x
          const text = nums[0]!.text;
          if (!Number.isFinite(Number(text))) return; // kuzu's infinity comes back as null
          const v = firstValue(o);
          const got = typeof v === "string" && v.endsWith("n") ? Number(v.slice(0, -1)) : Number(v);
          expect(got, query).toBeCloseTo(Number(text), 6);
        },
      });
    } else {
      const name = `\`${many(nameBits, 1, 5)}\``;
      const query = pick([`RETURN 1 AS ${name}`, `UNWIND [7] AS ${name} RETURN ${name} AS x`]);
      cases.push({
        query,
        spaceable: true,
        expect: (o, tokens) => {
          const q = tokens.find((t) => t.kind === "quoted");
          if (o.ok && q && query.startsWith("RETURN 1 AS")) expect(o.columns?.[0], query).toBe(q.text);
        },
      });
    }
  }
  return cases;
}

interface Checked {
  accepted: number;
  compared: number;
  crashed: number;
}

/** Runs original, rebuilt and (when spaceable) spaced texts; asserts the same outcome for each. */
function checkAgainstKuzu(cases: Case[], setup: string[], execute: (q: string) => boolean): Checked {
  const accepted: { c: Case; rebuilt: string; tokens: Token[] }[] = [];
  for (const c of cases) {
    const rebuilt = tryGuard(c.query);
    if (rebuilt !== null) accepted.push({ c, rebuilt, tokens: lexCypher(c.query) });
  }
  const texts: { text: string; execute: boolean }[] = [];
  const at: number[] = []; // index of each accepted case's first text
  for (const a of accepted) {
    const exec = execute(a.c.query);
    at.push(texts.length);
    texts.push({ text: a.c.query, execute: exec }, { text: a.rebuilt, execute: exec });
    if (a.c.spaceable) texts.push({ text: spaced(a.tokens), execute: exec });
  }
  const outcomes = runTexts(setup, texts);
  const mismatches: string[] = [];
  let compared = 0;
  let crashed = 0;
  accepted.forEach((a, k) => {
    const first = at[k]!;
    const [orig, rebuilt] = outcomes.slice(first, first + 2);
    const sp = a.c.spaceable ? outcomes[first + 2] : rebuilt;
    if (!orig || !rebuilt || !sp) crashed++;
    if (inconclusive(orig) || inconclusive(rebuilt) || inconclusive(sp)) return;
    compared++;
    const o = orig!;
    // Spacing tokens apart may turn an invalid text valid (`'a'AS s`), never a valid one different.
    const spacedDiffers = a.c.spaceable && o.ok && key(o) !== key(sp!);
    if (key(o) !== key(rebuilt!) || spacedDiffers) {
      mismatches.push(
        `${JSON.stringify(a.c.query)}\n  rebuilt ${JSON.stringify(a.rebuilt)}\n  ` +
          `${key(o)} | ${key(rebuilt!)} | ${key(sp!)}`,
      );
      return;
    }
    a.c.expect?.(o, a.tokens);
  });
  expect(mismatches, mismatches.slice(0, 5).join("\n")).toEqual([]);
  return { accepted: accepted.length, compared, crashed };
}

/** Project schema and a small graph for the reading queries. */
function projectSetup(): string[] {
  const ev = "articleIds: ['a1'], evidence: []";
  return [
    ...loadSchema("kuzu"),
    `CREATE (:Person {id: 'p1', name: '张三', aliases: ['张老三', '三哥'], ${ev}})`,
    `CREATE (:Person {id: 'p2', name: '李四', aliases: [], ${ev}})`,
    `CREATE (:Person {id: 'p3', name: '王五', aliases: ['w'], ${ev}})`,
    `CREATE (:Organization {id: 'o1', name: '总工会', orgType: 'union', ${ev}})`,
    `CREATE (:Organization {id: 'o2', name: '机床厂', orgType: 'company', ${ev}})`,
    `CREATE (:Honour {id: 'h1', name: '全国劳动模范', level: 'national', category: '劳动模范', ${ev}})`,
    `CREATE (:Honour {id: 'h2', name: '大国工匠', level: 'national', category: '工匠', ${ev}})`,
    `CREATE (:Event {id: 'e1', name: '宣讲会', date: '2020-01-01', ${ev}})`,
    `CREATE (:Event {id: 'e2', name: '表彰会', date: '2021-05-01', ${ev}})`,
    `CREATE (:Place {id: 'pl1', name: '澄湾', ${ev}})`,
    `CREATE (:Article {id: 'a1', name: 'A', title: 'T', ${ev}})`,
    "MATCH (a:Person {id: 'p1'}), (b:Organization {id: 'o1'}) CREATE (a)-[:WORKS_FOR {id: 'w1', jobTitle: '钳工'}]->(b)",
    "MATCH (a:Person {id: 'p2'}), (b:Organization {id: 'o2'}) CREATE (a)-[:WORKS_FOR {id: 'w2', jobTitle: '车工'}]->(b)",
    "MATCH (a:Person {id: 'p1'}), (b:Honour {id: 'h1'}) CREATE (a)-[:HAS_HONOUR {id: 'hh1', year: 2019}]->(b)",
    "MATCH (a:Person {id: 'p3'}), (b:Honour {id: 'h2'}) CREATE (a)-[:HAS_HONOUR {id: 'hh2', year: 2020}]->(b)",
    "MATCH (a:Person {id: 'p1'}), (b:Event {id: 'e1'}) CREATE (a)-[:SPOKE_AT {id: 's1', talkTitle: '奋斗'}]->(b)",
    "MATCH (a:Person {id: 'p2'}), (b:Event {id: 'e1'}) CREATE (a)-[:SPOKE_AT {id: 's2', talkTitle: '创新'}]->(b)",
    "MATCH (a:Person {id: 'p3'}), (b:Event {id: 'e2'}) CREATE (a)-[:SPOKE_AT {id: 's3', talkTitle: '匠心'}]->(b)",
    "MATCH (a:Event {id: 'e1'}), (b:Organization {id: 'o1'}) CREATE (a)-[:ORGANIZED_BY {id: 'ob1'}]->(b)",
    "MATCH (a:Event {id: 'e1'}), (b:Place {id: 'pl1'}) CREATE (a)-[:HELD_AT {id: 'ha1'}]->(b)",
    "MATCH (a:Person {id: 'p1'}), (b:Article {id: 'a1'}) CREATE (a)-[:REPORTED {id: 'r1'}]->(b)",
  ];
}

function readingQueries(): string[] {
  const text = readFileSync(path.join(here, "testdata", "reading-queries.txt"), "utf8");
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (/^\s/.test(line) && out.length > 0) out[out.length - 1] += `\n${line}`;
    else out.push(line);
  }
  return out;
}

const hasParam = (q: string): boolean => {
  try {
    return lexCypher(q).some((t) => t.kind === "param");
  } catch {
    return true;
  }
};

describe("guard vs kuzu (differential)", () => {
  it("a generated corpus of comment, string, escape, number and name edge cases reads as kuzu reads it", () => {
    const cases = generateCorpus(6000);
    const r = checkAgainstKuzu(cases, [], () => true);
    // Enough accepted cases for the comparison to mean something, in every family.
    expect(r.accepted).toBeGreaterThan(1500);
    expect(r.compared).toBeGreaterThan(1400);
    expect(r.crashed).toBe(0);
  }, 240_000);

  it("openCypher TCK queries: refused cleanly, or the same outcome from the rebuilt text", () => {
    const tck = JSON.parse(readFileSync(path.join(here, "testdata", "tck-queries.json"), "utf8")) as {
      queries: { query: string }[];
    };
    const queries = [...new Set(tck.queries.map((q) => q.query))];
    // Every query is accepted or refused with a typed 4xx error, never anything else.
    const accepted = queries.filter((q) => tryGuard(q) !== null);
    expect(accepted.length).toBeGreaterThan(500);
    const nondeterministic = /\b(rand|gen_random_uuid|current_timestamp|current_date|timestamp)\s*\(/i;
    const cases = accepted
      .filter((q) => !nondeterministic.test(q))
      .map((query) => ({ query, spaceable: false }));
    // Without their parameters, queries with `$name` are only prepared (kuzu crashes on some).
    const r = checkAgainstKuzu(cases, [], (q) => !hasParam(q));
    expect(r.compared).toBeGreaterThan(500);
  }, 300_000);

  it("our reading queries are accepted and give the same result from the rebuilt text", () => {
    const queries = readingQueries();
    for (const q of queries) expect(tryGuard(q), q).not.toBeNull();
    const setup = projectSetup();
    const outcomes = runTexts(
      setup,
      queries.map((text) => ({ text, execute: true })),
    );
    const failed = outcomes.flatMap((o, k) => (o?.ok ? [] : [`${queries[k]}: ${o?.error}`]));
    expect(failed).toEqual([]);
    const r = checkAgainstKuzu(
      queries.map((query) => ({ query, spaceable: false })),
      setup,
      () => true,
    );
    expect(r.compared).toBe(queries.length);
  }, 120_000);

  it("the console's example queries and the named read queries pass the guard unchanged in meaning", () => {
    const examples = EXAMPLE_QUERIES.map((e) => e.query);
    const named = listQueryNames()
      .map((n) => loadQuery(n, "kuzu"))
      .filter((q) => !/\b(CREATE|MERGE|SET|DELETE)\b/.test(q));
    for (const q of [...examples, ...named]) expect(tryGuard(q), q).not.toBeNull();
    const r = checkAgainstKuzu(
      [...examples, ...named].map((query) => ({ query, spaceable: false })),
      projectSetup(),
      (q) => !hasParam(q),
    );
    expect(r.compared).toBe(examples.length + named.length);
  }, 120_000);
});
