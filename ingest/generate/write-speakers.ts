/**
 * Speaker passages in the genre's forms: counted lists (`来自A的X、B的Y2位全国劳模`),
 * scope chains (`全国劳模X，省劳模Y、Z`), appositive chains, honours after the name,
 * symposium remarks and future (not yet given) talks. Each records its gold facts.
 */
import type { Collective } from "./build-world.ts";
import { countLabel, printHonour } from "./honours.ts";
import { PROBLEMS, STORY_PHRASES, TALK_TITLES } from "./pools-phrases.ts";
import type { Rng } from "./prng.ts";
import {
  employerText,
  honourPhrase,
  nicknameLead,
  type PersonInArticle,
  pronoun,
  quotedHonours,
  recordHonour,
  shownHonours,
} from "./render-person.ts";
import type { GoldCollective } from "./types.ts";

export interface SpeakerCtx {
  rng: Rng;
  abbrev: boolean;
  eventKey: string;
}

export interface CollectiveInArticle {
  collective: Collective;
  gold: GoldCollective;
}

function spoke(pa: PersonInArticle, key: string): void {
  if (!pa.gold.spokeAt.includes(key)) pa.gold.spokeAt.push(key);
}

export function story(rng: Rng): string {
  return rng
    .pick(STORY_PHRASES)
    .replace("{years}", String(rng.int(8, 32)))
    .replace("{problem}", rng.pick(PROBLEMS));
}

function talkTitle(rng: Rng, pa: PersonInArticle): string {
  const t = rng.pick(TALK_TITLES);
  pa.gold.talkTitle = t;
  return t;
}

function job(pa: PersonInArticle): string {
  return pa.person.jobTitle;
}

/** `来自A的X、B的Y2位全国劳模，来自C的省劳模Z，以及D模范集体，先后登台…。` */
export function listForm(
  ctx: SpeakerCtx,
  speakers: PersonInArticle[],
  coll: CollectiveInArticle | null,
): string {
  const { rng } = ctx;
  const groups = new Map<string, PersonInArticle[]>();
  for (const pa of speakers) {
    const top = pa.person.honours[0]!;
    const list = groups.get(top.canonical) ?? [];
    list.push(pa);
    groups.set(top.canonical, list);
  }
  const parts: string[] = [];
  for (const members of groups.values()) {
    const h = members[0]!.person.honours[0]!;
    const label = countLabel(rng, h, ctx.abbrev);
    for (const pa of members) {
      recordHonour(pa, label.spellings);
      spoke(pa, ctx.eventKey);
    }
    if (members.length === 1) {
      const pa = members[0]!;
      parts.push(`来自${employerText(rng, pa, false)}的${label.text}${pa.person.name}`);
    } else {
      const who = members.map((pa) => `${employerText(rng, pa, false)}的${pa.person.name}`).join("、");
      const n = members.length === 2 && rng.chance(0.3) ? "两" : String(members.length);
      parts.push(`来自${who}${n}${rng.pick(["位", "位", "名"])}${label.text}`);
    }
  }
  let collText = "";
  if (coll) {
    const c = coll.collective;
    coll.gold.spokeAt.push(ctx.eventKey);
    if (c.kind === "模范集体") {
      collText = `，以及来自${c.name}模范集体的代表`;
      coll.gold.name.push(`${c.name}模范集体`);
    } else collText = `，以及荣获“${c.honour}”称号的${c.name}的代表`;
  }
  const lead = rng.pick(["当天", "活动中", "宣讲会上", "现场"]);
  const verb = rng.pick([
    "先后登台，讲述了各自在平凡岗位上拼搏奋斗的故事",
    "围绕岗位建功、技术创新等内容作了精彩宣讲",
    "依次上台分享了自己的成长经历",
    "结合亲身经历，讲述了扎根一线、爱岗敬业的感人故事",
  ]);
  const sentences = [`${lead}，${parts.join("，")}${collText}，${verb}。`];
  for (const pa of rng.sample(speakers, rng.int(0, 2))) sentences.push(detail(rng, pa));
  return sentences.join("");
}

/** A follow-up sentence about one speaker who is already recorded as speaking. */
function detail(rng: Rng, pa: PersonInArticle): string {
  const nick = nicknameLead(rng, pa);
  if (rng.chance(0.5)) return `${nick}${pa.person.name}以《${talkTitle(rng, pa)}》为题，${story(rng)}。`;
  return `${nick}${pa.person.name}${story(rng)}，现场不时响起热烈的掌声。`;
}

/** `全国劳模X，省劳模Y、Z，市级劳模W依次登台。X是A的…；Y来自B…。` */
export function scopeChainForm(ctx: SpeakerCtx, speakers: PersonInArticle[]): string {
  const { rng } = ctx;
  const sorted = [...speakers].sort((a, b) =>
    a.person.honours[0]!.canonical.localeCompare(b.person.honours[0]!.canonical),
  );
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const h = sorted[i]!.person.honours[0]!;
    const members: PersonInArticle[] = [];
    while (i < sorted.length && sorted[i]!.person.honours[0]!.canonical === h.canonical)
      members.push(sorted[i++]!);
    const label = printHonour(rng, h, ctx.abbrev);
    for (const pa of members) {
      recordHonour(pa, label.spellings);
      spoke(pa, ctx.eventKey);
    }
    parts.push(`${label.text}${members.map((m) => m.person.name).join("、")}`);
  }
  const lead = rng.pick(["活动中", "宣讲会上", "报告会上"]);
  const verb = rng.pick(["依次登台", "先后走上讲台", "轮流登台宣讲"]);
  const about = sorted.map((pa) => {
    const n = pa.person.name;
    const form = rng.int(0, 2);
    if (form === 0) return `${n}是${employerText(rng, pa)}的${job(pa)}，${story(rng)}`;
    if (form === 1) return `${n}来自${employerText(rng, pa, false)}，${story(rng)}`;
    return `${employerText(rng, pa)}${job(pa)}${n}${story(rng)}`;
  });
  return `${lead}，${parts.join("，")}${verb}。${about.join("；")}。`;
}

