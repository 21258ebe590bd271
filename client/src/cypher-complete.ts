/**
 * Autocomplete for the console: the word before the cursor, completed from Cypher keywords
 * and functions, or from the schema's names by context — after `:` node labels and
 * relationship types, after `.` property names, elsewhere keywords, functions and names.
 * Pure: text and cursor in, a replacement range and candidates out.
 */

export interface SchemaNames {
  labels: string[];
  relTypes: string[];
  properties: string[];
}

export interface Completion {
  /** The range of `text` the chosen candidate replaces. */
  start: number;
  end: number;
  items: string[];
}

export const CYPHER_KEYWORDS = [
  "MATCH",
  "OPTIONAL MATCH",
  "WHERE",
  "RETURN",
  "WITH",
  "UNWIND",
  "ORDER BY",
  "SKIP",
  "LIMIT",
  "DISTINCT",
  "AS",
  "AND",
  "OR",
  "NOT",
  "IN",
  "CONTAINS",
  "STARTS WITH",
  "ENDS WITH",
  "IS NULL",
  "IS NOT NULL",
  "CASE",
  "WHEN",
  "THEN",
  "ELSE",
  "END",
  "UNION",
  "DESC",
  "ASC",
  "EXISTS",
  "COUNT",
  "CALL",
  "SHORTEST",
];

export const CYPHER_FUNCTIONS = [
  "count",
  "collect",
  "sum",
  "avg",
  "min",
  "max",
  "size",
  "label",
  "labels",
  "type",
  "id",
  "nodes",
  "rels",
  "length",
  "coalesce",
  "toString",
  "toInteger",
  "toLower",
  "toUpper",
  "substring",
  "left",
  "right",
  "trim",
  "date",
  "startNode",
  "endNode",
];

const WORD = /[A-Za-z_][A-Za-z0-9_]*$/;

/** Candidates for the word ending at `cursor` (at most `limit`), or null when there is no word. */
export function complete(text: string, cursor: number, schema: SchemaNames, limit = 12): Completion | null {
  const before = text.slice(0, cursor);
  const m = WORD.exec(before);
  const word = m ? m[0] : "";
  const start = cursor - word.length;
  const prev = text[start - 1] ?? "";
  // After `:` a label or type may come even before any letter is typed; elsewhere a word is needed.
  if (!word && prev !== ":" && prev !== ".") return null;
  const end = cursor + (/^[A-Za-z0-9_]*/.exec(text.slice(cursor))?.[0].length ?? 0);
  let pool: string[];
  if (prev === ":") {
    // Inside square brackets a relationship type, inside parentheses a label.
    const open = Math.max(before.lastIndexOf("["), before.lastIndexOf("("));
    pool = open >= 0 && before[open] === "[" ? schema.relTypes : schema.labels;
  } else if (prev === ".") pool = schema.properties;
  else
    pool = [
      ...CYPHER_KEYWORDS,
      ...CYPHER_FUNCTIONS.map((f) => `${f}(`),
      ...schema.labels,
      ...schema.relTypes,
    ];
  const lower = word.toLowerCase();
  const items = [...new Set(pool)]
    .filter((c) => c.toLowerCase().startsWith(lower) && c.toLowerCase() !== lower)
    .slice(0, limit);
  return items.length ? { start, end, items } : null;
}

/** The text with the completion applied, and where the cursor goes. */
export function applyCompletion(text: string, c: Completion, item: string): { text: string; cursor: number } {
  return { text: text.slice(0, c.start) + item + text.slice(c.end), cursor: c.start + item.length };
}
