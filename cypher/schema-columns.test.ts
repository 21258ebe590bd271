/**
 * An embedded database written before a column existed (relationships without `review`) is
 * upgraded in place by applySchema: the column is added and the node API's query runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import kuzu from "kuzu";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../model/config.ts";
import { readCurrent } from "./kuzu-generations.ts";
import { openStore } from "./open-store.ts";
import { buildTestGraph, IDS } from "./test-graph.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "laomo-columns-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kuzu schema upgrade", () => {
  it("adds a column an older database lacks", async () => {
    const config = loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: dir });
    let store = await openStore(config);
    await store.applySchema();
    await store.replaceGraph(buildTestGraph());
    await store.close();

    // Make it look like a database of the release before `review`.
    const root = path.join(dir, "kuzu");
    const db = new kuzu.Database(path.join(root, readCurrent(root) as string));
    const conn = new kuzu.Connection(db);
    for (const t of ["HAS_HONOUR", "WORKS_FOR", "SPOKE_AT", "ORGANIZED_BY", "HELD_AT", "REPORTED"])
      await conn.query(`ALTER TABLE ${t} DROP review`);
    const res = await conn.query("CALL table_info('WORKS_FOR') RETURN name");
    const before = await (Array.isArray(res) ? res[0]! : res).getAll();
    expect(before.map((r) => (r as { name: string }).name)).not.toContain("review");
    await conn.close();
    await db.close();

    store = await openStore(config);
    await expect(store.query("node-relationships", { id: IDS.zhouA })).rejects.toThrow();
    await store.applySchema();
    const rows = await store.query<{ review: string }>("node-relationships", { id: IDS.zhouA });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.review === "extracted")).toBe(true);
    await store.close();
  });
});
