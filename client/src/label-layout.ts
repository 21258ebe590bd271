/**
 * Which node labels to draw so that no two overlap: a greedy pass in priority order over
 * screen-space label boxes, with a uniform grid as the spatial index. Pure (no sigma, no DOM):
 * the graph view feeds it the nodes on screen and draws only the labels it keeps, so the
 * canvas and the PNG export never show colliding labels.
 */

export interface LabelBox {
  key: string;
  /** Top-left corner and size of the label's box, in viewport pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first: focused and hovered nodes, then bigger and better-connected ones. */
  priority: number;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The labels to draw, in drawing order: each box is kept unless it overlaps a box of higher
 * priority already kept (ties broken by key, so the choice is stable frame to frame).
 * `padding` pixels are kept free around each label.
 */
export function chooseLabels(
  boxes: readonly LabelBox[],
  padding = 2,
  cell = 96,
  /** The boxes are already in priority order (the view keeps the order between frames). */
  presorted = false,
): LabelBox[] {
  const sorted = presorted ? boxes : sortByPriority(boxes);
  // Padded boxes of kept labels as flat numbers, indexed by grid cell (numeric keys: no strings
  // per frame). Cells are offset so that boxes a little off screen still get non-negative keys.
  const OFFSET = 1 << 10;
  const grid = new Map<number, number[]>();
  const kept: LabelBox[] = [];
  for (const box of sorted) {
    const x = box.x - padding;
    const y = box.y - padding;
    const r = box.x + box.width + padding;
    const b = box.y + box.height + padding;
    const x0 = Math.floor(x / cell) + OFFSET;
    const x1 = Math.floor(r / cell) + OFFSET;
    const y0 = Math.floor(y / cell) + OFFSET;
    const y1 = Math.floor(b / cell) + OFFSET;
    let free = true;
    for (let gx = x0; gx <= x1 && free; gx++)
      for (let gy = y0; gy <= y1 && free; gy++) {
        const list = grid.get(gx * 4 * OFFSET + gy);
        if (!list) continue;
        for (let i = 0; i < list.length; i += 4)
          if (x < list[i + 2]! && list[i]! < r && y < list[i + 3]! && list[i + 1]! < b) {
            free = false;
            break;
          }
      }
    if (!free) continue;
    kept.push(box);
    for (let gx = x0; gx <= x1; gx++)
      for (let gy = y0; gy <= y1; gy++) {
        const k = gx * 4 * OFFSET + gy;
        const list = grid.get(k);
        if (list) list.push(x, y, r, b);
        else grid.set(k, [x, y, r, b]);
      }
  }
  return kept;
}

/** Highest priority first, ties by key (a stable choice frame to frame). */
export function sortByPriority<T extends { key: string; priority: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : 1));
}

/**
 * A label's width in pixels without a canvas: CJK and other wide characters one em, the rest
 * about 0.6 em (the view measures with the real font when it can).
 */
export function estimateLabelWidth(label: string, fontSize: number): number {
  let w = 0;
  for (const ch of label) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? fontSize : fontSize * 0.6;
  return w;
}
