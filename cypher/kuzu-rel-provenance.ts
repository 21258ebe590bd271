/**
 * Relationship provenance as the embedded store keeps it: one STRING per column instead of
 * STRING[] (kuzu 0.11's checkpoint after per-row relationship writes is quadratic for STRING[]
 * columns, cypher/README.md "Why the checkpoint is slow"). `articleIds` is the list's text as
 * kuzu's `CAST(list AS STRING)` writes it, `[a_1,a_2]`, so `CAST(r.articleIds AS STRING[])` gives
 * the list back in a query; `evidence` is a JSON array of Evidence objects. Prepared rows
 * (`prepare-batch.ts`) stay backend-neutral lists; this module converts them on the way into
 * kuzu (`decodeIdList` in `plain-values.ts` reads the list text back), and old databases with
 * STRING[] relationship provenance are converted in place.
 */
import type { Connection } from "kuzu";
import { InvalidInputError } from "../model/errors.ts";
import { REL_TYPES, type RelType } from "../model/types.ts";
import { runAll } from "./kuzu-generation.ts";
import { loadSchema } from "./load-query.ts";
import type { Row } from "./prepare-batch.ts";

/** An id kuzu's list text round-trips: no brackets, commas, quotes, backslashes or blanks at its ends. */
const PLAIN_ID = /^[^\s[\]{},'"\\](?:[^[\]{},'"\\]*[^\s[\]{},'"\\])?$/;

/** `[a_1,a_2]` from ids (the text `CAST(['a_1','a_2'] AS STRING)` gives in kuzu). */
export function encodeIdList(ids: readonly string[]): string {
  for (const id of ids)
    if (!PLAIN_ID.test(id)) throw new InvalidInputError(`article id ${JSON.stringify(id)} is not a plain id`);
  return `[${ids.join(",")}]`;
}

/** A relationship row of `prepareBatch` as kuzu stores it (its provenance lists as STRING). */
export function kuzuRelRow(row: Row): Row {
  const ids = row.articleIds;
  const evidence = row.evidence;
  return {
    ...row,
    articleIds: encodeIdList(Array.isArray(ids) ? ids : []),
    // Each element is already the JSON of one Evidence object (encodeEvidence).
    evidence: `[${Array.isArray(evidence) ? evidence.join(",") : ""}]`,
  };
}

/** Relationship tables of `have` whose provenance columns are still STRING[] (older databases). */
export async function listProvenanceTables(conn: Connection, have: ReadonlySet<string>): Promise<RelType[]> {
  const out: RelType[] = [];
  for (const t of REL_TYPES) {
    if (!have.has(t)) continue;
    const cols = await runAll(conn, `CALL table_info('${t}') RETURN name, type`);
    if (cols.some((c) => (c.name === "articleIds" || c.name === "evidence") && String(c.type).endsWith("[]")))
      out.push(t);
  }
  return out;
}

/**
 * Converts a relationship table with STRING[] provenance in place: `T` renamed `T_old`, `T` created
 * by the schema's statement, every row (the old table must have every column of the new) copied back with its lists as text, `T_old` dropped.
 */
export async function convertProvenanceTable(conn: Connection, type: RelType): Promise<void> {
  const ddl = loadSchema("kuzu").find((s) => s.startsWith(`CREATE REL TABLE IF NOT EXISTS ${type}(`));
  if (!ddl) throw new Error(`no relationship table ${type} in the kuzu schema`);
  const pairs = (await runAll(conn, `CALL show_connection('${type}') RETURN *`)).map(
    (c) => [String(c["source table name"]), String(c["destination table name"])] as const,
  );
  await runAll(conn, `ALTER TABLE ${type} RENAME TO ${type}_old`);
  await runAll(conn, ddl);
  // The new table's column order (an older table may have had columns added at its end).
  const cols = (await runAll(conn, `CALL table_info('${type}') RETURN name`)).map((c) => String(c.name));
  const values = cols.map((c) =>
    c === "articleIds"
      ? "CAST(coalesce(r.articleIds, CAST([] AS STRING[])) AS STRING)"
      : c === "evidence"
        ? "concat('[', list_to_string(',', coalesce(r.evidence, CAST([] AS STRING[]))), ']')"
        : `r.${c}`,
  );
  for (const [from, to] of pairs)
    await runAll(
      conn,
      `COPY ${type} FROM (MATCH (a:${from})-[r:${type}_old]->(b:${to}) RETURN a.id, b.id, ${values.join(", ")}) (from='${from}', to='${to}')`,
    );
  await runAll(conn, `DROP TABLE ${type}_old`);
}
