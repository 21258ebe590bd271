/**
 * The read-only Cypher console: user queries pass admission (bounded queue, per-client limits,
 * see `console-admission.ts`), then the store's guard (`runReadOnly`) with the configured timeout
 * and row cap; the graph part is re-labelled for display like every other graph the API sends.
 */
import type { CypherResult, GraphStore } from "../../cypher/store.ts";
import { ConsoleAdmission } from "./console-admission.ts";
import { toDisplayGraph } from "./rows-to-graph.ts";

export interface ConsoleLimits {
  timeoutMs: number;
  rowLimit: number;
  /** Queries that run at once (the store's console workers); default 2. */
  workers?: number;
  /** Queries that may wait; default 16. */
  queue?: number;
  /** Queued + running queries per client; default 4. */
  perClient?: number;
}

export class CypherService {
  private readonly admission: ConsoleAdmission;

  constructor(
    private readonly store: GraphStore,
    private readonly limits: ConsoleLimits,
  ) {
    this.admission = new ConsoleAdmission({
      workers: limits.workers ?? 2,
      queue: limits.queue ?? 16,
      perClient: limits.perClient ?? 4,
      // A query never waits longer than it may run; the client retries after about that long.
      maxWaitMs: limits.timeoutMs,
      retryAfterS: Math.max(1, Math.ceil(limits.timeoutMs / 1000)),
    });
  }

  /** Console queries running and waiting now. */
  get load(): { running: number; queued: number } {
    return this.admission.load;
  }

  /** Runs one console query for `client` (its key from `clientKey`, e.g. by IP). */
  async run(query: string, params: Record<string, unknown>, client = "local"): Promise<CypherResult> {
    const result = await this.admission.run(client, () =>
      this.store.runReadOnly(query, params, {
        timeoutMs: this.limits.timeoutMs,
        rowLimit: this.limits.rowLimit,
      }),
    );
    return { ...result, graph: toDisplayGraph(result.graph), rewrites: result.rewrites ?? [] };
  }
}
