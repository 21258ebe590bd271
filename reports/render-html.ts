/**
 * HTML renderer: a self-contained, printable page (A4 print CSS, a page break before each main
 * section, CJK font stack, inline SVG charts, no external assets). All data text is escaped.
 */
import type { Evidence } from "../model/types.ts";
import type { Block, Citation, ReportDocument } from "./document.ts";
import { escapeXml as esc, renderChart } from "./render-charts.ts";

export const FOOTER_ZH =
  "本报告的每一条陈述都注明出处：方括号中的编号对应“来源”一节中的原文句子，高亮部分即所依据的事实。";
export const FOOTER_EN =
  "Every statement in this report cites its source: bracketed numbers refer to the original sentences in the Sources section, with the supporting words highlighted.";

const CSS = `
:root { --ink: #1d1d1f; --muted: #666; --line: #d0d0d0; --accent: #b03a2e; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--ink); margin: 0 auto; max-width: 190mm; padding: 12mm 0; font-size: 10.5pt; line-height: 1.55; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 6mm; padding-bottom: 3mm; }
h1 { font-size: 20pt; margin: 0; color: var(--accent); }
h2 { font-size: 14pt; margin: 0 0 3mm; border-left: 5px solid var(--accent); padding-left: 3mm; }
h3 { font-size: 11pt; margin: 4mm 0 2mm; }
.en { color: var(--muted); font-weight: normal; font-size: 0.78em; margin-left: 0.5em; }
p.en-title { margin: 1mm 0 0; color: var(--muted); }
.subtitle { margin: 1mm 0; }
.generated { color: var(--muted); font-size: 9pt; margin: 1mm 0 0; }
section { margin-bottom: 8mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9.5pt; }
th, td { border: 1px solid var(--line); padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #f4ece9; }
th .en { display: block; margin-left: 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.cites, th.cites { width: 18mm; }
td.col-date, td.col-year, td.col-count, td.col-step { white-space: nowrap; }
.cite { color: var(--accent); text-decoration: none; font-size: 8.5pt; vertical-align: super; }
dl.facts { display: grid; grid-template-columns: 38mm 1fr; gap: 1mm 4mm; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
ul.sentences li { margin-bottom: 2mm; }
.empty { color: var(--muted); font-style: italic; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 2mm 0 4mm; font-family: inherit; break-inside: avoid; }
.caption { font-weight: bold; margin: 3mm 0 1mm; }
ol.citations { padding-left: 9mm; }
ol.citations li { margin-bottom: 1.5mm; break-inside: avoid; }
mark { background: #ffe08a; padding: 0 1px; }
footer { margin-top: 8mm; border-top: 1px solid var(--line); padding-top: 2mm; color: var(--muted); font-size: 8.5pt; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { padding: 0; max-width: none; }
  section.paged, section.sources { break-before: page; }
  h2, h3, .caption { break-after: avoid; }
  a { color: inherit; }
}
`;

function cites(ns: number[]): string {
  return ns.map((n) => `<a class="cite" href="#cite-${n}">[${n}]</a>`).join("");
}

function heading(tag: "h2" | "h3", zh: string, en: string): string {
  return `<${tag}>${esc(zh)}<span class="en">${esc(en)}</span></${tag}>`;
}

