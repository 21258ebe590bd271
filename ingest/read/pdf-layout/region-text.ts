/**
 * One article region → paragraphs in the shape the segmenter reads: kicker, headline,
 * subtitle, a standalone byline, body paragraphs (column chunks split at indents, short last
 * lines and size changes), then captions and credits; jump lines are kept aside.
 */
import { joinLines } from "./build-lines.ts";
import type { Block, Line } from "./types.ts";

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Splits one column chunk (lines top to bottom) into paragraphs. */
export function paragraphsOf(lines: Line[]): string[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const advances: number[] = [];
  for (let i = 1; i < lines.length; i++) advances.push(lines[i]!.y1 - lines[i - 1]!.y1);
  const advance = median(advances.filter((a) => a > 0));
  const out: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const size = Math.max(line.size, prev.size, 1);
    const newParagraph =
      Math.abs(line.size - prev.size) > 0.15 * size ||
      (advance > 0 && line.y1 - prev.y1 > 1.5 * advance) ||
      line.x0 > left + 0.8 * size ||
      prev.x1 < right - 1.5 * size;
    if (newParagraph) {
      out.push(current);
      current = line.text;
    } else current = joinLines(current, line.text);
  }
  out.push(current);
  return out;
}

const oneLine = (b: Block) => b.lines.map((l) => l.text).reduce((a, t) => joinLines(a, t), "");

export interface RegionText {
  headline: string | null;
  kicker: string | null;
  subtitle: string | null;
  jumps: string[];
  paragraphs: string[];
  /** Blocks in the order their text was written. */
  blocks: Block[];
}

/** `blocks` in reading order (head unit first). */
export function regionText(blocks: Block[]): RegionText {
  const head = blocks.filter((b) => b.role === "kicker" || b.role === "headline" || b.role === "subtitle");
  const bylines = blocks.filter((b) => b.role === "byline");
  const body = blocks.filter((b) => b.role === "body");
  const captions = blocks.filter((b) => b.role === "caption");
  const jumps = blocks.filter((b) => b.role === "jump");
  const ordered = [...head, ...bylines, ...body, ...captions];
  const headline = head.find((b) => b.role === "headline");
  const kicker = head.find((b) => b.role === "kicker");
  const subtitle = head.find((b) => b.role === "subtitle");
  return {
    headline: headline ? oneLine(headline) : null,
    kicker: kicker ? oneLine(kicker) : null,
    subtitle: subtitle ? oneLine(subtitle) : null,
    jumps: jumps.map(oneLine),
    paragraphs: [
      ...head.map(oneLine),
      ...bylines.map(oneLine),
      ...body.flatMap((b) => paragraphsOf(b.lines)),
      ...captions.flatMap((b) => paragraphsOf(b.lines)),
    ],
    blocks: ordered,
  };
}
