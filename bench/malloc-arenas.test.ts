/**
 * The processes that ingest (the ingest CLI, the bench, the server) run with two glibc malloc
 * arenas unless MALLOC_ARENA_MAX is set: glibc's default keeps what worker threads and kuzu's
 * threads free in up to 8 arenas per core (README.md, configuration: MALLOC_ARENA_MAX).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const scripts = (
  JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

describe("MALLOC_ARENA_MAX", () => {
  for (const name of ["ingest", "bench", "start"]) {
    it(`npm run ${name} sets it to 2 unless it is set`, () => {
      const script = scripts[name] ?? "";
      // biome-ignore lint/suspicious/noTemplateCurlyInString: sh's expansion, as package.json has it
      expect(script.startsWith("MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} ")).toBe(true);
      // The prefix as sh expands it: 2 by default, the caller's value otherwise.
      const prefix = script.slice(0, script.indexOf(" "));
      const run = (env: NodeJS.ProcessEnv) =>
        execFileSync("sh", ["-c", `${prefix} sh -c 'echo $MALLOC_ARENA_MAX'`], { env })
          .toString()
          .trim();
      expect(run({ PATH: process.env.PATH })).toBe("2");
      expect(run({ PATH: process.env.PATH, MALLOC_ARENA_MAX: "8" })).toBe("8");
    });
  }
});
