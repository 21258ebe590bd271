/**
 * Pure helpers of the map: the choropleth colour of a count (square-root scale, grey for none)
 * and matching a shape's name to a counted region's name across data sets (宁波市 ~ 宁波, 密云县 ~ 密云区).
 */
import { shortRegionName } from "../../model/region-names.ts";

const EMPTY = "#eef0f3";
const LOW: [number, number, number] = [254, 224, 200];
const HIGH: [number, number, number] = [185, 28, 28];

/** Fill colour for `value` on a scale up to `max`. */
export function choroplethColour(value: number, max: number): string {
  if (value <= 0 || max <= 0) return EMPTY;
  const f = Math.sqrt(Math.min(value, max) / max);
  const c = LOW.map((lo, i) => Math.round(lo + (HIGH[i]! - lo) * f));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** Old names the shapes still carry → the current division. */
const RENAMED: Record<string, string> = { 襄樊: "襄阳" };

/** The key two names of one place share: their short form, renamed places mapped to today's. */
export function regionKey(name: string): string {
  const s = shortRegionName(name);
  return RENAMED[s] ?? s;
}

type Ring = number[][];

/** Twice the signed planar area of a ring in lon/lat (positive: counter-clockwise). */
function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i]!;
    const q = ring[j]!;
    a += (q[0]! - p[0]!) * (q[1]! + p[1]!);
  }
  return a;
}

/**
 * Rings wound the way d3-geo reads them (outer rings clockwise, holes counter-clockwise): GeoJSON
 * files disagree on the order, and a reversed outer ring means "the whole globe but this shape".
 */
export function windForD3(polygon: Ring[]): Ring[] {
  return polygon.map((ring, i) => {
    const ccw = ringArea(ring) > 0;
    const wantCcw = i > 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}
