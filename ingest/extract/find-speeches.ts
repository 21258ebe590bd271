/**
 * Decides who spoke at which event: a speech verb after the name in its sentence (讲述,
 * 分享, 以《…》为题 …) not in the future tense, every honouree of a paragraph where one
 * honouree spoke, and honourees after an announcement ("5名劳模代表分享了…"). Also reads
 * talk titles and nicknames (被称为“…”, 人称“…”, 被誉为“…”).
 */

import type { EventFinder } from "./find-events.ts";
import type { FoundCollective, FoundPerson } from "./find-persons.ts";
import type { TextContext } from "./text-context.ts";
import { sentenceIndexAt, spanAt } from "./text-context.ts";

const STRONG =
  /讲述|分享|宣讲(?!团)|聊起|作了?[^，。；]{0,24}?报告|发言|以《|题为《|授课|讲授|畅谈|介绍了|交流了|讲起|讲到|带来了|上了一堂|开讲|现身说法|登台|讲了|作了?[^，。；]{0,12}?分享/;
const WEAK = /表示|说|谈到|介绍|认为|坦言|回顾/;
const FUTURE_WORD = /将|即将|计划|拟|准备|打算/;
const FUTURE = { test: (t: string) => FUTURE_WORD.test(t.replace(/“[^”]*”|《[^》]*》/g, "")) };
const ANNOUNCE = /\d+名|\d+位|[一二三四五六七八九十]+(名|位)|代表们?|劳模们|宣讲员|宣讲人|工匠们/;
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
    for (const m of s.matchAll(re)) out.push(m.index);
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

interface Holder {
  name: string;
  /** The name in the simplified matching text. */
  key: string;
  mentions?: number[];
  at: number;
  honours: unknown[];
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
  const paraOf = (at: number) => ctx.sentences[sentenceIndexAt(ctx, at)]?.paragraph ?? -1;
  for (const sent of ctx.sentences) {
    const t = s.slice(sent.start, sent.end);
    // Cheap regex tests first: the name scan only runs for announcement-like sentences.
    if (
      (STRONG.test(t) || /畅谈|交流/.test(t)) &&
      ANNOUNCE.test(t) &&
      !holders.some((h) => t.includes(h.key)) &&
      !FUTURE.test(t)
    ) {
      announced.add(sent.paragraph);
      announced.add(sent.paragraph + 1);
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
  const weakOk: [Holder, number][] = [];
  for (const h of holders) {
    if (h.honours.length === 0) continue;
    for (const at of occurrences(h)) {
      const sent = ctx.sentences[sentenceIndexAt(ctx, at)]!;
      const after = s.slice(at + h.key.length, sent.end);
      const verb = STRONG.exec(after);
      if (verb && !FUTURE.test(after.slice(0, verb.index))) {
        const talk = TALK.exec(after);
        spoke(h, at, talk ? talk[1]! : null);
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
  for (const m of s.matchAll(ALIAS)) {
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
