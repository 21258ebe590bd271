/**
 * Decides who spoke at which event: a speech verb after the name in its sentence (讲述,
 * 分享, 以《…》为题 …) not in the future tense, every honouree of a paragraph where one
 * honouree spoke, and honourees after an announcement ("5名劳模代表分享了…"). Also reads
 * talk titles and nicknames (被称为“…”, 人称“…”, 被誉为“…”).
 */

import { countOf } from "./count-of.ts";
import { type EventFinder, futureBefore } from "./find-events.ts";
import type { FoundCollective, FoundPerson } from "./find-persons.ts";
import { matchesOf } from "../text/matches-of.ts";
import type { TextContext } from "./text-context.ts";
import { sentenceIndexAt, spanAt } from "./text-context.ts";

const STRONG =
  /讲述|分享|宣讲(?!团|员)|聊起|作了?[^，。；]{0,24}?(?:报告|讲座)|发言|以《|题为《|授课|讲授|主讲|畅谈|介绍了|交流了|讲起|讲到|带来了|上了一堂|开讲|现身说法|登台|讲了|作了?[^，。；]{0,12}?分享|讲话(?!精神)|领学|(?:作|进行了?)[^，。；]{0,16}?汇报(?!演出|展)/;
const WEAK = /表示|说|谈到|介绍|认为|坦言|回顾/;
const FUTURE_WORD = /将|即将|计划|拟|准备|打算/;
const FUTURE = { test: (t: string) => futureBefore(t, FUTURE_WORD) };
const ANNOUNCE =
  /\d+名|\d+位|\d+人|[一二三四五六七八九十]+(名|位)|代表们?|劳模们|宣讲员|宣讲人|工匠们|老师们|嘉宾们/;
/** Verbs that tell a story or give a talk, right after an introduced worker's name. */
const INTRO_VERB = /^(?:讲述|分享|宣讲|作)/;
/** "、B作为2024年度“X”代表，也": the names listed along and the role they speak in. */
const AS_DELEGATE = /^(?:、[^，；。]{2,60}?)?作为[^，；。]{2,30}?代表[，,]?(?:也|还|均|都|同样|分别)?$/;
/** The count of speakers announced before the verb: "三位“最美X人”", "5名劳模代表". */
const COUNTED = /(?:^|[，；])[^，；]{0,8}?([二两三四五六七八九十]|\d{1,2})(?:位|名)[^，；\d]{0,16}$/;
/** Attending, watching or handing over certificates: no speech by itself. */
const ATTEND = /出席|参加|观看|聆听|颁发|颁奖|授牌|接过/;
/**
 * A speech sentence whose subject points back to people named just before: "他们结合自身经历讲述…",
 * "4人立足本职工作，向师生们讲述…", "宣讲团老师们分别…分享了…".
 */
const BACK_SUBJECT =
  /(?:^|[，、])(?:随后|接着|之后|会上|活动中|现场|其中)?[，]?(他们|她们|他|她|二人|两人|两位|三位|四位|五位|\d+人|[三四五六七八九十]人|\d+位|几位|[\p{Script=Han}]{0,4}(?:老师|嘉宾|劳模|工匠|宣讲员|代表)们)/u;
/** The roster of a touring group: "此次宣讲团成员有A、B、C", "报告团成员包括…". */
const ROSTER = /(?:宣讲团|报告团|巡讲团|宣讲小分队)(?:的)?成员(?:分别)?(?:有|包括|为|是)[：:]?/;
/** Its members as the subject of a later speech: "宣讲团成员讲述…", "成员们分别…". */
const MEMBERS_BACK =
  /(?:^|[，；])(?:随后|接着|之后|会上|活动中|现场|其中)?(?:此次|本次)?(?:宣讲团|报告团|巡讲团|宣讲小分队)?成员们?(?:分别|先后|依次|轮流|一一)?[^。]{0,24}$/;
