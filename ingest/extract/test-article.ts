/**
 * Builds a SegmentedArticle from hand-written text (fictional people) for extractor tests:
 * the first line is the title, the body starts on the next line.
 */
import type { SegmentedArticle, Span } from "../types.ts";

export function testArticle(text: string): SegmentedArticle {
  const nl = text.indexOf("\n");
  return {
    file: "test.txt",
    index: 0,
    title: nl < 0 ? text : text.slice(0, nl),
    subtitles: [],
    text,
    simplified: text,
    bodyStart: nl < 0 ? 0 : nl + 1,
    credits: [],
    date: null,
    source: null,
  };
}

/** An evidence span with no text, carrying rule id `rule` (tests of what is done by rule). */
export function testSpan(rule?: string): Span {
  return { offset: 0, sentence: "", spanStart: 0, spanEnd: 0, ...(rule ? { rule } : {}) };
}
