/**
 * Positioned items → lines: items on one baseline joined left to right and split at gaps wider
 * than a gutter; single glyphs stacked in one x column (a vertical CJK headline) become one
 * vertical line. Sorting makes it O(n log n).
 */
import type { LayoutItem, Line } from "./types.ts";

const LATIN_END = /[A-Za-z0-9,.;:%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;
/** Justified CJK lines spread their glyphs: a gap next to a Han character needs more to be a space. */
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2e80-\\u2fdf“”‘’";
const LETTER_SPACED = new RegExp(`^[${CJK}](?: [${CJK}]){2,}$`, "u");
/** Four or more single CJK characters separated by spaces: a justified, spread-out run. */
const SPREAD_RUN = new RegExp(`(?<![${CJK}])[${CJK}](?: [${CJK}]){3,}(?![${CJK}])`, "gu");
const SPREAD_GAP = /(?<=\p{Script=Han}) (?=[\p{Script=Han}\d])|(?<=[\p{Script=Han}\d]) (?=\p{Script=Han})/gu;
const ONE_GLYPH = new RegExp(`^[${CJK}]$`, "u");

/** pdfjs puts spaces between the glyphs of a letter-spaced CJK run: "本 报 讯"; they go. */
function unspace(str: string): string {
  return str
    .split(/(?<=\S) {2,}(?=\S)/)
    .map((part) => (LETTER_SPACED.test(part.trim()) ? part.replace(/ /g, "") : part))
    .join("  ");
}

function fontKey(item: LayoutItem): string {
  return (item.font ?? "").replace(/^[A-Z]{6}\+/, "");
}

function isBold(item: LayoutItem): boolean {
  return item.bold ?? /bold|black|heavy|semibold|demi/i.test(item.font ?? "");
}

/** Single CJK glyphs with no other glyph beside them on their baseline. */
function isolatedGlyphs(items: LayoutItem[]): LayoutItem[] {
  const sorted = items
    .filter((i) => i.str.trim() !== "")
    .sort((a, b) => a.y + a.height - (b.y + b.height) || a.x - b.x);
  const out: LayoutItem[] = [];
  let row: LayoutItem[] = [];
  const flush = () => {
    row.sort((a, b) => a.x - b.x);
    row.forEach((i, k) => {
      if (!ONE_GLYPH.test(i.str.trim()) || i.width > 1.3 * i.height) return;
      const prev = row[k - 1];
      const next = row[k + 1];
      if (prev && i.x - (prev.x + prev.width) < 0.9 * Math.min(i.height, prev.height)) return;
      if (next && next.x - (i.x + i.width) < 0.9 * Math.min(i.height, next.height)) return;
      out.push(i);
    });
    row = [];
  };
  for (const i of sorted) {
    const ref = row[0];
    if (ref && Math.abs(ref.y + ref.height - (i.y + i.height)) > 0.3 * Math.min(ref.height, i.height))
      flush();
    row.push(i);
  }
  flush();
  return out;
}

/** Glyphs of one x column, each under the last: vertical runs of ≥ 3 glyphs. */
function verticalRuns(items: LayoutItem[]): { lines: Line[]; used: Set<LayoutItem> } {
  const single = isolatedGlyphs(items);
  const byX = new Map<number, LayoutItem[]>();
  for (const i of single) {
    const k = Math.round(i.x);
    const list = byX.get(k) ?? [];
    list.push(i);
    byX.set(k, list);
  }
  const lines: Line[] = [];
  const used = new Set<LayoutItem>();
  for (const list of byX.values()) {
    list.sort((a, b) => a.y - b.y);
    let run: LayoutItem[] = [];
    const flush = () => {
      if (run.length >= 3) {
        for (const i of run) used.add(i);
        const first = run[0]!;
        const last = run.at(-1)!;
        lines.push({
          text: run.map((i) => i.str.trim()).join(""),
          x0: Math.min(...run.map((i) => i.x)),
          x1: Math.max(...run.map((i) => i.x + i.width)),
          y0: first.y,
          y1: last.y + last.height,
          size: first.height,
          bold: isBold(first),
          font: fontKey(first),
          vertical: true,
        });
      }
      run = [];
    };
    for (const i of list) {
      const prev = run.at(-1);
      const step = prev ? i.y - prev.y : 0;
      if (
        prev &&
        (step < 0.7 * prev.height ||
          step > 1.6 * prev.height ||
          Math.abs(i.height - prev.height) > 0.1 * prev.height)
      )
        flush();
      run.push(i);
    }
    flush();
  }
  return { lines, used };
}

/** Lines of one page, top to bottom then left to right. */
export function buildLines(input: LayoutItem[]): Line[] {
  const items = input.filter((i) => i.str !== "" && i.height > 0);
  const { lines: vertical, used } = verticalRuns(items);
  // A vertical run must not be a row of glyphs that happen to sit on other rows: keep it only
  // when its glyphs have no horizontal neighbours on their baseline.
  const rest = items.filter((i) => !used.has(i)).map((i) => ({ ...i, str: unspace(i.str) }));
  const bottom = (i: LayoutItem) => i.y + i.height;
  rest.sort((a, b) => bottom(a) - bottom(b) || a.x - b.x);
  const rows: LayoutItem[][] = [];
  for (const item of rest) {
    const row = rows.at(-1);
    const ref = row?.[0];
    if (row && ref && Math.abs(bottom(ref) - bottom(item)) <= 0.4 * Math.min(ref.height, item.height))
      row.push(item);
    else if (item.str.trim() !== "") rows.push([item]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line: Line | null = null;
    let spaceItem = false;
    for (const item of row) {
      if (item.str.trim() === "") {
        spaceItem = line !== null;
        continue;
      }
      const size = Math.max(item.height, 1);
      const gap = line ? item.x - line.x1 : Number.POSITIVE_INFINITY;
      const sameStyle = line !== null && Math.abs(line.size - size) <= 0.3 * size;
      if (line && sameStyle && gap <= 0.7 * size) {
        const space =
          !/\s$/.test(line.text) &&
          !/^\s/.test(item.str) &&
          (gap >
            (spaceItem ? 0.2 : HAN_END.test(line.text) || HAN_START.test(item.str) ? 0.45 : 0.3) * size ||
            (gap > 0.15 * size && LATIN_END.test(line.text) && LATIN_START.test(item.str)));
        line.text += (space ? " " : "") + item.str;
        line.x1 = Math.max(line.x1, item.x + item.width);
        line.y0 = Math.min(line.y0, item.y);
        line.y1 = Math.max(line.y1, item.y + item.height);
        if (item.str.trim().length > 1 || size > line.size) {
          line.size = Math.max(line.size, size);
        }
      } else {
        line = {
          text: item.str,
          x0: item.x,
          x1: item.x + item.width,
          y0: item.y,
          y1: item.y + item.height,
          size,
          bold: isBold(item),
          font: fontKey(item),
          vertical: false,
        };
        lines.push(line);
      }
      spaceItem = false;
    }
  }
  for (const l of lines) {
    l.text = l.text
      .replace(/\s+/g, " ")
      .trim()
      .replace(SPREAD_RUN, (run) => run.replace(/ /g, ""));
    // A justified line spread inside pdfjs items ("远江 电 力建 设 的刘青 3 位"): many single
    // spaces between Han characters (or a Han character and a digit) are spacing, not spaces.
    if (l.text.length >= 12 && (l.text.match(SPREAD_GAP) ?? []).length >= 3)
      l.text = l.text.replace(SPREAD_GAP, "");
  }
  return [...lines.filter((l) => l.text !== ""), ...vertical].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

export function joinLines(a: string, b: string): string {
  return a + (LATIN_END.test(a) && LATIN_START.test(b) ? " " : "") + b;
}
