/**
 * Visual encoding of the graph: one colour per node type (legend uses the same table),
 * default sizes, and the community palette. Colours are readable on a light background.
 */
import { NODE_LABELS, type NodeLabel } from "../../model/types.ts";

export const TYPE_COLOURS: Record<NodeLabel, string> = {
  Person: "#d1495b",
  Event: "#2e86ab",
  Honour: "#e8a33d",
  Organization: "#3f8f5b",
  Place: "#8a6fbf",
  Article: "#7a7a7a",
};

export const DEFAULT_SIZE: Record<NodeLabel, number> = {
  Person: 6,
  Event: 8,
  Honour: 7,
  Organization: 6,
  Place: 5,
  Article: 4,
};

export const MUTED_NODE = "#e2e2e2";
export const MUTED_EDGE = "#f0f0f0";
export const EDGE_COLOUR = "#c4c4c4";
export const HIGHLIGHT = "#111111";
export const PATH_COLOUR = "#ff6f00";

const COMMUNITY_PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#393b79",
  "#ad494a",
  "#637939",
];

export const COMMUNITY_PALETTE_SIZE = COMMUNITY_PALETTE.length;

export function communityColour(index: number): string {
  return COMMUNITY_PALETTE[index % COMMUNITY_PALETTE.length]!;
}

export function isNodeLabel(v: unknown): v is NodeLabel {
  return typeof v === "string" && (NODE_LABELS as readonly string[]).includes(v);
}

export function typeColour(label: unknown): string {
  return isNodeLabel(label) ? TYPE_COLOURS[label] : "#999999";
}

/** CJK-capable font stack for sigma labels and the page. */
export const CJK_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
