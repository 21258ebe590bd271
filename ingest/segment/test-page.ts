/**
 * Builds a RawDocument from the paragraphs of a hand-written page (fictional text) for the
 * segmenter's tests, and lists an article's credits as "role:name".
 */
import { toSimplified } from "../read/index.ts";
import type { RawDocument, SegmentedArticle } from "../types.ts";

export function pageDoc(lines: string[], date: string | null = null): RawDocument {
  const text = lines.join("\n\n");
  return {
    file: "page.txt",
    text,
    simplified: toSimplified(text),
    format: "txt",
    encoding: "UTF-8",
    date,
    source: null,
    titleHint: null,
  };
}

export const creditsOf = (a: SegmentedArticle | undefined): string[] | undefined =>
  a?.credits.map((c) => `${c.role}:${c.name}`);
