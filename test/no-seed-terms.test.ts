/**
 * The seed page is the user's document: its names, units, venues and specific honours must not
 * appear in the repository (code, tests, comments, docs, fixtures). Tests that need them read
 * `../shared` at run time. Generic honours (全国劳动模范, 北京市劳动模范 …) are the genre's own words
 * and are allowed. The real set's gold (`eval/real/{dev,blind}/*.json`) is left out: it holds facts
 * of other papers' articles, each traceable to its source by URL, query and hash, and a real union
 * or company named there may also be named on the seed page.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(import.meta.dirname, "..");
const goldPath = path.resolve(repoRoot, "../shared/eval/seed-gold.json");
const haveGold = existsSync(goldPath);

interface SeedGold {
  articles: {
    events: { venue: string[][]; organizers: { org: string[] }[] }[];
    persons: {
      name: string;
      honours: string[][];
      employers: string[][];
      aliases?: string[];
      talkTitle?: string | null;
    }[];
    collectives?: { name: string[] }[];
  }[];
}

const GENERIC_HONOUR =
  /^(全国|[\u4e00-\u9fff]{2,3}[省市区])?(劳动模范|先进工作者|五一劳动奖章|大国工匠|模范集体|工匠)$/;

function seedTerms(gold: SeedGold): string[] {
  const terms = new Set<string>();
  for (const a of gold.articles) {
    for (const e of a.events) {
      for (const v of e.venue.flat()) terms.add(v);
      for (const o of e.organizers) for (const org of o.org) terms.add(org);
    }
    for (const p of a.persons) {
      terms.add(p.name);
      for (const e of p.employers.flat()) terms.add(e);
      for (const h of p.honours.flat()) if (!GENERIC_HONOUR.test(h)) terms.add(h);
      for (const al of p.aliases ?? []) terms.add(al);
      if (p.talkTitle) terms.add(p.talkTitle.replace(/[“”"《》]/g, ""));
    }
    for (const c of a.collectives ?? []) for (const n of c.name) terms.add(n);
  }
  return [...terms].filter((t) => t.length >= 2);
}

describe.skipIf(!haveGold && process.env.CI !== "true")("no seed terms in the repository", () => {
  it("no tracked file names a person, unit, venue or specific honour of the seed page", () => {
    const terms = seedTerms(JSON.parse(readFileSync(goldPath, "utf8")) as SeedGold);
    expect(terms.length).toBeGreaterThan(20);
    const files = execFileSync("git", ["ls-files"], { cwd: repoRoot, encoding: "utf8" })
      .split("\n")
      .filter((f) => /\.(ts|tsx|mjs|js|md|json|txt|html|css|yml|yaml)$/.test(f))
      .filter((f) => !/^eval\/real\/(dev|blind)\/[^/]+\.json$/.test(f));
    const found: string[] = [];
    for (const f of files) {
      const file = path.join(repoRoot, f);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, "utf8");
      for (const t of terms) if (text.includes(t)) found.push(`${f}: ${t}`);
    }
    expect(found).toEqual([]);
  });
});
