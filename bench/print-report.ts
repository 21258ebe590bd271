/**
 * Renders benchmark results as a plain-text table for the terminal.
 */
import type { StageResult } from "./types.ts";

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US");
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

export function renderTable(results: StageResult[]): string {
  const rows: string[][] = [["stage", "metric", "value", "unit"]];
  const notes: string[] = [];
  for (const r of results) {
    if (r.status !== "ok") rows.push([r.stage, r.status, "", ""]);
    for (const m of r.metrics) rows.push([r.stage, m.name, format(m.value), m.unit]);
    if (r.note) notes.push(`${r.stage}: ${r.note}`);
  }
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => (row[c] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c === 2 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const sep = widths.map((w) => "-".repeat(w)).join("  ");
  const table = [line(rows[0] ?? []), sep, ...rows.slice(1).map(line)].join("\n");
  return notes.length > 0 ? `${table}\n\n${notes.join("\n")}` : table;
}
