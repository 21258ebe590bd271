/**
 * Worker-thread entry for overview layouts (started by `layout-thread.ts` through
 * `layout-worker-boot.mjs`): lays out each graph it is sent with `layoutGraph`, one at a time,
 * so ForceAtlas2 never runs on the server's event loop.
 */
import { parentPort } from "node:worker_threads";
import type { SerializedGraph } from "../../model/types.ts";
import { type LayoutOptions, layoutGraph } from "./layout-graph.ts";

export interface LayoutRequest {
  id: number;
  input: SerializedGraph;
  opts: LayoutOptions;
}

export type LayoutReply = { id: number; graph: SerializedGraph } | { id: number; error: string };

parentPort?.on("message", (msg: LayoutRequest) => {
  let reply: LayoutReply;
  try {
    reply = { id: msg.id, graph: layoutGraph(msg.input, msg.opts) };
  } catch (e) {
    reply = { id: msg.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
