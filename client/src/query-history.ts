/**
 * The console's query history in localStorage: newest first, no duplicates, at most 50.
 * Storage is passed in (tests give a Map-backed one); a broken or full storage is ignored.
 */

export const HISTORY_KEY = "laomo-graph.console-history";
export const HISTORY_MAX = 50;

type Store = Pick<Storage, "getItem" | "setItem">;

export function loadHistory(storage: Store | null): string[] {
  try {
    const raw = JSON.parse(storage?.getItem(HISTORY_KEY) ?? "[]") as unknown;
    return Array.isArray(raw)
      ? raw.filter((q): q is string => typeof q === "string").slice(0, HISTORY_MAX)
      : [];
  } catch {
    return [];
  }
}

/** Adds a query that ran (trimmed) at the front and returns the new list. */
export function pushHistory(storage: Store | null, query: string): string[] {
  const q = query.trim();
  const list = loadHistory(storage);
  if (!q) return list;
  const next = [q, ...list.filter((x) => x !== q)].slice(0, HISTORY_MAX);
  try {
    storage?.setItem(HISTORY_KEY, JSON.stringify(next));
  } catch {
    // Full or disabled storage: the history lives for this page only.
  }
  return next;
}
