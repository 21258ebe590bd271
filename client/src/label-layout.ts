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
export function chooseLabels(boxes: readonly LabelBox[], padding = 2, cell = 96): LabelBox[] {
  const sorted = [...boxes].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : 1));
  const grid = new Map<string, LabelBox[]>();
  const kept: LabelBox[] = [];
  for (const box of sorted) {
    const padded: LabelBox = {
      ...box,
      x: box.x - padding,
      y: box.y - padding,
      width: box.width + 2 * padding,
      height: box.height + 2 * padding,
    };
    const x0 = Math.floor(padded.x / cell);
    const x1 = Math.floor((padded.x + padded.width) / cell);
    const y0 = Math.floor(padded.y / cell);
    const y1 = Math.floor((padded.y + padded.height) / cell);
    let free = true;
    for (let gx = x0; gx <= x1 && free; gx++)
      for (let gy = y0; gy <= y1 && free; gy++)
        for (const other of grid.get(`${gx},${gy}`) ?? []) {
          if (overlaps(padded, other)) {
            free = false;
            break;
          }
        }
    if (!free) continue;
    kept.push(box);
    for (let gx = x0; gx <= x1; gx++)
      for (let gy = y0; gy <= y1; gy++) {
        const k = `${gx},${gy}`;
        const list = grid.get(k);
        if (list) list.push(padded);
        else grid.set(k, [padded]);
      }
  }
  return kept;
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
