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
