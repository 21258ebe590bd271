/**
 * Decides who spoke at which event: a speech verb after the name in its sentence (讲述,
 * 分享, 以《…》为题 …) not in the future tense, every honouree of a paragraph where one
 * honouree spoke, and honourees after an announcement ("5名劳模代表分享了…"). Also reads
 * talk titles and nicknames (被称为“…”, 人称“…”, 被誉为“…”).
 */

import { LiteralSet } from "../text/literal-set.ts";
import { matchesOf } from "../text/matches-of.ts";
import { countOf } from "./count-of.ts";
import { type EventFinder, futureBefore } from "./find-events.ts";
import type { FoundCollective, FoundPerson } from "./find-persons.ts";
import { SPEECH_VERB_RULES, type SpeechYield } from "./rules/speech.ts";
import type { Rule } from "./rules/types.ts";
import type { TextContext } from "./text-context.ts";
import { sentenceIndexAt, spanAt } from "./text-context.ts";

/** Every speech verb of the table, joined: the first (leftmost) verb of a text. */
const STRONG = new RegExp(SPEECH_VERB_RULES.map((r) => r.pattern!.source).join("|"));
/** The verb rule behind a verb found by STRONG. */
function verbRule(verb: string): Rule<SpeechYield> {
  for (let i = 0; i < VERB_AT_START.length; i++)
    if (VERB_AT_START[i]!.test(verb)) return SPEECH_VERB_RULES[i]!;
  return SPEECH_VERB_RULES[0]!;
}
/** Each verb rule's pattern anchored at the start of a verb found by STRONG. */
const VERB_AT_START = SPEECH_VERB_RULES.map((r) => new RegExp(`^(?:${r.pattern!.source})`));
const WEAK = /表示|说|谈到|介绍|认为|坦言|回顾/;
const FUTURE_WORD = /将|即将|计划|拟|准备|打算/;
const FUTURE = { test: (t: string) => futureBefore(t, FUTURE_WORD) };
const ANNOUNCE_WORDS = new LiteralSet(["代表", "劳模们", "宣讲员", "宣讲人", "工匠们", "老师们", "嘉宾们"]);
const CHINESE_COUNT = new Set([..."一二三四五六七八九十两"].map((c) => c.charCodeAt(0)));
const MING = 0x540d; // 名
const WEI = 0x4f4d; // 位
const REN = 0x4eba; // 人

/**
 * An announcement-like sentence: what /\d+名|\d+位|\d+人|[一二三四五六七八九十两]+(名|位)|代表们?|劳模们|
 * 宣讲员|宣讲人|工匠们|老师们|嘉宾们/ finds, read as a count right before 名/位/人 or one of the words
 * (one pass with table reads; the regex tried its eleven alternatives at every character).
 */
export function announces(t: string): boolean {
  if (ANNOUNCE_WORDS.test(t)) return true;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c !== MING && c !== WEI && c !== REN) continue;
    const p = t.charCodeAt(i - 1);
    if ((p >= 0x30 && p <= 0x39) || (c !== REN && CHINESE_COUNT.has(p))) return true;
  }
  return false;
}
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
  /(?:^|[，、])(?:随后|接着|之后|会上|活动中|现场|其中|[\p{Script=Han}]{1,5}(?:中|上|后))?[，]?(他们|她们|他|她|二人|两人|两位|三位|四位|五位|\d+人|[三四五六七八九十]人|\d+位|几位|[\p{Script=Han}]{0,4}(?:老师|嘉宾|劳模|工匠|宣讲员|代表)们)/u;
/** The roster of a touring group: "此次宣讲团成员有A、B、C", "报告团成员包括…", "宣讲团成员中有…". */
const ROSTER =
  /(?:宣讲团|报告团|巡讲团|宣讲小分队)(?:的)?成员(?:中)?(?:分别)?(?:有|包括|为|是)[：:]?|主讲(?:人|嘉宾)(?:分别)?(?:为|是|有)[：:]?/;
