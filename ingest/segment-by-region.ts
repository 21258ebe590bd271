/**
 * Segments a document region by region when the reader found article regions (a PDF page's
 * layout): articles never run across regions, and a region whose headline the segmenter does
 * not see as one still gives an article under that headline. Other documents go as a whole.
 */
import { toSimplified } from "./read/to-simplified.ts";
import { segmentDocument } from "./segment/index.ts";
import type { RawDocument, SegmentedArticle } from "./types.ts";

export function segmentByRegion(doc: RawDocument): SegmentedArticle[] {
  if (!doc.regions || doc.regions.length === 0) return segmentDocument(doc);
  const out: SegmentedArticle[] = [];
  for (const r of doc.regions) {
    const { regions: _, ...rest } = doc;
    const part: RawDocument = {
      ...rest,
      text: r.text,
      simplified: toSimplified(r.text),
      titleHint: r.headline,
    };
    for (const a of segmentDocument(part)) out.push({ ...a, index: out.length });
  }
  return out;
}
