/**
 * Columns a kuzu database written by an older release lacks (e.g. `review` on relationships):
 * compared with the property spec, each is added with `ALTER TABLE … ADD IF NOT EXISTS`, so an
 * existing data dir keeps working after an upgrade. Table and column names come from the spec
 * (constants), never from input.
 */
import type { Connection } from "kuzu";
import { NODE_LABELS, REL_TYPES } from "../model/types.ts";
import { runAll } from "./kuzu-generation.ts";
import { NODE_PROPS, type PropKind, REL_PROPS } from "./schema-spec.ts";

const KUZU_TYPE: Record<PropKind, string> = {
  string: "STRING",
  "string[]": "STRING[]",
  int: "INT64",
  bool: "BOOLEAN",
  evidence: "STRING[]",
};

/** `ALTER TABLE` statements for the spec's columns that existing tables lack. */
export async function missingColumnStatements(
  conn: Connection,
  have: ReadonlySet<string>,
): Promise<string[]> {
  const out: string[] = [];
  const tables = [
    ...NODE_LABELS.map((t) => [t, NODE_PROPS[t]] as const),
    ...REL_TYPES.map((t) => [t, REL_PROPS[t]] as const),
  ];
  for (const [table, props] of tables) {
    if (!have.has(table)) continue;
    const rows = await runAll(conn, `CALL table_info('${table}') RETURN name`);
    const cols = new Set(rows.map((r) => String(r.name)));
    for (const p of props)
      if (!cols.has(p.name))
        out.push(`ALTER TABLE ${table} ADD IF NOT EXISTS ${p.name} ${KUZU_TYPE[p.kind]}`);
  }
  return out;
}
