/**
 * Evaluation sets: each is a list of documents (an input file or a real text) with the gold
 * articles it holds and the articles the extractor finds in it.
 *   seed        ../shared/seed/* against ../shared/eval/seed-gold.json
 *   fixtures    fixtures/articles/* against fixtures/gold/*.json (each names its `source`)
 *   samples     samples/corpus/*.txt against samples/corpus/gold.json (each article names its `file`)
 *   real-dev    eval/real/dev/<id>.json  + eval/real/texts/<id>.txt (tuned on)
 *   real-blind  eval/real/blind/<id>.json + eval/real/texts/<id>.txt (scored, never tuned on)
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleExtraction } from "../ingest/types.ts";
import { alignToGold } from "./align.ts";
import { extractFile } from "./extract-file.ts";
import type { GoldArticleIn } from "./gold-types.ts";

export const SET_NAMES = ["seed", "fixtures", "samples", "real-dev", "real-blind"] as const;
export type SetName = (typeof SET_NAMES)[number];

export interface EvalPaths {
  repoRoot: string;
  /** ../shared: the seed page, its gold and the scorer. */
  shared: string;
  /** eval/real: dev/, blind/ and texts/. */
  realDir: string;
  /**
   * Score real gold as annotated: keep the speakers without an honour that the annotators
   * listed. By default they are left out, as the project's convention says (persons are
   * honour holders, fixtures/README.md).
   */
  asAnnotated?: boolean;
}

export function defaultPaths(): EvalPaths {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  return {
    repoRoot,
    shared: path.resolve(repoRoot, "../shared"),
    realDir: path.join(repoRoot, "eval/real"),
  };
}

export const scorerPath = (paths: EvalPaths) => path.join(paths.shared, "eval/score.mjs");

export interface EvalDoc {
  /** Names the document in miss lines: the input file or the real id. */
  id: string;
  gold: GoldArticleIn[];
  pred: ArticleExtraction[];
}

