/**
 * Derives a region (province-level division, or a city when no province is known) from an honour
 * scope or an organisation name: "浙江省五一劳动奖章" → 浙江, "杭州市…公司" → 浙江, "全国" → 全国.
 * Province names come from the extractor's lexicon; capitals and large cities are listed here.
 */
import {
  AUTONOMOUS_REGIONS,
  PROVINCES as LEXICON_PROVINCES,
  MUNICIPALITIES,
} from "../ingest/lexicon/honours.ts";

/** Province-level divisions: the extractor's lexicon plus the two special administrative regions. */
const PROVINCES: readonly string[] = [
  ...MUNICIPALITIES,
  ...LEXICON_PROVINCES,
  ...AUTONOMOUS_REGIONS.keys(),
  "香港",
  "澳门",
];

/** Provincial capitals and a few large cities → their province. */
const CITIES: Record<string, string> = {
  石家庄: "河北",
  太原: "山西",
  沈阳: "辽宁",
  大连: "辽宁",
  长春: "吉林",
  哈尔滨: "黑龙江",
  南京: "江苏",
  苏州: "江苏",
  无锡: "江苏",
  杭州: "浙江",
  宁波: "浙江",
  温州: "浙江",
  合肥: "安徽",
  福州: "福建",
  厦门: "福建",
  南昌: "江西",
  济南: "山东",
  青岛: "山东",
  郑州: "河南",
  武汉: "湖北",
  长沙: "湖南",
  广州: "广东",
  深圳: "广东",
  海口: "海南",
  成都: "四川",
  贵阳: "贵州",
  昆明: "云南",
  西安: "陕西",
  兰州: "甘肃",
  西宁: "青海",
  呼和浩特: "内蒙古",
  南宁: "广西",
  拉萨: "西藏",
  银川: "宁夏",
  乌鲁木齐: "新疆",
};

export const NATIONAL_REGION = "全国";

/** The region named at the start of `text`, or null. */
export function regionOf(text: string): string | null {
  const t = text.trim().replace(/^中国/, "");
  if (/^全国/.test(text.trim())) return NATIONAL_REGION;
  for (const p of PROVINCES) if (t.startsWith(p)) return p;
  for (const [city, province] of Object.entries(CITIES)) if (t.startsWith(city)) return province;
  const province = /^(\p{Script=Han}{2,4}?)(?:省|自治区)/u.exec(t);
  if (province?.[1]) return province[1];
  const city = /^(\p{Script=Han}{2,4}?)市/u.exec(t);
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
