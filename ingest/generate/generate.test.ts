/**
 * Tests of the corpus generator: determinism, gold/text consistency, streaming, and that
 * the shipped demo corpus (samples/corpus) equals a fresh generation with its documented
 * command, and shares no names with the user's seed page.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "./index.ts";
import type { GeneratedPage } from "./types.ts";
import { PAGE_FILE, writeCorpus } from "./write-corpus.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const samplesDir = path.join(repoRoot, "samples/corpus");
const sharedDir = path.resolve(repoRoot, "../shared");

/** The documented command in samples/README.md: --articles 300 --seed 1. */
const SAMPLE_ARGS = { articles: 300, seed: 1 };

function all(articles: number, seed: number): GeneratedPage[] {
  return [...generateCorpus({ articles, seed })];
}

function serialise(pages: GeneratedPage[]): string {
  return pages.map((p) => `${p.file}\n${p.text}\n${JSON.stringify(p.gold)}`).join("\n");
}

/** Page text with name padding (`李  明`) undone, as a reader of the byline would. */
function unpadded(text: string): string {
  return text.replace(/(\p{Script=Han}) {2}(\p{Script=Han})/gu, "$1$2");
}

describe("generateCorpus", () => {
  it("is deterministic: same seed gives the same bytes, another seed different ones", () => {
    const a = serialise(all(60, 7));
    expect(serialise(all(60, 7))).toBe(a);
    expect(serialise(all(60, 8))).not.toBe(a);
  });

  it("yields exactly the requested number of articles, 1–6 per page, or a fixed count", () => {
    let articles = 0;
    const files = new Set<string>();
    for (const page of generateCorpus({ articles: 503, seed: 2 })) {
      expect(page.gold.length).toBeGreaterThanOrEqual(1);
      expect(page.gold.length).toBeLessThanOrEqual(6);
      expect(page.file).toMatch(PAGE_FILE);
      files.add(page.file);
      articles += page.gold.length;
    }
    expect(articles).toBe(503);
    const fixed = all(10, 2).map((p) => p.gold.length);
    expect(fixed.reduce((s, n) => s + n, 0)).toBe(10);
    expect(
      [...generateCorpus({ articles: 10, seed: 2, articlesPerPage: 4 })].map((p) => p.gold.length),
    ).toEqual([4, 4, 2]);
  });

  it("streams: the first page of a ten-million-article corpus comes without generating the rest", () => {
    const it = generateCorpus({ articles: 10_000_000, seed: 3 })[Symbol.iterator]();
    const first = it.next();
    expect(first.done).toBe(false);
    expect(first.value?.gold.length).toBeGreaterThan(0);
    it.return?.(undefined);
  });

  it("gold agrees with the text of its page", () => {
    const pages = all(400, 4);
    let persons = 0;
    let withoutHonourees = 0;
    for (const page of pages) {
      const text = unpadded(page.text);
      for (const a of page.gold) {
        expect(a.file).toBe(page.file);
        expect(text).toContain(a.title);
        const keys = new Set(a.events.map((e) => e.key));
        for (const e of a.events) {
          expect(text).toContain(e.name);
          for (const v of e.venue) expect(text).toContain(v[0]);
          for (const o of e.organizers) expect(text.replace(/,/g, "，")).toContain(o.org[0]);
        }
        for (const p of a.persons) {
          persons++;
          expect(text).toContain(p.name);
          expect(p.honours.length).toBeGreaterThan(0);
          for (const e of p.employers) expect(text).toContain(e[0]);
          for (const k of p.spokeAt) expect(keys.has(k)).toBe(true);
          for (const alias of p.aliases) expect(text).toContain(`“${alias}”`);
          if (p.talkTitle) expect(text).toContain(`《${p.talkTitle}》`);
        }
        for (const c of a.collectives) {
          expect(text).toContain(c.name[0]);
          for (const k of c.spokeAt) expect(keys.has(k)).toBe(true);
        }
        for (const r of [...a.reporters, ...a.photographers]) expect(text).toContain(r);
        if (a.persons.length === 0) withoutHonourees++;
      }
    }
    expect(persons).toBeGreaterThan(300);
    expect(withoutHonourees).toBeGreaterThan(0);
  });

  it("has people who recur across articles", () => {
    const counts = new Map<string, number>();
    for (const page of all(300, 1))
      for (const a of page.gold) for (const p of a.persons) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    const recurring = [...counts.values()].filter((n) => n > 1).length;
    expect(recurring).toBeGreaterThan(50);
  });
});

describe("writeCorpus and the shipped samples", () => {
  it("writes pages and one gold.json whose articles match the pages", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-gen-"));
    try {
      const s = writeCorpus({ articles: 50, seed: 5, out: dir });
      const pages = readdirSync(dir).filter((f) => PAGE_FILE.test(f));
      expect(pages.length).toBe(s.pages);
      const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as {
        articles: { file: string }[];
      };
      expect(gold.articles.length).toBe(50);
      expect(new Set(gold.articles.map((a) => a.file))).toEqual(new Set(pages));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("samples/corpus equals a fresh generation with the documented command", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-gen-"));
    try {
      writeCorpus({ ...SAMPLE_ARGS, out: dir });
      const fresh = readdirSync(dir).sort();
      const shipped = readdirSync(samplesDir)
        .filter((f) => PAGE_FILE.test(f) || f === "gold.json")
        .sort();
      expect(shipped).toEqual(fresh);
      for (const f of fresh)
        expect(readFileSync(path.join(samplesDir, f), "utf8"), f).toBe(
          readFileSync(path.join(dir, f), "utf8"),
        );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const haveShared = existsSync(path.join(sharedDir, "eval/seed-gold.json"));
  it.skipIf(!haveShared && process.env.CI !== "true")(
    "samples share no person, organisation or event with the seed page",
    () => {
      type SeedArticle = {
        reporters: string[];
        photographers: string[];
        persons: { name: string; employers: string[][] }[];
        events: { name: string; venue: string[][]; organizers: { org: string[] }[] }[];
        collectives: { name: string[] }[];
      };
      const seed = JSON.parse(readFileSync(path.join(sharedDir, "eval/seed-gold.json"), "utf8")) as {
        articles: SeedArticle[];
      };
      const forbidden = new Set<string>();
      for (const a of seed.articles) {
        for (const n of [...a.reporters, ...a.photographers]) forbidden.add(n);
        for (const p of a.persons) {
          forbidden.add(p.name);
          for (const e of p.employers) for (const s of e) forbidden.add(s);
        }
        for (const e of a.events) {
          forbidden.add(e.name);
          for (const v of e.venue) for (const s of v) forbidden.add(s);
          for (const o of e.organizers) for (const s of o.org) forbidden.add(s);
        }
        for (const c of a.collectives) for (const s of c.name) forbidden.add(s);
      }
      const text = readdirSync(samplesDir)
        .filter((f) => PAGE_FILE.test(f))
        .map((f) => unpadded(readFileSync(path.join(samplesDir, f), "utf8")))
        .join("\n");
      expect([...forbidden].filter((s) => text.includes(s))).toEqual([]);
    },
  );
});
