/**
 * One input file through the same path as `npm run extract`: read → segment (region by region
 * for laid-out PDFs) → extract. Reader warnings are returned, not printed.
 */
import { extractArticle } from "../ingest/extract/index.ts";
import { readDocument } from "../ingest/read/index.ts";
import { segmentByRegion } from "../ingest/segment-by-region.ts";
import type { ArticleExtraction } from "../ingest/types.ts";

export interface FileExtraction {
  articles: ArticleExtraction[];
  warnings: string[];
}

export async function extractFile(file: string): Promise<FileExtraction> {
  const doc = await readDocument(file);
  return { articles: segmentByRegion(doc).map(extractArticle), warnings: doc.warnings ?? [] };
}
