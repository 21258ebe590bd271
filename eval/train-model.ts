/**
 * `npm run train-model -- [--folds 5] [--hold dev-f] [--fresh dev-f] [--precision 0.9] [--relations R,R] [--write]`
 * Trains the attachment model (ingest/extract/model/) on the real dev gold and the git-ignored
 * texts of eval/real/texts, and measures it honestly: k-fold cross-validation over dev
 * articles (train on k−1 folds, decide the held-out fold), scored with the official scorer
 * against the rules alone on the same articles; articles whose id starts with `--hold` are never
 * trained on and are scored apart; `--fresh` runs a nested cross-validation on one batch.
 * Thresholds are chosen on the pooled cross-validated probabilities: the best F1 whose precision
 * reaches `--precision`. `--write` writes the weights trained on every article not held out.
 * See eval/README.md.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { finishArticle } from "../ingest/extract/index.ts";
import type { AttachmentModel, RelationModel } from "../ingest/extract/model/attach.ts";
import { MODEL_RELATIONS, type ModelRelation } from "../ingest/extract/model/candidates.ts";
import { predict, train } from "../ingest/extract/model/logistic.ts";
import { toGoldArticle } from "../ingest/extract/to-gold.ts";
import { alignToGold } from "./align.ts";
import { articleId } from "./evaluate.ts";
import { loadModelDocs, type ModelDoc } from "./model-data.ts";
import { runIfMain } from "./run-main.ts";
import { RELATIONS, runScorer, type ScoreResult } from "./scorer.ts";
import { defaultPaths, scorerPath } from "./sets.ts";

export const TRAIN_USAGE = `usage: npm run train-model -- [--folds K] [--hold PREFIX] [--fresh PREFIX] [--precision P]
                            [--relations HAS_HONOUR,WORKS_FOR,SPOKE_AT] [--write] [--out FILE]
                            [--real-dir DIR] [--json]`;

export const DEFAULT_WEIGHTS = path.join(defaultPaths().repoRoot, "ingest/extract/model/weights.json");

/** Fits one model per relation on the docs' labelled candidates (add at 0.5, keep every rule fact). */
export function fitModel(docs: readonly ModelDoc[], relations: readonly ModelRelation[]): AttachmentModel {
  const model: AttachmentModel = { version: 1, relations: {} };
  for (const rel of relations) {
    const ex = docs.flatMap((d) =>
      d.examples
        .filter((e) => e.candidate.rel === rel)
        .map((e) => ({ features: e.candidate.features, label: e.label })),
    );
    if (ex.length === 0) continue;
    model.relations[rel] = { ...train(ex), threshold: 0.5, keep: 0, active: true };
  }
  return model;
}

export interface Threshold {
  /** Generic candidates are added at or above this. */
  threshold: number;
  /** Rule facts are kept at or above this. */
  keep: number;
  precision: number;
  recall: number;
  f1: number;
}

const KEEP_GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];
/** The F1 gain (candidate level) that dropping rule facts must bring over keeping them all. */
const DROP_MARGIN = 0.01;

/** The best-F1 threshold for generic candidates with rule facts kept at ≥ keep (null: none reaches target). */
function bestWithKeep(
  scored: readonly { p: number; label: number; rule: boolean }[],
  generic: readonly { p: number; label: number }[],
  gold: number,
  target: number,
  keep: number,
): Threshold | null {
  let tp = 0;
  let fp = 0;
  for (const x of scored)
    if (x.rule && x.p >= keep) {
      if (x.label === 1) tp++;
      else fp++;
    }
  let best: Threshold | null = null;
  const consider = (threshold: number) => {
    const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
    const recall = gold > 0 ? Math.min(1, tp / gold) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    if (precision >= target && (!best || f1 > best.f1 + 1e-9))
      best = { threshold, keep, precision, recall, f1 };
  };
  consider(1.01);
  for (let i = 0; i < generic.length; i++) {
    if (generic[i]!.label === 1) tp++;
    else fp++;
    if (i + 1 < generic.length && generic[i + 1]!.p === generic[i]!.p) continue;
    consider(generic[i]!.p);
  }
  return best;
}

/**
 * The best-F1 pair of thresholds (add generic candidates at ≥ threshold, keep rule facts at ≥
 * keep) whose precision reaches `target` (else the best F1 at any precision), over scored
 * examples. Dropping rule facts must gain DROP_MARGIN of F1 over keeping them all.
 */
