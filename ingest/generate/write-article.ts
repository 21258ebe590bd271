/**
 * Writes one fictional union-newspaper article of a randomly chosen kind (talks with
 * listed speakers, scope chains, appositive chains, honours after names, touring talks,
 * symposia, ordinary union activities) together with its gold record.
 */
import { type Collective, type Person, personName, type World } from "./build-world.ts";
import type { RegionRef } from "./honours.ts";
import {
  CAMPAIGNS,
  CLOSINGS,
  REACTIONS,
  TALK_EVENT_KINDS,
  THEMES,
  UNION_ACTIVITIES,
  UNION_CLOSINGS,
  UNION_REACTIONS,
} from "./pools-phrases.ts";
import type { Rng } from "./prng.ts";
import { newGoldPerson, type PersonInArticle } from "./render-person.ts";
import type { GoldArticle, GoldEvent } from "./types.ts";
import { writeByline } from "./write-byline.ts";
import {
  eventDate,
  newEvent,
  type Org,
  organiserSentence,
  pickHost,
  pickPartner,
  pickVenue,
} from "./write-event.ts";
import {
  appositiveForm,
  type CollectiveInArticle,
  futureForm,
  honoursAfterForm,
  listForm,
  type SpeakerCtx,
  scopeChainForm,
  symposiumForm,
} from "./write-speakers.ts";

export interface ArticleContext {
  rng: Rng;
  world: World;
  pageDate: Date;
  file: string;
}

export interface WrittenArticle {
  title: string;
  subtitle: string | null;
  paragraphs: string[];
  tail: string[];
  gold: GoldArticle;
}

type Kind = "list" | "chain" | "appositive" | "after" | "tour" | "symposium" | "union";

function pickSpeakers(rng: Rng, world: World, region: RegionRef, n: number): Person[] {
  const inProvince = world.byProvince.get(region.province) ?? world.persons;
  const inCity = world.byCity.get(region.city) ?? inProvince;
  const pool = [...rng.sample(inCity, n), ...rng.sample(inProvince, n * 2), ...rng.sample(world.persons, n)];
  const out: Person[] = [];
  for (const p of pool) if (out.length < n && !out.some((q) => q.name === p.name)) out.push(p);
  return out;
}

function ordinaryName(rng: Rng, avoid: Set<string>): string {
  let n = personName(rng);
  while (avoid.has(n)) n = personName(rng);
  return n;
}

function fill(rng: Rng, s: string): string {
  return s
    .replace("{n}", String(rng.int(6, 60)))
    .replace("{m}", String(rng.int(2, 30) * 10))
    .replace("{k}", String(rng.int(2, 30) * 1000));
}

function opening(
  rng: Rng,
  ev: GoldEvent,
  host: Org,
  partners: Org[],
  when: string,
  theme: string | null,
  talk: boolean,
): string {
  const venue = ev.venue[0]?.[0] ?? "";
  const at = venue ? `在${venue}` : "";
  const form = rng.int(0, 3);
  const themed = theme ? `以“${theme}”为主题的` : "";
  if (form === 0) {
    return `${when}，${themed}${ev.name}${at}举行。${organiserSentence(rng, ev, host, partners, talk)}`;
  }
  if (form === 1) {
    ev.organizers.push({ org: host.spellings, role: null });
    const rest = partners.length > 0 && rng.chance(0.6) ? organiserRest(rng, ev, partners) : "";
    return `${when}，${host.text}${at}${rng.pick(["举办", "开展", "举行"])}${ev.name}。${rest}`;
  }
  if (form === 2) {
    const co = partners.shift();
    ev.organizers.push({ org: host.spellings, role: "主办" });
    if (co) ev.organizers.push({ org: co.spellings, role: "承办" });
    const by = co ? `由${host.text}主办、${co.text}承办的` : `由${host.text}主办的`;
    return `${when}，${by}${themed}${ev.name}${at}举行。`;
  }
  return `${themed}${ev.name}${when === "近日" || when === "日前" ? when : `于${when}`}${at}举办。${organiserSentence(rng, ev, host, partners, talk)}`;
}

function organiserRest(rng: Rng, ev: GoldEvent, partners: Org[]): string {
  const o = partners.shift()!;
  const role = rng.pick(["承办", "协办"] as const);
  ev.organizers.push({ org: o.spellings, role });
  return `活动由${o.text}${role}。`;
}

