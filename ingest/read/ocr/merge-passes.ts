/**
 * Large type (headlines) and body text read best at different resolutions: tesseract's chi_sim
 * model misreads glyphs much taller than ~24 px. The page is OCRed at the body's resolution
 * and again at a lower one for headlines; this keeps the body lines of the first pass and
 * the large lines of the second, falling back to the first pass where the second found none.
 */
import type { LayoutItem } from "../pdf-layout/types.ts";

/** Lines this much taller than the body are large type. */
export const LARGE = 1.5;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
}

/** Height of body lines: the median height of runs of four or more characters. */
export function bodyHeight(items: LayoutItem[]): number {
  const long = items.filter((i) => [...i.str].length >= 4);
  return median((long.length > 0 ? long : items).map((i) => i.height));
}

function overlapArea(a: LayoutItem, b: LayoutItem): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Body items of `fine` plus large items of `coarse`; large items of `fine` where `coarse` has none. */
export function mergePasses(fine: LayoutItem[], coarse: LayoutItem[]): LayoutItem[] {
  const body = bodyHeight(fine);
  const isLarge = (i: LayoutItem) => i.height >= LARGE * body;
  const fineBody = fine.filter((i) => !isLarge(i));
  const big = coarse.filter(
    (c) => isLarge(c) && fineBody.every((f) => overlapArea(c, f) < 0.3 * f.width * f.height),
  );
  const kept = fine.filter((f) => isLarge(f) && big.every((c) => overlapArea(c, f) === 0));
  return [...fineBody, ...big, ...kept];
}
