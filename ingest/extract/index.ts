/**
 * Fact extraction from one segmented article: persons with honours, employers, talks and
 * nicknames; events with venues, organisers, themes and dates; model collectives; credits.
 * Every fact carries the sentence that states it.
 */
import { hashKey } from "../../model/ids.ts";
import { CONTEST_HEADS, HONOUR_HEAD_LIST } from "../lexicon/honours.ts";
import { isPlaceName } from "../lexicon/place-names.ts";
import { surnameAt } from "../lexicon/surnames.ts";
import { JOB_TITLES } from "../lexicon/units.ts";
import { LiteralSet } from "../text/literal-set.ts";
import type {
  ArticleExtraction,
  EmployerMention,
  EventMention,
  HonourMention,
  SegmentedArticle,
} from "../types.ts";
import { articleContext } from "./article-context.ts";
import { readCollectiveLists, readCollectiveRolls } from "./find-collective-lists.ts";
import { CAMPAIGN_EVENT, EventFinder } from "./find-events.ts";
import { GroupHonourReader } from "./find-group-honours.ts";
import { type FoundCollective, type FoundPerson, PersonFinder, retagged } from "./find-persons.ts";
import { findAliases, findSpeeches } from "./find-speeches.ts";
import { type AttachmentModel, anyActive, decide, shippedModel } from "./model/attach.ts";
import { type Candidate, findCandidates } from "./model/candidates.ts";
import { withoutUnreliable } from "./rules/calibration.ts";
import { sentenceIndexAt, type TextContext } from "./text-context.ts";

const HONOUR_HINT = new LiteralSet([
  ...HONOUR_HEAD_LIST,
  ..."最美|分别是|分别为|他们是|她们是|名单如下|入选|当选|上榜|主席|书记|局长|厂长|经理|董事长|院长|校长|主任|，男，|，女，|·".split(
    "|",
  ),
]);

/** Job titles that introduce a worker by name ("…客运段列车长X"); not the generic 职工, 工人 … */
const GENERIC_JOBS = new Set([
  "工人",
  "职工",
  "员工",
  "工作人员",
  "专家",
  "师傅",
  "博士",
  "硕士",
  "常委",
  "教师",
  "老师",
]);
const NO_TITLES: readonly string[] = [];
/** The job titles that introduce a worker, by first character, longest first. */
const JOB_HINT_BY_FIRST = new Map<string, string[]>();
for (const j of [...JOB_TITLES, "领衔人"]
  .filter((j) => !GENERIC_JOBS.has(j))
  .sort((a, b) => b.length - a.length)) {
  const list = JOB_HINT_BY_FIRST.get(j[0]!) ?? [];
  if (!list.includes(j)) list.push(j);
  JOB_HINT_BY_FIRST.set(j[0]!, list);
}

/** The first characters of those titles (a table read before the map lookup). */
const JOB_HINT_FIRST = new Uint8Array(65536);
for (const first of JOB_HINT_BY_FIRST.keys()) JOB_HINT_FIRST[first.charCodeAt(0)] = 1;

/**
 * End offsets of the job titles in `t`, read left to right without overlap, the longest at each
 * offset (what a global regex of the titles, longest first, matches; a table read per character).
 */
function jobTitleEnds(t: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.length; ) {
    let len = 0;
    for (const j of JOB_HINT_FIRST[t.charCodeAt(i)] === 1 ? JOB_HINT_BY_FIRST.get(t[i]!)! : NO_TITLES)
      if (t.startsWith(j, i)) {
        len = j.length;
        break;
      }
    if (len > 0) {
      out.push(i + len);
      i += len;
    } else i++;
  }
  return out;
}

/** An award verb, then a quoted title within a few characters or a title closed by 称号 (the gate of quoted and titled awards). */
const QUOTED_AFTER_AWARD =
  /(?:获|授予|评为|当选|荣膺)[^，。；“”]{0,12}“|(?:获|授予|评为|当选|荣膺)[^，。；“”]{3,20}称号/;

