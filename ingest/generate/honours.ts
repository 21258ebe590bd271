/**
 * Honours held by fictional people: how they are assigned (scope follows the person's
 * region) and how they are printed in the genre's forms, with the gold spellings that an
 * extractor may legitimately give for each printed form.
 */
import type { Rng } from "./prng.ts";
import type { Spellings } from "./types.ts";

export type HonourCategory =
  | "劳动模范"
  | "五一劳动奖章"
  | "大国工匠"
  | "技术能手"
  | "先进工作者"
  | "工匠"
  | "五一巾帼标兵"
  | "三八红旗手"
  | "岗位建功标兵";

export type ScopeKind = "national" | "provincial" | "municipal" | "district" | "industry" | "none";

export interface Honour {
  category: HonourCategory;
  scopeKind: ScopeKind;
  /** Scope as printed in full: 全国, 浙江省, 宁波市, 鄞州区, 全国交通运输系统, or a brand for 工匠. */
  scope: string;
  /** Canonical name (scope + category), e.g. 浙江省劳动模范, 宁波工匠. */
  canonical: string;
}

export interface RegionRef {
  province: string;
  city: string;
  cityShort: string;
  district: string;
}

export interface PrintedHonour {
  text: string;
  spellings: Spellings;
}

function make(category: HonourCategory, scopeKind: ScopeKind, scope: string): Honour {
  const canonical = category === "工匠" ? `${scope}工匠` : `${scope}${category}`;
  return { category, scopeKind, scope, canonical };
}

/** Draw one honour for a person working in `region`. */
export function drawHonour(rng: Rng, region: RegionRef, system: string): Honour {
  const kind = rng.weighted<string>([
    ["national-model", 18],
    ["provincial-model", 22],
    ["municipal-model", 14],
    ["district-model", 3],
    ["industry-model", 4],
    ["national-may", 8],
    ["provincial-may", 10],
    ["municipal-may", 4],
    ["craftsman", 3],
    ["national-skill", 4],
    ["provincial-skill", 5],
    ["national-advanced", 2],
    ["provincial-advanced", 2],
    ["brand-craftsman", 6],
    ["city-big-craftsman", 2],
    ["women-model", 2],
    ["red-banner", 2],
    ["post-model", 2],
  ]);
  switch (kind) {
    case "national-model":
      return make("劳动模范", "national", "全国");
    case "provincial-model":
      return make("劳动模范", "provincial", region.province);
    case "municipal-model":
      return make("劳动模范", "municipal", region.city);
    case "district-model":
      return make("劳动模范", "district", region.district);
    case "industry-model":
      return make("劳动模范", "industry", `全国${system}系统`);
    case "national-may":
      return make("五一劳动奖章", "national", "全国");
    case "provincial-may":
      return make("五一劳动奖章", "provincial", region.province);
    case "municipal-may":
      return make("五一劳动奖章", "municipal", region.city);
    case "craftsman":
      return make("大国工匠", "none", "");
    case "national-skill":
      return make("技术能手", "national", "全国");
    case "provincial-skill":
      return make("技术能手", "provincial", region.province);
    case "national-advanced":
      return make("先进工作者", "national", "全国");
    case "provincial-advanced":
      return make("先进工作者", "provincial", region.province);
    case "brand-craftsman":
      return make("工匠", "municipal", region.cityShort);
    case "city-big-craftsman":
      return make("工匠", "municipal", `${region.cityShort}大`);
    case "women-model":
      return make("五一巾帼标兵", "provincial", region.province);
    case "red-banner":
      return rng.chance(0.3)
        ? make("三八红旗手", "national", "全国")
        : make("三八红旗手", "provincial", region.province);
    default:
      return make("岗位建功标兵", "municipal", region.city);
  }
}

/** Rank used to put the most senior honour first. */
export function honourRank(h: Honour): number {
  const scope = { national: 0, industry: 1, none: 1, provincial: 2, municipal: 3, district: 4 }[h.scopeKind];
  const cat = h.category === "劳动模范" ? 0 : h.category === "五一劳动奖章" ? 1 : 2;
  return scope * 3 + cat;
}

/**
 * How the honour is printed before a name or in a list label.
 * `abbrevScope`: the article makes the province/city certain, so 省劳模 / 市级劳模 may be printed.
 */
export function printHonour(rng: Rng, h: Honour, abbrevScope: boolean): PrintedHonour {
  const spellings: Spellings = [h.canonical];
  let scope = h.scope;
  if (abbrevScope && (h.scopeKind === "provincial" || h.scopeKind === "municipal") && h.category !== "工匠") {
    if (rng.chance(0.5)) {
      const short = h.scopeKind === "provincial" ? "省" : rng.pick(["市", "市级"]);
      scope = short;
      spellings.push(`${short}${h.category}`);
      if (short === "市级") spellings.push(`市${h.category}`);
    }
  }
  switch (h.category) {
    case "劳动模范":
      return { text: `${scope}${rng.chance(0.5) ? "劳模" : "劳动模范"}`, spellings };
    case "五一劳动奖章":
      return {
        text: rng.chance(0.6) ? `${scope}五一劳动奖章获得者` : `“${scope}五一劳动奖章”获得者`,
        spellings,
      };
    case "工匠":
      return { text: rng.chance(0.7) ? h.canonical : `“${h.canonical}”`, spellings };
    case "大国工匠":
      return { text: rng.chance(0.8) ? "大国工匠" : "“大国工匠”", spellings };
    default:
      return { text: `${scope}${h.category}`, spellings };
  }
}

/** Printed inside `荣获…称号` / `被评为…`: always the full canonical name in quotes. */
export function quoteHonour(h: Honour): string {
  return `“${h.canonical}”`;
}

/** Label after a counted list: `3位全国劳模`, `2名省五一劳动奖章获得者`. */
export function countLabel(rng: Rng, h: Honour, abbrevScope: boolean): PrintedHonour {
  const p = printHonour(rng, h, abbrevScope);
  return { text: p.text.replace(/[“”]/g, ""), spellings: p.spellings };
}
