/**
 * Serialises a graphology graph to the API wire format, always with `attributes`
 * on nodes and edges (graphology's own export omits empty ones).
 */
import type { AbstractGraph } from "graphology-types";
import type { SerializedGraph } from "../../model/types.ts";

export function serializeGraph(graph: AbstractGraph): SerializedGraph {
  const out: SerializedGraph = {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [],
    edges: [],
  };
  graph.forEachNode((key, attributes) => {
    out.nodes.push({ key, attributes: { ...attributes } });
  });
  graph.forEachEdge((key, attributes, source, target) => {
    out.edges.push({ key, source, target, attributes: { ...attributes } });
  });
  return out;
}