/**
 * Only sentences with an honour word, a person already met, or a job title right before a
 * surname ("…车间主任X", "…列车长X") or closing a clause about a name ("X，某厂技师。") can
 * add facts about people.
 */
function mayNamePeople(s: string, from: number, to: number, people: PersonFinder): boolean {
  if (HONOUR_HINT.test(s, from, to) || people.listOpen) return true;
  const t = s.slice(from, to);
  // "…两位同志被授予“某市高技能职工”荣誉称号": a quoted title after an award verb (quotedAward).
  if ((t.includes("“") || t.includes("称号")) && QUOTED_AFTER_AWARD.test(t)) return true;
  for (const p of people.persons.values()) if (t.includes(p.key)) return true;
  // "他是某厂的一名高级技师。": the post of the person named last (PersonFinder.readPronounSentence);
  // "作为某公司的技术中心主任，他…" (the clause before the pronoun's).
  const pronoun = /^[他她](?!们)/.test(t) || (t.startsWith("作为") && /^[^，。]+，[他她](?!们)/.test(t));
  for (const end of jobTitleEnds(t)) {
    if (pronoun) return true;
    if (surnameAt(t, end) > 0) return true;
    // "祁某，远江电力青川供电公司技师。": a profile's opening names the person first.
    if (/^[。；，]?$/.test(t.slice(end, end + 1)) && surnameAt(t, 0) > 0 && /^.{2,4}，/.test(t)) return true;
  }
  return false;
}

/** Posts of party, government and union officials (not persons of the story, fixtures/README.md). */
const OFFICIAL_POST =
  /(?:书记|主席|部长|市长|省长|区长|县长|州长|镇长|乡长|局长|厅长|常委|秘书长|巡视员|主任委员|委员长|负责同志)$/;

/** Party, congress and advisory bodies: 省委, 市人大常委会, 区政协, 关工委 … */
const OFFICIAL_BODY = /(?:[省市区县州]委|人大常委会|人大|政协|党委|党工委|关工委|纪委|监委)$/;

/**
 * A post held beside the person's work ("全国劳模X，市总工会副主席（兼职）", "省委委员"): an
 * official post at a union, party or government body is no employer.
 */
function isPost(e: EmployerMention): boolean {
  return (
    (e.orgType === "union" || e.orgType === "government" || OFFICIAL_BODY.test(e.org)) &&
    /总工会|[省市区县州]委|人大|政协|政府/.test(e.org) &&
    OFFICIAL_POST.test(e.jobTitle ?? "")
  );
}

/**
 * A contest result (…技能大赛…项目冠军, 金牌) is read as an honour so that the honour run around it
 * stays whole, but it is a result, not a title a person holds (the gold lists no contest results): it is
 * dropped here, and a person holding nothing else is no honouree.
 */
function withoutContestResults<P extends { honours: HonourMention[] }>(p: P): P {
  return p.honours.some((h) => CONTEST_HEADS.has(h.category))
    ? { ...p, honours: p.honours.filter((h) => !CONTEST_HEADS.has(h.category)) }
    : p;
}

/**
 * An honour's name as read can still hold what no title holds: a verb of the sentence around it
 * (获得, 领衔, 分享, 提供), a bracket opened or closed outside it, or a preposition or conjunction
 * it starts with (向, 及, 与). Such a reading is dropped rather than shown as a title.
 */
const MALFORMED_HONOUR =
  /荣获|获得|获评|领衔|提供|分享|讲述|授予|日前|近日|[《》]|^(?:向|及|与|以及|获|被)|^[^（(]*[）)]|[（(][^）)]*$/;
/**
 * The same for an employer's name: words of the sentence that opened it (邀请, 到了, 今年 …) or a
 * list joined into it ("…工会陈某理事及…总工会").
 */
