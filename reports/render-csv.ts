/**
 * CSV renderer (RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes
 * doubled). All tables go into one rectangular CSV: a `section` column names the table, the other
 * columns are the union of the tables' column keys, and `sources` holds the cited sentences
 * ("[n] 《title》 sentence", one per line). The last section, `citation`, lists every citation.
 */
import type { ReportDocument } from "./document.ts";

export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: string[][]): string {
  return `${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

export function renderCsv(doc: ReportDocument): string {
  const tables: { section: string; row: Record<string, string> }[] = [];
  const keys: string[] = [];
  const addKey = (k: string) => {
    if (!keys.includes(k)) keys.push(k);
  };
  const citeText = (ns: number[]) =>
    ns
      .map((n) => {
        const c = doc.citations[n - 1];
        return c ? `[${n}] 《${c.article?.title ?? c.evidence.articleId}》 ${c.evidence.sentence}` : `[${n}]`;
      })
      .join("\n");
  for (const s of doc.sections)
    for (const b of s.blocks) {
      if (b.type === "table") {
        for (const c of b.columns) addKey(c.key);
        for (const r of b.rows) {
          const row: Record<string, string> = { sources: citeText(r.cites) };
          b.columns.forEach((c, i) => {
            row[c.key] = r.cells[i] ?? "";
          });
          tables.push({ section: b.name, row });
        }
      } else if (b.type === "facts") {
        addKey("field");
        addKey("value");
        for (const i of b.items)
          tables.push({
            section: s.id,
            row: { field: `${i.zh} ${i.en}`, value: i.value, sources: citeText(i.cites) },
          });
      } else if (b.type === "sentences") {
        addKey("text");
        for (const i of b.items)
          tables.push({ section: s.id, row: { text: i.text, sources: citeText(i.cites) } });
      } else if (b.type === "chart" && b.chart.kind === "timeline") {
        addKey("period");
        addKey("count");
        for (const d of b.chart.data)
          tables.push({ section: b.name, row: { period: d.key, count: String(d.count) } });
      }
    }
  for (const k of ["article", "date", "newspaper", "sentence", "highlight"]) addKey(k);
  for (const c of doc.citations)
    tables.push({
      section: "citation",
      row: {
        article: c.article?.title ?? c.evidence.articleId,
        date: c.article?.date ?? "",
        newspaper: c.article?.source ?? "",
        sentence: c.evidence.sentence,
        highlight: c.evidence.sentence.slice(c.evidence.spanStart, c.evidence.spanEnd),
        sources: `[${c.n}]`,
      },
    });
  const header = ["section", ...keys, "sources"];
  return toCsv([
    header,
    ...tables.map((t) => [t.section, ...keys.map((k) => t.row[k] ?? ""), t.row.sources ?? ""]),
  ]);
}
