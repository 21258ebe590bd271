/**
 * The ingest pipeline: files → read → segment → extract → journal → resolve → corrections → store.
 * A bad file is reported and skipped while the rest goes in; the graph of the journal is resolved
 * (partially, against the last resolution, where it can be: resolve/partial.ts) with the
 * reviewers' corrections log applied over the whole graph, so running the same input twice
 * gives the same graph and corrections survive every re-ingest. The store gets only the
 * difference from the graph it holds when it can (write-graph.ts), else the whole graph.
 */
import path from "node:path";
import type { GraphStore } from "../cypher/store.ts";
import { IngestFileError, InvalidInputError } from "../model/errors.ts";
import type { GraphBatch } from "../model/types.ts";
import { writeAppliedState } from "./corrections/applied-state.ts";
import { applyCorrections } from "./corrections/apply-corrections.ts";
import { CorrectionLog } from "./corrections/log.ts";
import type { EntryOutcome } from "./corrections/types.ts";
import type { ExtractFn } from "./extract-file.ts";
import { internStrings } from "./intern-strings.ts";
import { type ExtractedFile, Journal, type JournalChange } from "./journal.ts";
import { extractFiles } from "./parallel/extract-files.ts";
import { listInputFiles } from "./read/list-files.ts";
import { type ResolvedJournal, resolveJournal } from "./resolve/from-journal.ts";
import { type MergeDecision, resolveGraph } from "./resolve/index.ts";
import { loadState, type ResolutionMode, type ResolutionState } from "./resolve/partial.ts";
import type { StoredGraph } from "./resolve/stored-graph.ts";
import type { ArticleExtraction } from "./types.ts";
import { type GraphSource, type WriteOutcome, writeGraph, writeHint } from "./write-graph.ts";

// The per-file stage lives in extract-file.ts (a worker thread loads it without the store code).
export {
  DEFAULT_MAX_ARTICLES_PER_FILE,
  DEFAULT_MAX_SECONDS_PER_FILE,
  type ExtractFn,
  extractFile,
  type FileLimits,
  UNDATED_WARNING,
  withIngestWarnings,
} from "./extract-file.ts";

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
}

export interface IngestOptions {
  /** The store the graph is written to (a dry run needs none). */
  store?: GraphStore;
  dataDir: string;
  /** Extract and report, but write nothing. */
  dryRun?: boolean;
  /** Date (YYYY-MM-DD) given to every article that has none of its own. */
  date?: string;
  onProgress?: (p: IngestProgress) => void;
  /** Time limit per file in seconds (default 120), checked between steps and articles. */
  maxSecondsPerFile?: number;
  /** Most characters of text per file (default 3 M, see ingest/read/README.md). */
  maxChars?: number;
  /** Most articles per file (default 5000; a daily issue holds a few hundred). */
  maxArticlesPerFile?: number;
  /**
   * The name a file is reported and recorded under (skipped, warnings, the article's `file`):
   * the server passes the uploaded name so that no server path reaches an answer or the graph.
   */
  nameOf?: (file: string) => string;
  /** Told of an unexpected (non-IngestFileError) failure on a file, for logs. */
  onUnexpected?: (file: string, error: unknown) => void;
  /** The extractor (default `extractArticle`); given, the files are read in this thread. */
  extract?: ExtractFn;
  /**
   * Worker threads that read, segment and extract the files (ingest/parallel/); 1 reads them in
   * this thread. Default: LAOMO_INGEST_WORKERS, else the number of cores for a batch of 4 MiB or
   * more (a smaller one is read in this thread).
   */
  workers?: number;
  /** Replace the whole stored graph instead of writing the difference (`--rebuild`); resolves the whole journal. */
  rebuild?: boolean;
  /** Told how the graph was resolved: partially against the last resolution, or whole and why. */
  onResolution?: (r: ResolutionMode) => void;
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
  /** Corrections in the log by outcome of this rebuild (orphans are listed by `GET /api/corrections`). */
  corrections: { applied: number; orphaned: number; undone: number };
  /** Files taken out of the graph (`--remove`). */
  removed?: number;
  /** Where the time went (ms): reading and extracting the files, the journal, resolution, the store. */
  timings?: { extractMs: number; journalMs: number; resolveMs: number; writeMs: number };
  /** How the store was written (absent for a dry run). */
  write?: WriteOutcome;
  dryRun: boolean;
  ms: number;
}

