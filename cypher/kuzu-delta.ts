/**
 * Applies a GraphDelta on a read-write kuzu connection with prepared statements keyed by primary
 * key: relationships and nodes removed first, then nodes created or overwritten, then
 * relationships created or overwritten (anchored on both endpoints' primary keys).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Connection, KuzuValue, PreparedStatement } from "kuzu";
import type { NodeLabel, RelType } from "../model/types.ts";
import type { GraphDelta } from "./graph-delta.ts";
import { executePrepared, runAll } from "./kuzu-generation.ts";
import { loadSchema } from "./load-query.ts";
import { NODE_PROPS, REL_PROPS } from "./schema-spec.ts";

/** Test hook: `LAOMO_TEST_KILL_IN_DELTA=N` kills this process (SIGKILL) after N delta statements. */
const KILL_AFTER = Number(process.env.LAOMO_TEST_KILL_IN_DELTA ?? "");

function setList(v: string, names: readonly string[]): string {
  return names.map((p) => `${v}.${p} = $${p}`).join(", ");
}

function nodeProps(label: NodeLabel): string[] {
  return NODE_PROPS[label].map((p) => p.name).filter((p) => p !== "id");
}

function relProps(type: RelType): string[] {
  return REL_PROPS[type].map((p) => p.name).filter((p) => p !== "id");
}

export async function applyKuzuDelta(conn: Connection, delta: GraphDelta): Promise<void> {
  const cache = new Map<string, PreparedStatement>();
  let done = 0;
  const run = async (text: string, params: Record<string, unknown>): Promise<void> => {
    let ps = cache.get(text);
    if (!ps) {
      ps = await conn.prepare(text);
      if (!ps.isSuccess()) throw new Error(`delta statement does not prepare: ${ps.getErrorMessage()}`);
      cache.set(text, ps);
    }
    await executePrepared(conn, ps, params as Record<string, KuzuValue>);
    done += 1;
    if (done === KILL_AFTER) process.kill(process.pid, "SIGKILL");
  };
  let t = performance.now();
  const mark = (step: string) => {
    if (!process.env.LAOMO_DEBUG_COPY) return;
    const now = performance.now();
    console.error(`[kuzu] delta: ${step} ${Math.round(now - t)} ms`);
    t = now;
  };
  for (const r of delta.removeRels) {
    await run(
      `MATCH (a:${r.from} {id: $from})-[r:${r.type}]->(b:${r.to} {id: $to}) WHERE r.id = $id DELETE r`,
      { from: r.fromId, to: r.toId, id: r.id },
    );
  }
  for (const n of delta.removeNodes)
    await run(`MATCH (n:${n.label} {id: $id}) DETACH DELETE n`, { id: n.id });
  for (const n of delta.upsertNodes) {
    const names = nodeProps(n.label);
    const text = n.isNew
      ? `CREATE (n:${n.label} {id: $id, ${names.map((p) => `${p}: $${p}`).join(", ")}})`
      : `MATCH (n:${n.label} {id: $id}) SET ${setList("n", names)}`;
    await run(text, n.row);
    // kuzu may give a node created where an earlier delta deleted one the deleted node's list
    // values (seen: a new Place read back with a removed Place's evidence); setting the created
    // node's properties once more stores its own.
    if (n.isNew) await run(`MATCH (n:${n.label} {id: $id}) SET ${setList("n", names)}`, n.row);
  }
  mark(`${delta.upsertNodes.length} nodes written`);
  for (const r of delta.upsertRels) {
    const names = relProps(r.type);
    const { from, to, ...props } = r.row;
    const text = r.isNew
      ? `MATCH (a:${r.from} {id: $from}), (b:${r.to} {id: $to}) CREATE (a)-[:${r.type} {id: $id, ${names.map((p) => `${p}: $${p}`).join(", ")}}]->(b)`
      : `MATCH (a:${r.from} {id: $from})-[r:${r.type}]->(b:${r.to} {id: $to}) WHERE r.id = $id SET ${setList("r", names)}`;
    await run(text, { ...props, from, to });
  }
  mark(`${delta.upsertRels.length} relationships written`);
}