/** A list of the people of a group named before: "他们中有A、B…", "他们分别是A、B…". */
const GROUP_LIST = /^\s*(?:他们|她们)中?(?:有|是|分别是|分别为|包括)/;
/**
 * Its members as the subject of a later speech: "宣讲团成员讲述…", "成员们分别…", "劳模工匠用…
 * 讲述了…" (the group's people named by what they are).
 */
const MEMBERS_BACK =
  /(?:^|[，；])(?:随后|接着|之后|会上|活动中|现场|其中)?(?:此次|本次)?(?:(?:宣讲团|报告团|巡讲团|宣讲小分队)?成员|劳模工匠|劳模|工匠|宣讲员|报告员)们?(?:分别|先后|依次|轮流|一一)?[^。]{0,24}$/;
const TALK = /(?:以|作了?题为|题为|作|围绕|带来)《([^》]+)》(?:为题|为主题|主题)?/;
/** The end of a list's last item before its shared verb: "…C分别在会上", "…C先后". */
const LIST_TAIL = /(?:分别|先后|依次|轮流)[^，；。]{0,8}$/;
/** The name of an event whose programme is talks. */
const TALK_EVENT = /宣讲|报告会|报告团|巡讲|分享会|故事会|讲堂|思政课|党课|开学第一课/;
/** A profile paragraph that tells of an award or a visit, not of a talk. */
const PROFILE_NOT_TALK = /表彰|授予|颁发|颁奖|受到|荣获|当选|慰问|看望|走访/;
/** A listener's verb right before the speech word: "听完宣讲后", "聆听了报告". */
const AUDIENCE = /(?:听完|听了|聆听了?|听取了?|观看了?|收看了?)$/;
/** A new subject after a comma, between a name and a verb: "…，7位工匠讲述", "，同学们分享". */
const NEW_SUBJECT = /[，；](?:[\d一二三四五六七八九十两]+(?:位|名)|同学们|学生们|职工们|师生们|大家)/;
/** The tail of a speaker list that shares one verb: "…从各自经历…", "…先后…", "…分别…". */
const LIST_MARK = /各自|分别|先后|依次|轮流|一一|纷纷/;
/**
 * A clause with no subject before its verb: "随后，又以亲身经历", "宣讲中，结合自身经历" (only
 * adverbs, time words and a means or purpose phrase).
 */
const ZERO_SUBJECT =
  /^(?:(?:随后|接着|之后|此后|最后|紧接着|[\p{Script=Han}]{1,6}(?:中|上|时|后))[，]?)?(?:又|还|也|再|则|并|便|随即|接着)?(?:(?:结合|以|用|围绕|从|通过|凭借)[^，。；]{1,20}?[，]?)?(?:又|还|也|再|生动地|深情地)?(?:(?:为|向|给|与|和)[^，。；]{1,12}?)?$/u;
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

/** Posts of officials and managers (not of workers): their 讲话, 发言, 介绍 … are no talks. */
const LEADER_POST =
  /主席|书记|局长|部长|厅长|市长|区长|县长|省长|镇长|乡长|主任|委员|秘书长|巡视员|司长|处长|科长|董事长|总经理|会长|理事长|负责人|领导/;

/** A person without an honour whose post is an official's or a manager's. */
function isLeader(h: Holder): boolean {
  return (
    h.honours.length === 0 && (h.employers?.some((e) => e.jobTitle && LEADER_POST.test(e.jobTitle)) ?? false)
  );
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
  honours: readonly { name: string }[];
  employers?: { jobTitle: string | null }[];
  spokeAt: { eventKey: string; talkTitle: string | null; evidence: ReturnType<typeof spanAt> }[];
}

/**
 * The speakers' side of an article's reading: holders, their occurrences and the paragraphs where
 * someone spoke. (A class, not closures inside findSpeeches: tsx compiles with keepNames, and every
 * named closure built per call costs a defineProperty.)
 */
class Speeches {
  readonly s: string;
  /** Paragraphs where someone was found speaking. */
  readonly speakerParas = new Set<number>();
  private readonly found = new Map<Holder, number[]>();
  /** Each sentence's text and first speech verb, computed once (built by push: one array shape). */
  readonly texts: string[] = [];
  readonly verbs: (RegExpExecArray | null)[] = [];

