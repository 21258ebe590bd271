/**
 * Rebuilds reading order from positioned PDF text items: rows by y, segments split at wide
 * x gaps, columns from the segments' x ranges (full-width segments such as headlines cut the
 * page into bands), then paragraphs by font size, line spacing, indentation and short lines.
 */

export interface PdfItem {
  str: string;
  /** Left edge and baseline, PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (height of the glyph box). */
  size: number;
}

interface Segment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const LATIN_END = /[A-Za-z0-9,.;:%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2e80-\\u2fdf“”‘’";
const LETTER_SPACED = new RegExp(`^[${CJK}](?: [${CJK}]){2,}$`, "u");
/** Four or more single CJK characters separated by spaces: a justified, spread-out run. */
const SPREAD_RUN = new RegExp(`(?<![${CJK}])[${CJK}](?: [${CJK}]){3,}(?![${CJK}])`, "gu");

/**
 * pdfjs puts spaces between the glyphs of a justified (letter-spaced) CJK run:
 * "本 报 讯 （ 记 者". A run made only of single characters and spaces loses them.
 */
function unspace(str: string): string {
  return str
    .split(/(?<=\S) {2,}(?=\S)/)
    .map((part) => (LETTER_SPACED.test(part.trim()) ? part.replace(/ /g, "") : part))
    .join("  ");
}

/** Groups items into rows (top to bottom) and splits rows into segments at wide gaps. */
function toSegments(items: PdfItem[]): Segment[][] {
  const sorted = items
    .filter((i) => i.str !== "")
    .map((i) => ({ ...i, str: unspace(i.str) }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const ref = row?.[0];
    if (row && ref && Math.abs(ref.y - item.y) <= 0.4 * Math.min(ref.size, item.size)) row.push(item);
    else if (item.str.trim() !== "") rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    // A space item seen since the last glyph: a real space is likelier than justification.
    let spaceItem = false;
    for (const item of row) {
      if (item.str.trim() === "") {
        spaceItem = segments.length > 0;
        continue;
      }
      const seg = segments.at(-1);
      const gap = seg ? item.x - seg.x1 : Number.POSITIVE_INFINITY;
      const size = Math.max(item.size, 1);
      if (seg && gap <= 1.5 * size) {
        const space =
          !/\s$/.test(seg.text) &&
          !/^\s/.test(item.str) &&
          (gap > (spaceItem ? 0.2 : 0.3) * size ||
            (gap > 0.15 * size && LATIN_END.test(seg.text) && LATIN_START.test(item.str)));
        seg.text += (space ? " " : "") + item.str;
        seg.x1 = Math.max(seg.x1, item.x + item.width);
        seg.size = Math.max(seg.size, item.size);
      } else {
        segments.push({ text: item.str, x0: item.x, x1: item.x + item.width, y: item.y, size: item.size });
      }
      spaceItem = false;
    }
    for (const s of segments) {
      s.text = s.text
        .replace(/\s+/g, " ")
        .trim()
        .replace(SPREAD_RUN, (run) => run.replace(/ /g, ""));
    }
    return segments;
  });
}

/**
 * Column x ranges: runs of x positions covered by many segments. Headlines cross gutters
 * but are few, so they do not fill them.
 */
function findColumns(segments: Segment[]): [number, number][] {
  const minX = Math.min(...segments.map((s) => s.x0));
  const maxX = Math.max(...segments.map((s) => s.x1));
  const bin = 2;
  const n = Math.max(1, Math.ceil((maxX - minX) / bin));
  const cover = new Array<number>(n).fill(0);
  for (const s of segments) {
    for (let i = Math.floor((s.x0 - minX) / bin); i < Math.min(n, Math.ceil((s.x1 - minX) / bin)); i++) {
      cover[i]!++;
    }
  }
  // A gutter may be crossed by a headline or two, never by many lines.
  const threshold = Math.max(2, Math.max(...cover) * 0.15);
  const minGutter = 0.5 * median(segments.map((s) => s.size));
  const columns: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const filled = i < n && cover[i]! > threshold;
    if (filled && start < 0) start = i;
    if (!filled && start >= 0) {
      const a = minX + start * bin;
      const b = minX + i * bin;
      const last = columns.at(-1);
      if (last && a - last[1] < minGutter) last[1] = b;
      else columns.push([a, b]);
      start = -1;
    }
  }
  return columns;
}

/** Orders segments: bands separated by full-width segments, columns left to right in a band. */
function readingOrder(rows: Segment[][]): Segment[][] {
  const all = rows.flat();
  if (all.length === 0) return [];
  const columns = findColumns(all);
  if (columns.length <= 1) return [all];
  const overlap = (s: Segment, [a, b]: [number, number]) => Math.min(s.x1, b) - Math.max(s.x0, a);
  const bodySize = median(all.map((s) => s.size));
  const left = columns[0]![0];
  const right = columns.at(-1)![1];
  // A headline or subtitle centred on the page heads all columns, even when it is narrow.
  const centredHead = (s: Segment) =>
    s.size > 1.1 * bodySize && Math.abs((s.x0 + s.x1) / 2 - (left + right) / 2) < 0.05 * (right - left);
  const blocks: Segment[][] = [];
  let band: Segment[][] = columns.map(() => []);
  const flush = () => {
    for (const col of band) if (col.length > 0) blocks.push(col);
    band = columns.map(() => []);
  };
  for (const seg of all) {
    const overlaps = columns.map((c) => overlap(seg, c));
    const touched = overlaps.filter((o) => o > seg.size).length;
    if (touched > 1 || centredHead(seg)) {
      flush();
      blocks.push([seg]);
    } else {
      const best = overlaps.indexOf(Math.max(...overlaps));
      band[best]!.push(seg);
    }
  }
  flush();
  return blocks;
}

function joinLines(a: string, b: string): string {
  return a + (LATIN_END.test(a) && LATIN_START.test(b) ? " " : "") + b;
}

/** Splits one column (lines top to bottom) into paragraphs. */
function paragraphs(lines: Segment[]): string[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const advances: number[] = [];
  for (let i = 1; i < lines.length; i++) advances.push(lines[i - 1]!.y - lines[i]!.y);
  const advance = median(advances.filter((a) => a > 0));
  const out: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const size = Math.max(line.size, prev.size, 1);
    const newParagraph =
      Math.abs(line.size - prev.size) > 0.15 * size ||
      (advance > 0 && prev.y - line.y > 1.5 * advance) ||
      line.x0 > left + 0.8 * size ||
      prev.x1 < right - 1.5 * size;
    if (newParagraph) {
      out.push(current);
      current = line.text;
    } else {
      current = joinLines(current, line.text);
    }
  }
  out.push(current);
  return out;
}

/** Paragraphs of one page in reading order; a column or band boundary ends a paragraph. */
export function layoutPage(items: PdfItem[]): string[] {
  return readingOrder(toSegments(items)).flatMap((block) => paragraphs(block));
}
