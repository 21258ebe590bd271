/**
 * Graph exports: the whole graph (paged through `export-nodes` / `export-rels`) or the
 * subgraph induced by chosen node ids, as JSON (graphology serialized, every property),
 * GEXF, GraphML or CSV (one table per request). Flat formats leave out article full text.
 */
import type { GraphStore } from "../../cypher/store.ts";
import type { SerializedGraph } from "../../model/types.ts";
import { graphToCsv, toGexf, toGraphml } from "./export-formats.ts";
import { withoutServerPath } from "./node-page.ts";
import { isRecord, type Row } from "./row-values.ts";
import { isPlainNode, isPlainRel } from "./rows-to-graph.ts";

export type ExportFormat = "gexf" | "graphml" | "csv" | "json";

const PAGE = 10_000;

export interface ExportFile {
  contentType: string;
  filename: string;
  body: string;
}

function collect(rows: unknown[], nodes: Map<string, Row>, rels: Map<string, Row>): void {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (isPlainNode(v)) {
      if (!nodes.has(v.id)) nodes.set(v.id, v);
    } else if (isPlainRel(v)) {
      if (!rels.has(v.id)) rels.set(v.id, v);
    } else if (isRecord(v)) for (const x of Object.values(v)) walk(x);
  };
  walk(rows);
}

function toExportGraph(nodes: Map<string, Row>, rels: Map<string, Row>, keepText: boolean): SerializedGraph {
  const graph: SerializedGraph = {
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: [],
    edges: [],
  };
  for (const [key, n] of nodes) {
    const { id: _id, label, name, text, ...fields } = n;
    // An article's file by its name: the server's folders never leave it.
    const rest = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, withoutServerPath(k, v)]));
    graph.nodes.push({
      key,
      attributes: {
        label: name,
        nodeType: label,
        ...rest,
        ...(keepText && text !== undefined ? { text } : {}),
      },
    });
  }
  for (const [key, r] of rels) {
    const { id: _id, source, target, ...rest } = r;
    if (typeof source !== "string" || typeof target !== "string") continue;
    if (!nodes.has(source) || !nodes.has(target)) continue;
    graph.edges.push({ key, source, target, attributes: rest });
  }
  return graph;
}

export class ExportService {
  constructor(private readonly store: GraphStore) {}

  async graph(ids: string[], keepText: boolean): Promise<SerializedGraph> {
    const nodes = new Map<string, Row>();
    const rels = new Map<string, Row>();
    if (ids.length > 0) {
      collect(await this.store.query("export-subgraph-nodes", { ids }), nodes, new Map());
      collect(await this.store.query("export-subgraph-rels", { ids }), new Map(), rels);
    } else {
      for (const name of ["export-nodes", "export-rels"] as const) {
        for (let skip = 0; ; skip += PAGE) {
          const page = await this.store.query(name, { skip, limit: PAGE });
          collect(page, nodes, rels);
          if (page.length < PAGE) break;
        }
      }
    }
    return toExportGraph(nodes, rels, keepText);
  }

  async export(format: ExportFormat, opts: { ids: string[]; table: "nodes" | "edges" }): Promise<ExportFile> {
    const graph = await this.graph(opts.ids, format === "json");
    const base = opts.ids.length > 0 ? "laomo-graph-subgraph" : "laomo-graph";
    switch (format) {
      case "json":
        return { contentType: "application/json", filename: `${base}.json`, body: JSON.stringify(graph) };
      case "gexf":
        return { contentType: "application/gexf+xml", filename: `${base}.gexf`, body: toGexf(graph) };
      case "graphml":
        return {
          contentType: "application/graphml+xml",
          filename: `${base}.graphml`,
          body: toGraphml(graph),
        };
      case "csv":
        return {
          contentType: "text/csv; charset=utf-8",
          filename: `${base}-${opts.table}.csv`,
          body: graphToCsv(graph, opts.table),
        };
    }
  }
}
