/**
 * Runs `layoutGraph` off the event loop: one worker thread (started on first use, unref'd so it
 * never keeps the process alive) lays out graphs one at a time. Tiny graphs are laid out inline.
 * A layout over its time limit, or a crashed worker, fails its jobs; the next job starts a new one.
 */
import { Worker } from "node:worker_threads";
import { AppError } from "../../model/errors.ts";
import type { SerializedGraph } from "../../model/types.ts";
import { type LayoutOptions, layoutGraph } from "./layout-graph.ts";
import type { LayoutReply, LayoutRequest } from "./layout-worker.ts";

const BOOT = new URL("./layout-worker-boot.mjs", import.meta.url);
const ENTRY = new URL("./layout-worker.ts", import.meta.url).href;

/** At most this many nodes are laid out inline (a few milliseconds). */
const INLINE_NODES = 100;

interface Job {
  resolve: (g: SerializedGraph) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class LayoutThread {
  private worker: Worker | null = null;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private closed = false;
  /** Worker threads started so far (for tests). */
  started = 0;

  constructor(private readonly opts: { timeoutMs?: number; inlineNodes?: number } = {}) {}

  layout(input: SerializedGraph, opts: LayoutOptions = {}): Promise<SerializedGraph> {
    if (input.nodes.length <= (this.opts.inlineNodes ?? INLINE_NODES))
      return Promise.resolve(layoutGraph(input, opts));
    if (this.closed) return Promise.reject(new AppError("The layout worker is closed"));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<SerializedGraph>((resolve, reject) => {
      const limit = this.opts.timeoutMs ?? 120_000;
      const timer = setTimeout(() => {
        this.fail(worker, new AppError(`The overview layout took longer than ${Math.round(limit / 1000)} s`));
      }, limit);
      this.jobs.set(id, { resolve, reject, timer });
      worker.ref();
      worker.postMessage({ id, input, opts } satisfies LayoutRequest);
    });
  }

  /** Stops the worker; pending layouts fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (worker) this.fail(worker, new AppError("The layout worker is closed"));
  }

  private start(): Worker {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY } });
    this.started++;
    this.worker = worker;
    worker.unref();
    worker.on("message", (msg: LayoutReply) => {
      const job = this.jobs.get(msg.id);
      if (!job) return;
      this.jobs.delete(msg.id);
      clearTimeout(job.timer);
      if (this.jobs.size === 0) worker.unref();
      if ("graph" in msg) job.resolve(msg.graph);
      else {
        console.error(`[layout] failed: ${msg.error}`);
        job.reject(new AppError("The overview layout failed"));
      }
    });
    worker.on("error", (err) => {
      console.error("[layout] worker error:", err);
      this.fail(worker, new AppError("The overview layout failed"));
    });
    worker.on("exit", () => this.fail(worker, new AppError("The overview layout worker stopped")));
    return worker;
  }

  /** Ends `worker` (if current) and fails every job it held. */
  private fail(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    void worker.terminate();
    for (const job of this.jobs.values()) {
      clearTimeout(job.timer);
      job.reject(err);
    }
    this.jobs.clear();
  }
}
