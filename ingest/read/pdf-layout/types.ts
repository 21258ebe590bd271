/**
 * Types of the page layout engine: positioned text items in (from pdfjs or OCR word boxes),
 * lines, blocks with roles, columns and article regions out. Coordinates are page units with
 * y growing downwards (top of the page is 0).
 */

export interface LayoutItem {
  str: string;
  /** Left and top edge of the glyph box. */
  x: number;
  y: number;
  width: number;
  /** Glyph box height (about the font size). */
  height: number;
  /** Font family name when known ("NotoSansCJKsc-Bold"), used to tell styles apart. */
  font?: string;
  bold?: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Line extends Box {
  text: string;
  size: number;
  bold: boolean;
  font: string;
  /** Glyphs stacked top to bottom (a vertical CJK headline). */
  vertical: boolean;
}

export type Role = "headline" | "kicker" | "subtitle" | "byline" | "caption" | "body" | "jump" | "chrome";

export interface Block extends Box {
  id: number;
  lines: Line[];
  size: number;
  bold: boolean;
  font: string;
  vertical: boolean;
  role: Role;
}

/** A drawn shape from the operator list: a thin rule, or a filled box (photo, tint). */
export interface Shape extends Box {
  kind: "rule" | "fill";
}

export interface Region extends Box {
  /** Reading order on the page, from 1. */
  index: number;
  /** Blocks in reading order: head (kicker, headline, subtitle), body columns, captions last. */
  blocks: Block[];
  headline: string | null;
  kicker: string | null;
  subtitle: string | null;
  /** Jump lines kept aside ("下转第2版", "上接第1版"). */
  jumps: string[];
  /** Column x ranges of the region's body. */
  columns: [number, number][];
  /** Paragraphs in the order the segmenter reads them. */
  paragraphs: string[];
}

export interface PageLayout {
  width: number;
  height: number;
  lines: Line[];
  blocks: Block[];
  shapes: Shape[];
  regions: Region[];
}
