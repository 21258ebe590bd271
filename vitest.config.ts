import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "data/**", "client/dist/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // kuzu: one process owns a database folder; keep test files in separate forks.
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
  },
});
