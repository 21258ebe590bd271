/**
 * Writes a test page as HTML: sheets of a fixed size, a masthead or folio line, then a CSS grid
 * of blocks (articles with multi-column bodies, boxed sidebars, vertical headlines, photos with
 * captions; ads, index boxes, banners). Printed to PDF by `print-pages.ts`.
 */
import { printedParagraphs } from "./plain-text.ts";
import type { Chrome, PageArticle } from "./types.ts";

export interface ArticleBlock {
  article: PageArticle;
  /** CSS grid placement, e.g. "1 / span 3" and "2 / span 2". */
  column: string;
  row?: string;
  /** Columns of the body text (CSS column-count). */
  bodyColumns: number;
  /** Headline size in px (default 20). */
  headSize?: number;
  boxed?: boolean;
  /** Headline set vertically (writing-mode: vertical-rl) on the right of the body. */
  vertical?: boolean;
}

export interface ChromeBlock {
  chrome: Chrome;
  column: string;
  row?: string;
}

export type Block = ArticleBlock | ChromeBlock;

export interface Sheet {
  /** Chrome above the grid, across the whole sheet (masthead, folio, banner). */
  top: Chrome[];
  columns: number;
  blocks: Block[];
}

export interface PageSpec {
  name: string;
  /** What the layout exercises (for the README and the test names). */
  about: string;
  width: number;
  height: number;
  /** Body text size in px (default 12). */
  fontSize?: number;
  sheets: Sheet[];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const PHOTO_SVG =
  '<svg viewBox="0 0 300 180" preserveAspectRatio="none" width="100%" height="120" role="img">' +
  '<rect width="300" height="180" fill="#b9b9b9"/><path d="M0 180 L90 80 L150 140 L210 60 L300 180 Z" fill="#8e8e8e"/>' +
  '<circle cx="245" cy="40" r="18" fill="#d8d8d8"/></svg>';

function renderChrome(c: Chrome): string {
  switch (c.kind) {
    case "masthead":
      return `<header class="masthead"><div class="paper">${esc(c.paper)}</div><div class="dateline"><span>${esc(c.date)}</span><span>第${c.page}版</span><span>${esc(c.section)}</span><span>国内统一连续出版物号 CN 00-0000</span></div></header>`;
    case "folio":
      return `<header class="folio"><span class="pno">${c.page}</span><span>${esc(c.paper)}</span><span>${esc(c.date)}</span><span>${esc(c.section)}</span></header>`;
    case "banner":
      return `<div class="banner">${esc(c.text)}</div>`;
    case "ad":
      return `<aside class="ad"><span class="adtag">广告</span><div class="adtitle">${esc(c.title)}</div>${c.lines.map((l) => `<div>${esc(l)}</div>`).join("")}</aside>`;
    case "index":
      return `<aside class="index"><div class="idxhead">导读</div>${c.entries.map((e) => `<div>▶ ${esc(e)}</div>`).join("")}</aside>`;
  }
}

function renderBody(a: PageArticle, cols: number): string {
  const paras = printedParagraphs(a).map((p) => `<p>${esc(p)}</p>`);
  if (a.photo) {
    const fig = `<figure class="photo">${PHOTO_SVG}<figcaption>${esc(a.photo.caption)}</figcaption></figure>`;
    paras.splice(Math.min(a.photo.at, paras.length), 0, fig);
  }
  const credit = a.credit ? `<p class="credit">${esc(a.credit)}</p>` : "";
  return `<div class="body" style="column-count:${cols}">${paras.join("")}${credit}</div>`;
}

function renderArticle(b: ArticleBlock): string {
  const a = b.article;
  const size = b.headSize ?? 20;
  const head = `<h1 style="font-size:${size}px">${esc(a.headline)}</h1>`;
  const kicker = a.kicker ? `<div class="kicker">${esc(a.kicker)}</div>` : "";
  const subs = (a.subtitles ?? []).map((s) => `<div class="sub">${esc(s)}</div>`).join("");
  const cls = `art${b.boxed ? " box" : ""}${b.vertical ? " vert" : ""}`;
  const inner = b.vertical
    ? `<div class="vhead">${kicker}${head}${subs}</div>${renderBody(a, b.bodyColumns)}`
    : `${kicker}${head}${subs}${renderBody(a, b.bodyColumns)}`;
  return `<article class="${cls}" style="${place(b)}">${inner}</article>`;
}

const place = (b: Block) => `grid-column:${b.column};${b.row ? `grid-row:${b.row};` : ""}`;

function renderBlock(b: Block): string {
  if ("article" in b) return renderArticle(b);
  return `<div class="chrome" style="${place(b)}">${renderChrome(b.chrome)}</div>`;
}

function css(spec: PageSpec): string {
  return `
@page { size: ${spec.width}px ${spec.height}px; margin: 0; }
html, body { margin: 0; padding: 0; }
.sheet { width: ${spec.width}px; height: ${spec.height}px; box-sizing: border-box; padding: 34px 38px;
  display: flex; flex-direction: column; overflow: hidden; break-after: page;
  font-family: "Noto Serif CJK SC", serif; font-size: ${spec.fontSize ?? 12}px; line-height: 1.65; color: #111; }
.sheet:last-child { break-after: auto; }
.grid { display: grid; column-gap: 18px; row-gap: 16px; align-content: start; flex: 1; }
.masthead { border-bottom: 3px double #b00; margin-bottom: 12px; padding-bottom: 6px; }
.masthead .paper { font: 700 56px/1.1 "Noto Serif CJK SC"; color: #b00; letter-spacing: 8px; }
.masthead .dateline, .folio { display: flex; gap: 28px; font: 11px "Noto Sans CJK SC"; }
.folio { border-bottom: 2px solid #b00; padding-bottom: 4px; margin-bottom: 12px; }
.folio .pno { font-weight: 700; color: #b00; }
.banner { font: 700 22px/1.3 "Noto Serif CJK SC"; color: #b00; text-align: center;
  border-top: 1px solid #b00; border-bottom: 1px solid #b00; padding: 6px 0; margin-bottom: 12px; }
.art { border-top: 2px solid #222; padding-top: 6px; min-width: 0; }
.art h1 { font-family: "Noto Sans CJK SC", sans-serif; font-weight: 700; line-height: 1.25; margin: 2px 0 6px; }
.kicker { font: 13px/1.4 "Noto Sans CJK SC"; color: #333; }
.sub { font: 14px/1.4 "Noto Sans CJK SC"; margin: -2px 0 6px; }
.body { column-gap: 18px; column-rule: 1px solid #bbb; text-align: justify; }
.body p { margin: 0; text-indent: 2em; }
.body p.credit { text-indent: 0; text-align: right; font-family: "Noto Sans CJK SC"; font-size: 9.5px; }
.photo { break-inside: avoid; margin: 4px 0 6px; }
.photo svg { display: block; }
.photo figcaption { font: 9.5px/1.4 "Noto Sans CJK SC"; margin-top: 3px; }
.box { border: 1.5px solid #333; padding: 8px 10px; background: #f3efe4; }
.vert { display: flex; flex-direction: row-reverse; gap: 14px; align-items: flex-start; }
.vert .vhead { writing-mode: vertical-rl; flex: none; }
.vert .body { flex: 1; min-width: 0; }
.ad { border: 2px solid #333; padding: 8px; text-align: center; font-family: "Noto Sans CJK SC"; position: relative; }
.ad .adtag { position: absolute; top: 2px; right: 4px; font-size: 9px; color: #666; }
.ad .adtitle { font-size: 20px; font-weight: 700; color: #0a4; }
.index { border: 1.5px solid #b00; padding: 6px 8px; font: 11px/1.7 "Noto Sans CJK SC"; }
.index .idxhead { font-weight: 700; color: #fff; background: #b00; text-align: center; margin-bottom: 4px; }
`;
}

export function renderPage(spec: PageSpec): string {
  const sheets = spec.sheets.map(
    (s) =>
      `<section class="sheet">${s.top.map(renderChrome).join("")}<div class="grid" style="grid-template-columns:repeat(${s.columns},minmax(0,1fr))">${s.blocks.map(renderBlock).join("")}</div></section>`,
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(spec.name)}</title><style>${css(spec)}</style></head><body>${sheets.join("")}</body></html>`;
}

/** The articles of a page in reading order (the order of its blocks, sheet by sheet). */
export function pageArticles(spec: PageSpec): PageArticle[] {
  return spec.sheets.flatMap((s) => s.blocks.flatMap((b) => ("article" in b ? [b.article] : [])));
}