  constructor(
    readonly ctx: TextContext,
    readonly events: EventFinder,
    readonly holders: Holder[],
  ) {
    this.s = ctx.s;
    for (const sent of ctx.sentences) {
      const t = this.s.slice(sent.start, sent.end);
      this.texts.push(t);
      this.verbs.push(STRONG.exec(t));
    }
  }

  paraOf(at: number): number {
    return this.ctx.sentences[sentenceIndexAt(this.ctx, at)]?.paragraph ?? -1;
  }

  spoke(h: Holder, at: number, talkTitle: string | null, rule: string, where = at): void {
    const ev = this.events.eventAt(where);
    if (!ev || h.spokeAt.some((x) => x.eventKey === ev.key)) return;
    h.spokeAt.push({ eventKey: ev.key, talkTitle, evidence: spanAt(this.ctx, at, at + h.key.length, rule) });
    this.speakerParas.add(this.paraOf(at));
  }
  occurrences(h: Holder): number[] {
    let out = this.found.get(h);
    if (!out) {
      out = occurrencesOf(this.ctx.s, h.key);
      this.found.set(h, out);
    }
    return out;
  }
  /** Where someone else is first named in `text` (-1 when nobody is). */
  otherAt(h: Holder, text: string): number {
    let first = -1;
    for (const o of this.holders) {
      if (o === h) continue;
      const i = text.indexOf(o.key);
      if (i >= 0 && (first < 0 || i < first)) first = i;
    }
    return first;
  }
  /** "A出席活动，劳模B讲述…": A attended and B spoke ("…与出席座谈会的代表交流" after B is no attendance of A). */
  attendedOnly(h: Holder, between: string): boolean {
    const o = this.otherAt(h, between);
    const a = ATTEND.exec(between);
    return o >= 0 && a !== null && a.index < o;
  }
  /**
   * "远江机务段司机祁明培讲述了…": a worker introduced by unit and post at this very mention, with
   * a telling verb right after the name, is a speaker (not a word glued to "…宣讲节目").
   */
  introducedSpeaker(h: Holder, at: number, verb: string): boolean {
    const s = this.ctx.s;
    return (
      INTRO_VERB.test(verb) &&
      (h.employers?.some((e) => e.jobTitle !== null && e.jobTitle.length > 0 && s.endsWith(e.jobTitle, at)) ??
        false)
    );
  }
  /** Speakers of the verb sentence `i` (persons and offsets), for the lists that end in it. */
  /** Every mention of a reported holder, in text order (built on first use). */
  private mentions: [Holder, number][] | null = null;
  listed(from: number, to: number): [Holder, number][] {
    let mentions = this.mentions;
    if (!mentions) {
      mentions = [];
      for (const h of this.holders) {
        if (h.honours.length === 0 && !isOfficial(h)) continue;
        for (const at of this.occurrences(h)) mentions.push([h, at]);
      }
      mentions.sort((a, b) => a[1] - b[1]);
      this.mentions = mentions;
    }
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]![1] < from) lo = mid + 1;
      else hi = mid;
    }
    const named: [Holder, number][] = [];
    for (let k = lo; k < mentions.length && mentions[k]![1] < to; k++) named.push(mentions[k]!);
    return named;
  }
  /**
   * "A、B、C等3位先进人物，讲述了…", "…张某，…李某，…王某从各自经历…进行分享": the name at `at` opens
   * a run of list items (each ending with a name) whose tail carries the one verb of the list.
   */
  sharedVerb(h: Holder, at: number, between: string): boolean {
    const { ctx, s } = this;
    const end = at + h.key.length;
    if (!/^[、，；等]/.test(between)) return false;
    const others = this.listed(end, end + between.length).filter(([o]) => o !== h);
    if (others.length === 0) {
      // The list's last item ("…、C等3位先进人物，讲述"): the item before it is joined by 、.
      if (!/^(?:等|[^，；]{0,4}(?:各自|分别|先后|依次|轮流))/.test(between)) return false;
      const sent = ctx.sentences[sentenceIndexAt(ctx, at)]!;
      const before = this.listed(sent.start, at)
        .filter(([o]) => o !== h)
        .at(-1);
      if (!before) return false;
      const gap = s.slice(before[1] + before[0].key.length, at);
      return (
        gap.startsWith("、") && !/[，；。：]/.test(gap) && !ATTEND.test(gap) && !NEW_SUBJECT.test(between)
      );
    }
    let prev = end;
    for (const [o, oat] of others) {
      if (oat < prev) continue;
      if (ATTEND.test(s.slice(prev, oat)) || /[。：]|并|表示/.test(s.slice(prev, oat))) return false;
      prev = oat + o.key.length;
    }
    const tail = s.slice(prev, end + between.length);
    return (
      (/^等/.test(tail) || LIST_MARK.test(tail)) &&
      !NEW_SUBJECT.test(tail) &&
      !ATTEND.test(tail.replace(/观看直播/g, ""))
    );
  }

  /** Everyone named in sentence `i` spoke (a roster). */
  rosterSpoke(i: number, persons: FoundPerson[]): void {
    const sent = this.ctx.sentences[i]!;
    for (const p of persons)
      for (const at of this.occurrences(p))
        if (at >= sent.start && at < sent.end) this.spoke(p, at, null, "speech.roster");
  }
}