export function chooseThreshold(
  scored: readonly { p: number; label: number; rule: boolean }[],
  gold: number,
  target: number,
): Threshold {
  const generic = scored.filter((x) => !x.rule).sort((a, b) => b.p - a.p);
  for (const t of [target, 0]) {
    const noDrop = bestWithKeep(scored, generic, gold, t, 0);
    let best = noDrop;
    for (const keep of KEEP_GRID.slice(1)) {
      const x = bestWithKeep(scored, generic, gold, t, keep);
      if (x && (!best || x.f1 > best.f1 + 1e-9)) best = x;
    }
    if (best && noDrop && best.keep > 0 && best.f1 < noDrop.f1 + DROP_MARGIN) best = noDrop;
    if (best) return best;
  }
  return { threshold: 1.01, keep: 0, precision: 1, recall: 0, f1: 0 };
}

function folds<T extends { id: string }>(docs: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: k }, () => []);
  const sorted = [...docs].sort((a, b) => a.id.localeCompare(b.id));
  for (let i = 0; i < sorted.length; i++) out[i % k]!.push(sorted[i]!);
  return out;
}

/** The docs scored with the official scorer, each decided by `modelOf(doc)` (null: rules only). */
export function scoreDocs(
  docs: readonly ModelDoc[],
  modelOf: (d: ModelDoc) => AttachmentModel | null,
  scorer: string,
): ScoreResult {
  const gold = docs.flatMap((d) => d.gold.map((a) => ({ ...a, title: articleId(d.id, a.title) })));
  const pred = docs.flatMap((d) => {
    const m = modelOf(d);
    const x = alignToGold(
      d.gold,
      d.drafts.map((dr) => finishArticle(dr, m)),
    );
    return x.map((a) => ({ ...a, title: articleId(d.id, a.title) }));
  });
  return runScorer(scorer, { articles: gold }, { articles: pred.map(toGoldArticle) }, { skip: ["ARTICLE"] });
}

export interface CrossValidation {
  thresholds: Record<string, Threshold>;
  rules: ScoreResult;
  model: ScoreResult;
  folds: number;
  docs: number;
}

/** k-fold cross-validation over docs: thresholds from the pooled held-out probabilities. */
export function crossValidate(
  docs: readonly ModelDoc[],
  k: number,
  target: number,
  relations: readonly ModelRelation[],
  scorer: string,
): CrossValidation {
  const parts = folds(docs, Math.min(k, docs.length));
  const foldModel = new Map<string, AttachmentModel>();
  const pooled = new Map<ModelRelation, { p: number; label: number; rule: boolean }[]>();
  for (const part of parts) {
    const ids = new Set(part.map((d) => d.id));
    const m = fitModel(
      docs.filter((d) => !ids.has(d.id)),
      relations,
    );
    for (const d of part) {
      foldModel.set(d.id, m);
      for (const e of d.examples) {
        const rm = m.relations[e.candidate.rel];
        if (!rm) continue;
        const list = pooled.get(e.candidate.rel) ?? [];
        list.push({ p: predict(rm, e.candidate.features), label: e.label, rule: e.candidate.rule !== null });
        pooled.set(e.candidate.rel, list);
      }
    }
  }
  const thresholds: Record<string, Threshold> = {};
  for (const rel of relations) {
    const gold = docs.reduce((n, d) => n + d.goldCount[rel], 0);
    thresholds[rel] = chooseThreshold(pooled.get(rel) ?? [], gold, target);
  }
  const withThresholds = (m: AttachmentModel): AttachmentModel => ({
    ...m,
    relations: Object.fromEntries(
      Object.entries(m.relations).map(([rel, rm]) => [
        rel,
        { ...rm, threshold: thresholds[rel]!.threshold, keep: thresholds[rel]!.keep },
      ]),
    ) as Partial<Record<ModelRelation, RelationModel>>,
  });
  const decided = new Map([...foldModel].map(([id, m]) => [id, withThresholds(m)]));
  return {
    thresholds,
    rules: scoreDocs(docs, () => null, scorer),
    model: scoreDocs(docs, (d) => decided.get(d.id) ?? null, scorer),
    folds: parts.length,
    docs: docs.length,
  };
}