/** A relationship table's CREATE statement, FROM/TO pairs and columns (in table order), from the schema. */
function relTableShape(type: RelType): { ddl: string; pairs: [NodeLabel, NodeLabel][]; columns: string[] } {
  const head = `CREATE REL TABLE IF NOT EXISTS ${type}(`;
  const ddl = loadSchema("kuzu").find((s) => s.startsWith(head));
  if (!ddl) throw new Error(`no relationship table ${type} in the kuzu schema`);
  const parts = ddl
    .slice(head.length, ddl.lastIndexOf(")"))
    .split(",")
    .map((p) => p.trim());
  const pairs: [NodeLabel, NodeLabel][] = [];
  const columns: string[] = [];
  for (const p of parts) {
    const pair = /^FROM (\w+) TO (\w+)$/.exec(p);
    if (pair) pairs.push([pair[1] as NodeLabel, pair[2] as NodeLabel]);
    else columns.push(p.split(/\s+/)[0]!);
  }
  return { ddl, pairs, columns };
}

function quote(s: string): string {
  return `'${s.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

/**
 * Rewrites the relationship tables a delta changes inside the database, without inserting into a
 * loaded table (kuzu 0.11's checkpoint after that rewrites the table, far slower than a COPY into
 * an empty one, README "Embedded store"): each table `T` is renamed `T_old`, an empty `T` made,
 * the delta's new and changed rows COPYed from JSON lines (in `staging`) into an empty `T_new`,
 * then `T` is filled by one COPY per FROM/TO pair from a query over `T_old` without the removed
 * and changed rows, UNION ALL `T_new`; `T_old` and `T_new` are dropped. The rows of unchanged
 * relationships never leave the database. Call `finishRelTables` after the node statements (new
 * nodes must exist before their relationships are copied).
 */
export async function startRelTables(conn: Connection, delta: GraphDelta): Promise<RelType[]> {
  const types = [...new Set([...delta.removeRels, ...delta.upsertRels].map((r) => r.type))];
  for (const t of types) {
    const { ddl } = relTableShape(t);
    await runAll(conn, `ALTER TABLE ${t} RENAME TO ${t}_old`);
    await runAll(conn, ddl);
    await runAll(conn, ddl.replace(`EXISTS ${t}(`, `EXISTS ${t}_new(`));
  }
  return types;
}

export async function finishRelTables(
  conn: Connection,
  delta: GraphDelta,
  types: readonly RelType[],
  staging: string,
): Promise<void> {
  for (const t of types) {
    const { pairs, columns } = relTableShape(t);
    const upserts = delta.upsertRels.filter((r) => r.type === t);
    const gone = [
      ...new Set([
        ...delta.removeRels.filter((r) => r.type === t).map((r) => r.id),
        ...upserts.map((r) => String(r.row.id)),
      ]),
    ];
    for (const [from, to] of pairs) {
      const rows = upserts.filter((r) => r.from === from && r.to === to).map((r) => r.row);
      if (rows.length > 0) {
        const file = path.join(staging, `d-${t}-${from}-${to}.json`);
        writeFileSync(file, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
        await runAll(conn, `COPY ${t}_new FROM ${quote(file)} (from=${quote(from)}, to=${quote(to)})`);
      }
    }
    const props = columns.map((c) => `r.${c}`).join(", ");
    const without = gone.length > 0 ? ` WHERE NOT r.id IN [${gone.map(quote).join(", ")}]` : "";
    for (const [from, to] of pairs) {
      const rows = `MATCH (a:${from})-[r:${t}_old]->(b:${to})${without} RETURN a.id, b.id, ${props} UNION ALL MATCH (a:${from})-[r:${t}_new]->(b:${to}) RETURN a.id, b.id, ${props}`;
      const t0 = performance.now();
      await runAll(conn, `COPY ${t} FROM (${rows}) (from=${quote(from)}, to=${quote(to)})`);
      if (process.env.LAOMO_DEBUG_COPY)
        console.error(`[kuzu] delta: COPY ${t} ${from}->${to} ${Math.round(performance.now() - t0)} ms`);
    }
    await runAll(conn, `DROP TABLE ${t}_old`);
    await runAll(conn, `DROP TABLE ${t}_new`);
  }
}