export interface EvalSet {
  name: SetName;
  /** A real set: its micro leaves ARTICLE out (the excerpt split is not a fact). */
  real: boolean;
  /** The blind set: figures only unless misses are asked for explicitly. */
  blind: boolean;
  docs: EvalDoc[];
  /** Texts to fetch again: their JSON is there, their text is not. */
  missing: { id: string; query: string }[];
  /** Texts present but not scored (hash mismatch, unreadable). */
  skipped: { id: string; reason: string }[];
  warnings: string[];
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
const jsonFiles = (dir: string) =>
  isDir(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

/** The sets whose gold is present, in the order of SET_NAMES. */
export function presentSets(paths: EvalPaths): SetName[] {
  const present: Record<SetName, boolean> = {
    seed:
      existsSync(path.join(paths.shared, "eval/seed-gold.json")) && isDir(path.join(paths.shared, "seed")),
    fixtures: jsonFiles(path.join(paths.repoRoot, "fixtures/gold")).length > 0,
    samples: existsSync(path.join(paths.repoRoot, "samples/corpus/gold.json")),
    "real-dev": jsonFiles(path.join(paths.realDir, "dev")).length > 0,
    "real-blind": jsonFiles(path.join(paths.realDir, "blind")).length > 0,
  };
  return SET_NAMES.filter((s) => present[s]);
}

/** `real` stands for real-dev and real-blind; unknown names throw. */
export function expandSetNames(list: string): SetName[] {
  const out: SetName[] = [];
  for (const raw of list.split(",").map((s) => s.trim())) {
    if (!raw) continue;
    const names: string[] = raw === "real" ? ["real-dev", "real-blind"] : [raw];
    for (const n of names) {
      if (!(SET_NAMES as readonly string[]).includes(n))
        throw new Error(`unknown set "${raw}" (sets: ${SET_NAMES.join(", ")}, real)`);
      if (!out.includes(n as SetName)) out.push(n as SetName);
    }
  }
  return out;
}

function emptySet(name: SetName): EvalSet {
  const real = name.startsWith("real-");
  return { name, real, blind: name === "real-blind", docs: [], missing: [], skipped: [], warnings: [] };
}

async function extractOrWarn(set: EvalSet, file: string, id: string): Promise<ArticleExtraction[]> {
  try {
    const x = await extractFile(file);
    for (const w of x.warnings) set.warnings.push(`${id}: ${w}`);
    return x.articles;
  } catch (e) {
    set.warnings.push(`${id}: not extracted: ${e instanceof Error ? e.message : String(e)}`);
    return [];
  }
}

async function loadSeed(paths: EvalPaths): Promise<EvalSet> {
  const set = emptySet("seed");
  const gold = readJson<{ articles: GoldArticleIn[] }>(path.join(paths.shared, "eval/seed-gold.json"));
  const dir = path.join(paths.shared, "seed");
  const pred: ArticleExtraction[] = [];
  for (const f of readdirSync(dir).sort())
    pred.push(...(await extractOrWarn(set, path.join(dir, f), `seed/${f}`)));
  // The seed gold does not say which file an article is printed on: the page is one document.
  set.docs.push({ id: "seed", gold: gold.articles, pred });
  return set;
}

async function loadFixtures(paths: EvalPaths): Promise<EvalSet> {
  const set = emptySet("fixtures");
  const goldDir = path.join(paths.repoRoot, "fixtures/gold");
  for (const f of jsonFiles(goldDir)) {
    const gold = readJson<{ source: string; articles: GoldArticleIn[] }>(path.join(goldDir, f));
    const input = path.resolve(goldDir, gold.source);
    const id = path.basename(input);
    set.docs.push({ id, gold: gold.articles, pred: await extractOrWarn(set, input, id) });
  }
  return set;
}

async function loadSamples(paths: EvalPaths): Promise<EvalSet> {
  const set = emptySet("samples");
  const dir = path.join(paths.repoRoot, "samples/corpus");
  const gold = readJson<{ articles: (GoldArticleIn & { file?: string })[] }>(path.join(dir, "gold.json"));
  const byFile = new Map<string, GoldArticleIn[]>();
  for (const { file, ...a } of gold.articles) {
    const key = file ?? "";
    byFile.set(key, [...(byFile.get(key) ?? []), a]);
  }
  const inputs = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (const f of inputs) {
    set.docs.push({ id: f, gold: byFile.get(f) ?? [], pred: await extractOrWarn(set, path.join(dir, f), f) });
    byFile.delete(f);
  }
  for (const [file, articles] of byFile)
    set.warnings.push(`samples gold names ${articles.length} article(s) on "${file}", which is not there`);
  return set;
}

interface RealJson {
  id: string;
  source: { query: string; sha256: string };
  gold: { articles: GoldArticleIn[] };
}

/**
 * The project's convention (fixtures/README.md, the seed gold): persons are the people holding an
 * individual honour. The real set's annotators also listed speakers without one; they are left
 * out here (with the facts that hang on them) unless asked for as annotated.
 */
export function honourHoldersOnly(articles: GoldArticleIn[]): { articles: GoldArticleIn[]; dropped: number } {
  let dropped = 0;
  const out = articles.map((a) => {
    const persons = (a.persons ?? []).filter((p) => (p.honours ?? []).length > 0);
    dropped += (a.persons ?? []).length - persons.length;
    return { ...a, persons };
  });
  return { articles: out, dropped };
}

export const sha256Of = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** One part of the real set; scores whatever texts are present and agree with their hash. */
async function loadReal(paths: EvalPaths, name: "real-dev" | "real-blind"): Promise<EvalSet> {
  const set = emptySet(name);
  const dir = path.join(paths.realDir, name === "real-dev" ? "dev" : "blind");
  let dropped = 0;
  for (const f of jsonFiles(dir)) {
    let j: RealJson;
    try {
      j = readJson<RealJson>(path.join(dir, f));
      if (!Array.isArray(j.gold?.articles)) throw new Error("no gold.articles");
    } catch (e) {
      const reason = `unreadable JSON: ${e instanceof Error ? e.message : String(e)}`;
      set.skipped.push({ id: f, reason });
      set.warnings.push(`${f}: skipped: ${reason}`);
      continue;
    }
    const id = j.id ?? f.replace(/\.json$/, "");
    const text = path.join(paths.realDir, "texts", `${id}.txt`);
    if (!existsSync(text)) {
      set.missing.push({ id, query: j.source?.query ?? "" });
      continue;
    }
    const hash = sha256Of(text);
    if (hash !== j.source?.sha256) {
      const reason = `sha256 ${hash.slice(0, 12)}… differs from source.sha256 ${String(j.source?.sha256).slice(0, 12)}…`;
      set.skipped.push({ id, reason });
      set.warnings.push(`${id}: text skipped: ${reason} (not the annotated text; fetch it again)`);
      continue;
    }
    const pred = await extractOrWarn(set, text, id);
    const { articles: gold, dropped: d } = paths.asAnnotated
      ? { articles: j.gold.articles, dropped: 0 }
      : honourHoldersOnly(j.gold.articles);
    dropped += d;
    set.docs.push({ id, gold, pred: alignToGold(gold, pred) });
  }
  if (dropped > 0)
    set.warnings.push(
      `${dropped} annotated person(s) without an honour left out (persons are honour holders; --as-annotated keeps them)`,
    );
  return set;
}

export async function loadSet(name: SetName, paths: EvalPaths): Promise<EvalSet> {
  switch (name) {
    case "seed":
      return loadSeed(paths);
    case "fixtures":
      return loadFixtures(paths);
    case "samples":
      return loadSamples(paths);
    case "real-dev":
    case "real-blind":
      return loadReal(paths, name);
  }
}
