/**
 * The graph of the journal after a change, resolved partially against the last resolution when it
 * can be (partial.ts) and whole otherwise; the resolution state is saved for the next change.
 * Call `journalRevision` before applying the change to the journal, then `resolveJournal`.
 */
import type { GraphBatch } from "../../model/types.ts";
import { collectGarbage } from "../heap-growth.ts";
import type { Journal, JournalChange, StoredEntry } from "../journal.ts";
import type { StringTable } from "../keyed-store.ts";
import { type MergeDecision, resolveGraph } from "./index.ts";
import {
  loadState,
  mergeLogOf,
  type ResolutionMode,
  type ResolutionState,
  resolvePartially,
  resolveWhole,
  saveState,
  type TouchedIds,
} from "./partial.ts";
import { StoredGraph } from "./stored-graph.ts";

export interface ResolvedJournal {
  /** The resolved graph, each entity parsed when asked for (`stored.toBatch()`: all of it). */
  stored: StoredGraph;
  /** The whole resolved graph as objects (`stored.toBatch()`: built on first use). */
  readonly batch: GraphBatch;
  /** The merge log of the whole graph (read from the state's table on first use). */
  readonly mergeLog: MergeDecision[];
  /**
   * Reads `mergeLog` (on first call) holding only the log's table, not the graph: an answer that
   * keeps it to read later does not keep the whole resolution alive.
   */
  readonly readMergeLog: () => MergeDecision[];
  resolution: ResolutionMode;
  /**
   * The resolved graph's token (ResolutionState.token), and after a partial resolution the ids it
   * may have changed since the state it started from (for the store write's diff). Absent after a
   * dry run.
   */
  graph?: { token: string; touched?: TouchedIds };
  /** The new state being saved: await it before the run ends (it may overlap the store write). */
  saved: Promise<void>;
}

export interface ResolveJournalOptions {
  journal: Journal;
  dataDir: string;
  /** The journal's revision before `change` was applied (`Journal.revision`). */
  revisionBefore: string | null;
  /**
   * The change (already applied unless `dryRun`); null: the journal did not change. A whole
   * resolution takes its entries over (`change.entries` is emptied).
   */
  change: JournalChange | null;
  /** Resolve, but leave the journal and the state as they are. */
  dryRun?: boolean;
  /** Resolve the whole journal (`--rebuild`). */
  whole?: boolean;
  /** The state, if its loading was started earlier (`loadState`), to overlap it with extraction. */
  state?: Promise<ResolutionState | null>;
}

/** A partial resolution that read at least this many articles is followed by a full collection. */
const COLLECT_AFTER_ARTICLES = 1000;

/** Starts saving; a failure is reported where `saved` is awaited, never as an unhandled rejection. */
function startSave(dataDir: string, state: ResolutionState): Promise<void> {
  const saved = saveState(dataDir, state);
  saved.catch(() => undefined);
  return saved;
}

/** `LAOMO_DEBUG_COPY` prints each step's time on stderr (as the store writer does). */
function debugTimer(): (step: string) => void {
  let t = performance.now();
  return (step) => {
    if (!process.env.LAOMO_DEBUG_COPY) return;
    const now = performance.now();
    console.error(`[resolve] ${step}: ${Math.round(now - t)} ms`);
    t = now;
  };
}

