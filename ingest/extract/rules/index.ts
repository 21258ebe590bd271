/**
 * Registry of every rule table (one file per kind). A new table is added here so that its
 * examples are tested (`rules.test.ts`) and its rules reported (`npm run eval -- --rules`).
 */
import { COLLECTIVE_RULES } from "./collective.ts";
import { EMPLOYER_RULES } from "./employer.ts";
import { EVENT_RULES } from "./event.ts";
import { GROUP_RULES } from "./group.ts";
import { HONOUR_RULES } from "./honour.ts";
import { PERSON_RULES } from "./person.ts";
import { SPEECH_RULES } from "./speech.ts";
import type { RuleTable } from "./types.ts";

export const RULE_TABLES: readonly RuleTable[] = [
  HONOUR_RULES,
  EMPLOYER_RULES,
  SPEECH_RULES,
  EVENT_RULES,
  PERSON_RULES,
  COLLECTIVE_RULES,
  GROUP_RULES,
];

/** Every rule id → its table kind and note, for reports. */
export function ruleIndex(): Map<string, { kind: string; note: string }> {
  const index = new Map<string, { kind: string; note: string }>();
  for (const table of RULE_TABLES)
    for (const rule of table.rules) index.set(rule.id, { kind: table.kind, note: rule.note });
  return index;
}