/**
 * Applies a planned journal change (unless a dry run) and resolves the journal after it,
 * partially when the resolution state allows; `appliedAt` is when the journal was written.
 */
async function applyAndResolve(
  journal: Journal,
  change: JournalChange,
  opts: { dataDir: string; dryRun?: boolean; rebuild?: boolean; onResolution?: (m: ResolutionMode) => void },
  state?: Promise<ResolutionState | null>,
): Promise<{ resolved: ResolvedJournal; appliedAt: number }> {
  const revisionBefore = await journal.revision();
  if (!opts.dryRun) await journal.apply(change);
  const appliedAt = performance.now();
  const resolved = await resolveJournal({
    journal,
    dataDir: opts.dataDir,
    revisionBefore,
    change,
    dryRun: Boolean(opts.dryRun),
    whole: Boolean(opts.rebuild),
    ...(state ? { state } : {}),
  });
  opts.onResolution?.(resolved.resolution);
  return { resolved, appliedAt };
}

/**
 * Plans the journal change that records `handed.files` (taken out of the holder, so that only this
 * call holds them), applies it and resolves the journal after it.
 */
async function writeAndResolve(
  journal: Journal,
  handed: { files: ExtractedFile[] },
  opts: IngestOptions,
  state?: Promise<ResolutionState | null>,
): Promise<{ resolved: ResolvedJournal; appliedAt: number }> {
  const files = handed.files;
  handed.files = [];
  return applyAndResolve(journal, await journal.planWrite(files), opts, state);
}

export async function ingestPaths(paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  if (!opts.dryRun && !opts.store)
    throw new InvalidInputError("ingestPaths: a store is needed unless dryRun");
  // The last resolution's state loads while the files are read.
  const state = loadState(opts.dataDir);
  state.catch(() => undefined);
  const listed = await listInputFiles(paths);
  const warnings: string[] = [];
  const entries: ExtractedFile[] = [];
  const nameOf = opts.nameOf ?? ((f: string) => f);
  const skipped: SkippedFile[] = listed.skipped.map((k) => ({ ...k, file: nameOf(k.file) }));
  let done = 0;
  const files = extractFiles(listed.files, {
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
    nameOf,
    limits: {
      ...(opts.date ? { date: opts.date } : {}),
      ...(opts.maxSecondsPerFile ? { maxSecondsPerFile: opts.maxSecondsPerFile } : {}),
      ...(opts.maxChars ? { maxChars: opts.maxChars } : {}),
      ...(opts.maxArticlesPerFile ? { maxArticlesPerFile: opts.maxArticlesPerFile } : {}),
      ...(opts.extract ? { extract: opts.extract } : {}),
    },
  });
  for await (const r of files) {
    const { file, name } = r;
    if ("entry" in r) {
      const { entry } = r;
      // A worker's copy holds a string per mention of a sentence: one per sentence from here on.
      internStrings(entry.extractions);
      // An upload has no lasting path: the journal knows it by its uploaded name.
      entries.push(opts.nameOf ? { ...entry, key: `upload:${name}` } : entry);
      for (const w of entry.warnings ?? []) warnings.push(`${name}: ${w}`);
      for (const x of entry.extractions)
        for (const w of x.warnings) warnings.push(`${name} «${x.title}»: ${w}`);
    } else {
      // A reader's reason never holds the path; an unexpected error's message might, so it is
      // only shown when files go by their paths (the CLI), and passed to onUnexpected for logs.
      const e = r.error;
      let reason: string;
      if (e instanceof IngestFileError) reason = e.reason;
      else {
        opts.onUnexpected?.(file, e);
        reason = opts.nameOf
          ? "unexpected error while reading this file"
          : `unexpected error: ${String((e as Error)?.message ?? e).split("\n")[0]}`;
      }
      skipped.push({ file: name, reason });
    }
    done += 1;
    opts.onProgress?.({ done, total: listed.files.length, file });
  }

  const t1 = performance.now();
  const fileCount = entries.length;
  const articleCount = entries.reduce((n, e) => n + e.extractions.length, 0);
  // The extractions are handed over (this frame keeps none): once resolved, they are let go
  // before the store write.
  const handed = { files: entries.splice(0) };
  const { counts, readMergeLog, outcomes, write, timings } = await ingestExtracted(handed, opts, state);
  return {
    files: fileCount,
    articles: articleCount,
    graphArticles: counts.articles,
    nodes: counts.nodes,
    rels: counts.rels,
    warnings,
    skipped,
    ignored: listed.ignored.map((k) => ({ ...k, file: nameOf(k.file) })),
    // Read from the resolution state when asked for (an answer prints it, the CLI does not);
    // the answer holds the log's table, not the resolved graph.
    get mergeLog() {
      return readMergeLog();
    },
    corrections: countOutcomes(outcomes),
    timings: { extractMs: Math.round(t1 - started), ...timings },
    ...(write ? { write } : {}),
    dryRun: Boolean(opts.dryRun),
    ms: Math.round(performance.now() - started),
  };
}

