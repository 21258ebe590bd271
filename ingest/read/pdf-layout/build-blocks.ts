/**
 * Lines → blocks: a line joins the block whose last line sits right above it (one leading
 * away), overlaps it horizontally and has the same size and style. A block is a column chunk
 * (paragraph breaks stay inside it); open blocks are few (one per column), so this is linear.
 */
import type { Block, Line } from "./types.ts";

function sameStyle(a: Line, b: Line): boolean {
  return (
    Math.abs(a.size - b.size) <= 0.06 * Math.max(a.size, b.size) && a.font === b.font && a.bold === b.bold
  );
}

export function buildBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let open: Block[] = [];
  for (const line of lines) {
    open = open.filter((b) => line.y0 - b.y1 < 3 * b.size);
    let target: Block | null = null;
    if (!line.vertical) {
      for (const b of open) {
        const last = b.lines.at(-1)!;
        if (b.vertical || !sameStyle(last, line)) continue;
        const gap = line.y0 - last.y1;
        const overlap = Math.min(last.x1, line.x1) - Math.max(last.x0, line.x0);
        const aligned =
          Math.abs(last.x0 - line.x0) <= 2.5 * line.size ||
          overlap > 0.6 * Math.min(last.x1 - last.x0, line.x1 - line.x0);
        if (gap > -0.3 * line.size && gap < 1.1 * line.size && aligned && overlap > 0) {
          target = b;
          break;
        }
      }
    }
    if (target) {
      target.lines.push(line);
      target.x0 = Math.min(target.x0, line.x0);
      target.x1 = Math.max(target.x1, line.x1);
      target.y1 = Math.max(target.y1, line.y1);
    } else {
      const b: Block = {
        id: blocks.length,
        lines: [line],
        x0: line.x0,
        y0: line.y0,
        x1: line.x1,
        y1: line.y1,
        size: line.size,
        bold: line.bold,
        font: line.font,
        vertical: line.vertical,
        role: "body",
      };
      blocks.push(b);
      open.push(b);
    }
  }
  return blocks;
}

/** The text size that covers most characters: the body size. */
export function bodySize(blocks: Block[]): number {
  const count = new Map<number, number>();
  for (const b of blocks)
    for (const l of b.lines) {
      const k = Math.round(l.size * 2) / 2;
      count.set(k, (count.get(k) ?? 0) + l.text.length);
    }
  let best = 10;
  let n = -1;
  for (const [k, v] of count) if (v > n) [best, n] = [k, v];
  return best;
}
