/**
 * Cuts a newspaper page into articles: drops banners, finds each headline block (kicker,
 * title, subtitles) before a byline or body, reads bylines and photo credits (a credit belongs
 * to the article above it) and slices the original text so offsets stay valid. A web page (a
 * headline, then metadata such as date and time, 来源, 作者) is one article: its captions, cards
 * and headings stay inside it, and its metadata is read for credits. A text without a headline
 * (or the part of a page above its first headline) that holds sentences is an article too, titled
 * by its first clause and marked untitled (see headless.ts).
 */

import { findDate } from "../read/find-dates.ts";
import { normalisePunct } from "../text/normalise-punct.ts";
import type { Credit, RawDocument, SegmentedArticle } from "../types.ts";
import { firstClauseSpan, hasSentence, isChrome } from "./headless.ts";
import {
  bareNames,
  endByline,
  gluedByline,
  isCreditName,
  isSourceLine,
  leadByline,
  metaCredits,
  opensWithByline,
  photoCredit,
} from "./parse-credits.ts";

interface Line {
  start: number;
  end: number;
  /** Normalised, simplified text of the line (trimmed of nothing). */
  t: string;
  /** Blank lines right before this line. */
  gap: number;
  /** A header line whose byline was printed on it (split off as the next line): a subtitle, not the title. */
  glued: boolean;
  /** Memoised classifications (each line is asked many times); undefined until asked. */
  credit: boolean | undefined;
  headline: boolean | undefined;
  closes: boolean | undefined;
  hasLead: boolean | undefined;
}

/**
 * A line with every field set, so that all lines share one object shape (adding the memo
 * fields later made the classifiers' property reads slow).
 */
function line(start: number, end: number, t: string, gap: number, glued = false): Line {
  return {
    start,
    end,
    t,
    gap,
    glued,
    credit: undefined,
    headline: undefined,
    closes: undefined,
    hasLead: undefined,
  };
}

/** A web page's metadata line, kept aside: it is read for credits only. */
interface Meta {
  start: number;
  end: number;
  t: string;
}

/**
 * Web page metadata between a headline and its body ("发布日期：2025-05-20 来源：某某 浏览次数：",
 * "某某新闻 2019-09-05 00:27", "编辑：某某 发布时间：…", "作者：X Y"), skipped like a blank line so
 * that it neither becomes a headline nor separates one from its body.
 */