/** What `ingestExtracted` did. */
export interface ExtractedIngest {
  /** Totals in the graph after the run (what would be there, for a dry run). */
  counts: { nodes: number; rels: number; articles: number };
  /** Reads the merge log; holds the log's table only, not the resolved graph. */
  readMergeLog: () => MergeDecision[];
  outcomes: EntryOutcome[];
  /** How the store was written (absent for a dry run). */
  write?: WriteOutcome;
  /** Where the time went (ms): the journal, resolution (with the corrections), the store. */
  timings: { journalMs: number; resolveMs: number; writeMs: number };
}

/**
 * The ingest after the files are read and extracted: `handed.files` (taken out of the holder, so
 * that only this call holds them; let go once resolved, before the store write) are recorded in
 * the journal, the journal is resolved (whole with `rebuild`), the corrections log replayed and
 * the store written. `ingestPaths` runs it on the files it read, the bench's store stage on the
 * extractions of its extract stage. `state`: the last resolution's state, if its loading was
 * started earlier (`loadState`).
 */
export async function ingestExtracted(
  handed: { files: ExtractedFile[] },
  opts: IngestOptions,
  state?: Promise<ResolutionState | null>,
): Promise<ExtractedIngest> {
  if (!opts.dryRun && !opts.store)
    throw new InvalidInputError("ingestExtracted: a store is needed unless dryRun");
  const t1 = performance.now();
  const journal = new Journal(opts.dataDir);
  const { resolved, appliedAt: t2 } = await writeAndResolve(journal, handed, opts, state);
  const { outcomes, counts, write, correctedAt: t3 } = await correctAndWrite(resolved, opts);
  return {
    counts,
    readMergeLog: resolved.readMergeLog,
    outcomes,
    ...(write ? { write } : {}),
    timings: {
      journalMs: Math.round(t2 - t1),
      resolveMs: Math.round(t3 - t2),
      writeMs: Math.round(performance.now() - t3),
    },
  };
}

/**
 * After a resolution: the corrections log replayed over it, the store written (unless a dry run)
 * and the resolution state's save awaited. `correctedAt`: when the corrections were done (the
 * write's time starts there).
 */
async function correctAndWrite(
  resolved: ResolvedJournal,
  opts: { store?: GraphStore; dataDir: string; dryRun?: boolean; rebuild?: boolean },
): Promise<{
  outcomes: EntryOutcome[];
  counts: { nodes: number; rels: number; articles: number };
  write: WriteOutcome | undefined;
  correctedAt: number;
}> {
  const { graph, outcomes, counts } = await correctResolved(resolved, opts.dataDir, !opts.dryRun);
  const correctedAt = performance.now();
  const write =
    !opts.dryRun && opts.store
      ? await writeGraph(opts.store, graph, opts.dataDir, {
          rebuild: opts.rebuild ?? false,
          hint: writeHint(resolved.graph, outcomes.length),
        })
      : undefined;
  await resolved.saved;
  return { outcomes, counts, write, correctedAt };
}

