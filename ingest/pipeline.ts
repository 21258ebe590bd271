/**
 * The ingest pipeline: files → read → segment → extract → journal → resolve → store.
 * A bad file is reported and skipped while the rest goes in; the graph is rebuilt from the
 * whole journal, so running the same input twice gives the same graph.
 */
import { readFile } from "node:fs/promises";
import type { GraphStore } from "../cypher/store.ts";
import { IngestFileError } from "../model/errors.ts";
import { extractArticle } from "./extract/index.ts";
import { contentHash, JOURNAL_VERSION, Journal, type JournalEntry } from "./journal.ts";
import { readDocument } from "./read/index.ts";
import { listInputFiles } from "./read/list-files.ts";
import { type MergeDecision, resolveGraph } from "./resolve/index.ts";
import { segmentDocument } from "./segment/index.ts";
import type { ArticleExtraction } from "./types.ts";

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
}

export interface IngestOptions {
  store: GraphStore;
  dataDir: string;
  /** Extract and report, but write nothing. */
  dryRun?: boolean;
  /** Date (YYYY-MM-DD) given to every article that has none of its own. */
  date?: string;
  onProgress?: (p: IngestProgress) => void;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface IngestSummary {
  /** Files read successfully in this run. */
  files: number;
  /** Articles found in this run's files. */
  articles: number;
  /** Totals in the graph after the run (what would be there, for a dry run). */
  graphArticles: number;
  nodes: number;
  rels: number;
  warnings: string[];
  skipped: SkippedFile[];
  /** Files of unsupported types met inside folders (not errors). */
  ignored: SkippedFile[];
  mergeLog: MergeDecision[];
  dryRun: boolean;
  ms: number;
}

/** Read, segment and extract one file. Throws IngestFileError for bad input. */
export async function extractFile(file: string, date?: string): Promise<JournalEntry> {
  const bytes = await readFile(file).catch((e: unknown) => {
    throw new IngestFileError(file, `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  });
  const doc = await readDocument(file, date ? { date } : undefined);
  const articles = segmentDocument(doc);
  if (articles.length === 0)
    throw new IngestFileError(file, "no articles found (a page with no headline and body)");
  return {
    version: JOURNAL_VERSION,
    file,
    contentHash: contentHash(bytes),
    extractions: articles.map((a) => extractArticle(a)),
  };
}

export async function ingestPaths(paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const listed = await listInputFiles(paths);
  const skipped: SkippedFile[] = [...listed.skipped];
  const warnings: string[] = [];
  const entries: JournalEntry[] = [];
  let done = 0;
  for (const file of listed.files) {
    try {
      const entry = await extractFile(file, opts.date);
      entries.push(entry);
      for (const x of entry.extractions)
        for (const w of x.warnings) warnings.push(`${file} «${x.title}»: ${w}`);
    } catch (e) {
      const reason = e instanceof IngestFileError ? e.reason : `unexpected error: ${(e as Error).message}`;
      skipped.push({ file, reason });
    }
    done += 1;
    opts.onProgress?.({ done, total: listed.files.length, file });
  }

  const journal = new Journal(opts.dataDir);
  let all: ArticleExtraction[];
  if (opts.dryRun) {
    const fresh = new Set(entries.flatMap((e) => e.extractions.map((x) => x.id)));
    all = [
      ...(await journal.readAll()).filter((x) => !fresh.has(x.id)),
      ...entries.flatMap((e) => e.extractions),
    ];
  } else {
    await journal.write(entries);
    all = await journal.readAll();
  }
  const { batch, mergeLog } = resolveGraph(all);
  if (!opts.dryRun) {
    await opts.store.applySchema();
    await opts.store.replaceGraph(batch);
  }
  return {
    files: entries.length,
    articles: entries.reduce((n, e) => n + e.extractions.length, 0),
    graphArticles: batch.nodes.filter((n) => n.label === "Article").length,
    nodes: batch.nodes.length,
    rels: batch.rels.length,
    warnings,
    skipped,
    ignored: listed.ignored,
    mergeLog,
    dryRun: Boolean(opts.dryRun),
    ms: Math.round(performance.now() - started),
  };
}