export function findSpeeches(
  ctx: TextContext,
  events: EventFinder,
  persons: FoundPerson[],
  collectives: FoundCollective[],
): void {
  // The arrays are built by push, so each has one shape whatever the article (a new array shape
  // deoptimises compiled code, and recompiling it is costly).
  const holders: Holder[] = [];
  for (const p of persons) holders.push(p);
  for (const c of collectives) holders.push(c);
  const sp = new Speeches(ctx, events, holders);
  const announced = new Set<number>();
  /** Announcements with a count ("三位“最美X人”…讲述…"): their paragraph and the count. */
  const counted: [number, number][] = [];
  findAnnouncements(sp, announced, counted);
  const weakOk: [Holder, number][] = [];
  for (const h of holders) {
    const honoured = h.honours.length > 0;
    if (!honoured && !isOfficial(h)) continue;
    for (const at of sp.occurrences(h)) readOwnVerb(sp, h, honoured, at, announced, weakOk);
  }
  readCountedNext(sp, persons, counted);
  for (const [h, at] of weakOk) {
    const p = sp.paraOf(at);
    if (announced.has(p)) sp.spoke(h, at, null, "speech.announced");
    else if (sp.speakerParas.has(p)) sp.spoke(h, at, null, "speech.weak-verb");
  }
  readBackSubjects(sp);
  readListAcrossSentences(sp);
  readRosters(sp, persons);
  readHeard(sp);
  readPossessedTalk(sp);
  readLecturers(sp);
  readTalkEventProfiles(sp, persons);
  readParagraphPeers(sp);
}

/** "聆听了A、B等5名劳模的先进事迹报告": the listeners' verb, the speakers, 的, then the talk. */
const HEARD = /(?:聆听|听取|倾听)了?(?=\p{Script=Han})/u;
const HEARD_TALK = /的[^，。；]{0,10}?(?:报告|宣讲|讲述|分享|讲座|故事)/;

/** The honoured people named between a listeners' verb and the talk they heard spoke at it. */
function readHeard(sp: Speeches): void {
  const { ctx, holders, texts } = sp;
  for (const [i, sent] of ctx.sentences.entries()) {
    const t = texts[i]!;
    const v = t.includes("听") ? HEARD.exec(t) : null;
    if (!v) continue;
    const from = v.index + v[0].length;
    const talk = HEARD_TALK.exec(t.slice(from));
    if (!talk) continue;
    const a = sent.start + from;
    const b = a + talk.index;
    for (const h of holders) {
      if (h.honours.length === 0) continue;
      for (const at of sp.occurrences(h)) if (at >= a && at < b) sp.spoke(h, at, null, "speech.heard");
    }
  }
}

