/**
 * The official scorer (../shared/eval/score.mjs), run as a child process on one gold/pred pair.
 * Nothing here matches facts: every figure and every miss line comes from the scorer.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const RELATIONS = [
  "ARTICLE",
  "REPORTED",
  "PHOTOGRAPHED",
  "HAS_HONOUR",
  "WORKS_FOR",
  "SPOKE_AT",
  "ORGANIZED_BY",
  "HELD_AT",
] as const;
export type Relation = (typeof RELATIONS)[number];

export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreResult {
  relations: Record<Relation, Figures>;
  /** Micro-average over the relations not skipped. */
  micro: Figures;
  /** `- REL where: tuple` (missed) and `+ REL where: tuple` (spurious), `± ARTICLE title`. */
  misses: string[];
}

/** Gold or prediction in the format of ../shared/eval/FORMAT.md. */
export interface ScoreInput {
  articles: unknown[];
}

export function runScorer(
  scorerPath: string,
  gold: ScoreInput,
  pred: ScoreInput,
  options: { skip?: readonly string[] } = {},
): ScoreResult {
  const dir = mkdtempSync(path.join(tmpdir(), "laomo-eval-"));
  try {
    const goldPath = path.join(dir, "gold.json");
    const predPath = path.join(dir, "pred.json");
    writeFileSync(goldPath, JSON.stringify(gold));
    writeFileSync(predPath, JSON.stringify(pred));
    const args = [scorerPath, goldPath, predPath, "--json"];
    if (options.skip && options.skip.length > 0) args.push("--skip", options.skip.join(","));
    const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`scorer exited ${run.status}: ${run.stderr.trim()}`);
    return JSON.parse(run.stdout) as ScoreResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The scorer's value normalisation (NFKC, no white space or quotes), used only to key miss lines
 * back to predicted tuples and titles; matching itself is the scorer's.
 */
export function norm(s: unknown): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(/[\s"'“”‘’「」『』《》〈〉]/g, "");
}

export interface MissLine {
  sign: "+" | "-";
  relation: string;
  /** The article the scorer names: the gold title when aligned, else the predicted title. */
  where: string;
  /** The tuple, parsed; null for ARTICLE lines. */
  tuple: unknown;
  line: string;
}

const MISS = /^([+-]) ([A-Z_]+) (.*)$/s;

/**
 * Splits a scorer miss line. `where` and the JSON tuple are separated by the first ": " after
 * which the rest parses as JSON (a title may itself contain ": ").
 */
export function parseMiss(line: string): MissLine | null {
  const m = MISS.exec(line);
  if (!m) return null;
  const sign = m[1] as "+" | "-";
  const relation = m[2]!;
  const rest = m[3]!;
  if (relation === "ARTICLE") return { sign, relation, where: rest, tuple: null, line };
  for (let i = rest.indexOf(": "); i >= 0; i = rest.indexOf(": ", i + 1)) {
    try {
      return { sign, relation, where: rest.slice(0, i), tuple: JSON.parse(rest.slice(i + 2)), line };
    } catch {
      // not yet the separator
    }
  }
  return null;
}
