/**
 * Markdown renderer (GitHub-flavoured): headings, fact lists, pipe tables with a sources column,
 * charts as text bars, and a Sources section where the cited words are in bold.
 */
import type { Evidence } from "../model/types.ts";
import type { Block, ReportDocument } from "./document.ts";
import { FOOTER_EN, FOOTER_ZH } from "./render-html.ts";

/** Escapes Markdown syntax and raw HTML; keeps table cells on one line. */
export function escapeMd(s: string): string {
  return s.replace(/\r?\n/g, " ").replace(/([\\`*_[\]<>|#~!])/g, "\\$1");
}

const cites = (ns: number[]) => ns.map((n) => `[${n}]`).join("");

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

function renderBlock(b: Block): string {
  switch (b.type) {
    case "facts":
      return b.items
        .map((i) => `- **${escapeMd(i.zh)}** (${escapeMd(i.en)}): ${escapeMd(i.value)}${cites(i.cites)}`)
        .join("\n");
    case "sentences":
      return b.items
        .map(
          (i) => `- ${escapeMd(i.text)}${cites(i.cites)}${i.textEn ? `  \n  _${escapeMd(i.textEn)}_` : ""}`,
        )
        .join("\n");
    case "chart": {
      const max = Math.max(1, ...b.chart.data.map((d) => d.count));
      return `**${escapeMd(b.chart.zh)}** (${escapeMd(b.chart.en)})\n\n${table(
        ["项目 Item", "数量 Count", "图示 Bar"],
        b.chart.data
          .slice(0, 30)
          .map((d) => [
            escapeMd(d.key),
            String(d.count),
            "█".repeat(Math.max(1, Math.round((d.count / max) * 20))),
          ]),
      )}`;
    }
    case "table": {
      const caption = b.caption ? `**${escapeMd(b.caption.zh)}** (${escapeMd(b.caption.en)})\n\n` : "";
      if (b.rows.length === 0) return `${caption}_无记录 None recorded_`;
      const hasCites = b.rows.some((r) => r.cites.length > 0);
      const head = [
        ...b.columns.map((c) => `${escapeMd(c.zh)} ${escapeMd(c.en)}`),
        ...(hasCites ? ["来源 Sources"] : []),
      ];
      const rows = b.rows.map((r) => [...r.cells.map(escapeMd), ...(hasCites ? [cites(r.cites)] : [])]);
      return caption + table(head, rows);
    }
  }
}

export function highlightMd(e: Evidence): string {
  const s = e.sentence;
  const mid = s.slice(e.spanStart, e.spanEnd);
  return `${escapeMd(s.slice(0, e.spanStart))}${mid ? `**${escapeMd(mid)}**` : ""}${escapeMd(s.slice(e.spanEnd))}`;
}

export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeMd(doc.title)}`, "", `_${escapeMd(doc.titleEn)}_`, ""];
  if (doc.subtitle) out.push(escapeMd(doc.subtitle), "");
  out.push(`生成时间 Generated at: ${doc.generatedAt}`, "");
  for (const s of doc.sections) {
    out.push(`## ${escapeMd(s.zh)} (${escapeMd(s.en)})`, "");
    const tables = new Set(s.blocks.flatMap((b) => (b.type === "table" ? [b.name] : [])));
    // A chart whose numbers are also a table in this section is shown once, as the table.
    for (const b of s.blocks) if (b.type !== "chart" || !tables.has(b.name)) out.push(renderBlock(b), "");
  }
  if (doc.citations.length > 0) {
    out.push("## 来源 (Sources)", "");
    for (const a of doc.sources) {
      const mine = doc.citations.filter((c) => c.evidence.articleId === a.id);
      if (mine.length === 0) continue;
      const meta = [a.date, a.source].filter(Boolean).join(" · ");
      out.push(`### 《${escapeMd(a.title)}》${meta ? ` ${escapeMd(meta)}` : ""}`, "");
      for (const c of mine) out.push(`- [${c.n}] ${highlightMd(c.evidence)}`);
      out.push("");
    }
  }
  out.push("---", "", `_${escapeMd(FOOTER_ZH)}_`, "", `_${escapeMd(FOOTER_EN)}_`, "");
  return out.join("\n");
}
