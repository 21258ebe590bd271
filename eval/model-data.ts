/**
 * Training data of the attachment model: each real dev text read by the rules
 * (`draftArticle`), its candidates labelled against the gold with the scorer's normalisation
 * (a person and a value each among the gold's accepted spellings; a speech's event aligned to
 * a gold event as score.mjs aligns them, by longest common substring ≥ 0.5).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type ArticleDraft, draftArticle, draftCandidates, finishArticle } from "../ingest/extract/index.ts";
import type { Candidate, ModelRelation } from "../ingest/extract/model/candidates.ts";
import { readDocument } from "../ingest/read/index.ts";
import { segmentByRegion } from "../ingest/segment-by-region.ts";
import { alignedIndex } from "./align.ts";
import { type GoldArticleIn, spellingsOf } from "./gold-types.ts";
import { norm } from "./scorer.ts";
import { honourHoldersOnly, sha256Of } from "./sets.ts";

export interface LabelledCandidate {
  candidate: Candidate;
  label: 0 | 1;
}

export interface ModelDoc {
  id: string;
  gold: GoldArticleIn[];
  drafts: ArticleDraft[];
  /** Index of the draft that stands for the gold article (-1: none). */
  aligned: number;
  /** Candidates of every draft of the text, labelled (other drafts' facts are spurious). */
  examples: LabelledCandidate[];
  /** Gold tuples per relation (persons only; collectives are not the model's). */
  goldCount: Record<ModelRelation, number>;
}

function lcsRatio(a0: string, b0: string): number {
  const a = norm(a0);
  const b = norm(b0);
  if (!a || !b) return 0;
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
      diag = keep;
    }
  }
  return best / Math.max(a.length, b.length);
}

/** Predicted event key → gold event key, greedy by name overlap as score.mjs does. */
function alignEvents(gold: GoldArticleIn, draft: ArticleDraft): Map<string, string> {
  const pairs: [number, number, number][] = [];
  const ge = gold.events ?? [];
  ge.forEach((g, gi) => {
    draft.events.forEach((p, pi) => {
      const r = lcsRatio(g.name, p.name);
      if (r >= 0.5) pairs.push([r, gi, pi]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0]);
  const map = new Map<string, string>();
  const used = new Set<number>();
  for (const [, gi, pi] of pairs) {
    const pk = draft.events[pi]!.key;
    if (map.has(pk) || used.has(gi)) continue;
    map.set(pk, ge[gi]!.key);
    used.add(gi);
  }
  return map;
}

const any = (spellings: string | string[], v: string) => spellingsOf(spellings).map(norm).includes(norm(v));

/** The label of a candidate of the draft that stands for `gold`. */
export function labelOf(c: Candidate, gold: GoldArticleIn, events: Map<string, string>): 0 | 1 {
  const persons = (gold.persons ?? []).filter((p) => any(p.name, c.name));
  for (const p of persons) {
    if (c.rel === "HAS_HONOUR" && (p.honours ?? []).some((h) => any(h, c.value))) return 1;
    if (c.rel === "WORKS_FOR" && (p.employers ?? []).some((e) => any(e, c.value))) return 1;
    if (c.rel === "SPOKE_AT") {
      const key = events.get(c.value);
      if (key !== undefined && (p.spokeAt ?? []).includes(key)) return 1;
    }
  }
  return 0;
}

export function goldCounts(gold: readonly GoldArticleIn[]): Record<ModelRelation, number> {
  const n = { HAS_HONOUR: 0, WORKS_FOR: 0, SPOKE_AT: 0 };
  for (const a of gold)
    for (const p of a.persons ?? []) {
      n.HAS_HONOUR += (p.honours ?? []).length;
      n.WORKS_FOR += (p.employers ?? []).length;
      n.SPOKE_AT += (p.spokeAt ?? []).length;
    }
  return n;
}

interface RealJson {
  id: string;
  source: { sha256: string };
  gold: { articles: GoldArticleIn[] };
}

/** Reads, drafts and labels one text against its gold articles. */
export async function modelDoc(id: string, textFile: string, goldIn: GoldArticleIn[]): Promise<ModelDoc> {
  const { articles: gold } = honourHoldersOnly(goldIn);
  const doc = await readDocument(textFile);
  const drafts = segmentByRegion(doc).map(draftArticle);
  const rulesOnly = drafts.map((d) => finishArticle(d, null));
  const g = gold[0];
  const aligned = g ? alignedIndex(g, rulesOnly) : -1;
  const examples: LabelledCandidate[] = [];
  drafts.forEach((d, i) => {
    const events = i === aligned && g ? alignEvents(g, d) : new Map<string, string>();
    const labelled = draftCandidates(d).map((c) => ({
      candidate: c,
      label: i === aligned && g ? labelOf(c, g, events) : (0 as const),
    }));
    // Employers and talks of people who are no honourees (by the rules or the gold) never
    // reach the output: they teach the model nothing about the facts it decides.
    const honourees = new Set(
      labelled
        .filter((e) => e.candidate.rel === "HAS_HONOUR" && (e.candidate.rule !== null || e.label === 1))
        .map((e) => e.candidate.person),
    );
    for (const e of labelled)
      if (e.candidate.rel === "HAS_HONOUR" || honourees.has(e.candidate.person)) examples.push(e);
  });
  return { id, gold, drafts, aligned, examples, goldCount: goldCounts(gold) };
}

/**
 * Every real text of `dir` (laid out as eval/real: dev/*.json, texts/*.txt) whose text is
 * present and agrees with its hash; `accept` picks ids.
 */
export async function loadModelDocs(
  realDir: string,
  part: "dev",
  accept: (id: string) => boolean = () => true,
): Promise<{ docs: ModelDoc[]; missing: string[] }> {
  const dir = path.join(realDir, part);
  const docs: ModelDoc[] = [];
  const missing: string[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const j = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as RealJson;
    const id = j.id ?? f.replace(/\.json$/, "");
    if (!accept(id)) continue;
    const text = path.join(realDir, "texts", `${id}.txt`);
    if (!existsSync(text) || sha256Of(text) !== j.source?.sha256) {
      missing.push(id);
      continue;
    }
    docs.push(await modelDoc(id, text, j.gold.articles));
  }
  return { docs, missing };
}
