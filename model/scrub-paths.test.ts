/**
 * scrubPaths: file paths of every usual shape become `<path>`; API routes and plain text stay.
 */
import { describe, expect, it } from "vitest";
import { hasPath, scrubPaths } from "./scrub-paths.ts";

describe("scrubPaths", () => {
  it.each([
    [
      "No file found that matches the pattern: /etc/passwd.",
      "No file found that matches the pattern: <path>",
    ],
    ["Could not set lock on file : /tmp/laomo-server-x/gen-1.kz", "Could not set lock on file : <path>"],
    ["open /srv/a/b/c.db failed", "open <path> failed"],
    ["at C:\\Users\\me\\data\\x.db", "at <path>"],
    ["see ./data/uploads/1/a.pdf and ~/x/y", "see <path> and <path>"],
    ["resource file:///var/lib/neo4j/import/x.csv", "resource <path>"],
    ["under /work", "under <path>"],
  ])("%s", (input, expected) => {
    expect(scrubPaths(input)).toBe(expected);
  });

  it.each([
    "No API route GET /api/reports/person/x/y",
    "Divide by zero / by zero",
    "Function + does not take arguments of types (STRING,INT64).",
    "1/2 and a/b",
    "澄湾市/总工会",
  ])("keeps %s", (text) => {
    expect(hasPath(text)).toBe(false);
  });
});
