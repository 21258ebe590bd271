/**
 * Measures kuzu's checkpoint after per-row relationship inserts into a loaded table (cypher/README.md,
 * "Why the checkpoint is slow"): copies the live generation of an embedded data folder, optionally
 * re-loads one relationship table with its list columns stored as STRING (the JSON of the list), then
 * CREATEs N relationships one statement each and times the CHECKPOINT. Nothing of the data folder is
 * changed.
 *
 *   npx tsx cypher/measure-rel-checkpoint.ts DATA_DIR [N=20] [list|string] [TYPE=SPOKE_AT]
 *
 * Prints JSON: { mode, type, rows, reloadMs, createMs, checkpointMs }.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import kuzu from "kuzu";
import { drainResults } from "./kuzu-generation.ts";

const [dataDir, nArg = "20", mode = "list", type = "SPOKE_AT"] = process.argv.slice(2);
if (!dataDir || !["list", "string"].includes(mode) || !/^[A-Z_]+$/.test(type)) {
  console.error("usage: measure-rel-checkpoint.ts DATA_DIR [N=20] [list|string] [TYPE=SPOKE_AT]");
  process.exit(2);
}
const n = Number(nArg);
const root = path.join(dataDir, "kuzu");
const live = readFileSync(path.join(root, "CURRENT"), "utf8").trim();
const work = mkdtempSync(path.join(tmpdir(), "laomo-ckpt-"));
const file = path.join(work, "g");
cpSync(path.join(root, live), file);
const db = new kuzu.Database(file, 1 << 30, true, false, 2 ** 38);
const conn = new kuzu.Connection(db);
const q = async (s: string) => drainResults(await conn.query(s));
try {
  const info = (await q(`CALL table_info('${type}') RETURN *`)) as { name: string; type: string }[];
  const pairs = ((await q(`CALL show_connection('${type}') RETURN *`)) as Record<string, string>[]).map(
    (c) => [c["source table name"]!, c["destination table name"]!] as const,
  );
  const isList = (t: string) => t.endsWith("[]");
  let t0 = performance.now();
  if (mode === "string") {
    await q(`ALTER TABLE ${type} RENAME TO ${type}_old`);
    const columns = info.map((c) => `${c.name} ${isList(c.type) ? "STRING" : c.type}`).join(", ");
    await q(`CREATE REL TABLE ${type}(${pairs.map(([a, b]) => `FROM ${a} TO ${b}`).join(", ")}, ${columns})`);
    const values = info.map((c) => (isList(c.type) ? `to_json(r.${c.name})` : `r.${c.name}`)).join(", ");
    for (const [a, b] of pairs)
      await q(
        `COPY ${type} FROM (MATCH (x:${a})-[r:${type}_old]->(y:${b}) RETURN x.id, y.id, ${values}) (from='${a}', to='${b}')`,
      );
    await q(`DROP TABLE ${type}_old`);
    await q("CHECKPOINT");
  }
  const reloadMs = Math.round(performance.now() - t0);
  const [from, to] = pairs[0]!;
  const ids = async (label: string, step: number) =>
    ((await q(`MATCH (x:${label}) RETURN x.id AS id LIMIT ${n * step}`)) as { id: string }[])
      .map((r) => r.id)
      .filter((_, i) => i % step === 0);
  const sources = await ids(from, 50);
  const targets = await ids(to, 3);
  const list = (v: string) => (mode === "string" ? `'${JSON.stringify([v])}'` : `['${v}']`);
  const props = info
    .filter((c) => c.name !== "id")
    .map((c) => `${c.name}: ${isList(c.type) ? list("x") : "NULL"}`)
    .join(", ");
  const ps = await conn.prepare(
    `MATCH (a:${from} {id: $a}), (b:${to} {id: $b}) CREATE (a)-[:${type} {id: $id, ${props}}]->(b)`,
  );
  if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
  t0 = performance.now();
  for (let i = 0; i < n; i++)
    await drainResults(
      await conn.execute(ps, {
        a: sources[i % sources.length]!,
        b: targets[i % targets.length]!,
        id: `r_measure_${i}`,
      }),
    );
  const createMs = Math.round(performance.now() - t0);
  t0 = performance.now();
  await q("CHECKPOINT");
  const checkpointMs = Math.round(performance.now() - t0);
  const count = (await q(`MATCH ()-[r:${type}]->() RETURN count(*) AS c`)) as { c: number }[];
  const rows = Number(count[0]?.c ?? 0);
  console.log(JSON.stringify({ mode, type, rows, reloadMs, createMs, checkpointMs }));
} finally {
  await conn.close();
  await db.close();
  rmSync(work, { recursive: true, force: true });
}