function eventName(
  rng: Rng,
  kind: Kind,
  host: Org,
  region: RegionRef,
  year: number,
  venueCompany: string | null,
) {
  const campaign = rng.pick(CAMPAIGNS);
  if (kind === "symposium")
    return rng.pick([
      `${region.city}劳模代表座谈会`,
      `${region.city}${year}年劳模工匠座谈会`,
      `庆祝“五一”国际劳动节劳模代表座谈会`,
    ]);
  if (kind === "tour") return `“${campaign}”${rng.pick(["巡回宣讲活动", "系列宣讲活动"])}`;
  const forms = [
    `${host.text}${year}年劳模工匠宣讲团成立暨首场宣讲活动`,
    `“${campaign}”${rng.pick(TALK_EVENT_KINDS)}`,
    `${region.city}${year}年“五一”劳模事迹报告会`,
    `${region.district}劳模工匠宣讲进基层活动`,
  ];
  if (venueCompany) forms.push(`“${campaign}”暨${venueCompany}专场宣讲活动`);
  return rng.pick(forms);
}

function title(rng: Rng, kind: Kind, host: Org, region: RegionRef, ev: GoldEvent, n: number): string {
  const place = ev.venue[0]?.[0] ?? region.district;
  if (kind === "union")
    return `${host.text}${rng.pick(["举办", "开展", "组织"])}${ev.name.replace(/^\d{4}年/, "")}`;
  if (kind === "symposium")
    return rng.pick([`${host.text}召开劳模代表座谈会`, `${region.city}劳模代表畅谈新时代建功体会`]);
  return rng.pick([
    `${host.text}举办劳模工匠宣讲活动`,
    `${n}位劳模工匠走进${place}讲述奋斗故事`,
    `${region.city}劳模宣讲团走进${place}`,
    `听劳模讲故事 ${region.district}职工感受榜样力量`,
    `${host.text}开展“劳模工匠宣讲”活动`,
  ]);
}

