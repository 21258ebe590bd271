/**
 * One console worker slot (parent side): starts a worker process for one database generation
 * (via `launch`, sandboxed or not), waits for its ready message, sends one query at a time and
 * answers typed errors. A worker that crashes (kuzu segfault) answers QueryCrashedError; one that
 * overruns the timeout is killed (QueryTimeoutError); one that cannot start (e.g. its generation
 * was removed meanwhile) answers StoreUnavailableError. The next query starts a fresh one.
 */
import type { ChildProcess } from "node:child_process";
import {
  AppError,
  ForbiddenQueryError,
  InvalidInputError,
  NotFoundError,
  QueryCrashedError,
  QueryTimeoutError,
  QueryTooLargeError,
  StoreUnavailableError,
} from "../model/errors.ts";
import { AsyncLock } from "./async-lock.ts";
import type { FromWorker, ToWorker, WorkerQuery } from "./console-worker-protocol.ts";
import type { CypherResult } from "./store.ts";

/** Extra time the parent waits beyond the query timeout before it kills the worker. */
const DEFAULT_GRACE_MS = 2000;
/** How long a new worker may take to load (tsx + kuzu) before it is given up as crashed. */
const STARTUP_LIMIT_MS = 60_000;

const ERRORS: Record<string, new (message: string) => AppError> = {
  invalid_input: InvalidInputError,
  forbidden_query: ForbiddenQueryError,
  query_timeout: QueryTimeoutError,
  query_too_large: QueryTooLargeError,
  store_unavailable: StoreUnavailableError,
  not_found: NotFoundError,
};

export interface ConsoleWorkerOptions {
  /** Starts the worker process for generation `file` (with an IPC channel). */
  launch: (file: string) => ChildProcess;
  /** Time the parent waits beyond a query's timeout before the hard kill (may be negative in tests). */
  graceMs?: number;
}

interface Pending {
  id: number;
  resolve: (r: CypherResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

export class ConsoleWorker {
  private child: ChildProcess | null = null;
  /** The generation the current child opened. */
  private childFile: string | null = null;
  /** Resolves when the current child has said it is ready; rejects if it fails or exits first. */
  private ready: Promise<void> | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  private readonly lock = new AsyncLock();
  private closed = false;
  /** Queries running or waiting on this slot. */
  private users = 0;
  /** Workers started so far (a restart after a crash, timeout or generation switch counts). */
  spawned = 0;

  constructor(private readonly opts: ConsoleWorkerOptions) {}

  /** The worker's process id (null when none runs); with the sandbox, bwrap's pid. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** The generation the running worker reads (null when none runs). */
  get file(): string | null {
    return this.child ? this.childFile : null;
  }

  /** True while a query runs or waits on this slot. */
  get busy(): boolean {
    return this.users > 0;
  }

  private spawn(file: string): ChildProcess {
    const child = this.opts.launch(file);
    this.spawned++;
    this.childFile = file;
    this.ready = new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (e: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (child === this.child) this.kill();
        reject(e);
      };
      const timer = setTimeout(
        () =>
          fail(new StoreUnavailableError(`The console worker did not start within ${STARTUP_LIMIT_MS} ms`)),
        STARTUP_LIMIT_MS,
      );
      child.on("message", (msg: FromWorker) => {
        if (msg.kind === "ready" && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve();
        } else if (msg.kind === "failed") {
          fail(new (ERRORS[msg.code] ?? StoreUnavailableError)(msg.message));
        }
      });
      child.on("exit", (code, signal) =>
        fail(new StoreUnavailableError(`The console worker exited while starting (${signal ?? code})`)),
      );
      child.on("error", () => fail(new StoreUnavailableError("The console worker could not start")));
    });
    this.ready.catch(() => undefined);
    child.on("message", (msg: FromWorker) => this.onMessage(child, msg));
    child.on("exit", (code, signal) => this.onExit(child, code, signal));
    return child;
  }

