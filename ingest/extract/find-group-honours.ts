/**
 * Honours stated once for a group or a list of people, not next to each name: "A等10人获评“X”",
 * "A、B、C四位“最美X”", "7位全国劳模，包括A、B", "全国劳模代表A、B和全国先进工作者代表C",
 * "他们中有…的某厂技工A、…" after a sentence that named the group's honour, "“X”获得者——A",
 * and award rolls printed one name a line under their honour. Runs after PersonFinder on each
 * sentence; gives the group's honour to each named member (found by the finder or here).
 * Rule ids: rules/group.ts.
 */
import { commonSurnameWords } from "../lexicon/common-words.ts";
import { COLLECTIVE_CATEGORIES, HONOUR_HEAD_LIST, MUNICIPALITIES, PROVINCES } from "../lexicon/honours.ts";
import { minorityNameAt } from "../lexicon/minority-names.ts";
import { STOP_NAMES } from "../lexicon/stop-names.ts";
import { surnameAt } from "../lexicon/surnames.ts";
import { JOB_TITLE_BY_LAST, ORG_SUFFIX_BY_LAST, suffixAt } from "../lexicon/units.ts";
import { LiteralSet } from "../text/literal-set.ts";
import { matchesOf } from "../text/matches-of.ts";
import type { EmployerMention, HonourMention } from "../types.ts";
import { countOf } from "./count-of.ts";
import { nameAt } from "./find-name.ts";
import {
  blankPerson,
  type FoundPerson,
  honourParser,
  mention,
  type PersonFinder,
  PLAIN_MODEL_HONOUR,
  retagged,
  unitOfPlainModel,
} from "./find-persons.ts";
import { windowBounds } from "./jieba-bounds.ts";
import type { HonourContext, ParsedHonour } from "./parse-honour.ts";
import { isOrgName, orgTypeOf, parseUnit } from "./parse-unit.ts";
import { sentenceIndexAt, spanAt, splitTop, type TextContext } from "./text-context.ts";

/** A name of three characters printed a space apart ("宋 晓 辉"), then a space. */
const SPACED_NAME = /^\p{Script=Han}[ \u3000]\p{Script=Han}[ \u3000]\p{Script=Han}[ \u3000]/u;
const NUM = "(?:\\d+|[一二三四五六七八九十两百千]+)";
/**
 * "等10人", "等166名个人", "等200名优秀个人", then maybe an award verb, or 为 after a lead
 * verb that names ("认定A等200人为H"): the honour follows.
 */
export const ETC_COUNT = new RegExp(
  `等(?:(${NUM})(?:名|位|人)|人)(?:同志|个人|先进个人|优秀个人|职工|劳动者)?(?:荣获|获得了?|获评|获|被[^，。；“”]{0,12}?(?:授予|评为)|当选为?|(?<=(?:认定|评选|命名|授予|表彰)[^，。；]{2,40})为)?(?=[“（\\p{Script=Han}])`,
  "gu",
);
/** "…A、B四位“最美X”": a count right after the last name, then the group's honour. */
export const COUNT_AFTER = new RegExp(
  `(${NUM})(?:位|名)(?=“|[^，。；、“”\\d]{2,16}?(?:[，。；]|$|代表|先进))`,
  "g",
);
/** "7位来自…的全国劳动模范和大国工匠访澳，包括A、B": a counted group, then its members. */
export const COUNT_HEAD = new RegExp(`(${NUM})(?:位|名)`, "g");
/** An honour received, then the count of its holders: "荣获某市“三八红旗手”称号的7位…" (1 honour, 2 count). */
const HONOURED_COUNT = new RegExp(
  `(?:荣获|获评|获得|被授予|被评为|当选)([^，。；]{2,30}?)(?:荣誉称号|称号|荣誉)?的(${NUM})(?:位|名)`,
);
/** A group counted by a head word: "这10位年度人物…" (1: the count, 2: what follows it). */
const COUNTED_HEAD = new RegExp(`这?(${NUM})(?:位|名)([\\p{Script=Han}]{2,8})`, "u");
/** What opens the list of a counted group in the next sentence: "包括…", "他们分别是…". */
const LIST_OPENER = /^(?:其中)?(?:包括|分别是|分别为|(?:他们|她们)(?:分别)?是)[：:]?/;
/** What opens the members after a counted group: "，包括", "，分别为", "，有", "：". */
const HEAD_MARKER =
  /^[^，。；：“”]{0,8}?(?:[，：]?(?:他们|她们)?(?:分别为|分别是|分别有|依次为|依次是|包括|其中有|有|是|为)[：:]?|：)/;
/** "三位市劳模，各自讲了…：A…；B…": the group's action, then a colon and its members. */
const COLON_MARKER = /^，[^。；：]{2,60}?：/;
/** "这些“某某楷模”…", "这5位全国劳模…": the group just listed, named by its honour (1 count, 2 honour). */
const THESE_HOLD = new RegExp(
  `^这(?:些|(${NUM})(?:位|名))(“[^“”]{2,20}”|[^，。；、“”的\\d]{4,12}?)(?=[\\p{Script=Han}，])`,
  "u",
);
/** "“X”荣誉称号获得者——A": the honour, then a dash, then the holder. */
export const DASH_HOLDER = /([^，。；：——]{2,30}?)(?:荣誉称号|称号)?获得者\s*(?:——|—|－－|--)\s*/g;
/**
 * The title of a roll: "公布2024年某市劳动模范名单" (1), "授予20名职工“某市劳动模范”称号" (2: the
 * title after the count).
 */
const ROLL_TITLE =
  /(?:公布|发布|揭晓|印发|下发)?(?:了)?([^，。；：“”、]{4,30}?)(?:获得者|获奖者)?名单|授予(?:[^，。；]{0,12}?(?:\d+|[一二三四五六七八九十两百]+)(?:名|位)[^，。；“”\d]{0,8}?|以下(?:同志|人员|个人)?)(“[^“”]{2,24}”|[^，。；“”]{4,24}?)(?:荣誉)?称号/;
/** Words of a list of nominees or candidates, not of holders. */
const NOMINEES = /公示|拟|候选|提名|推荐|建议|初评|入围/;
/** A header that ends in the colon of a roll: "名单如下：", "现将名单公布如下：", "授予以下同志H称号：". */
const ROSTER_MARKER = /(?:名单如下|如下|称号)[：:]\s*$/;
/** "他们中有…", "他们是…", "其中有…": members of the group named by an earlier sentence. */
export const THEY_LIST =
  /^(?:(?:他|她)们(?:中间|之中|当中|中)[，,]?(?:还)?有|(?:他|她)们(?:分别)?(?:是|为)|其中(?:有|包括))[：:]?/;
/** "他们…是第三届“X”的代表", "她们均获得过X": the honour of the names listed just before. */
export const THEY_HOLD =
  /^(?:他|她)们[^。；]{0,40}?(?:均|都|也|同)?(?:是|为|系|荣获|获得过?|被评为)((?:第[一二三四五六七八九十\d]+届|\d{4}年度?)?“[^“”]{2,20}”|[^，。；、“”的]{4,16}?)的?(?:代表|获得者)?(?=[，。；！]|$)/;
/** "获评全国劳模与全国先进工作者的A，B等": an award verb, the honour, 的, then the names. */
const RELATIVE_AWARD =
  /(?:获评|荣获|获得了?|被授予|被评为|获(?![得评奖批悉])(?=[^，。；、的]{2,24}?荣誉的有))([^，。；、的]{2,24}?)(?:荣誉)?(?:称号)?的(?=[\p{Script=Han}])/gu;
/**
 * A list marker right after RELATIVE_AWARD's 的: "…的有A、B", "…的是A", "…的包括A" (with a colon the
 * list is GROUP_MARKER's).
 */
const RELATIVE_MARKER = /^(?:有|是|为|包括)(?=[\p{Script=Han}])/u;
/** The award verb after the last name of a list of clauses. */
const LIST_VERB = /(?:同志)?(?:均|都)?(?:荣获|获得|获评|获授予|获颁授|被授予|被评为)/;
/** "三位“最美铁路人”从不同侧面讲述了…": a counted group of quoted title opening a clause. */
const COUNT_SUBJECT = new RegExp(`(?:^|[，：])(${NUM})(?:位|名)(“[^“”]{2,20}”)(?=[\\p{Script=Han}])`, "u");
/** A sentence that opens a group of its own (a count, a list marker or an award verb). */
const NEXT_GROUP = /(?:\d+|[一二三四五六七八九十两])(?:名|位|人)|分别|获得|荣获|授予|评为/;
/** A group award: "11位成员…被…授予“X”称号", "韩某等269名个人获省五一劳动奖章". */
const GROUP_AWARD = new RegExp(
  `${NUM}(?:位|名|人)[^。；]{0,40}?(?:被[^，。；“”]{0,20}?(?:授予|评为)|荣获|获得|获评|获(?!得者|奖)|当选为?)`,
);
/** The last character of a count and the word after it: a cheap test before GROUP_AWARD and GROUP_PRIZE. */
const COUNT_BEFORE_UNIT = /[\d一二三四五六七八九十两百千][位名人]/;
/** A prize given to a counted group: "向全国100名“感动某地的矿工”颁奖" (1: the quoted title). */
const GROUP_PRIZE = new RegExp(`向[^，。；]{0,6}?${NUM}(?:名|位)(“[^“”]{2,20}”)颁(?:奖|发)`);
/** Verbs before the first name of a list closed by 等 ("授予A等", "揭晓了A等"). */
/** What stands between a title and the names it heads: 代表, a touring group's 报告团成员. */
const MEMBERS_MARKERS = new LiteralSet(
  ["代表"].concat(
    ...["先进事迹", "事迹", ""].map((lead) => ["报告团成员", "宣讲团成员"].map((w) => lead + w)),
  ),
);

/** "揭晓了H的评选结果，其中": the title whose results a list follows. */
const RESULT_LIST =
  /(?:揭晓|公布|发布)了?([^，。；]{2,24}?)的?(?:评选结果|获奖名单|名单|结果)[，,：:]\s*其中[，,]?/;
/** The count that closes a result list ("共计9位技术精英榜上有名"). */
const RESULT_COUNT = new RegExp(`^共计?(${NUM})(?:位|名|人)`);
/** A name, then the count that closes its run ("柏某等2名", "柏某3位"). */
const NAME_THEN_COUNT = /^[\p{Script=Han}]{2,3}等?[\d一二三四五六七八九十两]+[名位人]/u;

/** Where a counted list's title ends: 和 before another counted list, or the sentence's verb. */
const NEXT_COUNTED_OR_VERB =
  /(?:和|及|以及)(?=[^，。；]*等[\d一二三四五六七八九十两百]+(?:名|位|人))|(?:受到?|获得?)(?:表彰|表扬)$/;
const LIST_LEAD = /^.*?(?:授予|认定|揭晓了?|表彰了?|评选出|评出|选出|推选出|命名了?|其中[，,]?|包括)/;
/** Words around a list item that are no part of the name. */
const ITEM_HEAD =
  /^(?:以及|及|和|与|还有|并且|另有|其中有?|包括|分别是|分别为|分别有|依次是|依次为|有|是|为)?[：:]?\s*/;
const ITEM_TAIL =
  /(?:（[^（）]*）|\([^()]*\))?(?:同志|先生|女士|夫妇|夫妻|师傅)?(?:(?<![高中初同平对均一二三特])等(?![职级学院奖离])[^“”]*)?$/;
/** A unit that employs the member printed before the name (not "大学生", a description). */
const WORKPLACE =
  /(?:公司|集团|厂|车间|局|院|中心|站|所|队|部|处|学校|学院|大学|中学|小学|幼儿园|医院|工会|协会|政府|街道|社区|村|矿|段|社|店|馆|班|剧团|歌舞团|艺术团|杂技团)$/;
/** The last character of a job word before a name inside a clause. */
const JOB_END = /[工员师长]/;
/** Characters that may close an anchor before a name: a job or occupation word, 的, a quote. */
const OCCUPATION_END = /[工员师长手匠家生者]/;

/**
 * What closes the last name of a run of bare names: a count that says how many the run holds
 * ("共13名同志", "等5位"), then maybe what the group is or receives ("为…", "荣获…"). Indices:
 * 1 共/等, 2 the count.
 */