/**
 * Nested cross-validation on a fresh batch (ids starting with `prefix`): its articles are dealt
 * into k folds; each fold is decided by a model trained on every other article (the rest of the
 * dev set and the other folds of the batch), with thresholds chosen on the other folds' pooled
 * out-of-fold probabilities only. The batch's figures then say what the model does on articles
 * like the ones the rules were not tuned on, with nothing chosen on the fold it decides.
 */
export function freshValidate(
  docs: readonly ModelDoc[],
  prefix: string,
  k: number,
  target: number,
  relations: readonly ModelRelation[],
  scorer: string,
): { rules: ScoreResult; model: ScoreResult; articles: number } | null {
  const fresh = docs.filter((d) => d.id.startsWith(prefix));
  if (fresh.length < 2) return null;
  const parts = folds(fresh, Math.min(k, fresh.length));
  const models = parts.map((part) => {
    const ids = new Set(part.map((d) => d.id));
    return fitModel(
      docs.filter((d) => !ids.has(d.id)),
      relations,
    );
  });
  const scored = parts.map((part, f) =>
    part.flatMap((d) =>
      d.examples.flatMap((e) => {
        const rm = models[f]!.relations[e.candidate.rel];
        return rm
          ? [
              {
                rel: e.candidate.rel,
                p: predict(rm, e.candidate.features),
                label: e.label,
                rule: e.candidate.rule !== null,
              },
            ]
          : [];
      }),
    ),
  );
  const decided = new Map<string, AttachmentModel>();
  parts.forEach((part, f) => {
    const others = parts.filter((_, g) => g !== f).flat();
    const relationsOf: Partial<Record<ModelRelation, RelationModel>> = {};
    for (const rel of relations) {
      const rm = models[f]!.relations[rel];
      if (!rm) continue;
      const pool = scored.filter((_, g) => g !== f).flatMap((x) => x.filter((y) => y.rel === rel));
      const t = chooseThreshold(
        pool,
        others.reduce((n, d) => n + d.goldCount[rel], 0),
        target,
      );
      relationsOf[rel] = { ...rm, threshold: t.threshold, keep: t.keep };
    }
    for (const d of part) decided.set(d.id, { ...models[f]!, relations: relationsOf });
  });
  return {
    rules: scoreDocs(fresh, () => null, scorer),
    model: scoreDocs(fresh, (d) => decided.get(d.id) ?? null, scorer),
    articles: fresh.length,
  };
}

const fx = (n: number) => n.toFixed(3);

/** The cross-validated F1 gain over the rules alone that switches a relation's model on. */
export const ACTIVATE_GAIN = 0.005;

function compareTable(title: string, rules: ScoreResult, model: ScoreResult): string[] {
  const out = [title, `  ${"relation".padEnd(14)} rules P / R / F1        model P / R / F1`];
  const row = (name: string, a: ScoreResult["micro"], b: ScoreResult["micro"]) =>
    `  ${name.padEnd(14)} ${fx(a.precision)} ${fx(a.recall)} ${fx(a.f1)}     ${fx(b.precision)} ${fx(b.recall)} ${fx(b.f1)}`;
  for (const rel of RELATIONS)
    if (rel !== "ARTICLE") out.push(row(rel, rules.relations[rel], model.relations[rel]));
  out.push(row("micro w/o ART", rules.micro, model.micro));
  return out;
}

