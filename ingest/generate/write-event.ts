/**
 * Event material for one article: the host union and co-organisers with roles, the event
 * name, venue and date, and the opening sentence(s) that state them; returns the gold event.
 */
import type { Company } from "./build-world.ts";
import type { RegionRef } from "./honours.ts";
import { STREETS, VENUE_PATTERNS } from "./pools-orgs.ts";
import type { Rng } from "./prng.ts";
import type { GoldEvent, GoldOrganizer, Spellings } from "./types.ts";

export interface Org {
  /** As printed the first time. */
  text: string;
  spellings: Spellings;
  /** Short reference for later sentences (市总工会), or the full name again. */
  abbr: string;
}

export interface EventPlan {
  gold: GoldEvent;
  host: Org;
  /** Province or city certain from the printed host name. */
  abbrevScope: boolean;
  region: RegionRef;
  /** `5月12日` / `近日` / `日前`. */
  when: string;
}

const SECTORS = ["机械冶金", "能源化学", "交通运输", "教科文卫", "财贸轻纺", "建设", "农林水利"] as const;

export function pickHost(rng: Rng, region: RegionRef, local: Company[]): { org: Org; abbrevScope: boolean } {
  const kind = rng.weighted<string>([
    ["city", 40],
    ["city-prov", 12],
    ["sector", 16],
    ["district", 12],
    ["province", 10],
    ["company", 10],
  ]);
  const { province, city, district } = region;
  switch (kind) {
    case "city":
      return {
        org: { text: `${city}总工会`, spellings: [`${city}总工会`, "市总工会"], abbr: "市总工会" },
        abbrevScope: false,
      };
    case "city-prov":
      return {
        org: {
          text: `${province}${city}总工会`,
          spellings: [`${province}${city}总工会`, `${city}总工会`, "市总工会"],
          abbr: "市总工会",
        },
        abbrevScope: true,
      };
    case "sector": {
      const s = rng.pick(SECTORS);
      return {
        org: { text: `${city}${s}工会`, spellings: [`${city}${s}工会`, `市${s}工会`], abbr: `市${s}工会` },
        abbrevScope: false,
      };
    }
    case "district":
      return {
        org: {
          text: `${city}${district}总工会`,
          spellings: [`${city}${district}总工会`, `${district}总工会`, "区总工会"],
          abbr: "区总工会",
        },
        abbrevScope: false,
      };
    case "province":
      return {
        org: { text: `${province}总工会`, spellings: [`${province}总工会`, "省总工会"], abbr: "省总工会" },
        abbrevScope: true,
      };
    default: {
      const c = rng.pick(local);
      return {
        org: {
          text: `${c.full}工会`,
          spellings: [`${c.full}工会`, `${c.short}工会`],
          abbr: `${c.short}工会`,
        },
        abbrevScope: false,
      };
    }
  }
}

/** Co-organisers from the same city: companies, schools, associations, street offices. */
export function pickPartner(rng: Rng, region: RegionRef, local: Company[]): Org {
  const kind = rng.weighted<string>([
    ["company", 40],
    ["assoc", 15],
    ["street", 15],
    ["gov", 10],
    ["media", 10],
    ["academy", 10],
  ]);
  const { city, district } = region;
  const one = (t: string): Org => ({ text: t, spellings: [t], abbr: t });
  switch (kind) {
    case "company": {
      const c = rng.pick(local);
      return { text: c.full, spellings: [c.full, c.short], abbr: c.short };
    }
    case "assoc":
      return one(`${city}劳动模范协会`);
    case "street":
      return one(`${district}${rng.pick(STREETS)}街道总工会`);
    case "gov":
      return one(`${city}人力资源和社会保障局`);
    case "media":
      return one(`${city}职工报社`);
    default:
      return one(`${city}劳模工匠学院`);
  }
}

export function pickVenue(rng: Rng, region: RegionRef, company: Company | null): Spellings {
  const pattern = rng.pick(company ? VENUE_PATTERNS : VENUE_PATTERNS.filter((p) => !p.includes("{company}")));
  const v = pattern
    .replace("{city}", region.city)
    .replace("{district}", region.district)
    .replace("{street}", rng.pick(STREETS))
    .replace("{company}", company ? (rng.chance(0.5) ? company.short : company.full) : "");
  return [v];
}

/** Date phrase and its ISO form (year from the page date; the event is 0–4 days earlier). */
export function eventDate(rng: Rng, pageDate: Date): { when: string; iso: string | null } {
  const r = rng.next();
  if (r < 0.22) return { when: "近日", iso: null };
  if (r < 0.32) return { when: "日前", iso: null };
  const d = new Date(pageDate.getTime() - rng.int(0, 4) * 86_400_000);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const iso = `${d.getUTCFullYear()}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const part = rng.pick(["", "", "上午", "下午"]);
  return { when: `${m}月${day}日${part}`, iso };
}

export function newEvent(key: string, name: string, venue: Spellings[], date: string | null): GoldEvent {
  return { key, name, venue, date, organizers: [] };
}

export function addOrganizer(ev: GoldEvent, org: Org, role: GoldOrganizer["role"]): void {
  ev.organizers.push({ org: org.spellings, role });
}

/** `活动由A指导，B主办，C承办，D协办。` with roles recorded; host is 主办. */
export function organiserSentence(rng: Rng, ev: GoldEvent, host: Org, partners: Org[], talk = true): string {
  const parts: string[] = [];
  const guide = partners.length > 1 && rng.chance(0.4) ? partners.shift() : undefined;
  if (guide) {
    parts.push(`${guide.text}指导`);
    addOrganizer(ev, guide, "指导");
  }
  const coHost = partners.length > 0 && rng.chance(0.2) ? partners.shift() : undefined;
  parts.push(coHost ? `${host.text}、${coHost.text}联合主办` : `${host.text}主办`);
  addOrganizer(ev, host, "主办");
  if (coHost) addOrganizer(ev, coHost, "主办");
  const undertake = partners.splice(0, rng.int(1, 2));
  if (undertake.length > 0) {
    parts.push(`${undertake.map((o) => o.text).join("、")}承办`);
    for (const o of undertake) addOrganizer(ev, o, "承办");
  }
  const assist = partners.shift();
  if (assist) {
    parts.push(`${assist.text}协办`);
    addOrganizer(ev, assist, "协办");
  }
  const lead = rng.pick(
    talk ? ["活动由", "本次活动由", "此次宣讲由", "本次宣讲由"] : ["活动由", "本次活动由", "此次活动由"],
  );
  return `${lead}${parts.join("，")}。`;
}