const RUN_TAIL = new RegExp(
  `^(共|等|计)?(${NUM})(?:名|位|人)(?:同志|职工|员工|个人|劳动者|劳模)?(?:均|都)?(?:荣获|获得了?|获评|被[^，。；“”]{0,12}?(?:授予|评为)|当选为?|入选为?|成为|为|是|获)?`,
);
/** What may open a run of bare names in its first item: a verb of choosing or hearing, or a list marker. */
/** Title and post words that may stand before a name inside a short item ("劳模张某", "主任李某"). */
const TITLE_OR_POST = /劳模|模范|工匠|能手|标兵|代表|主任|书记|经理|同志|师傅|老师|技师|队长|班长|厂长/;
const RUN_LEAD =
  /(?:评选出|选出|评出|推选出|遴选出|涌现出|产生了?|表彰了?|命名了?|聆听了?|听取了?|倾听了?|分别是|分别为|依次是|依次为|包括|其中有|有|是|为)[：:]?$/;
/** A count and a list marker right before a run's first name (index 1 the count). */
const COUNTED_LEAD = new RegExp(`(${NUM})(?:位|名)[^。；]{0,20}?(?:分别是|分别为|依次是|依次为|包括)[：:]?$`);
/** The leading words of a continued run item ("，以及B"). */
const RUN_JOIN = /^\s*(?:以及|及|和|与)/;

/** A form of address after a name: "…公司的林某某先生", "…工会推荐的陈某某女士", "…管理处萧某某小姐". */
const ADDRESSED = /先生|女士|小姐|老师/g;
/** The unit before an addressed name: lead words, the unit, then an age or 的 (index 1 the unit). */
const ADDRESSED_UNIT =
  /^(?:而|另外|此外|还有|以及|及|和|与|服务于|任职于|就职于|就任|目前在|在)*([\p{Script=Han}]{4,30}?)(?:\d{1,3}岁)?的?$/u;
/** A headline that says its people hold a title: an award verb, or the title's holders. */
const HEADLINE_HOLDING = /荣获|获得|获评|获授|喜获|当选|入选|授予|命名|获得者|得主|代表/;
/** Honour head words (longest first), for the honour an article states for its group. */
const HEAD_WORD = new RegExp(HONOUR_HEAD_LIST.join("|"), "g");
/** Around a head word: a count, or a word of public praise ("表扬94位H", "H表扬大会"). */
const GROUP_BEFORE = /(?:表扬|表彰|[\d一二三四五六七八九十百]+(?:名|位))[^，。；、“”\s]{0,8}$/;
const GROUP_AFTER = /^[”」』]?(?:表扬|表彰)/;
/** A place scoping a title, maybe with the year (dropped): indices 1 the place. */
const SCOPE_BEFORE = /^(全国|[\p{Script=Han}]{1,6}?(?:省|市|县|区|州|盟|旗))(?:\d{2,4}年度?)?$/u;

/** Bullets, numbers or an opening 【 before the name of a profile's line. */
const LINE_MARK =
  /^(?:[◆◇●○■□▲△★☆•·▪▶►—-]+\s*|\d{1,2}[.、．)）]\s*|[（(]\d{1,2}[)）]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*|【)/;
/** A roll line's region before a colon: "上海：某某 某校教师" (the region is no part of the name). */
const LINE_REGION = new RegExp(`^(?:${[...PROVINCES, ...MUNICIPALITIES].join("|")})[：:]`);
/** A roll's heading that says who won what: "获得2013年全国五一劳动奖章的民进会员有：" (index 1: the title). */
const WON_HEADING =
  /^(?:获得|荣获|获评)((?:\d{4}年度?)?[^，。；：的]{2,24}?)的[^，。；：]{0,10}(?:有|是|为|名单)[：:]?$/;