const MALFORMED_EMPLOYER = /邀请|到了|今年|日前|近日|本次|理事及|^(?:而|及|与)/;
/**
 * A department printed without its unit ("转炉车间", "新生儿科", "销售中心", "创新工作室", "区党委",
 * "分行营业部"): at most three characters before the department word, none of them a place's
 * name ("某市某车间" names its unit). No employer: the unit is elsewhere in the text, or nowhere.
 */
const BARE_DEPARTMENT =
  /^(?:[\p{Script=Han}](?<![省市县州盟旗])){0,3}(?:车间|車間|科|室|班|组|組|工作室|党委|黨委|纪委|紀委|地委|营业部|營業部|中心)$/u;

/**
 * What a collective's name never starts with: a count ("4个班组（车间、科室）"), a reference or the
 * writer's own body ("此次评选表彰…", "我协会理事单位…"): a clause read as a name.
 */
const NOT_A_COLLECTIVE = /^(?:[\d一二三四五六七八九十两]+(?:个|個|家|支)|此次|本次|该|該|我(?![国國]))/;

/**
 * The State Council's (or a province's) special allowance, "享受国务院政府特殊津贴": a status of
 * experts the papers print beside honours, read as such so it cuts no list, but no honour held
 * (fixtures/README.md, annotation conventions).
 */
const ALLOWANCE = "政府特殊津贴";

/**
 * "吴某、柴某等5名劳模的…报告", "劳模代表柴某", "柴某劳模": the bare word 劳模 labels a group or a
 * form of address; a person the article also gives a title of its own (全国五一劳动奖章, 某省劳动
 * 模范) holds that title, not a second, unscoped 劳动模范. Alone it stays (the only title printed).
 */
function withoutRedundantBareTitle<P extends { honours: HonourMention[] }>(p: P): P {
  if (p.honours.length < 2) return p;
  const bare = (h: HonourMention) => h.scope === "" && h.name === "劳动模范";
  if (!p.honours.some(bare) || p.honours.every(bare)) return p;
  return { ...p, honours: p.honours.filter((h) => !bare(h)) };
}

/** No honour (a malformed reading, an allowance) and no employer that is not one. */
function withoutMalformedReadings<P extends { honours: HonourMention[]; employers: EmployerMention[] }>(
  p: P,
): P {
  const badH = p.honours.some((h) => MALFORMED_HONOUR.test(h.name) || h.category === ALLOWANCE);
  const malformed = (org: string) => MALFORMED_EMPLOYER.test(org) || BARE_DEPARTMENT.test(org);
  const badE = p.employers.some((e) => malformed(e.org));
  if (!badH && !badE) return p;
  return {
    ...p,
    honours: badH
      ? p.honours.filter((h) => !MALFORMED_HONOUR.test(h.name) && h.category !== ALLOWANCE)
      : p.honours,
    employers: badE ? p.employers.filter((e) => !malformed(e.org)) : p.employers,
  };
}

/**
 * Drops what only looked like a name: a "name" every mention of which lies inside another
 * person's name ("…及林某甄分别当选": 甄 is a surname, 甄分别 no person).
 */
function withoutFalseNames(found: FoundPerson[]): FoundPerson[] {
  return found.filter((p) => {
    const at = p.mentions.length > 0 ? p.mentions : [p.at];
    return !at.every((m) =>
      found.some(
        (q) =>
          q !== p && (q.mentions.length > 0 ? q.mentions : [q.at]).some((n) => n < m && m < n + q.key.length),
      ),
    );
  });
}

/**
 * Drops a "name" that is a place the article names as a place too ("南海7人获评…" beside "南海区",
 * "余干三中" beside "余干县"): a division's short name, printed somewhere with its suffix.
 */
function withoutPlaces(found: FoundPerson[], s: string): FoundPerson[] {
  return found.filter((p) => {
    const key = p.key;
    if (key.length !== 2 || !isPlaceName(key)) return true;
    for (let i = s.indexOf(key); i >= 0; i = s.indexOf(key, i + 1))
      if (/[省市县区州旗]/.test(s[i + key.length] ?? "")) return false;
    return true;
  });
}

