/**
 * Cuts a newspaper page into articles: drops banners, finds each headline block (kicker,
 * title, subtitles) before a byline or body, reads bylines and photo credits (a credit belongs
 * to the article above it) and slices the original text so offsets stay valid.
 */
import { normalisePunct } from "../extract/normalise-punct.ts";
import type { Credit, RawDocument, SegmentedArticle } from "../types.ts";
import { endByline, isSourceLine, leadByline, photoCredit } from "./parse-credits.ts";

interface Line {
  start: number;
  end: number;
  /** Normalised, simplified text of the line (trimmed of nothing). */
  t: string;
  /** Blank lines right before this line. */
  gap: number;
  /** Memoised classifications (each line is asked many times). */
  credit?: boolean;
  headline?: boolean;
}

/**
 * Web page furniture between a headline and its body ("发布日期：2025-05-20 来源：某某 浏览次数："),
 * skipped like a blank line so that it neither becomes a headline nor separates one from its body.
 */
const WEB_FURNITURE =
  /^(?:发布(?:日期|时间)|来源|浏览次数|点击(?:数|量)?|字号)\s*[:：]|^\S{0,6}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.*(?:来源|浏览|点击)\s*[:：]/;

/** A body that opens like news: a date, 近日/日前, or a dateline. */
const NEWS_OPENING =
  /^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^(?:近日|日前|近期|昨天|昨日|今天|日前)[，,]|^[\p{Script=Han}]{2,8}(?:讯|电)[\s（(]/u;

const FINAL = /[。！？；：…]$/;

function linesOf(s: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let gap = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s[i] === "\n") {
      const t = s.slice(start, i);
      if (t.trim() && !WEB_FURNITURE.test(t.trim())) {
        const lead = t.length - t.trimStart().length;
        const trail = t.length - t.trimEnd().length;
        out.push({ start: start + lead, end: i - trail, t: t.trim(), gap });
        gap = 0;
      } else gap++;
      start = i + 1;
    }
  }
  return out;
}

function isCreditLine(l: Line): boolean {
  l.credit ??= creditLine(l);
  return l.credit;
}

