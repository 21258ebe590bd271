/**
 * Defensive readers for query rows: store values are JSON-safe but loosely typed, and evidence
 * may arrive either as JSON strings (as stored) or already parsed. Nothing here throws on odd data.
 */
import type { CypherValue } from "../cypher/store.ts";
import type { Evidence } from "../model/types.ts";

export type Row = Record<string, CypherValue>;

export function str(v: CypherValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? v : String(v);
}

export function text(v: CypherValue | undefined): string {
  return str(v) ?? "";
}

export function num(v: CypherValue | undefined): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function strList(v: CypherValue | undefined): string[] {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is string => typeof x === "string" && x !== "");
}

function isEvidence(o: unknown): o is Evidence {
  if (typeof o !== "object" || o === null) return false;
  const e = o as Record<string, unknown>;
  return typeof e.articleId === "string" && typeof e.sentence === "string";
}

function normalise(e: Evidence): Evidence {
  const len = e.sentence.length;
  const start = Math.max(0, Math.min(len, Number(e.spanStart) || 0));
  const end = Math.max(start, Math.min(len, Number(e.spanEnd) || 0));
  return {
    articleId: e.articleId,
    sentence: e.sentence,
    offset: Number(e.offset) || 0,
    spanStart: start,
    spanEnd: end,
  };
}

/** Evidence list from a stored value: JSON strings, objects, or a JSON array string. */
export function evidenceList(v: CypherValue | undefined): Evidence[] {
  if (v === null || v === undefined) return [];
  if (typeof v === "string") {
    try {
      return evidenceList(JSON.parse(v) as CypherValue);
    } catch {
      return [];
    }
  }
  if (Array.isArray(v)) return v.flatMap((x) => evidenceList(x));
  return isEvidence(v) ? [normalise(v)] : [];
}

export function evidenceKey(e: Evidence): string {
  return `${e.articleId}\u0001${e.offset}\u0001${e.spanStart}\u0001${e.spanEnd}\u0001${e.sentence}`;
}

/** Evidence lists merged without duplicates, in first-seen order. */
export function mergeEvidence(...lists: Evidence[][]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const list of lists)
    for (const e of list) {
      const k = evidenceKey(e);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(e);
      }
    }
  return out;
}