/** Content id of an article: normalised title + body, independent of the file name. */
export function articleId(title: string, text: string): string {
  return `a_${hashKey(idNorm(title), idNorm(text))}`;
}

function idNorm(t: string): string {
  return t.normalize("NFKC").replace(/\s+/g, "");
}

/** Extracts the facts of one article: its honourees, events, organisers and credits. */
export function extractArticle(article: SegmentedArticle): ArticleExtraction {
  return finishArticle(draftArticle(article), shippedModel());
}

/**
 * As extractArticle, also keeping the people without an honour: speakers, officials and workers
 * introduced by unit and post ("市总工会副主席X"), for tests of how units, posts and talks are read.
 * The rules' facts only (no attachment model).
 */
export function extractKeepingOfficials(article: SegmentedArticle): ArticleExtraction {
  return finishArticle(draftArticle(article), null, true);
}

/** An article read by the rules, before the attachment model decides (./model/attach.ts). */
export interface ArticleDraft {
  article: SegmentedArticle;
  ctx: TextContext;
  people: PersonFinder;
  /** Every person the rules found, honoured or not, with the facts the rules attached. */
  persons: FoundPerson[];
  collectives: FoundCollective[];
  events: EventMention[];
  warnings: string[];
  /** The model's candidates and the people only they name, computed on first use. */
  candidates?: { candidates: Candidate[]; extra: FoundPerson[] };
}

/** Reads an article with the rules (persons, events, speeches, aliases). */
export function draftArticle(article: SegmentedArticle): ArticleDraft {
  const ctx = articleContext(article);
  const year = article.date ? Number(article.date.slice(0, 4)) || null : null;
  const people = new PersonFinder(ctx);
  const events = new EventFinder(ctx, year);
  const groups = new GroupHonourReader(people, ctx);
  const first = ctx.sentences.length > 0 ? sentenceIndexAt(ctx, article.bodyStart) : 0;
  // The headline may name the honour of a list in the body ("我市两人当选“某某工匠”").
  for (const sent of ctx.sentences) {
    if (sent.start >= article.bodyStart) break;
    people.noteStatedHonours(sent.start, Math.min(sent.end, article.bodyStart));
  }
  if (article.bodyStart > 0) people.readHeadlineHolder(article.bodyStart);
  for (let i = first; i < ctx.sentences.length; i++) {
    const sent = ctx.sentences[i]!;
    if (sent.end <= article.bodyStart) continue;
    const from = Math.max(sent.start, article.bodyStart);
    if (mayNamePeople(ctx.s, from, sent.end, people)) {
      people.readSentence(from, sent.end);
      people.readPronounSentence(from, sent.end);
      people.readGroupSentence(from, sent.end);
      people.readGrants(from, sent.end);
      people.readCountedList(from, sent.end);
      people.readEmergedFrom(from, sent.end);
    }
    people.noteStatedHonours(from, sent.end);
    people.readRollLine(from, sent.end);
    groups.readSentence(from, sent.end);
    readCollectiveLists(people, ctx, from, sent.end);
    events.readSentence(from, sent.end);
  }
  readCollectiveRolls(people, ctx, article.bodyStart);
  groups.readHeadings(article.bodyStart);
  const eventList = events.finish();
  const persons = withoutPlaces(withoutFalseNames([...people.persons.values()]), ctx.s);
  const collectives = [...people.collectives.values()];
  // A talk is always given at an event: without one there is nothing to link.
  if (eventList.length > 0) findSpeeches(ctx, events, persons, collectives);
  findAliases(ctx, persons);
  carryHeadlineHonour(groups.headlineHonour(article.bodyStart), persons, people);
  const warnings: string[] = [];
  if (eventList.length === 0 && persons.some((p) => p.honours.length > 0))
    warnings.push("honourees found but no event: speeches were not linked");
  return { article, ctx, people, persons, collectives, events: eventList, warnings };
}

