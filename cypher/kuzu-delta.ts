/**
 * Applies a GraphDelta on a read-write kuzu connection with prepared statements keyed by primary
 * key: relationships and nodes removed first, then nodes created or overwritten, then
 * relationships created or overwritten (anchored on both endpoints' primary keys), their
 * provenance as STRING (`kuzu-rel-provenance.ts`). Cost: a few statements per changed row, and a
 * checkpoint that rewrites the node groups the rows touch, deferred by the store while the
 * write-ahead log is small (cypher/README.md, *Deferred checkpoint*).
 */
import type { Connection, KuzuValue, PreparedStatement } from "kuzu";
import type { NodeLabel, RelType } from "../model/types.ts";
import type { GraphDelta } from "./graph-delta.ts";
import { executePrepared } from "./kuzu-generation.ts";
import { kuzuRelRow } from "./kuzu-rel-provenance.ts";
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
  for (const n of delta.removeNodes) {
    // Not DETACH DELETE: kuzu 0.11.3 replays a DETACH DELETE from its write-ahead log without the
    // node's incoming relationships (they outlive the node once the log is replayed; a
    // generation whose checkpoint is deferred is replayed at every open). Each relationship
    // deleted on its own replays right.
    await run(`MATCH ()-[r]->(n:${n.label} {id: $id}) DELETE r`, { id: n.id });
    await run(`MATCH (n:${n.label} {id: $id})-[r]->() DELETE r`, { id: n.id });
    await run(`MATCH (n:${n.label} {id: $id}) DELETE n`, { id: n.id });
  }
  mark(`${delta.removeRels.length} relationships and ${delta.removeNodes.length} nodes removed`);
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
    const { from, to, ...props } = kuzuRelRow(r.row);
    const text = r.isNew
      ? `MATCH (a:${r.from} {id: $from}), (b:${r.to} {id: $to}) CREATE (a)-[:${r.type} {id: $id, ${names.map((p) => `${p}: $${p}`).join(", ")}}]->(b)`
      : `MATCH (a:${r.from} {id: $from})-[r:${r.type}]->(b:${r.to} {id: $to}) WHERE r.id = $id SET ${setList("r", names)}`;
    await run(text, { ...props, from, to });
  }
  mark(`${delta.upsertRels.length} relationships written`);
}