export async function resolveJournal(opts: ResolveJournalOptions): Promise<ResolvedJournal> {
  const { journal, change } = opts;
  const mark = debugTimer();
  const state = await (opts.state ?? loadState(opts.dataDir));
  mark("load state");
  const revision = opts.dryRun ? (opts.revisionBefore ?? "") : ((await journal.revision()) ?? "");
  let reason: string;
  if (opts.whole) reason = "a full rebuild was asked for";
  else if (!state) reason = "no resolution state: first ingest, or made by other code";
  else if (opts.revisionBefore === null || state.revision !== opts.revisionBefore)
    reason = "the journal changed since the last resolution (an interrupted run?)";
  else if (!change) {
    return withBatch({
      stored: state.graph,
      log: state.mergeLog,
      resolution: { mode: "partial", reason: "" },
      graph: { token: state.token, touched: { from: state.token, nodes: [], rels: [] } },
      saved: Promise.resolve(),
    });
  } else {
    const partial = await resolvePartially(journal, state, change, revision);
    mark(`partial (${"state" in partial ? `${partial.mode.articlesResolved} articles` : partial.reason})`);
    if ("state" in partial) {
      const saved = opts.dryRun ? Promise.resolve() : startSave(opts.dataDir, partial.state);
      // A large partial resolution (a hub folded again from thousands of articles: 4,436 at 100k
      // articles when a page is removed) leaves its working data as garbage: collected before
      // the store write opens a second database (its bytes to save are already made).
      if ((partial.mode.articlesResolved ?? 0) >= COLLECT_AFTER_ARTICLES) collectGarbage();
      return withBatch({
        stored: partial.state.graph,
        log: partial.state.mergeLog,
        resolution: partial.mode,
        ...(opts.dryRun ? {} : { graph: { token: partial.state.token, touched: partial.touched } }),
        saved,
      });
    }
    reason = partial.reason;
  }
  const resolution: ResolutionMode = { mode: "full", reason };
  if (opts.dryRun) {
    const all = change
      ? await journal.articlesOfEntries(
          Object.values(change.after),
          change.after,
          new Map([...change.entries].map(([h, e]) => [h, e.now])),
        )
      : await journal.readAll();
    const { batch, mergeLog } = resolveGraph(all);
    return withBatch({ stored: StoredGraph.of(batch), log: mergeLog, resolution, saved: Promise.resolve() });
  }
  // The entries the change wrote are taken as they are in memory, not read and parsed again, and
  // handed over: the change keeps none of them (each article is let go once resolved).
  const written = change ? new Map([...change.entries].map(([h, e]) => [h, e.now])) : undefined;
  change?.entries.clear();
  const saved = await resolveAndSave(journal, revision, written, opts.dataDir, mark, reason);
  // What the resolution made and let go is collected before the store write begins.
  collectGarbage();
  mark("garbage collected");
  return withBatch({
    stored: saved.graph,
    log: saved.mergeLog,
    resolution,
    graph: { token: saved.token },
    saved: Promise.resolve(),
  });
}

/**
 * Resolves the whole journal and saves the state, then reads it back: the graph is read from it one
 * entity at a time (StoredGraph.scan), and the resolved graph held as objects, its merge log and
 * its indexes are let go (nothing of them outlives this call).
 */
async function resolveAndSave(
  journal: Journal,
  revision: string,
  written: Map<string, StoredEntry> | undefined,
  dataDir: string,
  mark: (step: string) => void,
  reason: string,
): Promise<ResolutionState> {
  const whole = await resolveWhole(journal, revision, written);
  mark(`whole journal (${reason})`);
  // The resolution's garbage (the extractions, the resolver's working data) goes before the state's
  // texts are made.
  collectGarbage();
  // The graph as objects is handed to the save and let go entity by entity as its texts are made.
  await saveState(dataDir, whole, { consume: true });
  const saved = await loadState(dataDir);
  if (!saved || saved.token !== whole.token)
    throw new Error("resolveJournal: the resolution state just saved cannot be read back");
  return saved;
}

/**
 * The resolution with `batch`, the whole graph, built from `stored` on first use, and `mergeLog`,
 * read from `log` on first use (a partial resolution that nobody asks for it reads none of it).
 */
function withBatch({
  log,
  ...r
}: Omit<ResolvedJournal, "batch" | "mergeLog" | "readMergeLog"> & {
  log: StringTable | MergeDecision[];
}): ResolvedJournal {
  const read = mergeLogReader(log);
  Object.defineProperty(r, "mergeLog", { get: read, enumerable: true });
  Object.defineProperty(r, "readMergeLog", { value: read, enumerable: false });
  return Object.defineProperty(r, "batch", {
    get: () => r.stored.toBatch(),
    enumerable: false,
  }) as ResolvedJournal;
}

/** Reads the merge log from `log` on first call; its closure holds the log only (not the graph). */
function mergeLogReader(log: StringTable | MergeDecision[]): () => MergeDecision[] {
  let merged: MergeDecision[] | null = Array.isArray(log) ? log : null;
  return () => (merged ??= mergeLogOf(log as StringTable));
}
