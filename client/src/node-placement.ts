/**
 * Where new nodes go when an expansion or a search brings them in: in free space near their
 * anchor, never on top of another cluster. Candidates lie on rings of growing radius around
 * the anchor; a candidate is taken when no node (old or just placed) is closer than `spacing`.
 * Pure: graph coordinates in, graph coordinates out.
 */

export interface Point {
  x: number;
  y: number;
}

/** `count` free positions near `anchor`, each at least `spacing` from `occupied` and from each other. */
export function placeNear(
  anchor: Point,
  count: number,
  occupied: readonly Point[],
  spacing: number,
): Point[] {
  if (count <= 0) return [];
  const s = spacing > 0 && Number.isFinite(spacing) ? spacing : 1;
  const grid = new Map<string, Point[]>();
  const cellOf = (p: Point) => [Math.floor(p.x / s), Math.floor(p.y / s)] as const;
  const add = (p: Point) => {
    const [cx, cy] = cellOf(p);
    const k = `${cx},${cy}`;
    const list = grid.get(k);
    if (list) list.push(p);
    else grid.set(k, [p]);
  };
  const free = (p: Point) => {
    const [cx, cy] = cellOf(p);
    for (let gx = cx - 1; gx <= cx + 1; gx++)
      for (let gy = cy - 1; gy <= cy + 1; gy++)
        for (const q of grid.get(`${gx},${gy}`) ?? []) if (Math.hypot(p.x - q.x, p.y - q.y) < s) return false;
    return true;
  };
  for (const p of occupied) if (Number.isFinite(p.x) && Number.isFinite(p.y)) add(p);

  const placed: Point[] = [];
  // Ring k has radius k·spacing and room for about 2πk nodes; far rings are tried only when
  // the near ones are full. The bound keeps a pathological input from looping for long.
  for (let ring = 1; placed.length < count && ring <= 200 + count; ring++) {
    const r = ring * s;
    const slots = Math.max(6, Math.floor(2 * Math.PI * ring));
    // Turn each ring a little so that candidates of neighbouring rings do not line up.
    const turn = ring * 0.61803;
    for (let i = 0; i < slots && placed.length < count; i++) {
      const angle = turn + (2 * Math.PI * i) / slots;
      const p = { x: anchor.x + r * Math.cos(angle), y: anchor.y + r * Math.sin(angle) };
      if (!free(p)) continue;
      placed.push(p);
      add(p);
    }
  }
  return placed;
}