/**
 * The journal keys a path to remove stands for: the file's absolute path, every file below a
 * folder, or an upload's name (`upload:<name>`).
 */
function keysFor(p: string, index: Record<string, string>, uploadsOnly = false): string[] {
  if (uploadsOnly) return index[`upload:${p}`] !== undefined ? [`upload:${p}`] : [];
  const abs = path.resolve(p);
  if (index[abs] !== undefined) return [abs];
  if (index[`upload:${p}`] !== undefined) return [`upload:${p}`];
  const below = `${abs}${path.sep}`;
  return Object.keys(index).filter((k) => k.startsWith(below));
}

/**
 * Take files out of the graph (`npm run ingest -- --remove PATH`): their sources leave the
 * journal, and the graph is resolved again without them, so their facts go, and every entity
 * left without a fact goes with them. A path the journal does not know is reported as skipped.
 */
export async function removePaths(
  paths: string[],
  opts: {
    store?: GraphStore;
    dataDir: string;
    dryRun?: boolean;
    rebuild?: boolean;
    onResolution?: (r: ResolutionMode) => void;
    /** Names of uploaded files only (the server's route): never a path of the server's disk. */
    uploadsOnly?: boolean;
  },
): Promise<IngestSummary> {
  const started = performance.now();
  if (!opts.dryRun && !opts.store)
    throw new InvalidInputError("removePaths: a store is needed unless dryRun");
  const journal = new Journal(opts.dataDir);
  const index = await journal.index();
  const skipped: SkippedFile[] = [];
  const keys: string[] = [];
  for (const p of paths) {
    const found = keysFor(p, index, opts.uploadsOnly);
    if (found.length === 0)
      skipped.push({ file: p, reason: "not in the graph (never ingested, or removed)" });
    keys.push(...found);
  }
  const change = await journal.planRemove(keys);
  const { resolved } = await applyAndResolve(journal, change, opts);
  const readMergeLog = resolved.readMergeLog;
  const { outcomes, counts, write } = await correctAndWrite(resolved, opts);
  return {
    files: keys.length,
    articles: 0,
    graphArticles: counts.articles,
    nodes: counts.nodes,
    rels: counts.rels,
    warnings: [],
    skipped,
    ignored: [],
    // Read from the resolution state when asked for (an answer prints it, the CLI does not);
    // the answer holds the log's table, not the resolved graph.
    get mergeLog() {
      return readMergeLog();
    },
    corrections: countOutcomes(outcomes),
    ...(write ? { write } : {}),
    removed: keys.length,
    dryRun: Boolean(opts.dryRun),
    ms: Math.round(performance.now() - started),
  };
}

function countOutcomes(outcomes: readonly EntryOutcome[]): IngestSummary["corrections"] {
  const n = { applied: 0, orphaned: 0, undone: 0 };
  for (const o of outcomes) n[o.status] += 1;
  return n;
}

/**
 * Resolve extractions into a graph and replay the corrections log over it; `record` writes what
 * became of each correction to `<dataDir>/corrections/applied.json`.
 */
export async function resolveWithCorrections(
  extractions: ArticleExtraction[],
  dataDir: string,
  record: boolean,
): Promise<{ batch: GraphBatch; mergeLog: MergeDecision[]; outcomes: EntryOutcome[] }> {
  const { batch: resolved, mergeLog } = resolveGraph(extractions);
  return { ...(await correctGraph(resolved, dataDir, record)), mergeLog };
}

/**
 * Replay the corrections log over a resolved graph (always over the whole graph, so an orphan
 * is an orphan of the whole graph); `record` writes what became of each correction.
 */
