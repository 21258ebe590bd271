/**
 * Features of a candidate fact (person–honour, person–employer, person–event) that say how the
 * two mentions stand to each other in the text, not which words one article used: distance,
 * order, punctuation and other mentions between them, cue words between and around, where the
 * sentence stands in the article, how often the person is named, and which family of rules (if
 * any) proposed the pair. Sparse: a feature is a name with a value (1 for a present flag).
 */
import type { TextContext } from "../text-context.ts";

export type Features = Record<string, number>;

/** The family of a rule id (the table and its way of attaching), never the rule itself. */
const RULE_FAMILY: Record<string, string> = {
  "honour.appositive": "apposition",
  "honour.postfix": "apposition",
  "honour.carried-clause": "apposition",
  "honour.bare-clause": "apposition",
  "honour.verb": "predicate",
  "honour.copula": "predicate",
  "honour.later-sentence": "later",
  "honour.as-representative": "predicate",
  "honour.count-list": "list",
  "honour.colon-list": "list",
  "honour.group-list": "list",
  "honour.counted-group": "list",
  "honour.grant": "list",
  "employer.unit-job": "apposition",
  "employer.unit": "apposition",
  "employer.subsidiary": "apposition",
  "employer.nickname": "apposition",
  "employer.department": "apposition",
  "employer.unit-de": "predicate",
  "employer.laizi": "predicate",
  "employer.predicate": "predicate",
  "employer.postfix": "predicate",
  "employer.carried-clause": "predicate",
  "employer.respectively": "list",
  "speech.weak-verb": "weak",
  "speech.jianghua": "weak",
  "speech.announced": "structure",
  "speech.shared-verb": "structure",
  "speech.list-across-stops": "structure",
  "speech.back-subject": "structure",
  "speech.zero-subject": "structure",
  "speech.roster": "structure",
  "speech.counted-next": "structure",
  "speech.talk-event-profile": "structure",
  "speech.paragraph-peers": "structure",
};

export function ruleFamily(rule: string | null | undefined): string {
  if (!rule) return "none";
  return RULE_FAMILY[rule] ?? (rule.startsWith("speech.") ? "verb" : `${rule.split(".")[0]}-other`);
}

const HONOUR_CUE = /荣获|获得|获评|被评为|评为|授予|荣膺|当选|入选|喜获|摘得/;
const COPULA_CUE = /是|系|为/;
const UNIT_CUE = /来自|任|现任|担任|就职于|供职于/;
const SPEECH_CUE = /讲述|分享|宣讲|报告|授课|发言|讲课|讲解|带来|为题|作了/;
const WEAK_SPEECH_CUE = /表示|说|谈到|介绍|认为|坦言|回顾/;
const FUTURE_CUE = /将|即将|计划|拟|准备|打算/;
const OFFICIAL_CUE = /书记|主席|部长|市长|省长|区长|县长|局长|厅长|秘书长|出席|致辞|讲话/;

const PUNCT: [string, string][] = [
  ["，", "comma"],
  ["、", "dun"],
  ["；", "semi"],
  ["：", "colon"],
  ["“", "quote"],
  ["（", "paren"],
  ["《", "book"],
];

function bin(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `le${e}`;
  return `gt${edges.at(-1)}`;
}

/** Other people's or things' offsets that lie strictly between two positions. */
function anyBetween(list: readonly number[], from: number, to: number): boolean {
  for (const x of list) if (x > from && x < to) return true;
  return false;
}

export interface PairPlace {
  /** Where the person is named (article offsets). */
  personStart: number;
  personEnd: number;
  /** Where the value is (honour, unit, speech verb …). */
  valueStart: number;
  valueEnd: number;
  /** Start and end of the sentence that holds the value. */
  sentStart: number;
  sentEnd: number;
  /** Sentence distance: value's sentence index − person's sentence index. */
  sentenceGap: number;
}

export interface ArticleFacts {
  ctx: TextContext;
  bodyStart: number;
  /** Offsets of every person name mention (all persons). */
  personOffsets: number[];
  /** Offsets of honour mentions found in the text. */
  honourOffsets: number[];
  /** Offsets of unit mentions found in the text. */
  unitOffsets: number[];
}

