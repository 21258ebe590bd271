/**
 * Date hints as ISO strings (YYYY-MM-DD): from a file name (2025-04-28-…, 20250428_…),
 * from free text (2025-04-28 10:20, 2025年04月28日, 2025/4/28) and from ISO timestamps.
 */

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const TEXT_DATE = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;

/** First date written in `text` (Chinese or numeric form), as ISO, or null. */
export function findDate(text: string): string | null {
  const re = new RegExp(TEXT_DATE.source, "g");
  for (const m of text.matchAll(re)) {
    const month = Number(m[2] ?? m[4]);
    const day = Number(m[3] ?? m[5]);
    const date = iso(Number(m[1]), month, day);
    if (date) return date;
  }
  return null;
}

/** A date in a file name: 2025-04-28-…, 2025_04_28, 20250428_…; null when none. */
export function dateFromFileName(file: string): string | null {
  const base = file.split(/[\\/]/).at(-1) ?? file;
  const sep = /(?:^|[^\d])(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/.exec(base);
  if (sep) return iso(Number(sep[1]), Number(sep[2]), Number(sep[3]));
  const compact = /(?:^|[^\d])(\d{4})(\d{2})(\d{2})(?!\d)/.exec(base);
  if (compact) return iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}

/** Normalises a user-given or metadata date (ISO timestamp, Chinese date …) to YYYY-MM-DD. */
export function normaliseDate(value: string): string | null {
  return findDate(value.trim());
}
