/**
 * Extraction rules as data. Each kind of evidence (honour shapes, speech acts, unit chains,
 * venue vs employer, event nouns …) has one table file in this folder; a table lists its
 * rules with the pattern they look for, what a match yields, and example article bodies that
 * must and must not produce a fact tagged with the rule's id (`Span.rule`).
 * `rules.test.ts` runs every example through `extractArticle`; `npm run eval -- --rules`
 * prints each rule's hits and measured precision on every evaluation set.
 */

export interface Rule<Y = unknown> {
  /** Stable id `<kind>.<name>` (lower-case ASCII, dashes), e.g. `speech.zuo-baogao`. */
  id: string;
  /**
   * What the rule looks for in a sentence. Rules that attach by structure (an appositive run
   * distributing over its name, a zero subject resolved to the last person) may have none and
   * describe themselves in `note`.
   */
  pattern?: RegExp;
  /** What a match yields: a relation, a role, a canonical value … (table-specific). */
  yields: Y;
  /** One line on what the rule does and why, for the report. */
  note: string;
  /**
   * Article texts (first line the headline, as `testArticle` reads them) on which the
   * extraction must contain at least one fact whose evidence carries this rule's id.
   */
  match: string[];
  /** Article texts on which no fact may carry this rule's id. */
  noMatch: string[];
}

export interface RuleTable<Y = unknown> {
  /** The kind, also the prefix of every id in the table. */
  kind: string;
  /** What the table decides, one line. */
  about: string;
  rules: readonly Rule<Y>[];
}

/** The rule of `table` with `id`; throws on an unknown id so a typo fails at load time. */
export function ruleOf<Y>(table: RuleTable<Y>, id: string): Rule<Y> {
  const rule = table.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id} in table ${table.kind}`);
  return rule;
}
