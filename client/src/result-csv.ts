/**
 * Console results as text: one readable string per cell (a node by its name, a relationship by
 * its type, a path as the names along it with its relationship types and directions) and the
 * whole table as CSV (RFC 4180 quoting, a BOM so spreadsheet programs read UTF-8 Chinese).
 */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** A node as the server serialises it: an object with an id and a name (or title). */
function nodeName(v: Obj): string | null {
  const name = typeof v.name === "string" ? v.name : typeof v.title === "string" ? v.title : null;
  return name !== null && (typeof v.id === "string" || typeof v.nodeType === "string" || "_label" in v)
    ? name
    : null;
}

function isRel(v: Obj): boolean {
  return typeof v.type === "string" && typeof v.source === "string" && typeof v.target === "string";
}

/** Whether a value is a path (`{nodes: [...], rels: [...]}`, nodes in order). */
export function isPath(v: unknown): v is { nodes: Obj[]; rels: Obj[] } {
  return (
    isObj(v) && Array.isArray(v.nodes) && Array.isArray(v.rels) && v.nodes.every(isObj) && v.rels.every(isObj)
  );
}

/**
 * A path as `甲 —SPOKE_AT→ 某活动 ←SPOKE_AT— 乙`: the names along it, each step with its type
 * and the direction the relationship points. `relName` translates types (identity by default).
 */
export function pathText(
  p: { nodes: Obj[]; rels: Obj[] },
  relName: (t: string) => string = (t) => t,
): string {
  const names = p.nodes.map((n) => nodeName(n) ?? String(n.id ?? "?"));
  const parts: string[] = [names[0] ?? ""];
  p.rels.forEach((r, i) => {
    const from = p.nodes[i];
    const type = relName(String(r.type ?? ""));
    const forward = from === undefined || r.source === from.id;
    parts.push(forward ? ` —${type}→ ` : ` ←${type}— `, names[i + 1] ?? "?");
  });
  return parts.join("");
}

/** One cell as plain text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) return v.map(cellText).join(", ");
  if (isPath(v)) return pathText(v);
  const o = v as Obj;
  const name = nodeName(o);
  if (name !== null) return name;
  if (isRel(o)) return `:${o.type}`;
  const { evidence: _e, articleIds: _a, text: _t, ...rest } = o;
  return JSON.stringify(rest);
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The table as CSV: a header row of column names, then one row per result row. */
export function toCsv(columns: string[], rows: unknown[][]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(row.map((c) => csvField(cellText(c))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
