/**
 * The per-article working context shared by the extractors: the normalised matching text,
 * the original text for evidence, sentences, and span builders.
 */

import type { SentenceRange } from "../text/split-sentences.ts";
import type { Span } from "../types.ts";
import type { HonourContext } from "./parse-honour.ts";

export interface TextContext {
  /** Normalised, simplified article text (same length as `text`). */
  s: string;
  /** Original article text. */
  text: string;
  sentences: SentenceRange[];
  honour: HonourContext;
  /** Original sentence texts, filled on first use (index = sentence index). */
  sentenceText: string[];
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

/** Evidence for the words [start, end) of the article, produced by `rule` (see rules/). */
export function spanAt(ctx: TextContext, start: number, end: number, rule?: string): Span {
  const i = sentenceIndexAt(ctx, start);
  const sent = ctx.sentences[i] ?? { start: 0, end: ctx.text.length, paragraph: 0 };
  const stop = Math.max(sent.end, Math.min(end, ctx.text.length));
  let sentence: string;
  if (stop === sent.end) {
    const cached = ctx.sentenceText[i];
    sentence = cached ?? ctx.text.slice(sent.start, sent.end);
    if (cached === undefined) ctx.sentenceText[i] = sentence;
  } else sentence = ctx.text.slice(sent.start, stop);
  return {
    offset: sent.start,
    sentence,
    spanStart: Math.max(0, start - sent.start),
    spanEnd: Math.max(0, Math.min(end, stop) - sent.start),
    ...(rule === undefined ? {} : { rule }),
  };
}

/** Per UTF-16 code: 1 opening bracket or quote, 2 closing one. */
/** A lookup table per separator set (the callers use a handful of fixed sets). */
const SEP_TABLES = new Map<string, Uint8Array>();
function sepTable(seps: string): Uint8Array {
  let table = SEP_TABLES.get(seps);
  if (!table) {
    table = new Uint8Array(65536);
    for (const c of seps) table[c.charCodeAt(0)] = 1;
    SEP_TABLES.set(seps, table);
  }
  return table;
}

const BRACKET = new Uint8Array(65536);
for (const c of "“‘（《【(") BRACKET[c.charCodeAt(0)] = 1;
for (const c of "”’）》】)") BRACKET[c.charCodeAt(0)] = 2;

/** Splits [from, to) on any of `seps`, outside quotes and brackets. Returns [start, end) pairs. */
export function splitTop(s: string, from: number, to: number, seps: string): [number, number][] {
  const out: [number, number][] = [];
  const isSep = sepTable(seps);
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2000) continue;
    const b = BRACKET[c];
    if (b === 1) depth++;
    else if (b === 2) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && isSep[c] === 1) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}
