/**
 * Columns a kuzu database written by an older release lacks (e.g. `review` on relationships):
 * compared with the property spec, each is added with `ALTER TABLE … ADD IF NOT EXISTS`, so an
 * existing data dir keeps working after an upgrade. Table and column names come from the spec
 * (constants), never from input.
 */
import type { Connection } from "kuzu";
import { NODE_LABELS, REL_TYPES } from "../model/types.ts";
import { runAll } from "./kuzu-generation.ts";
import { kuzuColumnType, NODE_PROPS, REL_PROPS } from "./schema-spec.ts";

/** `ALTER TABLE` statements for the spec's columns that existing tables lack. */
export async function missingColumnStatements(
  conn: Connection,
  have: ReadonlySet<string>,
): Promise<string[]> {
  const out: string[] = [];
  const tables = [
    ...NODE_LABELS.map((t) => [t, NODE_PROPS[t], "node"] as const),
    ...REL_TYPES.map((t) => [t, REL_PROPS[t], "rel"] as const),
  ];
  for (const [table, props, owner] of tables) {
    if (!have.has(table)) continue;
    const rows = await runAll(conn, `CALL table_info('${table}') RETURN name`);
    const cols = new Set(rows.map((r) => String(r.name)));
    for (const p of props)
      if (!cols.has(p.name))
        out.push(`ALTER TABLE ${table} ADD IF NOT EXISTS ${p.name} ${kuzuColumnType(p, owner)}`);
  }
  return out;
}
