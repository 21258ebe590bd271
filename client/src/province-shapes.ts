/**
 * GeoJSON of China's provinces and, per province, of its cities (the `china-geojson` package,
 * MIT). The country outline ships with the map; each province's cities load on drill-down as a
 * separate chunk. Taiwan, Hong Kong and Macao have no city shapes there.
 */
import type { FeatureCollection } from "geojson";

type Loader = () => Promise<{ default: unknown }>;

const CITY_SHAPES: Record<string, Loader> = {
  安徽: () => import("china-geojson/src/geojson/an_hui_geo.json", { with: { type: "json" } }),
  北京: () => import("china-geojson/src/geojson/bei_jing_geo.json", { with: { type: "json" } }),
  重庆: () => import("china-geojson/src/geojson/chong_qing_geo.json", { with: { type: "json" } }),
  福建: () => import("china-geojson/src/geojson/fu_jian_geo.json", { with: { type: "json" } }),
  甘肃: () => import("china-geojson/src/geojson/gan_su_geo.json", { with: { type: "json" } }),
  广东: () => import("china-geojson/src/geojson/guang_dong_geo.json", { with: { type: "json" } }),
  广西: () => import("china-geojson/src/geojson/guang_xi_geo.json", { with: { type: "json" } }),
  贵州: () => import("china-geojson/src/geojson/gui_zhou_geo.json", { with: { type: "json" } }),
  海南: () => import("china-geojson/src/geojson/hai_nan_geo.json", { with: { type: "json" } }),
  河北: () => import("china-geojson/src/geojson/he_bei_geo.json", { with: { type: "json" } }),
  河南: () => import("china-geojson/src/geojson/he_nan_geo.json", { with: { type: "json" } }),
  黑龙江: () => import("china-geojson/src/geojson/hei_long_jiang_geo.json", { with: { type: "json" } }),
  湖北: () => import("china-geojson/src/geojson/hu_bei_geo.json", { with: { type: "json" } }),
  湖南: () => import("china-geojson/src/geojson/hu_nan_geo.json", { with: { type: "json" } }),
  吉林: () => import("china-geojson/src/geojson/ji_lin_geo.json", { with: { type: "json" } }),
  江苏: () => import("china-geojson/src/geojson/jiang_su_geo.json", { with: { type: "json" } }),
  江西: () => import("china-geojson/src/geojson/jiang_xi_geo.json", { with: { type: "json" } }),
  辽宁: () => import("china-geojson/src/geojson/liao_ning_geo.json", { with: { type: "json" } }),
  内蒙古: () => import("china-geojson/src/geojson/nei_meng_gu_geo.json", { with: { type: "json" } }),
  宁夏: () => import("china-geojson/src/geojson/ning_xia_geo.json", { with: { type: "json" } }),
  青海: () => import("china-geojson/src/geojson/qing_hai_geo.json", { with: { type: "json" } }),
  山东: () => import("china-geojson/src/geojson/shan_dong_geo.json", { with: { type: "json" } }),
  陕西: () => import("china-geojson/src/geojson/shan_xi_1_geo.json", { with: { type: "json" } }),
  山西: () => import("china-geojson/src/geojson/shan_xi_2_geo.json", { with: { type: "json" } }),
  上海: () => import("china-geojson/src/geojson/shang_hai_geo.json", { with: { type: "json" } }),
  四川: () => import("china-geojson/src/geojson/si_chuan_geo.json", { with: { type: "json" } }),
  天津: () => import("china-geojson/src/geojson/tian_jin_geo.json", { with: { type: "json" } }),
  西藏: () => import("china-geojson/src/geojson/xi_zang_geo.json", { with: { type: "json" } }),
  新疆: () => import("china-geojson/src/geojson/xin_jiang_geo.json", { with: { type: "json" } }),
  云南: () => import("china-geojson/src/geojson/yun_nan_geo.json", { with: { type: "json" } }),
  浙江: () => import("china-geojson/src/geojson/zhe_jiang_geo.json", { with: { type: "json" } }),
};

/** Name of the feature that holds the South China Sea islands (drawn as an inset, not a province). */
export const ISLANDS_FEATURE = "南海诸岛";

/** The provinces of China (short names: 浙江, 内蒙古 …) plus the islands inset. */
export async function countryShapes(): Promise<FeatureCollection> {
  const m = await import("china-geojson/src/geojson/china.json", { with: { type: "json" } });
  return m.default as unknown as FeatureCollection;
}

/** Whether a province has city shapes to drill into. */
export function hasCityShapes(province: string): boolean {
  return province in CITY_SHAPES;
}

/** The cities (for municipalities: the districts) of one province, or null when none ship. */
export async function cityShapes(province: string): Promise<FeatureCollection | null> {
  const load = CITY_SHAPES[province];
  return load ? ((await load()).default as FeatureCollection) : null;
}