/** "X的报告让大家深受感动", "X的精彩宣讲赢得阵阵掌声": a talk named as the honoured person's own. */
const POSSESSED_TALK = /^的(?:精彩|生动|感人)?(?:报告|宣讲|讲述|分享|讲座|发言)(?!会|团|活动)/;

/** An honoured person whose talk the sentence names as theirs (X的报告, X的宣讲) spoke. */
function readPossessedTalk(sp: Speeches): void {
  const { holders, s } = sp;
  for (const h of holders) {
    if (h.honours.length === 0) continue;
    for (const at of sp.occurrences(h)) {
      const after = at + h.key.length;
      if (s.charCodeAt(after) !== 0x7684 || !POSSESSED_TALK.test(s.slice(after, after + 6))) continue;
      const sent = sp.ctx.sentences[sentenceIndexAt(sp.ctx, at)]!;
      if (!FUTURE.test(s.slice(sent.start, at))) sp.spoke(h, at, null, "speech.possessed");
    }
  }
}

/** "以A、B为“讲师”的NAME": the people the event is built around as its lecturers speak at it. */
const LECTURERS = /以([^，。；以]{2,80}?)为“?(?:讲师|主讲人?|主讲嘉宾|宣讲人|宣讲员|报告人)”?的/g;

/** Honoured people named as the lecturers of the event that follows (以…为“讲师”的NAME) spoke at it. */
function readLecturers(sp: Speeches): void {
  const { ctx, texts } = sp;
  for (const [i, t] of texts.entries()) {
    if (!t.includes("以") || !/讲师|主讲|宣讲人|宣讲员|报告人/.test(t)) continue;
    const start = ctx.sentences[i]!.start;
    for (const m of matchesOf(LECTURERS, t)) {
      if (FUTURE.test(t.slice(0, m.index))) continue;
      const from = start + m.index + 1;
      const where = start + m.index + m[0].length;
      for (const [h, at] of sp.listed(from, from + m[1]!.length))
        if (h.honours.length > 0) sp.spoke(h, at, null, "speech.lecturers", where);
    }
  }
}

/** Announcements of speakers with no name ("5名劳模代表分享了…"): their paragraph and the next; with a count, the count. */
function findAnnouncements(sp: Speeches, announced: Set<number>, counted: [number, number][]): void {
  const { ctx, holders, texts, verbs } = sp;
  for (const [i, sent] of ctx.sentences.entries()) {
    const t = texts[i]!;
    // Cheap regex tests first: the name scan only runs for announcement-like sentences.
    if (
      (verbs[i] !== null || /畅谈|交流/.test(t)) &&
      announces(t) &&
      !holders.some((h) => t.includes(h.key)) &&
      !FUTURE.test(t)
    ) {
      announced.add(sent.paragraph);
      announced.add(sent.paragraph + 1);
      const n = verbs[i] ? COUNTED.exec(t.slice(0, verbs[i]!.index)) : null;
      if (n) counted.push([sent.paragraph, countOf(n[1]!)]);
    }
  }
}

