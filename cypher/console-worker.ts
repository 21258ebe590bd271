/**
 * The parent side of the console worker: forks `run-console-worker.ts` on first use, sends one
 * query at a time, and answers typed errors. A worker that crashes (kuzu segfault) answers
 * QueryCrashedError; one that overruns the timeout is killed (QueryTimeoutError). Either way the
 * next query starts a fresh worker.
 */
import { type ChildProcess, fork } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  AppError,
  ForbiddenQueryError,
  InvalidInputError,
  NotFoundError,
  QueryCrashedError,
  QueryTimeoutError,
  StoreUnavailableError,
} from "../model/errors.ts";
import { AsyncLock } from "./async-lock.ts";
import type { FromWorker, ToWorker, WorkerQuery } from "./console-worker-protocol.ts";
import type { CypherResult } from "./store.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const ENTRY = path.join(here, "run-console-worker.ts");

/** Extra time the parent waits beyond the query timeout before it kills the worker. */
const DEFAULT_GRACE_MS = 2000;
/** How long a new worker may take to load (tsx + kuzu) before it is given up as crashed. */
const STARTUP_LIMIT_MS = 60_000;

const ERRORS: Record<string, new (message: string) => AppError> = {
  invalid_input: InvalidInputError,
  forbidden_query: ForbiddenQueryError,
  query_timeout: QueryTimeoutError,
  store_unavailable: StoreUnavailableError,
  not_found: NotFoundError,
};

export interface ConsoleWorkerOptions {
  graceMs?: number;
}

interface Pending {
  id: number;
  resolve: (r: CypherResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/** Node flags that let a forked process run TypeScript (the tsx loader). */
function tsxExecArgv(): string[] {
  const loader = createRequire(import.meta.url).resolve("tsx");
  return ["--import", pathToFileURL(loader).href];
}

export class ConsoleWorker {
  private child: ChildProcess | null = null;
  /** Resolves when the current child has said it is ready; rejects if it exits first. */
  private ready: Promise<void> | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  private readonly lock = new AsyncLock();
  private closed = false;
  /** Workers started so far (a restart after a crash or timeout counts). */
  spawned = 0;

  constructor(private readonly opts: ConsoleWorkerOptions = {}) {}

  /** The worker's process id (null when none runs). */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  private spawn(): ChildProcess {
    const child = fork(ENTRY, [], {
      execArgv: tsxExecArgv(),
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      serialization: "advanced",
    });
    this.spawned++;
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (child === this.child) this.kill();
        reject(new QueryCrashedError(`The console worker did not start within ${STARTUP_LIMIT_MS} ms`));
      }, STARTUP_LIMIT_MS);
      child.on("message", (msg: FromWorker) => {
        if (msg.kind === "ready") {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new QueryCrashedError(`The console worker exited while starting (${signal ?? code})`));
      });
    });
    this.ready.catch(() => undefined);
    child.on("message", (msg: FromWorker) => this.onMessage(child, msg));
    child.on("exit", (code, signal) => this.onExit(child, code, signal));
    child.on("error", () => undefined);
    return child;
  }

  private onMessage(child: ChildProcess, msg: FromWorker): void {
    const p = this.pending;
    if (msg.kind === "ready" || child !== this.child || !p || p.id !== msg.id) return;
    this.pending = null;
    clearTimeout(p.timer);
    if (msg.kind === "result") p.resolve(msg.result);
    else {
      const Cls = ERRORS[msg.code] ?? AppError;
      p.reject(new Cls(msg.message));
    }
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
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }

  /** Runs one query on the generation file `file` in the worker (one at a time, FIFO). */
  run(
    file: string,
    query: string,
    params: Record<string, unknown>,
    limits: { timeoutMs: number; rowLimit: number },
  ): Promise<CypherResult> {
    return this.lock.run(async () => {
      if (this.closed) throw new StoreUnavailableError("the embedded store is closed");
      if (!this.child) this.child = this.spawn();
      const child = this.child;
      // The query timeout starts once the worker has loaded, not while tsx and kuzu start up.
      await this.ready;
      if (child !== this.child) throw new QueryCrashedError("The console worker stopped before the query");
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
    });
  }

  /** Asks a running worker to close its database handle (e.g. after a generation switch). */
  release(): void {
    const child = this.child;
    if (child?.connected) child.send({ kind: "release" } satisfies ToWorker, () => undefined);
  }

  /** Stops the worker for good (waits for it to exit). */
  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }

  /** Stops a running worker (waits for it to exit); the next query starts a new one. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      this.child = null;
      return;
    }
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    if (child.connected) child.disconnect();
    const timer = setTimeout(() => this.kill(), 2000);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }
}
