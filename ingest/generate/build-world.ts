/**
 * Builds the fictional world an article draws from: employers with regions, unions,
 * people with a stable employer, job and honour set (including same-name people at
 * different employers), model collectives and newsroom staff.
 */
import { drawHonour, type Honour, honourRank, type RegionRef } from "./honours.ts";
import { BRANDS, INDUSTRIES, type IndustryDef, PROVINCES, SYSTEMS } from "./pools-orgs.ts";
import { DEPARTMENTS, GIVEN_CHARS, JOB_TITLES, NICKNAMES, SURNAMES } from "./pools-people.ts";
import type { Rng } from "./prng.ts";

export interface Company {
  full: string;
  short: string;
  region: RegionRef;
  industry: IndustryDef;
}

export interface Person {
  name: string;
  company: Company;
  department: string | null;
  jobTitle: string;
  honours: Honour[];
  nickname: string | null;
  female: boolean;
}

export interface Collective {
  /** Unit name, e.g. 瑞丰精机装配车间. */
  name: string;
  company: Company;
  kind: "工人先锋号" | "模范集体" | "先进集体";
  /** Canonical honour: 模范集体, 全国工人先锋号, 浙江省先进集体 … */
  honour: string;
}

export interface World {
  regions: RegionRef[];
  companies: Company[];
  persons: Person[];
  /** Persons by province and by city, for regional events. */
  byProvince: Map<string, Person[]>;
  byCity: Map<string, Person[]>;
  companiesByCity: Map<string, Company[]>;
  collectives: Collective[];
  reporters: string[];
  correspondents: string[];
}

const FEMALE_CHARS = new Set([
  "玉",
  "秀",
  "桂",
  "淑",
  "凤",
  "雪",
  "梅",
  "琳",
  "婷",
  "欣",
  "悦",
  "佳",
  "雅",
  "静",
  "慧",
  "颖",
  "芳",
  "兰",
  "萍",
  "霞",
  "燕",
  "娟",
  "莉",
  "蕾",
]);

export function personName(rng: Rng): string {
  const surname = rng.pick(SURNAMES);
  const given = rng.chance(0.7) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  if (given.length === 2 && given[0] === given[1]) return surname + given[0];
  return surname + given;
}

export function listRegions(): RegionRef[] {
  const out: RegionRef[] = [];
  for (const p of PROVINCES)
    for (const c of p.cities)
      for (const d of c.districts)
        out.push({ province: p.name, city: c.name, cityShort: c.short, district: d });
  return out;
}

function buildCompanies(rng: Rng, regions: RegionRef[], count: number): Company[] {
  const used = new Set<string>();
  const out: Company[] = [];
  let guard = 0;
  while (out.length < count && guard++ < count * 50) {
    const brand = rng.pick(BRANDS);
    const industry = rng.pick(INDUSTRIES);
    const region = rng.pick(regions);
    const isLocal = industry.full === "医院" || industry.full === "职业技术学院";
    const short = isLocal ? `${region.cityShort}${brand}${industry.short}` : `${brand}${industry.short}`;
    if (used.has(short)) continue;
    used.add(short);
    const full = isLocal
      ? `${region.cityShort}${brand}${industry.full}`
      : `${brand}${industry.full}${rng.pick(industry.suffixes)}`;
    out.push({ full, short, region, industry });
  }
  return out;
}

function jobFor(rng: Rng, c: Company): string {
  if (c.industry.full === "医院") return rng.pick(["护士长", "主任医师", "主治医师", "护士"]);
  if (c.industry.full === "职业技术学院") return rng.pick(["教师", "实训指导教师", "教授"]);
  if (c.industry.full === "公交") return rng.pick(["驾驶员", "调度员", "车队长"]);
  return rng.pick(JOB_TITLES.filter((j) => !["护士长", "主任医师", "教师"].includes(j)));
}

/** Industry system for `全国<system>系统` honours, from the employer's industry. */
function systemOf(rng: Rng, c: Company): string {
  if (c.industry.full === "医院") return "卫生健康";
  if (c.industry.full === "职业技术学院") return "教育";
  const s = c.industry.sector;
  return (SYSTEMS as readonly string[]).includes(s)
    ? s
    : rng.pick(SYSTEMS.filter((x) => x !== "教育" && x !== "卫生健康"));
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function buildWorld(rng: Rng, personCount: number): World {
  const regions = listRegions();
  const companies = buildCompanies(rng, regions, Math.max(90, Math.round(personCount / 4)));
  const persons: Person[] = [];
  const names = new Set<string>();
  for (let i = 0; i < personCount; i++) {
    const company = rng.pick(companies);
    // Deliberate namesakes: about 6% reuse an earlier name at another employer.
    let name: string;
    const earlier = persons.length > 20 && rng.chance(0.06) ? rng.pick(persons) : null;
    if (earlier && earlier.company !== company) name = earlier.name;
    else {
      do name = personName(rng);
      while (names.has(name));
    }
    names.add(name);
    const honourCount = rng.weighted([
      [1, 55],
      [2, 35],
      [3, 10],
    ] as const);
    const honours: Honour[] = [];
    const system = systemOf(rng, company);
    for (let k = 0; k < honourCount * 3 && honours.length < honourCount; k++) {
      const h = drawHonour(rng, company.region, system);
      if (!honours.some((x) => x.canonical === h.canonical || x.category === h.category)) honours.push(h);
    }
    honours.sort((a, b) => honourRank(a) - honourRank(b));
    const female = [...name.slice(-2)].some((ch) => FEMALE_CHARS.has(ch));
    persons.push({
      name,
      company,
      department:
        rng.chance(0.4) && !["医院", "职业技术学院"].includes(company.industry.full)
          ? rng.pick(DEPARTMENTS)
          : null,
      jobTitle: jobFor(rng, company),
      honours,
      nickname: rng.chance(0.08) ? rng.pick(NICKNAMES) : null,
      female,
    });
  }
  const byProvince = groupBy(persons, (p) => p.company.region.province);
  const byCity = groupBy(persons, (p) => p.company.region.city);
  const companiesByCity = groupBy(companies, (c) => c.region.city);
  const collectives: Collective[] = [];
  for (const company of rng.sample(companies, Math.max(20, Math.round(companies.length / 3)))) {
    if (["医院", "职业技术学院"].includes(company.industry.full)) continue;
    const dept = rng.pick(DEPARTMENTS);
    const scope = rng.pick(["全国", company.region.province, company.region.city]);
    const kind = rng.pick(["工人先锋号", "模范集体", "先进集体"] as const);
    const honour = kind === "模范集体" ? "模范集体" : `${scope}${kind}`;
    collectives.push({ name: `${company.short}${dept}`, company, kind, honour });
  }
  const staff = new Set<string>();
  while (staff.size < 60) {
    const n = personName(rng);
    if (!names.has(n)) staff.add(n);
  }
  const staffList = [...staff];
  return {
    regions,
    companies,
    persons,
    byProvince,
    byCity,
    companiesByCity,
    collectives,
    reporters: staffList.slice(0, 30),
    correspondents: staffList.slice(30),
  };
}
