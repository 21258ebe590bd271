/** Rule table: Speech acts. See ./types.ts for the contract and rules.test.ts for how examples run. */
import type { RuleTable } from "./types.ts";

export const SPEECH_RULES: RuleTable<string> = {
  kind: "speech",
  about:
    "Speech acts: which verbs and frames make a person (or collective) a speaker at an event (讲述, 分享, 作…报告, 宣讲, 授课, 以《…》为题 …), speaker lists with one shared verb, pronoun and zero subjects",
  rules: [],
};
