/** Rule table: Honour mentions. See ./types.ts for the contract and rules.test.ts for how examples run. */
import type { RuleTable } from "./types.ts";

export const HONOUR_RULES: RuleTable<string> = {
  kind: "honour",
  about:
    "Honour mentions: lexicon titles, generic genre shapes (place + 劳动模范/五一劳动奖章/工匠/最美X/先进X/标兵/能手 …), quoted title runs, honours stated later about a named person",
  rules: [],
};
