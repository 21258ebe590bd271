/**
 * The read-only Cypher console: user queries go through the store's guard
 * (`runReadOnly`) with the configured timeout and row cap; the graph part is
 * re-labelled for display like every other graph the API sends.
 */
import type { CypherResult, GraphStore } from "../../cypher/store.ts";
import { toDisplayGraph } from "./rows-to-graph.ts";

export class CypherService {
  constructor(
    private readonly store: GraphStore,
    private readonly limits: { timeoutMs: number; rowLimit: number },
  ) {}

  async run(query: string, params: Record<string, unknown>): Promise<CypherResult> {
    const result = await this.store.runReadOnly(query, params, {
      timeoutMs: this.limits.timeoutMs,
      rowLimit: this.limits.rowLimit,
    });
    return { ...result, graph: toDisplayGraph(result.graph) };
  }
}
