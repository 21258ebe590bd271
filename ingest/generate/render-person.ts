/**
 * Renders one honouree inside an article (employer phrase, honour phrases, pronoun) and
 * keeps the matching gold record, so text and gold can never disagree.
 */
import type { Person } from "./build-world.ts";
import { type Honour, printHonour, quoteHonour } from "./honours.ts";
import type { Rng } from "./prng.ts";
import type { GoldPerson, Spellings } from "./types.ts";

export interface PersonInArticle {
  person: Person;
  gold: GoldPerson;
}

export function newGoldPerson(p: Person): GoldPerson {
  return { name: p.name, honours: [], employers: [], spokeAt: [], talkTitle: null, aliases: [] };
}

function addSpellings(list: Spellings[], spellings: Spellings): void {
  const key = spellings[0];
  if (!list.some((s) => s[0] === key)) list.push(spellings);
}

/** Employer as printed (short or full name, optionally with department); records the gold. */
export function employerText(rng: Rng, pa: PersonInArticle, withDept = true): string {
  const c = pa.person.company;
  const base = rng.chance(0.6) ? c.short : c.full;
  const spellings: Spellings = [base];
  let text = base;
  if (withDept && pa.person.department && rng.chance(0.6)) {
    text = base + pa.person.department;
    spellings.push(text);
  }
  addSpellings(pa.gold.employers, spellings);
  return text;
}

/** Honours shown in this article: the most senior one, sometimes one or two more. */
export function shownHonours(rng: Rng, p: Person): Honour[] {
  const n = Math.min(
    p.honours.length,
    rng.weighted([
      [1, 60],
      [2, 30],
      [3, 10],
    ] as const),
  );
  return p.honours.slice(0, n);
}

/** `全国劳动模范、浙江省五一劳动奖章获得者` — records the gold honours. */
export function honourPhrase(rng: Rng, pa: PersonInArticle, honours: Honour[], abbrev: boolean): string {
  return honours
    .map((h) => {
      const printed = printHonour(rng, h, abbrev);
      addSpellings(pa.gold.honours, printed.spellings);
      return printed.text;
    })
    .join("、");
}

/** `“全国劳动模范”“浙江省技术能手”` for 荣获…称号 — records the gold honours. */
export function quotedHonours(rng: Rng, pa: PersonInArticle, honours: Honour[]): string {
  const sep = rng.chance(0.5) ? "、" : "";
  return honours
    .map((h) => {
      addSpellings(pa.gold.honours, [h.canonical]);
      return quoteHonour(h);
    })
    .join(sep);
}

export function recordHonour(pa: PersonInArticle, spellings: Spellings): void {
  addSpellings(pa.gold.honours, spellings);
}

export function pronoun(p: Person): string {
  return p.female ? "她" : "他";
}

/** `被工友们亲切地称为“焊花姐”的` — records the alias; empty when the person has no nickname. */
export function nicknameLead(rng: Rng, pa: PersonInArticle): string {
  const nick = pa.person.nickname;
  if (!nick || !rng.chance(0.7)) return "";
  if (!pa.gold.aliases.includes(nick)) pa.gold.aliases.push(nick);
  return rng.pick([`被工友们亲切地称为“${nick}”的`, `人称“${nick}”的`, `被誉为“${nick}”的`]);
}
