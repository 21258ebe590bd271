/**
 * The layout engine's entry point: positioned text items (pdfjs or OCR) and drawn shapes →
 * lines → blocks → roles → article regions in reading order, each with its paragraphs.
 * Regions without a sentence (mastheads, ads, index boxes) are not articles.
 */
import { buildBlocks } from "./build-blocks.ts";
import { buildLines } from "./build-lines.ts";
import { classifyBlocks } from "./classify-blocks.ts";
import { cutRegions, toUnits } from "./cut-regions.ts";
import { paragraphsOf, regionText } from "./region-text.ts";
import type { Block, LayoutItem, PageLayout, Region, Shape } from "./types.ts";

export type { LayoutItem, PageLayout, Region, Shape } from "./types.ts";

const SENTENCE = /[。！？；]/;

function columnsOf(blocks: Block[]): [number, number][] {
  const ranges = blocks
    .filter((b) => b.role === "body")
    .map((b): [number, number] => [b.x0, b.x1])
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && r[0] < last[1] - 1) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}

export function analysePage(
  items: LayoutItem[],
  page: { width: number; height: number },
  shapes: Shape[] = [],
): PageLayout {
  const lines = buildLines(items);
  const blocks = buildBlocks(lines);
  const body = classifyBlocks(blocks, page.height);
  const groups = cutRegions(toUnits(blocks, shapes, body), body);
  // Pieces with no body text (a photo and its caption, a jump line) join the next article
  // when no article came before them.
  const merged: typeof groups = [];
  let pending: typeof groups = [];
  for (const g of groups) {
    const hasBody = g.units.some((u) => u.blocks.some((b) => b.role === "body" || b.role === "byline"));
    if (!g.head && !hasBody) {
      const last = merged.at(-1);
      if (last) last.units.push(...g.units);
      else pending.push(g);
      continue;
    }
    if (pending.length > 0) {
      g.units.push(...pending.flatMap((p) => p.units));
      pending = [];
    }
    merged.push(g);
  }
  const regions: Region[] = [];
  for (const g of merged) {
    const headUnits = g.units.filter((u) => u.head);
    const ordered = [...headUnits, ...g.units.filter((u) => !u.head)].flatMap((u) => u.blocks);
    const t = regionText(ordered);
    const bodyText = t.blocks.filter(
      (b) => b.role !== "headline" && b.role !== "kicker" && b.role !== "subtitle",
    );
    if (!bodyText.some((b) => b.lines.some((l) => SENTENCE.test(l.text)))) {
      for (const b of t.blocks) if (b.role === "headline" || b.role === "body") b.role = "chrome";
      continue;
    }
    const xs = g.units.filter((u) => u.blocks.length > 0);
    regions.push({
      index: regions.length + 1,
      x0: Math.min(...xs.map((u) => u.x0)),
      y0: Math.min(...xs.map((u) => u.y0)),
      x1: Math.max(...xs.map((u) => u.x1)),
      y1: Math.max(...xs.map((u) => u.y1)),
      blocks: t.blocks,
      headline: t.headline,
      kicker: t.kicker,
      subtitle: t.subtitle,
      jumps: t.jumps,
      columns: columnsOf(t.blocks),
      paragraphs: t.paragraphs,
    });
  }
  if (regions.length === 0 && blocks.some((b) => b.role !== "chrome")) {
    // No article found (a page of short items): keep its text as one region, top to bottom.
    const all = [...blocks].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    regions.push({
      index: 1,
      x0: Math.min(...all.map((b) => b.x0)),
      y0: Math.min(...all.map((b) => b.y0)),
      x1: Math.max(...all.map((b) => b.x1)),
      y1: Math.max(...all.map((b) => b.y1)),
      blocks: all,
      headline: null,
      kicker: null,
      subtitle: null,
      jumps: [],
      columns: columnsOf(all),
      paragraphs: all.flatMap((b) => paragraphsOf(b.lines)),
    });
  }
  return { width: page.width, height: page.height, lines, blocks, shapes, regions };
}
