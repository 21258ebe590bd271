/**
 * Serialisers for graph exports: CSV (RFC 4180, CRLF), GraphML (graphology-graphml only
 * parses, so this writes it), and GEXF (graphology-gexf). Attributes are flattened to
 * scalars first: arrays joined with "|", objects as JSON.
 */

import { MultiDirectedGraph } from "graphology";
import gexfModule from "graphology-gexf";
import type { SerializedGraph } from "../../model/types.ts";

// biome-ignore lint/suspicious/noExplicitAny: CJS interop under NodeNext
const gexf = ((gexfModule as any).default ?? gexfModule) as typeof gexfModule;

export type Scalar = string | number | boolean | null;

export function flattenValue(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) {
    return value.join("|");
  }
  return JSON.stringify(value);
}

export function flattenAttributes(attrs: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attrs)) {
    const f = flattenValue(v);
    if (f !== null) out[k] = f;
  }
  return out;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(flattenValue(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180: CRLF line breaks, fields with comma/quote/CR/LF quoted, quotes doubled. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** Node table (id,label,name,… union of attributes) or edge table (id,type,source,target,…). */
export function graphToCsv(graph: SerializedGraph, table: "nodes" | "edges"): string {
  if (table === "nodes") {
    const cols = columnsOf(
      ["id", "nodeType", "label"],
      graph.nodes.map((n) => n.attributes),
    );
    return toCsv(
      cols,
      graph.nodes.map((n) => cols.map((c) => (c === "id" ? n.key : n.attributes[c]))),
    );
  }
  const cols = columnsOf(
    ["id", "type", "source", "target"],
    graph.edges.map((e) => e.attributes),
  );
  return toCsv(
    cols,
    graph.edges.map((e) =>
      cols.map((c) =>
        c === "id" ? e.key : c === "source" ? e.source : c === "target" ? e.target : e.attributes[c],
      ),
    ),
  );
}

function columnsOf(first: string[], attrs: Record<string, unknown>[]): string[] {
  const cols = new Set(first);
  for (const a of attrs) for (const k of Object.keys(a)) cols.add(k);
  return [...cols];
}

function toGraphology(graph: SerializedGraph): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const n of graph.nodes) g.mergeNode(n.key, flattenAttributes(n.attributes));
  for (const e of graph.edges) {
    if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.key)) {
      g.addEdgeWithKey(e.key, e.source, e.target, flattenAttributes(e.attributes));
    }
  }
  return g;
}

export function toGexf(graph: SerializedGraph): string {
  return gexf.write(toGraphology(graph), { pretty: false });
}

const XML_ESC: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
function xml(s: string): string {
  // Also drop characters XML 1.0 forbids.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping invalid XML characters
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[&<>"']/g, (c) => XML_ESC[c]!);
}

function keyTypes(items: Record<string, Scalar>[]): Map<string, "string" | "double" | "boolean"> {
  const types = new Map<string, "string" | "double" | "boolean">();
  for (const attrs of items) {
    for (const [k, v] of Object.entries(attrs)) {
      const t = typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string";
      const prev = types.get(k);
      types.set(k, prev && prev !== t ? "string" : t);
    }
  }
  return types;
}

export function toGraphml(graph: SerializedGraph): string {
  const nodes = graph.nodes.map((n) => ({ key: n.key, attrs: flattenAttributes(n.attributes) }));
  const keys = new Set(nodes.map((n) => n.key));
  const edges = graph.edges
    .filter((e) => keys.has(e.source) && keys.has(e.target))
    .map((e) => ({ ...e, attrs: flattenAttributes(e.attributes) }));
  const nodeKeys = keyTypes(nodes.map((n) => n.attrs));
  const edgeKeys = keyTypes(edges.map((e) => e.attrs));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [k, t] of nodeKeys)
    out.push(`<key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="${t}"/>`);
  for (const [k, t] of edgeKeys)
    out.push(`<key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="${t}"/>`);
  out.push('<graph edgedefault="directed">');
  const data = (prefix: string, attrs: Record<string, Scalar>) =>
    Object.entries(attrs)
      .map(([k, v]) => `<data key="${prefix}_${xml(k)}">${xml(String(v))}</data>`)
      .join("");
  for (const n of nodes) out.push(`<node id="${xml(n.key)}">${data("n", n.attrs)}</node>`);
  for (const e of edges) {
    out.push(
      `<edge id="${xml(e.key)}" source="${xml(e.source)}" target="${xml(e.target)}">${data("e", e.attrs)}</edge>`,
    );
  }
  out.push("</graph>", "</graphml>");
  return out.join("\n");
}
