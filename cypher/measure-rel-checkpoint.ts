/**
 * Measures kuzu's checkpoint after per-row writes into a loaded table (cypher/README.md, "Why the
 * checkpoint is slow"): copies the live generation of an embedded data folder, optionally re-loads
 * one table with some of its list columns stored as STRING (the JSON of the list), then writes N
 * rows one statement each and times the CHECKPOINT. Nothing of the data folder is changed.
 *
 *   npx tsx cypher/measure-rel-checkpoint.ts DATA_DIR [N=20] [LAYOUT=list] [TABLE=SPOKE_AT] [OP=create]
 *
 * LAYOUT: `list` (the table as it is), `string` (every list column re-loaded as STRING),
 * `evidence` (only `evidence` as STRING, `articleIds` kept STRING[]), `articleIds` (only
 * `articleIds` as STRING), `noevidence` (the table re-loaded without its `evidence` column).
 * TABLE: a relationship table, or a node table (then OP `create` creates N nodes and `set` sets
 * every property of N existing ones, lists included). OP for relationships: `create` (N new
 * relationships), `delete` (N existing ones), `set` (every property of N existing ones), `mixed`
 * (N deleted, N created, N set: what a page's delta does).
 *
 * Prints JSON: { layout, table, op, rows, reloadMs, writeMs, checkpointMs }.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import kuzu from "kuzu";
import { drainResults } from "./kuzu-generation.ts";

const LAYOUTS = ["list", "string", "evidence", "articleIds", "noevidence"];
const OPS = ["create", "delete", "set", "mixed"];
const [dataDir, nArg = "20", layout = "list", table = "SPOKE_AT", op = "create"] = process.argv.slice(2);
if (!dataDir || !LAYOUTS.includes(layout) || !/^[A-Za-z_]+$/.test(table) || !OPS.includes(op)) {
  console.error(
    "usage: measure-rel-checkpoint.ts DATA_DIR [N=20] [list|string|evidence|articleIds|noevidence] [TABLE=SPOKE_AT] [create|delete|set|mixed]",
  );
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

/** Whether column `name` of type `type` is stored as STRING (JSON) in this layout. */
function asString(name: string, type: string): boolean {
  if (!type.endsWith("[]")) return false;
  if (layout === "string") return true;
  return layout === name;
}

