/**
 * The bipartite layout of a selection: honourees (persons) in the left band, their events in the
 * middle band (in date order), the events' organisers in the right band, anything else visible
 * in a last band. Each band is a grid of columns of at most ROWS rows, one label per row, so that
 * labels never overlap; persons and organisers sit in the order of their events' mean position.
 */
import type { AbstractGraph } from "graphology-types";
import { nodeTypeOf, relTypeOf } from "./graph-filter.ts";

/** Rows per column; a row is one graph unit high. */
export const ROWS = 40;
/** Width of a column in graph units (a label of about 8 characters). */
export const COLUMN = 9;
const GAP = 5;

export type Band = "people" | "events" | "organisers" | "other";

export interface BipartiteLayout {
  positions: Map<string, { x: number; y: number }>;
  bands: Map<string, Band>;
  /** Extent of the laid-out selection. */
  width: number;
  height: number;
}

const dateOf = (a: Record<string, unknown>) => (typeof a.date === "string" ? a.date : "9999");
const nameOf = (a: Record<string, unknown>, n: string) =>
  typeof a.label === "string" ? a.label : typeof a.name === "string" ? a.name : n;

/** Positions for the nodes `visible` keeps (others are left out). */
export function bipartiteLayout(graph: AbstractGraph, visible: (node: string) => boolean): BipartiteLayout {
  const events: string[] = [];
  graph.forEachNode((n, a) => {
    if (visible(n) && nodeTypeOf(a) === "Event") events.push(n);
  });
  events.sort((x, y) => {
    const ax = graph.getNodeAttributes(x);
    const ay = graph.getNodeAttributes(y);
    return dateOf(ax).localeCompare(dateOf(ay)) || nameOf(ax, x).localeCompare(nameOf(ay, y), "zh");
  });
  const eventIndex = new Map(events.map((e, i) => [e, i]));
  const people = new Map<string, number[]>();
  const organisers = new Map<string, number[]>();
  for (const e of events) {
    const i = eventIndex.get(e)!;
    graph.forEachEdge(e, (_k, ea, s, t) => {
      const other = s === e ? t : s;
      if (!visible(other)) return;
      const type = relTypeOf(ea);
      const ot = nodeTypeOf(graph.getNodeAttributes(other));
      if (type === "SPOKE_AT" && ot === "Person") people.set(other, [...(people.get(other) ?? []), i]);
      if (type === "ORGANIZED_BY") organisers.set(other, [...(organisers.get(other) ?? []), i]);
    });
  }
  // Visible persons without a visible event still belong to the people band (at the end).
  const rest: string[] = [];
  graph.forEachNode((n, a) => {
    if (!visible(n) || eventIndex.has(n) || people.has(n) || organisers.has(n)) return;
    if (nodeTypeOf(a) === "Person") people.set(n, [Number.POSITIVE_INFINITY]);
    else rest.push(n);
  });
  const byMean = (m: Map<string, number[]>) =>
    [...m]
      .map(([n, idx]) => [n, idx.reduce((s, v) => s + v, 0) / idx.length] as const)
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
      .map(([n]) => n);

  const positions = new Map<string, { x: number; y: number }>();
  const bands = new Map<string, Band>();
  let x0 = 0;
  let height = 0;
  const place = (nodes: string[], band: Band) => {
    if (nodes.length === 0) return;
    const columns = Math.ceil(nodes.length / ROWS);
    // Centre short columns on the tallest band's middle.
    const rows = Math.min(ROWS, nodes.length);
    nodes.forEach((n, i) => {
      const col = Math.floor(i / ROWS);
      const row = i % ROWS;
      positions.set(n, { x: x0 + col * COLUMN, y: -(row - rows / 2) });
      bands.set(n, band);
    });
    height = Math.max(height, rows);
    x0 += columns * COLUMN + GAP;
  };
  place(byMean(people), "people");
  place(events, "events");
  place(byMean(organisers), "organisers");
  place(rest, "other");
  return { positions, bands, width: Math.max(0, x0 - GAP - COLUMN), height };
}