const TALK = /(?:以|作了?题为|题为|作)《([^》]+)》(?:为题)?/;
const ALIAS =
  /(?:被[^，。；“]{0,10}?(?:称为|誉为|称作|叫做|叫作|称)|人称|人们称他为|人们称她为|外号|绰号|号称)“([^”]{1,15})”/g;

/** Whitespace as the regex class \s matches it. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Start offsets of the non-overlapping occurrences of `key` in `s`, whitespace allowed between
 * its characters (the matches of /k\s*e\s*y/g, without building a regex per name).
 */
export function occurrencesOf(s: string, key: string): number[] {
  const chars = [...key];
  const out: number[] = [];
  const head = chars[0];
  if (head === undefined || chars.some((c) => isSpace(c.charCodeAt(0)))) {
    const re = new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*"), "g");
    for (const m of matchesOf(re, s)) out.push(m.index);
    return out;
  }
  let i = s.indexOf(head);
  while (i >= 0) {
    let j = i + head.length;
    let ok = true;
    for (let k = 1; k < chars.length; k++) {
      while (j < s.length && isSpace(s.charCodeAt(j))) j++;
      const c = chars[k]!;
      if (!s.startsWith(c, j)) {
        ok = false;
        break;
      }
      j += c.length;
    }
    if (ok) out.push(i);
    i = s.indexOf(head, ok ? j : i + 1);
  }
  return out;
}

/** True when the end of `t` lies inside “…”. */
function insideQuote(t: string): boolean {
  return (t.match(/“/g)?.length ?? 0) > (t.match(/”/g)?.length ?? 0);
}

/** A person without an honour who is still reported (an official or a worker with a post). */
function isOfficial(h: Holder): boolean {
  return h.honours.length === 0 && (h.employers?.some((e) => e.jobTitle) ?? false);
}

interface Holder {
  name: string;
  /** The name in the simplified matching text. */
  key: string;
  mentions?: number[];
  at: number;
  honours: unknown[];
  employers?: { jobTitle: string | null }[];
  spokeAt: { eventKey: string; talkTitle: string | null; evidence: ReturnType<typeof spanAt> }[];
}