export interface TrainOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the tool on `argv`; output is returned, not printed (tests call this). */
export async function runTrain(argv: string[]): Promise<TrainOutput> {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (e) {
    return { code: 2, stdout: "", stderr: `${e instanceof Error ? e.message : String(e)}\n${TRAIN_USAGE}\n` };
  }
  if (values.help) return { code: 0, stdout: `${TRAIN_USAGE}\n`, stderr: "" };
  const paths = defaultPaths();
  const realDir = path.resolve(values["real-dir"] ?? paths.realDir);
  const k = Number(values.folds ?? 5);
  const target = Number(values.precision ?? 0.9);
  const hold = values.hold ?? "";
  const relations = (values.relations ?? MODEL_RELATIONS.join(","))
    .split(",")
    .filter(Boolean) as ModelRelation[];
  for (const r of relations)
    if (!(MODEL_RELATIONS as readonly string[]).includes(r))
      return { code: 2, stdout: "", stderr: `unknown relation ${r} (${MODEL_RELATIONS.join(", ")})\n` };
  const scorer = scorerPath(paths);
  const all = await loadModelDocs(realDir, "dev");
  const held = hold ? all.docs.filter((d) => d.id.startsWith(hold)) : [];
  const docs = hold ? all.docs.filter((d) => !d.id.startsWith(hold)) : all.docs;
  const stderr =
    all.missing.length > 0 ? [`${all.missing.length} dev text(s) missing or changed, left out`] : [];
  if (docs.length < 2)
    return { code: 2, stdout: "", stderr: `${[...stderr, "fewer than 2 dev texts present"].join("\n")}\n` };

  const cv = crossValidate(docs, k, target, relations, scorer);
  const final = fitModel(docs, relations);
  for (const rel of relations) {
    const rm = final.relations[rel];
    if (rm) {
      rm.threshold = Math.round(cv.thresholds[rel]!.threshold * 1e4) / 1e4;
      rm.keep = cv.thresholds[rel]!.keep;
    }
  }
  const heldOut =
    held.length > 0
      ? { rules: scoreDocs(held, () => null, scorer), model: scoreDocs(held, () => final, scorer) }
      : null;
  // A relation is switched on only where cross-validation scores it above the rules alone.
  const active: string[] = [];
  for (const rel of relations) {
    const rm = final.relations[rel];
    if (!rm) continue;
    rm.active = cv.model.relations[rel].f1 >= cv.rules.relations[rel].f1 + ACTIVATE_GAIN;
    if (rm.active) active.push(rel);
  }
  const examples = docs.reduce((n, d) => n + d.examples.length, 0);
  final.trainedOn = `${docs.length} real dev articles (${examples} candidates), ${cv.folds}-fold CV thresholds for precision ${target}${hold ? `, ${hold}* held out` : ""}`;

  const lines = [
    `${docs.length} dev article(s), ${examples} candidate(s); ${cv.folds}-fold cross-validation, precision target ${target}`,
    "  thresholds (candidate level, pooled CV):",
    ...relations.map((r) => {
      const t = cv.thresholds[r]!;
      return `    ${r.padEnd(11)} add p ≥ ${t.threshold.toFixed(3)}, keep rule facts p ≥ ${t.keep.toFixed(2)}  P ${fx(t.precision)} R ${fx(t.recall)} F1 ${fx(t.f1)}`;
    }),
    ...compareTable(
      "== cross-validated, scored by score.mjs (rules alone vs rules + model)",
      cv.rules,
      cv.model,
    ),
  ];
  if (heldOut)
    lines.push(
      ...compareTable(
        `== held out (${held.length} article(s) ${hold}*: never trained on)`,
        heldOut.rules,
        heldOut.model,
      ),
    );
  if (values.fresh) {
    const fresh = freshValidate(all.docs, values.fresh, k, target, relations, scorer);
    if (fresh)
      lines.push(
        ...compareTable(
          `== fresh batch ${values.fresh}* (${fresh.articles} article(s)), nested ${Math.min(k, fresh.articles)}-fold: trained on everything else, thresholds from the other folds`,
          fresh.rules,
          fresh.model,
        ),
      );
    else lines.push(`== fresh batch ${values.fresh}*: fewer than 2 articles present`);
  }
  lines.push(
    `switched on (cross-validated F1 ≥ rules + ${ACTIVATE_GAIN}): ${active.length > 0 ? active.join(", ") : "none: extraction keeps the rules' facts"}`,
  );
  if (values.write) {
    const out = path.resolve(values.out ?? DEFAULT_WEIGHTS);
    writeFileSync(out, `${JSON.stringify(final, null, 1)}\n`);
    lines.push(`weights written: ${path.relative(process.cwd(), out) || out}`);
  }
  const stdout = values.json
    ? `${JSON.stringify({ thresholds: cv.thresholds, cv: { rules: cv.rules, model: cv.model }, heldOut, active }, null, 1)}\n`
    : `${lines.join("\n")}\n`;
  return { code: 0, stdout, stderr: stderr.length > 0 ? `${stderr.join("\n")}\n` : "" };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      folds: { type: "string" },
      hold: { type: "string" },
      fresh: { type: "string" },
      precision: { type: "string" },
      relations: { type: "string" },
      write: { type: "boolean" },
      out: { type: "string" },
      "real-dir": { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

runIfMain(import.meta.filename, runTrain);
