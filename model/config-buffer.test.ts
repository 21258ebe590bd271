import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { KuzuGeneration, runAll } from "../cypher/kuzu-generation.ts";
import {
  kuzuBufferBytesFrom,
  kuzuDeltaWalBytesFrom,
  kuzuStandbyFrom,
  loadConfig,
  minRulePrecisionFrom,
} from "./config.ts";

describe("LAOMO_KUZU_BUFFER_MIB", () => {
  const saved = process.env.LAOMO_KUZU_BUFFER_MIB;
  afterEach(() => {
    if (saved === undefined) delete process.env.LAOMO_KUZU_BUFFER_MIB;
    else process.env.LAOMO_KUZU_BUFFER_MIB = saved;
  });

  it("defaults to 1 GiB, unset or blank, and reads MiB", () => {
    expect(kuzuBufferBytesFrom({})).toBe(1024 * 1024 * 1024);
    expect(kuzuBufferBytesFrom({ LAOMO_KUZU_BUFFER_MIB: "" })).toBe(1024 * 1024 * 1024);
    expect(kuzuBufferBytesFrom({ LAOMO_KUZU_BUFFER_MIB: "4096" })).toBe(4096 * 1024 * 1024);
    expect(loadConfig({ LAOMO_KUZU_BUFFER_MIB: "256" }).LAOMO_KUZU_BUFFER_MIB).toBe(256);
  });

  it("refuses a value that is no size", () => {
    for (const v of ["0", "12", "-5", "1.5", "lots"])
      expect(() => kuzuBufferBytesFrom({ LAOMO_KUZU_BUFFER_MIB: v })).toThrow(/LAOMO_KUZU_BUFFER_MIB/);
  });

  it("is the pool the embedded store opens with: a group-by that 64 MiB cannot hold runs in 512", async () => {
    // One million groups: kuzu's hash table outgrows a 64 MiB pool (measured), not a 512 MiB one.
    const q = "UNWIND range(1, 1000000) AS x WITH x % 1000000 AS k, collect(x) AS ys RETURN count(*) AS n";
    const run = async (mib: string): Promise<string> => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-buffer-"));
      process.env.LAOMO_KUZU_BUFFER_MIB = mib;
      const gen = new KuzuGeneration("g", path.join(dir, "db"), false, 1);
      try {
        await gen.init();
        return await gen.withConnection(async (pc) => {
          try {
            const rows = await runAll(pc.conn, q);
            return String(rows[0]?.n);
          } catch (e) {
            return `error: ${(e as Error).message}`;
          }
        });
      } finally {
        await gen.retire();
        rmSync(dir, { recursive: true, force: true });
      }
    };
    expect(await run("64")).toMatch(/^error: .*buffer pool is full/i);
    expect(await run("512")).toBe("1000000");
  });
});

describe("LAOMO_KUZU_DELTA_WAL_MIB", () => {
  it("defaults to 16 MiB, unset or blank; 0 checkpoints every delta; refuses what is no size", () => {
    expect(kuzuDeltaWalBytesFrom({})).toBe(16 * 1024 * 1024);
    expect(kuzuDeltaWalBytesFrom({ LAOMO_KUZU_DELTA_WAL_MIB: "" })).toBe(16 * 1024 * 1024);
    expect(kuzuDeltaWalBytesFrom({ LAOMO_KUZU_DELTA_WAL_MIB: "0" })).toBe(0);
    expect(kuzuDeltaWalBytesFrom({ LAOMO_KUZU_DELTA_WAL_MIB: "0.5" })).toBe(512 * 1024);
    expect(loadConfig({ LAOMO_KUZU_DELTA_WAL_MIB: "64" }).LAOMO_KUZU_DELTA_WAL_MIB).toBe(64);
    for (const v of ["-1", "lots"])
      expect(() => kuzuDeltaWalBytesFrom({ LAOMO_KUZU_DELTA_WAL_MIB: v })).toThrow(
        /LAOMO_KUZU_DELTA_WAL_MIB/,
      );
  });
});

describe("LAOMO_KUZU_STANDBY", () => {
  it("is on unset or blank; 0/false turn it off; refuses what is no flag", () => {
    expect(kuzuStandbyFrom({})).toBe(true);
    expect(kuzuStandbyFrom({ LAOMO_KUZU_STANDBY: "" })).toBe(true);
    expect(kuzuStandbyFrom({ LAOMO_KUZU_STANDBY: "0" })).toBe(false);
    expect(kuzuStandbyFrom({ LAOMO_KUZU_STANDBY: "false" })).toBe(false);
    expect(kuzuStandbyFrom({ LAOMO_KUZU_STANDBY: "1" })).toBe(true);
    expect(() => kuzuStandbyFrom({ LAOMO_KUZU_STANDBY: "maybe" })).toThrow(/LAOMO_KUZU_STANDBY/);
  });
});

describe("LAOMO_MIN_RULE_PRECISION", () => {
  it("defaults to 0.5; 0 keeps every rule; refuses what is no fraction", () => {
    expect(minRulePrecisionFrom({})).toBe(0.5);
    expect(minRulePrecisionFrom({ LAOMO_MIN_RULE_PRECISION: "" })).toBe(0.5);
    expect(minRulePrecisionFrom({ LAOMO_MIN_RULE_PRECISION: "0" })).toBe(0);
    expect(minRulePrecisionFrom({ LAOMO_MIN_RULE_PRECISION: "0.8" })).toBe(0.8);
    for (const v of ["-0.1", "1.5", "high"])
      expect(() => minRulePrecisionFrom({ LAOMO_MIN_RULE_PRECISION: v })).toThrow(/LAOMO_MIN_RULE_PRECISION/);
  });
});