/** One sentence per speaker: honours and employer chained before (or after) the name. */
export function appositiveForm(ctx: SpeakerCtx, speakers: PersonInArticle[]): string {
  const { rng } = ctx;
  const out: string[] = [];
  speakers.forEach((pa, idx) => {
    spoke(pa, ctx.eventKey);
    const hon = honourPhrase(rng, pa, shownHonours(rng, pa.person), ctx.abbrev);
    const n = pa.person.name;
    const lead =
      idx === 0
        ? rng.pick(["宣讲中，", "活动中，", "首先登台的", ""])
        : rng.pick(["", "随后，", "接着，", ""]);
    const form = rng.int(0, 3);
    if (lead === "首先登台的") {
      out.push(
        `首先登台的是${hon}、${employerText(rng, pa)}${job(pa)}${n}，${pronoun(pa.person)}${story(rng)}。`,
      );
      return;
    }
    if (form === 0 && rng.chance(0.35))
      out.push(
        `${lead}${hon}、${employerText(rng, pa)}${job(pa)}${n}作了题为《${talkTitle(rng, pa)}》的宣讲，${story(rng)}。`,
      );
    else if (form === 0)
      out.push(
        `${lead}${hon}、${employerText(rng, pa)}${job(pa)}${n}以《${talkTitle(rng, pa)}》为题，${story(rng)}。`,
      );
    else if (form === 1)
      out.push(
        `${lead}${employerText(rng, pa, false)}的${hon}${n}，以《${talkTitle(rng, pa)}》为题，${story(rng)}。`,
      );
    else if (form === 2)
      out.push(
        `${lead}${employerText(rng, pa)}${job(pa)}，${hon}${n}围绕“${rng.pick(PROBLEMS)}攻关”作了分享，${story(rng)}。`,
      );
    else out.push(`${lead}${n}，${hon}、${employerText(rng, pa)}${job(pa)}，${story(rng)}。`);
  });
  return out.join("");
}

/** Honours stated after the name: `X曾荣获“…”“…”等称号`, `先后被评为…`. */
export function honoursAfterForm(ctx: SpeakerCtx, speakers: PersonInArticle[]): string {
  const { rng } = ctx;
  const out: string[] = [];
  for (const pa of speakers) {
    spoke(pa, ctx.eventKey);
    const n = pa.person.name;
    const p = pronoun(pa.person);
    const shown = shownHonours(rng, pa.person);
    const form = rng.int(0, 2);
    if (form === 0) {
      const emp = employerText(rng, pa);
      out.push(
        `${emp}${job(pa)}${n}曾荣获${quotedHonours(rng, pa, shown)}${shown.length > 1 ? "等" : ""}称号。${p}以《${talkTitle(rng, pa)}》为题，${story(rng)}。`,
      );
    } else if (form === 1) {
      const emp = employerText(rng, pa);
      out.push(
        `${n}是${emp}的一名${job(pa)}，先后${shown.some((h) => h.category === "五一劳动奖章") ? "荣获" : "被评为"}${quotedHonours(rng, pa, shown)}。宣讲中，${p}${story(rng)}。`,
      );
    } else {
      const emp = employerText(rng, pa, false);
      const year = rng.int(2010, 2020);
      out.push(`来自${emp}的${n}，${year}年荣获${quotedHonours(rng, pa, shown)}称号，${p}${story(rng)}。`);
    }
  }
  return out.join("");
}

const SAYINGS = [
  "一线职工是创新的主力，要让好点子尽快变成生产力",
  "技能人才的成长离不开师带徒，自己会把经验毫无保留地传下去",
  "新设备投用后，班组的安全和效率都上了一个台阶",
  "荣誉属于整个团队，今后要继续在岗位上多作贡献",
  "要把职工的急难愁盼放在心上，多为大家办实事",
] as const;

/** Symposium remarks: `省劳动模范、A公司班长X说，…；…介绍了…的做法。` */
export function symposiumForm(ctx: SpeakerCtx, speakers: PersonInArticle[]): string {
  const { rng } = ctx;
  const out = speakers.map((pa) => {
    spoke(pa, ctx.eventKey);
    const hon = honourPhrase(rng, pa, shownHonours(rng, pa.person), ctx.abbrev);
    const n = pa.person.name;
    if (rng.chance(0.6))
      return `${hon}、${employerText(rng, pa)}${job(pa)}${n}${rng.pick(["说", "表示", "谈道"])}，${rng.pick(SAYINGS)}`;
    return `${hon}、${employerText(rng, pa)}${job(pa)}${n}介绍了${rng.pick(["班组", "车间", "团队"])}开展${rng.pick(PROBLEMS)}攻关的做法`;
  });
  return `座谈会上，劳模代表们结合各自工作畅谈体会。${out.join("；")}。`;
}

/** Honourees named for a LATER stop: honours and employer recorded, no talk given. */
export function futureForm(ctx: SpeakerCtx, people: PersonInArticle[], place: string): string {
  const { rng } = ctx;
  const who = people.map((pa) => {
    const hon = honourPhrase(rng, pa, shownHonours(rng, pa.person), ctx.abbrev);
    return `${hon}、${employerText(rng, pa)}${job(pa)}${pa.person.name}`;
  });
  return `按计划，宣讲团成员、${who.join("，")}将于下月奔赴${place}等地，为当地职工分享各自的成长故事。`;
}