/** A speech verb after a holder's occurrence `at` in its sentence: the holder's own speech, or a weak verb kept for later. */
function readOwnVerb(
  sp: Speeches,
  h: Holder,
  honoured: boolean,
  at: number,
  announced: Set<number>,
  weakOk: [Holder, number][],
): void {
  const { ctx, s } = sp;
  const sent = ctx.sentences[sentenceIndexAt(ctx, at)]!;
  const after = s.slice(at + h.key.length, sent.end);
  const verb = STRONG.exec(after);
  const between0 = verb ? after.slice(0, verb.index) : "";
  // "A、B作为…代表，也分享了…": the 作为 clause (and the names listed with A) still make A's own clause.
  const between = between0.includes("作为") && AS_DELEGATE.test(between0) ? "作为代表" : between0;
  const rule = verb ? verbRule(verb[0]) : null;
  // The verb of a listener ("听完宣讲后"), or of a new subject after a comma ("…，7位工匠讲述").
  // "影片以全国劳模X为主角，讲述了…": X is the film's subject, the film tells.
  if (/^为(?:主角|原型)/.test(between0)) return;
  const heard = verb !== null && (AUDIENCE.test(between) || NEW_SUBJECT.test(between));
  // A person without an honour (an official, a worker with a post) speaks only in a clause of
  // their own, "X以《…》为题作报告", or as an item of a speaker list; never by 讲话, 发言 ….
  const ownOfficial =
    verb !== null &&
    (rule?.yields.officials === true || !isLeader(h)) &&
    !/[，；：]/.test(between) &&
    sp.otherAt(h, between) < 0 &&
    // "…的文艺宣讲节目": a word glued to a speech word is no speaker.
    (between !== "" || /^作/.test(verb[0]) || sp.introducedSpeaker(h, at, verb[0])) &&
    (h.mentions?.includes(at) ?? false) &&
    !insideQuote(s.slice(sent.start, at));
  // "…A；…B；…C分别在会上发言": delegates listed with 分别/先后 share any verb, 发言 included.
  const listItem =
    !honoured &&
    verb !== null &&
    (rule?.yields.officials === true || LIST_MARK.test(between0)) &&
    !heard &&
    sp.sharedVerb(h, at, between0);
  // The tense is the verb's own clause's: after the last other person of a list that shares the
  // verb ("…第一个将动车组开进某地的…B，…C，分别讲述了": 将 is no future there).
  const lastOther =
    verb !== null && honoured && /[，、]/.test(between)
      ? sp
          .listed(at + h.key.length, at + h.key.length + between.length)
          .filter(([o]) => o !== h)
          .at(-1)
      : undefined;
  const tense = lastOther
    ? between.slice(lastOther[1] + lastOther[0].key.length - at - h.key.length)
    : between;
  const own =
    verb !== null &&
    !heard &&
    !FUTURE.test(tense) &&
    !sp.attendedOnly(h, between) &&
    (honoured || ownOfficial || listItem);
  if (own) {
    const talk = TALK.exec(after);
    sp.spoke(h, at, talk ? talk[1]! : null, listItem && !ownOfficial ? "speech.shared-verb" : rule!.id);
  } else if (!honoured) {
    // Only their own clause counts (above).
  } else if (WEAK.test(after) && !FUTURE.test(after.slice(0, WEAK.exec(after)!.index))) {
    weakOk.push([h, at]);
  } else if (announced.has(sent.paragraph) && !AWARDED_AFTER.test(after)) {
    // (Not one whose own clause tells of an award: "…A、B分别被授予全国五一劳动奖章".)
    weakOk.push([h, at]);
  }
}

/** An award verb after a name, its clause telling of the honour, not of a talk. */
const AWARDED_AFTER =
  /^[^，。；]{0,40}?(?:被[^，。；]{0,12}?(?:授予|评为|命名|表彰)|荣获|获评|获得|当选|入选)/;

/** "三位“最美X人”…讲述了…" and the next paragraph names exactly three people: they spoke. */
function readCountedNext(sp: Speeches, persons: FoundPerson[], counted: [number, number][]): void {
  for (const [p, n] of counted) {
    const inNext = persons.filter((h) => sp.occurrences(h).some((at) => sp.paraOf(at) === p + 1));
    if (inNext.length !== n || n < 2) continue;
    for (const h of inNext)
      sp.spoke(h, sp.occurrences(h).find((at) => sp.paraOf(at) === p + 1)!, null, "speech.counted-next");
  }
}

/**
 * "10位大工匠讲述了…": a counted subject named by a title gives the speech to the article's holders
 * of that title when exactly as many hold it (a roll of another title may be printed in between).
 * True when the subject is such a counted title (read here, whatever it found).
 */
