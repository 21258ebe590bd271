/**
 * A small pool of console worker slots (default 2), so one slow user query never blocks the
 * rest: each query takes an idle slot (FIFO wait when all are busy), the other idle slots are
 * started in the background, and a generation switch restarts idle workers on the new file.
 * Admission (bounded queue, per-client limits) is the server's `console-admission.ts`.
 */
import { StoreUnavailableError } from "../model/errors.ts";
import { launchWorker, resolveSandbox, type SandboxMode, type SandboxState } from "./console-sandbox.ts";
import { ConsoleWorker } from "./console-worker.ts";
import type { CypherResult } from "./store.ts";

export interface ConsolePoolOptions {
  /** Worker processes (each with its own 512 MiB kuzu buffer pool); default 2. */
  workers?: number;
  /** bubblewrap sandbox: auto (when it works), on (required), off; default auto. */
  sandbox?: SandboxMode;
  /** Folders hidden inside the sandbox (the data dir). */
  hide?: string[];
  /** Extra time before the hard kill of a query that overran its timeout (tests). */
  graceMs?: number;
}

export const DEFAULT_CONSOLE_WORKERS = 2;

export class ConsolePool {
  private readonly slots: ConsoleWorker[];
  private readonly taken = new Set<ConsoleWorker>();
  private readonly waiters: (() => void)[] = [];
  private readonly mode: SandboxMode;
  private readonly hide: string[];
  private state: Promise<SandboxState> | null = null;
  private sandboxed = false;
  private closed = false;

  constructor(opts: ConsolePoolOptions = {}) {
    this.mode = opts.sandbox ?? "auto";
    this.hide = opts.hide ?? [];
    const n = Math.max(1, opts.workers ?? DEFAULT_CONSOLE_WORKERS);
    const launch = (file: string) => launchWorker(file, this.sandboxed, this.hide);
    this.slots = Array.from(
      { length: n },
      () => new ConsoleWorker({ launch, ...(opts.graceMs !== undefined ? { graceMs: opts.graceMs } : {}) }),
    );
  }

  /** Whether workers run sandboxed (probed once, on first use). */
  sandbox(): Promise<SandboxState> {
    this.state ??= resolveSandbox(this.mode, this.hide).then((s) => {
      this.sandboxed = s.active;
      return s;
    });
    return this.state;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Process ids of the running workers (bwrap's when sandboxed). */
  get pids(): number[] {
    return this.slots.map((s) => s.pid).filter((p): p is number => p !== null);
  }

  /** Worker processes started so far, over all slots. */
  get spawned(): number {
    return this.slots.reduce((n, s) => n + s.spawned, 0);
  }

  private async acquire(file: string): Promise<ConsoleWorker> {
    for (;;) {
      if (this.closed) throw new StoreUnavailableError("the embedded store is closed");
      const idle = this.slots.filter((s) => !this.taken.has(s));
      const slot = idle.find((s) => s.file === file) ?? idle[0];
      if (slot) {
        this.taken.add(slot);
        return slot;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private giveBack(slot: ConsoleWorker): void {
    this.taken.delete(slot);
    this.waiters.shift()?.();
  }

  /** Starts idle slots on `file` in the background, so the next queries find a ready worker. */
  private warmIdle(file: string): void {
    for (const s of this.slots) {
      if (!this.taken.has(s) && s.file !== file && !s.busy) void s.warm(file).catch(() => undefined);
    }
  }

  /** Runs one query on generation `file` in the first idle worker. */
  async run(
    file: string,
    query: string,
    params: Record<string, unknown>,
    limits: { timeoutMs: number; rowLimit: number },
  ): Promise<CypherResult> {
    const state = await this.sandbox();
    if (this.mode === "on" && !state.active) {
      throw new StoreUnavailableError(
        "The console is off: its sandbox is required (LAOMO_CONSOLE_SANDBOX=on) but not available",
      );
    }
    const slot = await this.acquire(file);
    this.warmIdle(file);
    try {
      return await slot.run(file, query, params, limits);
    } finally {
      this.giveBack(slot);
    }
  }

  /** After a generation switch: stops idle workers that read another generation than `current`. */
  release(current: string | null): void {
    for (const s of this.slots) if (!this.taken.has(s)) s.release(current);
  }

  /** Stops every worker (waits); later queries start new ones. */
  async stop(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.stop()));
  }

  /** Stops every worker for good. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w();
    await Promise.all(this.slots.map((s) => s.close()));
  }
}
