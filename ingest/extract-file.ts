/**
 * Read, segment and extract one file within its time limit: the per-file stage of the ingest
 * (`pipeline.ts` runs it for every file, in this thread or in the worker pool of
 * `parallel/extract-pool.ts`). Imports no store code, so a worker thread can load it alone.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { IngestFileError } from "../model/errors.ts";
import { extractArticle } from "./extract/index.ts";
import { contentHash, type ExtractedFile } from "./journal.ts";
import { FileDeadline, readDocument } from "./read/index.ts";
import { ReadRefusal } from "./read/read-refusal.ts";
import { segmentByRegion } from "./segment-by-region.ts";
import type { ArticleExtraction, SegmentedArticle } from "./types.ts";

/** The extractor (a test may pass a changed one; default `extractArticle`). */
export type ExtractFn = (a: SegmentedArticle) => ArticleExtraction;

export const DEFAULT_MAX_SECONDS_PER_FILE = 120;
export const DEFAULT_MAX_ARTICLES_PER_FILE = 5000;

/** Per-file bounds for `extractFile`. */
export interface FileLimits {
  date?: string;
  maxSecondsPerFile?: number;
  maxChars?: number;
  maxArticlesPerFile?: number;
  /** The name recorded as the articles' `file` (default: the path). */
  name?: string;
  /** The extractor (default `extractArticle`). */
  extract?: ExtractFn;
}

/**
 * The warning on an article that has no date (none in its file name, front matter, page metadata,
 * masthead or the `--date` option): the reader is told why it matters and how to give one.
 */
export const UNDATED_WARNING =
  "no date found (file name, front matter, page): the article has no date and its events dated by day or " +
  "近日/日前 stay undated; give one with a file name starting YYYY-MM-DD, a `date: YYYY-MM-DD` " +
  "front-matter line, or --date YYYY-MM-DD";

/** The extraction with the ingest's own warnings added (an undated article is one). */
export function withIngestWarnings(x: ArticleExtraction): ArticleExtraction {
  if (x.date || x.warnings.includes(UNDATED_WARNING)) return x;
  return { ...x, warnings: [...x.warnings, UNDATED_WARNING] };
}

function cannotRead(file: string, e: unknown): IngestFileError {
  return new IngestFileError(file, `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
}

/** The file's bytes, read once: the journal hashes them and the reader decodes them. */
async function readBytes(file: string, sync: boolean): Promise<Buffer> {
  if (!sync) return readFile(file).catch((e: unknown) => Promise.reject(cannotRead(file, e)));
  try {
    return readFileSync(file);
  } catch (e) {
    throw cannotRead(file, e);
  }
}

/**
 * Read, segment and extract one file within its time limit. Throws IngestFileError for bad
 * input (over a bound included). The journal keys it by its absolute path; the articles carry
 * `limits.name`. The file is read once (its bytes are hashed for the journal and decoded);
 * `syncRead` reads it synchronously, for a worker thread, which does one file at a time and where
 * a small file's synchronous read costs less than the asynchronous one's trips to the thread pool.
 */
export async function extractFile(
  file: string,
  limits: FileLimits = {},
  syncRead = false,
): Promise<ExtractedFile> {
  const deadline = new FileDeadline(limits.maxSecondsPerFile ?? DEFAULT_MAX_SECONDS_PER_FILE);
  const bytes = await readBytes(file, syncRead);
  const doc = await readDocument(file, {
    bytes,
    deadline,
    ...(limits.date ? { date: limits.date } : {}),
    ...(limits.maxChars ? { maxChars: limits.maxChars } : {}),
  });
  try {
    deadline.check();
    const articles = segmentByRegion({ ...doc, file: limits.name ?? file });
    if (articles.length === 0)
      throw new IngestFileError(file, "no articles found (a page with no headline and body)");
    const maxArticles = limits.maxArticlesPerFile ?? DEFAULT_MAX_ARTICLES_PER_FILE;
    if (articles.length > maxArticles)
      throw new IngestFileError(file, `${articles.length} articles in one file, limit ${maxArticles}`);
    const extractions: ArticleExtraction[] = [];
    for (const a of articles) {
      deadline.check();
      extractions.push(withIngestWarnings((limits.extract ?? extractArticle)(a)));
    }
    deadline.check();
    const entry: ExtractedFile = {
      file,
      key: path.resolve(file),
      name: limits.name ?? file,
      contentHash: contentHash(bytes),
      date: doc.date,
      extractions,
    };
    return doc.warnings ? { ...entry, warnings: doc.warnings } : entry;
  } catch (e) {
    if (e instanceof ReadRefusal) throw new IngestFileError(file, e.reason, { cause: e });
    throw e;
  }
}
