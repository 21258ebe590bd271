/**
 * `npm run ingest -- PATH... [--dry-run] [--date YYYY-MM-DD] [--json] [--server URL] [--rebuild] [--workers N]`
 * `npm run ingest -- --remove PATH...`
 * Ingests files and folders into the configured store with a progress bar, then prints a
 * summary. The store gets only what changed in the graph (incremental) unless --rebuild asks for
 * a full rewrite; --remove takes files (or every file below a folder) out of the graph. Exit code 1 when any file was skipped, 2 on usage or store errors. With --server
 * the files go to the server in batches (upload-batches.ts) with the write token from
 * LAOMO_TOKEN or else <LAOMO_DATA_DIR>/token. --dry-run opens the store read-only, so it can
 * run beside a server that holds the embedded database. --workers N reads and extracts in N worker
 * threads (default LAOMO_INGEST_WORKERS, else the cores for a large batch; 1: in this thread).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { openStore } from "../../cypher/open-store.ts";
import { loadConfig } from "../../model/config.ts";
import { cacheAfterIngest, generationKey } from "../../server/services/start-cache.ts";
import { limitHeapGrowth } from "../heap-growth.ts";
import { type IngestSummary, ingestPaths, removePaths } from "../pipeline.ts";
import { uploadPaths } from "./upload-batches.ts";

function printSummary(s: IngestSummary, out: NodeJS.WritableStream = process.stdout): void {
  const lines = [
    s.removed !== undefined
      ? `${s.dryRun ? "Dry run (nothing written): would remove" : "Removed"} ${s.removed} file(s) in ${(s.ms / 1000).toFixed(1)} s`
      : `${s.dryRun ? "Dry run (nothing written)" : "Ingested"}: ${s.files} file(s), ${s.articles} article(s) in ${(s.ms / 1000).toFixed(1)} s`,
    `Graph: ${s.graphArticles} article(s), ${s.nodes} node(s), ${s.rels} relationship(s)`,
    ...(s.write
      ? [
          s.write.mode === "incremental"
            ? `Write: incremental, ${s.write.nodesWritten} node(s) and ${s.write.relsWritten} relationship(s) changed, in ${(s.write.ms / 1000).toFixed(1)} s`
            : `Write: full rebuild (${s.write.reason}), in ${(s.write.ms / 1000).toFixed(1)} s`,
        ]
      : []),
    ...(s.corrections && s.corrections.applied + s.corrections.orphaned + s.corrections.undone > 0
      ? [
          `Corrections: ${s.corrections.applied} applied, ${s.corrections.orphaned} orphaned (npm run corrections -- list --status orphaned), ${s.corrections.undone} undone`,
        ]
      : []),
    `Warnings: ${s.warnings.length}`,
    ...s.warnings.slice(0, 20).map((w) => `  ! ${w}`),
    ...(s.warnings.length > 20 ? [`  … ${s.warnings.length - 20} more`] : []),
    `Skipped: ${s.skipped.length}`,
    ...s.skipped.map((k) => `  ✗ ${k.file}: ${k.reason}`),
    ...(s.ignored.length
      ? [`Ignored in folders (not article files): ${s.ignored.map((k) => k.file).join(", ")}`]
      : []),
  ];
  out.write(`${lines.join("\n")}\n`);
}

/** The server's write token: LAOMO_TOKEN, else the token file a local server generated. */
async function serverToken(): Promise<string | null> {
  const config = loadConfig();
  if (config.LAOMO_TOKEN) return config.LAOMO_TOKEN;
  try {
    return (await readFile(path.join(config.LAOMO_DATA_DIR, "token"), "utf8")).trim() || null;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  limitHeapGrowth();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      date: { type: "string" },
      json: { type: "boolean", default: false },
      server: { type: "string" },
      rebuild: { type: "boolean", default: false },
      remove: { type: "boolean", default: false },
      workers: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    process.stderr.write(
      "usage: npm run ingest -- PATH... [--dry-run] [--date YYYY-MM-DD] [--json] [--rebuild] [--workers N] [--server http://localhost:3000]\n" +
        "       npm run ingest -- --remove PATH... [--dry-run] [--json] [--rebuild]\n",
    );
    return values.help ? 0 : 2;
  }
  if (values.date && !/^\d{4}(-\d{2}){0,2}$/.test(values.date)) {
    process.stderr.write(`ingest: --date must look like YYYY-MM-DD, got "${values.date}"\n`);
    return 2;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 256)) {
    process.stderr.write(`ingest: --workers must be a whole number from 1 to 256, got "${values.workers}"\n`);
    return 2;
  }
  const dryRun = values["dry-run"] ?? false;
  if (dryRun && values.server) {
    process.stderr.write(
      "ingest: --dry-run reads the local store read-only and may run beside the server; leave out --server\n",
    );
    return 2;
  }
  if (values.server && (values.remove || values.rebuild || workers !== undefined)) {
    process.stderr.write(
      "ingest: --remove, --rebuild and --workers work on the local store; leave out --server\n",
    );
    return 2;
  }
  let summary: IngestSummary;
  if (values.server) {
    summary = await uploadPaths(positionals, { server: values.server, token: await serverToken() });
  } else {
    const config = loadConfig();
    // A dry run writes nothing: it opens the store read-only (beside a running server) to show
    // the graph as it is; with no graph yet there is nothing to open.
    const store = dryRun
      ? await openStore(config, { readOnly: true }).catch(() => null)
      : await openStore(config).catch((e: unknown) => {
          throw new Error(
            `cannot open the ${config.LAOMO_STORE} store (${(e as Error).message}). If the server is running it owns the embedded database: use --server http://localhost:${config.PORT}`,
          );
        });
    if (dryRun) {
      const now = store ? await store.counts().catch(() => null) : null;
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      process.stderr.write(
        now
          ? `Graph now: ${now.nodes.Article ?? 0} article(s), ${sum(now.nodes)} node(s), ${sum(now.rels)} relationship(s)\n`
          : "Graph now: none yet\n",
      );
    }
    const bar = new cliProgress.SingleBar(
      { format: "ingest [{bar}] {value}/{total} {file}", stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    let cacheNote: string | null = null;
    // The generation the write starts from: its start cache is updated from the write's delta.
    const before = store && !dryRun ? generationKey(config.LAOMO_DATA_DIR, store) : null;
    try {
      summary = values.remove
        ? await removePaths(positionals, {
            ...(store ? { store } : {}),
            dataDir: config.LAOMO_DATA_DIR,
            dryRun,
            rebuild: values.rebuild ?? false,
          })
        : await ingestPaths(positionals, {
            ...(store ? { store } : {}),
            dataDir: config.LAOMO_DATA_DIR,
            dryRun,
            rebuild: values.rebuild ?? false,
            ...(values.date ? { date: values.date } : {}),
            ...(workers !== undefined ? { workers } : {}),
            onProgress: (p) => {
              if (!started) {
                bar.start(p.total, 0, { file: "" });
                started = true;
              }
              bar.update(p.done, { file: path.basename(p.file) });
            },
          });
      // The server's next start reads the new generation's search index and skeleton from here.
      cacheNote =
        store && !dryRun ? await cacheAfterIngest(config, store, { before, write: summary.write }) : null;
    } finally {
      if (started) bar.stop();
      await store?.close();
    }
    if (cacheNote) process.stderr.write(`${cacheNote}\n`);
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ ...summary, mergeLog: undefined }, null, 2)}\n`);
  else printSummary(summary);
  return summary.skipped.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ingest: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