function creditLine(l: Line): boolean {
  return (
    (photoCredit(l.t, 0) !== null && l.t.length <= 60 && !/[，]/.test(l.t.replace(/[^，]*。/g, ""))) ||
    (endByline(l.t, 0) !== null && !/[。！？]/.test(l.t.replace(/[（(][^（(]*[）)]\s*$/, ""))) ||
    isSourceLine(l.t)
  );
}

/** A line that ends an article: a credit line, or body text ending with a photo credit or byline. */
function closesArticle(l: Line): boolean {
  return isCreditLine(l) || photoCredit(l.t, 0) !== null || endByline(l.t, 0) !== null;
}

function isHeadline(l: Line): boolean {
  l.headline ??= headlineLine(l);
  return l.headline;
}

function headlineLine(l: Line): boolean {
  const t = l.t;
  if (t.length < 4 || t.length > 50 || FINAL.test(t) || /。/.test(t)) return false;
  // Page furniture: "某某报 2025年5月20日 第3版 工会动态".
  if (/第\s*[\d一二三四五六七八九十]+\s*版|\d{4}年\d{1,2}月\d{1,2}日\s*(星期|周)?/.test(t)) return false;
  if (leadByline(t, 0) || isCreditLine(l)) return false;
  return (t.match(/，/g) ?? []).length <= 1;
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
}

/** Header lines (kicker, title, subtitles) ending right before line `i`; skips captions after the title. */
function headerBefore(lines: Line[], i: number): number[] {
  const out: number[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (isHeadline(l)) out.unshift(j);
    else if (isCreditLine(l) && out.length === 0) continue;
    else if (out.length === 0 && /。/.test(l.t) && photoCredit(l.t, 0)) continue;
    else break;
  }
  return out;
}

function pickTitle(lines: Line[], header: number[]): number {
  let best = header[0]!;
  for (const j of header) {
    if (/^[—-]/.test(lines[j]!.t)) continue;
    if (lines[j]!.t.length > lines[best]!.t.length) best = j;
  }
  return best;
}

/** A headline at `h` opens a new article: the previous one closed with a credit, a wide gap
 * separates them, or the body opens like news right after a finished paragraph. */
function opensArticle(lines: Line[], h: number): boolean {
  const prev = lines[h - 1];
  const next = lines[h + 1];
  if (!prev) return true;
  return (
    closesArticle(prev) ||
    (lines[h]!.gap >= 2 && prev.t.length >= 30) ||
    (next !== undefined && NEWS_OPENING.test(next.t) && FINAL.test(prev.t))
  );
}

function findStarts(lines: Line[]): Start[] {
  const starts: Start[] = [];
  let lastUsed = -1;
  lines.forEach((l, i) => {
    if (!leadByline(l.t, 0)) return;
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
    while (k < limit && isCreditLine(lines[k]!)) k++;
    if (!(k < limit && isBody(lines[k]!) && lines[k]!.t.length >= 30)) {
      i = k;
      continue;
    }
    weak.push({ head: i, title: pickTitle(lines, header), byline: -1 });
    // The next bylineless article starts only after this one closed with a credit line.
    let j = k + 1;
    while (j < limit && !(isHeadline(lines[j]!) && opensArticle(lines, j))) j++;
    i = j;
  }
  // A bylineless article after one that closed with a credit line, after a wide gap, or whose
  // body opens with a date.
  const taken = new Set(starts.map((st) => st.head));
  for (let h = limit + 1; h < lines.length; h++) {
    if (taken.has(h) || !isHeadline(lines[h]!)) continue;
    if (!opensArticle(lines, h)) continue;
    if (starts.some((st) => st.head <= h && h <= Math.max(st.byline, st.title))) continue;
    const header = [h];
    let k = h + 1;
    while (k < lines.length && isHeadline(lines[k]!)) header.push(k++);
    if (k < lines.length && !leadByline(lines[k]!.t, 0) && isBody(lines[k]!) && lines[k]!.t.length >= 30)
      weak.push({ head: h, title: pickTitle(lines, header), byline: -1 });
  }
  starts.push(...weak);
  starts.sort((a, b) => a.head - b.head);
  return starts;
}

function creditsIn(lines: Line[], from: number, to: number, bylineIdx: number, base: number): Credit[] {
  const out: Credit[] = [];
  for (let j = from; j < to; j++) {
    const l = lines[j]!;
    if (j === bylineIdx) {
      const b = leadByline(l.t, l.start - base);
      if (b) out.push(...b.credits);
    }
    const photo = photoCredit(l.t, l.start - base);
    if (photo && (l.t.length <= 60 || /。[^。]*$/.test(l.t))) out.push(...photo);
    else {
      const end = endByline(l.t, l.start - base);
      if (end && j > bylineIdx) out.push(...end);
      // A closing name line: "通讯员 某某".
      const names = j > bylineIdx && !end && l.t.length <= 30 ? leadByline(l.t, l.start - base) : null;
      if (names && names.bodyAt >= l.t.length && /^(?:■\s*)?(?:本报)?(?:记者|通讯员)/.test(l.t))
        out.push(...names.credits);
    }
  }
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = `${c.role}:${c.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
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
  const lines = linesOf(s);
  const starts = findStarts(lines);
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
        credits: printedNames(creditsIn(lines, 0, lines.length, -1, first.start), text),
        date: doc.date,
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
    const headerEnd = st.byline >= 0 ? st.byline : st.title + 1;
    const subtitles: string[] = [];
    for (let j = first; j < headerEnd; j++) {
      if (j === st.title || !isHeadline(lines[j]!)) continue;
      subtitles.push(doc.text.slice(lines[j]!.start, lines[j]!.end));
    }
    let bodyStart: number;
    if (st.byline >= 0) {
      const bl = lines[st.byline]!;
      const by = leadByline(bl.t, 0)!;
      bodyStart = by.bodyAt >= bl.t.length ? (lines[st.byline + 1]?.start ?? bl.end) : bl.start + by.bodyAt;
    } else {
      let j = st.title + 1;
      while (j <= lastLine && (isHeadline(lines[j]!) || isCreditLine(lines[j]!))) j++;
      bodyStart = lines[Math.min(j, lastLine)]!.start;
    }
    const title = doc.text.slice(lines[st.title]!.start, lines[st.title]!.end);
    return {
      file: doc.file,
      index: k,
      title: starts.length === 1 && doc.titleHint ? doc.titleHint : title,
      subtitles,
      text: doc.text.slice(begin, end),
      simplified: doc.simplified.slice(begin, end),
      bodyStart: Math.max(0, bodyStart - begin),
      credits: printedNames(
        creditsIn(lines, first, lastLine + 1, st.byline, begin),
        doc.text.slice(begin, end),
      ),
      date: doc.date,
      source: doc.source,
    };
  });
}
