/**
 * Candidate facts of one article for the attachment model: every person–honour,
 * person–employer and person–event pair that the rules produced, plus the pairs of generic,
 * high-recall shapes the rules may have missed (an honour or a unit in the sentence that names
 * the person, honours in the next sentence about them, every event for a speaker). Each
 * candidate carries its features (./features.ts) and the mention it would add.
 */

import { HONOUR_HEAD_LIST } from "../../lexicon/honours.ts";
import { surnameAt } from "../../lexicon/surnames.ts";
import { JOB_TITLES } from "../../lexicon/units.ts";
import { memoiseString } from "../../text/memoise-pure.ts";
import type { EmployerMention, EventMention, HonourMention, Span, SpeechMention } from "../../types.ts";
import { type Bounds, nameAt } from "../find-name.ts";
import type { FoundPerson } from "../find-persons.ts";
import { jieba } from "../jieba-bounds.ts";
import { type ParsedHonour, parseHonour } from "../parse-honour.ts";
import { orgTypeOf, parseUnit } from "../parse-unit.ts";
import { sentenceIndexAt, spanAt, type TextContext } from "../text-context.ts";
import { type ArticleFacts, type Features, mentionFeatures, placeFeatures, ruleFamily } from "./features.ts";

export const MODEL_RELATIONS = ["HAS_HONOUR", "WORKS_FOR", "SPOKE_AT"] as const;
export type ModelRelation = (typeof MODEL_RELATIONS)[number];

export interface Candidate {
  rel: ModelRelation;
  /** The person's key (FoundPerson.key). */
  person: string;
  /** The person's name as printed. */
  name: string;
  /** The honour's canonical name, the employer's org, or the event's key. */
  value: string;
  /** The rule that produced the fact, or null for a generic candidate. */
  rule: string | null;
  honour?: HonourMention;
  employer?: EmployerMention;
  speech?: SpeechMention;
  features: Features;
}