export async function correctGraph(
  resolved: GraphBatch,
  dataDir: string,
  record: boolean,
): Promise<{ batch: GraphBatch; outcomes: EntryOutcome[] }> {
  const log = await new CorrectionLog(dataDir).read();
  const { batch, outcomes, rejected } = applyCorrections(resolved, log.entries);
  if (record) {
    await writeAppliedState(dataDir, { at: new Date().toISOString(), outcomes, rejected, badLines: log.bad });
  }
  return { batch, outcomes };
}

/**
 * The graph of a resolution with the corrections log replayed over it, and its counts. With no
 * correction in the log it is the resolution's own graph, read entity by entity (a delta write
 * reads only the ids it changed, stored-graph.ts): what replaying nothing gives, every
 * relationship's review state `extracted`.
 */
async function correctResolved(
  resolved: ResolvedJournal,
  dataDir: string,
  record: boolean,
): Promise<{
  graph: GraphBatch | GraphSource;
  outcomes: EntryOutcome[];
  counts: { nodes: number; rels: number; articles: number };
}> {
  const log = await new CorrectionLog(dataDir).read();
  if (log.entries.length > 0) {
    const { batch, outcomes } = await correctGraph(resolved.batch, dataDir, record);
    const articles = batch.nodes.filter((n) => n.label === "Article").length;
    return {
      graph: batch,
      outcomes,
      counts: { nodes: batch.nodes.length, rels: batch.rels.length, articles },
    };
  }
  if (record)
    await writeAppliedState(dataDir, {
      at: new Date().toISOString(),
      outcomes: [],
      rejected: [],
      badLines: log.bad,
    });
  const { stored } = resolved;
  return {
    graph: uncorrected(stored),
    outcomes: [],
    counts: { nodes: stored.nodeCount, rels: stored.relCount, articles: stored.articleCount },
  };
}

/** A stored graph as the replay of an empty corrections log leaves it (review state `extracted`). */
function uncorrected(stored: StoredGraph): GraphSource {
  return {
    nodeCount: stored.nodeCount,
    relCount: stored.relCount,
    node: (id) => stored.node(id),
    rel: (id) => {
      const r = stored.rel(id);
      if (r) r.review ??= "extracted";
      return r;
    },
    toBatch: () => {
      const batch = stored.toBatch();
      for (const r of batch.rels) r.review ??= "extracted";
      return batch;
    },
    // A full write reads a graph saved in the state one entity at a time.
    scan: () => {
      const scan = stored.scan();
      if (!scan) return null;
      return {
        ...scan,
        *rels() {
          for (const r of scan.rels()) {
            r.review ??= "extracted";
            yield r;
          }
        },
      };
    },
    // A full write takes the graph over and lets it go as it is written (counts were read before).
    takeBatch: () => {
      const batch = stored.takeBatch();
      for (const r of batch.rels) r.review ??= "extracted";
      return batch;
    },
  };
}

/**
 * Resolve the stored graph again from the journal and the corrections log (after a correction)
 * and write what changed (the whole graph with `rebuild`, or when the store cannot take a delta).
 */
export async function rebuildGraph(opts: {
  store: GraphStore;
  dataDir: string;
  rebuild?: boolean;
}): Promise<{ nodes: number; rels: number; outcomes: EntryOutcome[]; write: WriteOutcome; ms: number }> {
  const started = performance.now();
  const journal = new Journal(opts.dataDir);
  // The journal did not change: the last resolution stands (resolved whole with `rebuild`).
  const resolved = await resolveJournal({
    journal,
    dataDir: opts.dataDir,
    revisionBefore: await journal.revision(),
    change: null,
    whole: Boolean(opts.rebuild),
  });
  const { batch, outcomes } = await correctGraph(resolved.batch, opts.dataDir, true);
  const write = await writeGraph(opts.store, batch, opts.dataDir, { rebuild: opts.rebuild ?? false });
  await resolved.saved;
  return {
    nodes: batch.nodes.length,
    rels: batch.rels.length,
    outcomes,
    write,
    ms: Math.round(performance.now() - started),
  };
}