function renderBlock(b: Block): string {
  switch (b.type) {
    case "facts":
      return `<dl class="facts">${b.items
        .map(
          (i) =>
            `<dt>${esc(i.zh)} <span class="en">${esc(i.en)}</span></dt><dd>${esc(i.value)}${cites(i.cites)}</dd>`,
        )
        .join("")}</dl>`;
    case "sentences":
      return `<ul class="sentences">${b.items
        .map(
          (i) =>
            `<li>${esc(i.text)}${cites(i.cites)}${i.textEn ? `<br><span class="en">${esc(i.textEn)}</span>` : ""}</li>`,
        )
        .join("")}</ul>`;
    case "chart":
      return `<div class="caption">${esc(b.chart.zh)} <span class="en">${esc(b.chart.en)}</span></div>${renderChart(b.chart)}`;
    case "table": {
      const caption = b.caption
        ? `<div class="caption">${esc(b.caption.zh)} <span class="en">${esc(b.caption.en)}</span></div>`
        : "";
      if (b.rows.length === 0) return `${caption}<p class="empty">无记录 None recorded</p>`;
      const hasCites = b.rows.some((r) => r.cites.length > 0);
      const head = b.columns.map((c) => `<th>${esc(c.zh)}<span class="en">${esc(c.en)}</span></th>`).join("");
      const body = b.rows
        .map(
          (r) =>
            `<tr>${r.cells.map((cell, i) => `<td class="col-${esc(b.columns[i]?.key ?? "")}">${esc(cell)}</td>`).join("")}${hasCites ? `<td class="cites">${cites(r.cites)}</td>` : ""}</tr>`,
        )
        .join("");
      return `${caption}<table><thead><tr>${head}${hasCites ? `<th class="cites">来源<span class="en">Sources</span></th>` : ""}</tr></thead><tbody>${body}</tbody></table>`;
    }
  }
}

export function highlightHtml(e: Evidence): string {
  const s = e.sentence;
  return `${esc(s.slice(0, e.spanStart))}<mark>${esc(s.slice(e.spanStart, e.spanEnd))}</mark>${esc(s.slice(e.spanEnd))}`;
}

function renderSources(doc: ReportDocument): string {
  if (doc.citations.length === 0 && doc.sources.length === 0) return "";
  const groups = new Map<string, Citation[]>();
  for (const c of doc.citations)
    groups.set(c.evidence.articleId, [...(groups.get(c.evidence.articleId) ?? []), c]);
  const articles = doc.sources.filter((a) => groups.has(a.id));
  const body = articles
    .map((a) => {
      const meta = [a.date, a.source].filter(Boolean).join(" · ");
      const items = (groups.get(a.id) ?? [])
        .map((c) => `<li id="cite-${c.n}" value="${c.n}">${highlightHtml(c.evidence)}</li>`)
        .join("");
      return `<h3>《${esc(a.title)}》<span class="en">${esc(meta)}</span></h3><ol class="citations">${items}</ol>`;
    })
    .join("");
  return `<section class="sources" id="sources">${heading("h2", "来源", "Sources")}${body}</section>`;
}

export function renderHtml(doc: ReportDocument): string {
  // A big section starts a new printed page when the current page is already well filled;
  // otherwise it flows on (a short opening section must not leave a page nearly empty).
  const weight = (sec: ReportDocument["sections"][number]) =>
    sec.blocks.reduce(
      (w, b) => w + (b.type === "table" ? 3 + b.rows.length : b.type === "chart" ? 12 : b.items.length),
      2,
    );
  let sincePage = 0;
  const paged = doc.sections.map((sec, i) => {
    const w = weight(sec);
    const breakHere = i > 0 && sincePage >= 12 && sincePage + w > 22;
    sincePage = breakHere ? w : sincePage + w;
    return breakHere;
  });
  const sections = doc.sections
    .map((s, i) => {
      return `<section class="main${paged[i] ? " paged" : ""}" id="${esc(s.id)}">${heading("h2", s.zh, s.en)}${s.blocks.map(renderBlock).join("")}</section>`;
    })
    .join("\n");
  const generated = doc.generatedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC");
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(doc.title)}</h1><p class="en-title">${esc(doc.titleEn)}</p>${doc.subtitle ? `<p class="subtitle">${esc(doc.subtitle)}</p>` : ""}<p class="generated">生成时间 Generated at: ${esc(generated)}</p></header>
${sections}
${renderSources(doc)}
<footer><p>${esc(FOOTER_ZH)}</p><p>${esc(FOOTER_EN)}</p></footer>
</body>
</html>
`;
}
