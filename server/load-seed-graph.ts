/**
 * Test helper: ingests the user's seed page (../shared/seed) and samples/corpus with the real
 * pipeline into a fresh embedded store, and reads the seed gold at runtime. Returns null when
 * ../shared is absent (tests then skip, except under CI=true where they must run).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../cypher/open-store.ts";
import type { GraphStore } from "../cypher/store.ts";
import { ingestPaths } from "../ingest/pipeline.ts";
import { type Config, loadConfig } from "../model/config.ts";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const sharedDir = path.resolve(repoRoot, "../shared");
export const seedAvailable = existsSync(path.join(sharedDir, "seed"));
/** describe or describe.skip: skip only when ../shared is absent and CI is not "true". */
export const seedSuiteMode: "run" | "skip" = seedAvailable || process.env.CI === "true" ? "run" : "skip";

export interface GoldOrganizer {
  org: string[];
  role: string | null;
}
export interface GoldEvent {
  key: string;
  name: string;
  venue: string[][];
  date: string | null;
  organizers: GoldOrganizer[];
}
export interface GoldPerson {
  name: string;
  honours: string[][];
  employers: string[][];
  spokeAt: string[];
  talkTitle: string | null;
  aliases: string[];
}
export interface GoldArticle {
  title: string;
  reporters: string[];
  photographers: string[];
  events: GoldEvent[];
  persons: GoldPerson[];
}

export function readSeedGold(): GoldArticle[] {
  const gold = JSON.parse(readFileSync(path.join(sharedDir, "eval", "seed-gold.json"), "utf8")) as {
    articles: GoldArticle[];
  };
  return gold.articles;
}

export interface SeedGraph {
  store: GraphStore;
  config: Config;
  dataDir: string;
  gold: GoldArticle[];
  close(): Promise<void>;
}

/** Ingests seed page(s) + samples/corpus once; the caller closes (store, then folder). */
export async function loadSeedGraph(): Promise<SeedGraph> {
  const seedDir = path.join(sharedDir, "seed");
  const seedFiles = readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(seedDir, f));
  const dataDir = await mkdtemp(path.join(tmpdir(), "laomo-seed-"));
  const config = loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dataDir });
  const store = await openStore(config);
  try {
    await ingestPaths([...seedFiles, path.join(repoRoot, "samples", "corpus")], { store, dataDir });
  } catch (e) {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    store,
    config,
    dataDir,
    gold: readSeedGold(),
    async close() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The first gold person with at least two honours, and the article and event it belongs to. */
export function goldHonouree(gold: GoldArticle[]): {
  person: GoldPerson;
  article: GoldArticle;
  event: GoldEvent;
} {
  for (const article of gold)
    for (const person of article.persons) {
      const event = article.events.find((e) => person.spokeAt.includes(e.key));
      if (person.honours.length >= 2 && event) return { person, article, event };
    }
  throw new Error("seed gold: no person with two honours who spoke at an event");
}

/** The format's loose event-name match: longest common substring ≥ half the longer name. */
export function sameEventName(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  let best = 0;
  const prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let diag = 0;
    for (let j = 1; j <= y.length; j++) {
      const up = prev[j]!;
      prev[j] = x[i - 1] === y[j - 1] ? diag + 1 : 0;
      best = Math.max(best, prev[j]!);
      diag = up;
    }
  }
  return best >= 0.5 * Math.max(x.length, y.length);
}
