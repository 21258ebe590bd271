/**
 * Reading a kuzu result (`readRows`, real kuzu): every row in order, a limit that says whether
 * rows were left, and turns of the event loop between slices of rows, so a large result does not
 * hold every other request while it is read.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import kuzu from "kuzu";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainResults, ROWS_PER_TURN, readRows } from "./kuzu-generation.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-read-rows-"));
const db = new kuzu.Database(path.join(dir, "db"));
const conn = new kuzu.Connection(db);
const n = ROWS_PER_TURN * 3 + 7;

beforeAll(async () => {
  await drainResults(await conn.query("CREATE NODE TABLE T(id INT64, name STRING, PRIMARY KEY(id))"));
});
afterAll(async () => {
  await conn.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function numbers(count: number) {
  const res = await conn.query(`UNWIND range(1, ${count}) AS x RETURN x, '第' + CAST(x AS STRING) AS s`);
  if (Array.isArray(res)) throw new Error("one statement gives one result");
  return res;
}

describe("readRows", () => {
  it("reads every row in order, with the values kuzu gives", async () => {
    const res = await numbers(n);
    try {
      const { rows, truncated } = await readRows(res);
      expect(truncated).toBe(false);
      expect(rows).toHaveLength(n);
      expect(rows[0]).toEqual({ x: 1, s: "第1" });
      expect(rows.at(-1)).toEqual({ x: n, s: `第${n}` });
      expect(rows.every((r, i) => r.x === i + 1)).toBe(true);
    } finally {
      res.close();
    }
  });

  it("stops at the limit and says whether rows were left", async () => {
    const over = await numbers(10);
    const exact = await numbers(10);
    try {
      const a = await readRows(over, 4);
      expect(a.rows.map((r) => r.x)).toEqual([1, 2, 3, 4]);
      expect(a.truncated).toBe(true);
      const b = await readRows(exact, 10);
      expect(b.rows).toHaveLength(10);
      expect(b.truncated).toBe(false);
    } finally {
      over.close();
      exact.close();
    }
  });

  it("lets other work run between slices of a large result", async () => {
    const res = await numbers(n);
    try {
      let ticks = 0;
      let reading = true;
      const tick = () => {
        ticks += 1;
        if (reading) setImmediate(tick);
      };
      setImmediate(tick);
      const { rows } = await readRows(res);
      reading = false;
      expect(rows).toHaveLength(n);
      // One turn (at least) after each full slice.
      expect(ticks).toBeGreaterThanOrEqual(Math.floor(n / ROWS_PER_TURN));
    } finally {
      res.close();
    }
  });
});
