/**
 * Article text from an HTML page (cheerio): drops scripts, navigation, headers/footers,
 * share and comment widgets and copyright lines; keeps the article container (or the element
 * with the most Chinese text) as one paragraph per line; reads date, source and title hints.
 */
import * as cheerio from "cheerio";
import type { AnyNode } from "domhandler";
import { findDate, normaliseDate } from "./find-dates.ts";

export interface HtmlArticle {
  text: string;
  date: string | null;
  source: string | null;
  titleHint: string | null;
}

type Doc = cheerio.CheerioAPI;

const ALWAYS_DROP =
  "script, style, noscript, iframe, nav, footer, aside, form, button, select, input, textarea, svg, template, object, embed, link, meta";
const JUNK_TOKEN =
  /^(nav|navbar|navigation|menu|menus|topbar|footer|foot|bottom|header|head|top|share|sharebox|share-box|bdsharebuttonbox|social|comment|comments|reply|copyright|breadcrumbs?|crumbs?|position|location|sidebar|side|right-side|left-side|related|recommend|hot|ads?|advert|advertisement|banner|toolbar|tools|login|search|pager|pagination|page-nav|qrcode|print|subscribe|tags?)$/i;
const CONTAINERS = [
  '[itemprop="articleBody"]',
  ".TRS_Editor",
  "#articleContent",
  "#article-content",
  ".article-content",
  ".article_content",
  "article",
  "#content",
  "#article",
  ".article",
  ".content",
  "main",
];
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "tr",
  "td",
  "th",
  "table",
  "blockquote",
  "pre",
  "figure",
  "figcaption",
  "header",
  "dd",
  "dt",
  "dl",
  "center",
  "hr",
]);
const BOILERPLATE =
  /版权所有|Copyright|©|ICP备|ICP证|公网安备|分享到|扫一扫|打印本页|关闭窗口|【字体|字号[:：]|责任编辑|返回顶部|上一篇|下一篇|点击排行|相关阅读|违法和不良信息|^(首页|登录|注册|分享|收藏|评论)$/i;

/** Date/source/author lines printed above the article body. */
const META_LINE =
  /^(\d{4}[-年/.][\d月日:\s/.-]*)?\s*(来源|作者|编辑|发布时间|发布日期|浏览次数|阅读次数|点击数)[:：]/;

function hanCount(s: string): number {
  return (s.match(/\p{Script=Han}/gu) ?? []).length;
}

/**
 * The elements holding an <h1> (its ancestors). Selector queries inside an element
 * (`$(el).find("h1")`) run css-select's removeSubsets over the element's children, which is
 * quadratic: seconds for one element with 40k paragraphs. Queries from the root are linear.
 */
function h1Holders($: Doc): Set<AnyNode> {
  const holders = new Set<AnyNode>();
  for (const h of $("h1").toArray()) {
    for (let a = h.parent; a && !holders.has(a); a = a.parent) holders.add(a);
  }
  return holders;
}

/** The first <h1> inside `root`, found from the root (see h1Holders). */
function firstH1Inside($: Doc, root: AnyNode): AnyNode | undefined {
  return $("h1")
    .toArray()
    .find((h) => {
      for (let a = h.parent; a; a = a.parent) if (a === root) return true;
      return false;
    });
}

/** Removes elements whose class or id marks them as page furniture. */
function dropJunk($: Doc): void {
  $(ALWAYS_DROP).remove();
  const holders = h1Holders($);
  $("header").each((_, el) => {
    if (!holders.has(el)) $(el).remove();
  });
  $("[class], [id]").each((_, el) => {
    const node = $(el);
    if (node.is("body, html")) return;
    const tokens = `${node.attr("class") ?? ""} ${node.attr("id") ?? ""}`.split(/\s+/).filter(Boolean);
    if (
      tokens.some((t) => JUNK_TOKEN.test(t) || JUNK_TOKEN.test(t.replace(/[-_]?(box|bar|wrap|area)$/i, "")))
    ) {
      if (!holders.has(el)) node.remove();
    }
  });
  $('[style*="display:none"], [style*="display: none"], [hidden]').remove();
}

/**
 * Renders an element as paragraphs: a block element ends a paragraph, <br> ends a line
 * inside it; source white space collapses as a browser would show it.
 */
function renderParagraphs($: Doc, root: AnyNode): string[] {
  const parts: string[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === "text") {
      // A source line break between two Chinese characters is not a space.
      const data = (node as unknown as { data: string }).data;
      parts.push(
        data
          .replace(
            /(\p{Script=Han}|[，。、；：！？“”])[ \t]*\r?\n\s*(?=\p{Script=Han}|[，。、；：！？“”])/gu,
            "$1",
          )
          .replace(/[\s\u00A0]+/g, " "),
      );
      return;
    }
    if (node.type !== "tag") return;
    const name = (node as unknown as { name: string }).name.toLowerCase();
    if (name === "br") {
      parts.push("\n");
      return;
    }
    const block = BLOCK.has(name);
    if (block) parts.push("\n\n");
    for (const child of $(node).contents().toArray()) walk(child);
    if (block) parts.push("\n\n");
  };
  walk(root);
  const keep = (line: string) =>
    line !== "" && !(line.length <= 80 && (BOILERPLATE.test(line) || META_LINE.test(line)));
  return parts
    .join("")
    .split(/\n{2,}/)
    .map((para) =>
      para
        .split("\n")
        .map((line) => line.trim())
        .filter(keep)
        .join("\n"),
    )
    .filter((para) => para !== "");
}

