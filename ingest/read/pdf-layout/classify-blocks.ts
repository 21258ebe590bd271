/**
 * Gives each block a role from size, weight, position and text cues: headline (large, or bold
 * and short, or vertical), kicker (over a headline), subtitle (under one), byline, caption
 * (small print, "… 摄", 图为…), jump line (下转第2版), chrome (masthead, date/edition lines, page
 * numbers, editors' credits) and body.
 */
import { bodySize } from "./build-blocks.ts";
import type { Block } from "./types.ts";

const JUMP = /^[（(【[]?\s*(?:下转|上接|转第|接第|转\s*\d|接\s*\d)[^）)】\]]{0,12}[版面][）)】\]]?$/;
const CHROME =
  /^(?:第?\s*\d{1,3}\s*(?:版|页)?|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,40}|.{0,30}(?:星期[一二三四五六日天]|第\s*\d+\s*版|责任编辑|责编|版式设计|美术编辑|校对|电话|邮编|统一刊号|国内统一|邮发代号).{0,60}|[-—\s\d]+)$/;
const CREDIT =
  /(?:^|\s)(?:本报)?(?:记者|通讯员|特约记者)?\s*[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*\s*摄$|^(?:图为|图：|图\/|（图|\(图|资料图)/u;
const BYLINE_ONLY = /^(?:本报讯|本报记者|记者|通讯员|文\/|文：|■)/;
/** Advertisement and index boxes: labelled as such. */
const AD = /^(?:广告|本版导读|今日导读|导读|目录|要闻提示)|广告$/;
const SENTENCE_END = /[。！？]/;

const textOf = (b: Block) => b.lines.map((l) => l.text).join("");
const overlapX = (a: Block, b: Block) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

export function classifyBlocks(blocks: Block[], pageHeight: number): number {
  const body = bodySize(blocks);
  for (const b of blocks) {
    const text = textOf(b);
    const short = b.lines.length <= 3 && !SENTENCE_END.test(text.slice(0, -1));
    if (JUMP.test(text.replace(/\s/g, ""))) b.role = "jump";
    else if (AD.test(text)) b.role = "chrome";
    else if (b.vertical) b.role = "headline";
    else if (b.size >= 1.25 * body && short) b.role = "headline";
    else if (b.bold && b.size >= 1.08 * body && short) b.role = "headline";
    else if (CREDIT.test(text) && b.lines.length <= 4) b.role = "caption";
    else if (
      b.lines.length <= 2 &&
      (b.y0 < 0.06 * pageHeight || b.y1 > 0.94 * pageHeight) &&
      CHROME.test(text)
    )
      b.role = "chrome";
    else if (b.lines.length <= 2 && CHROME.test(text) && !SENTENCE_END.test(text)) b.role = "chrome";
    else if (b.size < 0.94 * body && b.lines.length <= 5) b.role = "caption";
    else if (BYLINE_ONLY.test(text) && b.lines.length <= 2 && !SENTENCE_END.test(text)) b.role = "byline";
    else b.role = "body";
  }
  // Masthead: the largest text at the top of the page, much larger than any other headline.
  const heads = blocks.filter((b) => b.role === "headline" && !b.vertical);
  const top = heads.filter((b) => b.y0 < 0.12 * pageHeight);
  const biggest = top.reduce<Block | null>((m, b) => (m && m.size >= b.size ? m : b), null);
  const others = heads.filter((b) => b !== biggest).map((b) => b.size);
  const short = biggest !== null && textOf(biggest).replace(/\s/g, "").length <= 10;
  if (
    biggest &&
    short &&
    (biggest.size >= 3 * body || (others.length > 0 && biggest.size >= 1.5 * Math.max(...others)))
  )
    biggest.role = "chrome";
  // Kicker over a headline, subtitle under it: smaller than the headline, short, close by.
  for (const h of blocks.filter((b) => b.role === "headline" && !b.vertical)) {
    for (const b of blocks) {
      if (b === h || (b.role !== "body" && b.role !== "headline" && b.role !== "byline")) continue;
      const text = textOf(b);
      if (b.lines.length > 2 || SENTENCE_END.test(text) || BYLINE_ONLY.test(text)) continue;
      if (b.size >= h.size || b.size < 0.95 * body) continue;
      if (overlapX(b, h) < 0.3 * Math.min(b.x1 - b.x0, h.x1 - h.x0)) continue;
      const above = h.y0 - b.y1;
      const below = b.y0 - h.y1;
      if (above > -0.2 * b.size && above < 1.2 * h.size && b.y0 < h.y0) b.role = "kicker";
      else if (below > -0.2 * b.size && below < 1.2 * h.size && b.y0 > h.y0) b.role = "subtitle";
    }
  }
  return body;
}
