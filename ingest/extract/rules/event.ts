/** Rule table: Events, venues and organisers. See ./types.ts for the contract and rules.test.ts for how examples run. */
import type { RuleTable } from "./types.ts";

export const EVENT_RULES: RuleTable<string> = {
  kind: "event",
  about:
    "Events, venues and organisers: event nouns, 在 + site + verb as venue, 主办/承办/协办/指导 roles, the article-level event from the headline or lead",
  rules: [],
};