const PARAGRAPH_TAGS = new Set(["p", "span", "font"]);

function chooseContainer($: Doc): AnyNode {
  const body = $("body").get(0) ?? $.root().get(0)!;
  const total = hanCount($(body).text());
  for (const sel of CONTAINERS) {
    for (const el of $(sel).toArray()) {
      const n = hanCount($(el).text());
      if (n >= 20 && n >= total * 0.4) return el;
    }
  }
  // The element whose own paragraphs hold the most Chinese text.
  let best: { el: AnyNode; score: number } = { el: body, score: 0 };
  $("div, section, td, article, main").each((_, el) => {
    // Children are filtered by name here: `.children("p, span, font")` runs css-select's
    // removeSubsets, which is quadratic in the number of children (minutes for 40k <p>).
    let score = 0;
    for (const c of $(el).contents().toArray()) {
      if (c.type === "text" || (c.type === "tag" && PARAGRAPH_TAGS.has((c as { name: string }).name)))
        score += hanCount($(c).text());
    }
    if (score > best.score) best = { el, score };
  });
  return best.score >= 20 ? best.el : body;
}

function metaContent($: Doc, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = $(sel).first().attr("content") ?? $(sel).first().attr("datetime");
    if (v?.trim()) return v.trim();
  }
  return null;
}

function cleanTitle(t: string): string {
  return t
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[-_|–—]\s*[^-_|–—]{2,20}$/, "")
    .trim();
}

/** Extracts the article from an HTML string. */
export function extractHtml(html: string): HtmlArticle {
  const $ = cheerio.load(html);
  const docTitle = $("title").first().text();
  const metaDate = metaContent($, [
    'meta[property="article:published_time"]',
    'meta[name="publishdate"]',
    'meta[name="PubDate"]',
    'meta[name="pubdate"]',
    'meta[name="publish_date"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    "time[datetime]",
  ]);
  const metaSource = metaContent($, [
    'meta[name="source"]',
    'meta[name="ContentSource"]',
    'meta[name="contentSource"]',
  ]);
  $("script, style, noscript, template").remove();
  const pageText = $("body").text().replace(/\s+/g, " ");

  dropJunk($);
  const container = chooseContainer($);
  const inside = firstH1Inside($, container);
  const h1 = (inside ? $(inside).text().trim() : "") || $("h1").first().text().trim();
  const titleHint = cleanTitle(h1 || docTitle) || null;
  let paragraphs = renderParagraphs($, container);
  if (titleHint && !paragraphs.slice(0, 3).some((p) => p.includes(titleHint))) {
    paragraphs = [titleHint, ...paragraphs];
  }
  const text = paragraphs.join("\n\n");

  const date = (metaDate && normaliseDate(metaDate)) || findDate(text.slice(0, 600)) || findDate(pageText);
  const sourceMatch = /来源[:：]\s*([^\s|，,。/]{2,30})/.exec(pageText);
  const source = metaSource ?? sourceMatch?.[1] ?? null;
  return { text, date, source, titleHint };
}

/** Block markup a plain-text copy of a web page may carry ("<p class=…>…</p><br>"). */
const BLOCK_MARKUP = /<(?:p|div|br|li|h[1-6]|section)(?:\s[^<>]*)?\/?>|<\/(?:p|div|li|h[1-6]|section)>/gi;
const HAS_BLOCK_MARKUP = new RegExp(BLOCK_MARKUP.source, "i");

/**
 * A plain text with lines of pasted HTML markup (a page's source copied into a .txt): those
 * lines are rendered as an HTML fragment (paragraphs on lines of their own, tags and entities
 * gone); the other lines stay. Unchanged when fewer than three block tags appear.
 */
export function renderPastedMarkup(text: string): string {
  if (!text.includes("<")) return text;
  let tags = 0;
  for (const _ of text.matchAll(BLOCK_MARKUP)) if (++tags >= 3) break;
  if (tags < 3) return text;
  return text
    .split("\n")
    .map((line) => {
      if (!HAS_BLOCK_MARKUP.test(line)) return line;
      const $ = cheerio.load(`<body>${line}</body>`);
      return renderParagraphs($, $("body")[0]!).join("\n\n");
    })
    .join("\n");
}

/** Forum codes of a reposted page: "[align=justify]", "[size=3]", "[/color]", "[img]…[/img]". */
const FORUM_CODE =
  /\[img\][^[\]]*\[\/img\]|\[\/?(?:align|size|color|font|b|i|u|s|p|url|quote|backcolor|indent|table|tr|td|list|hr)(?:=[^[\]\n]{0,40})?\]/gi;

/** A text with the forum codes of a reposted page taken out (their words stay). */
export function stripForumCodes(text: string): string {
  return text.includes("[") ? text.replace(FORUM_CODE, "") : text;
}

/** The charset declared in the first bytes of an HTML file (<meta charset> / http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1] ?? null;
}
