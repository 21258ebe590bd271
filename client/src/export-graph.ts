/**
 * Exports of the current view: a PNG composited from sigma's canvas layers (rendered
 * synchronously first so WebGL buffers are readable) and a GEXF file written client-side.
 */

import writeGexf from "graphology-gexf/browser/writer.js";
import type { AbstractGraph } from "graphology-types";
import type Sigma from "sigma";
import { CJK_FONT } from "./node-style.ts";

const LAYERS = ["edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"];

/** A legend row drawn into the PNG. */
export interface PngLegendRow {
  colour: string;
  text: string;
}

/**
 * One PNG of all visible layers on a white background, at `scale` times the screen's
 * resolution (sigma redraws at that pixel ratio, so labels and discs stay sharp and the
 * labels are the screen's, which never overlap), with the legend drawn in the top-left corner.
 */
export async function renderPng(renderer: Sigma, legend: PngLegendRow[] = [], scale = 2.5): Promise<Blob> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => scale });
  let out: HTMLCanvasElement;
  try {
    renderer.resize(true);
    renderer.refresh();
    out = composite(renderer);
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    renderer.resize(true);
    renderer.refresh();
  }
  drawLegend(out, legend, scale);
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob failed"))), "image/png"),
  );
}

function composite(renderer: Sigma): HTMLCanvasElement {
  const canvases = renderer.getCanvases();
  const first = canvases.nodes ?? Object.values(canvases)[0];
  if (!first) throw new Error("no canvas");
  const out = document.createElement("canvas");
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("no 2d context");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  for (const id of LAYERS) {
    const c = canvases[id];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return out;
}

/** The legend as a framed box of colour swatches and names, `scale` times the screen size. */
function drawLegend(out: HTMLCanvasElement, rows: PngLegendRow[], scale: number): void {
  const ctx = out.getContext("2d");
  if (!ctx || rows.length === 0) return;
  const font = 12 * scale;
  const line = 18 * scale;
  const pad = 8 * scale;
  ctx.font = `${font}px ${CJK_FONT}`;
  const width = Math.max(...rows.map((r) => ctx.measureText(r.text).width)) + font + 3 * pad;
  const height = rows.length * line + pad;
  ctx.fillStyle = "rgba(255, 255, 255, 0.92)";
  ctx.strokeStyle = "#cccccc";
  ctx.lineWidth = scale;
  ctx.fillRect(pad, pad, width, height);
  ctx.strokeRect(pad, pad, width, height);
  ctx.textBaseline = "middle";
  rows.forEach((r, i) => {
    const cy = 2 * pad + i * line + line / 2 - pad / 2;
    ctx.fillStyle = r.colour;
    ctx.beginPath();
    ctx.arc(2 * pad + font / 2, cy, font / 2.4, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = "#222222";
    ctx.fillText(r.text, 2 * pad + font + pad / 2, cy);
  });
}

/** How a node or edge looks on screen: what Gephi's viz attributes keep. */
export interface VizOf {
  node(key: string): { x: number; y: number; size: number; color: string; hidden?: boolean } | null;
  edge?(key: string): { color: string; size: number; hidden?: boolean } | null;
}

/**
 * GEXF 1.3 of the graph. With `viz`, each node keeps its position, colour and size and each
 * edge its colour and thickness (viz attributes), so Gephi opens the picture on screen; nodes
 * hidden there (filters) are left out, with their edges.
 */
export function graphToGexf(graph: AbstractGraph, viz?: VizOf): string {
  // GEXF needs scalar attributes: drop arrays/objects (evidence) and keep the rest.
  const copy = graph.nullCopy();
  graph.forEachNode((n, a) => {
    const v = viz?.node(n);
    if (v?.hidden) return;
    const attributes: Record<string, unknown> = scalarAttributes(a);
    // x and y are the layout's: written as viz:position, not as data columns.
    delete attributes.x;
    delete attributes.y;
    copy.addNode(n, { attributes, viz: v ? { x: v.x, y: v.y, z: 0, size: v.size, color: v.color } : null });
  });
  graph.forEachEdge((e, a, s, t) => {
    if (!copy.hasNode(s) || !copy.hasNode(t)) return;
    const v = viz?.edge?.(e);
    if (v?.hidden) return;
    copy.addEdgeWithKey(e, s, t, {
      attributes: scalarAttributes(a),
      viz: v ? { color: v.color, thickness: v.size } : null,
    });
  });
  type Out = { attributes: Record<string, unknown>; viz: Record<string, unknown> | null };
  const format = (a: Record<string, unknown>) => {
    const out = a as unknown as Out;
    return {
      label: String(out.attributes.label ?? out.attributes.name ?? ""),
      attributes: out.attributes,
      ...(out.viz ? { viz: out.viz } : {}),
    };
  };
  return writeGexf(copy, {
    version: "1.3",
    formatNode: (_k: string, a: Record<string, unknown>) => format(a),
    formatEdge: (_k: string, a: Record<string, unknown>) => format(a),
  });
}

function scalarAttributes(a: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(a)) {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[k] = v.join("|");
  }
  return out;
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