  private onMessage(child: ChildProcess, msg: FromWorker): void {
    const p = this.pending;
    if (msg.kind === "ready" || msg.kind === "failed" || child !== this.child || !p || p.id !== msg.id)
      return;
    this.pending = null;
    clearTimeout(p.timer);
    if (msg.kind === "result") p.resolve(msg.result);
    else p.reject(new (ERRORS[msg.code] ?? AppError)(msg.message));
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== this.child) return;
    this.child = null;
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    clearTimeout(p.timer);
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    p.reject(
      new QueryCrashedError(
        `The embedded database crashed on this query (${how}); the server kept running. ` +
          "kuzu 0.11 has bugs on some valid queries: try labelling the nodes or moving filters into the MATCH.",
      ),
    );
  }

  private kill(): void {
    const child = this.child;
    this.child = null;
    if (child && isRunning(child)) child.kill("SIGKILL");
  }

  /** Makes sure a worker for `file` is running (restarting one that reads another generation). */
  private async ensure(file: string): Promise<ChildProcess> {
    if (this.closed) throw new StoreUnavailableError("the embedded store is closed");
    if (this.child && this.childFile !== file) await this.stop();
    if (!this.child) this.child = this.spawn(file);
    const child = this.child;
    await this.ready;
    if (child !== this.child) throw new StoreUnavailableError("The console worker stopped before the query");
    return child;
  }

  /** Starts (or keeps) a ready worker for `file` without running a query; resolves when ready. */
  warm(file: string): Promise<void> {
    return this.lock.run(async () => {
      await this.ensure(file);
    });
  }

  /** Runs one query on generation `file` (one at a time per slot, FIFO). */
  async run(
    file: string,
    query: string,
    params: Record<string, unknown>,
    limits: { timeoutMs: number; rowLimit: number },
  ): Promise<CypherResult> {
    this.users++;
    try {
      return await this.lock.run(async () => {
        // The query timeout starts once the worker has opened the generation, not while it starts.
        const child = await this.ensure(file);
        return this.send(child, file, query, params, limits);
      });
    } finally {
      this.users--;
    }
  }

  private send(
    child: ChildProcess,
    file: string,
    query: string,
    params: Record<string, unknown>,
    limits: { timeoutMs: number; rowLimit: number },
  ): Promise<CypherResult> {
    return new Promise<CypherResult>((resolve, reject) => {
      const id = this.nextId++;
      const grace = this.opts.graceMs ?? DEFAULT_GRACE_MS;
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = null;
        this.kill();
        reject(
          new QueryTimeoutError(`query: timed out after ${limits.timeoutMs} ms; the worker was restarted`),
        );
      }, limits.timeoutMs + grace);
      this.pending = { id, resolve, reject, timer };
      const msg: WorkerQuery = { kind: "query", id, file, query, params, ...limits };
      child.send(msg, (err) => {
        if (err && this.pending?.id === id) {
          this.pending = null;
          clearTimeout(timer);
          this.kill();
          reject(new QueryCrashedError(`The console worker did not take the query: ${err.message}`));
        }
      });
    });
  }

  /**
   * After a generation switch: an idle worker that reads another generation than `current` is
   * stopped and, when `current` is given, started again on it in the background (the sandbox
   * binds one generation file, so a worker never re-opens another one).
   */
  release(current: string | null): void {
    if (this.busy || !this.child || this.childFile === current) return;
    const child = this.child;
    if (child.connected) child.send({ kind: "release" } satisfies ToWorker, () => undefined);
    void this.lock
      .run(async () => {
        if (this.child !== child || this.childFile === current) return;
        await this.stop();
        if (current && !this.closed) await this.ensure(current);
      })
      .catch(() => undefined);
  }

  /** Stops the worker for good (waits for it to exit). */
  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }

  /** Stops a running worker (waits for it to exit); the next query starts a new one. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !isRunning(child)) {
      this.child = null;
      return;
    }
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    if (child.connected) child.disconnect();
    const timer = setTimeout(() => {
      if (isRunning(child)) child.kill("SIGKILL");
    }, 2000);
    await exited;
    clearTimeout(timer);
    if (this.child === child) this.child = null;
  }
}
