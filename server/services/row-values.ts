/**
 * Tolerant readers for rows returned by the store's named queries: JSON-safe values in,
 * typed values out (strings, numbers, arrays, evidence), so services never trust shapes blindly.
 */
import { labelOfId } from "../../model/ids.ts";
import { type Evidence, NODE_LABELS, type NodeLabel, REL_TYPES, type RelType } from "../../model/types.ts";

export type Row = Record<string, unknown>;

export function str(v: unknown): string {
  return typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
}

export function strOrNull(v: unknown): string | null {
  return typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : null;
}

export function num(v: unknown, fallback = 0): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return fallback;
}

export function numOrNull(v: unknown): number | null {
  const n = num(v, Number.NaN);
  return Number.isNaN(n) ? null : n;
}

export function strings(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  if (typeof v === "string" && v) {
    if (v.startsWith("[")) {
      try {
        return strings(JSON.parse(v));
      } catch {
        return [v];
      }
    }
    return [v];
  }
  return [];
}

export function isRecord(v: unknown): v is Row {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function nodeLabel(v: unknown, id?: string): NodeLabel {
  if (typeof v === "string" && (NODE_LABELS as readonly string[]).includes(v)) return v as NodeLabel;
  if (Array.isArray(v)) {
    const found = v.find((x) => typeof x === "string" && (NODE_LABELS as readonly string[]).includes(x));
    if (found) return found as NodeLabel;
  }
  return (id && labelOfId(id)) || "Person";
}

export function relType(v: unknown): RelType | null {
  return typeof v === "string" && (REL_TYPES as readonly string[]).includes(v) ? (v as RelType) : null;
}

/** Evidence list from parsed objects or JSON strings; malformed items are dropped. */
export function evidenceList(v: unknown): Evidence[] {
  const items = Array.isArray(v) ? v : [];
  const out: Evidence[] = [];
  for (const raw of items) {
    let e: unknown = raw;
    if (typeof raw === "string") {
      try {
        e = JSON.parse(raw);
      } catch {
        continue;
      }
    }
    if (!isRecord(e) || typeof e.sentence !== "string") continue;
    out.push({
      articleId: str(e.articleId),
      sentence: e.sentence,
      offset: num(e.offset),
      spanStart: num(e.spanStart),
      spanEnd: num(e.spanEnd, e.sentence.length),
    });
  }
  return out;
}
