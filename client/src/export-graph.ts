/**
 * Exports of the current view: a PNG composited from sigma's canvas layers (rendered
 * synchronously first so WebGL buffers are readable) and a GEXF file written client-side.
 */

import * as gexf from "graphology-gexf/browser/index.js";
import type { AbstractGraph } from "graphology-types";
import type Sigma from "sigma";

const LAYERS = ["edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"];

/** One PNG of all visible layers on a white background. */
export function renderPng(renderer: Sigma): Promise<Blob> {
  renderer.refresh();
  const canvases = renderer.getCanvases();
  const first = canvases.nodes ?? Object.values(canvases)[0];
  if (!first) return Promise.reject(new Error("no canvas"));
  const out = document.createElement("canvas");
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext("2d");
  if (!ctx) return Promise.reject(new Error("no 2d context"));
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  for (const id of LAYERS) {
    const c = canvases[id];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob failed"))), "image/png"),
  );
}

export function graphToGexf(graph: AbstractGraph): string {
  // GEXF needs scalar attributes: drop arrays/objects (evidence) and keep the rest.
  const copy = graph.nullCopy();
  graph.forEachNode((n, a) => {
    copy.addNode(n, scalarAttributes(a));
  });
  graph.forEachEdge((e, a, s, t) => {
    copy.addEdgeWithKey(e, s, t, scalarAttributes(a));
  });
  return gexf.write(copy, {
    formatNode: (_k: string, a: Record<string, unknown>) => ({ label: String(a.label ?? ""), attributes: a }),
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