const LINE_MARK_FIRST = /[◆◇●○■□▲△★☆•·▪▶►—\-\d（(一二三四五六七八九十【]/;
/** Words after a title that announce its roll: "某某工匠名单", "…获得者名单如下", "…分别是：". */
const ROLL_WORDS =
  /(?:获奖者|获得者)?(?:名单(?:如下)?|分别[是为]|如下)[：:]?$|（[\d一二三四五六七八九十]+(?:名|人|位)）$/;
/** A note of sex or nationality printed right after a roll member's name: "（女）", "(回族)". */
const MEMBER_NOTE = /^[（(](?:女|男|[\p{Script=Han}]{1,3}族)[）)]/u;
/** How a roll's line sets its name apart from the card: the shape later lines of the roll repeat. */
type LineShape = "alone" | "comma" | "space" | "bracket";
/** A roll's line as read: its member, the card after the name, and the line's shape. */
interface RollLine {
  m: Member;
  card: [number, number] | null;
  shape: LineShape;
}
/** What separates a profile line's name from a card on the same line. */
const NAME_SEP = /^(?:】\s*|\s{2,}|（)/;
/** What ends an item of a name run: a separator or the field's bracket. */
const RUN_ITEM_END: ReadonlySet<string> = new Set([..."、，；：。（"]);
/** The lines of `s` from `from` on that hold more than spaces, each without them: [start, end). */
function* trimmedLines(s: string, from: number): Generator<[number, number]> {
  for (let at = from; at < s.length; ) {
    let end = s.indexOf("\n", at);
    if (end < 0) end = s.length;
    let a = at;
    let b = end;
    while (a < b && /\s/.test(s[a]!)) a++;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    at = end + 1;
    if (b > a) yield [a, b];
  }
}

/** Splits [from, to) on `seps` outside round brackets only (quotes are not tracked). */
function splitOutsideBrackets(s: string, from: number, to: number, seps: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s[i]!;
    if (c === "（") depth++;
    else if (c === "）") depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.includes(c)) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

/** parseHonour through the article's cache (shared results: mention() and spreads copy them). */
function parseHonour(printed: string, ctx: HonourContext): ParsedHonour | null {
  return honourParser(ctx)(printed);
}

/** Parses the honours of a group: one title, or titles joined by 、和与及 (scope shared). */
function groupHonours(
  ctx: TextContext,
  a0: number,
  b0: number,
  rule: string,
  quotedOnly = false,
): HonourMention[] {
  const s = ctx.s;
  let a = a0;
  let b = b0;
  while (a < b && /[\s：:]/.test(s[a]!)) a++;
  const tail = /(?:荣誉称号|称号|获得者|的?代表|们|表彰)$/.exec(s.slice(a, b));
  if (tail) b -= tail[0].length;
  // "赴京接受表彰的全国劳动模范": a relative clause before the title is no part of it.
  const de = s.lastIndexOf("的", b - 1);
  if (de >= a && !s.slice(de, b).includes("”")) a = de + 1;
  if (b - a < 2) return [];
  const quoted = s.slice(a, b).includes("“");
  if (quotedOnly && !quoted) return [];
  const out: HonourMention[] = [];
  let scope = "";
  let joined = false;
  for (const [x, y] of splitTop(s, a, b, "、和与及")) {
    // "全国劳动模范与全国先进工作者": titles joined by 和/与/及 describe a mixed group; each
    // member holds one of them, and the first is read (a 、-run is held by every member).
    if (joined) continue;
    joined = /[和与及]/.test(s[y] ?? "");
    const printed = s.slice(x, y);
    let p = parseHonour(printed, ctx.honour);
    if (!p && scope) p = parseHonour(`${scope}${printed.replace(/[“”]/g, "")}`, ctx.honour);
    if (!p || COLLECTIVE_CATEGORIES.has(p.category)) return [];
    if (p.scope) scope = p.scope;
    // An unquoted title needs a scope, a level or 最美 to name a group on its own (not 劳模).
    // (A title the article prints in quotes elsewhere is one here too: "“灵山工匠”…" then "灵山工匠名单".)
    if (
      !printed.includes("“") &&
      !p.scope &&
      p.level === null &&
      !p.name.startsWith("最美") &&
      !s.includes(`“${printed}”`)
    )
      return [];
    out.push(mention(p, ctx.text.slice(x, y), spanAt(ctx, x, y, rule)));
  }
  return out;
}

/** A name a list holds that no person has yet: [at, end), the unit printed from unitFrom. */
interface PendingMember {
  at: number;
  end: number;
  unitFrom: number | null;
}

/** A list's member: a person the finder (or this reader) met, or a name not added yet. */
type Member = FoundPerson | PendingMember;

/** Reads group honours sentence by sentence; `finish` reads award rolls printed by line. */
export class GroupHonourReader {
  /** The last personal honour stated for a counted group, and its sentence. */
  private stated: { honours: HonourMention[]; sentence: number; paragraph: number } | null = null;
  /** Persons named in the sentence before (for "他们…是“X”的代表"). */
  private previous: FoundPerson[] = [];

  constructor(
    private readonly people: PersonFinder,
    private readonly ctx: TextContext,
  ) {}

  /** Where the body starts: the first sentence read (the headline is before it). */
  private bodyStart = -1;

  readSentence(from: number, to: number): void {
    const s = this.ctx.s;
    const t = s.slice(from, to);
    if (this.bodyStart < 0) this.bodyStart = from;
    const index = sentenceIndexAt(this.ctx, from);
    const paragraph = this.ctx.sentences[index]?.paragraph ?? 0;
    if (this.stated && (index - this.stated.sentence > 8 || paragraph - this.stated.paragraph > 1))
      this.stated = null;
    if (t.includes("等")) {
      this.readEtcCount(from, to);
      this.readEtcClauses(from, to);
    }
    if (/[位名]/.test(t)) {
      this.readCountAfter(from, to);
      this.readCountHead(from, to);
    }
    if (t.includes("代表") || t.includes("团成员")) this.readRepresentatives(from, to);
    // (Every DASH_HOLDER match holds a dash after 获得者.)
    if (t.includes("获得者") && (t.includes("—") || t.includes("－－") || t.includes("--")))
      this.readDashHolders(from, to);
    if (/[和及]/.test(t)) this.readSharedPrefix(from, to);
    if (t.includes("的")) this.readRelativeList(from, to);
    if (t.includes("其中") || t.startsWith("其")) {
      this.readListVerb(from, to);
      if (t.includes("结果") || t.includes("名单")) this.readResultList(from, to);
    }
    if (t.includes("、")) this.readNameRun(from, to);
    if (t.includes("，")) this.readClausesBeforeVerb(from, to);
    // "名单如下：⏎NAME（UNIT）⏎…": the lines after the roll's header.
    if (ROSTER_MARKER.test(t)) {
      if (!this.stated) this.noteStated(from, to, index);
      if (this.stated) this.readLinesAfter(this.stated.honours, to, "group.roster-lines");
    }
    const they = THEY_LIST.exec(t);
    if (they && this.stated) {
      if (/^\s*$/.test(s.slice(from + they[0].length, to)) && /[：:]\s*$/.test(t))
        this.readLinesAfter(this.stated.honours, to, "group.they-lines");
      else this.giveList(this.stated.honours, from + they[0].length, to, "group.they", 0);
    } else if (they) this.readTheyCounted(from + they[0].length, to);
    const hold = /^(?:他|她)们/.test(t) ? THEY_HOLD.exec(t) : null;
    if (hold && this.previous.length >= 2) {
      const start = from + hold[0].indexOf(hold[1]!, 2);
      const hs = groupHonours(this.ctx, start, start + hold[1]!.length, "group.they-hold");
      for (const p of this.previous) this.people.addHonours(p, hs, "group.they-hold");
    }
    // "A…；B…；C…。这些“某某楷模”…": the people of the ；-chain just read hold the title.
    const these = t.startsWith("这") && this.chainStart >= 0 ? THESE_HOLD.exec(t) : null;
    if (these) this.readThese(these, from);
    this.readCountSubject(from, to, index, paragraph);
    this.readHonouredCount(from, to, index);
    this.noteStated(from, to, index);
    this.previous = [...this.people.persons.values()].filter((p) =>
      p.mentions.some((m) => m >= from && m < to),
    );
    // A chain of sentences joined by ； in one paragraph: where it started (-1: none open).
    const chained = /；\s*$/.test(t);
    if (!chained)
      this.chainStart = this.chainOpen && this.chainParagraph === paragraph ? this.chainStart : -1;
    else if (!(this.chainOpen && this.chainParagraph === paragraph)) this.chainStart = from;
    this.chainOpen = chained;
    this.chainParagraph = paragraph;
    this.before = [from, to];
  }

  /**
   * "某厂班长A，某院研究员B，…，某公司作业长J荣获某省劳动模范称号": clauses that are each one
   * UNIT JOB NAME, then the last one's award verb: every name of the run holds what the last got.
   */
  private readClausesBeforeVerb(from: number, to: number): void {
    const s = this.ctx.s;
    const clauses = splitTop(s, from, to, "，");
    for (let k = clauses.length - 1; k >= 2; k--) {
      const [ca, cb] = clauses[k]!;
      const verb = LIST_VERB.exec(s.slice(ca, cb));
      if (!verb) continue;
      const at = ca + verb.index;
      const last = this.member(ca, at, true, true);
      if (!last || !("name" in last)) return;
      const hs = last.honours.filter((h) => h.evidence.offset === last.honours.at(-1)?.evidence.offset);
      if (hs.length === 0) return;
      const run: Member[] = [];
      for (let j = k - 1; j >= 0; j--) {
        const [a, b] = clauses[j]!;
        // Only clauses that are a unit, a post and a name, nothing else.
        if (b - a > 60 || /[“”：；]|表彰|授予|荣获|获得/.test(s.slice(a, b))) break;
        const m = this.member(a, b, j === 0);
        if (!m) break;
        run.push(m);
      }
      if (run.length < 2) return;
      const rule = "group.clauses-before-verb";
      const given = hs.map((h) => ({ ...h, evidence: { ...h.evidence, rule } }));
      for (const m of run) this.give(m, given, rule);
      return;
    }
  }

  /**
   * "…安徽工匠2021年度人物发布仪式…。这10位年度人物来自…。他们是UNIT JOB A，UNIT JOB B，…":
   * the sentence before counts the group by a title's head word, the article names the whole
   * title earlier (the headline, the lead): exactly that many names after 他们是 hold it.
   */
  private readTheyCounted(listFrom: number, to: number): void {
    const s = this.ctx.s;
    const [pa, pb] = this.before;
    const m = COUNTED_HEAD.exec(s.slice(pa, pb));
    if (!m) return;
    const head = HONOUR_HEAD_LIST.find((h) => m[2]!.startsWith(h));
    if (!head) return;
    const hs = this.titleEndingWith(head, pa);
    if (hs.length === 0) return;
    this.giveCounted(hs, listFrom, to, countOf(m[1]!), "group.they-counted");
  }

  /** The first scoped personal title before `end` that ends with the head word `head`. */
  private titleEndingWith(head: string, end: number): HonourMention[] {
    const s = this.ctx.s;
    for (let i = s.indexOf(head); i >= 0 && i < end; i = s.indexOf(head, i + head.length)) {
      const e = i + head.length;
      for (let a = Math.max(0, e - 16); a < i; a++) {
        if (!/[\p{Script=Han}\d]/u.test(s[a]!)) continue;
        const p = parseHonour(s.slice(a, e), this.ctx.honour);
        if (p && (p.scope || p.level) && !COLLECTIVE_CATEGORIES.has(p.category))
          return [mention(p, this.ctx.text.slice(a, e), spanAt(this.ctx, a, e, "group.they-counted"))];
      }
    }
    return [];
  }

  /** The sentence read last. */
  private before: [number, number] = [0, 0];

  /** Start of the sentences joined by ； just read (a list over sentences), -1 when none. */
  private chainStart = -1;
  private chainOpen = false;
  private chainParagraph = -1;

  /** "A…；B…；C…。这些“某某楷模”…": each item of the ；-chain before that names someone holds it. */
  private readThese(m: RegExpExecArray, from: number): void {
    const start = from + m[0].length - m[2]!.length;
    const hs = groupHonours(this.ctx, start, start + m[2]!.length, "group.these");
    if (hs.length === 0) return;
    const s = this.ctx.s;
    let end = from;
    while (end > this.chainStart && /[\s。！？]/.test(s[end - 1]!)) end--;
    const found: Member[] = [];
    for (const [a, b] of splitTop(s, this.chainStart, end, "；"))
      found.push(...this.members(a, b, false, true));
    if (found.length < 2 || (m[1] && countOf(m[1]) !== found.length)) return;
    for (const p of found) this.give(p, hs, "group.these");
  }

  /** A counted group as a sentence's subject, waiting for the paragraph that introduces it. */
  private subject: {
    n: number;
    honours: HonourMention[];
    sentence: number;
    known: Set<string>;
    paragraph: number | null;
    found: FoundPerson[];
  } | null = null;

  /**
   * "三位“最美铁路人”讲述了…" and, in a later paragraph, "…司机A讲述了…。…列车长B讲述了…": the
   * first paragraph after the group's sentence that introduces new people gives them the
   * group's honour when it introduces exactly as many as the count.
   */
  private readCountSubject(from: number, to: number, index: number, paragraph: number): void {
    const g = this.subject;
    if (g && index > g.sentence) {
      if (g.paragraph !== null && paragraph !== g.paragraph) this.closeSubject();
      else if (index - g.sentence > 12) this.subject = null;
      else {
        const fresh = [...this.people.persons.values()].filter(
          (p) => !g.known.has(p.name) && p.at >= from && p.at < to && p.employers.length > 0,
        );
        if (fresh.length > 0) {
          g.paragraph ??= paragraph;
          g.found.push(...fresh.filter((p) => !g.found.includes(p)));
        }
      }
    }
    const m = COUNT_SUBJECT.exec(this.ctx.s.slice(from, to));
    if (!m) return;
    const start = from + m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const hs = groupHonours(this.ctx, start, start + m[2]!.length, "group.count-subject", true);
    if (hs.length === 0) return;
    this.subject = {
      n: countOf(m[1]!),
      honours: hs,
      sentence: index,
      known: new Set(this.people.persons.keys()),
      paragraph: null,
      found: [],
    };
  }

  /** Gives a counted subject's honour to the people its paragraph introduced (exactly n). */
  private closeSubject(): void {
    const g = this.subject;
    this.subject = null;
    if (!g || g.found.length !== g.n) return;
    for (const p of g.found) this.people.addHonours(p, g.honours, "group.count-subject");
  }

  /** "11位成员…被授予“X”称号": the honour of the group the next sentences may list. */
  private noteStated(from: number, to: number, index: number): void {
    const s = this.ctx.s;
    const t = s.slice(from, to);
    // "公布2024年某市劳动模范名单", "授予20名职工“某市劳动模范”称号": the title of a roll that
    // the next lines may list (not a nominee's list: 公示, 拟, 候选, 提名, 推荐).
    const roll = t.includes("名单") || t.includes("授予") ? ROLL_TITLE.exec(t) : null;
    if (roll && !NOMINEES.test(t)) {
      // (The title starts after the verb that announced it: "某会日前公布2024年某市劳动模范名单".)
      const title = (roll[1] ?? roll[2]!).replace(/^.*(?:公布|发布|揭晓|印发|下发)了?/, "");
      const start = from + roll.index + roll[0].lastIndexOf(title);
      const hs = groupHonours(this.ctx, start, start + title.length, "group.roster-lines");
      const paragraph = this.ctx.sentences[index]?.paragraph ?? 0;
      if (hs.length > 0) {
        this.stated = { honours: hs, sentence: index, paragraph };
        return;
      }
    }
    // (Both patterns below need a count right before 名/位/人.)
    if (!COUNT_BEFORE_UNIT.test(t)) return;
    // "向全国100名“感动某地的矿工”颁奖": the quoted title the count received.
    const prize = GROUP_PRIZE.exec(t);
    if (prize) {
      const start = from + prize.index + prize[0].indexOf(prize[1]!);
      const hs = groupHonours(this.ctx, start, start + prize[1]!.length, "group.they");
      const paragraph = this.ctx.sentences[index]?.paragraph ?? 0;
      if (hs.length > 0) this.stated = { honours: hs, sentence: index, paragraph };
      return;
    }
    const m = GROUP_AWARD.exec(t);
    if (!m) return;
    const start = from + m.index + m[0].length;
    let end = start;
    while (end < to && !/[，。；（]/.test(s[end]!)) end++;
    const hs = groupHonours(this.ctx, start, end, "group.they");
    const paragraph = this.ctx.sentences[index]?.paragraph ?? 0;
    if (hs.length > 0) this.stated = { honours: hs, sentence: index, paragraph };
  }

  /** "授予A等10人X称号", "A等166名个人“X”", "A等200名优秀个人（X）". */
  private readEtcCount(from: number, to: number): void {
    const s = this.ctx.s;
    const t = s.slice(from, to);
    // "A、B等22名劳动模范和C、D等8名先进工作者": a second list starts after the first one's title.
    let prevEnd = from;
    for (const m of matchesOf(ETC_COUNT, t)) {
      const at = from + m.index;
      const hStart = at + m[0].length;
      const [ha, hb] = this.honourRange(hStart, to);
      if (hb <= ha) continue;
      // The list: from the clause start (after a lead verb, or the title and 和 before it) to 等.
      let start = at;
      while (start > from && !/[，。；：]/.test(s[start - 1]!)) start--;
      const joined = /^(?:和|及|以及|与)/.exec(s.slice(prevEnd, at));
      if (prevEnd > start && joined) start = prevEnd + joined[0].length;
      // (A list whose title is none held still ends where the next one starts.)
      prevEnd = hb;
      const hs = groupHonours(this.ctx, ha, hb, "group.etc-count");
      if (hs.length === 0) continue;
      const lead = LIST_LEAD.exec(s.slice(start, at));
      if (lead) start += lead[0].length;
      const n = m[1] ? countOf(m[1]) : 0;
      const items = splitTop(s, start, at, "、");
      if (n > 0 && items.length > n) continue;
      for (const [a, b] of items) {
        for (const p of this.members(a, b)) this.give(p, hs, "group.etc-count");
      }
    }
  }

  /**
   * "某公司研发工程师A，某学院办公室主任B等全国劳模和先进工作者代表作了发言": the list before 等
   * runs over clauses split by ，, each one unit, post and name: the names of those clauses hold
   * the honour the name before 等 got from it.
   */
  private readEtcClauses(from: number, to: number): void {
    const s = this.ctx.s;
    const clauses = splitTop(s, from, to, "，；");
    for (let k = 1; k < clauses.length; k++) {
      const [ca, cb] = clauses[k]!;
      let hs: HonourMention[] = [];
      for (const p of this.people.persons.values()) {
        const m = p.mentions.find((x) => x >= ca && x < cb && s[x + p.key.length] === "等");
        if (m === undefined) continue;
        hs = p.honours.filter(
          (h) => h.evidence.rule === "honour.count-list" || h.evidence.rule === "group.etc-count",
        );
        if (hs.length > 0) break;
      }
      if (hs.length === 0) continue;
      const found: Member[] = [];
      for (let j = k - 1; j >= 0; j--) {
        const [a, b] = clauses[j]!;
        if (s[b] !== "，") break;
        const p = this.member(a, b);
        // Each clause is one introduced name: a unit or post before it, nothing after.
        if (
          !p ||
          ("name" in p ? !p.mentions.some((x) => x + p.key.length === b) : p.end !== b || p.unitFrom === null)
        )
          break;
        found.push(p);
      }
      for (const p of found)
        this.give(
          p,
          hs.map((h) => ({ ...h, evidence: { ...h.evidence, rule: "group.etc-clauses" } })),
          "group.etc-clauses",
        );
    }
  }

  /** The honour printed after a group word: in brackets, up to 称号, or to the clause end. */
  private honourRange(start: number, to: number): [number, number] {
    const s = this.ctx.s;
    if (s[start] === "（") {
      const close = s.indexOf("）", start);
      return close > start && close < to ? [start + 1, close] : [start, start];
    }
    let i = start;
    let depth = 0;
    for (; i < to; i++) {
      const c = s[i]!;
      if (c === "“") depth++;
      else if (c === "”") depth = Math.max(0, depth - 1);
      else if (depth === 0 && /[，。；（]/.test(c)) break;
    }
    let text = s.slice(start, i);
    const title = /^(.{2,30}?(?:荣誉称号|称号))/.exec(text);
    if (title) return [start, start + title[1]!.length];
    // "…等22名劳动模范和C、D等8名先进工作者受表彰": the title ends before the next counted list
    // or before the verb of the whole sentence.
    const cut = NEXT_COUNTED_OR_VERB.exec(text);
    if (cut) {
      text = text.slice(0, cut.index);
      i = start + text.length;
    }
    return [start, i - start <= 24 ? i : start];
  }

  /** "A、B、C四位“最美X”", "…车间主任A、B两名全国劳模": a counted list closed by its honour. */
  private readCountAfter(from: number, to: number): void {
    const s = this.ctx.s;
    const t = s.slice(from, to);
    for (const m of matchesOf(COUNT_AFTER, t)) {
      const at = from + m.index;
      if (at === from || !/\p{Script=Han}/u.test(s[at - 1]!)) continue;
      const n = countOf(m[1]!);
      if (n < 2 || n > 30) continue;
      const hStart = at + m[0].length;
      let hEnd = hStart;
      let depth = 0;
      for (; hEnd < to; hEnd++) {
        const c = s[hEnd]!;
        if (c === "“") depth++;
        else if (c === "”") {
          depth = Math.max(0, depth - 1);
          if (depth === 0) {
            hEnd++;
            break;
          }
        } else if (depth === 0 && /[，。；、]/.test(c)) break;
      }
      const quoted = s[hStart] === "“";
      const cut = quoted ? hEnd : this.titleEnd(hStart, hEnd);
      const hs = groupHonours(this.ctx, hStart, cut, "group.count-after");
      if (hs.length === 0) continue;
      // Walk back over the items before the count: exactly n of them must end with a name.
      const found = this.membersBefore(from, at, n);
      if (found.length !== n) continue;
      for (const p of found) this.give(p, hs, "group.count-after");
    }
  }

  /** The end of an unquoted title: before 代表/先进/陆续/走进… (the longest honour prefix). */
  private titleEnd(start: number, end: number): number {
    for (let e = Math.min(end, start + 16); e > start + 1; e--) {
      const p = parseHonour(this.ctx.s.slice(start, e), this.ctx.honour);
      if (p) return e;
    }
    return start;
  }

  /** Up to n persons named at the ends of the items right before `end` (、，和及 separated). */
  private membersBefore(from: number, end: number, n: number): Member[] {
    const s = this.ctx.s;
    const items = splitTop(s, from, end, "、，和及");
    const out: Member[] = [];
    for (let i = items.length - 1; i >= 0 && out.length < n; i--) {
      const [a, b] = items[i]!;
      const p = this.member(a, b, i === 0);
      if (!p) break;
      out.unshift(p);
    }
    return out;
  }

  /** "7位来自…的全国劳模和大国工匠，包括A（…）、B（…）", "20名最美职工分别是：…". */
  private readCountHead(from: number, to: number): void {
    const s = this.ctx.s;
    const t = s.slice(from, to);
    for (const m of matchesOf(COUNT_HEAD, t)) {
      const at = from + m.index;
      const n = countOf(m[1]!);
      if (n < 2 || n > 60) continue;
      const hStart = at + m[0].length;
      let hEnd = hStart;
      while (hEnd < to && hEnd - hStart < 40 && !/[，。；：、]/.test(s[hEnd]!)) hEnd++;
      // "…最美青川工匠分别是": the marker is no part of the title.
      const mk = /分别|依次|包括/.exec(s.slice(hStart, hEnd));
      if (mk) hEnd = hStart + mk.index;
      // The title closes the run, or comes before a short verb phrase ("…大国工匠访澳").
      let cut = -1;
      let hs: HonourMention[] = [];
      for (let e = hEnd; e > hStart + 1 && hEnd - e <= 8; e--) {
        hs = groupHonours(this.ctx, hStart, e, "group.count-head");
        if (hs.length > 0) {
          cut = e;
          break;
        }
      }
      // "10位年度人物分别是：…" after "…为2025某省工匠年度人物颁发奖杯": the short title names
      // the honour printed in full earlier in the article.
      if (cut < 0 && mk) {
        hs = this.earlierHonourEndingWith(hStart, hEnd);
        if (hs.length > 0) cut = hEnd;
      }
      if (cut < 0) continue;
      const rest = s.slice(cut, to);
      const marker = HEAD_MARKER.exec(rest);
      // "…三位市劳模，各自讲了…：A…；B…": the colon opens exactly n members.
      const colon = marker ? null : COLON_MARKER.exec(rest);
      const listFrom = marker
        ? cut + marker[0].length
        : colon
          ? cut + colon[0].length
          : s[hEnd] === "、"
            ? hEnd + 1
            : -1;
      if (listFrom < 0) continue;
      // "两名…的全国劳动模范、某院主任医师A和某矿维护员B载誉归来": without a marker word the
      // list must hold exactly the count.
      const exact = !marker || !/分别|依次|包括|有|是|为/.test(marker[0]);
      this.giveList(hs, listFrom, to, "group.count-head", exact ? n : -n);
    }
  }

  /**
   * The honour printed in full before `a` in the article whose name ends with the short title
   * [a, b) ("年度人物" of "2025某省工匠年度人物"): the nearest such mention, read as one scoped
   * honour; none when the short title is under three characters or reads as an honour itself.
   */
  private earlierHonourEndingWith(a: number, b: number): HonourMention[] {
    const s = this.ctx.s;
    const short = s.slice(a, b);
    if (short.length < 3 || !/^[\p{Script=Han}]+$/u.test(short)) return [];
    for (let at = s.lastIndexOf(short, a - 1); at > 0; at = s.lastIndexOf(short, at - 1)) {
      const end = at + short.length;
      // The longest reading that ends at the short title's end and holds more than it.
      for (let from = Math.max(0, at - 16); from < at; from++) {
        if (/[，。；：、“”\s]/.test(s.slice(from, at))) continue;
        const hs = groupHonours(this.ctx, from, end, "group.count-head");
        if (hs.length === 1 && hs[0]!.level !== null && hs[0]!.name.endsWith(short)) return hs;
      }
    }
    return [];
  }

  /**
   * Gives `hs` to the members of the list [from, to): items split on 、，；和及, read until the
   * first item without a name. count > 0: exactly that many; < 0: at most -count; 0: any.
   */
  private giveList(
    hs: HonourMention[],
    from: number,
    to0: number,
    rule: string,
    count: number,
    seps = "、，；",
  ): boolean {
    if (hs.length === 0) return false;
    const s = this.ctx.s;
    const found: Member[] = [];
    const to = this.listEnd(to0);
    // A list whose items are closed by ； holds one member an item ("…的A；…、…的B；…").
    const items = splitTop(s, from, to, to > to0 ? "；" : seps);
    for (let i = 0; i < items.length; i++) {
      const [a, b] = items[i]!;
      const ps = this.members(a, b, found.length === 0, i === items.length - 1 || /[，；]/.test(s[b] ?? ""));
      // "A；…的铿锵玫瑰B；C": an item of a ；-list without a name shape is passed over, and so is
      // one of a list that holds exactly the count of its head ("10位…分别是：" and ten items).
      if (ps.length === 0 && s[b] === "；" && found.length > 0) continue;
      if (ps.length === 0 && found.length > 0 && count < 0 && items.length === -count) continue;
      if (ps.length === 0) break;
      found.push(...ps);
      if (/[，；]/.test(s[b] ?? "") && count > 0 && found.length >= count) break;
    }
    if (found.length === 0) return false;
    if (count > 0 && found.length !== count) return false;
    if (count < 0 && found.length > -count) return false;
    for (const p of found) this.give(p, hs, rule);
    return true;
  }

  /** A counted group named by the honour it received, waiting for its list: see readHonouredCount. */
  private honoured: { honours: HonourMention[]; n: number; sentence: number } | null = null;

  /**
   * "…荣获2016年度某市“三八红旗手”称号的7位标兵…；包括某公司总经理A，某中学副校长、书记B，…":
   * the members of a group counted after the honour it received, listed after 包括/分别是 in the
   * same sentence or the next: exactly that many names, items split by ，(else 、).
   */
  private readHonouredCount(from: number, to: number, index: number): void {
    const s = this.ctx.s;
    const t = s.slice(from, to);
    const pending = this.honoured;
    this.honoured = null;
    if (pending && index === pending.sentence + 1) {
      const lead = LIST_OPENER.exec(t);
      if (lead)
        this.giveCounted(pending.honours, from + lead[0].length, to, pending.n, "group.honoured-count");
    }
    const m = HONOURED_COUNT.exec(t);
    if (!m) return;
    const hStart = from + m.index + m[0].indexOf(m[1]!);
    const hs = groupHonours(this.ctx, hStart, hStart + m[1]!.length, "group.honoured-count");
    const n = countOf(m[2]!);
    if (hs.length === 0 || n < 2 || n > 40) return;
    const after = from + m.index + m[0].length;
    const opener = /[，；](?:其中)?(?:包括|分别是|分别为|他们是|她们是)[：:]?/.exec(s.slice(after, to));
    if (opener) this.giveCounted(hs, after + opener.index + opener[0].length, to, n, "group.honoured-count");
    else this.honoured = { honours: hs, n, sentence: index };
  }

  /** Gives a counted list's members its honours: exactly n items, split by ，first, else by 、. */
  private giveCounted(hs: HonourMention[], from: number, to: number, n: number, rule: string): void {
    const s = this.ctx.s;
    // The items are as many as the count; in a list split by ， (whole items), a name among them
    // the reader cannot take (a rare character) does not undo the others.
    for (const seps of ["，；", "、，；"]) {
      const items = splitTop(s, from, this.listEnd(to), seps);
      if (items.length !== n) continue;
      const found = items.flatMap(([a, b], i) => this.members(a, b, i === 0, i === items.length - 1));
      const least = seps === "，；" ? n - 1 : n;
      if (found.length < least || found.length > n) return;
      for (const p of found) this.give(p, hs, rule);
      return;
    }
  }

  /** The end of a list that goes on over sentences closed by ；, in the same paragraph. */
  private listEnd(to: number): number {
    const s = this.ctx.s;
    let end = to;
    let i = sentenceIndexAt(this.ctx, Math.max(0, to - 1));
    const paragraph = this.ctx.sentences[i]?.paragraph;
    while (s[end - 1] === "；") {
      const next = this.ctx.sentences[++i];
      if (!next || next.paragraph !== paragraph || next.end - next.start > 120) break;
      // The next group of its own ("；2名同志获得“Y”，他们分别是…") ends this one.
      if (NEXT_GROUP.test(s.slice(next.start, next.end))) break;
      end = next.end;
    }
    return end;
  }

  /** "获评全国劳模的某公司总裁A，某中心团队长B等优秀代表": the honour of a relative clause. */
  private readRelativeList(from: number, to: number): void {
    const s = this.ctx.s;
    for (const m of matchesOf(RELATIVE_AWARD, s.slice(from, to))) {
      const start = from + m.index + m[0].indexOf(m[1]!, 1);
      const hs = groupHonours(this.ctx, start, start + m[1]!.length, "group.relative");
      if (hs.length === 0) continue;
      let listFrom = from + m.index + m[0].length;
      // "今年获评省劳动模范的有A、B", "荣获H的是A": a list marker after 的 says the members follow.
      const marker = RELATIVE_MARKER.exec(s.slice(listFrom, listFrom + 4));
      if (marker) {
        listFrom += marker[0].length;
        // (The list ends with its clause: "…的有A等43人，获H2的有B等13人".)
        let end = listFrom;
        while (end < to && !/[，；。]/.test(s[end]!)) end++;
        this.giveList(hs, listFrom, end, "group.relative", 0, "、");
        continue;
      }
      // Only a list: the names run on past the first item ("A，B等", "A、B").
      // (Posts of one person are joined by 、: "…创始人、总裁A，…团队长B等".)
      const items = splitTop(s, listFrom, to, "，");
      if (items.length < 2) continue;
      const first = this.member(items[0]![0], items[0]![1]);
      const second = first ? this.member(items[1]![0], items[1]![1], false, true) : null;
      if (!first || !second) continue;
      this.giveList(hs, listFrom, to, "group.relative", 0, "，；");
    }
  }

  /** "其中，某公司研究员A，某公司总工程师B，某公司段长C荣获“H”称号": clauses of names before the verb. */
  private readListVerb(from: number, to: number): void {
    const s = this.ctx.s;
    const clauses = splitTop(s, from, to, "，");
    if (clauses.length < 3) return;
    for (let ci = 1; ci < clauses.length; ci++) {
      const [ca, cb] = clauses[ci]!;
      const verb = LIST_VERB.exec(s.slice(ca, cb));
      if (!verb) continue;
      const at = ca + verb.index;
      const hStart = at + verb[0].length;
      const [ha, hb] = this.honourRange(hStart, cb);
      const hs = hb > ha ? groupHonours(this.ctx, ha, hb, "group.list-verb", true) : [];
      const last = hs.length > 0 ? this.member(ca, at) : null;
      if (!last) return;
      const found: Member[] = [last];
      let k = ci - 1;
      for (; k >= 0; k--) {
        const [a, b] = clauses[k]!;
        const p = this.member(a, b);
        if (!p) break;
        found.unshift(p);
      }
      // The whole sentence is the list (after a lead such as 其中).
      const lead = k < 0 ? "" : s.slice(clauses[k]![0], clauses[k]![1]);
      if (found.length < 3 || (k >= 0 && !/^(?:其中|另外|此外|同时)$/.test(lead))) return;
      for (const p of found) this.give(p, hs, "group.list-verb");
      return;
    }
  }

  /**
   * "揭晓了远江首席技师的评选结果，其中远江重工的A、B，以及青松重汽的C，还有D，共计4位…榜上有名":
   * the names listed after 其中 hold the title whose results were announced (exactly N when the
   * list is closed by its count).
   */
  private readResultList(from: number, to: number): void {
    const s = this.ctx.s;
    const m = RESULT_LIST.exec(s.slice(from, to));
    if (!m) return;
    const ha = from + m.index + m[0].indexOf(m[1]!);
    const hs = groupHonours(this.ctx, ha, ha + m[1]!.length, "group.result-list");
    if (hs.length === 0) return;
    const found: Member[] = [];
    let n = 0;
    for (const [a, b] of splitTop(s, from + m.index + m[0].length, to, "、，")) {
      const count = RESULT_COUNT.exec(s.slice(a, b));
      if (count) {
        n = countOf(count[1]!);
        break;
      }
      const p = this.member(a, b);
      if (!p) return;
      found.push(p);
    }
    if (found.length < 2 || (n > 0 && found.length !== n)) return;
    for (const p of found) this.give(p, hs, "group.result-list");
  }

  /**
   * "集团公司劳模A、B和C的先进事迹": a run of bare names after one title, its last name joined by
   * 和/及, holds the title the names before it hold (read for A and B by the finder).
   */
  private readSharedPrefix(from: number, to: number): void {
    const s = this.ctx.s;
    let end = to;
    while (end > from && /[。！？；\s]/.test(s[end - 1]!)) end--;
    for (const [ca, cb] of splitTop(s, from, end, "，；：")) {
      const items = splitTop(s, ca, cb, "、");
      if (items.length < 2) continue;
      const [la, lb] = items.at(-1)!;
      const join =
        /^([\p{Script=Han}·]{2,8}?)(?:和|及)([\p{Script=Han}·]{2,8}?)(?:的[^，。；]*|等[^，。；]*)?$/u.exec(
          s.slice(la, lb),
        );
      if (!join) continue;
      const before = this.existingAt(la, la + join[1]!.length);
      if (!before || before.honours.length === 0) continue;
      const title = before.honours[0]!;
      // Every name of the run holds the same title, and every item but the first is a bare name.
      const run = items.slice(1, -1).map(([a, b]) => this.existingAt(a, b));
      if (run.some((p) => !p?.honours.some((h) => h.name === title.name))) continue;
      const first = items[0]!;
      const head = [...this.people.persons.values()].find((p) =>
        p.mentions.some((m) => m > first[0] && m + p.key.length === first[1]),
      );
      if (!head?.honours.some((h) => h.name === title.name)) continue;
      const rightAt = la + join[1]!.length + 1;
      if (!this.wholeName(rightAt, rightAt + join[2]!.length)) continue;
      const rightEnd = rightAt + join[2]!.length;
      const evidence = spanAt(this.ctx, rightAt, rightEnd, "group.shared-prefix");
      this.give(this.person(rightAt, rightEnd, null), [{ ...title, evidence }], "group.shared-prefix");
    }
  }

  /**
   * A run of at least two bare names ("A、B、祁  明、C（field）"), whatever word leads it, closed by
   * a count and what the group is or receives: "…选出A、B、…共N名同志为某县“最美X”",
   * "A、B、C等5位全国劳模…". Every name of the run holds that honour when the count agrees (exactly
   * n after 共 or a bare count, at most n after 等). The run's items may carry a field in brackets
   * and be padded with spaces; the first may follow its lead word in the same item.
   */
  private readNameRun(from: number, to: number): void {
    const s = this.ctx.s;
    let end = to;
    while (end > from && /[。！？；\s]/.test(s[end - 1]!)) end--;
    if (!this.mayHoldNameRun(from, end)) return;
    // (Quotes are not tracked: a run of names holds none, and an unbalanced quote before it,
    // "在“某某“环节，…", must not hide it.)
    const items = splitOutsideBrackets(s, from, end, "、，；：");
    for (let i = 0; i + 1 < items.length; i++) {
      if (s[items[i]![1]] !== "、") continue;
      let first = this.runName(items[i]![0], items[i]![1], true);
      // "全国劳动模范某某、B": an honour, then a name of any shape, when a bare name follows.
      const led = first ? null : this.honourThenName(items[i]![0], items[i]![1], items[i + 1]!);
      if (led) first = led.name;
      // "某公司劳模A、B、C5位劳动模范…": any words before the first name when the run's count is exact.
      const loose = first ? null : this.nameClosing(items[i]![0], items[i]![1]);
      if (loose) first = loose;
      if (!first) continue;
      const names: [number, number][] = [first];
      let j = i + 1;
      let tail: RegExpExecArray | null = null;
      let tailAt = -1;
      for (; j < items.length; j++) {
        const sep = s[items[j - 1]![1]];
        const [a, b] = items[j]!;
        if (sep !== "、" && !(sep === "，" && RUN_JOIN.test(s.slice(a, b)))) break;
        const bare = this.runName(a, b, false);
        if (bare) {
          names.push(bare);
          continue;
        }
        // The last item: a name, then the count of the run.
        const closed = this.runNameWithTail(a, b);
        if (closed) {
          names.push([closed.at, closed.end]);
          tail = closed.tail;
          tailAt = closed.tailAt;
        }
        break;
      }
      const closesClause = j >= items.length || s[items[j - 1]![1]] !== "、";
      i = j;
      if (names.length < 2) continue;
      let hs: HonourMention[] = [];
      if (loose && (!tail || tail[1] === "等")) continue;
      if (tail) {
        const n = countOf(tail[2]!);
        if (tail[1] === "等" ? names.length > n : names.length !== n) continue;
        const hStart = tailAt + tail[0].length;
        const [ha, hb] = this.honourRange(hStart, end);
        hs = hb > ha ? groupHonours(this.ctx, ha, hb, "group.name-run") : [];
        // "…5位劳动模范陆续上台": exactly as many as counted, so the plain title is theirs.
        if (hs.length === 0 && /^(?:劳动模范|劳模)/.test(s.slice(hStart, hStart + 4)))
          hs = [this.plainModel(hStart)];
        // "A、B等2名劳模作了…": the count's noun is the plain title itself.
        else if (hs.length === 0 && tail[0].endsWith("劳模")) hs = [this.plainModel(hStart - 2)];
      } else if (led) {
        // The honour before the first name is every name's, when the run fills its clause.
        if (closesClause) hs = led.honours;
      } else {
        // "共有N位成员，分别是A（field）、…，以及G（…）": a counted group that names no
        // honour of its own, then exactly that many names: the honour the headline states.
        const counted = COUNTED_LEAD.exec(s.slice(from, first[0]));
        if (counted && countOf(counted[1]!) === names.length && closesClause)
          hs = this.firstHonourIn(0, this.bodyStart);
        // (Or the sentence before: "全国劳动模范…是国家级荣誉称号。今次共有7位…，分别是…".)
        if (counted && hs.length === 0 && countOf(counted[1]!) === names.length && closesClause)
          hs = this.firstHonourIn(this.before[0], this.before[1]);
      }
      if (hs.length === 0) continue;
      for (const [a, b] of names)
        this.give(this.existingAt(a, b) ?? this.person(a, b, null), hs, "group.name-run");
    }
  }

  /**
   * Cheap gate of readNameRun: some 、 is followed by a short item that opens with a surname (or
   * a long one: a name without a Han surname), i.e. a bare name after the first.
   */
  private mayHoldNameRun(from: number, end: number): boolean {
    const s = this.ctx.s;
    for (let i = s.indexOf("、", from); i >= 0 && i < end; i = s.indexOf("、", i + 1)) {
      let j = i + 1;
      while (j < end && s.charCodeAt(j) === 32) j++;
      if (s.startsWith("以及", j)) j += 2;
      else if (s[j] === "及" || s[j] === "和") j++;
      let k = j;
      while (k < end && k - j <= 7 && !RUN_ITEM_END.has(s[k]!)) k++;
      if (
        k - j >= 2 &&
        k - j <= 7 &&
        (k === end || RUN_ITEM_END.has(s[k]!)) &&
        (surnameAt(s, j) > 0 || k - j >= 4)
      )
        return true;
      // "A、B等2名劳模作了…": the second name closes the run with its count, the clause goes on.
      if (surnameAt(s, j) > 0 && NAME_THEN_COUNT.test(s.slice(j, j + 10))) return true;
    }
    return false;
  }

  /** The name that closes the item [a, b): its last three or two characters (words before it). */
  private nameClosing(a: number, b0: number): [number, number] | null {
    const s = this.ctx.s;
    let b = b0;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    // "罗布斯达、B、C…7人": four characters and no title or post word are one name (a Tibetan
    // name the syllable lists miss), not words before a two-character name.
    if (b - a === 4 && /^\p{Script=Han}{4}$/u.test(s.slice(a, b)) && !TITLE_OR_POST.test(s.slice(a, b)))
      return [a, b];
    for (const len of [3, 2]) {
      const p = b - len;
      if (p - a >= 2 && surnameAt(s, p) > 0 && this.wholeName(p, b)) return [p, b];
    }
    return null;
  }

  /** The plain title 劳动模范 printed at `at` (劳动模范 or 劳模). */
  private plainModel(at: number): HonourMention {
    const len = this.ctx.s.startsWith("劳动模范", at) ? 4 : 2;
    const p = { name: "劳动模范", scope: "", level: null, category: "劳动模范", year: null };
    return mention(p, this.ctx.text.slice(at, at + len), spanAt(this.ctx, at, at + len, "group.name-run"));
  }

  /**
   * "全国劳动模范某某" as the first item of a run: the scoped honours before a name of two to four
   * characters that need no surname, when the next item is a bare name with one.
   */
  private honourThenName(
    a: number,
    b: number,
    next: [number, number],
  ): { name: [number, number]; honours: HonourMention[] } | null {
    const s = this.ctx.s;
    if (b - a < 6 || !this.runName(next[0], next[1], false) || surnameAt(s, next[0]) === 0) return null;
    for (const len of [2, 3, 4]) {
      const p = b - len;
      const name = s.slice(p, b);
      if (!/^[\p{Script=Han}]+$/u.test(name) || STOP_NAMES.has(name) || /代表|称号|获得者/.test(name))
        continue;
      // "…称号的祁某": 的 closes the words before the name, it opens no name.
      if (/^[的是为和与及]/.test(name)) continue;
      if (surnameAt(s, p) > 0 && !this.wholeName(p, b)) continue;
      const hs = groupHonours(this.ctx, a, s[p - 1] === "的" ? p - 1 : p, "group.name-run");
      if (hs.length > 0 && hs.every((h) => h.level !== null)) return { name: [p, b], honours: hs };
    }
    return null;
  }

  /**
   * The one personal honour a headline says the article's people hold ("…荣获全国五一劳动奖章先进
   * 代表见面会", "公司5名员工获评某市劳动模范"): a scoped title after an award verb, or before 获得者/
   * 代表; none when the headline names two titles or none of the kind.
   */
  headlineHonour(bodyStart: number): HonourMention[] {
    const s = this.ctx.s;
    const title = s.slice(0, bodyStart);
    if (!HEADLINE_HOLDING.test(title)) return [];
    const hs = this.firstHonourIn(0, bodyStart);
    if (hs.length !== 1) return [];
    // A second head word after the first title: a mixed group, nobody can tell who holds which.
    const h = hs[0]!;
    // (A verb or a conjunction read into the title: "某市召开劳动模范…", "全国和某省五一劳动奖章".)
    if (/召开|举行|举办|开展|表彰|慰问|[和与及]/.test(h.name)) return [];
    const after = title.indexOf(h.raw) + h.raw.length;
    HEAD_WORD.lastIndex = 0;
    if (after > 0 && HEAD_WORD.test(title.slice(after))) return [];
    return hs;
  }

  /** The scoped personal honour [from, to) names first ("全国劳动模范和大国工匠代表团…"). */
  private firstHonourIn(from: number, to: number): HonourMention[] {
    const s = this.ctx.s;
    if (to <= from) return [];
    for (const m of matchesOf(HEAD_WORD, s.slice(from, to))) {
      const end = from + m.index + m[0].length;
      for (let k = Math.max(from, from + m.index - 8); k < from + m.index; k++) {
        const p = parseHonour(s.slice(k, end), this.ctx.honour);
        if (p?.level && !COLLECTIVE_CATEGORIES.has(p.category))
          return [mention(p, this.ctx.text.slice(k, end), spanAt(this.ctx, k, end, "group.name-run"))];
      }
    }
    return [];
  }

  /**
   * [start, end) of the bare name that fills the run item [a, b) (connector, spaces and a field in
   * brackets stripped); with `lead`, the item may also open with a lead word ("…评选出A").
   */
  private runName(a0: number, b0: number, lead: boolean): [number, number] | null {
    const s = this.ctx.s;
    let a = a0;
    let b = b0;
    const join = RUN_JOIN.exec(s.slice(a, b));
    if (join) a += join[0].length;
    while (a < b && /\s/.test(s[a]!)) a++;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    // "A（field）": the field in brackets is no part of the name.
    if (s[b - 1] === "）") {
      const open = s.lastIndexOf("（", b - 1);
      if (open > a && b - open <= 12) b = open;
    }
    // Cheap gates: a name of two to four characters (maybe padded) that opens with a surname.
    if (b - a >= 2 && b - a <= 6 && (surnameAt(s, a) > 0 || b - a >= 4)) {
      // "祁  明": a two-character name padded to the width of three.
      const padded = s[a + 1] === " " && surnameAt(s, a) === 1;
      if (padded ? nameAt(s, a, b, windowBounds(s, a, a, b), true) === b - a : this.wholeName(a, b))
        return [a, b];
    }
    if (!lead || b - a < 4) return null;
    for (const len of [3, 2]) {
      const p = b - len;
      if (surnameAt(s, p) > 0 && RUN_LEAD.test(s.slice(a, p)) && this.wholeName(p, b)) return [p, b];
    }
    return null;
  }

  /** The last item of a run: a name, then the run's count ("彭某共13名同志为…", "X等5位"). */
  private runNameWithTail(
    a0: number,
    b: number,
  ): { at: number; end: number; tail: RegExpExecArray; tailAt: number } | null {
    const s = this.ctx.s;
    let a = a0;
    const join = RUN_JOIN.exec(s.slice(a, b));
    if (join) a += join[0].length;
    while (a < b && /\s/.test(s[a]!)) a++;
    if (surnameAt(s, a) === 0) return null;
    for (const len of [2, 3, 4]) {
      const e = a + len;
      if (e >= b) break;
      // "C（field）3位…": the field in brackets stands between the name and the count.
      let t = e;
      if (s[e] === "（") {
        const close = s.indexOf("）", e);
        if (close > e && close - e <= 12 && close < b) t = close + 1;
      }
      const tail = RUN_TAIL.exec(s.slice(t, b));
      if (!tail || !/^[共等计\d一二三四五六七八九十两]/.test(s[t] ?? "")) continue;
      if (this.wholeName(a, e)) return { at: a, end: e, tail, tailAt: t };
    }
    return null;
  }

  /** The finder's person whose whole name fills [a, b). */
  private existingAt(a: number, b: number): FoundPerson | null {
    for (const p of this.people.persons.values())
      if (p.key.length === b - a && p.mentions.includes(a)) return p;
    return null;
  }

  /** "全国劳动模范代表A、B和全国先进工作者代表C": each honour's list runs to the next. */
  private readRepresentatives(from: number, to: number): void {
    // (Also "远江工匠事迹报告团成员A、B、C作了报告": a touring group's members hold its title.)
    const s = this.ctx.s;
    for (const [ca, cb] of splitTop(s, from, to, "，；：")) {
      const heads: { hs: HonourMention[]; start: number; end: number }[] = [];
      /** Head index → the unit printed before its plain title. */
      const units = new Map<number, [number, number]>();
      for (let m = MEMBERS_MARKERS.find(s, ca, cb); m; m = MEMBERS_MARKERS.find(s, m.at + 2, cb)) {
        const { at, word: marker } = m;
        if (!/\p{Script=Han}/u.test(s[at + marker.length] ?? "")) continue;
        // The title before 代表: back to the clause start or a 、, else to a 和/及/与.
        // ("某某为“最美劳动者”代表A颁奖": a quoted title after 为/向/给 starts at its quote.)
        let a = at;
        while (
          a > ca &&
          at - a < 16 &&
          !/[、，：]/.test(s[a - 1]!) &&
          !(s[a] === "“" && /[为向给]/.test(s[a - 1]!))
        )
          a--;
        // "某水泥有限公司劳模代表A、B": the unit employs them; the title is the plain one.
        const unitText = unitOfPlainModel(s.slice(a, at)) ?? "";
        const unitOk = unitText !== "";
        let hs = unitOk
          ? [
              mention(
                PLAIN_MODEL_HONOUR,
                this.ctx.text.slice(a + unitText.length, at),
                spanAt(this.ctx, a + unitText.length, at, "group.representative"),
              ),
            ]
          : groupHonours(this.ctx, a, at, "group.representative");
        if (unitOk && hs.length > 0) units.set(heads.length, [a, a + unitText.length]);
        if (hs.length === 0) {
          a = at;
          while (a > ca && at - a < 16 && !/[、，：和及与]/.test(s[a - 1]!)) a--;
          hs = groupHonours(this.ctx, a, at, "group.representative");
        }
        if (hs.length === 0) continue;
        const start = a > ca && /[和及与、]/.test(s[a - 1]!) ? a - 1 : a;
        heads.push({ hs, start, end: at + marker.length });
      }
      heads.forEach((h, i) => {
        const listTo = heads[i + 1]?.start ?? cb;
        const items = splitTop(s, h.end, listTo, "、和及");
        items.forEach(([a, b], j) => {
          const p = this.member(a, b, false, j === items.length - 1) ?? this.nameAtStart(a, b);
          if (!p) return;
          this.give(p, h.hs, "group.representative");
          const unit = units.get(i);
          const person = "name" in p ? p : this.materialise(p);
          if (unit && person.employers.length === 0) {
            const org = s.slice(unit[0], unit[1]);
            this.people.addEmployer(person, {
              org: this.ctx.text.slice(unit[0], unit[1]),
              orgType: orgTypeOf(org),
              jobTitle: null,
              evidence: spanAt(this.ctx, unit[0], unit[1], "employer.unit"),
            });
          }
        });
      });
    }
  }

  /** "“X”荣誉称号获得者——某公司董事长A", "X获得者——A，…". */
  private readDashHolders(from: number, to: number): void {
    const s = this.ctx.s;
    for (const m of matchesOf(DASH_HOLDER, s.slice(from, to))) {
      const a = from + m.index;
      const hs = groupHonours(this.ctx, a, a + m[1]!.length, "group.dash");
      if (hs.length === 0) continue;
      const start = a + m[0].length;
      let end = start;
      while (end < to && !/[，。；：]/.test(s[end]!)) end++;
      const p = this.member(start, end, true) ?? this.nameAtStart(start, end);
      if (p) this.give(p, hs, "group.dash");
    }
  }

  /**
   * Award rolls: a line that is only a personal honour ("江苏省五一劳动奖章："), then lines that
   * each hold one name or "UNIT JOB NAME", up to the next line of another kind.
   */
  readHeadings(bodyStart: number): void {
    this.closeSubject();
    this.readNameLines(bodyStart);
    this.readBracketedHonourLines(bodyStart);
    this.readAddressed(bodyStart);
    const s = this.ctx.s;
    let heading: HonourMention[] = [];
    let last: FoundPerson | null = null;
    // The shape of the roll's member lines so far: a line of the same shape whose name the name
    // reader doubts is still the roll's ("李要飞（某公司）" after "万某（某公司）" lines).
    let shape: LineShape | null = null;
    for (const [a, b0] of trimmedLines(s, bodyStart)) {
      // (A line's closing mark is no part of a title or a name.)
      let b = b0;
      while (b > a && /[。；，：:]/.test(s[b - 1]!)) b--;
      if (b <= a) continue;
      const member: RollLine | null = heading.length > 0 && b - a <= 60 ? this.lineMember(a, b, shape) : null;
      if (member) {
        last = this.giveLine(member, heading, "group.heading");
        shape = member.shape;
      } else if (b - a <= 80 && this.readCaption(a, b)) {
        heading = [];
        last = null;
        shape = null;
      } else if (last && heading.length > 0 && this.giveCard(last, a, b)) last = null;
      else {
        // (The heading may close a paragraph with a colon: "…获表彰。荣获H的会员有：".)
        const h = /[：:]/.test(s[b0 - 1]!) ? Math.max(a, s.lastIndexOf("。", b) + 1) : a;
        const won = b - h <= 40 ? WON_HEADING.exec(s.slice(h, b)) : null;
        heading = won
          ? groupHonours(this.ctx, h + 2, h + 2 + won[1]!.length, "group.heading")
          : b - a <= 30
            ? groupHonours(this.ctx, a, this.headingEnd(a, b), "group.heading")
            : [];
        last = null;
        shape = null;
      }
    }
  }

  /**
   * "…7位社员荣获2024年某省劳动模范表彰。他们是：⏎祁某，某合作社理事长。⏎柏某，…": the lines after a
   * header that ends in a colon name one member each (a card line may follow a name line); the
   * roll ends at the first line of another kind.
   */
  private readLinesAfter(hs: HonourMention[], from: number, rule: string): void {
    const s = this.ctx.s;
    const next = s.indexOf("\n", from);
    if (next < 0) return;
    let last: FoundPerson | null = null;
    let shape: LineShape | null = null;
    for (const [a, b] of trimmedLines(s, next + 1)) {
      const member: RollLine | null = b - a <= 80 ? this.lineMember(a, b, shape) : null;
      if (member) {
        last = this.giveLine(member, hs, rule);
        shape = member.shape;
      } else if (!last || !this.giveCard(last, a, b)) break;
      else last = null;
    }
  }

  /**
   * A caption line: "2020年全国劳动模范，某公司清运部经理祁某" or "…，某医院主任，主任医师 柏某" —
   * a personal title, then the holder's unit and posts, the name last (maybe after a space).
   */
  private readCaption(a: number, b: number): boolean {
    const s = this.ctx.s;
    const comma = s.indexOf("，", a);
    if (comma < 0 || comma - a > 24 || comma >= b - 3) return false;
    let e = b;
    while (e > comma && /[\s。]/.test(s[e - 1]!)) e--;
    // A caption is one record: no sentence inside it (tested before the title is parsed).
    if (/[。；！？]/.test(s.slice(a, e))) return false;
    const hs = groupHonours(this.ctx, a, comma, "group.caption");
    if (hs.length === 0) return false;
    let name: [number, number] | null = null;
    for (const len of [3, 2, 4]) {
      const at = e - len;
      if (at > comma + 4 && /\s/.test(s[at - 1]!) && this.isNameLine(at, e)) {
        name = [at, e];
        break;
      }
    }
    const member = name ? this.person(name[0], name[1], null) : this.member(comma + 1, e);
    if (!member) return false;
    const p = "name" in member ? member : this.materialise(member);
    this.people.addHonours(p, hs, "group.caption");
    if (name && p.employers.length === 0) {
      // The unit is the first post's: "某公司党委副书记、工会主席，正高级工程师 X".
      let u = comma + 1;
      while (u < name[0] && !/[、，\s]/.test(s[u]!)) u++;
      const unit = parseUnit(s.slice(comma + 1, u));
      if (unit?.org && unit.jobTitle && isOrgName(unit.org) && WORKPLACE.test(unit.org)) {
        const orgAt = s.indexOf(unit.org, comma + 1);
        this.people.addEmployer(p, {
          org: orgAt >= 0 ? this.ctx.text.slice(orgAt, orgAt + unit.org.length) : unit.org,
          orgType: orgTypeOf(unit.org),
          jobTitle: unit.jobTitle,
          evidence: spanAt(this.ctx, comma + 1, u, "employer.unit-job"),
        });
      }
    }
    return true;
  }

  /**
   * A programme's speaker line, then the speaker's title in brackets on the next line:
   * "《做擦亮星星的人》⏎某区某小学总校长祁某⏎（某市三八红旗手）" — the title is the name's.
   */
  private readBracketedHonourLines(bodyStart: number): void {
    const s = this.ctx.s;
    let prev: [number, number] | null = null;
    for (const [a, b] of trimmedLines(s, bodyStart)) {
      if (prev && s[a] === "（" && s[b - 1] === "）" && b - a <= 26) {
        const hs = groupHonours(this.ctx, a + 1, b - 1, "group.bracketed-line");
        const m = hs.length > 0 && prev[1] - prev[0] <= 40 ? this.member(prev[0], prev[1], true) : null;
        if (m) this.give(m, hs, "group.bracketed-line");
      }
      prev = [a, b];
    }
  }

  /** Where a roll's heading ends before the words that announce the roll ("某某工匠名单"). */
  private headingEnd(a: number, b: number): number {
    const m = ROLL_WORDS.exec(this.ctx.s.slice(a, b));
    return m && m.index > 1 ? a + m.index : b;
  }

  /**
   * The member a line of a roll names: "祁某" or "★祁某" alone (its card may follow on the next
   * line), "祁某，某公司技术员。" (name, then its card), or "某公司技术员祁某、"; a note of sex or
   * nationality may follow the name ("祁某（女） 某小学教师"). Inside a roll (`shape`: its member
   * lines so far), a line of the same shape is a member whenever it opens with a surname and one or
   * two more characters before the separator and its card names a unit, even when the name reader
   * doubts the name on its own ("李要飞（某公司）": 要 is rarely a given name's).
   */
  private lineMember(a0: number, b0: number, shape: LineShape | null = null): RollLine | null {
    const s = this.ctx.s;
    let a = a0;
    let b = b0;
    const mark = LINE_MARK.exec(s.slice(a, Math.min(b, a + 6)));
    if (mark) a += mark[0].length;
    const region = LINE_REGION.exec(s.slice(a, Math.min(b, a + 10)));
    if (region) a += region[0].length;
    while (b > a && /[、，；。\s]/.test(s[b - 1]!)) b--;
    if (b - a < 2) return null;
    const alone = (e: number): boolean => e === b || MEMBER_NOTE.exec(s.slice(e, b))?.[0].length === b - e;
    if (b - a <= 6 && this.isNameLine(a, b))
      return { m: this.person(a, b, null), card: null, shape: "alone" };
    // "宋 晓 辉 某公司局长": a three-character name set a space between each character.
    if (SPACED_NAME.test(s.slice(a, a + 6)) && surnameAt(s, a) === 1) {
      const line = this.shapedLine(a, a + 5, b);
      if (line) return line;
    }
    for (const len of [3, 2, 4]) {
      const e = a + len;
      if (e < b && alone(e) && this.isNameLine(a, e))
        return { m: this.person(a, e, null), card: null, shape: "alone" };
      const line = this.shapedLine(a, e, b);
      if (line && this.isNameLine(a, e)) return line;
    }
    if (shape && shape !== "alone") {
      const sl = surnameAt(s, a);
      for (let len = sl + 1; sl > 0 && len <= sl + 2; len++) {
        const e = a + len;
        const line = this.shapedLine(a, e, b);
        if (line?.shape !== shape || !line.card || !this.relaxedName(a, e)) continue;
        const [ca, cb] = line.card;
        if (this.cardEmployer(ca, cb, s.slice(a, e))) return line;
      }
    }
    const m = this.member(a, b, true);
    return m ? { m, card: null, shape: "alone" } : null;
  }

  /**
   * The line [a, b) read as the name [a, e), maybe a note of sex or nationality, then a card set
   * apart by a comma or colon, by spaces, or in brackets; null when nothing of the kind follows e.
   */
  private shapedLine(a: number, e: number, b: number): RollLine | null {
    const s = this.ctx.s;
    if (e >= b) return null;
    const note = MEMBER_NOTE.exec(s.slice(e, e + 6));
    const x = note ? e + note[0].length : e;
    if (x < b && /[，：]/.test(s[x]!))
      return { m: this.person(a, e, null), card: [x + 1, b], shape: "comma" };
    // "祁某 某公司副总经理": the name, a space, then the card.
    if (x < b - 3 && /[ \u3000]/.test(s[x]!)) {
      let c = x;
      while (c < b && /[ \u3000]/.test(s[c]!)) c++;
      return { m: this.person(a, e, null), card: [c, b], shape: "space" };
    }
    // "祁文涛（远江视讯（青川）有限公司）": the card in brackets, maybe with brackets inside.
    if (x < b && s[x] === "（" && s[b - 1] === "）")
      return { m: this.person(a, e, null), card: [x + 1, b - 1], shape: "bracket" };
    return null;
  }

  /**
   * [a, e) is a surname and one or two characters that may be a given name: no mark, digit, stop
   * word or common word of the dictionary ("张贴").
   */
  private relaxedName(a: number, e: number): boolean {
    const name = this.ctx.s.slice(a, e);
    return (
      /^\p{Script=Han}+$/u.test(name) &&
      !STOP_NAMES.has(name) &&
      !STOP_NAMES.has(name.slice(0, 2)) &&
      !(name.length === 2 && commonSurnameWords().has(name))
    );
  }

  /** Gives a roll's honours to a line's member, with the employer of a card on its line. */
  private giveLine(
    line: { m: Member; card: [number, number] | null },
    hs: HonourMention[],
    rule: string,
  ): FoundPerson {
    const p = "name" in line.m ? line.m : this.materialise(line.m);
    this.people.addHonours(p, retagged(hs, rule), rule);
    if (line.card) this.giveCard(p, line.card[0], line.card[1]);
    return p;
  }

  /** A card line of posts ("某协会副主席") after a roll's name line: the member's employer. */
  private giveCard(p: FoundPerson, a: number, b: number): boolean {
    const employer = this.cardEmployer(a, b, p.name);
    if (!employer) return false;
    if (p.employers.length === 0) this.people.addEmployer(p, employer);
    return true;
  }

  /** The employer a roll's card [a, b) names: its first unit with a post, or a unit alone. */
  private cardEmployer(a: number, b: number, name: string): EmployerMention | null {
    if (b - a > 60) return null;
    const employer = this.card(a, b, name, true)?.employer ?? null;
    if (employer) return employer;
    // "（远江视讯（青川）有限公司）": a unit alone, no post.
    const unit = this.ctx.s.slice(a, b);
    if (!isOrgName(unit) || !WORKPLACE.test(unit)) return null;
    return {
      org: this.ctx.text.slice(a, b),
      orgType: orgTypeOf(unit),
      jobTitle: null,
      evidence: spanAt(this.ctx, a, b, "employer.unit"),
    };
  }

  /**
   * Profile blocks: a line that is only a name ("祁雪松", "柏  立"), then within three lines a card
   * of posts and honours ("某公司首席技师、全国劳动模范、…。", maybe opening with the name again):
   * the person holds the card's scoped honours and works for its first unit with a post.
   */
  private readNameLines(bodyStart: number): void {
    const s = this.ctx.s;
    const lines = [...trimmedLines(s, bodyStart)];
    for (let i = 0; i < lines.length; i++) {
      const head = this.nameHead(lines[i]![0], lines[i]![1]);
      if (!head) continue;
      const { at: a, end: b, rest } = head;
      // A name under a line that is only a title, or under another name, is a roll's member
      // ("銀紫荊星章\n潘某\n銅紫荊星章\n郭某"): the title after it heads the next names.
      if (i > 0 && rest === lines[i]![1] && this.rollLine(lines[i - 1]!)) continue;
      const name = s.slice(a, b).replace(/\s+/g, "");
      // "祁某（远江机械厂钳工）", "【祁某】远江机械厂钳工，…": the card may start on the name's line.
      const inline = rest < lines[i]![1] ? this.card(rest, lines[i]![1], name, true) : null;
      let card = inline && inline.honours.length > 0 ? inline : null;
      for (let k = i + 1; !card && k <= i + 3 && k < lines.length; k++) {
        const [ca, cb] = lines[k]!;
        if (this.nameHead(ca, cb)) break;
        card = this.card(ca, cb, name);
      }
      if (!card) continue;
      const p = this.existingAt(a, b) ?? this.materialise({ at: a, end: b, unitFrom: null });
      this.people.addHonours(p, card.honours, "person.name-line");
      const employer = card.employer ?? inline?.employer ?? null;
      if (employer) this.people.addEmployer(p, employer);
    }
  }

  /**
   * The name that opens a profile's line [a, b): the whole line ("祁某", "夏  某"), or a name after a
   * bullet or a number ("◆祁某", "1.祁某", "【祁某】") and before its card on the same line (after
   * 】, two spaces or an opening bracket; not ：, which also opens a quote: "某某：…"); `rest` is
   * where that card starts (b when none).
   */
  private nameHead(a0: number, b: number): { at: number; end: number; rest: number } | null {
    const s = this.ctx.s;
    let a = a0;
    // Cheap gate: a surname (or a long name) within the first characters.
    if (surnameAt(s, a) === 0 && !LINE_MARK_FIRST.test(s[a]!) && b - a < 4) return null;
    const mark = LINE_MARK.exec(s.slice(a, Math.min(b, a + 6)));
    if (mark) a += mark[0].length;
    if (b - a < 2) return null;
    if (b - a <= 6 && (surnameAt(s, a) > 0 || b - a >= 4) && this.isNameLine(a, b))
      return { at: a, end: b, rest: b };
    if (surnameAt(s, a) === 0) return null;
    for (const len of [3, 2, 4]) {
      const e = a + len;
      if (e >= b) continue;
      const sep = NAME_SEP.exec(s.slice(e, e + 2));
      if (sep && this.isNameLine(a, e)) return { at: a, end: e, rest: e + sep[0].length };
    }
    return null;
  }

  /**
   * An article that praises a group ("表扬300名模范劳工", "某市模范劳工表扬大会", "今年N位模范劳工…")
   * presents its members with a form of address after what they do or where they work: "…公司的
   * 林某某先生", "…工会推荐的陈某某女士". Each holds the group's honour.
   */
  private readAddressed(bodyStart: number): void {
    const s = this.ctx.s;
    // Cheap gate: no form of address, no member.
    if (!s.includes("先生") && !s.includes("女士") && !s.includes("小姐") && !s.includes("老师")) return;
    const names: [number, number, number][] = [];
    for (const m of matchesOf(ADDRESSED, s.slice(bodyStart))) {
      const end = bodyStart + m.index;
      // The clause before the name: where what the person does or where they work is printed.
      let clause = end;
      while (clause > bodyStart && end - clause < 40 && !/[，。；：、\n为是]/.test(s[clause - 1]!)) clause--;
      // "得奖模范劳工中，祁某小姐，是…；柏某小姐为…": the addressed name opens its clause as its subject.
      const subject = /^(?:，|为|是|任职|服务|从事|担任)/.test(s.slice(end + 2, end + 4));
      for (const len of [3, 2, 4]) {
        const at = end - len;
        const opens = at === clause && subject;
        if (at - clause < 2 && !opens) continue;
        if ((opens || s[at - 1] === "的" || this.anchored(clause, at)) && this.wholeName(at, end)) {
          names.push([at, end, clause]);
          break;
        }
      }
    }
    if (names.length === 0) return;
    const hs = this.praisedGroup();
    if (hs.length === 0) return;
    for (const [at, end, clause] of names) {
      const evidence = spanAt(this.ctx, at, end, "group.addressed");
      const p = this.existingAt(at, end) ?? this.materialise({ at, end, unitFrom: null });
      this.people.addHonours(
        p,
        hs.map((h) => ({ ...h, evidence })),
        "group.addressed",
      );
      // "…公司的X先生", "服务于某公司的X先生", "某工会73岁的X女士": the unit printed before the name.
      const unit = ADDRESSED_UNIT.exec(s.slice(clause, at));
      const org = unit?.[1];
      if (org && isOrgName(org) && WORKPLACE.test(org)) {
        const orgAt = clause + unit.index + unit[0].indexOf(org);
        this.people.addEmployer(p, {
          org: this.ctx.text.slice(orgAt, orgAt + org.length),
          orgType: orgTypeOf(org),
          jobTitle: null,
          evidence: spanAt(this.ctx, orgAt, orgAt + org.length, "employer.unit"),
        });
      }
    }
  }

  /**
   * The personal honour an article praises a group for: the first head word in the headline or
   * the text with a count or 表扬/表彰 next to it, read with its scope ("屏东县模范劳工"; a year
   * inside is dropped), or bare when its national form is an honour ("94位模范劳工").
   */
  private praisedGroup(): HonourMention[] {
    const s = this.ctx.s;
    for (const m of matchesOf(HEAD_WORD, s)) {
      const at = m.index;
      const end = at + m[0].length;
      const before = s.slice(Math.max(0, at - 12), at);
      if (!GROUP_BEFORE.test(before) && !GROUP_AFTER.test(s.slice(end, end + 3))) continue;
      let from = at;
      while (from > 0 && at - from < 10 && /[\p{Script=Han}\d]/u.test(s[from - 1]!)) from--;
      for (let k = from; k < at; k++) {
        // Only a place (and a year) may scope the title: "屏东县模范劳工", "宜兰市114年模范劳工".
        const scope = SCOPE_BEFORE.exec(s.slice(k, at));
        if (!scope) continue;
        const p = parseHonour(`${scope[1]}${m[0]}`, this.ctx.honour);
        if (p?.level && !COLLECTIVE_CATEGORIES.has(p.category))
          return [mention(p, this.ctx.text.slice(k, end), spanAt(this.ctx, k, end, "group.addressed"))];
      }
      const national = parseHonour(`全国${m[0]}`, this.ctx.honour);
      if (national && !COLLECTIVE_CATEGORIES.has(national.category)) {
        const bare = { ...national, name: m[0], scope: "", level: null };
        return [mention(bare, this.ctx.text.slice(at, end), spanAt(this.ctx, at, end, "group.addressed"))];
      }
    }
    return [];
  }

  /** True when a line is a roll's: a title alone (no clause mark) or a name alone. */
  private rollLine([a, b]: [number, number]): boolean {
    if (b - a <= 6 && this.isNameLine(a, b)) return true;
    return (
      b - a <= 24 &&
      !/[，。；、]/.test(this.ctx.s.slice(a, b)) &&
      groupHonours(this.ctx, a, b, "group.heading").length > 0
    );
  }

  /** True when [a, b) holds one name and nothing else (spaces for alignment allowed). */
  private isNameLine(a: number, b: number): boolean {
    const s = this.ctx.s;
    if (s[a + 1] === " " && surnameAt(s, a) === 1)
      return nameAt(s, a, b, windowBounds(s, a, a, b), true) === b - a;
    return b - a <= 4 && this.wholeName(a, b);
  }

  /**
   * A profile's card [a, b): clauses of posts and honours. Its scoped honours and first unit with
   * a post; null when no piece is a scoped personal honour or a piece reads as a sentence.
   */
  private card(
    a0: number,
    b: number,
    name: string,
    employerOnly = false,
  ): { honours: HonourMention[]; employer: EmployerMention | null } | null {
    const s = this.ctx.s;
    let a = a0;
    // "祁宁，某公司工程师，全国劳动模范": the card may open with the name again.
    if (s.startsWith(name, a) && /[，：]/.test(s[a + name.length] ?? "")) a += name.length + 1;
    if (b - a > 160) return null;
    const honours: HonourMention[] = [];
    let employer: EmployerMention | null = null;
    for (const [x0, y0] of splitOutsideBrackets(s, a, b, "，；。、")) {
      // "（远江机械厂钳工）": brackets around the card are no part of it.
      let x = x0;
      let y = y0;
      while (x < y && /[（(\s]/.test(s[x]!)) x++;
      while (y > x && /[）)\s]/.test(s[y - 1]!)) y--;
      if (y - x < 2) continue;
      if (y - x > 60) return null;
      const hs = groupHonours(this.ctx, x, y, "person.name-line");
      if (hs.length > 0) {
        if (!hs.every((h) => h.level !== null || h.scope !== "")) continue;
        // The piece is the title (a card lists titles), not a clause that mentions one.
        const printed = s.slice(x, y).replace(/[“”]|(?:荣誉称号|称号|获得者)$/g, "");
        if (hs.length === 1 && hs[0]!.name.length < printed.length * 0.6) continue;
        honours.push(...hs);
        continue;
      }
      if (employer) continue;
      const unit = parseUnit(s.slice(x, y));
      if (unit?.org && unit.jobTitle && isOrgName(unit.org) && WORKPLACE.test(unit.org)) {
        const orgAt = s.indexOf(unit.org, x);
        employer = {
          org: orgAt >= 0 ? this.ctx.text.slice(orgAt, orgAt + unit.org.length) : unit.org,
          orgType: orgTypeOf(unit.org),
          jobTitle: unit.jobTitle,
          evidence: spanAt(this.ctx, x, y, "employer.unit-job"),
        };
      }
    }
    return honours.length > 0 || (employerOnly && employer) ? { honours, employer } : null;
  }

  /** The members named in one list item: two joined by 和/及/与, or one. */
  private members(a: number, b: number, first = false, last = false): Member[] {
    const s = this.ctx.s;
    let depth = 0;
    for (let i = a + 2; i < b - 1; i++) {
      const c = s[i]!;
      if (c === "（" || c === "“") depth++;
      else if (c === "）" || c === "”") depth = Math.max(0, depth - 1);
      if (depth > 0 || !/[和及与]/.test(c)) continue;
      const left = this.member(a, i, first);
      const right = left ? this.member(i + 1, b, false, last) : null;
      if (left && right) return [left, right];
    }
    const p = this.member(a, b, first, last);
    return p ? [p] : [];
  }

  /**
   * The person an item names: the whole item is a name, or it ends with a name introduced by
   * unit, job, honour, 的 or a closing quote ("某公司高级技师A", "…的“夫妻档”A"); a person the
   * finder met there counts as well. Null when the item has no name shape.
   */
  private member(a0: number, b0: number, first = false, last = false): Member | null {
    const s = this.ctx.s;
    let a = a0;
    let b = b0;
    while (b > a && /[\s。！？；，]/.test(s[b - 1]!)) b--;
    const head = ITEM_HEAD.exec(s.slice(a, b));
    if (head) a += head[0].length;
    if (first) {
      const lead = /^[^“”，]{0,8}?(?:邀请了?|包括|有|是)/.exec(s.slice(a, b));
      if (lead && b - a - lead[0].length >= 2) a += lead[0].length;
    }
    const tail = ITEM_TAIL.exec(s.slice(a, b));
    if (tail && tail[0].length < b - a) b -= tail[0].length;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    if (b - a < 2) return null;
    // A person the finder met ending the item.
    for (const p of this.people.persons.values())
      for (const m of p.mentions) if (m >= a && m + p.key.length === b) return p;
    const whole = this.wholeName(a, b);
    if (whole) return this.person(a, b, null);
    for (const len of [3, 2, 4, 5]) {
      const p = b - len;
      if (p <= a) continue;
      if (!this.anchored(a, p)) continue;
      const ok =
        (surnameAt(s, p) > 0 && len <= 3 && nameAt(s, p, b, windowBounds(s, p, a, b), true) === len) ||
        minorityNameAt(s, p, b) === len;
      if (!ok) continue;
      return this.person(p, b, a);
    }
    // The last item of a list may go on with the sentence ("…维护员A载誉归来"): a person the
    // finder met there after a unit or job.
    if (!last) return null;
    for (const p of this.people.persons.values())
      for (const m of p.mentions) if (m > a && m < b && this.anchored(a, m)) return p;
    // (Or a name right after a job word there: "…采煤机维护员A载誉归来".)
    for (let p = a + 3; p < b - 2; p++) {
      if (surnameAt(s, p) === 0 || !JOB_END.test(s[p - 1]!) || !this.anchored(a, p)) continue;
      const len = nameAt(s, p, b, windowBounds(s, p, a, b), true);
      if (len > 0) return this.person(p, p + len, a);
    }
    return null;
  }

  /** A name at the start of [a, b), before the words of the clause ("次仁顿珠围绕…"). */
  private nameAtStart(a: number, b: number): Member | null {
    const s = this.ctx.s;
    for (const p of this.people.persons.values()) if (p.mentions.includes(a)) return p;
    // "次仁卓玛围绕…": two or three name syllables, whatever verb follows.
    for (let len = Math.min(8, b - a); len >= 4; len--)
      if (minorityNameAt(`${s.slice(a, a + len)}，`, 0) === len) return this.person(a, a + len, null);
    if (surnameAt(s, a) === 0) return null;
    const len = nameAt(s, a, b, windowBounds(s, a, a, b), true);
    return len > 0 ? this.person(a, a + len, null) : null;
  }

  /** True when [a, b) is one name: a surname and one or two characters, or a minority name. */
  private wholeName(a: number, b: number): boolean {
    const s = this.ctx.s;
    const len = b - a;
    if (minorityNameAt(s, a, b) === len) return true;
    if (/^[\p{Script=Han}]{2,5}·[\p{Script=Han}]{2,5}$/u.test(s.slice(a, b))) return true;
    const sl = surnameAt(s, a);
    if (sl === 0 || len > sl + 2 || len <= sl) return false;
    return nameAt(s, a, b, windowBounds(s, a, a, b), true) === len;
  }

  /** What may stand right before a name at `p`: a job title, a unit, 的, a closing quote. */
  private anchored(a: number, p: number): boolean {
    const s = this.ctx.s;
    const prev = s[p - 1] ?? "";
    if (prev === "的" || prev === "”") return true;
    // "…的铿锵玫瑰A", "…的桥梁专家B": a short epithet after 的 closes the item before the name.
    const de = s.lastIndexOf("的", p - 1);
    if (de >= a && p - de - 1 <= 4 && !/[，、“”]/.test(s.slice(de, p))) return true;
    const job = suffixAt(s, JOB_TITLE_BY_LAST, p);
    if (job && p - job.length >= a) return true;
    if (/(?:传承人|带头人|领衔人|负责人|创始人)$/.test(s.slice(a, p))) return true;
    const org = suffixAt(s, ORG_SUFFIX_BY_LAST, p);
    if (org && p - a >= 4 && isOrgName(s.slice(a, p))) return true;
    return OCCUPATION_END.test(prev) && p - a >= 3 && /\p{Script=Han}/u.test(s[p - 2] ?? "");
  }

  /** The name at [at, end), added as a person only when the list's honour is given to it. */
  private person(at: number, end: number, unitFrom: number | null): Member {
    return { at, end, unitFrom };
  }

  /** Gives `hs` to a member: the finder's person, or a new one (with the unit printed before). */
  private give(m: Member, hs: HonourMention[], rule: string): void {
    if (hs.length === 0) return;
    const p = "name" in m ? m : this.materialise(m);
    this.people.addHonours(p, hs, rule);
  }

  private materialise({ at, end, unitFrom }: PendingMember): FoundPerson {
    const name = this.ctx.text.slice(at, end).replace(/\s+/g, "");
    let p = this.people.persons.get(name);
    if (!p) {
      p = blankPerson(name, at, this.ctx.s.slice(at, end).replace(/\s+/g, ""), spanAt(this.ctx, at, end));
      this.people.persons.set(name, p);
      if (unitFrom !== null && at - unitFrom >= 4) {
        const printed = this.ctx.s.slice(unitFrom, at).replace(/^.*[的”]/, "");
        const unit = parseUnit(printed);
        if (unit?.org && isOrgName(unit.org) && WORKPLACE.test(unit.org)) {
          const orgAt = this.ctx.s.indexOf(unit.org, unitFrom);
          this.people.addEmployer(p, {
            org: orgAt >= 0 ? this.ctx.text.slice(orgAt, orgAt + unit.org.length) : unit.org,
            orgType: orgTypeOf(unit.org),
            jobTitle: unit.jobTitle || null,
            evidence: spanAt(this.ctx, unitFrom, at, "employer.unit-job"),
          });
        }
      }
    }
    if (!p.mentions.includes(at)) p.mentions.push(at);
    return p;
  }
}
