/**
 * Tesseract TSV (`tesseract IMAGE - tsv`) → positioned text items in page units (top-left
 * origin, y downwards, like `pdf-layout`'s LayoutItem). Words of one OCR line are joined in
 * tesseract's order (no space between CJK glyphs; a space only between Latin words); a run
 * breaks only at a gap of two line heights (a gutter), since CJK word boxes are rough.
 */
import type { LayoutItem } from "../pdf-layout/types.ts";
import { fixOcrText } from "./fix-ocr-text.ts";

interface Word {
  left: number;
  top: number;
  width: number;
  height: number;
  text: string;
}

interface OcrLine {
  top: number;
  height: number;
  words: Word[];
}

const LATIN_END = /[A-Za-z0-9,.;:%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

function parseLines(tsv: string): OcrLine[] {
  const lines = new Map<string, OcrLine>();
  const rows = tsv.split("\n");
  for (const row of rows.slice(1)) {
    const f = row.split("\t");
    if (f.length < 12) continue;
    const [level, , block, par, line, , left, top, width, height, conf] = f.map(Number) as number[];
    const key = `${block}.${par}.${line}`;
    if (level === 4) lines.set(key, { top: top!, height: height!, words: [] });
    const text = f.slice(11).join("\t").trim();
    if (level !== 5 || text === "" || conf! < 0) continue;
    lines.get(key)?.words.push({ left: left!, top: top!, width: width!, height: height!, text });
  }
  return [...lines.values()].filter((l) => l.words.length > 0);
}

/** Items for one OCRed image; `scale` converts pixels to page units (72 / dpi for points). */
export function tsvToItems(tsv: string, scale: number): LayoutItem[] {
  const items: LayoutItem[] = [];
  for (const line of parseLines(tsv)) {
    const words = line.words;
    let run: { text: string; x0: number; x1: number } | null = null;
    const flush = () => {
      if (!run) return;
      items.push({
        str: fixOcrText(run.text),
        x: run.x0 * scale,
        y: line.top * scale,
        width: (run.x1 - run.x0) * scale,
        height: line.height * scale,
      });
      run = null;
    };
    for (const w of words) {
      if (run && w.left - run.x1 <= 2 * line.height) {
        const r: { text: string; x0: number; x1: number } = run;
        const space = LATIN_END.test(r.text) && LATIN_START.test(w.text);
        r.text += (space ? " " : "") + w.text;
        r.x0 = Math.min(r.x0, w.left);
        r.x1 = Math.max(r.x1, w.left + w.width);
      } else {
        flush();
        run = { text: w.text, x0: w.left, x1: w.left + w.width };
      }
    }
    flush();
  }
  return items.filter((i) => i.str !== "");
}

/**
 * OCR line boxes vary with the glyphs on the line (quotes, descenders), where a text layer
 * has one font size; the layout analysis groups lines by size, so heights within 20 % of each
 * other are set to their group's median, each box kept on its centre.
 */
export function evenSizes(items: LayoutItem[]): LayoutItem[] {
  const heights = items.map((i) => i.height).sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const h of heights) {
    const g = groups.at(-1);
    if (g && h <= 1.2 * g[0]!) g.push(h);
    else groups.push([h]);
  }
  const snap = new Map<number, number>();
  for (const g of groups) {
    const m = g[Math.floor(g.length / 2)]!;
    for (const h of g) snap.set(h, m);
  }
  return items.map((i) => {
    const height = snap.get(i.height) ?? i.height;
    return { ...i, y: i.y + (i.height - height) / 2, height };
  });
}
