/**
 * Cuts a page into article regions with a recursive XY-cut over units (a headline with its
 * kicker and subtitle is one unit; every other block or drawn photo box is one), preferring
 * a vertical cut when each side holds a headline, else a horizontal one. Pieces without a
 * headline join the article before them (a column carried on, a photo, a caption).
 */
import type { Block, Box, Shape } from "./types.ts";

export interface Unit extends Box {
  blocks: Block[];
  head: boolean;
}

export interface Group {
  units: Unit[];
  head: boolean;
}

function box<T extends Box>(items: T[]): Box {
  return {
    x0: Math.min(...items.map((i) => i.x0)),
    y0: Math.min(...items.map((i) => i.y0)),
    x1: Math.max(...items.map((i) => i.x1)),
    y1: Math.max(...items.map((i) => i.y1)),
  };
}

/** Headline units (kickers and subtitles joined to their headline), other blocks, photos. */
export function toUnits(blocks: Block[], shapes: Shape[], body: number): Unit[] {
  const heads = blocks.filter((b) => b.role === "headline");
  const byHead = new Map<Block, Block[]>(heads.map((h) => [h, [h]]));
  const units: Unit[] = [];
  for (const b of blocks) {
    if (b.role === "chrome" || b.role === "headline") continue;
    if (b.role === "kicker" || b.role === "subtitle") {
      let best: Block | null = null;
      let dist = Number.POSITIVE_INFINITY;
      for (const h of heads) {
        if (Math.min(b.x1, h.x1) - Math.max(b.x0, h.x0) <= 0) continue;
        const d = Math.max(h.y0 - b.y1, b.y0 - h.y1, 0);
        if (d < dist) [best, dist] = [h, d];
      }
      if (best) {
        byHead.get(best)!.push(b);
        continue;
      }
    }
    units.push({ ...box([b]), blocks: [b], head: false });
  }
  for (const list of byHead.values()) {
    list.sort((a, b) => a.y0 - b.y0);
    units.push({ ...box(list), blocks: list, head: true });
  }
  for (const s of shapes) {
    if (s.kind !== "fill" || s.x1 - s.x0 < 3 * body || s.y1 - s.y0 < 3 * body) continue;
    units.push({ ...s, blocks: [], head: false });
  }
  return units;
}

/** Splits units at gaps along one axis; null when there is no gap. */
function split(units: Unit[], axis: "x" | "y", minGap: number): Unit[][] | null {
  const lo = axis === "x" ? "x0" : "y0";
  const hi = axis === "x" ? "x1" : "y1";
  const sorted = [...units].sort((a, b) => a[lo] - b[lo]);
  const parts: Unit[][] = [[]];
  let end = Number.NEGATIVE_INFINITY;
  for (const u of sorted) {
    if (parts.at(-1)!.length > 0 && u[lo] - end > minGap) parts.push([]);
    parts.at(-1)!.push(u);
    end = Math.max(end, u[hi]);
  }
  return parts.length > 1 ? parts : null;
}

/** With several headlines and no cut left: each unit goes to the nearest headline above it. */
function assign(units: Unit[]): Group[] {
  const heads = units.filter((u) => u.head).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const groups = heads.map((h) => ({ units: [h], head: true }));
  for (const u of units) {
    if (u.head) continue;
    let best = 0;
    let score = Number.POSITIVE_INFINITY;
    heads.forEach((h, i) => {
      const ov = Math.min(u.x1, h.x1) - Math.max(u.x0, h.x0);
      const dy = u.y0 - h.y0;
      const s = (dy < 0 ? 1e6 : dy) + (ov > 0 ? 0 : 1e5);
      if (s < score) [best, score] = [i, s];
    });
    groups[best]!.units.push(u);
  }
  return groups;
}

/** A horizontal cut never parts headlines from what is printed under them: join them again. */
function headsWithBodies(parts: Unit[][] | null): Unit[][] | null {
  if (!parts) return null;
  const out: Unit[][] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    if (next && p.every((u) => u.head)) next.unshift(...p);
    else out.push(p);
  }
  return out.length > 1 ? out : null;
}

function merge(parts: Group[][]): Group[] {
  const out: Group[] = [];
  for (const groups of parts)
    for (const g of groups) {
      const last = out.at(-1);
      if (!g.head && last) last.units.push(...g.units);
      else out.push({ units: [...g.units], head: g.head });
    }
  return out;
}

export function cutRegions(units: Unit[], body: number): Group[] {
  const heads = units.filter((u) => u.head).length;
  if (heads <= 1) return units.length > 0 ? [{ units: orderUnits(units, body), head: heads === 1 }] : [];
  const xs = split(units, "x", 0.6 * body);
  const ys = headsWithBodies(split(units, "y", 0.3 * body));
  let parts: Unit[][] | null = null;
  if (xs?.every((p) => p.some((u) => u.head))) parts = xs;
  else parts = ys ?? xs;
  if (!parts) return assign(units).map((g) => ({ ...g, units: orderUnits(g.units, body) }));
  return merge(parts.map((p) => cutRegions(p, body)));
}

/** Reading order inside one article: XY-cut with columns (vertical cuts) first. */
function orderUnits(units: Unit[], body: number): Unit[] {
  if (units.length <= 1) return units;
  const ys = split(units, "y", 0.3 * body);
  const xs = split(units, "x", 0.6 * body);
  const parts = ys ?? xs;
  if (!parts) return [...units].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  return parts.flatMap((p) => orderUnits(p, body));
}
