/**
 * An embedded database written before a column existed (relationships without `review`) is
 * upgraded in place by applySchema: the column is added and the node API's query runs. One whose
 * relationship provenance is STRING[] (before it became STRING) is converted in place and then
 * reads as a freshly written one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import kuzu from "kuzu";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../model/config.ts";
import { dumpGraph } from "./graph-dump.ts";
import { newGenerationName, readCurrent, writeCurrent } from "./kuzu-generations.ts";
import { loadSchema } from "./load-query.ts";
import { openStore } from "./open-store.ts";
import { prepareBatch } from "./prepare-batch.ts";
import { ARTICLE_ID, buildTestGraph, IDS } from "./test-graph.ts";

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

  it("converts relationship provenance an older database stored as STRING[]", async () => {
    const oldDir = path.join(dir, "old-lists");
    const root = path.join(oldDir, "kuzu");
    mkdirSync(root, { recursive: true });
    // The release before: the same schema with STRING[] provenance on relationships, COPYed from
    // the prepared rows as they were written then (lists).
    const name = newGenerationName();
    const db = new kuzu.Database(path.join(root, name));
    const conn = new kuzu.Connection(db);
    const run = async (q: string) => {
      const res = await conn.query(q);
      return (Array.isArray(res) ? res[0]! : res).getAll();
    };
    for (const stmt of loadSchema("kuzu"))
      await run(
        stmt.replace("articleIds STRING, evidence STRING)", "articleIds STRING[], evidence STRING[])"),
      );
    expect((await run("CALL table_info('WORKS_FOR') RETURN type")).map((r) => r.type)).toContain("STRING[]");
    const batch = prepareBatch(buildTestGraph());
    for (const [label, rows] of Object.entries(batch.nodes)) {
      if (rows.length === 0) continue;
      const file = path.join(oldDir, `n-${label}.json`);
      writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n"));
      await run(`COPY ${label} FROM '${file}'`);
    }
    for (const g of batch.rels) {
      const file = path.join(oldDir, `r-${g.type}-${g.from}-${g.to}.json`);
      writeFileSync(file, g.rows.map((r) => JSON.stringify(r)).join("\n"));
      await run(`COPY ${g.type} FROM '${file}' (from='${g.from}', to='${g.to}')`);
    }
    await conn.close();
    await db.close();
    writeCurrent(root, name);

    const old = await openStore(loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: oldDir }));
    await old.applySchema();
    const types = await old.runReadOnly("CALL table_info('WORKS_FOR') RETURN name, type");
    expect(types.rows).toContainEqual(["articleIds", "STRING"]);
    expect(types.rows).toContainEqual(["evidence", "STRING"]);
    const converted = await dumpGraph(old);
    await old.close();

    const freshDir = path.join(dir, "fresh");
    const fresh = await openStore(loadConfig({ LAOMO_STORE: "embedded", LAOMO_DATA_DIR: freshDir }));
    await fresh.replaceGraph(buildTestGraph());
    const written = await dumpGraph(fresh);
    // The console forms the READMEs give for relationship provenance.
    const res = await fresh.runReadOnly(
      "MATCH ()-[r:WORKS_FOR]->() WHERE list_contains(CAST(r.articleIds AS STRING[]), $a) RETURN r.articleIds AS ids, json_array_length(r.evidence) AS n, json_extract(r.evidence, '0/articleId') AS first, r",
      { a: ARTICLE_ID },
    );
    await fresh.close();
    expect(res.rows.length).toBeGreaterThan(0);
    const [ids, n, first, rel] = res.rows[0] as [
      string,
      number,
      string,
      { articleIds: unknown; evidence: unknown },
    ];
    expect(ids).toBe(`[${ARTICLE_ID}]`);
    expect(n).toBeGreaterThan(0);
    expect(first).toBe(JSON.stringify(ARTICLE_ID));
    expect(rel.articleIds).toEqual([ARTICLE_ID]);
    expect(rel.evidence).toEqual([expect.objectContaining({ articleId: ARTICLE_ID })]);
    expect(converted.rels.length).toBeGreaterThan(0);
    expect(converted).toEqual(written);
  });
});
