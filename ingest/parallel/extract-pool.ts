/**
 * A pool of worker threads that read, segment and extract files (`extract-worker.ts`), one file
 * per worker at a time, in the order asked. A worker that crashes, or runs past its file's time
 * limit (plus a grace), is terminated and replaced: its file fails and the rest go on. Idle
 * workers never keep the process alive; close() ends them all.
 */
import { Worker } from "node:worker_threads";
import { IngestFileError } from "../../model/errors.ts";
import { DEFAULT_MAX_SECONDS_PER_FILE } from "../extract-file.ts";
import type { ExtractedFile } from "../journal.ts";
import type { ExtractJob, WorkerLimits, WorkerReply } from "./protocol.ts";

const BOOT = new URL("./worker-boot.mjs", import.meta.url);
const ENTRY = new URL("./extract-worker.ts", import.meta.url).href;

/** How long a new worker may take to load (tsx, the readers, jieba) before it counts as failed. */
const BOOT_LIMIT_MS = 60_000;

export interface ExtractPoolOptions {
  /** Worker threads (at least 1). */
  size: number;
  /** Environment of the workers (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

/** run()'s error when no worker could be started: the caller reads the file in its own thread. */
export class PoolStartError extends Error {}

interface Job {
  id: number;
  file: string;
  limits: WorkerLimits;
  resolve: (entry: ExtractedFile) => void;
  reject: (e: unknown) => void;
}

/**
 * Jobs a worker holds at once: the one it works on and the next, sent before the first is done, so
 * that it never waits for this thread to hand it a file (each of the two workers of a 2-core 30k
 * ingest sat idle 19 % of its time with one job at a time: the reply, this thread's turn and the
 * next job's message between two files of a few milliseconds).
 */
const JOBS_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The jobs sent to the worker, in the order it works on them (the first is running). */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  /**
   * The worker's uncaught error, once reported: the thread is dying. Its 'exit' comes after every
   * message it posted before the error (a file it finished just before the crash stays done), so the
   * slot fails on 'exit', and takes no new job meanwhile.
   */
  crash: Error | null;
}

/** The hard limit of one file in a worker: its own limit, then a grace for its cooperative check. */
export function hardLimitMs(limits: WorkerLimits): number {
  const ms = (limits.maxSecondsPerFile ?? DEFAULT_MAX_SECONDS_PER_FILE) * 1000;
  return ms + Math.max(1000, ms * 0.1);
}

export class ExtractPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private startError: Error | null = null;
  /** Workers started so far, replacements included. */
  started = 0;

  constructor(private readonly opts: ExtractPoolOptions) {
    for (let i = 0; i < Math.max(1, opts.size); i++) this.spawn();
  }

  /** Reads, segments and extracts `file` in the next free worker. */
  run(file: string, limits: WorkerLimits): Promise<ExtractedFile> {
    if (this.closed) return Promise.reject(new Error("the extract pool is closed"));
    if (this.startError) return Promise.reject(this.startError);
    return new Promise<ExtractedFile>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, limits, resolve, reject });
      this.pump();
    });
  }

  /** Ends every worker; jobs not finished fail. */
  async close(): Promise<void> {
    this.closed = true;
    const err = new Error("the extract pool is closed");
    for (const job of this.queue.splice(0)) job.reject(err);
    const ending = [...this.slots].map((s) => this.end(s, err));
    await Promise.all(ending);
  }

  private spawn(): void {
    const worker = new Worker(BOOT, {
      workerData: { entry: ENTRY },
      ...(this.opts.env ? { env: this.opts.env } : {}),
    });
    this.started += 1;
    const slot: Slot = { worker, ready: false, jobs: [], timer: null, crash: null };
    this.slots.add(slot);
    slot.timer = setTimeout(() => {
      void this.fail(slot, new Error(`an extract worker did not start within ${BOOT_LIMIT_MS / 1000} s`));
    }, BOOT_LIMIT_MS);
    worker.on("message", (msg: WorkerReply) => this.onReply(slot, msg));
    worker.on("error", (e) => {
      slot.crash ??= new Error(`the extract worker crashed: ${e.message}`);
    });
    worker.on(
      "exit",
      (code) =>
        void this.fail(slot, slot.crash ?? new Error(`the extract worker stopped (exit code ${code})`)),
    );
  }

  private onReply(slot: Slot, msg: WorkerReply): void {
    if (!this.slots.has(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (msg.kind === "ready") {
      slot.ready = true;
      this.pump();
      return;
    }
    const job = slot.jobs[0];
    if (!job || job.id !== msg.id) return;
    slot.jobs.shift();
    // The worker goes on with the next job it holds: its time starts now.
    if (slot.jobs.length > 0) this.startTimer(slot);
    if (msg.kind === "done") job.resolve(msg.entry);
    else if (msg.kind === "bad-file") job.reject(new IngestFileError(job.file, msg.reason));
    else {
      const e = new Error(msg.message);
      if (msg.stack) e.stack = msg.stack;
      job.reject(e);
    }
    this.pump();
  }

  /** Gives queued jobs to ready idle workers; idle workers stop holding the process. */
  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.crash) continue;
      while (slot.jobs.length < JOBS_PER_WORKER) {
        const job = this.queue.shift();
        if (!job) break;
        slot.jobs.push(job);
        if (slot.jobs.length === 1) this.startTimer(slot);
        slot.worker.postMessage({ id: job.id, file: job.file, limits: job.limits } satisfies ExtractJob);
      }
      if (slot.jobs.length === 0) slot.worker.unref();
      else slot.worker.ref();
    }
  }

  /** Times the job the worker works on (the first it holds): past its hard limit the worker is ended. */
  private startTimer(slot: Slot): void {
    const job = slot.jobs[0]!;
    const seconds = job.limits.maxSecondsPerFile ?? DEFAULT_MAX_SECONDS_PER_FILE;
    slot.timer = setTimeout(() => {
      void this.fail(slot, new IngestFileError(job.file, `took longer than ${seconds} s`));
    }, hardLimitMs(job.limits));
  }

  /**
   * A worker crashed, hung or never started: it is ended and its job fails with `err`. A worker
   * that had started is replaced; when none is left that could start, queued jobs fail with
   * PoolStartError (the caller reads them itself).
   */
  private async fail(slot: Slot, err: Error): Promise<void> {
    if (!this.slots.has(slot)) return;
    const wasReady = slot.ready;
    const ending = this.end(slot, err);
    if (!this.closed) {
      if (wasReady) {
        this.spawn();
        // The jobs it held and never began may go to another worker at once.
        this.pump();
      } else if (this.slots.size === 0) {
        this.startError = new PoolStartError(err.message);
        for (const job of this.queue.splice(0)) job.reject(this.startError);
      }
    }
    await ending;
  }

  /** Takes `slot` out of the pool, fails its job and terminates its thread. */
  private async end(slot: Slot, err: unknown): Promise<void> {
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    // The job it worked on fails; the ones it held and never began go back to the queue.
    const [job, ...waiting] = slot.jobs;
    slot.jobs = [];
    job?.reject(err);
    if (this.closed) for (const w of waiting) w.reject(err);
    else this.queue.unshift(...waiting);
    await slot.worker.terminate();
  }
}
