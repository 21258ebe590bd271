/**
 * Regression baseline: every fixture input and every sample page is extracted again and its
 * facts compared with eval/baseline/<fixtures|samples>/<input>.json. Any difference fails,
 * naming the input and listing the facts added and removed. When the change is intended:
 * `npm run eval -- --update-baseline`, review the diff, commit it with the rule change.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  BASELINE_GROUPS,
  baselineDir,
  baselineInputs,
  diffFacts,
  extractBaseline,
  factLines,
  formatDiff,
  readBaseline,
  serialise,
} from "./baseline.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
const inputs = baselineInputs(repoRoot);
const HOW =
  "if the change is intended: npm run eval -- --update-baseline, review the diff, commit it with the rule change";

describe("regression baseline (eval/baseline)", () => {
  it("has one expected file per input and none for inputs that are gone", () => {
    const have = BASELINE_GROUPS.flatMap((g) => {
      const dir = path.join(baselineDir(repoRoot), g);
      return existsSync(dir) ? readdirSync(dir).map((f) => `${g}/${f}`) : [];
    }).sort();
    const want = inputs.map((i) => `${i.group}/${i.name}.json`).sort();
    expect(have, HOW).toEqual(want);
  });

  it.each(inputs.map((i) => [`${i.group}/${i.name}`, i] as const))(
    "%s extracts as its baseline",
    async (_, input) => {
      const expected = readBaseline(repoRoot, input);
      if (!expected) expect.fail(`${input.group}/${input.name}: no baseline file (${HOW})`);
      const actual = await extractBaseline(repoRoot, input);
      const diff = diffFacts(expected, actual);
      if (diff.added.length > 0 || diff.removed.length > 0)
        expect.fail(`${formatDiff(actual.input, diff)}\n(${HOW})`);
      // Same facts: the articles may still come in another order or split differently.
      if (serialise(actual) !== serialise(expected))
        expect.fail(
          `${actual.input}: same facts, but the articles differ in order or layout:\n` +
            `  expected ${factLines(expected)
              .filter((l) => l.endsWith(" article") || l.endsWith("(untitled)"))
              .join(" | ")}\n` +
            `  actual   ${factLines(actual)
              .filter((l) => l.endsWith(" article") || l.endsWith("(untitled)"))
              .join(" | ")}\n(${HOW})`,
        );
    },
  );
});
