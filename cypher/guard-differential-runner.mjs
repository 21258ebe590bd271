/**
 * Test helper of guard-differential.test.ts, run as a child process (a query that crashes kuzu
 * then kills only this process): opens an in-memory kuzu database, runs the setup statements,
 * then each query text from index `start`, printing one JSON line per query with its outcome.
 * Usage: node guard-differential-runner.mjs <input.json> <start>
 */
import { readFileSync } from "node:fs";
import kuzu from "kuzu";

const [inputFile, startArg = "0"] = process.argv.slice(2);
const input = JSON.parse(readFileSync(inputFile, "utf8"));
const db = new kuzu.Database(":memory:");
const conn = new kuzu.Connection(db);
for (const s of input.setup) await conn.query(s);
conn.setQueryTimeout(input.timeoutMs ?? 3000);

const plain = (_k, v) => (typeof v === "bigint" ? `${v}n` : v);

/** Outcome of one text: rows (sorted unless ordered), or the kind of error kuzu gave. */
async function run(text, execute) {
  const ps = await conn.prepare(text);
  if (!ps.isSuccess()) return { ok: false, error: ps.getErrorMessage().split(":")[0] };
  if (!execute) return { ok: true, prepared: true };
  try {
    const res = await conn.execute(ps);
    const list = Array.isArray(res) ? res : [res];
    const last = list[list.length - 1];
    const columns = last.getColumnNamesSync();
    const rows = (await last.getAll()).map((r) =>
      JSON.stringify(
        columns.map((c) => r[c]),
        plain,
      ),
    );
    return { ok: true, columns, rows };
  } catch (e) {
    return { ok: false, error: String(e?.message ?? e).split(":")[0] };
  }
}

const writeLine = (line) => new Promise((resolve) => process.stdout.write(`${line}\n`, resolve));
for (let i = Number(startArg); i < input.cases.length; i++) {
  const c = input.cases[i];
  await writeLine(JSON.stringify({ i, start: true }));
  const out = await run(c.text, c.execute);
  await writeLine(JSON.stringify({ i, out }));
}
process.exit(0);
