/**
 * Scores one set as a single gold/pred pair with the official scorer. Every article title is
 * prefixed with its document id (`fixtures/… ▸ title`), in gold and prediction alike: the
 * scorer pairs articles by title, so the prefix keeps it from pairing articles of different
 * files, and each miss line names the document it comes from.
 */
import { toGoldArticle } from "../ingest/extract/to-gold.ts";
import type { ArticleExtraction } from "../ingest/types.ts";
import { groupMisses, type MissGroup } from "./misses.ts";
import { type RuleReport, ruleReport } from "./rules-report.ts";
import { runScorer, type ScoreResult } from "./scorer.ts";
import type { EvalSet } from "./sets.ts";

export const articleId = (docId: string, title: string) => `${docId} ▸ ${title}`;

export interface SetScore {
  set: EvalSet;
  /** Gold articles scored. */
  articles: number;
  /** Predicted articles. */
  predicted: number;
  /** For a real set the micro leaves ARTICLE out. */
  result: ScoreResult;
  /** The predictions as scored (titles prefixed), for the per-rule report. */
  pred: ArticleExtraction[];
}

export function scoreSet(set: EvalSet, scorer: string): SetScore {
  const gold = set.docs.flatMap((d) => d.gold.map((a) => ({ ...a, title: articleId(d.id, a.title) })));
  const pred = set.docs.flatMap((d) => d.pred.map((a) => ({ ...a, title: articleId(d.id, a.title) })));
  const result = runScorer(
    scorer,
    { articles: gold },
    { articles: pred.map(toGoldArticle) },
    { skip: set.real ? ["ARTICLE"] : [] },
  );
  return { set, articles: gold.length, predicted: pred.length, result, pred };
}

export interface SetReport {
  name: string;
  articles: number;
  predicted: number;
  relations: ScoreResult["relations"];
  micro: ScoreResult["micro"];
  /** Real sets: ARTICLE is not in `micro`. */
  microWithoutArticle: boolean;
  missing: EvalSet["missing"];
  skipped: EvalSet["skipped"];
  warnings: string[];
  /** Present with --misses (and, for the blind set, --show-blind-misses). */
  misses?: MissGroup[];
  /** Present with --rules. */
  rules?: RuleReport;
}

export interface ReportOptions {
  misses: boolean;
  examples: number;
  showBlindMisses: boolean;
  rules: boolean;
}

export function reportOf(score: SetScore, options: ReportOptions): SetReport {
  const { set, result } = score;
  const report: SetReport = {
    name: set.name,
    articles: score.articles,
    predicted: score.predicted,
    relations: result.relations,
    micro: result.micro,
    microWithoutArticle: set.real,
    missing: set.missing,
    skipped: set.skipped,
    warnings: set.warnings,
  };
  if (options.misses && (!set.blind || options.showBlindMisses))
    report.misses = groupMisses(result.misses, options.examples, { withArticle: !set.real });
  if (options.rules) report.rules = ruleReport(score.pred, result.misses);
  return report;
}