/** The features of two mentions placed in an article. */
export function placeFeatures(a: ArticleFacts, p: PairPlace, f: Features): void {
  const s = a.ctx.s;
  const personFirst = p.personStart <= p.valueStart;
  const lo = personFirst ? p.personEnd : p.valueEnd;
  const hi = personFirst ? p.valueStart : p.personStart;
  const between = hi > lo ? s.slice(lo, hi) : "";
  f[personFirst ? "order:person-first" : "order:value-first"] = 1;
  const dist = bin(between.length, [0, 2, 5, 10, 20, 40, 80]);
  f[`dist:${dist}`] = 1;
  f[`${personFirst ? "pf" : "vf"}-dist:${dist}`] = 1;
  f.logdist = Math.log1p(between.length) / 5;
  f[`gap:${bin(Math.abs(p.sentenceGap), [0, 1, 2])}`] = 1;
  if (p.sentenceGap === 0) {
    for (const [c, name] of PUNCT) if (between.includes(c)) f[`between:${name}`] = 1;
    if (!/[，；：。]/.test(between)) f["same-clause"] = 1;
    if (anyBetween(a.personOffsets, lo, hi)) f["between:person"] = 1;
    if (anyBetween(a.honourOffsets, lo, hi)) f["between:honour"] = 1;
    if (anyBetween(a.unitOffsets, lo, hi)) f["between:unit"] = 1;
    if (HONOUR_CUE.test(between)) f["cue:honour-verb"] = 1;
    if (COPULA_CUE.test(between)) f["cue:copula"] = 1;
    if (between.includes("的")) f["cue:de"] = 1;
    if (between.includes("等")) f["cue:deng"] = 1;
    if (UNIT_CUE.test(between)) f["cue:unit-verb"] = 1;
    if (/在/.test(between)) f["cue:zai"] = 1;
    if (SPEECH_CUE.test(between)) f["cue:speech"] = 1;
  }
  const sent = s.slice(p.sentStart, p.sentEnd);
  if (/分别|依次|先后/.test(sent)) f["sent:respectively"] = 1;
  if (/[\d一二三四五六七八九十两]+(?:名|位)/.test(sent)) f["sent:count"] = 1;
  if (OFFICIAL_CUE.test(sent)) f["sent:official"] = 1;
  if (/提名|候选|入围/.test(sent)) f["sent:nomination"] = 1;
  if (/^(?:他|她|其)/.test(sent)) f["sent:pronoun-start"] = 1;
  if (p.sentStart < a.bodyStart) f["sent:headline"] = 1;
  else if (a.ctx.s.slice(a.bodyStart, p.sentStart).replace(/\s/g, "").length < 4) f["sent:lead"] = 1;
  // Around the value: what introduces it and what follows it.
  const pre = s.slice(Math.max(p.sentStart, p.valueStart - 6), p.valueStart);
  if (/(?:成长|成)为$|争当$|争做$|当好$|学习$|致敬$|向$/.test(pre)) f["value-pre:aspire"] = 1;
  if (/(?:荣获|获得|获评|评为|授予|当选|荣膺|喜获)$/.test(pre)) f["value-pre:award"] = 1;
  if (/(?:是|系)$/.test(pre)) f["value-pre:copula"] = 1;
  if (/[、，：]$/.test(pre) || pre === "") f["value-pre:boundary"] = 1;
  const post = s.slice(p.valueEnd, Math.min(p.sentEnd, p.valueEnd + 4));
  if (/^的/.test(post)) f["value-post:de"] = 1;
  if (/^(?:称号|荣誉|获得者)/.test(post)) f["value-post:title"] = 1;
  if (/^[、，]/.test(post)) f["value-post:comma"] = 1;
  if (/^(?:精神|事迹|风采|故事|代表|们)/.test(post)) f["value-post:noun"] = 1;
  // Right after the person: what the person does next.
  const after = s.slice(p.personEnd, Math.min(p.personEnd + 12, p.sentEnd));
  if (SPEECH_CUE.test(after)) f["after:speech"] = 1;
  if (WEAK_SPEECH_CUE.test(after)) f["after:weak-speech"] = 1;
  if (HONOUR_CUE.test(after)) f["after:honour-verb"] = 1;
  if (FUTURE_CUE.test(after.slice(0, 4))) f["after:future"] = 1;
  if (/^[，、]/.test(after)) f["after:comma"] = 1;
  if (/^等/.test(after)) f["after:deng"] = 1;
  // Right before the person.
  const before = s.slice(Math.max(p.sentStart, p.personStart - 6), p.personStart);
  if (/[、，]$/.test(before)) f["before:comma"] = 1;
  if (/的$/.test(before)) f["before:de"] = 1;
  if (/(?:记者|通讯员|摄影)$/.test(before)) f["before:credit"] = 1;
}

/** How often a person is named in the article (binned). */
export function mentionFeatures(count: number, f: Features): void {
  f[`mentions:${bin(count, [1, 2, 4])}`] = 1;
}
