/**
 * Reads, segments and extracts the files of an ingest, in worker threads (`extract-pool.ts`) or
 * in this thread, and yields each file's outcome in file order, so the caller's journal,
 * warnings, skipped list and progress are the same whatever the number of workers. Only a small
 * window of files is in flight at once; the pool is closed when the caller stops iterating.
 */
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { ingestWorkersFrom } from "../../model/config.ts";
import { extractFile, type FileLimits } from "../extract-file.ts";
import type { ExtractedFile } from "../journal.ts";
import { ExtractPool, PoolStartError } from "./extract-pool.ts";

export interface ExtractFilesOptions {
  /**
   * Worker threads (at most one per file); 1 reads in this thread. Default: LAOMO_INGEST_WORKERS,
   * else the number of cores for a batch of at least MIN_POOL_BYTES, else this thread.
   */
  workers?: number;
  /** Per-file bounds; an `extract` function keeps the work in this thread (it cannot be sent). */
  limits: Omit<FileLimits, "name">;
  /** The name each file is recorded under (default: its path). */
  nameOf?: (file: string) => string;
}

/** One file's result: its extraction, or the error that made it fail (IngestFileError for a bad file). */
export type FileOutcome =
  | { file: string; name: string; entry: ExtractedFile }
  | { file: string; name: string; error: unknown };

/** Files in flight (sent to a worker or waiting for it) per worker. */
const WINDOW_PER_WORKER = 4;

/**
 * With no worker count given, a smaller batch is read in this thread: starting a worker (tsx,
 * the readers, jieba) takes 1–2 s of CPU, about what reading a few MiB of pages costs.
 */
export const MIN_POOL_BYTES = 4 * 1024 * 1024;

/** Workers a large ingest uses by default: LAOMO_INGEST_WORKERS, else the number of cores. */
export function defaultIngestWorkers(env: NodeJS.ProcessEnv = process.env): number {
  return ingestWorkersFrom(env) ?? availableParallelism();
}

/** Whether the files hold at least `min` bytes (stats files only until it knows). */
async function atLeastBytes(files: readonly string[], min: number): Promise<boolean> {
  let total = 0;
  for (const file of files) {
    total += await stat(file).then(
      (s) => s.size,
      () => 0,
    );
    if (total >= min) return true;
  }
  return false;
}

/** Worker threads an ingest of `files` starts (0: it reads them in this thread). */
export async function poolSize(
  files: readonly string[],
  opts: Pick<ExtractFilesOptions, "workers" | "limits">,
): Promise<number> {
  if (opts.limits.extract) return 0;
  let n = opts.workers ?? ingestWorkersFrom();
  if (n === undefined) n = (await atLeastBytes(files, MIN_POOL_BYTES)) ? availableParallelism() : 1;
  n = Math.min(n, files.length);
  return n > 1 ? n : 0;
}

async function inThread(
  file: string,
  name: string,
  limits: ExtractFilesOptions["limits"],
): Promise<FileOutcome> {
  try {
    return { file, name, entry: await extractFile(file, { ...limits, name }) };
  } catch (error) {
    return { file, name, error };
  }
}

export async function* extractFiles(
  files: readonly string[],
  opts: ExtractFilesOptions,
): AsyncGenerator<FileOutcome> {
  const nameOf = opts.nameOf ?? ((f: string) => f);
  const size = await poolSize(files, opts);
  if (size === 0) {
    for (const file of files) yield await inThread(file, nameOf(file), opts.limits);
    return;
  }
  const pool = new ExtractPool({ size });
  const one = async (file: string): Promise<FileOutcome> => {
    const name = nameOf(file);
    try {
      return { file, name, entry: await pool.run(file, { ...opts.limits, name }) };
    } catch (error) {
      // No worker could start (a broken install): this thread reads the file as it always could.
      if (error instanceof PoolStartError) return inThread(file, name, opts.limits);
      return { file, name, error };
    }
  };
  try {
    const inFlight: Promise<FileOutcome>[] = [];
    let next = 0;
    const fill = () => {
      while (next < files.length && inFlight.length < size * WINDOW_PER_WORKER) {
        inFlight.push(one(files[next] as string));
        next += 1;
      }
    };
    fill();
    for (let p = inFlight.shift(); p; p = inFlight.shift()) {
      const outcome = await p;
      fill();
      yield outcome;
    }
  } finally {
    await pool.close();
  }
}