export function findSpeeches(
  ctx: TextContext,
  events: EventFinder,
  persons: FoundPerson[],
  collectives: FoundCollective[],
): void {
  const s = ctx.s;
  const holders: Holder[] = [...persons, ...collectives];
  const speakerParas = new Set<number>();
  const announced = new Set<number>();
  /** Announcements with a count ("三位“最美X人”…讲述…"): their paragraph and the count. */
  const counted: [number, number][] = [];
  const paraOf = (at: number) => ctx.sentences[sentenceIndexAt(ctx, at)]?.paragraph ?? -1;
  // Each sentence's text and first speech verb, computed once (both loops below need them).
  const texts = ctx.sentences.map((sent) => s.slice(sent.start, sent.end));
  const verbs = texts.map((t) => STRONG.exec(t));
  for (const [i, sent] of ctx.sentences.entries()) {
    const t = texts[i]!;
    // Cheap regex tests first: the name scan only runs for announcement-like sentences.
    if (
      (verbs[i] !== null || /畅谈|交流/.test(t)) &&
      ANNOUNCE.test(t) &&
      !holders.some((h) => t.includes(h.key)) &&
      !FUTURE.test(t)
    ) {
      announced.add(sent.paragraph);
      announced.add(sent.paragraph + 1);
      const n = verbs[i] ? COUNTED.exec(t.slice(0, verbs[i]!.index)) : null;
      if (n) counted.push([sent.paragraph, countOf(n[1]!)]);
    }
  }
  const spoke = (h: Holder, at: number, talkTitle: string | null) => {
    const ev = events.eventAt(at);
    if (!ev || h.spokeAt.some((x) => x.eventKey === ev.key)) return;
    h.spokeAt.push({ eventKey: ev.key, talkTitle, evidence: spanAt(ctx, at, at + h.key.length) });
    speakerParas.add(paraOf(at));
  };
  const found = new Map<Holder, number[]>();
  const occurrences = (h: Holder): number[] => {
    let out = found.get(h);
    if (!out) {
      out = occurrencesOf(s, h.key);
      found.set(h, out);
    }
    return out;
  };
  /** Where someone else is first named in `text` (-1 when nobody is). */
  const otherAt = (h: Holder, text: string) => {
    let first = -1;
    for (const o of holders) {
      if (o === h) continue;
      const i = text.indexOf(o.key);
      if (i >= 0 && (first < 0 || i < first)) first = i;
    }
    return first;
  };
  /** "A出席活动，劳模B讲述…": A attended and B spoke ("…与出席座谈会的代表交流" after B is no attendance of A). */
  const attendedOnly = (h: Holder, between: string) => {
    const o = otherAt(h, between);
    const a = ATTEND.exec(between);
    return o >= 0 && a !== null && a.index < o;
  };
  /**
   * "远江机务段司机祁明培讲述了…": a worker introduced by unit and post at this very mention, with
   * a telling verb right after the name, is a speaker (not a word glued to "…宣讲节目").
   */
  const introducedSpeaker = (h: Holder, at: number, verb: string) =>
    INTRO_VERB.test(verb) &&
    (h.employers?.some((e) => e.jobTitle !== null && e.jobTitle.length > 0 && s.endsWith(e.jobTitle, at)) ??
      false);
  const weakOk: [Holder, number][] = [];
  for (const h of holders) {
    const honoured = h.honours.length > 0;
    if (!honoured && !isOfficial(h)) continue;
    for (const at of occurrences(h)) {
      const sent = ctx.sentences[sentenceIndexAt(ctx, at)]!;
      const after = s.slice(at + h.key.length, sent.end);
      const verb = STRONG.exec(after);
      const between0 = verb ? after.slice(0, verb.index) : "";
      // "A、B作为…代表，也分享了…": the 作为 clause (and the names listed with A) still make A's own clause.
      const between = between0.includes("作为") && AS_DELEGATE.test(between0) ? "作为代表" : between0;
      // A person without an honour (an official, a worker with a post) speaks only in a clause of
      // their own: "区总工会主席X出席会议并讲话", "部长Y对…进行了汇报".
      const own =
        verb !== null &&
        !FUTURE.test(between) &&
        !attendedOnly(h, between) &&
        (honoured ||
          (!/[，；：]/.test(between) &&
            otherAt(h, between) < 0 &&
            verb[0] !== "领学" &&
            // "…的文艺宣讲节目": a word glued to a speech word is no speaker.
            (between !== "" || /^(?:讲话|发言|作)/.test(verb[0]) || introducedSpeaker(h, at, verb[0])) &&
            (h.mentions?.includes(at) ?? false) &&
            !insideQuote(s.slice(sent.start, at))));
      if (own) {
        const talk = TALK.exec(after);
        spoke(h, at, talk ? talk[1]! : null);
      } else if (!honoured) {
        // Only their own clause counts (above).
      } else if (WEAK.test(after) && !FUTURE.test(after.slice(0, WEAK.exec(after)!.index))) {
        weakOk.push([h, at]);
      } else if (announced.has(sent.paragraph)) {
        weakOk.push([h, at]);
      }
    }
  }
  for (const [h, at] of weakOk) {
    const p = paraOf(at);
    if (announced.has(p) || speakerParas.has(p)) spoke(h, at, null);
  }
  // "A、B…。3人结合经历向学生们讲述…", "…柏雪松等4位。老师们分别…分享了…": a speech whose
  // subject points back gives the speech to the people of the sentence before (他/她: the last one).
  for (let i = 1; i < ctx.sentences.length; i++) {
    const t = texts[i]!;
    const verb = verbs[i] ?? null;
    if (!verb || FUTURE.test(t.slice(0, verb.index))) continue;
    const subj = BACK_SUBJECT.exec(t.slice(0, verb.index));
    if (!subj || holders.some((h) => t.includes(h.key))) continue;
    let first = i - 1;
    while (first > 0 && s[ctx.sentences[first - 1]!.end - 1] === "；") first--;
    const from = ctx.sentences[first]!.start;
    const to = ctx.sentences[i - 1]!.end;
    const named: [Holder, number][] = [];
    for (const h of holders) {
      if (h.honours.length === 0 && !isOfficial(h)) continue;
      for (const at of occurrences(h)) if (at >= from && at < to) named.push([h, at]);
    }
    named.sort((a, b) => a[1] - b[1]);
    const who = subj[1] === "他" || subj[1] === "她" ? named.slice(-1) : named;
    for (const [h, at] of who) spoke(h, at, null);
  }
  // "宣讲团成员有A、B、C。…宣讲团成员讲述…", "成员们分别…分享了…": the roster of a touring group,
  // then a speech by its members, gives the speech to everyone on the roster.
  const rosters: number[] = [];
  for (const [i, t] of texts.entries()) {
    if (!t.includes("成员")) continue;
    const r = ROSTER.exec(t);
    if (!r) continue;
    rosters.push(i);
    // "…成员有A、B、C，他们分别讲述了…": the roster and the speech in one sentence.
    const rest = t.slice(r.index + r[0].length);
    const verb = STRONG.exec(rest);
    if (verb && /[，；]/.test(rest.slice(0, verb.index)) && !FUTURE.test(rest.slice(0, verb.index)))
      rosterSpoke(i);
  }
  function rosterSpoke(i: number): void {
    const sent = ctx.sentences[i]!;
    for (const p of persons)
      for (const at of occurrences(p)) if (at >= sent.start && at < sent.end) spoke(p, at, null);
  }
  for (let i = 1; rosters.length > 0 && i < ctx.sentences.length; i++) {
    const t = texts[i]!;
    const verb = verbs[i] ?? null;
    if (!verb || !t.includes("成员") || FUTURE.test(t.slice(0, verb.index))) continue;
    if (!MEMBERS_BACK.test(t.slice(0, verb.index)) || persons.some((p) => t.includes(p.key))) continue;
    const roster = rosters.findLast((r) => r < i && r >= i - 3);
    if (roster !== undefined) rosterSpoke(roster);
  }
  // "三位“最美X人”…讲述了…" and the next paragraph names exactly three people: they spoke.
  for (const [p, n] of counted) {
    const inNext = persons.filter((h) => occurrences(h).some((at) => paraOf(at) === p + 1));
    if (inNext.length !== n || n < 2) continue;
    for (const h of inNext) spoke(h, occurrences(h).find((at) => paraOf(at) === p + 1)!, null);
  }
  // Every honouree listed in a paragraph where others spoke (lists split by ；).
  for (const h of holders) {
    if (h.honours.length === 0 || h.spokeAt.length > 0) continue;
    for (const at of occurrences(h)) {
      const sent = ctx.sentences[sentenceIndexAt(ctx, at)]!;
      const t = s.slice(sent.start, sent.end);
      if (speakerParas.has(sent.paragraph) && !FUTURE.test(t) && !/参加|出席|观看|聆听/.test(t))
        spoke(h, at, null);
    }
  }
}

/** Nicknames: the nearest person named before the phrase in its sentence (or the last one). */
export function findAliases(ctx: TextContext, persons: FoundPerson[]): void {
  const s = ctx.s;
  for (const m of matchesOf(ALIAS, s)) {
    const sent = ctx.sentences[sentenceIndexAt(ctx, m.index)]!;
    let best: FoundPerson | null = null;
    let bestAt = -1;
    for (const p of persons) {
      for (let i = s.indexOf(p.key); i >= 0 && i < m.index; i = s.indexOf(p.key, i + 1)) {
        if (i > bestAt && (i >= sent.start || bestAt < 0)) {
          best = p;
          bestAt = i;
        }
      }
    }
    if (!best || m.index - bestAt > 400) continue;
    const alias = m[1]!;
    const start = m.index + m[0].indexOf(alias);
    if (!best.aliases.some((a) => a.alias === alias))
      best.aliases.push({
        alias: ctx.text.slice(start, start + alias.length),
        evidence: spanAt(ctx, start, start + alias.length),
      });
  }
}