function readCountedTitle(sp: Speeches, lead: string, subj: RegExpExecArray, where: number): boolean {
  if (!/^(?:\d+|[二三四五六七八九十两]+)[位名]$/.test(subj[1]!)) return false;
  const title = /^[\p{Script=Han}]{2,6}?(?=$|[，、])/u.exec(lead.slice(subj.index + subj[0].length))?.[0];
  if (!title || /^(?:劳模|代表|同志|职工|老师|嘉宾)/.test(title)) return false;
  const n = countOf(subj[1]!.slice(0, -1));
  const holding = sp.holders.filter((h) => h.honours.some((x) => x.name.includes(title)));
  if (holding.length !== n) return true;
  for (const h of holding) {
    const at = sp.occurrences(h)[0];
    if (at !== undefined) sp.spoke(h, at, null, "speech.counted-title", where);
  }
  return true;
}

/**
 * "A、B…。3人结合经历向学生们讲述…", "…柏雪松等4位。老师们分别…分享了…": a speech whose
 * subject points back gives the speech to the people of the sentence before (他/她: the last one).
 * "随后，又以亲身经历讲述了…": no subject at all, the last person named.
 */
function readBackSubjects(sp: Speeches): void {
  const { ctx, s, holders, texts, verbs } = sp;
  for (let i = 1; i < ctx.sentences.length; i++) {
    const t = texts[i]!;
    const verb = verbs[i] ?? null;
    if (!verb || FUTURE.test(t.slice(0, verb.index))) continue;
    const lead = t.slice(0, verb.index);
    const subj = /[他她人位们]/.test(lead) ? BACK_SUBJECT.exec(lead) : null;
    const zero = !subj && ZERO_SUBJECT.test(lead) && verbRule(verb[0]).yields.officials === true;
    if ((!subj && !zero) || holders.some((h) => t.includes(h.key))) continue;
    if (subj && readCountedTitle(sp, lead, subj, ctx.sentences[i]!.start)) continue;
    let first = i - 1;
    while (first > 0 && s[ctx.sentences[first - 1]!.end - 1] === "；") first--;
    const named = sp.listed(ctx.sentences[first]!.start, ctx.sentences[i - 1]!.end);
    const one = zero || subj![1] === "他" || subj![1] === "她";
    const rule = zero ? "speech.zero-subject" : "speech.back-subject";
    for (const [h, at] of one ? named.slice(-1) : named) sp.spoke(h, at, null, rule);
  }
}

/**
 * "全国劳模，A厂主任X。省劳模，B厂班长Y等以…报告，讲述了…": a list printed as sentences, each
 * ending with a name, before the sentence whose subject ends the list with 等.
 */
function readListAcrossSentences(sp: Speeches): void {
  const { ctx, s, texts, verbs } = sp;
  for (let i = 1; i < ctx.sentences.length; i++) {
    const verb = verbs[i] ?? null;
    const t = texts[i]!;
    if (!verb) continue;
    const lead = t.slice(0, verb.index);
    // "…B等以…", or "…；…C分别在会上发言" (the list's last item, any verb after 分别/先后).
    const marked = LIST_TAIL.test(lead);
    if (!(marked || /等[^，；]{0,16}[，]?[^，；]{0,20}$/.test(lead)) || FUTURE.test(lead)) continue;
    if (!marked && verbRule(verb[0]).yields.officials !== true) continue;
    const para = ctx.sentences[i]!.paragraph;
    const items: [Holder, number][] = [];
    for (let j = i - 1; j >= 0; j--) {
      const sj = ctx.sentences[j]!;
      if (sj.paragraph !== para || verbs[j]) break;
      const named = sp.listed(sj.start, sj.end);
      const last = named.at(-1);
      const tail = last ? s.slice(last[1] + last[0].key.length, sj.end) : "x";
      // A list closed by 分别/先后 is joined by ；("…A；…B；…C分别发言").
      if (!/^[。；]?$/.test(tail) || (marked && s[sj.end - 1] !== "；")) break;
      items.push(...named);
    }
    const inSent = sp.listed(ctx.sentences[i]!.start, ctx.sentences[i]!.start + verb.index);
    if (items.length === 0 || (marked && inSent.length !== 1)) continue;
    for (const [h, at] of [...items, ...inSent]) sp.spoke(h, at, null, "speech.list-across-stops");
  }
}

