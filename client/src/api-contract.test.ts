import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = import.meta.dirname;
const sources = readdirSync(dir).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"),
);

describe("one API contract", () => {
  it("the client's API types come from the server's zod schemas", () => {
    const api = readFileSync(path.join(dir, "api.ts"), "utf8");
    expect(api).toMatch(/import type \{[^}]*\} from "\.\.\/\.\.\/server\/api-schemas\.ts"/);
    // No response shape is declared by hand with its own field list.
    expect(api).not.toMatch(
      /export interface (SearchHit|EvidenceItem|HonourItem|CypherResponse|PathStep) \{/,
    );
  });

  it("the curation client's types come from the server's correction schemas", () => {
    const text = readFileSync(path.join(dir, "corrections-api.ts"), "utf8");
    expect(text).toMatch(/import type \{[^}]*\} from "\.\.\/\.\.\/server\/correction-schemas\.ts"/);
    expect(text).not.toMatch(/export interface (FactEnd|Fact|ArticleFact|ArticleView|LoggedCorrection) \{/);
  });

  it("imports zod and the server's schemas as types only, so neither ends up in the bundle", () => {
    const offenders = sources.filter((f) => {
      const text = readFileSync(path.join(dir, f), "utf8");
      return /^import (?!type )[^;]*from "(zod|\.\.\/\.\.\/server\/[^"]*schemas\.ts)"/m.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
