/**
 * `npm run corrections -- list [--status applied|orphaned|undone] [--json]`
 * `npm run corrections -- export [--gold] [--out FILE]`   the log as JSONL, or the reviewed articles as gold-json
 * `npm run corrections -- import FILE [--no-rebuild]`     append another log's entries (by id, once each)
 * Works on LAOMO_DATA_DIR; list and export replay the journal and the log in memory (the server
 * may be running). Import rebuilds the embedded store, which a running server holds: stop it first,
 * or pass --no-rebuild and restart the server (it rebuilds on the next correction or ingest).
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { openStore } from "../../cypher/open-store.ts";
import { loadConfig } from "../../model/config.ts";
import { exportGold } from "../corrections/export-gold.ts";
import { CorrectionLog } from "../corrections/log.ts";
import { importEntries, replayDataDir } from "../corrections/replay.ts";
import { rebuildGraph } from "../pipeline.ts";

const USAGE =
  "usage: npm run corrections -- list [--status applied|orphaned|undone] [--json]\n" +
  "       npm run corrections -- export [--gold] [--out FILE]\n" +
  "       npm run corrections -- import FILE [--no-rebuild]\n";

async function emit(text: string, out: string | undefined): Promise<void> {
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      status: { type: "string" },
      json: { type: "boolean", default: false },
      gold: { type: "boolean", default: false },
      out: { type: "string" },
      "no-rebuild": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, file] = positionals;
  if (values.help || !command) {
    process.stderr.write(USAGE);
    return values.help ? 0 : 2;
  }
  const dataDir = loadConfig().LAOMO_DATA_DIR;

  if (command === "list") {
    const { outcomes, log } = await replayDataDir(dataDir);
    const byId = new Map(outcomes.map((o) => [o.id, o]));
    const rows = log.entries
      .map((e) => ({ ...e, ...byId.get(e.id) }))
      .filter((e) => !values.status || e.status === values.status);
    if (values.json) {
      await emit(`${JSON.stringify({ entries: rows, badLines: log.bad }, null, 1)}\n`, values.out);
      return 0;
    }
    for (const e of rows) {
      const target = !("target" in e)
        ? `undo ${e.entryId}`
        : "kind" in e.target
          ? `${e.target.kind} ${e.target.source.name} → ${e.target.target.name}`
          : `${e.target.label} ${e.target.name}`;
      process.stdout.write(
        `${e.at}  ${e.by.padEnd(8)} ${e.action.padEnd(11)} ${String(e.status).padEnd(8)} ${target}${e.reason ? `  (${e.reason})` : ""}  ${e.id}\n`,
      );
    }
    const orphans = rows.filter((e) => e.status === "orphaned").length;
    process.stdout.write(`${rows.length} corrections, ${orphans} orphaned\n`);
    for (const b of log.bad) process.stderr.write(`log line ${b.line} unreadable: ${b.reason}\n`);
    return 0;
  }

  if (command === "export") {
    if (values.gold) {
      const { batch, rejected } = await replayDataDir(dataDir);
      const gold = exportGold(batch, rejected);
      await emit(`${JSON.stringify(gold, null, 1)}\n`, values.out);
      process.stderr.write(`${gold.articles.length} reviewed articles exported as gold-json\n`);
      return 0;
    }
    const { entries } = await new CorrectionLog(dataDir).read();
    await emit(entries.map((e) => `${JSON.stringify(e)}\n`).join(""), values.out);
    return 0;
  }

  if (command === "import") {
    if (!file) {
      process.stderr.write(USAGE);
      return 2;
    }
    const result = await importEntries(dataDir, await readFile(file, "utf8"));
    for (const b of result.bad) process.stderr.write(`${file}:${b.line}: ${b.reason}\n`);
    if (result.bad.length > 0) {
      process.stderr.write("nothing imported\n");
      return 1;
    }
    process.stdout.write(`${result.added} imported, ${result.skipped} already in the log\n`);
    if (values["no-rebuild"] || result.added === 0) return 0;
    const store = await openStore(loadConfig()).catch(() => null);
    if (!store) {
      process.stderr.write(
        "the store is busy (is the server running?): the graph is rebuilt on its next correction or ingest\n",
      );
      return 1;
    }
    try {
      const r = await rebuildGraph({ store, dataDir });
      const orphaned = r.outcomes.filter((o) => o.status === "orphaned").length;
      process.stdout.write(
        `graph rebuilt: ${r.nodes} nodes, ${r.rels} relationships, ${orphaned} orphaned corrections\n`,
      );
    } finally {
      await store.close();
    }
    return 0;
  }

  process.stderr.write(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`corrections: ${(err as Error)?.message ?? String(err)}\n`);
    process.exit(1);
  },
);