export function writeArticle(ctx: ArticleContext): WrittenArticle {
  const { rng, world } = ctx;
  const kind = rng.weighted<Kind>([
    ["list", 20],
    ["chain", 10],
    ["appositive", 18],
    ["after", 10],
    ["tour", 10],
    ["symposium", 8],
    ["union", 24],
  ]);
  const region = rng.pick(world.regions);
  const localCompanies = world.companiesByCity.get(region.city) ?? world.companies;
  const { org: host, abbrevScope } = pickHost(rng, region, localCompanies);
  const partners = rng
    .sample(
      Array.from({ length: 4 }, () => pickPartner(rng, region, localCompanies)),
      rng.int(0, 3),
    )
    .filter((p, i, all) => p.text !== host.text && all.findIndex((q) => q.text === p.text) === i);
  const date = eventDate(rng, ctx.pageDate);
  const year = date.iso ? Number(date.iso.slice(0, 4)) : ctx.pageDate.getUTCFullYear();
  const venueCompany = rng.chance(0.35) ? rng.pick(localCompanies) : null;
  const theme = kind !== "union" && rng.chance(0.4) ? rng.pick(THEMES) : null;

  let name: string;
  let activity = "";
  if (kind === "union") {
    const month = ctx.pageDate.getUTCMonth() + 1;
    const seasonal = UNION_ACTIVITIES.filter(
      ([a]) => (!a.includes("夏送清凉") || (month >= 6 && month <= 8)) && (!a.includes("金秋") || month >= 8),
    );
    const [act, what] = rng.pick(seasonal);
    name = rng.chance(0.4) ? `${year}年${act}` : act;
    activity = what;
  } else name = eventName(rng, kind, host, region, year, venueCompany?.short ?? null);

  const venues = kind === "tour" ? [] : [pickVenue(rng, region, venueCompany)];
  if (kind !== "tour" && rng.chance(0.12)) venues.length = 0;
  const ev = newEvent("e1", name, venues, date.iso);
  const tourStops: string[] = [];
  if (kind === "tour") {
    for (const c of rng.sample(localCompanies.length > 1 ? localCompanies : world.companies, rng.int(1, 3))) {
      const v = rng.chance(0.5) ? c.short : c.full;
      ev.venue.push([v]);
      tourStops.push(v);
    }
  }

  const speakerCount = {
    list: rng.int(2, 6),
    chain: rng.int(3, 5),
    appositive: rng.int(1, 4),
    after: rng.int(1, 2),
    tour: rng.int(1, 3),
    symposium: rng.int(2, 4),
    union: 0,
  }[kind];
  const people = pickSpeakers(rng, world, region, speakerCount + (kind === "tour" ? 2 : 0));
  const inArticle: PersonInArticle[] = people.map((p) => ({ person: p, gold: newGoldPerson(p) }));
  const speakers = inArticle.slice(0, speakerCount);
  const later =
    kind === "tour" && rng.chance(0.6) ? inArticle.slice(speakerCount, speakerCount + rng.int(1, 2)) : [];
  const sctx: SpeakerCtx = { rng, abbrev: abbrevScope, eventKey: "e1" };

  const paragraphs: string[] = [];
  if (kind === "tour") {
    const stops =
      tourStops.length > 1 ? `${tourStops.slice(0, -1).join("、")}和${tourStops.at(-1)}` : tourStops[0];
    ev.organizers.push({ org: host.spellings, role: null });
    paragraphs.push(
      `${date.when}，${host.text}${ev.name}${tourStops.length > 1 ? "先后" : "首站"}走进${stops}，为一线职工送去${rng.pick(["一场场精彩的宣讲", "劳模故事", "奋进力量"])}。`,
    );
  } else paragraphs.push(opening(rng, ev, host, partners, date.when, theme, kind !== "union"));
  if (kind !== "union" && rng.chance(0.5)) paragraphs[0] += `${rng.int(5, 40) * 10}余名职工代表参加活动。`;

  let coll: CollectiveInArticle | null = null;
  if ((kind === "list" || kind === "appositive") && rng.chance(0.2)) {
    const local = rng
      .sample(world.collectives, 12)
      .filter((c) => c.company.region.province === region.province);
    const c: Collective | undefined = local.length > 0 ? rng.pick(local) : undefined;
    if (c) coll = { collective: c, gold: { name: [c.name], honours: [[c.honour]], spokeAt: [] } };
  }
  switch (kind) {
    case "list":
      paragraphs.push(listForm(sctx, speakers, coll));
      break;
    case "chain":
      paragraphs.push(scopeChainForm(sctx, speakers));
      break;
    case "appositive":
      paragraphs.push(appositiveForm(sctx, speakers));
      if (coll) {
        const c = coll.collective;
        coll.gold.spokeAt.push("e1");
        if (c.kind === "模范集体") coll.gold.name.push(`${c.name}模范集体`);
        paragraphs.push(
          c.kind === "模范集体"
            ? `${c.name}模范集体的代表也走上讲台，分享了班组攻坚克难的故事。`
            : `荣获“${c.honour}”称号的${c.name}的代表也走上讲台，分享了班组攻坚克难的故事。`,
        );
      }
      break;
    case "after":
      paragraphs.push(honoursAfterForm(sctx, speakers));
      break;
    case "tour":
      paragraphs.push(appositiveForm(sctx, speakers));
      if (later.length > 0) {
        const others = world.regions.filter((r) => r.province === region.province && r.city !== region.city);
        const other = others.length > 0 ? rng.pick(others) : region;
        paragraphs.push(futureForm(sctx, later, other.district));
      }
      break;
    case "symposium":
      paragraphs.push(symposiumForm(sctx, speakers));
      break;
    default:
      paragraphs.push(`活动中，${activity}。`);
  }
  const honourees = new Set(inArticle.map((p) => p.person.name));
  const union = kind === "union";
  if (rng.chance(union ? 0.8 : 0.5))
    paragraphs.push(
      rng.pick(union ? UNION_REACTIONS : REACTIONS).replace("{name}", ordinaryName(rng, honourees)),
    );
  if (rng.chance(0.6)) paragraphs.push(fill(rng, rng.pick(union ? UNION_CLOSINGS : CLOSINGS)));

  const dateline = date.iso ? date.when.replace(/[上下]午$/, "") : null;
  const byline = writeByline(rng, world, region.cityShort, dateline);
  paragraphs[0] = byline.lead + paragraphs[0];
  paragraphs[paragraphs.length - 1] += byline.endOfBody;

  const shown = [...speakers, ...later];
  const t = title(rng, kind, host, region, ev, speakers.length);
  const subtitle = rng.chance(0.12)
    ? `——${region.city}${rng.pick(["劳模宣讲活动侧记", "基层工会工作见闻", "工会服务职工纪实"])}`
    : null;
  return {
    title: t,
    subtitle,
    paragraphs,
    tail: byline.tail,
    gold: {
      file: ctx.file,
      title: t,
      reporters: byline.reporters,
      photographers: byline.photographers,
      events: [ev],
      persons: shown.map((p) => p.gold),
      collectives: coll ? [coll.gold] : [],
    },
  };
}