/**
 * People the body presents by unit and post, or as speakers, with no honour of their own: they
 * hold the one title the headline says the article's people hold.
 */
function carryHeadlineHonour(hs: HonourMention[], persons: FoundPerson[], people: PersonFinder): void {
  if (hs.length !== 1) return;
  for (const p of persons) {
    if (p.honours.length > 0) continue;
    if (p.employers.some((e) => OFFICIAL_POST.test(e.jobTitle ?? "") || isPost(e))) continue;
    if (!(people.introduced(p) || p.spokeAt.length > 0)) continue;
    people.addHonours(p, retagged(hs, "honour.headline"), "honour.headline");
  }
}

/** The draft's candidate facts for the attachment model (computed once). */
export function draftCandidates(draft: ArticleDraft): Candidate[] {
  draft.candidates ??= findCandidates(draft.ctx, draft.article.bodyStart, draft.persons, draft.events);
  return draft.candidates.candidates;
}

/**
 * The extraction of a draft: with a model, its decision replaces the rules' facts of the
 * relations it covers (null: the rules' facts as they are).
 */
export function finishArticle(
  draft: ArticleDraft,
  model: AttachmentModel | null,
  officials = false,
): ArticleExtraction {
  const { article, people } = draft;
  // "“某某工匠”推荐宣传学习活动", "某某评选活动": a selection or publicity campaign is no event held
  // at a time and place; it goes with the talks that name it.
  const campaigns = new Set(draft.events.filter((e) => CAMPAIGN_EVENT.test(e.name)).map((e) => e.key));
  const withoutCampaignTalks = <T extends { spokeAt: { eventKey: string }[] }>(x: T): T =>
    campaigns.size > 0 && x.spokeAt.some((t) => campaigns.has(t.eventKey))
      ? { ...x, spokeAt: x.spokeAt.filter((t) => !campaigns.has(t.eventKey)) }
      : x;
  // Calibrated scoring: no fact of a rule measured wrong more often than right (rules/calibration.ts).
  const { persons, collectives, events } = withoutUnreliable(
    (anyActive(model)
      ? decide([...draft.persons, ...(draft.candidates?.extra ?? [])], draftCandidates(draft), model)
      : draft.persons
    )
      .map(withoutContestResults)
      .map(withoutMalformedReadings)
      .map(withoutRedundantBareTitle)
      .map(withoutCampaignTalks),
    draft.collectives.filter((c) => !NOT_A_COLLECTIVE.test(c.name)).map(withoutCampaignTalks),
    campaigns.size > 0 ? draft.events.filter((e) => !campaigns.has(e.key)) : draft.events,
  );
  return {
    id: articleId(article.title, article.text),
    file: article.file,
    index: article.index,
    title: article.title,
    ...(article.untitled ? { untitled: true as const } : {}),
    subtitles: article.subtitles,
    text: article.text,
    date: article.date,
    source: article.source,
    credits: article.credits,
    events,
    persons: persons
      // Persons are the honourees (fixtures/README.md): speakers without an honour, officials
      // ("市总工会副主席X出席并讲话") and workers presented by unit and job are left out; the
      // test variant keeps them to check how units, posts and talks are read.
      .filter((p) => p.honours.length > 0 || (officials && (p.spokeAt.length > 0 || people.introduced(p))))
      .map(({ at: _at, mentions: _m, key: _k, ...p }) =>
        // An honouree's union or party post is a side role; a speaking official keeps it.
        officials || p.honours.length === 0 ? p : { ...p, employers: p.employers.filter((e) => !isPost(e)) },
      ),
    collectives: collectives.map(({ at: _at, key: _k, ...c }) => c),
    warnings: [...draft.warnings],
  };
}
