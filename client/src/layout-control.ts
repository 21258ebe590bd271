/**
 * ForceAtlas2 refinement in a web worker (graphology-layout-forceatlas2/worker):
 * start/stop on demand, settings inferred from the graph size. Moves node x/y only.
 */

import * as fa2WorkerModule from "graphology-layout-forceatlas2/worker.js";
import type { AbstractGraph } from "graphology-types";
import { fa2 } from "./fa2.ts";

interface Supervisor {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  kill(): void;
}
type SupervisorCtor = new (
  graph: AbstractGraph,
  params?: { settings?: Record<string, unknown> },
) => Supervisor;
const FA2Layout = ((fa2WorkerModule as unknown as { default?: SupervisorCtor }).default ??
  fa2WorkerModule) as unknown as SupervisorCtor;

export class LayoutControl {
  private layout: Supervisor | null = null;

  constructor(private readonly graph: AbstractGraph) {}

  isRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (this.graph.order === 0) return;
    // Recreate the supervisor each time: the graph may have grown since the last run.
    this.layout?.kill();
    const settings = { ...fa2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 500 };
    this.layout = new FA2Layout(this.graph, { settings });
    this.layout.start();
  }

  stop(): void {
    this.layout?.stop();
  }

  toggle(): boolean {
    if (this.isRunning()) this.stop();
    else this.start();
    return this.isRunning();
  }

  kill(): void {
    this.layout?.kill();
    this.layout = null;
  }
}