try {
  const tables = (await q("CALL show_tables() RETURN name, type")) as { name: string; type: string }[];
  const isRel = tables.find((t) => t.name === table)?.type === "REL";
  let info = (await q(`CALL table_info('${table}') RETURN *`)) as { name: string; type: string }[];
  const pairs = isRel
    ? ((await q(`CALL show_connection('${table}') RETURN *`)) as Record<string, string>[]).map(
        (c) => [c["source table name"]!, c["destination table name"]!] as const,
      )
    : [];
  let t0 = performance.now();
  if (layout !== "list") {
    const keep = info.filter((c) => !(layout === "noevidence" && c.name === "evidence"));
    const columns = keep.map((c) => `${c.name} ${asString(c.name, c.type) ? "STRING" : c.type}`);
    const values = keep.map((c) => (asString(c.name, c.type) ? `to_json(r.${c.name})` : `r.${c.name}`));
    await q(`ALTER TABLE ${table} RENAME TO ${table}_old`);
    if (isRel) {
      await q(
        `CREATE REL TABLE ${table}(${pairs.map(([a, b]) => `FROM ${a} TO ${b}`).join(", ")}, ${columns.join(", ")})`,
      );
      for (const [a, b] of pairs)
        await q(
          `COPY ${table} FROM (MATCH (x:${a})-[r:${table}_old]->(y:${b}) RETURN x.id, y.id, ${values.join(", ")}) (from='${a}', to='${b}')`,
        );
    } else {
      // A node table with relationships cannot be renamed away; re-load it under a new name.
      throw new Error("layouts other than list are measured on relationship tables only");
    }
    await q(`DROP TABLE ${table}_old`);
    await q("CHECKPOINT");
    info = (await q(`CALL table_info('${table}') RETURN *`)) as { name: string; type: string }[];
  }
  const reloadMs = Math.round(performance.now() - t0);
  const value = (c: { name: string; type: string }, v: string): string =>
    c.type.endsWith("[]")
      ? `['${v}']`
      : c.type === "STRING" && ["articleIds", "evidence"].includes(c.name)
        ? `'${JSON.stringify([v])}'`
        : c.type === "STRING"
          ? `'${v}'`
          : "NULL";
  const props = info.filter((c) => c.name !== "id");
  const statements: { text: string; params: Record<string, string>[] }[] = [];
  if (isRel) {
    const [from, to] = pairs[0]!;
    const ids = async (label: string, step: number) =>
      ((await q(`MATCH (x:${label}) RETURN x.id AS id LIMIT ${n * step}`)) as { id: string }[])
        .map((r) => r.id)
        .filter((_, i) => i % step === 0);
    const existing = (await q(
      `MATCH (a:${from})-[r:${table}]->(b:${to}) RETURN a.id AS a, b.id AS b, r.id AS id LIMIT ${n * 7}`,
    )) as { a: string; b: string; id: string }[];
    const picked = existing.filter((_, i) => i % 7 === 0);
    const half = op === "mixed" ? [picked.slice(0, n), picked.slice(n)] : [picked, picked];
    if (op === "create" || op === "mixed") {
      const sources = await ids(from, 50);
      const targets = await ids(to, 3);
      statements.push({
        text: `MATCH (a:${from} {id: $a}), (b:${to} {id: $b}) CREATE (a)-[:${table} {id: $id, ${props.map((c) => `${c.name}: ${value(c, "x")}`).join(", ")}}]->(b)`,
        params: Array.from({ length: n }, (_, i) => ({
          a: sources[i % sources.length]!,
          b: targets[i % targets.length]!,
          id: `r_measure_${i}`,
        })),
      });
    }
    if (op === "delete" || op === "mixed")
      statements.push({
        text: `MATCH (a:${from} {id: $a})-[r:${table}]->(b:${to} {id: $b}) WHERE r.id = $id DELETE r`,
        params: half[0]!.slice(0, n),
      });
    if (op === "set" || op === "mixed")
      statements.push({
        text: `MATCH (a:${from} {id: $a})-[r:${table}]->(b:${to} {id: $b}) WHERE r.id = $id SET ${props.map((c) => `r.${c.name} = ${value(c, "y")}`).join(", ")}`,
        params: half[1]!.slice(0, n),
      });
  } else {
    const existing = (await q(`MATCH (x:${table}) RETURN x.id AS id LIMIT ${n * 7}`)) as { id: string }[];
    if (op === "create")
      statements.push({
        text: `CREATE (x:${table} {id: $id, ${props.map((c) => `${c.name}: ${value(c, "x")}`).join(", ")}})`,
        params: Array.from({ length: n }, (_, i) => ({ id: `n_measure_${i}` })),
      });
    else if (op === "set")
      statements.push({
        text: `MATCH (x:${table} {id: $id}) SET ${props.map((c) => `x.${c.name} = ${value(c, "y")}`).join(", ")}`,
        params: existing.filter((_, i) => i % 7 === 0).map((r) => ({ id: r.id })),
      });
    else throw new Error(`op ${op} is measured on relationship tables only`);
  }
  t0 = performance.now();
  for (const s of statements) {
    const ps = await conn.prepare(s.text);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    for (const p of s.params) await drainResults(await conn.execute(ps, p));
  }
  const writeMs = Math.round(performance.now() - t0);
  t0 = performance.now();
  await q("CHECKPOINT");
  const checkpointMs = Math.round(performance.now() - t0);
  const count = (await q(
    isRel ? `MATCH ()-[r:${table}]->() RETURN count(*) AS c` : `MATCH (x:${table}) RETURN count(*) AS c`,
  )) as { c: number }[];
  const rows = Number(count[0]?.c ?? 0);
  console.log(JSON.stringify({ layout, table, op, rows, reloadMs, writeMs, checkpointMs }));
} finally {
  await conn.close();
  await db.close();
  rmSync(work, { recursive: true, force: true });
}