const HEAD = new RegExp(HONOUR_HEAD_LIST.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
const HEAD_ONCE = new RegExp(HEAD.source);
/** Words before a head that make a description, a count or a verb phrase, not a title. */
const NOT_A_TITLE =
  /[\d位名等个]|讲述|弘扬|传承|参评|成长|学习|争当|争做|成为|走近|致敬|培育|培养|选树|涌现|评选|推荐|评出|举办|组织|开展|召开|工会|到|向/;
/** Words after a head that make it part of another noun ("劳模宣讲会", "工匠精神"), not a title's end. */
const HEAD_INSIDE =
  /^(?:宣讲|精神|事迹|代表|工作室|创新|风采|故事|报告|协会|联盟|论坛|大会|表彰|评选|座谈|走进|巡讲|队伍|群体|工匠|先进|文化|学院|基金|培育|人才|库|们)/;
/** Honours of a team or a unit, never of a person. */
const COLLECTIVE_HONOUR = /先锋号|奖状|集体|示范岗|班组|工作室/;
const BOUNDARY = /[，。；：、！？（）《》“”\s]/;
const CUE_BEFORE = /(?:荣获|获得|获评|评为|授予|当选|荣膺|喜获|被|是|系|为|的|等)/g;
const TRAIL = /^(?:荣誉称号|称号获得者|称号|获得者|荣誉)/;
const SPEECH_VERB =
  /讲述|分享|宣讲|作了?[^，。；]{0,20}?报告|授课|发言|讲课|为题|带来了?[^，。；]{0,12}?(?:故事|分享|宣讲)|讲起|讲了/;
const WEAK_VERB = /表示|说|谈到|介绍|认为|坦言|回顾/;
const FUTURE = /将|即将|计划|拟|准备|打算/;
const TALK_EVENT = /宣讲|报告会|报告团|巡讲|分享会|故事会|讲堂|思政课|党课|第一课|论坛|座谈/;

const parseNoPlace = new Map<string, ParsedHonour | null>();
function parseCached(printed: string, ctx: TextContext): ParsedHonour | null {
  const key = `${ctx.honour.province ?? ""}|${ctx.honour.region ?? ""}|${printed}`;
  let v = parseNoPlace.get(key);
  if (v === undefined) {
    if (parseNoPlace.size > 50_000) parseNoPlace.clear();
    v = parseHonour(printed, ctx.honour);
    parseNoPlace.set(key, v);
  }
  return v;
}

const unitCached = memoiseString((t: string) => parseUnit(t));

interface Mention {
  start: number;
  end: number;
}
interface HonourAt extends Mention {
  parsed: ParsedHonour;
}

/** Honour mentions in [from, to): quoted titles and head words extended left to a boundary or cue. */
export function honoursIn(ctx: TextContext, from: number, to: number): HonourAt[] {
  const s = ctx.s;
  const out: HonourAt[] = [];
  const quoted: Mention[] = [];
  for (let i = s.indexOf("“", from); i >= 0 && i < to; i = s.indexOf("“", i + 1)) {
    const j = s.indexOf("”", i + 1);
    if (j < 0 || j >= to) break;
    quoted.push({ start: i, end: j + 1 });
    if (j - i - 1 >= 2 && j - i - 1 <= 24) {
      const p = parseCached(s.slice(i + 1, j), ctx);
      if (p && !COLLECTIVE_HONOUR.test(p.name)) out.push({ start: i, end: j + 1, parsed: p });
    }
  }
  HEAD.lastIndex = from;
  for (let m = HEAD.exec(s); m && m.index < to; m = HEAD.exec(s)) {
    const headEnd = m.index + m[0].length;
    if (headEnd > to) break;
    if (quoted.some((q) => m!.index > q.start && m!.index < q.end)) continue;
    if (HEAD_INSIDE.test(s.slice(headEnd, headEnd + 3))) continue;
    let b = m.index - 1;
    while (b >= from && !BOUNDARY.test(s[b]!) && m.index - b <= 24) b--;
    const left = b + 1;
    // After the last cue word first ("被评为全国劳模"), then further left, the boundary last.
    const starts: number[] = [];
    const seg = s.slice(left, m.index);
    CUE_BEFORE.lastIndex = 0;
    for (let c = CUE_BEFORE.exec(seg); c; c = CUE_BEFORE.exec(seg))
      starts.unshift(left + c.index + c[0].length);
    starts.push(left);
    const trail = TRAIL.exec(s.slice(headEnd, headEnd + 5));
    const end = headEnd + (trail ? trail[0].length : 0);
    for (const st of starts) {
      if (end - st < 2 || end - st > 16) continue;
      if (NOT_A_TITLE.test(s.slice(st, m.index))) continue;
      // Two titles joined ("全国道德模范和全国技术能手"): each is found at its own head.
      if (st < m.index && HEAD_ONCE.test(s.slice(st, m.index))) continue;
      const p = parseCached(s.slice(st, end), ctx);
      if (p && COLLECTIVE_HONOUR.test(p.name)) break;
      if (p) {
        out.push({ start: st, end, parsed: p });
        break;
      }
    }
  }
  return out;
}

/** Every offset where `key` is named in the article. */
function occurrences(s: string, key: string): number[] {
  const out: number[] = [];
  if (key.length < 2) return out;
  for (let i = s.indexOf(key); i >= 0; i = s.indexOf(key, i + key.length)) out.push(i);
  return out;
}

function absStart(e: Span): number {
  return e.offset + e.spanStart;
}
function absEnd(e: Span): number {
  return e.offset + e.spanEnd;
}

/** The person's occurrence nearest to [start, end), preferring the same sentence. */
function nearest(occ: readonly number[], start: number): number {
  let best = occ[0] ?? -1;
  for (const o of occ) if (Math.abs(o - start) < Math.abs(best - start)) best = o;
  return best;
}

interface Ctx {
  ctx: TextContext;
  facts: ArticleFacts;
  occ: Map<string, number[]>;
}

function place(c: Ctx, person: FoundPerson, vs: number, ve: number): Features {
  const f: Features = {};
  const occ = c.occ.get(person.key) ?? [];
  const at = occ.length > 0 ? nearest(occ, vs) : person.at;
  const vi = sentenceIndexAt(c.ctx, vs);
  const pi = sentenceIndexAt(c.ctx, Math.max(0, at));
  const sent = c.ctx.sentences[vi] ?? { start: 0, end: c.ctx.s.length };
  placeFeatures(
    c.facts,
    {
      personStart: at,
      personEnd: at + person.key.length,
      valueStart: vs,
      valueEnd: ve,
      sentStart: sent.start,
      sentEnd: sent.end,
      sentenceGap: vi - pi,
    },
    f,
  );
  mentionFeatures(occ.length, f);
  return f;
}

function ruleFeatures(rule: string | null, f: Features): void {
  if (rule !== null) {
    f.rule = 1;
    f[`rule:${ruleFamily(rule)}`] = 1;
  } else f.generic = 1;
}

/**
 * The candidates of an article, given the persons the rules found (all of them, honoured or not,
 * with the facts the rules attached) and its events.
 */
export function findCandidates(
  ctx: TextContext,
  bodyStart: number,
  known: readonly FoundPerson[],
  events: readonly EventMention[],
): { candidates: Candidate[]; extra: FoundPerson[] } {
  const s = ctx.s;
  // Honour mentions per sentence index, found once.
  const honourBySent = new Map<number, HonourAt[]>();
  const honoursOf = (i: number) => {
    let h = honourBySent.get(i);
    if (!h) {
      const sent = ctx.sentences[i]!;
      const t = s.slice(sent.start, sent.end);
      h = HEAD_ONCE.test(t) || t.includes("“") ? honoursIn(ctx, sent.start, sent.end) : [];
      honourBySent.set(i, h);
    }
    return h;
  };
  const notes = new Map<string, string[]>();
  const extra = namesNearHonours(ctx, bodyStart, known, notes, honoursOf);
  const persons = [...known, ...extra];
  const occ = new Map<string, number[]>();
  for (const p of persons) occ.set(p.key, occurrences(s, p.key));
  const personOffsets = [...occ.values()].flat().sort((a, b) => a - b);
  // Sentences that name someone, and the one after each (honours stated later about them).
  const sentOf = new Map<number, string[]>();
  for (const p of persons)
    for (const o of occ.get(p.key) ?? []) {
      const i = sentenceIndexAt(ctx, o);
      const list = sentOf.get(i) ?? [];
      if (!list.includes(p.key)) list.push(p.key);
      sentOf.set(i, list);
    }
  const honourOffsets: number[] = [];
  for (const i of sentOf.keys()) for (const h of honoursOf(i)) honourOffsets.push(h.start);
  const unitOffsets: number[] = [];
  for (const p of persons) for (const e of p.employers) unitOffsets.push(absStart(e.evidence));
  const facts: ArticleFacts = { ctx, bodyStart, personOffsets, honourOffsets, unitOffsets };
  const c: Ctx = { ctx, facts, occ };
  const out: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  const add = (cand: Candidate) => {
    const k = `${cand.rel}|${cand.person}|${cand.value}`;
    const had = byKey.get(k);
    if (had) {
      // A rule fact also proposed by a generic shape: the two agree.
      if (had.rule !== null && cand.rule === null) had.features["generic-too"] = 1;
      return;
    }
    byKey.set(k, cand);
    out.push(cand);
  };
  const byPerson = new Map(persons.map((p) => [p.key, p]));

  // HAS_HONOUR: the rules' facts, then honours in the sentences naming the person or right after.
  for (const p of persons)
    for (const h of p.honours) {
      const f = place(c, p, absStart(h.evidence), absEnd(h.evidence));
      ruleFeatures(h.evidence.rule ?? "honour.none", f);
      honourValueFeatures(h, f);
      add({
        rel: "HAS_HONOUR",
        person: p.key,
        name: p.name,
        value: h.name,
        rule: h.evidence.rule ?? "honour.none",
        honour: h,
        features: f,
      });
    }
  for (const [i, keys] of sentOf) {
    for (const gap of [0, 1, -1]) {
      const j = i + gap;
      if (j >= ctx.sentences.length || j < 0) continue;
      // Honours stated in the next sentence (他曾荣获…) or in the heading before a list.
      if (gap !== 0 && sentOf.has(j)) continue;
      for (const h of honoursOf(j)) {
        for (const key of keys) {
          const p = byPerson.get(key)!;
          const f = place(c, p, h.start, h.end);
          ruleFeatures(null, f);
          honourValueFeatures({ ...h.parsed, raw: s.slice(h.start, h.end) }, f);
          if (keys.length > 1) f["sent:several-persons"] = 1;
          const honour: HonourMention = {
            name: h.parsed.name,
            raw: ctx.text.slice(h.start, h.end),
            scope: h.parsed.scope,
            level: h.parsed.level,
            category: h.parsed.category,
            year: h.parsed.year,
            evidence: spanAt(ctx, h.start, h.end, "model.honour"),
          };
          add({
            rel: "HAS_HONOUR",
            person: key,
            name: p.name,
            value: h.parsed.name,
            rule: null,
            honour,
            features: f,
          });
        }
      }
    }
  }

  // A generic honour that the rules placed elsewhere, or that overlaps one the person holds.
  const ruleSpans = persons.flatMap((p) =>
    p.honours.map((h) => [absStart(h.evidence), absEnd(h.evidence), p.key] as const),
  );
  for (const x of out) {
    if (x.rel !== "HAS_HONOUR" || x.rule !== null || !x.honour) continue;
    const hs = absStart(x.honour.evidence);
    const he = absEnd(x.honour.evidence);
    for (const [a, b, who] of ruleSpans)
      if (a < he && hs < b)
        x.features[who === x.person ? "span:rule-same-person" : "span:rule-other-person"] = 1;
    const own = byPerson.get(x.person)!.honours;
    if (own.some((h) => h.name !== x.value && (h.name.includes(x.value) || x.value.includes(h.name))))
      x.features["value:overlaps-rule"] = 1;
    if (own.length > 0) x.features["person:has-rule-honour"] = 1;
  }

  // WORKS_FOR: the rules' facts, then the unit printed right before or after a mention.
  for (const p of persons)
    for (const e of p.employers) {
      const f = place(c, p, absStart(e.evidence), absEnd(e.evidence));
      ruleFeatures(e.evidence.rule ?? "employer.none", f);
      unitValueFeatures(e.org, e.jobTitle, f);
      add({
        rel: "WORKS_FOR",
        person: p.key,
        name: p.name,
        value: e.org,
        rule: e.evidence.rule ?? "employer.none",
        employer: e,
        features: f,
      });
    }
  for (const p of persons)
    for (const o of occ.get(p.key) ?? []) {
      const i = sentenceIndexAt(ctx, o);
      const sent = ctx.sentences[i]!;
      let b = o - 1;
      while (b >= sent.start && !BOUNDARY.test(s[b]!)) b--;
      let piece = s.slice(b + 1, o).replace(/的$/, "");
      let lead = b + 1;
      const laizi = /^(?:来自|现任|任|系)/.exec(piece);
      if (laizi) {
        piece = piece.slice(laizi[0].length);
        lead += laizi[0].length;
      }
      const units: { start: number; text: string; after: boolean }[] = [];
      if (piece.length >= 3) units.push({ start: lead, text: piece, after: false });
      const e = o + p.key.length;
      if (s[e] === "，" || s[e] === "（") {
        let k = e + 1;
        while (k < sent.end && !BOUNDARY.test(s[k]!)) k++;
        const t = s.slice(e + 1, k).replace(/^(?:系|现任|任|是)/, "");
        if (t.length >= 3) units.push({ start: k - t.length, text: t, after: true });
      }
      for (const u of units) {
        const r = unitCached(u.text);
        if (!r?.org || r.org.length < 3) continue;
        if (u.after && !r.jobTitle) continue;
        const at = u.start + u.text.indexOf(r.org);
        const f = place(c, p, at, at + r.org.length);
        ruleFeatures(null, f);
        unitValueFeatures(r.org, r.jobTitle, f);
        if (laizi && !u.after) f["unit:laizi"] = 1;
        const employer: EmployerMention = {
          org: ctx.text.slice(at, at + r.org.length),
          orgType: orgTypeOf(r.org),
          jobTitle: r.jobTitle,
          evidence: spanAt(ctx, at, at + r.org.length, "model.employer"),
        };
        add({
          rel: "WORKS_FOR",
          person: p.key,
          name: p.name,
          value: employer.org,
          rule: null,
          employer,
          features: f,
        });
      }
    }

  for (const x of out) {
    if (x.rel !== "WORKS_FOR" || x.rule !== null) continue;
    const own = byPerson.get(x.person)!.employers;
    if (own.some((e) => e.org !== x.value && (e.org.includes(x.value) || x.value.includes(e.org))))
      x.features["value:overlaps-rule"] = 1;
    if (own.length > 0) x.features["person:has-rule-employer"] = 1;
  }

  // SPOKE_AT: every event for every person who may hold an honour.
  const mayHold = new Set(out.filter((x) => x.rel === "HAS_HONOUR").map((x) => x.person));
  if (events.length > 0) {
    const articleSpeech = SPEECH_VERB.test(s.slice(bodyStart));
    for (const p of persons) {
      if (!mayHold.has(p.key)) continue;
      const po = occ.get(p.key) ?? [];
      const speech = speechOf(ctx, po, p.key.length);
      events.forEach((ev, idx) => {
        const rule = p.spokeAt.find((x) => x.eventKey === ev.key);
        const f: Features = {};
        ruleFeatures(rule ? (rule.evidence.rule ?? "speech.none") : null, f);
        mentionFeatures(po.length, f);
        f[`events:${events.length === 1 ? "one" : events.length === 2 ? "two" : "many"}`] = 1;
        if (idx === 0) f["event:first"] = 1;
        if (TALK_EVENT.test(ev.name)) f["event:talk"] = 1;
        if (ev.evidence.offset < bodyStart) f["event:headline"] = 1;
        if (articleSpeech) f["article:speech"] = 1;
        for (const k of speech) f[`person:${k}`] = 1;
        const es = sentenceIndexAt(ctx, absStart(ev.evidence));
        let gap = Number.POSITIVE_INFINITY;
        let before = false;
        for (const o of po) {
          const d = sentenceIndexAt(ctx, o) - es;
          if (Math.abs(d) < Math.abs(gap)) gap = d;
          if (d >= 0) before = true;
        }
        if (Number.isFinite(gap)) {
          f[
            `event-gap:${Math.abs(gap) === 0 ? "0" : Math.abs(gap) <= 2 ? "le2" : Math.abs(gap) <= 6 ? "le6" : "gt6"}`
          ] = 1;
          if (before) f["event:before-person"] = 1;
        }
        // Another event named between the event and the person's nearest mention.
        const nearestP = po.length > 0 ? nearest(po, absStart(ev.evidence)) : -1;
        if (
          nearestP >= 0 &&
          events.some((o) => {
            const x = absStart(o.evidence);
            return (
              o !== ev &&
              x > Math.min(nearestP, absStart(ev.evidence)) &&
              x < Math.max(nearestP, absStart(ev.evidence))
            );
          })
        )
          f["between:event"] = 1;
        const sp: SpeechMention = rule ?? {
          eventKey: ev.key,
          talkTitle: null,
          evidence: spanAt(ctx, Math.max(0, nearestP), Math.max(0, nearestP) + p.key.length, "model.speech"),
        };
        add({
          rel: "SPOKE_AT",
          person: p.key,
          name: p.name,
          value: ev.key,
          rule: rule ? (rule.evidence.rule ?? "speech.none") : null,
          speech: sp,
          features: f,
        });
      });
    }
  }
  for (const x of out) {
    const why = notes.get(x.person);
    if (!why) continue;
    x.features["person:generic"] = 1;
    for (const w of why) x.features[w] = 1;
  }
  return { candidates: out, extra };
}

/** Job titles and honour heads: a name is expected right after one ("…揽投员X", "全国劳模X"). */
const ANCHOR = new RegExp(
  [...JOB_TITLES, ...HONOUR_HEAD_LIST, "获得者", "代表", "委员"]
    .filter((w) => w.length >= 2)
    .sort((x, y) => y.length - x.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g",
);

const JOB_WORD: ReadonlySet<string> = new Set(JOB_TITLES);

/** The spans ("start:length") jieba tags as person names (nr) in [from, to). */
function nrSpans(s: string, from: number, to: number): Set<string> {
  const out = new Set<string>();
  let pos = from;
  for (const w of jieba().tag(s.slice(from, to), true)) {
    if (w.tag === "nr") out.add(`${pos}:${w.word.length}`);
    pos += w.word.length;
  }
  return out;
}

/** jieba word boundaries of [from, to), cut once. */
function boundsOf(s: string, from: number, to: number): Bounds {
  const marks = new Set<number>();
  let pos = from;
  marks.add(pos);
  for (const w of jieba().cut(s.slice(from, to), true)) {
    pos += w.length;
    marks.add(pos);
  }
  return marks;
}

/**
 * People the rules did not find, in a sentence that holds an honour mention or right after one:
 * a name right after a job title or an honour head, and the names that continue its 、-list.
 * Each is a new person without facts.
 */
function namesNearHonours(
  ctx: TextContext,
  bodyStart: number,
  known: readonly FoundPerson[],
  notes: Map<string, string[]>,
  honoursOf: (sentence: number) => HonourAt[],
): FoundPerson[] {
  const s = ctx.s;
  const seen = new Set(known.map((p) => p.key));
  const out: FoundPerson[] = [];
  const addName = (start: number, len: number, why: string[]) => {
    const key = s.slice(start, start + len);
    if (seen.has(key)) return;
    seen.add(key);
    notes.set(key, [...why, `name:len${Math.min(len, 4)}`]);
    out.push({
      name: ctx.text.slice(start, start + len),
      key,
      at: start,
      mentions: [start],
      honours: [],
      employers: [],
      spokeAt: [],
      aliases: [],
      evidence: spanAt(ctx, start, start + len),
    });
  };
  let previousHeld = false;
  for (let i = 0; i < ctx.sentences.length; i++) {
    const sent = ctx.sentences[i]!;
    if (sent.end <= bodyStart) continue;
    const t = s.slice(sent.start, sent.end);
    // A sentence that holds an honour, or the one after it (a list under its heading).
    const held = honoursOf(i).length > 0;
    const look = held || previousHeld;
    previousHeld = held;
    if (!look) continue;
    let bounds: Bounds | null = null;
    let tags: Set<string> | null = null;
    ANCHOR.lastIndex = 0;
    for (let m = ANCHOR.exec(t); m; m = ANCHOR.exec(t)) {
      let p = sent.start + m.index + m[0].length;
      if (surnameAt(s, p) === 0) continue;
      bounds ??= boundsOf(s, sent.start, sent.end);
      for (let anchored = true; p < sent.end; anchored = false) {
        let len = nameAt(s, p, sent.end, bounds, anchored || s[p - 1] === "、");
        const why = [
          anchored ? (JOB_WORD.has(m[0]) ? "name:after-job" : "name:after-honour") : "name:listed",
        ];
        // jieba must see the name as words of its own: it starts and ends on a boundary.
        if (len > 0 && (!bounds.has(p) || !bounds.has(p + len))) len = 0;
        if (len === 0) {
          // A short run that fills the gap to the next mark: "…劳动模范X、", "…获得者XY，".
          const run = /^[\p{Script=Han}]{2,4}(?=[、，；。：（(])/u.exec(s.slice(p, sent.end));
          if (!run || !bounds.has(p)) break;
          len = run[0].length;
          why.push("name:run");
        }
        tags ??= nrSpans(s, sent.start, sent.end);
        if (tags.has(`${p}:${len}`)) why.push("name:jieba-nr");
        addName(p, len, why);
        if (s[p + len] !== "、" && s[p + len] !== "和" && s[p + len] !== "及") break;
        p += len + 1;
      }
    }
  }
  return out;
}

/** What a person does in the sentences naming them: a speech verb after the name, a weak one … */
function speechOf(ctx: TextContext, occ: readonly number[], len: number): Set<string> {
  const out = new Set<string>();
  const s = ctx.s;
  for (const o of occ) {
    const sent = ctx.sentences[sentenceIndexAt(ctx, o)]!;
    const after = s.slice(o + len, sent.end);
    const clause = after.split(/[，；]/)[0] ?? "";
    if (SPEECH_VERB.test(clause))
      out.add(FUTURE.test(clause.slice(0, 6)) ? "speech-future" : "speech-clause");
    else if (SPEECH_VERB.test(after)) out.add("speech-sentence");
    if (WEAK_VERB.test(clause)) out.add("weak-clause");
    const next = ctx.sentences[sentenceIndexAt(ctx, o) + 1];
    if (
      next &&
      /^(?:他|她)/.test(s.slice(next.start, next.end)) &&
      SPEECH_VERB.test(s.slice(next.start, next.end))
    )
      out.add("speech-next");
  }
  return out;
}

function honourValueFeatures(
  h: { level: string | null; scope: string; name: string; category: string; raw: string },
  f: Features,
): void {
  f[`level:${h.level ?? "none"}`] = 1;
  if (!h.scope) f["honour:no-scope"] = 1;
  if (h.raw.includes("“")) f["honour:quoted"] = 1;
  const prefix = h.name.length - h.category.length;
  f[`honour:prefix-${prefix <= 0 ? 0 : prefix === 1 ? 1 : prefix <= 3 ? "2-3" : "4+"}`] = 1;
}

function unitValueFeatures(org: string, job: string | null, f: Features): void {
  f[`org:${orgTypeOf(org)}`] = 1;
  if (job) f["unit:job"] = 1;
  if (org.length <= 4) f["unit:short"] = 1;
  if (org.length >= 14) f["unit:long"] = 1;
}
