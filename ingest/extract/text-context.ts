/**
 * The per-article working context shared by the extractors: the normalised matching text,
 * the original text for evidence, jieba word boundaries, sentences, and span builders.
 */
import type { Span } from "../types.ts";
import type { HonourContext } from "./parse-honour.ts";
import type { SentenceRange } from "./split-sentences.ts";

export interface TextContext {
  /** Normalised, simplified article text (same length as `text`). */
  s: string;
  /** Original article text. */
  text: string;
  bounds: Set<number>;
  sentences: SentenceRange[];
  honour: HonourContext;
}

/** Index of the sentence containing offset `at` (binary search). */
export function sentenceIndexAt(ctx: TextContext, at: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Evidence for the words [start, end) of the article. */
export function spanAt(ctx: TextContext, start: number, end: number): Span {
  const sent = ctx.sentences[sentenceIndexAt(ctx, start)] ?? { start: 0, end: ctx.text.length, paragraph: 0 };
  const stop = Math.max(sent.end, Math.min(end, ctx.text.length));
  return {
    offset: sent.start,
    sentence: ctx.text.slice(sent.start, stop),
    spanStart: Math.max(0, start - sent.start),
    spanEnd: Math.max(0, Math.min(end, stop) - sent.start),
  };
}

const OPEN = "“‘（《【(";
const CLOSE = "”’）》】)";

/** Splits [from, to) on any of `seps`, outside quotes and brackets. Returns [start, end) pairs. */
export function splitTop(s: string, from: number, to: number, seps: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.includes(c)) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}