const META_FIELD =
  /^[【[（(]?\s*(?:发布(?:日期|时间|者|人|单位)|(?:本文|文章|信息|新闻)?来源|稿源|浏览(?:次数|量)?|阅读(?:次数|量|数)?|访问量|点击(?:数|量|率)?|字号|字体|(?:责任|值班)?编辑|审核|审校|校对|签发|[一二三初复终]审|策划|统筹|监制|出品|日期|时间)\s*[:：]|^(?:分享到|【?打印(?:本页)?】?\s*【?关闭(?:窗口)?】?$)/;
/**
 * "作者：X Y" on a web page, alone or with other fields, or "作者 X Y" (names only, no colon):
 * metadata naming the reporters.
 */
const AUTHOR_META =
  /^[【[（(]?\s*作者\s*[:：]\s*\S|^作者[ \t\u3000]+[\p{Script=Han}·]{2,6}(?:[ \t\u3000、，,]+[\p{Script=Han}·]{2,6}){0,3}$/u;
const DATE_STAMP = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
/** A web page's stamp with a space after the year: "2024 04/04 18:09:27 来源: 某某网". */
const SPACED_STAMP = /^(\d{4})\s+(\d{1,2})\/(\d{1,2})(?!\d)/;
const CLOCK = /\d{1,2}[:：]\d{2}/;
/** "原标题：X" under the headline (metadata), or the only headline (its prefix is dropped). */
const ORIGINAL_TITLE = /^原标题\s*[:：;；]\s*/;

function isMetaLine(t: string): boolean {
  if (t.length > 80 || /[。！？]/.test(t)) return false;
  if (META_FIELD.test(t) || AUTHOR_META.test(t)) return true;
  if (SPACED_STAMP.test(t)) return CLOCK.test(t) || /来源|作者|编辑|发布/.test(t);
  if (!DATE_STAMP.test(t) || /[，]|第\s*[\d一二三四五六七八九十]+\s*版/.test(t)) return false;
  // A date with a clock time, a field label or a credit, or with only a short source name beside it.
  return (
    CLOCK.test(t) ||
    /来源|作者|编辑|记者|通讯员|发布/.test(t) ||
    t.replace(DATE_STAMP, "").replace(/[日号\s]/g, "").length <= 10
  );
}

/** "二〇二五年五月二十日" (mastheads print dates in Chinese numerals), as ISO, or null. */
const HAN_DATE =
  /([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/;
const HAN_DIGIT = "〇一二三四五六七八九";

function hanNumber(s: string): number {
  if (!s.includes("十")) return [...s].reduce((n, c) => n * 10 + Math.max(0, HAN_DIGIT.indexOf(c)), 0);
  const [tens, ones] = s.split("十") as [string, string];
  return (tens ? HAN_DIGIT.indexOf(tens) : 1) * 10 + (ones ? HAN_DIGIT.indexOf(ones) : 0);
}

function hanDate(t: string): string | null {
  const m = HAN_DATE.exec(t.replace(/[零○]/g, "〇"));
  if (!m) return null;
  const y = hanNumber(m[1]!);
  return findDate(`${y}-${hanNumber(m[2]!)}-${hanNumber(m[3]!)}`);
}

/** A full date (year, month and day) printed in a line, as ISO, or null. */
function printedDate(t: string): string | null {
  const spaced = SPACED_STAMP.exec(t);
  if (spaced) return findDate(`${spaced[1]}-${spaced[2]}-${spaced[3]}`);
  return findDate(t) ?? hanDate(t);
}

/** A page line: a weekday or a page number ("星期二", "第3版", "A3版"). */
const PAGE_MARK =
  /(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日天](?!\p{Script=Han})|第\s*[\d一二三四五六七八九十]+\s*版|(?<![\p{Script=Han}\d])[A-Z]?\d{1,2}\s*版/u;

/**
 * A masthead or page line: a full date with only a paper's name, a weekday, a page number or a
 * section name beside it ("某某日报 2025年5月20日 星期二 第3版", "第3版 要闻 2025年5月20日").
 */
function mastheadLine(t: string): boolean {
  if (t.length > 60 || /[。！？，、；]/.test(t) || !printedDate(t)) return false;
  const rest = t
    .replace(new RegExp(`${DATE_STAMP.source}\\s*[日号]?`, "g"), " ")
    .replace(new RegExp(HAN_DATE.source, "g"), " ")
    .replace(new RegExp(PAGE_MARK.source, "gu"), " ")
    .replace(/农历\S*/g, " ")
    .replace(/[（）()【】[\]|｜/·•\-—]/g, " ")
    .trim();
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length <= 4 && rest.replace(/\s/g, "").length <= 16;
}

/** A metadata field that dates the article wherever it stands in it: "发布时间：…", "发表于 …". */
const PUBLISHED = /(?:发布|发表|刊发|刊登|见报)(?:日期|时间|于)?\s*[:：]?\s*\d{4}/;

interface DatedLine {
  start: number;
  end: number;
  date: string;
  /** A page's masthead (weekday or page number): dates every article after it. */
  page: boolean;
  /** A metadata line (kept aside by linesOf), or a masthead. */
  meta: boolean;
  published: boolean;
}

/** Lines that print a publication date: metadata lines and mastheads, in page order. */
function datedLines(lines: Line[], metas: Meta[]): DatedLine[] {
  const out: DatedLine[] = [];
  for (const m of metas) {
    const date = printedDate(m.t);
    if (date) {
      const page = PAGE_MARK.test(m.t) && mastheadLine(m.t);
      out.push({ start: m.start, end: m.end, date, page, meta: true, published: PUBLISHED.test(m.t) });
    }
  }
  for (const l of lines) {
    if (!mastheadLine(l.t)) continue;
    const date = printedDate(l.t)!;
    out.push({ start: l.start, end: l.end, date, page: PAGE_MARK.test(l.t), meta: false, published: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The date an article's page prints for it: a metadata line or masthead in its header (between
 * `begin` and `body`), a 发布时间 field anywhere in it, else the page's date: the last masthead
 * before it (any dated line above the first article counts), or a masthead lower on the page.
 * Dates inside sentences (event dates) are never read.
 */
function printedArticleDate(
  dated: DatedLine[],
  firstBegin: number,
  begin: number,
  body: number,
  end: number,
): string | null {
  const inside = dated.filter((d) => d.start >= begin && d.end <= end);
  const own = inside.find((d) => d.start < body && (d.meta || d.page)) ?? inside.find((d) => d.published);
  if (own) return own.date;
  const above = dated.filter((d) => d.end <= begin && (d.page || d.end <= firstBegin));
  return above.at(-1)?.date ?? dated.find((d) => d.page)?.date ?? null;
}

/**
 * A line under or inside an article that is never a headline: a photo caption ("…合影",
 * "图为…"), a card header ("人物名片"), a sentence-like lead ("他们，是…"), a breadcrumb
 * ("首页 > 新闻中心 > 工会动态"), a web page's notice to old browsers ("请更新您的浏览器").
 */
const ASIDE =
  /^(?:当前位置|您(?:现在)?的位置|你的位置|所在位置)\s*[:：]|^(?:网站)?首页\s*[>＞›»]|[>＞›»].*[>＞›»]|^(?:图为|图\s*[:：]|[上下左右]图|图片[:：]|[▲△↑]|[（(]?图片(?:来源|由))|(?:合影(?:留念)?|留影|合照|集体照|(?:活动|比赛|会议|仪式|大会|宣讲|座谈会|颁奖|培训|授牌|启动)现场)$|^(?:人物名片|人物简介|人物档案|个人简介|编者按|编者的话|导语|相关链接|链接|延伸阅读|小贴士|记者手记)[:：]?$|^(?:他们|她们|我们|你们|它们|他|她)[，]|^(?:点击|长按|扫描|扫码|戳)\S{0,12}(?:关注|观看|收听|阅读|订阅|二维码|蓝字)|^看视频|公众号[!！]?$|^(?:请更新您的浏览器|您使用的浏览器)/;

/** A body that opens like news: a date, 近日/日前, or a dateline. */
const NEWS_OPENING =
  /^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^(?:近日|日前|近期|昨天|昨日|今天|日前)[，,]|^[\p{Script=Han}]{2,8}(?:讯|电)[\s（(]/u;

const FINAL = /[。！？；：…]$/;

function linesOf(s: string): { lines: Line[]; metas: Meta[] } {
  const out: Line[] = [];
  const metas: Meta[] = [];
  let start = 0;
  let gap = 0;
  for (let i = s.indexOf("\n"); start <= s.length; i = s.indexOf("\n", start)) {
    if (i < 0) i = s.length;
    const raw = s.slice(start, i);
    const t = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    const at = { start: start + lead, end: i - (raw.length - raw.trimEnd().length) };
    const original = ORIGINAL_TITLE.exec(t);
    if (original && out.length === 0 && t.length > original[0].length) {
      out.push(line(at.start + original[0].length, at.end, t.slice(original[0].length), gap));
      gap = 0;
    } else if (t && !original && !isMetaLine(t)) {
      const glued = gluedAt(t);
      if (glued > 0) {
        // "…到会并讲话首席记者 X 通讯员 Y": the header line, then its byline as a line of its own.
        const head = t.slice(0, glued).trimEnd();
        out.push(line(at.start, at.start + head.length, head, gap, true));
        out.push(line(at.start + glued, at.end, t.slice(glued), 0));
      } else out.push(line(at.start, at.end, t, gap));
      gap = 0;
    } else {
      if (t) metas.push({ ...at, t });
      gap++;
    }
    start = i + 1;
  }
  return { lines: out, metas };
}

/** Where a byline glued to the end of a header line begins (see gluedByline), or -1. */
function gluedAt(t: string): number {
  const at = gluedByline(t);
  if (at < 0) return -1;
  const head = t.slice(0, at).trim();
  // "远江融媒记者 X", "某某日报社记者 X": a byline line naming its outlet, not a header line.
  if (leadByline(t, 0) || /(?:报|报社|网|社|台|新闻|客户端|融媒|融媒体|中心|频道)$/.test(head)) return -1;
  return head.length >= 4 && head.length <= 50 && !/[。！？]/.test(head) ? at : -1;
}

function isCreditLine(l: Line): boolean {
  l.credit ??= creditLine(l);
  return l.credit;
}

function creditLine(l: Line): boolean {
  return (
    (photoCredit(l.t, 0) !== null && l.t.length <= 60 && !/[，]/.test(l.t.replace(/[^，]*。/g, ""))) ||
    (endByline(l.t, 0) !== null && !/[。！？]/.test(l.t.replace(/[（(][^（(]*[）)]\s*$/, ""))) ||
    isSourceLine(l.t) ||
    bareNames(l.t, 0) !== null
  );
}

/** A line that ends an article: a credit line, or body text ending with a photo credit or byline. */
function closesArticle(l: Line): boolean {
  l.closes ??= isCreditLine(l) || photoCredit(l.t, 0) !== null || endByline(l.t, 0) !== null;
  return l.closes;
}

/** True when the line opens with a byline (memoised: every line is asked several times). */
function hasLead(l: Line): boolean {
  l.hasLead ??= opensWithByline(l.t);
  return l.hasLead;
}

function isHeadline(l: Line): boolean {
  l.headline ??= headlineLine(l);
  return l.headline;
}

function isAside(l: Line): boolean {
  return ASIDE.test(l.t) && l.t.length <= 60;
}

function headlineLine(l: Line): boolean {
  const t = l.t;
  if (t.length < 4 || t.length > 50 || FINAL.test(t) || /。/.test(t) || isAside(l)) return false;
  // A telephone number or another run of digits (a site's contact line) is no headline.
  if (/^[\d\s\-+()（）]+$/.test(t)) return false;
  // A site's menu item ("• 问政河北") or breadcrumb ("当前位置: 保定新闻") is no headline.
  if (/^[•·▪◦●]\s*\S/.test(t) || /^(?:当前位置|您的位置|你的位置|您现在的位置|当前页面)\s*[:：]/.test(t))
    return false;
  // Page furniture: "某某报 2025年5月20日 第3版 工会动态".
  if (/第\s*[\d一二三四五六七八九十]+\s*版|\d{4}年\d{1,2}月\d{1,2}日\s*(星期|周)?/.test(t)) return false;
  if (hasLead(l) || isCreditLine(l)) return false;
  return (t.match(/，/g) ?? []).length <= 1;
}

/** A line of an article's header block: a headline, a credit line or a caption. */
function isHeaderish(l: Line): boolean {
  return isHeadline(l) || isCreditLine(l) || isAside(l);
}

function isBody(l: Line): boolean {
  return !isHeadline(l) && !isCreditLine(l);
}

interface Start {
  /** Index of the first header line. */
  head: number;
  /** Index of the title line. */
  title: number;
  /** Index of the byline line, or -1. */
  byline: number;
  /** A text without a headline: titled by its first clause; `body` is its first sentence line. */
  untitled?: boolean;
  body?: number;
}

/** Header lines (kicker, title, subtitles) ending right before line `i`; skips captions after the title. */
function headerBefore(lines: Line[], i: number): number[] {
  const out: number[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (isHeadline(l)) out.unshift(j);
    else if ((isCreditLine(l) || isAside(l)) && out.length === 0) continue;
    else if (out.length === 0 && /。/.test(l.t) && photoCredit(l.t, 0)) continue;
    else break;
  }
  return out;
}

/**
 * The longest header line (newspaper headline blocks: kicker, title, subtitles); a line that carried
 * a glued byline is a subtitle unless it is the only line.
 */
function pickTitle(lines: Line[], header: number[]): number {
  const cands = header.filter((j) => !lines[j]!.glued);
  let best = cands[0] ?? header[0]!;
  for (const j of cands) {
    if (/^[—-]/.test(lines[j]!.t)) continue;
    if (lines[j]!.t.length > lines[best]!.t.length) best = j;
  }
  return best;
}

/** A kicker or column line above a title: a short column name or a slogan of spaced phrases. */
function kickerLike(t: string): boolean {
  return t.length <= 6 || /^[\p{Script=Han}“”]{4,}(?:\s+[\p{Script=Han}“”]{4,})+$/u.test(t);
}

/**
 * The title of a header without a byline (web pages): its first line, under a kicker or column
 * line that a longer line follows; a line under the title is a subtitle even when it is longer.
 */
function pickFirstTitle(lines: Line[], header: number[]): number {
  const cands = header.filter((j) => !/^[—-]/.test(lines[j]!.t));
  for (let n = 0; n < cands.length - 1; n++) {
    const t = lines[cands[n]!]!.t;
    if (!kickerLike(t) || lines[cands[n + 1]!]!.t.length <= t.length) return cands[n]!;
  }
  return cands.at(-1) ?? header[0]!;
}

/** A headline at `h` opens a new article: the previous one closed with a credit, a wide gap
 * separates them, or the body opens like news right after a finished paragraph. On a page without
 * any byline or credit (one web article) only a credit could close it: its headings stay inside. */
function opensArticle(lines: Line[], h: number, credited: () => boolean): boolean {
  const prev = lines[h - 1];
  const next = lines[h + 1];
  if (!prev) return true;
  return (
    closesArticle(prev) ||
    namesOnlyByline(prev) ||
    (lines[h]!.gap >= 2 && (prev.t.length >= 30 || /[。！？]$/.test(prev.t)) && credited()) ||
    (next !== undefined && NEWS_OPENING.test(next.t) && FINAL.test(prev.t) && credited())
  );
}

/** A line of a byline only ("通讯员 X", "记者 X Y"): at an article's end, its credit. */
function namesOnlyByline(l: Line): boolean {
  if (!hasLead(l) || l.t.length > 40) return false;
  const b = leadByline(l.t, 0);
  return b !== null && b.bodyAt >= l.t.length && b.credits.length > 0;
}

/**
 * A bylineless article's body begins at line `k`: a paragraph, or a short finished sentence that
 * opens like news ("近日，某某在某地开展…活动。") or stands above another.
 */
function opensBylinelessBody(lines: Line[], k: number): boolean {
  const l = lines[k];
  if (!l || hasLead(l) || !isBody(l)) return false;
  if (l.t.length >= 30) return true;
  return /[。！？]$/.test(l.t) && (NEWS_OPENING.test(l.t) || opensBody(lines, k, lines.length));
}

/**
 * Body text begins at line `k`: a paragraph (30 characters or more), or one short finished
 * sentence ("2013年5月3日，某某网站发布本报道。") right above such a paragraph.
 */
function opensBody(lines: Line[], k: number, limit: number): boolean {
  const l = lines[k]!;
  if (!isBody(l)) return false;
  if (l.t.length >= 30) return true;
  const next = lines[k + 1];
  return (
    k + 1 < limit &&
    /[。！？]$/.test(l.t) &&
    next !== undefined &&
    isBody(next) &&
    !isAside(next) &&
    next.t.length >= 30
  );
}

function findStarts(lines: Line[]): Start[] {
  let hasCredit: boolean | undefined;
  const credited = () => {
    hasCredit ??= lines.some((l) => hasLead(l) || closesArticle(l));
    return hasCredit;
  };
  const starts: Start[] = [];
  let lastUsed = -1;
  lines.forEach((l, i) => {
    if (!hasLead(l)) return;
    const header = headerBefore(lines, i).filter((j) => j > lastUsed);
    if (header.length === 0) return;
    starts.push({ head: header[0]!, title: pickTitle(lines, header), byline: i });
    lastUsed = i;
  });
  // Pages (or their top) without bylines: a headline followed by body text.
  const limit = starts[0]?.head ?? lines.length;
  const weak: Start[] = [];
  let i = 0;
  while (i < limit) {
    if (!isHeadline(lines[i]!)) {
      i++;
      continue;
    }
    const header = [i];
    let k = i + 1;
    while (k < limit && isHeadline(lines[k]!)) header.push(k++);
    while (k < limit && (isCreditLine(lines[k]!) || isAside(lines[k]!))) k++;
    if (!(k < limit && opensBody(lines, k, limit))) {
      i = k;
      continue;
    }
    weak.push({ head: i, title: pickFirstTitle(lines, header), byline: -1 });
    // The next bylineless article starts only after this one closed with a credit line.
    let j = k + 1;
    while (j < limit && !(isHeadline(lines[j]!) && opensArticle(lines, j, credited))) j++;
    i = j;
  }
  // A bylineless article after one that closed with a credit line, after a wide gap, or whose
  // body opens with a date.
  const taken = new Set(starts.map((st) => st.head));
  for (let h = limit + 1; h < lines.length; h++) {
    if (taken.has(h) || !isHeadline(lines[h]!)) continue;
    if (!opensArticle(lines, h, credited)) continue;
    if (starts.some((st) => st.head <= h && h <= Math.max(st.byline, st.title))) continue;
    const header = [h];
    let k = h + 1;
    while (k < lines.length && isHeadline(lines[k]!)) header.push(k++);
    if (opensBylinelessBody(lines, k))
      weak.push({ head: h, title: pickFirstTitle(lines, header), byline: -1 });
  }
  starts.push(...weak);
  starts.sort((a, b) => a.head - b.head);
  return starts;
}

/**
 * A web page: a headline block, then a metadata line (date and time, 来源, 作者 …) before the first
 * paragraph. Such a page is one article: later short lines (captions, card headers, headings
 * inside the text) belong to it. Null when the page does not look like that.
 */
function webPageStart(lines: Line[], metas: Meta[]): Start | null {
  const firstBody = firstParagraph(lines);
  if (firstBody < 0) return null;
  const meta = metas.find((m) => m.end <= lines[firstBody]!.start);
  if (!meta) return null;
  const header: number[] = [];
  for (let j = 0; j < firstBody && lines[j]!.end <= meta.start; j++) {
    if (isHeadline(lines[j]!)) header.push(j);
    else if (!isAside(lines[j]!) && !isCreditLine(lines[j]!)) header.length = 0;
  }
  return header.length > 0 ? startAt(lines, header, firstBody) : null;
}

/**
 * The page's opening headline block as its only article, when nothing else opened one (a card
 * or a name line between headline and text): better one article than none.
 */
function openingStart(lines: Line[]): Start | null {
  const firstBody = firstParagraph(lines);
  if (firstBody < 0) return null;
  const header: number[] = [];
  for (let j = 0; j < firstBody; j++) {
    if (isHeadline(lines[j]!)) header.push(j);
    else if (!isAside(lines[j]!) && !isCreditLine(lines[j]!)) break;
  }
  return header.length > 0 ? startAt(lines, header, firstBody) : null;
}

function firstParagraph(lines: Line[]): number {
  return lines.findIndex((l) => isBody(l) && !isAside(l) && l.t.length >= 30);
}

/** A line of running text: a sentence that is no headline, credit line, caption, masthead or chrome. */
function sentenceLine(l: Line): boolean {
  return isBody(l) && !isAside(l) && hasSentence(l.t) && !mastheadLine(l.t);
}

/**
 * The article of lines [0, limit) when they hold a sentence (a text without a headline, or the
 * part of a page above its first headline): under the headline block right above its first
 * sentence when there is one, else untitled from its first line that is no banner, masthead or
 * page chrome (leading captions and their credits stay in it). Null without a sentence.
 */
function headlessStart(lines: Line[], limit: number): Start | null {
  let first = 0;
  while (first < limit && !sentenceLine(lines[first]!)) first++;
  if (first >= limit) return null;
  const header = headerBefore(lines, first);
  if (header.length > 0) return startAt(lines, header, first);
  let head = 0;
  while (
    head < first &&
    (isHeadline(lines[head]!) || mastheadLine(lines[head]!.t) || isChrome(lines[head]!.t))
  )
    head++;
  // Its byline: a lead byline ("本报讯（记者 X）…", "本报记者 X"), not a caption's photo credit.
  let byline = -1;
  for (let j = head; j <= first && byline < 0; j++)
    if (hasLead(lines[j]!) && photoCredit(lines[j]!.t, 0) === null) byline = j;
  return { head, title: head, byline, untitled: true, body: first };
}

/**
 * Adds the headless part above the first start, when it holds a sentence. A first start without
 * a byline that nothing above it closed (no credit, no wide gap, no news opening) is a
 * subheading inside that text, not an article. With a title hint (a web page's <title>) the
 * part is only added when it is the whole text (the hint then titles it; empty list returned).
 */
function withHeadless(lines: Line[], starts: Start[], hinted: boolean): Start[] {
  const limit = starts[0]?.head ?? lines.length;
  let any = false;
  for (let j = 0; j < limit && !any; j++) any = sentenceLine(lines[j]!);
  if (!any) return starts;
  let hasCredit: boolean | undefined;
  const credited = () => {
    hasCredit ??= lines.some((l) => hasLead(l) || closesArticle(l));
    return hasCredit;
  };
  const rest =
    starts[0] && starts[0].byline < 0 && !opensArticle(lines, starts[0].head, credited)
      ? starts.slice(1)
      : starts;
  if (hinted) return rest.length === 0 ? [] : starts;
  const lead = headlessStart(lines, rest[0]?.head ?? lines.length);
  return lead ? [lead, ...rest] : rest;
}

/** An untitled article's title: the first clause of its body (original characters). */
function clauseTitle(doc: RawDocument, s: string, bodyStart: number, end: number): string {
  const span = firstClauseSpan(s.slice(bodyStart, end));
  if (!span) return doc.text.slice(bodyStart, end).trim().slice(0, 40);
  return doc.text.slice(bodyStart + span.start, bodyStart + span.end);
}

/**
 * A start with this header; its byline is the first one between the header and the first
 * paragraph. With a byline the header is read like a newspaper's (the longest line is the title).
 */
function startAt(lines: Line[], header: number[], firstBody: number): Start {
  let byline = -1;
  for (let j = header.at(-1)! + 1; j <= firstBody && byline < 0; j++) if (hasLead(lines[j]!)) byline = j;
  const title = byline >= 0 ? pickTitle(lines, header) : pickFirstTitle(lines, header);
  return { head: header[0]!, title, byline };
}

function creditsIn(
  lines: Line[],
  metas: Meta[],
  from: number,
  to: number,
  bylineIdx: number,
  base: number,
): Credit[] {
  const out: Credit[] = [];
  const begin = lines[from]?.start ?? 0;
  const end = lines[to - 1]?.end ?? 0;
  for (const m of metas) if (m.start >= begin && m.end <= end) out.push(...metaCredits(m.t, m.start - base));
  for (let j = from; j < to; j++) {
    const l = lines[j]!;
    // (leadByline finds a byline exactly where opensWithByline does, whatever the base: the
    // offsets only move; hasLead has asked every line already.)
    const b = hasLead(l) ? leadByline(l.t, l.start - base) : null;
    if (j === bylineIdx && b) out.push(...b.credits);
    const photo = photoCredit(l.t, l.start - base);
    if (photo && (l.t.length <= 60 || /。[^。]*$/.test(l.t))) out.push(...photo);
    else {
      const closing = endByline(l.t, l.start - base);
      if (closing && j > bylineIdx) out.push(...closing);
      // Two or three bare names on a line of their own right under the header, or closing the
      // article: its reporters.
      else if ((j <= from + 3 || j === to - 1) && bareNames(l.t, l.start - base))
        out.push(...bareNames(l.t, l.start - base)!);
      // Another byline in the article: a line of names only ("通讯员 某某", "某某新闻记者 X Y"),
      // or a 讯 dateline with its credits repeating the page's metadata.
      else if (j !== bylineIdx && b && bylineText(l.t, b.bodyAt)) out.push(...b.credits);
    }
  }
  const seen = new Set<string>();
  return out.filter((c) => {
    if (!isCreditName(c.name)) return false;
    const k = `${c.role}:${c.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function bylineText(t: string, bodyAt: number): boolean {
  // "（某传媒某地新闻）【记者X/某地报导】…": a filed report's byline, wherever the article begins.
  return bodyAt >= t.length ? t.length <= 40 : /讯|电|消息|报导|报道/.test(t.slice(0, bodyAt));
}

/** Credit names as printed (traditional characters stay traditional), padding removed. */
function printedNames(credits: Credit[], text: string): Credit[] {
  return credits.map((c) => {
    const printed = text.slice(c.start, c.end).replace(/\s+/g, "");
    return printed.length === c.name.length ? { ...c, name: printed } : c;
  });
}

export function segmentDocument(doc: RawDocument): SegmentedArticle[] {
  const s = normalisePunct(doc.simplified);
  const { lines, metas } = linesOf(s);
  let starts = findStarts(lines);
  const web = webPageStart(lines, metas);
  const isWeb = web !== null && starts.filter((st) => st.byline >= 0).length <= 1;
  if (isWeb) starts = [web];
  if (starts.length === 0 && !doc.titleHint) {
    const opening = openingStart(lines);
    if (opening) starts = [opening];
  }
  if (!isWeb) starts = withHeadless(lines, starts, doc.titleHint !== null && doc.titleHint !== "");
  const dated = datedLines(lines, metas);
  const dateOf = (firstBegin: number, begin: number, body: number, end: number) =>
    doc.date ?? printedArticleDate(dated, firstBegin, begin, body, end);
  if (starts.length === 0) {
    const body = lines.filter(isBody);
    if (!doc.titleHint || body.length === 0) return [];
    const first = lines[0]!;
    const skipTitle = first.t === normalisePunct(doc.titleHint).trim();
    const from = skipTitle ? (lines[1]?.start ?? first.end) : first.start;
    const to = lines.at(-1)!.end;
    const text = doc.text.slice(first.start, to);
    return [
      {
        file: doc.file,
        index: 0,
        title: doc.titleHint,
        subtitles: [],
        text,
        simplified: doc.simplified.slice(first.start, to),
        bodyStart: from - first.start,
        credits: printedNames(creditsIn(lines, metas, 0, lines.length, -1, first.start), text),
        date: dateOf(first.start, first.start, lines[Math.max(0, firstParagraph(lines))]!.start, s.length),
        source: doc.source,
      },
    ];
  }
  return starts.map((st, k) => {
    const next = starts[k + 1];
    const lastLine = (next ? next.head : lines.length) - 1;
    const first = k === 0 ? st.title : st.head;
    const begin = lines[first]!.start;
    const end = lines[lastLine]!.end;
    // Without a byline the header runs to the first line that is no headline, credit or caption.
    let headerEnd = st.byline;
    if (headerEnd < 0 && st.untitled) headerEnd = st.body!;
    else if (headerEnd < 0) {
      headerEnd = st.title + 1;
      while (headerEnd <= lastLine && isHeaderish(lines[headerEnd]!)) headerEnd++;
    }
    const subtitles: string[] = [];
    for (let j = first; j < headerEnd && !st.untitled; j++) {
      if (j === st.title || !isHeadline(lines[j]!)) continue;
      subtitles.push(doc.text.slice(lines[j]!.start, lines[j]!.end));
    }
    let bodyStart: number;
    if (st.byline >= 0) {
      const bl = lines[st.byline]!;
      const by = leadByline(bl.t, 0)!;
      bodyStart = by.bodyAt >= bl.t.length ? (lines[st.byline + 1]?.start ?? bl.end) : bl.start + by.bodyAt;
    } else bodyStart = lines[Math.min(headerEnd, lastLine)]!.start;
    const title = st.untitled
      ? clauseTitle(doc, s, Math.max(bodyStart, lines[st.body!]!.start), end)
      : doc.text.slice(lines[st.title]!.start, lines[st.title]!.end);
    return {
      file: doc.file,
      index: k,
      title: starts.length === 1 && doc.titleHint ? doc.titleHint : title,
      ...(st.untitled ? { untitled: true as const } : {}),
      subtitles,
      text: doc.text.slice(begin, end),
      simplified: doc.simplified.slice(begin, end),
      bodyStart: Math.max(0, bodyStart - begin),
      credits: printedNames(
        creditsIn(lines, metas, first, lastLine + 1, st.byline, begin),
        doc.text.slice(begin, end),
      ),
      date: dateOf(
        lines[starts[0]!.title]!.start,
        begin,
        bodyStart,
        next ? lines[next.head]!.start : s.length,
      ),
      source: doc.source,
    };
  });
}
