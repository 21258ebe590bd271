/**
 * One string per distinct text within a group of extractions: a sentence is the evidence of
 * several facts of its article (a person, their honour, their employer), and a copy received from
 * a worker thread or parsed from the journal holds one string per mention of it. Interned, each
 * sentence (and each repeated name or rule id) is held once while the journal is resolved. The
 * values are unchanged; only which string object holds them.
 */
import type { ArticleExtraction } from "./types.ts";

type Pool = Map<string, string>;

function internValue(v: unknown, pool: Pool): unknown {
  if (typeof v === "string") {
    const seen = pool.get(v);
    if (seen !== undefined) return seen;
    pool.set(v, v);
    return v;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = internValue(v[i], pool);
  } else if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = internValue(o[k], pool);
  }
  return v;
}

/**
 * Interns, in place, the strings of `extractions` (one pool for all of them: a file's articles)
 * other than each article's text, and returns them.
 */
export function internStrings(extractions: ArticleExtraction[]): ArticleExtraction[] {
  const pool: Pool = new Map();
  for (const x of extractions) {
    const o = x as unknown as Record<string, unknown>;
    for (const k of Object.keys(o)) if (k !== "text") o[k] = internValue(o[k], pool);
  }
  return extractions;
}