/**
 * "宣讲团成员有A、B、C。…宣讲团成员讲述…", "成员们分别…分享了…": the roster of a touring group,
 * then a speech by its members, gives the speech to everyone on the roster.
 */
function readRosters(sp: Speeches, persons: FoundPerson[]): void {
  const { ctx, holders, texts, verbs } = sp;
  const rosters: number[] = [];
  for (const [i, t] of texts.entries()) {
    if (!t.includes("成员") && !t.includes("主讲")) continue;
    const r = ROSTER.exec(t);
    if (!r) continue;
    // "主讲人为A、B": the people named are the speakers themselves.
    if (r[0].startsWith("主讲") && !FUTURE.test(t.slice(0, r.index))) {
      sp.rosterSpoke(i, persons);
      continue;
    }
    rosters.push(i);
    // "…成员有A、B、C，他们分别讲述了…": the roster and the speech in one sentence.
    const rest = t.slice(r.index + r[0].length);
    const verb = STRONG.exec(rest);
    if (verb && /[，；]/.test(rest.slice(0, verb.index)) && !FUTURE.test(rest.slice(0, verb.index)))
      sp.rosterSpoke(i, persons);
  }
  // "11位报告团成员讲述了…。…他们中有A、B、C…": the people of a group announced as speaking (a
  // count, no names) are listed within the next sentences.
  for (let i = 1; i < ctx.sentences.length; i++) {
    if (!GROUP_LIST.test(texts[i]!)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const tj = texts[j]!;
      const v = verbs[j];
      if (!v || FUTURE.test(tj.slice(0, v.index)) || holders.some((h) => tj.includes(h.key))) continue;
      if (!COUNTED.test(tj.slice(0, v.index))) continue;
      sp.rosterSpoke(i, persons);
      break;
    }
  }
  for (let i = 1; rosters.length > 0 && i < ctx.sentences.length; i++) {
    const t = texts[i]!;
    const verb = verbs[i] ?? null;
    if (!verb || FUTURE.test(t.slice(0, verb.index))) continue;
    if (!MEMBERS_BACK.test(t.slice(0, verb.index)) || persons.some((p) => t.includes(p.key))) continue;
    const roster = rosters.findLast((r) => r < i && r >= i - 3);
    if (roster !== undefined) sp.rosterSpoke(roster, persons);
  }
}

/**
 * A talk event ("…宣讲活动", "…报告会"): an honouree profiled in a paragraph of their own (named at
 * its start, nothing awarded or attended there) is one of its speakers.
 */
function readTalkEventProfiles(sp: Speeches, persons: FoundPerson[]): void {
  const { ctx, texts, events } = sp;
  const talkEvent = events.events.length === 1 && TALK_EVENT.test(events.events[0]!.name);
  for (const h of talkEvent ? persons : []) {
    if (h.honours.length === 0 || h.spokeAt.length > 0) continue;
    for (const at of sp.occurrences(h)) {
      const i = sentenceIndexAt(ctx, at);
      const sent = ctx.sentences[i]!;
      if (at - sent.start > 40 || (i > 0 && ctx.sentences[i - 1]!.paragraph === sent.paragraph)) continue;
      const t = texts[i]!;
      if (FUTURE.test(t) || ATTEND.test(t) || PROFILE_NOT_TALK.test(t)) continue;
      sp.spoke(h, at, null, "speech.talk-event-profile");
      break;
    }
  }
}

/** Every honouree listed in a paragraph where others spoke (lists split by ；). */
function readParagraphPeers(sp: Speeches): void {
  const { ctx, s, holders } = sp;
  for (const h of holders) {
    if (h.honours.length === 0 || h.spokeAt.length > 0) continue;
    for (const at of sp.occurrences(h)) {
      const sent = ctx.sentences[sentenceIndexAt(ctx, at)]!;
      const t = s.slice(sent.start, sent.end);
      if (sp.speakerParas.has(sent.paragraph) && !FUTURE.test(t) && !/参加|出席|观看|聆听/.test(t))
        sp.spoke(h, at, null, "speech.paragraph-peers");
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
