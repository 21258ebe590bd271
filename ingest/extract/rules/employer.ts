/** Rule table: Employers and units. See ./types.ts for the contract and rules.test.ts for how examples run. */
import type { RuleTable } from "./types.ts";

export const EMPLOYER_RULES: RuleTable<string> = {
  kind: "employer",
  about:
    "Employers and units: unit suffixes and chains (旗下/下属), departments folded into their unit, 来自/的 + unit, job titles after the unit",
  rules: [],
};
