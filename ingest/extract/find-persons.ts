/**
 * Finds honourees in an article: walks each clause's 、-separated items, collecting honours
 * and employers printed before a name (appositive chains, "A的X" lists, count suffixes such as
 * "3位全国劳模", shared scopes), then honours and employers stated after the name.
 */

import { COLLECTIVE_CATEGORIES, HONOUR_HEAD_LIST, WHOLE_TITLES } from "../lexicon/honours.ts";
import { minorityNameAt, translitNameAt } from "../lexicon/minority-names.ts";
import { isPlaceName } from "../lexicon/place-names.ts";
import { STOP_NAMES } from "../lexicon/stop-names.ts";
import { NAME_START, surnameAt } from "../lexicon/surnames.ts";
import { byLastChar, JOB_TITLE_BY_LAST, JOB_TITLES, ORG_SUFFIX_BY_LAST, suffixAt } from "../lexicon/units.ts";
import { LiteralSet } from "../text/literal-set.ts";
import { matchesOf } from "../text/matches-of.ts";
import type { CollectiveMention, EmployerMention, HonourMention, PersonMention, Span } from "../types.ts";
import { countOf } from "./count-of.ts";
import {
  ADDRESS_AFTER_NAME,
  type Bounds,
  longFollowAt,
  type NameNote,
  nameAt,
  timeFollowAt,
} from "./find-name.ts";
import { windowBounds } from "./jieba-bounds.ts";
import {
  CALLING_CUES,
  type HonourContext,
  type ParsedHonour,
  parseHonour,
  splitQuotedTitles,
} from "./parse-honour.ts";
import { HOLDS_POST, isOrgName, mayEndUnit, orgTypeOf, type ParsedUnit, parseUnit } from "./parse-unit.ts";
import { sentenceIndexAt, spanAt, splitTop, type TextContext } from "./text-context.ts";

/**
 * parseHonour results per place context ("province\u0001region", then the article's scoped titles), keyed by the
 * printed honour (the caller copies the result). Two levels, so no key string is built.
 */
const HONOUR_CACHES = new Map<string, Map<string, ParsedHonour | null>>();

function honourCache(ctx: HonourContext): (printed: string) => ParsedHonour | null {
  let place = `${ctx.province ?? ""}\u0001${ctx.region ?? ""}`;
  // The article's scoped titles change what a bare title parses to.
  if (ctx.titles) for (const t of ctx.titles.values()) place += `\u0001${t.name}`;
  let cache = HONOUR_CACHES.get(place);
  if (!cache) {
    if (HONOUR_CACHES.size >= 48) HONOUR_CACHES.clear();
    cache = new Map();
    HONOUR_CACHES.set(place, cache);
  }
  const map = cache;
  return (printed) => {
    const hit = map.get(printed);
    if (hit !== undefined) return hit;
    // Bounded: about 48 contexts × 4,000 printed honours at most.
    if (map.size >= 4_000) map.clear();
    const value = parseHonour(printed, ctx);
    map.set(printed, value);
    return value;
  };
}

/** One cached parser per place context object (an article's ctx.honour), shared by the readers. */
const PARSERS = new WeakMap<HonourContext, (printed: string) => ParsedHonour | null>();

/** parseHonour in the article's place context, cached (the result is shared: copy it, as mention() does). */
export function honourParser(ctx: HonourContext): (printed: string) => ParsedHonour | null {
  let parse = PARSERS.get(ctx);
  if (!parse) {
    parse = honourCache(ctx);
    PARSERS.set(ctx, parse);
  }
  return parse;
}

/** A printed honour: the cached parse with its raw text and evidence (a literal, not a spread). */
export function mention(p: ParsedHonour, raw: string, evidence: Span): HonourMention {
  return { name: p.name, scope: p.scope, level: p.level, category: p.category, year: p.year, raw, evidence };
}

/** parseHonour without a place context ("全国" + "先进工作者" in a joined list). */
const parseHonourNoPlace = honourCache({ province: null, region: null });

/** A person while the article is read; `at` is the offset of the first mention. */
export interface FoundPerson extends PersonMention {
  at: number;
  /** The name as it reads in the simplified matching text (no padding). */
  key: string;
  /** Offsets of every mention that was read in context. */
  mentions: number[];
}

/** A person as first named: no facts yet; `key` is the name as the simplified text prints it. */
export function blankPerson(name: string, at: number, key: string, evidence: Span): FoundPerson {
  return { name, honours: [], employers: [], spokeAt: [], aliases: [], evidence, at, key, mentions: [] };
}

export interface FoundCollective extends CollectiveMention {
  at: number;
  key: string;
}

interface Prefix {
  honours: HonourMention[];
  employer: EmployerMention | null;
  /** Further employers of a chain with two posts ("县人大常委会副主任、县总工会主席X"). */
  extra: EmployerMention[];
  job: string | null;
}

const ANCHOR_WORDS = new Set([
  ...HONOUR_HEAD_LIST,
  ...JOB_TITLES,
  "获得者",
  "称号",
  "代表",
  "传承人",
  // "…团队领军人物X", "…村村民X": a role word right before the name; "“感动某矿”人物X" (a title).
  "领军人物",
  "人物",
  "领头人",
  // "…、大国工匠培育对象X": a talent label right before the name (no title, but it introduces one).
  "培育对象",
  "培养对象",
  "村民",
  "牧民",
  "渔民",
  "农民",
]);
const ANCHOR_LAST = new Set([...ANCHOR_WORDS].map((w) => w.at(-1)!));
/** The anchor words of 2–8 characters by last character (isAnchor's lookup). */
const ANCHOR_BY_LAST = byLastChar([...ANCHOR_WORDS].filter((w) => w.length >= 2 && w.length <= 8));
const NO_WORDS: readonly string[] = [];
/**
 * What every printed honour contains: a head word, 最美, or a word of a calling's title
 * (CALLING_CUES of parse-honour.ts) — a cheap test before parsing.
 */
const HONOUR_WORDS = [...HONOUR_HEAD_LIST, "最美", "感动", ...CALLING_CUES];
const HONOUR_WORD = new LiteralSet(HONOUR_WORDS);
/** Words printed after a title: "荣誉称号获得者", "称号", "获得者". */
const TITLE_TRAIL = /^”?(?:(?:荣誉|光荣)?称号)?(?:获得者)?/;
/** Last characters of the honour heads: where a printed title can end. */
const HONOUR_LAST = new Uint8Array(65536);
for (const w of [...HONOUR_HEAD_LIST, "人物"]) HONOUR_LAST[w.charCodeAt(w.length - 1)] = 1;
/** First characters of the honour words: a text without any of them holds no honour. */
const HONOUR_FIRST = new Uint8Array(65536);
for (const w of HONOUR_WORDS) HONOUR_FIRST[w.charCodeAt(0)] = 1;

/**
 * Characters a prefix cannot do without: the first character of an honour word, or the last
 * character of a unit suffix or a job title (every parse in parsePrefix needs one of them).
 */
const PREFIX_CUE = new Uint8Array(65536);
for (const w of HONOUR_WORDS) PREFIX_CUE[w.charCodeAt(0)] = 1;
for (const c of [...ORG_SUFFIX_BY_LAST.keys(), ...JOB_TITLE_BY_LAST.keys()]) PREFIX_CUE[c.charCodeAt(0)] = 1;

/** False when parsePrefix(from, to) can find nothing: no cue character and no "来自" lead. */
function mayHoldPrefix(s: string, from: number, to: number): boolean {
  if (to - from > 70 || s.startsWith("来自", from)) return true;
  // (A long run of quoted titles is parsed by parsePrefix like a short one.)
  for (let i = from; i < to; i++) if (PREFIX_CUE[s.charCodeAt(i)] === 1) return true;
  return false;
}

/** Characters after which parsePrefix's end may move (a trailing note in brackets, 代表). */
const END_NOTE = new Set(["）", "表"]);

/**
 * False when parsePrefix(from, to) holds neither honours nor a unit nor a job: every one it
 * reads needs an honour word in the range (the honours, a dashed prefix), a 的 (a unit before
 * it, also the job after it), 来自 (a unit without a suffix), a closing quote (a nickname's
 * unit), or a unit and job parsed up to the end, which parseUnit finds only at a last character
 * of UNIT_LAST (or with 兼 in the text). The end is that of the range but for a note in
 * brackets or 代表 before it (then the answer is yes), spaces dropped as parseUnit drops them.
 */
function mayParsePrefix(s: string, from: number, to: number): boolean {
  if (to - from > 70 || hasHonourWord(s, from, to)) return true;
  for (let i = from; i < to; i++) {
    const c = s[i]!;
    if (c === "的" || c === "兼" || c === "”" || (c === "来" && s[i + 1] === "自")) return true;
  }
  let end = to;
  while (end > from && /\s/.test(s[end - 1]!)) end--;
  return end > from && (END_NOTE.has(s[end - 1]!) || mayEndUnit(s.charCodeAt(end - 1)));
}

/** True when s[from, to) contains an honour word (a table scan before the regex). */
function hasHonourWord(s: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && HONOUR_FIRST[s.charCodeAt(i)] === 0) i++;
  return i < to && HONOUR_WORD.test(s, i, to);
}
/** Connector words that open a list item, by first character (each word starts with its own). */
const CONNECTOR_BY_FIRST = new Map(
  ["以及", "及", "和", "与", "还有", "并且", "同时", "其中"].map((w) => [w.charCodeAt(0), w]),
);

/** Length of the connector word that opens s[a, b), or 0 (what /^(以及|及|和|…|其中)/ matched). */
function connectorAt(s: string, a: number, b: number): number {
  const w = CONNECTOR_BY_FIRST.get(s.charCodeAt(a));
  return w !== undefined && a + w.length <= b && s.startsWith(w, a) ? w.length : 0;
}
/**
 * "A、B、C3位全国劳模", "…宋某3人获全国五一劳动奖章", "A、B、C3人被某会认定为“H”": a count after
 * the last name (and the verb).
 */
/** A passive verb of award, its grantor maybe between: "被授予", "被某会评为", "被命名为". */
const PASSIVE_AWARD = String.raw`被[^，。；“”]{0,16}?(?:授予|追授|评为|命名为|认定为|表彰为|选树为|选为)`;
const COUNT_VERB = String.raw`荣获|获得了?|获评|获|当选为?|${PASSIVE_AWARD}|入选`;
const COUNT = new RegExp(
  `^(\\d+|[一二三四五六七八九十两]+)(?:位|名|个|人(?=${COUNT_VERB}))(?:同志|职工|员工)?(?:(?:在[^，。；“”]{1,12}?)?(?:${COUNT_VERB}))?`,
);
/** A copula or a verb of holding a post, then what the person is or where ("X任职于某医院"). */
const POST_PREDICATE = new RegExp(`^(?:是|系|为|${HOLDS_POST}|现任|担任|服务于?|任)(.+)$`);
/** Posts of officials printed before or after a name. */
const OFFICIAL_BEFORE = /(?:[省市县区镇乡州]长|书记|主席|局长|部长|厅长|主任)$/;
const OFFICIAL_AFTER = /^(?:[省市县区镇乡州]长|书记|主席|局长|部长|厅长)/;
/** Where someone comes from that is no organisation: the front line, the grass roots, all over. */
const NOWHERE_IN_PARTICULAR = /(?:一线|基层|各地|各界|各行各业|各个行业|全国|全省|全市|各条战线)$/;
/** A count opening the words before a name ("两位大国工匠X、Y", "三名全国劳模"). */
const LEADING_COUNT = /^(?:[\d一二三四五六七八九十两]{1,3})(?:位|名)(?=[\p{Script=Han}“])/u;
/** The count that closes a list: "等共11位", "等12人". */
const LIST_COUNT_END = /等共?(?:\d+|[一二三四五六七八九十两百]+)(?:位|名|人)/;
/** A unit in brackets after a name: a workplace, not a field or a place ("（纺织）", "（台南）"). */
const BRACKET_UNIT =
  /(?:公司|集团|厂|矿|医院|学校|中学|小学|大学|学院|公所|银行|工会|协会|局|院|所|站|中心|处|队|社|会|馆|店|场)$/;
/** What follows the name that opens a clause of a story about that person. */
const STORY_VERB = /^(?:说|表示|是|介绍|告诉|坦言|回忆|感慨|笑着说)/;
const HONOUR_VERB = new RegExp(
  String.raw`^(?:同志)?(?:[^，。；“”、]{2,10}?并(?=被|荣获|获得|获评|当选|荣膺)|并|且|并且|同时)?(?:于|在)?(?:\d{4}(?:[~～—-]\d{4})?年度?(?:\d{1,2}月(?:\d{1,2}日)?)?)?(?:在[^，。；“”]{1,12}?(?=被|荣获|获得|获评|获颁|当选|荣膺)|在[^，。；“”]{13,36}?(?:上|中|期间)(?=被|荣获|获得|获评|获颁|当选|荣膺))?(?:连续[\d一二三四五六七八九十多]+年)?(?:此次|这次|本次|今年|去年|前年|近日|日前|再次|再度|已经?|还|也|又|曾|先后|多次|[两三四五六七八九十]次|均|都|双双|分别|他|她|光荣地?){0,3}(荣获|喜获|斩获|摘得|捧得|荣登|获得|获评|获选为|获选|获授予|获颁授|获颁|${PASSIVE_AWARD}|当选为|当选|(?:成功)?入选为?|(?:成功)?(?:推选|评选)为|荣膺|享受|分获|获)了?`,
);
/** 等 or a count after a list's last name, before the list's verb of award (readPredicate). */
const ETC_BEFORE_VERB = new RegExp(
  String.raw`^(?:等(?:人|同志|职工|员工|[\d一二三四五六七八九十两]+(?:人|名|位)[^，。；“]{0,8}?)?|[\d一二三四五六七八九十两]+(?:人|名|位)(?:同志|职工|员工)?)(?=(?:在[^，。；“”]{1,12}?)?(?:荣获|获得|获评|${PASSIVE_AWARD}|当选|荣膺|获))`,
);
/** A title's head closing the words before a list's 是：("受到表彰的全国劳动模范是："). */
const TITLE_IS = "(?:劳动模范|劳模|先进工作者|劳动奖章|工匠|标兵|能手)(?:获得者)?";
/** A list of honourees follows: "分别是：", "他们是", "名单如下：". */
const GROUP_MARKER = new RegExp(
  `(?:分别是|分别为|依次是|依次为|名单如下|(?:他|她)们是|(?:人选|名单|获奖者|获得者|得主)(?:是|为|有)[：:]|(?<=(?:荣获|获得|获评|当选)[^，。；]{2,30})的(?:是|为|有)[：:]|(?<=(?:获奖|受表彰|受到表彰|获表彰|入选|当选)的[^，。；：]{0,12})(?:是|为|有)[：:]|(?<=(?:^|[，；])[^，。；：]{0,16}?${TITLE_IS})(?:是|为)[：:])[：:]?`,
);
/** What every GROUP_MARKER match holds: a list word, or a colon (a table scan before the regex). */
const GROUP_MARKER_CUE = new LiteralSet("分别是|分别为|依次是|依次为|名单如下|们是|：|:".split("|"));

/** GROUP_MARKER.exec of s[from, to), or null at once when the text holds none of its cues. */
function groupMarker(s: string, from: number, to: number): RegExpExecArray | null {
  return GROUP_MARKER_CUE.test(s, from, to) ? GROUP_MARKER.exec(s.slice(from, to)) : null;
}
/** The award verb after a list of collectives ("被全国总工会授予", "被命名为", "荣获"). */
const COLLECTIVE_VERB = /(荣获|获得|获评|被[^，。；]{0,10}?授予|被评为|被命名为|获)/;
/** "等9家单位", "等19个先进集体" after the last item of a list. */
const LIST_COUNT_TAIL = /等?[\d一二三四五六七八九十两百]+(?:家|个|支)[^，。；、\d]{0,6}$/;
/** A verb of the sentence the parser left before a unit: "…决定授予", "最终选出", "分别看望慰问了", "首先恭喜". */
const ORG_VERB_LEAD =
  /^[^，。；、“”]{0,12}?(?:授予|选出|评出|推选出|看望慰问了?|慰问了?|表彰了?|恭喜|祝贺|恭贺)/;
/** The word joining the two names of a pair ("A女士与B女士"). */
const PAIR_JOIN = /^(?:与|和|及|以及)/;
/** A form of address right after a name ("X小姐是…", "X先生任职…"). */
const ADDRESS_START = new RegExp(`^(?:${ADDRESS_AFTER_NAME.join("|")})`);
/** Only a form of address after a name, closing its clause: "曾某先生，…", "金某女士，…". */
const ADDRESS_ONLY = new RegExp(`^(?:${ADDRESS_AFTER_NAME.join("|")})$`);
/** A form of address after a name, then the predicate ("X机长获…", "X校友荣获…"). */
const ADDRESS_THEN_VERB = new RegExp(`^(?:${ADDRESS_AFTER_NAME.join("|")})(?=\\p{Script=Han})`, "u");
/** "先后涌现出A、B": a unit's people brought forth the honourees named after the verb. */
const EMERGED = /(?:先后|相继|陆续)?(?:涌现出了?|涌现了|培养出了?|走出了)/;
/** The unit's people: "某海关人", "某厂职工", "某局干部职工" (what follows the unit's name). */
const PEOPLE_OF_UNIT = /^(?:人|职工|干部职工|全体职工|员工)/;
/** Words every collective honour contains, and every honour verb of a clause (cheap gates). */
const COLLECTIVE_WORD = new LiteralSet(["集体", "先锋号", "奖状"]);
/** A nominee's or finalist's title: listed beside honours, held by no one. */
const NOMINATION = /(?:提名|入围|候选)(?:人选|人)?$/;
const AWARD_VERB_HINT = /获|授予|评为|当选|荣膺|入选|推选/;
/** Cheap gates for the group rules below. */
const STATED_HINT = /“|称号|[\d一二三四五六七八九十两][名位]/;
/** A clause that opens a list of its own award: "，荣获H2的是：…". */
const NEXT_AWARDED_LIST = new RegExp(
  `[，；](?=[^，；：]{0,30}?(?:荣获|获得|获评|当选)[^，；：]{2,30}?的(?:是|为|有)[：:]|[^，；：]{0,16}?${TITLE_IS}(?:是|为)[：:])`,
);
const GROUP_HINT = new LiteralSet([
  ..."分别|依次|名单|们是|入选|当选|上榜|榜上有名|殊荣|人选|获奖者|获得者|得主|的是|的为|获奖的|受表彰的|是：|为：".split(
    "|",
  ),
]);
/** A group by count and honour: "由6名全国劳动模范组成", "10名省劳模". */
const GROUP_COUNT =
  /(?:\d+|[一二三四五六七八九十两]+)(?:名|位)(?:来自[^，。；、“”\d]{1,12}?的)?([^，。；、“”\d]{3,16}?)(?:组成|代表|参加|的|[，：]?$)/;
/** "由6名全国、海南劳动模范组成": bare scopes before the scoped title (indices: scopes, title). */
const GROUP_COUNT_SHARED =
  /(?:\d+|[一二三四五六七八九十两]+)(?:名|位)((?:[^，。；、“”\d]{1,4}、)+)([^，。；、“”\d]{3,16}?)(?:组成|代表|参加|的|[，：]?$)/d;
/** "我市受表彰的全国劳动模范4名" before a colon (indices: the lead, the titles). */
const COUNTED_HEADER =
  /^((?:[^，。；：]{0,12}?(?:受表彰|获表彰|新当选|当选|获评|入选)的|[我本][省市区县州])?)([^，。；：\d]{4,24}?)(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人)$/;
/**
 * A list's heading before a colon that names the title its names were given (index 1: the titles):
 * "本次评选出的10名远江工匠分别是", "被评为远江市劳动模范的有", "2024年度远江工匠名单".
 */
const LIST_HEADER =
  /^(?:[^，。；：]{0,12}?(?:评选出|评出|选出|表彰|命名|获评|评为|当选|入选)了?的(?:\d+|[一二三四五六七八九十两]+)?(?:名|位|个)?([^，。；：\d]{3,24}?)(?:分别)?(?:是|为|有)|(?:被评为|被授予)([^，。；：]{3,24}?)的(?:是|有)|(?:\d{4}年度?)?([^，。；：\d]{3,24}?)名单(?:如下)?)$/;
/** A count that opens a clause, after an invitation at most: "两位大国工匠…", "邀请3名全国劳模…". */
const COUNTED_TITLE_LEAD =
  /^(?:[^，。；、]{0,10}?(?:邀请|特邀|组织|请来)了?)?(\d+|[一二两三四五六七八九十]+)(?:位|名)/;
/** A list closed by its count: "…、C等10人", "…、C等十名". */
const COUNT_CLOSES = /等(?:\d+|[一二三四五六七八九十两]+)(?:人|名|位)$/;
/** "授予…10位优秀女性全国三八红旗手标兵荣誉称号" (index 1: the members' words and the title). */
const GRANTED_TO_COUNT =
  /授予[^，。；]{0,40}?(?:\d+|[一二三四五六七八九十两百]+)(?:名|位)([^，。；“”\d]{4,24}?)(?:荣誉)?称号/d;
/** Where the title starts in GRANTED_TO_COUNT's words: its issuing scope. */
const GRANTED_SCOPE = /全国|中国|中华|[\p{Script=Han}]{2,3}?(?:省|市|自治区)(?!场)/u;
/** What GROUP_COUNT and GROUP_COUNT_SHARED start with: a count right before 名/位. */
const COUNT_CUE = /[\d一二三四五六七八九十两][名位]/;
/** A group award stated without quotes: "…被授予全国劳动模范和先进工作者称号". */
const GROUP_AWARD = /(?:被[^，。；“”]{0,8}?授予|荣获|获得|获评|被评为)([^，。；“”]{4,30}?)((?:荣誉)?称号)/;
/** "共有7名护理工作者获得南丁格尔奖章" (index 1: the honour, to its clause's end). */
const COUNTED_AWARD =
  /(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人)[^，。；“”\d]{0,12}?(?:荣获|获得|获评|被授予|被评为|当选为?)了?([^，。；]{2,30}?)(?:荣誉称号|称号)?(?=[，。；]|$)/d;
/** "H名单公布，": a list announced at the start of the sentence, its members after. */
const RESULT_LEAD = /^[^，。；]{2,40}?(?:名单|榜单|评选结果|人选)(?:正式)?(?:公布|揭晓|出炉|发布)[，,]/;
/** Names before this were chosen: "…X、…Y入选。" */
const GROUP_TAIL =
  /(?:等(?:\d+|[一二三四五六七八九十两]+)?人)?(?:入选|当选|上榜|榜上有名|获此殊荣)(?=[，。；！]|$)/;
/** "授予A、B等20个单位HONOUR", "授予C公司X等100名职工HONOUR称号" (indices: list, count word, honour). */
const GRANT =
  /授予((?:[^，。；等]|等(?![\d一二三四五六七八九十百千]))+?)等?[\d一二三四五六七八九十百千]+(名|位|个|家|支|人)(职工|同志|个人|人|先进个人|单位|集体|班组|先进集体|[\p{Script=Han}]{0,4}?青年)?(.{2,40}?)(?:荣誉)?(?:称号)?(?:的[^，。；“”]{0,8})?$/du;
/**
 * "命名A等10名职工为“H”", "确定A等10位一线职工为2023年“H”学习典型": the counted recipients named as
 * holders (indices as GRANT's).
 */
const GRANT_AS =
  /(?:命名|确定|认定)((?:[^，。；等]|等(?![\d一二三四五六七八九十百千]))+?)等?[\d一二三四五六七八九十百千]+(名|位|人)(职工|同志|个人|人|一线职工)?(?:[（(][^（）()]{1,6}[）)])?为(.{2,40}?)(?:荣誉)?(?:称号)?(?:学习典型|典型)?$/d;
/** What every GRANT or GRANT_AS match holds. */
const GRANT_CUE = /授予|命名|确定|认定/;
/** A count, then what the group holds: "请5名我省获得全国五一劳动奖章的先进代表" (indices: count, honour). */
const COUNTED_GROUP =
  /(\d+|[一二三四五六七八九十两]+)(?:名|位)(?:我|本)?(?:省|市|区|县)?(?:荣获|获得|获评)?([^，。；、“”的\d]{4,16}?)(?:获得者)?的?(?:先进)?(?:代表|劳模|工匠|人物)/d;
/** "作为2024年度“最美青川人”代表": an honour the person stands for. */
const AS_REPRESENTATIVE = /^作为(?:\d{4}年度?)?([^，。；的]{2,24}?)的?代表/;
/** "劳模代表", "劳动模范代表" right after a list's count: plain labour models. */
const PLAIN_MODEL =
  /^(劳模|劳动模范)(?:代表|受到表彰|受表彰|(?=以|作|做|为|走进|来到|参加|分享|讲述|宣讲|[，。；]))/;
export const PLAIN_MODEL_HONOUR: ParsedHonour = {
  name: "劳动模范",
  scope: "",
  level: null,
  category: "劳动模范",
  year: null,
};
/**
 * "X劳模向…", "X劳模，": the plain title after a name (not a studio or a spirit named after it:
 * "X劳模和工匠人才创新工作室" is a place).
 */
const MODEL_AFTER_NAME =
  /^劳模(?!工作室|创新|精神|事迹|先进|工匠|们|代表|宣讲|故事|风采|志愿|服务|协会|之家|墙|馆)/;
/** "A、B等今年新当选的全国劳模…": what stands between 等 and the list's honour. */
const ETC_HONOUR = /^等(?:[\d一二三四五六七八九十两]+(?:位|名|人))?(?:[^，。；“”的]{0,12}的)?/;
const ITEM_LEAD =
  /^(?:例如|比如|譬如)|^(?:资料图|资料照片|图为|[—－-]{1,2}\s*记|【[^【】]{2,8}】\s*|(?:人物)?(?:名片|简介|档案)[：:]\s*)|^(?:(?:他|她)们)?(?:分别是|分别为|依次是|依次为|是)?[：:]?(?:我|本)(?:省|市|区|县|州)|^(?:(?:他|她)们)?(?:分别是|分别为|依次是|依次为)[：:]?|^(?:他|她)们是[：:]?/;
/**
 * List openers before the first name: "活动邀请了", "此次宣讲团成员有", "宣讲团成员——", "第一集主人翁为",
 * "他们中还有", each "有" of "他们当中，有“H1”UNIT JOB A；有“H2”…B" (not "有“X”之称的": a byname; a
 * description before the title goes with the 有: "有扎根家乡的“H”UNIT JOB A", "有从警24年“H”…"), and
 * the 为 of a presentation ("领导为A等10位“H”…颁奖").
 */
const ITEM_OPENER =
  /^[\p{Script=Han}]{0,16}?(?:特邀了?|邀请了?|邀请到|请来了?|聘请了?|(?<=(?:工会|日前|近日|今天|当天)|^)组织了?(?=全国|[省市区县]|[\p{Script=Han}]{2,3}[省市]))|^[^，。；“”]{0,14}?(?:成员|嘉宾|主人翁|主角)(?:(?:有|为|是|包括)[：:]?|——)|^有[^“”，。；]{0,30}?(?=“[^“”]{2,20}”(?!之称|的称号|称号之))|^[\p{Script=Han}]{0,12}?(?<![成作认以因])为(?=[^。；]{2,80}?(?:颁奖|颁发|授牌|颁证)|[^。；、，]{2,6}等[\d一二三四五六七八九十]+(?:位|名))|^(?:他|她)们中(?:还)?有/u;
const ITEM_OPENER_HINT = new LiteralSet([
  "邀",
  "请来",
  "聘请",
  "成员",
  "嘉宾",
  "主人翁",
  "主角",
  "们中",
  "有“",
  "的“",
  "组织",
  "为",
]);
/**
 * Two-character place names whose second character is also a surname: "交通运输部长江航道局"
 * is 部 + 长江, not 部长 + a name (a 长… place only after a ministry or bureau; 班长宁X is a name).
 */
const PLACE_ACROSS =
  /^(长江|黄河|珠江|湘江|松江|浙江|镇江|九江|内江|湛江|阳江|吴江|丽江|晋江|长沙|长安|长城|长宁|长春|长治|长丰)$/;
const INVITE_LEAD = /^[^“”，]{0,20}?(?:邀请了?|特邀了?|请来了?|包括|其中有?)(?=“)/;
/** A department's short name of three characters: "采矿所", "环保所", "财务科", "检修站". */
const DEPARTMENT_SHORT = /^[\p{Script=Han}]{2}[所科室处站队]$/u;
/** After "X（…）": the next member of a list of names with brackets ("、Y（"). */
const BRACKET_LIST_NEXT = /^[、和与及]\p{Script=Han}{2,4}（/u;
/** Words of a company's short name ("某宝钢技术", "五矿二十三冶", "盐湖股份"); not a field ("航天", "人工智能"). */
const BRAND_WORD =
  /股份|技术|科技|控股|集团|建工|建设|重工|工业|能源|化工|电力|钢铁|冶|矿|电气|汽车|航空工业|航天科技/;
/** A title in brackets after a name, whatever the unit words in it ("集团劳模"): no unit. */
const BRACKET_NO_UNIT = /劳模|工匠|奖章|模范|先进|标兵|能手|代表$/;
/** "该公司", "该厂": a unit named before, taken up again. */
const REFERS_TO_UNIT = /^该(公司|集团|厂|院|局|所|中心|医院|学校|学院|站|矿|队|社|行)/;
/** Where a unit's name cannot reach back past. */
const REFERENT_STOP = /[，。；、：“”！？\s]/;
/** Words before a unit's name inside its clause: "近日在", "走进", "来到". */
const REFERENT_LEAD = /^.*(?:在|走进|来到|深入|到)/;
/** Verbs whose objects are other people: visits, awards given, meetings granted. */
const OBJECT_VERB = /看望|慰问|走访|探望|拜访|颁发|颁奖|会见|接见/;
/** Words before a collective's name: "我市", "哈市共有", "集团所属", "公司下属的". */
const COLLECTIVE_LEAD = /^(?:我(?:市|省|区|县|州|镇|乡)|[^，。；、“”]{1,8}?(?:共有|所属|下属的?|旗下的?))/;
/** A count of its kind after a collective's name: "等100个先进班组". */
const COLLECTIVE_TAIL = /等[\d一二三四五六七八九十百千]+(?:个|家|支)[^，。；]*$/;
/** "他叫", "她的名字叫": a profile's own name follows. */
const NAMED_AS = /^(?:他|她)(?:的名字)?叫/;
/** A clause about the person named before it: "他目前是…", "目前是…", "现任…", "他曾获…". */
const REFERS_BACK =
  /^(?:(?:他|她)(?:目前|现在|如今|现)?|(?:目前|现在|如今|现))(?=是|现任|担任|曾|先后|还|也|荣获|获|被)|^(?=现任)/;
/** A list item that is one name, maybe closed by the list's count ("付某等23名职工…"). */
const LISTED_NAME =
  /^([\p{Script=Han}·]{2,7}?)(?:$|等?(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人)|等(?:人|同志))/u;
/** An item of an exactly counted list: two to four characters and nothing else (but the count). */
const EXACT_LIST_ITEM = /^([\p{Script=Han}]{2,4}?)(?:$|(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人))/u;
/** A story verb whose object names an honouree: "讲述了全国劳模X的故事", "宣讲了…X的先进事迹". */
const STORY_LEAD =
  /^[^，。；“”]{0,14}?(?:讲述|宣讲|介绍|报告|分享)了(?:(?=[^，。；]{2,40}?的(?:先进|感人)?(?:事迹|故事|经历))|以(?=[^，。；]{2,40}?为代表的))/;
const PREFIX_STORY_LEAD = /^[^，。；“”]{0,16}?(?:讲述|宣讲|介绍|报告)了/;
/**
 * A quoted title received, then 的 ("获得“五一劳动奖章”的", "为获得全州“五一劳动奖状”的"): 1 全国
 * printed before the quotes (全省, 全州 … name the article's place), 2 the title inside them.
 * Shared by the person prefix (RECEIVED_QUOTED) and the unit lists of find-collective-lists.ts.
 */
export const RECEIVED_QUOTED_TITLE = String.raw`(?:荣获|获得|获评|获颁)(?:(全国)|全[省市州区县])?“([^“”]{2,20})”(?:荣誉)?(?:称号)?的`;
/** The whole of what stands before a name's 的 is a quoted title received. */
const RECEIVED_QUOTED = new RegExp(`^${RECEIVED_QUOTED_TITLE}`);
/** The one who asks, lets or honours a holder, before its 荣获H的: "…决定让刚刚", "与会领导为". */
const ASKED_HOLDER =
  /^[^，。；“”]{0,12}?(?:让|请|邀请|(?<!成)为)(?:刚刚|刚|新近|今年)?(?=(?:荣获|获得|获评|荣膺)[^，。；]{2,24}的$)/;
/** A visit after an official's name: "看望慰问了", "走访慰问", "专程看望" (the visited is named next). */
const VISIT_LEAD =
  /^(?:(?:专程)?(?:到|来到|前往|深入)[^，。；看慰走探拜]{2,12}?)?(?:专程|亲切|分别|先后|一行)?(?:看望慰问|走访慰问|看望|慰问|走访|探望|拜访)了?/;
/**
 * re.exec(s[from, to)) for the story-lead regexes, whose 了 lies at most `within` characters in:
 * an indexOf settles most texts (they have no 了 that early).
 */
function storyLead(re: RegExp, s: string, from: number, to: number, within: number): RegExpExecArray | null {
  const le = s.indexOf("了", from);
  return le >= 0 && le < to && le - from <= within ? re.exec(s.slice(from, to)) : null;
}
/** First characters of every ITEM_LEAD match (a table read before the regex). */
const ITEM_LEAD_FIRST = new Set([..."资图—－-他她分依是：:我本【人名简档例比譬"]);
/** Last characters of every SKIPPABLE_ITEM match. */
const SKIPPABLE_LAST = new Set([..."表员委选人事士才象家"]);
/** A verb before the first name of a counted list: "最后评选出A、B等6人荣获…". */
const NAME_LIST_LEAD =
  /^[\p{Script=Han}]{0,8}?(?:评选出|选出|评出|推选出|涌现出|产生了|授予|表彰了?|包括|其中有)/u;
/** Length of the words that open a counted name list's first item ("评选出", "其中有"), or 0. */
function nameListLead(s: string, a: number, b: number): number {
  return NAME_LIST_LEAD.exec(s.slice(a, b))?.[0].length ?? 0;
}
/** The last item of a counted list of names: "X等23名", "X等人", "X5位". */
const LIST_COUNT_CLOSE =
  /^[\p{Script=Han}·]{2,7}?(?:等?(?:\d+|[一二三四五六七八九十两]+)(?:名|位|人)|等(?:人|同志))/u;
/** A unit right before a national or provincial title ("某某集团全国技术能手"). */
const UNIT_BEFORE_SCOPE =
  /^([\p{Script=Han}]{2,20}?(?:集团|公司|厂|局|院|学校|大学|医院|中心|研究所))(?=全国|中国|中华|[\p{Script=Han}]{2,3}省|省级?|[\p{Script=Han}]{2,3}市)/u;
/** The link of a unit chain to its subsidiary (the last one counts). */
const SUBSIDIARY = /(?:旗下|下属|所属)(?!.*(?:旗下|下属|所属))/;
/** Plain worker words that introduce nobody (the audience: "车间职工X说"). */
const GENERIC_JOB = /^(?:职工|员工|工人|学生|群众)$/;
/** Words that make a title a description ("普通工匠", "一名劳模", "优秀员工"), not a title of its own. */
const GENERIC_TITLE_LEAD = /^(?:普通|一名|一位|一个|优秀|老|新|好|真正|合格|名副其实)/;
/** "来自某公司的两位劳模", "三名先进代表": a counted group before a dash (indices: 1 the unit it comes from). */
const COUNTED_GROUP_BEFORE_DASH =
  /^(?:(?:来自)?([\p{Script=Han}（）()]{4,30}?)的)?[\d一二三四五六七八九十两几]+(?:位|名|个)(?:[\p{Script=Han}]{0,8}|[\p{Script=Han}]{0,6}“[\p{Script=Han}]{2,10}”[\p{Script=Han}]{0,4})$/u;
/** A count that opens the post after UNIT的 ("三名飞行员", "两位"): a group, not one person's post. */
const COUNTED_JOB = /^[\d一二三四五六七八九十两几]+(?:名|位|个)/;
/** "某公司“X劳模创新工作室”负责人" (indices: 1 the unit, 2 the post). */
const STUDIO_HEAD = /^([\p{Script=Han}（）()]{3,30}?)“[^“”]{2,20}工作室”(负责人|领衔人|带头人|主任|创始人)$/u;
/** Words, then one quoted title closing the run: "某矿业“电焊能手”". */
const NICKNAME_AFTER_UNIT = /^([\p{Script=Han}]{2,20})“([^“”]{2,8})”$/u;
/** What may issue or scope a quoted title before it (then the quotes hold an honour). */
const ISSUER_END =
  /(?:全国|中国|中华|省|市|区|县|州|盟|旗|自治区|总工会|工会|政府|妇联|团委|年|年度|届|批|首|荣获|获得|获评|授予|评为|当选|荣膺)$/;
/** A company named by place and industry, without a unit suffix ("某某矿业", "某某电力"). */
const INDUSTRY_BRAND =
  /^[\p{Script=Han}]{2,10}(?:矿业|电力|供电|电网|燃气|能源|钢铁|化工|石化|重工|建工|物流|铁路|航空|邮政|电信|移动|联通|银行|水务|港务)$/u;
/** A preposition or conjunction before a clause of honours that names the object of a verb. */
const HONOUR_CLAUSE_LEAD = /^(?:并|和|及|与)?(?:向|为|给|对|由)/;
/** What may follow a name anchored by a bare unit: the item's end, 等, an award verb. */
const UNIT_NAME_CLOSE =
  /^(?:$|等|同志|荣获|获得|获评|获|被|当选|入选|和|[\d一二三四五六七八九十两]+(?:名|位|人))/;
/** A company's suffix right after a name-like word: the word is the company's brand ("金石有限公司"). */
const COMPANY_AFTER_NAME = /^(?:有限(?:责任)?公司|股份|集团|公司)/;
/** First characters of every COMPANY_AFTER_NAME match (a table read before the regex, per name read). */
const COMPANY_AFTER_FIRST = new Set([..."有股集公"]);
/** "这一荣誉称号", "该称号", "此殊荣": an honour named before, taken up again. */
const THIS_HONOUR = /^(?:这一|这个|该|此|这项|此项)(?:荣誉称号|荣誉|称号|殊荣|奖项)/;
/** What may stand before a quoted award: the issuer's place, a rank (十大, 首届) (index 1: the year). */
const QUOTED_AWARD_LEAD = String.raw`((?:\d{4}[—–\-~～至])?\d{2,4}年度?|本年度|今年|去年|本届|今届)?(?:[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州))?(?:十大|十佳|百名|首届|首批|第[一二三四五六七八九十\d]{1,3}[届批])?“`;
/** A cheap test before QUOTED_AWARD: its lead and the opening quote. */
const QUOTED_AWARD_START = new RegExp(`^${QUOTED_AWARD_LEAD}`);
/**
 * A quoted title after an award verb (indices: year, title): its last words name a person's
 * distinction (…奖, …之星, …能手, …职工, …个人, …卫士, …大师 …), then a title word or the item's end.
 */
const QUOTED_AWARD = new RegExp(
  `^${QUOTED_AWARD_LEAD}([^“”，。；：、]{2,20}?(?:奖|奖章|金奖|大奖|之星|人物|人才|名匠|大师|专家|卫士|职工|个人|带头人|标兵|能手|状元|明星|员|师|家|者|手|匠|模|兵|士|长|星|工|人|榜样))”(?:荣誉称号|光荣称号|称号|荣誉|殊荣|奖项)?$`,
);
/** "羊产业丰收带头人称号": an unquoted title closed by 称号 (index 1; a person's distinction by its end). */
const TITLED_AWARD =
  /^([^，。；、“”的了在把被将从为和与及\d]{3,16}?(?:带头人|能手|标兵|模范|先锋|卫士|之星|人物|工匠|大师|名匠|状元|明星|专家|人才|职工|个人))(?:荣誉|光荣)?称号$/;
/** A quoted title right before the word for its winners, at the end of a list's lead (index 1). */
const QUOTED_WINNERS =
  /“([^“”，。；：、]{2,20}?(?:奖|奖章|大奖|之星|人物|工匠|标兵|能手|明星|榜样))”(?:荣誉称号|称号)?(?:获得者|得主|获奖者)(?:名单)?$/;
/** Quoted words after an award verb that are no title held: a grade, a prize's amount, a nomination. */
const NOT_AN_AWARD = /提名|入围|候选|等奖$|^[一二三四五六七八九十\d]+等|优秀奖$|^(?:优秀|良好|合格|称职)$/;
/** Verbs of a grant whose recipients are printed between the verb and the title. */
const BARE_GRANT_VERB =
  /(?<![被获颁])(?:授予|追授|命名|认定)(?!为|了?[\d一二三四五六七八九十两百]+(?:名|位|个|家))/;
/** After a granted name: a form of address, then 为 (for 命名/认定: index 1). */
const BARE_GRANT_TAIL = /^(?:同志|等同志|先生|女士)?(为)?/;
/** "慰问了“H”A、B、C" (indices: the quoted title with its quotes, the names). */
const QUOTED_TITLE_LIST =
  /(?:慰问了?|看望了?|走访了?|表彰了?|邀请了?|会见了?|采访了?)(“[^“”]{2,20}”)((?:[\p{Script=Han}·]{2,4}、)+[\p{Script=Han}·]{2,4})(?=[，。；等和]|$)/dgu;
/** "…C这三位全国劳模分别…" (indices: the count, the title). */
const THESE_AFTER_LIST =
  /这([二两三四五六七八九十]|\d{1,2})(?:位|名)([^，。；、“”\d]{2,12}?)(?=分别|先后|都|均|也|一起|共同|[作做讲分为在，])/d;
/** "以A、B、C等为代表的(一批)劳动模范" (indices: the names, the title). */
const REPRESENTED_BY =
  /以([^，。；“”以]{2,40}?)等?(?:同志|人)?为代表的(?:一批|一大批|众多|广大)?([^，。；、“”的]{2,16}?)(?=[，。；]|$|们|队伍|群体|和|及)/dg;
/**
 * "某水泥有限公司劳模": the unit printed before the plain title (代表 already cut), or null — the
 * unit's representative labour model, not a company's own title.
 */
export function unitOfPlainModel(printed: string): string | null {
  const m = /^(.{4,30}?)(?:劳模|劳动模范)$/.exec(printed);
  return m && isOrgName(m[1]!) && STRONG_UNIT.test(m[1]!) ? m[1]! : null;
}

/** `hs` with their evidence credited to `rule` (the reader that gave them, not the one that parsed them). */
export function retagged(hs: readonly HonourMention[], rule: string): HonourMention[] {
  return hs.map((h) => (h.evidence.rule === rule ? h : { ...h, evidence: { ...h.evidence, rule } }));
}

/** True when `hs` holds titles and none of them a collective's (a person's honours). */
function personal(hs: HonourMention[] | null): hs is HonourMention[] {
  return hs !== null && hs.length > 0 && !hs.some((h) => COLLECTIVE_CATEGORIES.has(h.category));
}

/** Group `k` of a match made with the d flag on s.slice(from, …), as offsets of s. */
function indicesAt(m: RegExpExecArray, k: number, from: number): [number, number] {
  const [a, b] = m.indices![k]!;
  return [from + a, from + b];
}
/** "包括A、B在内的3名选手被授予H" (indices: the names, the honour to the clause's end). */
const INCLUDING =
  /包括([^，。；“”]{2,30}?)在内的(?:\d+|[一二三四五六七八九十两百]+)(?:名|位|人)[^，。；“”]{0,10}?(?:荣获|获得|获评|被[^，。；“”]{0,12}?(?:授予|评为)|当选为?)([^，。；]{2,40})/dg;
/** "这位全国劳动模范说", "这位大国工匠带领…" (index 1: the title, up to a verb or a mark). */
const THIS_HOLDER =
  /这位([^，。；、“”的这]{3,16}?)(?=[，。；]|说|表示|告诉|坦言|介绍|笑着|用|从|在|带|把|将|一直|始终|又|也|还|不仅|已)/g;
/** "从一名普通焊工成长为…": a career's start, then what the person became. */
const RISE_TO =
  /^(?:从[^，。；“”]{1,20}?)?(?:逐步|一步步|最终|先后)?(?:成长为|成长成|蜕变为|成为)(?:了|一名|一位)*/;
/**
 * "在某集团工作了20年", "扎根某矿30年", "目前在某局任职", "服务于某公司", "就任某处": where the person
 * works, before 的 and the name (1: the unit).
 */
const WORKED_AT =
  /^(?:目前|现在|如今|一直|长期)?(?:在|扎根(?:于|在)?|服务于|任职于|就职于|供职于|就任(?:于)?)([^，。；、“”的在]{3,30}?)(?:工作|任职|从事[^，。；的]{1,8}工作|坚守)?(?:了|过)?(?:[\d一二三四五六七八九十两多余]+年(?:来|多|之久)?)?$/;
/** "是今年新评选出的", "是新当选的", "是第三届…评选中产生的": a copula, then how the title was won. */
const CHOSEN_AS =
  /^[是系](?:[^，。；、“”的]{0,8}?)(?:评选出|评出|选出|当选|命名|表彰|产生|涌现出)(?:来)?的(?=[\p{Script=Han}“])/u;
/** A title of rank or profession with no unit ("主任医师", "教授", "正高级工程师", "特级技师"). */
const BARE_RANK =
  /^(?:(?:正|副)?(?:主任|主治)?(?:医师|药师|护师|技师)|(?:副)?教授|(?:正高级|高级|中级)?(?:工程师|技师|经济师|会计师|讲师|教师)|特级技师|研究员|副研究员|博士|硕士)$/;
/** "在某集团(的某部门)工作了N年" after a name (index 1: the unit). */
const WORK_AT =
  /^(?:一直|长期|已)?在([^，。；、“”的在]{4,30}?)(?:的[^，。；]{1,10}?)?(?:工作|任职|上班)(?:了|过)?(?:[\d一二三四五六七八九十两多余]+年)?/;
/** A clause after a name that opens with the post it holds now: "现为…", "现任…", "目前任职于…". */
const POSTFIX_POST = /^(?:现|目前|现在)(?:为|任|是|系|就职于|任职于|供职于|服务于)/;
/** Last characters of an occupation word before a listed name ("蓝骑士", "快递小哥", "外卖员"). */
const PARALLEL_ROLE_END = new Set([..."工员师长手士哥姐者"]);
/** The mark after an item of a list. */
const LIST_ITEM_END = /[、]/;
/** What the clause of a parallel list goes on to: an award or a talk. */
const PARALLEL_VERB = /获评|荣获|获得|被授予|被评为|当选|分享|讲述|宣讲|作了/;
/** PARALLEL_VERB right after a name (an adverb or two between). */
const PARALLEL_VERB_AT =
  /^(?:也|均|都|分别|先后|同时)?(?:获评|荣获|获得|被授予|被评为|当选|分享|讲述|宣讲|作了)/;
/** "得奖模范劳工中", "今年的全国劳模当中": a group of holders the next clause's name is one of (1: the title). */
const AMONG_CLAUSE =
  /^(?:[^，。；、“”的]{0,4}?(?:获奖|得奖|受奖|受表彰|获得表彰|获表彰|当选|入选|获评|今年))?的?“?([^，。；、“”的]{2,14}?)”?(?:中|当中|之中)$/;
/** A roll's heading: a year, a quoted title, 名单, a region in brackets (index 1: the title). */
const ROLL_HEADING =
  /^(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+届)?“([^“”]{2,20})”(?:名单|获得者|人选)?(?:[（(][^（）()]{1,10}[）)])?$/;
/** The 有 opening each clause of a group's members after "…H中，" ("既有", "也有", "还有", "有"). */
const AMONG_ITEM_LEAD = /^(?:既|也|还|其中)?有(?=[\p{Script=Han}“]{4})/u;
/** "作为全国劳模，…", "作为一名省劳动模范，…": the lead of a clause that names what someone is. */
const AS_CLAUSE_LEAD = /^作为(?:一名|一位|一个|首批|首位)?/;

/**
 * A unit and the post held there: "某厂高级技师", or "某公司的(一名)技术中心主任" when the words
 * before 的 name an organisation (none when they do not: "远江最年轻的技师").
 */
function unitOfPost(text: string): ParsedUnit | null {
  const de = text.lastIndexOf("的");
  if (de < 0) return parseUnit(text);
  const org = text.slice(0, de);
  return isOrgName(org) ? { org, jobTitle: text.slice(de + 1).replace(/^(?:一名|一位|一个)/, "") } : null;
}
/** A list's lead before the first member's unit: "入选者包括", "获奖者分别是", "名单如下：". */
const LIST_LEAD_IN_PREFIX = /^[^，。；、“”]{0,8}?(?:包括|分别是|分别为|依次是|依次为|名单如下)[：:]?/;
/** An award verb inside a list item (after its subject). */
const ITEM_VERB = /喜获|荣获|获得(?!者)|获评|获授予|获颁授|被授予|被评为|当选/;
/** A unit with its party branch (and the branch's own part of the unit) read into its name. */
const PARTY_BRANCH =
  /^(.{3,40}?(?:公司|集团|厂|医院|学校|中学|小学|大学|学院|局|银行))[^，、。；]{0,6}?党(?:支部|总支)$/;
/** "身为…", "作为…": a role described before a name, not a unit. */
const ROLE_LEAD = /^(?:身为|作为)/;
/**
 * No employer: a clause that opens with a preposition ("由某部…"), an industry or a system
 * ("船舶行业"), a touring group, studio or class named after its members ("劳模宣讲分队",
 * "创新工作室", "劳模本科班"), or a span cut inside a quote or a gloss ("“安牛班", "fàn)t车辆公司").
 */
const NO_EMPLOYER = /^由|(?:行业|系统)$|(?:宣讲团|宣讲分队|宣讲队|工作室|本科班)$|^[^“]*”|^“[^”]*$|[a-zà-ǜ]/u;
/** A unit with a proper suffix, or a two-character party or government body. */
function isStrongUnit(org: string): boolean {
  return STRONG_UNIT.test(org) || SHORT_ORG.test(org);
}

/** Party and government bodies named by two characters: 市委, 县委, 区政府 … */
const SHORT_ORG = /^[省市区县州镇乡](?:委|政府|人大|政协)$/;
/**
 * A transliterated name: 2–5 characters, a middle dot, 2–4 characters ("艾合买提·吐尔逊"), the
 * shortest that a mark or a predicate follows ("某某·木沙出席").
 */
const DOTTED_NAME =
  /^[\p{Script=Han}]{2,5}·[\p{Script=Han}]{2,4}?(?=[，。；、：\s（(]|$|讲|说|荣|获|被|是|在|等|和|与|为|以|作|分享|表示|介绍|结合|现|也|还|参|出|来|带|用|从|自|同|向|担|曾|始|就|的|告诉)/u;
/** Items of a profile's card: sex, nationality, birth, home town, party, schooling. */
const BIO_CLAUSE =
  /^(?:男|女|[\p{Script=Han}]{1,5}族|(?:\d{4}年)?\d{1,2}月(?:出)?生|\d{4}年(?:出)?生|(?:[\p{Script=Han}]{1,8}(?:省|市|县|区|旗|州|镇|乡|村)|[\p{Script=Han}]{2,3})(?<!工|军|商|法|证|客|主|传|头|责|作)人|中共党员|中共预备党员|群众|大专|本科|研究生|[\p{Script=Han}]{0,8}学历)$/u;
/** A department without a name of its own ("人事处", "办公室", "技术部"). */
const DEPARTMENT = /^[\p{Script=Han}]{1,3}(处|科|部|室|办|办公室)$/u;
/** Posts in a chain that are neither honour nor unit ("党的二十大代表", "全国政协委员", "…提名人选"). */
const SKIPPABLE_ITEM =
  /^[^，。；]{2,24}(?:代表|委员|常委|成员|人选|候选人|理事|院士|学科带头人|人才|培育对象|培养对象|技能专家|技术专家)$/;
/** Last characters of an occupation ("…修理工", "…技术员"): a set lookup on one character. */
const OCCUPATION_END = new Set([..."工员师长手"]);
/** A unit name going on after a bracketed place ("国投（洋浦）油气储运有限公司"). */
const UNIT_AFTER_BRACKET = /^[\p{Script=Han}]{0,16}?(?:公司|集团|厂|局|院|中心|站|所|学校|医院|银行)/u;
const STRONG_UNIT =
  /(?:公司|集团|厂|车间|局|院|中心|站|所|队|部|处|学校|学院|医院|工会|委员会|常委会|联合会|协会|政府|街道|社区|村)$|.{2,}(?:合作社|农场|林场|牧场|银行|大学|中学|小学)$/;
const TITLE_LIKE = /(员|者|师|长|手|人|匠|兵|范|号|星|家|傅|工)$/;
/** 的, the mark of a qualifying clause. */
const DE = 0x7684;
/** What follows "获得H的" when H is the title itself: "…的光荣称号", "…的荣誉", "…的殊荣". */
const TITLE_AFTER_DE = /^(?:光荣|崇高|最高)?(?:称号|荣誉|殊荣|表彰|奖励|嘉奖)/;
/** An honour verb inside a clause, after a name and optional time words: "何某去年被授予…". */
const MID_HONOUR_VERB =
  /(?:同志)?(?:去年|今年|前年|近年|\d{4}年|曾经?|先后|还|也|又|均|分别)*(?:荣获|喜获|获评|获授予|获颁授|被授予|被评为|当选为|当选|(?:成功)?入选为?|(?:成功|被)?推选为|荣膺)了?/g;
const COLLECTIVE_HEAD =
  /^[“]?((?:全国|省级?|市级?|[\p{Script=Han}]{2,8}?(?:省|市|区|自治区))?(?:模范集体|先进集体|工人先锋号|五一劳动奖状))[”]?(.{3,40})$/u;

/** An honour that can head a list on its own: scoped ("全国…", "省…") or a 最美 title. */
function isGroupHonour(h: HonourMention): boolean {
  // (A generic title with the year of its award: "105年度模范劳工分别是…".)
  // (A whole title of an honour system names itself: "南丁格尔奖章".)
  return (
    h.scope !== "" ||
    h.level !== null ||
    h.name.startsWith("最美") ||
    h.year !== null ||
    WHOLE_TITLES.has(h.category)
  );
}

/** A scoped title says more than the same title unscoped ("某市劳动模范" over "劳动模范"). */
function subsumes(held: HonourMention, added: HonourMention): boolean {
  return added.scope === "" && added.level === null && held.scope !== "" && held.category === added.category;
}

function emptyPrefix(): Prefix {
  return { honours: [], employer: null, extra: [], job: null };
}

/** An item of a clause to read: [from, to, first item of the clause, read after a story verb]. */
type QueuedItem = [number, number, boolean, boolean];

/** What the person reader hands from one clause of a sentence to the next. */
class SentenceWalk {
  lastNamed: FoundPerson | null = null;
  /** "某公司检修车间班长，江苏省劳动模范X": a unit-and-job clause before the honours and name. */
  carryEmployer: EmployerMention | null = null;
  lastNameEndsClause = false;
  clauseIndexSinceName = 0;
  colonHonours: HonourMention[] = [];
  /**
   * "全国劳动模范、时代楷模，某公司某班班长X": a clause of honours alone before a clause that
   * ends with a name introduced by unit and job is that name's (a run split on ，).
   */
  carryHonours: HonourMention[] = [];
  /** The honours pass over the next clause, a unit and post without a name, to the one after. */
  carryOverPost = false;
  /** That clause's unit: an employer of the name as well ("某局副书记，某村书记X"). */
  postEmployer: EmployerMention | null = null;
  /** "…分别是：某技艺传承人X；某厂炒茶工Y": after a list marker every item ends with a name. */
  listFrom: number;
  /**
   * "A、B、C等10人，获得“H”称号": the names of a clause closed by a count; an honour verb of the
   * next clause is theirs, not only the last name's.
   */
  countedNames: FoundPerson[] = [];
  /** Every person the sentence names (in appositive items). */
  readonly named = new Set<FoundPerson>();
  /**
   * "受表彰的全国劳动模范中，既有A，也有B": the honours of a clause naming the group, given to each
   * following clause that opens with 有 (既有, 也有, 还有).
   */
  amongHonours: HonourMention[] = [];

  constructor(
    readonly to: number,
    readonly dotted: boolean,
    readonly clauses: [number, number][],
  ) {
    this.listFrom = to;
  }
}

/** What the person reader keeps while it reads the items of one clause [ca, cb). */
class ClauseWalk {
  pending: Prefix = emptyPrefix();
  prevItemHadName = false;
  joined = false;
  lastPrefixHonours: HonourMention[] = [];
  /** The unit of the last prefix when printed "UNIT的" or "来自UNIT的" (it distributes). */
  lastPrefixUnit: EmployerMention | null = null;
  /**
   * The honours of the name before 和 when it was introduced by unit and post ("HONOUR、
   * UNIT POST A和UNIT POST B": a parallel pair shares the honours printed before it).
   */
  pairHonours: HonourMention[] = [];
  group: FoundPerson[] = [];
  clauseHadName = false;
  readonly clauseNames: FoundPerson[] = [];
  /** Where the last name read in the clause ends. */
  lastNameEnd = -1;
  /** The items still to read, built by push (one array shape keeps the compiled code). */
  readonly queue: QueuedItem[] = [];

  constructor(
    readonly ci: number,
    readonly ca: number,
    readonly cb: number,
    readonly items: [number, number][],
    readonly countedList: boolean,
    readonly carried: HonourMention[],
    readonly passOn: boolean,
  ) {}
}

/** One item being read: where its text starts and the name found in it. */
class ItemWalk {
  found = -1;
  len = 0;
  readonly note: NameNote = { rule: null };

  constructor(
    readonly a: number,
    readonly ib: number,
    readonly first: boolean,
    readonly scanFrom: number,
    readonly allowStart: boolean,
  ) {}
}

export class PersonFinder {
  readonly persons = new Map<string, FoundPerson>();
  /** How many people the sentence read last named, and the one read before it. */
  private namedLast = 0;
  private namedBefore = 0;
  /** The titles of the roll under the last roll heading read (readRollLine), or null. */
  private roll: HonourMention[] | null = null;
  /** Item starts of exactly counted name lists whose items are names whatever they read as. */
  private readonly countedItems = new Set<number>();
  readonly collectives = new Map<string, FoundCollective>();

  /** parseHonour in this article's place context, cached across articles. */
  private readonly parseHonour: (printed: string) => ParsedHonour | null;

  constructor(private readonly ctx: TextContext) {
    this.parseHonour = honourParser(ctx.honour);
  }

  private honourAt(printedRaw: string, startRaw: number): HonourMention | null {
    // "是全国三八红旗手": the copula is no part of the honour as printed.
    const cop = printedRaw.length > 3 && (printedRaw[0] === "是" || printedRaw[0] === "系") ? 1 : 0;
    const printed = cop ? printedRaw.slice(1) : printedRaw;
    const start = startRaw + cop;
    // "某矿业“电焊能手”": a quoted title right after a unit (no issuer or scope) is a nickname.
    const nick = printed.endsWith("”") ? NICKNAME_AFTER_UNIT.exec(printed) : null;
    if (nick && this.isNickname(nick)) return null;
    // A printed honour is short; long runs are never one (and are costly memo keys).
    if (printed.length > 40 || printed.length < 2 || !hasHonourWord(printed, 0, printed.length)) return null;
    const p = this.parseHonour(printed);
    if (!p) return null;
    const raw = this.ctx.text.slice(start, start + printed.length);
    return mention(p, raw, spanAt(this.ctx, start, start + printed.length));
  }

  /** Honours in [from, to): one or several, split on 、 and between quoted titles. */
  private honoursIn(from: number, to: number): HonourMention[] | null {
    const s = this.ctx.s;
    // No honour head word in the range: no piece can be an honour.
    if (!hasHonourWord(s, from, to)) return null;
    const out: HonourMention[] = [];
    for (const [a, b] of splitTop(s, from, to, "、")) {
      // “A”“B”获得者, “A”和“B” → A, B (the 和 is stripped as a connector below).
      const pieces = splitQuotedTitles(s, a, b);
      for (const [x, y] of pieces) {
        let from2 = x;
        from2 += connectorAt(s, x, y);
        // "活动邀请了“全国优秀农民工”“…”、…": the verb before the first quoted title.
        const invite = x === from ? INVITE_LEAD.exec(s.slice(from2, y)) : null;
        if (invite) from2 += invite[0].length;
        const h = this.honourAt(s.slice(from2, y), from2);
        // A quoted run of titles may hold one that is no honour ("“技术革新能人”"), also one
        // after its issuer ("某省电力公司“共产党员服务队优秀队长”"): skip it.
        if (!h && pieces.length > 1 && s[y - 1] === "”" && (s[from2] === "“" || y - from2 <= 30)) continue;
        // "两届大国工匠提名人选、自治区劳动模范…": a nomination in the list is no honour held.
        if (!h && NOMINATION.test(s.slice(from2, y)) && hasHonourWord(s, from2, y)) continue;
        if (!h) return null;
        out.push(h);
      }
    }
    return out;
  }

  /**
   * The honour after "A、B等[…的]": a scoped honour, not a verb ("等人荣获…" is read as a
   * predicate) and not a group description ("等8位浙江劳模先进代表").
   */
  private etcHonours(from: number, to: number): HonourMention[] | null {
    const s = this.ctx.s;
    // "等人荣获…", "等9名同志将直接命名为…": a verb follows, the clause is no list tail.
    if (/^[^，。；“”]{0,8}?(?:获|授予|评为|当选|荣膺|将|命名)/.test(s.slice(from, to))) return null;
    // "等4位劳模代表": the plain title before 代表 is every listed name's (unscoped).
    const plain = PLAIN_MODEL.exec(s.slice(from, to));
    if (plain) {
      const end = from + plain[1]!.length;
      return [mention(PLAIN_MODEL_HONOUR, this.ctx.text.slice(from, end), spanAt(this.ctx, from, end))];
    }
    const hs = this.leadingHonour(from, to);
    if (!hs || hs.length === 0) return null;
    // "等9名来自基层的“某县最美快递员”": a quoted title names the list's honour whatever its level.
    if (s[from] !== "“" && !hs.every((h) => h.level !== null)) return null;
    // The honour must follow 等 at once ("等9名同志将直接命名为…" is a clause of its own).
    // Raw texts are the original's, at the same offsets as the matching text.
    const first = this.ctx.text.indexOf(hs[0]!.raw, from);
    if (first < 0 || first > from + 1) return null;
    const last = hs.at(-1)!.raw;
    const at = this.ctx.text.indexOf(last, from);
    // "等20余名全国劳模、大国工匠、某某工匠代表": a mixed group (or a run read only in part)
    // says not which name holds which title.
    return at >= 0 && /^(?:代表|先进|、)/.test(s.slice(at + last.length, at + last.length + 2)) ? null : hs;
  }

  /** The longest honour at the start of [from, to) ("全国劳模分别讲述了…" → 全国劳模). */
  private leadingHonour(from: number, to: number): HonourMention[] | null {
    const all = this.honoursIn(from, to);
    if (all) return all;
    const s = this.ctx.s;
    for (let end = Math.min(to, from + 24); end > from + 1; end--) {
      if (!ANCHOR_WORDS.has(s.slice(end - 2, end)) && !ANCHOR_WORDS.has(s.slice(end - 3, end))) continue;
      const h = this.honoursIn(from, end);
      if (h) return h;
    }
    return null;
  }

  /** Parses what is printed before a name: "[来自]ORG的HONOUR", "HONOUR", "ORG+JOB", "JOB". */
  private parsePrefix(from: number, toRaw: number): Prefix | null {
    // Honours, unit and title before a name are short; a long run of text is a clause (a run
    // of quoted titles may be longer: "“A”“B”“C”“D”“E”“F”X").
    if (toRaw - from > 70 && (toRaw - from > 160 || !this.quotedRun(from, toRaw))) return null;
    const s = this.ctx.s;
    let a = from;
    // "大国工匠代表X", "全国劳模代表X": the honour before 代表 is the person's own.
    let to = toRaw;
    // "…副主席（兼职）X": the note in brackets is no part of the post.
    const open = s[to - 1] === "）" ? s.lastIndexOf("（", to - 1) : -1;
    if (open > a && to - open <= 6) to = open;
    if (to - a > 2 && s.startsWith("代表", to - 2)) {
      to -= 2;
      // "劳动模范代表、某钻井队队长X": a representative of the labour models is one (plain title).
      const plain = s.slice(a, to);
      if (plain === "劳模" || plain === "劳动模范") {
        const out = emptyPrefix();
        out.honours.push(mention(PLAIN_MODEL_HONOUR, this.ctx.text.slice(a, to), spanAt(this.ctx, a, to)));
        return out;
      }
      // "某水泥有限公司劳模代表A": the unit's representative labour model — the unit employs the
      // person, the title is the plain one (not a company's own title).
      const unitText = unitOfPlainModel(plain);
      if (unitText) {
        const out = emptyPrefix();
        const hAt = a + unitText.length;
        out.honours.push(
          mention(PLAIN_MODEL_HONOUR, this.ctx.text.slice(hAt, to), spanAt(this.ctx, hAt, to)),
        );
        out.employer = this.employer(unitText, null, a, hAt, "employer.unit");
        return out;
      }
    }
    // "…也分别报告了省五一劳动奖章获得者X": the story verb and its subject are no part of the prefix.
    const told = storyLead(PREFIX_STORY_LEAD, s, a, to, 18);
    if (told) a += told[0].length;
    // "区总工会决定让刚刚荣获H的X…": whoever asks or lets is no part of the holder's prefix.
    const asked = ASKED_HOLDER.exec(s.slice(a, to));
    if (asked) a += asked[0].length;
    const from2 = s.startsWith("来自", a);
    if (from2) a += 2;
    // "两位大国工匠X、Y": the count of the names that follow is no part of their title.
    const counted = LEADING_COUNT.exec(s.slice(a, to));
    // (A counted group before a dash is read by dashedPrefix.)
    if (counted && a + counted[0].length < to && s[a - 1] !== "等" && !s.slice(a, to).includes("——"))
      a += counted[0].length;
    if (a >= to) return emptyPrefix();
    // "某矿业公司“X劳模创新工作室”负责人X": the studio is the unit's; its head works for the unit.
    const studio = s.includes("工作室", a) ? STUDIO_HEAD.exec(s.slice(a, to)) : null;
    if (studio && isOrgName(studio[1]!)) {
      const out = emptyPrefix();
      out.employer = this.employer(studio[1]!, studio[2]!, a, a + studio[1]!.length, "employer.studio-head");
      return out;
    }
    // "某矿业“电焊能手”X": the nickname is no title; the words before it name the unit.
    const nick = s[to - 1] === "”" ? NICKNAME_AFTER_UNIT.exec(s.slice(a, to)) : null;
    if (nick && this.isNickname(nick)) return this.nicknamePrefix(nick, a);
    return (
      this.dashedPrefix(a, to, toRaw) ?? this.quotedThenUnit(a, to) ?? this.unitAndTitlePrefix(a, to, from2)
    );
  }

  /**
   * "“全国优秀共产党员”某村党委书记X", "“H1”“H2”某公司技术工人X": quoted titles run straight on
   * into the unit and job (no 、 between them); null unless both parts read.
   */
  private quotedThenUnit(a: number, to: number): Prefix | null {
    const s = this.ctx.s;
    if (s[a] !== "“") return null;
    let end = a;
    while (s[end] === "“") {
      const close = s.indexOf("”", end + 1);
      if (close < 0 || close >= to - 2 || close - end > 24) return null;
      end = close + 1;
    }
    // ("“H”荣誉称号获得者某集团X", "“H1”、“H2”的某部投递员X" are read as they were.)
    if (/^(?:的|荣誉|称号|光荣|获得者|之)/.test(s.slice(end, end + 3))) return null;
    const hs = this.honoursIn(a, end);
    if (!hs || hs.length === 0 || !hs.every((h) => h.level !== null)) return null;
    const rest = this.unitAndTitlePrefix(end, to, false);
    if (!rest?.employer || rest.honours.length > 0) return null;
    rest.honours = hs;
    return rest;
  }

  /** "某矿业“电焊能手”X": the words before the nickname name the unit (if they are one). */
  private nicknamePrefix(nick: RegExpExecArray, a: number): Prefix {
    const unit = parseUnit(nick[1]!);
    const org = unit?.org ?? (INDUSTRY_BRAND.test(nick[1]!) ? nick[1]! : null);
    const out = emptyPrefix();
    if (org)
      out.employer = this.employer(org, unit?.jobTitle ?? null, a, a + nick[1]!.length, "employer.nickname");
    return out;
  }

  /** "“全国五一劳动奖章”获得者——某公司董事长X": honours, a dash, then unit and job (or null). */
  private dashedPrefix(a: number, to: number, toRaw: number): Prefix | null {
    const s = this.ctx.s;
    const dash = s.indexOf("——", a);
    if (dash <= a || dash + 2 >= to) return null;
    // "来自某公司的两位劳模——全国劳动模范X与…": a counted group before the dash describes the people
    // the dash then names one by one; the prefix is what follows the dash (and the group's unit).
    const group = COUNTED_GROUP_BEFORE_DASH.exec(s.slice(a, dash));
    if (group) {
      const rest = this.parsePrefix(dash + 2, toRaw) ?? emptyPrefix();
      const unitText = group[1];
      if (unitText && !rest.employer && isOrgName(unitText)) {
        const at = a + group[0].indexOf(unitText);
        rest.employer = this.employer(unitText, null, at, at + unitText.length, "employer.unit");
      }
      return rest;
    }
    const hs = this.honoursIn(a, dash);
    if (!hs || hs.length === 0) return null;
    const rest = this.parsePrefix(dash + 2, toRaw) ?? emptyPrefix();
    rest.honours.unshift(...hs);
    return rest;
  }

  /** "[来自]ORG的HONOUR", "HONOUR", "ORG+JOB", "JOB" in [a, to) ("来自" already skipped: from2). */
  private unitAndTitlePrefix(a0: number, to: number, from2: boolean): Prefix | null {
    const s = this.ctx.s;
    // "入选者包括某油田分公司的X", "获奖者分别是某厂的X": the list's lead is no part of the unit.
    const lead = LIST_LEAD_IN_PREFIX.exec(s.slice(a0, to));
    const a = lead && to - a0 - lead[0].length >= 3 ? a0 + lead[0].length : a0;
    const text = s.slice(a, to);
    const de = text.lastIndexOf("的");
    const out = emptyPrefix();
    let tailFrom = a;
    if (de >= 0) {
      // "…、全国劳动模范某公司某分公司的X": a title glued to the unit before 的.
      const glued = this.titleBeforeUnit(a, a + de);
      if (glued) {
        out.honours.push(glued.honour);
        const org = s.slice(glued.end, a + de);
        out.employer = this.employer(org, null, glued.end, a + de, "employer.unit-de");
        if (a + de + 1 >= to) return out;
        return this.titleTail(out, a + de + 1, to);
      }
      // "在某集团工作了20年的全国劳模X": where the person works, in a relative clause.
      const worked = WORKED_AT.exec(text.slice(0, de));
      const orgText = worked ? worked[1]! : text.slice(0, de);
      const unit = parseUnit(orgText);
      // "来自X的…", "服务于X的…": X is an organisation even without a suffix (a brand name such as
      // 某某精机, 某某电工机械). (Not "来自园区一线的", "来自基层的": where in the work, no organisation.)
      const employedBy = worked !== null && /服务于|任职于|就职于|供职于/.test(worked[0]);
      const org =
        unit?.org ??
        ((from2 || employedBy) &&
        /^[\p{Script=Han}]{2,20}$/u.test(orgText) &&
        !NOWHERE_IN_PARTICULAR.test(orgText) &&
        !isPlaceName(orgText) // "来自山东的…": where the person comes from, no organisation
          ? orgText
          : null);
      const orgFrom = worked ? a + 1 : a;
      if (org && (!worked || employedBy || isOrgName(org)))
        out.employer = this.employer(
          org,
          unit?.org ? unit.jobTitle : null,
          orgFrom,
          orgFrom + orgText.length,
          worked ? "employer.worked-at" : from2 ? "employer.laizi" : "employer.unit-de",
        );
      else {
        // "四川省敬业奉献模范的X": honours before 的; "来宾市的全国劳模X", "前来参加…活动的“大国工匠”":
        // a place or a relative clause before 的 says nothing about the person.
        const before = this.honoursIn(a, a + de);
        // ("获得“五一劳动奖章”的X": a title received, quoted, counts whatever its scope.)
        const received = RECEIVED_QUOTED.test(text);
        if (before?.every((h) => h.level !== null || received)) {
          if (a + de + 1 >= to) {
            out.honours.push(...before);
            return out;
          }
          // "荣获“某省优秀X”称号的某所某班班长X": the titles, then the unit and post after 的.
          // ("2015年荣获…称号的": the year it was received may come first.)
          const after =
            /^(?:同样|也|还|均|都|曾)?(?:[还也]?有)?(?:[\d０-９]{4}年度?)?(?:荣获|获得|获评|获)/.test(text)
              ? this.titleTail(emptyPrefix(), a + de + 1, to)
              : null;
          if (after?.employer) {
            after.honours.unshift(...before);
            return after;
          }
        }
      }
      tailFrom = a + de + 1;
      // "获评省劳模的有某公司焊工X", "…的是某厂技师X": the list marker after 的 is no part of the unit.
      if ((s[tailFrom] === "有" || s[tailFrom] === "是") && to - tailFrom > 3) tailFrom++;
    }
    if (tailFrom >= to) {
      // "湖南某某系统有限公司的X": a unit right before the name introduces the person.
      if (out.employer && isOrgName(s.slice(a, a + de))) this.introducing.add(out.employer);
      return out;
    }
    return this.titleTail(out, tailFrom, to);
  }

  /** The words after the unit (or the whole prefix): honours, a job title, or a unit with a job. */
  private titleTail(out: Prefix, tailFrom: number, to: number): Prefix | null {
    const tail = this.ctx.s.slice(tailFrom, to);
    const honours = this.honoursIn(tailFrom, to);
    if (honours) {
      out.honours.push(...honours);
      // "首钢集团全国技术能手": the unit printed before a scoped title employs the person.
      const unit = !out.employer ? UNIT_BEFORE_SCOPE.exec(tail) : null;
      if (unit && isOrgName(unit[1]!))
        out.employer = this.employer(unit[1]!, null, tailFrom, tailFrom + unit[1]!.length, "employer.unit");
      return out;
    }
    if (out.employer) {
      if (JOB_TITLES.some((j) => tail.endsWith(j))) {
        out.employer.jobTitle = tail;
        return out;
      }
      return null;
    }
    const glued = this.titleBeforeUnit(tailFrom, to);
    if (glued) {
      out.honours.push(glued.honour);
      return this.titleTail(out, glued.end, to);
    }
    // "该公司总工X": the unit named before (its own name, not 该公司).
    const ref = tail.charCodeAt(0) === 0x8be5 ? REFERS_TO_UNIT.exec(tail) : null;
    const referent = ref ? this.referentUnit(ref[1]!, tailFrom) : null;
    if (ref && referent) {
      const [ra, rb] = referent;
      out.employer = {
        org: this.ctx.text.slice(ra, rb),
        orgType: orgTypeOf(this.ctx.s.slice(ra, rb)),
        jobTitle: tail.slice(ref[0].length) || null,
        evidence: spanAt(this.ctx, tailFrom, to, "employer.referent"),
      };
      return out;
    }
    const unit = parseUnit(tail);
    if (!unit) return null;
    if (unit.org) out.employer = this.employer(unit.org, unit.jobTitle, tailFrom, to);
    else out.job = unit.jobTitle;
    return out;
  }

  /**
   * The unit that "该公司", "该厂" … before `before` refers to: the nearest earlier mention whose
   * name ends with the same word (in the 400 characters before, the words that lead to it cut off:
   * "在某集团某公司生产车间内" → 某集团某公司), as [start, end], or null.
   */
  private referentUnit(word: string, before: number): [number, number] | null {
    const s = this.ctx.s;
    for (let i = s.lastIndexOf(word, before - 1); i > 0 && before - i < 400; i = s.lastIndexOf(word, i - 1)) {
      if (s[i - 1] === "该" || s[i - 1] === "本" || s[i - 1] === "我") continue;
      const end = i + word.length;
      // (The word ends a word of the text: not the 矿 of 矿业.)
      if (
        end < s.length &&
        /\p{Script=Han}/u.test(s[end]!) &&
        !windowBounds(s, end - 1, Math.max(0, end - 8), Math.min(s.length, end + 8)).has(end)
      )
        continue;
      let a = end;
      while (a > 0 && end - a < 30 && !REFERENT_STOP.test(s[a - 1]!)) a--;
      const lead = REFERENT_LEAD.exec(s.slice(a, end));
      if (lead) a += lead[0].length;
      if (end - a > word.length + 1 && isOrgName(s.slice(a, end))) return [a, end];
    }
    return null;
  }

  /**
   * "某市大工匠某发电厂检修部职工X": a title glued to the unit after it (no 、 between).
   * The shortest title at `from` whose rest reads as an organisation's name, or null.
   */
  private titleBeforeUnit(from: number, to: number): { honour: HonourMention; end: number } | null {
    const s = this.ctx.s;
    // Only as the last item of a run of titles ("…劳模、某市大工匠某厂…"): elsewhere the words
    // before a unit are a sentence's ("实现劳动模范工匠学院…").
    // (At an item's start, "全国劳动模范某厂高级技师X", when the unit is followed by a post.)
    const inRun = s[from - 1] === "、";
    if (!hasHonourWord(s, from, Math.min(to, from + 16))) return null;
    // "集团公司示范型职工（劳模）创新工作室": a bracket opens a note; no title runs up to or past it.
    const bracket = s.indexOf("（", from);
    const last = Math.min(to - 3, from + 16, bracket >= 0 ? bracket - 1 : Number.POSITIVE_INFINITY);
    for (let e = from + 3; e <= last; e++) {
      if (!HONOUR_LAST[s.charCodeAt(e - 1)]) continue;
      const h = this.honourAt(s.slice(from, e), from);
      if (!h) continue;
      // "“某省工匠”荣誉称号获得者某集团X": the title's trailing words before the unit.
      const end = e + (TITLE_TRAIL.exec(s.slice(e, to))?.[0].length ?? 0);
      // "国家级技能大师工作室领衔人X": a studio named after the title is no unit of the person's.
      if (s.startsWith("工作室", end) || s.startsWith("创新工作室", end)) return null;
      const unit = parseUnit(s.slice(end, to));
      if (!unit?.org || !isOrgName(unit.org)) continue;
      if (inRun) return { honour: h, end };
      // Out of a run, only an unquoted title, a whole unit (no title word left glued to it, no
      // verb or 的 inside) and a post after it.
      if (
        unit.jobTitle &&
        end - from >= 4 &&
        !s.slice(from, end).includes("“") &&
        !/^[号奖章]/.test(unit.org) &&
        !/[在的是]/.test(s.slice(end, to))
      )
        return { honour: h, end };
    }
    return null;
  }

  private employer(
    org: string,
    jobTitle: string | null,
    start: number,
    end: number,
    rule = jobTitle ? "employer.unit-job" : "employer.unit",
  ): EmployerMention {
    // "某控股集团有限公司旗下某旅游集团某景区": the unit after 旗下/下属 is the employer.
    const sub = SUBSIDIARY.exec(org);
    if (sub && org.length - sub.index - sub[0].length >= 3) {
      org = org.slice(sub.index + sub[0].length);
      rule = "employer.subsidiary";
    }
    // "某食品有限公司党支部副书记", "某四分公司某站区党支部书记": a party branch is an office of the
    // unit, part of the person's post; the unit employs.
    const branch = PARTY_BRANCH.exec(org);
    if (branch) {
      jobTitle = org.slice(branch[1]!.length) + (jobTitle ?? "");
      org = branch[1]!;
    }
    // "…决定授予某公司", "最终选出某公司": a verb of the sentence before the unit is no part of it.
    const verb = ORG_VERB_LEAD.exec(org);
    if (verb && org.length - verb[0].length >= 4) org = org.slice(verb[0].length);
    // The unit may start after a lead word ("来自", "据") that the parser dropped.
    let at = this.ctx.s.indexOf(org, start);
    // "某建设(集团": a bracket the unit opened and the span cut closes where the text closes it,
    // else the unit ends before it.
    const open = Math.max(org.lastIndexOf("("), org.lastIndexOf("（"));
    if (open > 0 && !/[)）]/.test(org.slice(open))) {
      const after = at >= 0 ? this.ctx.s[at + org.length] : undefined;
      if (after === ")" || after === "）") org += after;
      else if (open >= 2) org = org.slice(0, open);
      at = this.ctx.s.indexOf(org, start);
    }
    const orgStart = at >= 0 && at < end ? at : start;
    const orgText = this.ctx.text.slice(orgStart, orgStart + org.length);
    const mention: EmployerMention = {
      org: orgText.length === org.length ? orgText : org,
      orgType: orgTypeOf(org),
      jobTitle,
      evidence: spanAt(this.ctx, start, end, rule),
    };
    // "市总工会副主席X", "某厂钳工Y" introduce a person; "车间职工X说" (the audience) does not.
    if (jobTitle && !/(职工|员工|工人|学生|群众)$/.test(jobTitle) && (isOrgName(org) || SHORT_ORG.test(org)))
      this.introducing.add(mention);
    return mention;
  }

  /** The department `dept` inside `unit`: "某学院" + "人事处" → "某学院人事处". */
  private department(unit: EmployerMention, dept: EmployerMention): EmployerMention {
    // "某中学副校长、文科党支部书记X": a department's party branch is an office of the unit; the unit
    // employs, the branch is the post.
    const branch = dept.jobTitle !== null && /^党(?:支部|总支)/.test(dept.jobTitle);
    const combined: EmployerMention = {
      org: branch ? unit.org : unit.org + dept.org,
      orgType: unit.orgType,
      jobTitle: branch ? dept.org + dept.jobTitle : dept.jobTitle,
      evidence: { ...dept.evidence, rule: "employer.department" },
    };
    if (this.introducing.has(dept) || this.introducing.has(unit)) this.introducing.add(combined);
    return combined;
  }

  /** True when [from, to) holds at least three quoted titles in a row ("”“"). */
  private quotedRun(from: number, to: number): boolean {
    const s = this.ctx.s;
    let n = 0;
    for (let i = s.indexOf("”“", from); i >= 0 && i < to; i = s.indexOf("”“", i + 2))
      if (++n >= 2) return true;
    return false;
  }

  /** "某矿业“电焊能手”": no issuer before the quotes and no title of rank inside them. */
  private isNickname(m: RegExpExecArray): boolean {
    if (ISSUER_END.test(m[1]!) || m[1]!.includes("的")) return false;
    return !(parseHonourNoPlace(m[2]!)?.level ?? null);
  }

  /** True when [from, to) holds a unit-and-job run right before a name ("…一班班长X颁发…"). */
  private introducesName(from: number, to: number): boolean {
    const s = this.ctx.s;
    for (let p = from + 2; p < to - 1; p++) {
      if (surnameAt(s, p) === 0 || !JOB_TITLE_BY_LAST.has(s[p - 1]!)) continue;
      const job = suffixAt(s, JOB_TITLE_BY_LAST, p);
      if (!job || p - job.length < from || GENERIC_JOB.test(job)) continue;
      if (nameAt(s, p, to, windowBounds(s, p, from, to), true) > 0) return true;
    }
    return false;
  }

  /** True when [from, to) ends with a job title and a name ("…书记、村委会主任闫某"). */
  private endsWithIntroducedName(from: number, to: number): boolean {
    const s = this.ctx.s;
    for (const len of [2, 3]) {
      const p = to - len;
      if (p <= from || surnameAt(s, p) === 0) continue;
      const job = suffixAt(s, JOB_TITLE_BY_LAST, p);
      if (job && p - job.length >= from) return true;
      // "…代表性传承人X", "…全国劳动模范X": a title or honour word right before the name.
      for (let w = 2; w <= 6 && p - w >= from; w++) if (ANCHOR_WORDS.has(s.slice(p - w, p))) return true;
    }
    return false;
  }

  /**
   * Employers printed with a job title that introduces someone. A plain Set: it lives no longer
   * than this finder (one article), whose persons hold the same mentions anyway, and a WeakSet
   * per article costs every garbage collection an ephemeron table to walk.
   */
  private readonly introducing = new Set<EmployerMention>();

  /** True when the person was introduced by unit and job (an official, a listed worker). */
  introduced(p: { employers: EmployerMention[] }): boolean {
    return p.employers.some((e) => this.introducing.has(e));
  }

  private isAnchor(p: number, itemStart: number): boolean {
    const s = this.ctx.s;
    if (p === itemStart) return false;
    const prev = s[p - 1];
    // "…副主席（兼职）X": a short note in brackets between the post and the name.
    const open = prev === "）" ? s.lastIndexOf("（", p - 1) : -1;
    if (open > itemStart && p - open <= 6) return this.isAnchor(open, itemStart);
    if (prev === "的" || prev === "”") return true;
    if (ANCHOR_LAST.has(prev ?? "")) {
      // (An anchor word of 2–8 characters inside the item ends right before the name.)
      for (const w of ANCHOR_BY_LAST.get(prev!) ?? NO_WORDS)
        if (p - w.length >= itemStart && s.endsWith(w, p)) return true;
    }
    // An occupation outside the lexicon after a unit: "某港务有限公司门机修理工X".
    if (!OCCUPATION_END.has(prev ?? "") || p - itemStart < 5) return false;
    const unit = parseUnit(s.slice(itemStart, p));
    return (
      unit?.org != null &&
      unit.jobTitle != null &&
      /^[^和与及的在]{1,8}$/.test(unit.jobTitle) &&
      isStrongUnit(unit.org)
    );
  }

  /**
   * Length of the name that fills the list item [a, b) (a count may follow it: "X等23名…"):
   * a surname and one or two characters, or a name of four to seven characters (transliterated).
   */
  private listedNameLength(a: number, b: number): number {
    const s = this.ctx.s;
    const m = LISTED_NAME.exec(s.slice(a, b));
    if (!m) return 0;
    const name = m[1]!;
    // An item of a list whose count is its number of items (isCountedNameList): a name whatever it is.
    if (this.countedItems.has(a)) return name.length;
    if (name.length <= 3) {
      const sl = surnameAt(s, a);
      // ("授予全国1698人…": a word before the count is no name.)
      return sl > 0 && sl < name.length && !ANCHOR_WORDS.has(name) && !STOP_NAMES.has(name) ? name.length : 0;
    }
    // Longer: a Tibetan or Mongolian name, or a transliteration joined by a middle dot.
    return name.includes("·") || minorityNameAt(s, a, a + name.length) === name.length ? name.length : 0;
  }

  /** Items of a clause that are all bare names, the last one closed by a count ("等5名"). */
  private isCountedNameList(items: [number, number][]): boolean {
    const s = this.ctx.s;
    const [la, lb] = items.at(-1)!;
    const close = LIST_COUNT_CLOSE.exec(s.slice(la, lb));
    if (!close) return false;
    // "A、B、C、D、E、F、G7人荣膺…": a count equal to the number of items makes every item of
    // two to four characters a name (a Tibetan name the syllable lists miss: "罗布斯达").
    const n = /(\d+|[一二三四五六七八九十两]+)(?:名|位|人)/.exec(close[0]);
    const exact = n !== null && countOf(n[1]!) === items.length;
    let surnamed = 0;
    for (const [a0, b] of items) {
      const a = a0 === items[0]![0] ? a0 + nameListLead(s, a0, b) : a0;
      let l = this.listedNameLength(a, b);
      if (l === 0 && exact) {
        const m = EXACT_LIST_ITEM.exec(s.slice(a, b));
        if (m && !STOP_NAMES.has(m[1]!) && !ANCHOR_WORDS.has(m[1]!)) {
          this.countedItems.add(a);
          l = m[1]!.length;
        }
      }
      // "某公司劳模A、B、C5位劳动模范…": the first item may introduce its name (an anchor before it).
      if (l === 0 && a0 === items[0]![0] && this.endsWithAnchoredName(a, b)) {
        surnamed++;
        continue;
      }
      if (l === 0) return false;
      if (l <= 3) surnamed++;
    }
    // Most items are surname names: a list of place or unit words is no name list.
    return surnamed * 2 > items.length;
  }

  /** True when [from, to) ends with a two- or three-character name right after an anchor. */
  private endsWithAnchoredName(from: number, to: number): boolean {
    const s = this.ctx.s;
    for (const len of [3, 2]) {
      const p = to - len;
      if (p <= from || surnameAt(s, p) === 0 || !this.isAnchor(p, from)) continue;
      if (nameAt(s, p, to, windowBounds(s, p, from, to), true) === len) return true;
    }
    return false;
  }

  /**
   * Length of the name that opens a profile ("X是某公司工程部经理", "X是某公园的一名管理员"):
   * a name, 是, then a unit and a job title filling the item; 0 when the item is no such opening.
   */
  private profileNameAt(p: number, to: number, bounds: Bounds): number {
    const s = this.ctx.s;
    // Only at the start of a paragraph, where a profile opens ("毕竟是…" mid-text is no name).
    if (p > 0 && !/\s/.test(s[p - 1]!)) return 0;
    for (const len of [2, 3]) {
      if (s[p + len] !== "是" || nameAt(s, p, p + len, bounds, true) !== len) continue;
      const rest = s.slice(p + len + 1, to).replace(/的(?:一名|一位|一个)?|^(?:一名|一位)/g, "");
      const unit = parseUnit(rest);
      if (unit?.org && unit.jobTitle && isOrgName(unit.org) && !GENERIC_JOB.test(unit.jobTitle)) return len;
    }
    return 0;
  }

  /** True when [from, to) is a unit and post with no name ("国家税务总局某市税务局机关党委专职副书记"). */
  private isPostClause(from: number, to: number): boolean {
    const s = this.ctx.s;
    if (hasHonourWord(s, from, to) || to - from > 40) return false;
    const unit = parseUnit(s.slice(from, to));
    return !!unit?.org && !!unit.jobTitle && (isStrongUnit(unit.org) || isOrgName(unit.org));
  }

  /** True when the brackets at `open` hold a short place and a unit name follows them. */
  private unitAfterBracket(open: number, to: number): boolean {
    const s = this.ctx.s;
    const close = s.indexOf("）", open);
    if (close < 0 || close >= to || close - open > 6) return false;
    return UNIT_AFTER_BRACKET.test(s.slice(close + 1, Math.min(to, close + 24)));
  }

  /** A strong unit name fills the item up to `p` ("某某股份有限公司" before a name). */
  private unitAnchor(p: number, itemStart: number): boolean {
    const s = this.ctx.s;
    if (!ORG_SUFFIX_BY_LAST.has(s[p - 1]!)) return false;
    // "采矿所X荣获…": a unit's own department by its short name, in the unit's own news.
    if (p - itemStart === 3 && DEPARTMENT_SHORT.test(s.slice(itemStart, p))) return true;
    if (p - itemStart < 4) return false;
    const org = s.slice(itemStart, p);
    return isOrgName(org) && (STRONG_UNIT.test(org) || /(?:大学|中学|小学|矿|油田|银行|馆)$/.test(org));
  }

  /** The person named last (for 他/她 sentences). */
  private lastPerson: FoundPerson | null = null;

  private addPerson(
    name: string,
    at: number,
    prefix: Prefix,
    honourRule = "honour.appositive",
    nameRule: string | null = null,
  ): FoundPerson {
    let p = this.persons.get(name);
    if (!p) {
      p = blankPerson(
        name,
        at,
        this.ctx.s
          .slice(at, at + name.length * 3)
          .replace(/\s+/g, "")
          .slice(0, name.length),
        // The rule of the person table (rules/person.ts) that read the name, if any.
        spanAt(this.ctx, at, at + name.length, nameRule ?? undefined),
      );
      this.persons.set(name, p);
    }
    if (!p.mentions.includes(at)) p.mentions.push(at);
    this.lastPerson = p;
    this.addHonours(p, prefix.honours, honourRule);
    if (prefix.employer) this.addEmployer(p, prefix.employer);
    for (const e of prefix.extra) this.addEmployer(p, e);
    return p;
  }

  /** Adds honours not held yet; each one's evidence names `rule` unless it names one already. */
  addHonours(p: { honours: HonourMention[] }, honours: HonourMention[], rule: string): void {
    for (const h of honours) {
      if (p.honours.some((x) => x.name === h.name || subsumes(x, h))) continue;
      // "聆听了A等5名劳模的…" before "全国劳动模范A": the scoped title replaces the plain one.
      if (p.honours.some((x) => subsumes(h, x))) p.honours = p.honours.filter((x) => !subsumes(h, x));
      p.honours.push(h.evidence.rule ? h : { ...h, evidence: { ...h.evidence, rule } });
    }
  }

  addEmployer(p: FoundPerson, e: EmployerMention, rule = "employer.unit-job"): void {
    // "身为企业总工程师的X": a role described, no unit named.
    if (ROLE_LEAD.test(e.org) || NO_EMPLOYER.test(e.org)) return;
    if (!p.employers.some((x) => x.org === e.org || x.org.startsWith(e.org) || e.org.startsWith(x.org)))
      p.employers.push(e.evidence.rule ? e : { ...e, evidence: { ...e.evidence, rule } });
  }

  /**
   * "某海关人传承…精神，先后涌现出H A、H B等先进典型": the unit whose people open the sentence
   * employs the persons named after the verb that have no unit of their own.
   */
  readEmergedFrom(from: number, to: number): void {
    const s = this.ctx.s;
    const t = s.slice(from, to);
    const verb = EMERGED.exec(t);
    if (!verb) return;
    const first = t.slice(0, verb.index).split("，")[0]!;
    let end = 0;
    for (let e = Math.min(first.length - 1, 20); e >= 3 && end === 0; e--)
      if (PEOPLE_OF_UNIT.test(first.slice(e)) && isOrgName(first.slice(0, e))) end = e;
    if (end === 0) return;
    const after = from + verb.index + verb[0].length;
    const unit: EmployerMention = {
      org: this.ctx.text.slice(from, from + end),
      orgType: orgTypeOf(s.slice(from, from + end)),
      jobTitle: null,
      evidence: spanAt(this.ctx, from, from + end, "employer.emerged-from"),
    };
    for (const p of this.persons.values())
      if (p.employers.length === 0 && p.at >= after && p.at < to)
        this.addEmployer(p, unit, "employer.emerged-from");
  }

  /** The collective `name` printed at `at` (made on first mention), with `honours` added. */
  addCollective(name0: string, at0: number, honours: HonourMention[], rule: string): FoundCollective {
    // "哈市共有某公司", "集团所属某建工", "我市某公司", "某工程部等100个先进班组": the words around a
    // collective's own name are no part of it.
    let at = at0;
    let name = name0;
    const printed = this.ctx.s.slice(at, at + name.length);
    const lead = COLLECTIVE_LEAD.exec(printed);
    const tail = COLLECTIVE_TAIL.exec(printed);
    let from = lead && isOrgName(printed.slice(lead[0].length, tail?.index).trim()) ? lead[0].length : 0;
    while (from > 0 && /\s/.test(printed[from] ?? "")) from++;
    const to = tail && isOrgName(printed.slice(from, tail.index)) ? tail.index : printed.length;
    if (from > 0 || to < printed.length) {
      name = name.slice(from, to);
      at += from;
    }
    let c = this.collectives.get(name);
    if (!c) {
      const key = this.ctx.s.slice(at, at + name.length);
      c = { name, honours: [], spokeAt: [], evidence: spanAt(this.ctx, at, at + name.length), at, key };
      this.collectives.set(name, c);
    }
    this.addHonours(c, honours, rule);
    return c;
  }

  /** "…机电班模范集体的代表", "…车间工人先锋号": a collective named in an item. */
  private collectiveIn(from: number, to: number): boolean {
    const s = this.ctx.s;
    // Cheap gate: every collective title ends with one of these words.
    if (!COLLECTIVE_WORD.test(s, from, to)) return false;
    let a = from;
    if (s.startsWith("来自", a)) a += 2;
    const text = s.slice(a, to).replace(/(的)?(代表|们)+$/, "");
    const m =
      /^(.{2,40}?)[“]?((?:全国|省级?|市级?)?(?:模范集体|先进集体|工人先锋号|五一劳动奖状))[”]?(称号)?$/.exec(
        text,
      );
    // "“全国海关先进集体”": a quoted title with its industry's scope names no collective.
    if (m && (/^全国/.test(m[1]!) || m[1]!.includes("“"))) return false;
    if (!m || !isOrgName(m[1]!)) {
      // Honour first: "全国工人先锋号某公司某班".
      const cut = this.ctx.s.slice(a, to).replace(/(的)?(代表|们).*$/, "");
      const h2 = COLLECTIVE_HEAD.exec(cut);
      if (!h2 || !isOrgName(h2[2]!)) return false;
      const h = this.honourAt(h2[1]!, a + cut.indexOf(h2[1]!));
      const nameAt2 = a + cut.length - h2[2]!.length;
      this.addCollective(
        this.ctx.text.slice(nameAt2, nameAt2 + h2[2]!.length),
        nameAt2,
        h ? [h] : [],
        "honour.collective",
      );
      return true;
    }
    const h = this.honourAt(m[2]!, a + m[1]!.length);
    // "中华全国总工会授予某海关缉私分局“…奖状”": the issuer and its verb are no part of the name.
    const granted = m[1]!.lastIndexOf("授予");
    const skip = granted >= 2 && isOrgName(m[1]!.slice(granted + 2)) ? granted + 2 : 0;
    const name = this.ctx.text.slice(a + skip, a + m[1]!.length);
    this.addCollective(name, a + skip, h ? [h] : [], "honour.collective");
    return true;
  }

  /** Reads one sentence [from, to): its clauses in turn, each handing state to the next. */
  readSentence(fromRaw: number, end: number): void {
    const s = this.ctx.s;
    const from = this.afterOpeningQuote(fromRaw, end);
    let to = end;
    while (to > from && /[。！？；\s]/.test(s[to - 1]!)) to--;
    // Transliterated names ("X·Y") are sought only in sentences with a middle dot.
    const dotted = s.slice(from, to).includes("·");
    const st = new SentenceWalk(to, dotted, splitTop(s, from, to, "，；：…"));
    for (let ci = 0; ci < st.clauses.length; ci++) this.readClause(st, ci);
    this.namedBefore = this.namedLast;
    this.namedLast = st.named.size;
  }

  /** "“……。”全国劳模X说": a quoted utterance that opens the sentence is not part of the chain. */
  private afterOpeningQuote(from: number, end: number): number {
    const s = this.ctx.s;
    if (s[from] !== "“") return from;
    const close = s.indexOf("”", from);
    return close > 0 && close < end - 1 && /[。！？]/.test(s.slice(from, close)) ? close + 1 : from;
  }

  /** Clause `ci` of a sentence: a clause about the name before it, or its 、-separated items. */
  private readClause(st: SentenceWalk, ci: number): void {
    const s = this.ctx.s;
    let [ca, cb] = st.clauses[ci]!;
    let carried = st.carryHonours;
    if (st.amongHonours.length > 0) {
      const lead = AMONG_ITEM_LEAD.exec(s.slice(ca, cb));
      if (lead) {
        ca += lead[0].length;
        carried = st.amongHonours;
      } else st.amongHonours = [];
    }
    const passOn = st.carryOverPost;
    st.carryOverPost = false;
    st.carryHonours = [];
    // "他叫X，是某厂的一名焊工": the name a profile introduces itself with opens the clause.
    const namedAs = s[ca] === "他" || s[ca] === "她" ? NAMED_AS.exec(s.slice(ca, ca + 6)) : null;
    if (namedAs) {
      const at = ca + namedAs[0].length;
      if (surnameAt(s, at) > 0 && nameAt(s, at, cb, windowBounds(s, at, at, cb), true) === cb - at) ca = at;
    }
    const items = splitTop(s, ca, cb, "、");
    // "A、B、C、D等23名职工荣获…": a bare list of names closed by a count; its items are names
    // even where a name is also a word (白金) or has no Han surname.
    const countedList = items.length >= 3 && this.isCountedNameList(items);
    if (st.listFrom === st.to && GROUP_HINT.test(s, ca, cb)) {
      const marker = groupMarker(s, ca, cb);
      if (marker) st.listFrom = ca + marker.index + marker[0].length;
    }
    if (this.readClauseOfLastName(st, ca, cb)) return;
    if (this.carryClauseHonours(st, ci, ca, cb)) return;
    if (this.readBareHonourClause(st, ca, cb)) return;
    const cl = new ClauseWalk(ci, ca, cb, items, countedList, carried, passOn);
    for (let i = 0; i < items.length; i++) cl.queue.push([items[i]![0], items[i]![1], i === 0, false]);
    while (cl.queue.length > 0) this.readItem(st, cl, cl.queue.shift()!);
    this.closeClause(st, cl);
  }

  /**
   * A clause about the name just read: "X，他曾获…" (a pronoun or time word refers back), a
   * profile card's bio item, the name's unit or honours after it, or an honour verb
   * ("X是某公司的一名技师，先后被评为“…”"). True when the clause was read so.
   */
  private readClauseOfLastName(st: SentenceWalk, ca: number, cb: number): boolean {
    const last = st.lastNamed;
    if (!last) return false;
    const s = this.ctx.s;
    const back = REFERS_BACK.exec(s.slice(ca, cb));
    if (back) {
      this.readPredicate(last, ca + back[0].length, cb);
      return true;
    }
    // "X，男，维吾尔族，1953年7月出生，某县人，中共党员，原某厂工人": a profile's card; the bio
    // items do not count against the clauses that may still carry the unit.
    if (st.lastNameEndsClause && BIO_CLAUSE.test(s.slice(ca, cb))) return true;
    // "X，主任医师，教授，某医院某科主任": a bare title or rank before the unit's clause.
    if (st.lastNameEndsClause && st.clauseIndexSinceName === 0 && this.bareRankClause(ca, cb)) return true;
    // (Not when the clause introduces a name of its own: "…法院法官助理X，某村党总支书记Y", or
    // "…工程师A，某学院办公室主任、驻村第一书记B等…代表发言".)
    if (
      st.lastNameEndsClause &&
      st.clauseIndexSinceName < 3 &&
      !this.endsWithIntroducedName(ca, cb) &&
      !this.introducesName(ca, cb) &&
      this.readPostfixClause(last, ca, cb, st.clauseIndexSinceName === 0)
    ) {
      st.clauseIndexSinceName++;
      return true;
    }
    if (!st.lastNameEndsClause && (HONOUR_VERB.test(s.slice(ca, cb)) || RISE_TO.test(s.slice(ca, cb)))) {
      const hs = this.readPredicate(last, ca, cb);
      if (st.countedNames.includes(last))
        for (const g of st.countedNames) if (g !== last) this.addHonours(g, hs, "honour.count-list");
      return true;
    }
    return false;
  }

  /** A clause that is only titles of rank or profession ("主任医师", "教授", "高级工程师、正高级"). */
  private bareRankClause(ca: number, cb: number): boolean {
    const t = this.ctx.s.slice(ca, cb);
    return t.length <= 16 && t.split("、").every((w) => BARE_RANK.test(w));
  }

  /**
   * "全国劳动模范、时代楷模，某公司某班班长X": a clause of honours alone before a clause that
   * ends with a name introduced by unit and job is that name's; "并向全国劳动模范…，…班长X颁发":
   * the object of 向/为/给 is the next name. True when the honours are carried on.
   */
  private carryClauseHonours(st: SentenceWalk, ci: number, ca: number, cb: number): boolean {
    const s = this.ctx.s;
    const next = ci + 1 < st.clauses.length ? st.clauses[ci + 1] : undefined;
    if (!next || s[cb] !== "，" || !hasHonourWord(s, ca, cb)) return false;
    // "全国先进工作者，某局机关党委专职副书记，某村党总支书记、队长X；": a clause of unit
    // and post with no name may stand between the honours and the name (a chain of posts).
    // (The clauses after are read first: every test here is pure, and most clauses of honours
    // are followed by no name, which settles it without parsing the honours.)
    if (s.startsWith("作为", ca) || (s[cb - 1] === "中" && AMONG_CLAUSE.test(s.slice(ca, cb))))
      return this.carryAsClause(st, next, ca, cb);
    const after = ci + 2 < st.clauses.length ? st.clauses[ci + 2] : undefined;
    const nextIntroduces = this.introducesName(next[0], next[1]);
    const overPost =
      !!after &&
      s[next[1]] === "，" &&
      !nextIntroduces &&
      this.isPostClause(next[0], next[1]) &&
      this.introducesName(after[0], after[1]);
    if (!(overPost || nextIntroduces)) return false;
    const lead = HONOUR_CLAUSE_LEAD.exec(s.slice(ca, cb));
    const hs = this.honoursIn(ca + (lead?.[0].length ?? 0), cb);
    if (!hs || hs.length === 0 || !hs.every((h) => h.level !== null)) return false;
    st.carryHonours = hs.map((h) => ({
      ...h,
      evidence: { ...h.evidence, rule: overPost ? "person.post-chain" : "honour.carried-clause" },
    }));
    st.carryOverPost = overPost;
    return true;
  }

  /**
   * "作为全国劳动模范，X一直…", "作为一名省劳模，他…": the honours a clause of 作为 names are those of
   * the name that opens the next clause, or of the person last named when a pronoun opens it.
   */
  private carryAsClause(st: SentenceWalk, next: readonly [number, number], ca: number, cb: number): boolean {
    const s = this.ctx.s;
    // "作为全国劳模，X…" or "得奖模范劳工中，X…" (the group the name is one of).
    const among = AMONG_CLAUSE.exec(s.slice(ca, cb));
    const lead = among ? null : AS_CLAUSE_LEAD.exec(s.slice(ca, cb));
    if (!lead && !among) return false;
    const hs = among
      ? this.honoursIn(ca + among[0].indexOf(among[1]!), ca + among[0].indexOf(among[1]!) + among[1]!.length)
      : this.honoursIn(ca + lead![0].length, cb);
    // (A quoted title names the group whatever its scope: "获评的“某某工匠”中".)
    const quoted = among?.[0].includes("”") === true;
    if (!hs || hs.length === 0 || !hs.every((h) => h.level !== null || quoted)) return false;
    const tagged = retagged(hs, "honour.as-clause");
    if (/^[他她]/.test(s[next[0]]!) && !/^[他她]们/.test(s.slice(next[0], next[0] + 2))) {
      const last = this.lastPerson;
      if (!last) return false;
      const seen = Math.max(last.at, ...last.mentions);
      if (seen >= ca || ca - seen > 200) return false;
      this.addHonours(last, tagged, "honour.as-clause");
      return true;
    }
    // "受表彰的全国劳动模范中，既有A，也有B": each clause of 有 names one of the group.
    if (among && AMONG_ITEM_LEAD.test(s.slice(next[0], next[1]))) {
      st.amongHonours = tagged;
      return true;
    }
    // The subject opens the next clause: its name, or its unit and post before the name.
    const p = next[0];
    if (
      (surnameAt(s, p) === 0 || nameAt(s, p, next[1], windowBounds(s, p, next[0], next[1]), true) === 0) &&
      !this.introducesName(next[0], next[1])
    )
      return false;
    st.carryHonours = tagged;
    st.carryOverPost = false;
    return true;
  }

  /** "X是某厂技师，享受国务院特殊津贴，全国劳模。": a bare honour clause after the name's clause. */
  private readBareHonourClause(st: SentenceWalk, ca: number, cb: number): boolean {
    const last = st.lastNamed;
    const s = this.ctx.s;
    // (A clause with an award verb or a count of people has its own subject: "共有3万人获得H".)
    if (
      !last ||
      st.lastNameEndsClause ||
      /被|授予|评为|荣获|喜获|获评|获得(?!者)|当选|\d+(?:名|位|人)/.test(s.slice(ca, cb))
    )
      return false;
    const hs = this.honoursIn(ca, cb);
    if (!hs || hs.length === 0 || !hs.every((h) => h.level !== null || /获得者|称号/.test(s.slice(ca, cb))))
      return false;
    // "领导X…，看望慰问了某村的全国劳模，某公司的全国五一奖章获得者": the people the named one
    // visits or honours, not the named one.
    if (OBJECT_VERB.test(s.slice(Math.max(last.at, ...last.mentions), ca))) return false;
    this.addHonours(last, hs, "honour.bare-clause");
    return true;
  }

  /** One item [ia, ib) of a clause: a name with what is printed before and after it, or a prefix. */
  private readItem(st: SentenceWalk, cl: ClauseWalk, [ia, ib, first, story]: QueuedItem): void {
    const s = this.ctx.s;
    const a = this.itemStart(ia, ib, first);
    const allowStart =
      cl.prevItemHadName ||
      cl.joined ||
      first ||
      cl.pending.honours.length > 0 ||
      cl.pending.employer !== null;
    const wasJoined = cl.joined;
    cl.joined = false;
    const it = new ItemWalk(a, ib, first, s.startsWith("来自", a) ? a + 2 : a, allowStart);
    // An item of an exactly counted name list is its name (no scan for a surname inside it).
    const lead = cl.countedList && first ? nameListLead(s, a, ib) : 0;
    if (cl.countedList && this.countedItems.has(a + lead)) {
      it.found = a + lead;
      it.len = this.listedNameLength(a + lead, ib);
    } else this.scanItemForName(st, cl, it);
    if (it.found < 0) it.note.rule = null;
    else if (story && it.note.rule === null) it.note.rule = "person.story-of";
    if (it.found < 0) {
      // "科普讲解员宣讲了全国优秀科技工作者、…Y的事迹": the item goes on after the story verb.
      // (The object may run over the item's end: "宣讲了A、B的事迹".)
      const told = storyLead(STORY_LEAD, s, a, cl.cb, 16);
      if (told && a + told[0].length < ib) {
        cl.queue.unshift([a + told[0].length, ib, first, true]);
        return;
      }
      this.fallbackName(cl, it);
    }
    if (it.found >= 0) this.readNamedItem(st, cl, it, wasJoined);
    else this.readUnnamedItem(cl, a, ib);
  }

  /** Where an item's own text starts: after spaces, a connector and a list lead or marker. */
  private itemStart(ia: number, ib: number, first: boolean): number {
    const s = this.ctx.s;
    let a = ia;
    while (a < ib && s[a] === " ") a++;
    a += connectorAt(s, a, ib);
    // "他们分别是A公司的X": the list marker and "我市" are not part of the unit.
    const item = s.slice(a, ib);
    const lead =
      (ITEM_LEAD_FIRST.has(item[0] ?? "") ? ITEM_LEAD.exec(item) : null) ??
      (ITEM_OPENER_HINT.test(item) ? ITEM_OPENER.exec(item) : null);
    if (lead) return a + lead[0].length;
    // "这8名最美青川工匠分别是X、Y": the list starts after its marker (readGroupSentence
    // gives the names the honour before it).
    if (first && GROUP_HINT.test(s, a, ib)) {
      const marker = groupMarker(s, a, ib);
      if (marker && marker.index > 0) a += marker.index + marker[0].length;
    }
    return a;
  }

  /** The first name of an item that something anchors (the item's start, a title, a unit). */
  private scanItemForName(st: SentenceWalk, cl: ClauseWalk, it: ItemWalk): void {
    const s = this.ctx.s;
    for (let p = it.scanFrom; p < it.ib; p++) {
      const start = NAME_START[s.charCodeAt(p)]!;
      // Most characters start no name: one table read settles them.
      if (start === 0 && !st.dotted) continue;
      const l = this.itemNameAt(st, cl, it, p, start);
      if (l > 0) {
        it.found = p;
        it.len = l;
        return;
      }
    }
  }

  /**
   * True when a unit suffix that starts inside a name read to `end` ends one or two characters
   * after it (研究 + 所, 研究 + 中心) and the item's text from `a` to there is a unit name.
   */
  private closesUnit(a: number, end: number, ib: number): boolean {
    const s = this.ctx.s;
    for (let k = 1; k <= 2 && end + k <= ib; k++) {
      const suffix = suffixAt(s, ORG_SUFFIX_BY_LAST, end + k);
      if (suffix && suffix.length > k && isOrgName(s.slice(a, end + k))) return true;
    }
    return false;
  }

  /** The length of an anchored name at `p` of an item, or 0. */
  private itemNameAt(st: SentenceWalk, cl: ClauseWalk, it: ItemWalk, p: number, start: number): number {
    const atStart = p === it.scanFrom;
    const unmarked = start & 12 ? this.unmarkedNameAt(st, it, p, start, atStart) : 0;
    if (unmarked > 0) return unmarked;
    if ((start & 3) === 0 || surnameAt(this.ctx.s, p) === 0)
      return st.dotted ? this.dottedNameAt(it, p, atStart) : 0;
    return this.surnameNameAt(st, cl, it, p, atStart);
  }

  /**
   * "扎西朗杰", "乌兰巴特尔": Tibetan and Mongolian names have no Han surname; "委员钢宝力达，",
   * "董事长龙日江措，": a transliterated name the syllable lists miss, right after a job title or
   * an honour (four or five characters, longer than Han names).
   */
  private unmarkedNameAt(st: SentenceWalk, it: ItemWalk, p: number, start: number, atStart: boolean): number {
    const s = this.ctx.s;
    if (start & 8 && !atStart) {
      const t = translitNameAt(s, p, it.ib);
      if (t > 0 && this.isAnchor(p, it.a)) {
        it.note.rule = "person.translit";
        return t;
      }
    }
    const minority = start & 4 ? minorityNameAt(s, p, it.ib) : 0;
    if (
      minority > 0 &&
      (atStart ? it.allowStart : this.isAnchor(p, it.a) || (p >= st.listFrom && p + minority === it.ib))
    )
      return minority;
    return 0;
  }

  /** "艾合买提·吐尔逊": a transliterated name joined by a middle dot needs no surname. */
  private dottedNameAt(it: ItemWalk, p: number, atStart: boolean): number {
    const s = this.ctx.s;
    if (s[p + 2] !== "·" && s[p + 3] !== "·" && s[p + 4] !== "·") return 0;
    if (atStart ? !it.allowStart : !this.isAnchor(p, it.a)) return 0;
    const dottedName = DOTTED_NAME.exec(s.slice(p, it.ib));
    if (!dottedName || (p > 0 && /\p{Script=Han}/u.test(s[p - 1]!) && atStart)) return 0;
    return dottedName[0].length;
  }

  /** A Han name at `p` (a surname there) with an anchor before it, closing what it must. */
  private surnameNameAt(st: SentenceWalk, cl: ClauseWalk, it: ItemWalk, p: number, atStart: boolean): number {
    const s = this.ctx.s;
    const { a, ib } = it;
    // "某某股份有限公司X、某某集团Y等10名…": a full unit name right before a name (no job
    // title) anchors it when the name closes the item.
    let unitOnly = false;
    if (atStart ? !it.allowStart : !this.isAnchor(p, a)) {
      // (After a list marker only a name that may close its item: at most four characters.)
      if (atStart || !(this.unitAnchor(p, it.scanFrom) || (p >= st.listFrom && p - a >= 2 && ib - p <= 4)))
        return 0;
      unitOnly = true;
    }
    const bounds = windowBounds(s, p, cl.ca, cl.cb);
    // "交通运输部长江三峡…": 长江 is a place; no name follows 部长 here.
    if (
      !atStart &&
      PLACE_ACROSS.test(s.slice(p - 1, p + 1)) &&
      (s[p - 1] !== "长" || /[部局厅委]/.test(s[p - 2] ?? ""))
    )
      return 0;
    // "X是某公司工程部经理，…": a profile opens with the name and its unit (jieba may glue 是).
    const profile = atStart && it.first && cl.ci === 0 ? this.profileNameAt(p, ib, bounds) : 0;
    if (profile > 0) {
      it.note.rule = "person.profile-opening";
      return profile;
    }
    const l = nameAt(s, p, ib, bounds, !atStart || cl.carried.length > 0, it.note);
    if (l === 0) return 0;
    // "荣获…称号的金石有限公司副总经理X": a brand that reads as a name opens the company's name.
    if (COMPANY_AFTER_FIRST.has(s[p + l] ?? "") && COMPANY_AFTER_NAME.test(s.slice(p + l, p + l + 6)))
      return 0;
    // "某机电工程研究所技师X": 程研究 and the 所 after it close the unit the item opens with.
    if (!atStart && this.closesUnit(a, p + l, ib)) return 0;
    // "国投（洋浦）油气储运有限公司…": a brand before a place in brackets and a unit suffix.
    if (s[p + l] === "（" && this.unitAfterBracket(p + l, ib)) return 0;
    if (unitOnly && !UNIT_NAME_CLOSE.test(s.slice(p + l, ib))) return 0;
    // A clause-initial name needs something after it that people do: verb, comma, list (or the
    // titles of a clause before it: "作为全国劳动模范，X说").
    if (
      atStart &&
      !cl.prevItemHadName &&
      cl.pending.honours.length === 0 &&
      cl.carried.length === 0 &&
      !cl.pending.employer &&
      l + p < ib &&
      /^[\p{Script=Han}]/u.test(s.slice(p + l)) &&
      !bounds.has(p + l) &&
      !longFollowAt(s, p + l) &&
      !ADDRESS_START.test(s.slice(p + l, p + l + 2)) &&
      !timeFollowAt(s, p + l)
    )
      return 0;
    return l;
  }

  /**
   * Names no anchor finds: the items of a counted name list, and a name right after an unknown
   * title once earlier items were honours.
   */
  private fallbackName(cl: ClauseWalk, it: ItemWalk): void {
    const s = this.ctx.s;
    const { a, ib } = it;
    if (cl.countedList) {
      const lead = it.first ? nameListLead(s, a, ib) : 0;
      const l = this.listedNameLength(a + lead, ib);
      if (l > 0) {
        it.found = a + lead;
        it.len = l;
        return;
      }
    }
    if (this.parallelListName(cl, it)) return;
    if (cl.pending.honours.length === 0) return;
    for (let p = a + 2; p < ib && p <= a + 20; p++) {
      if (!TITLE_LIKE.test(s.slice(a, p))) continue;
      const l = nameAt(s, p, ib, windowBounds(s, p, cl.ca, cl.cb));
      if (l > 0) {
        it.found = p;
        it.len = l;
        return;
      }
    }
  }

  /**
   * "某地蓝骑士A、某地蓝骑士B和某地蓝骑士C获评全国劳模": in a list whose clause goes on to an award
   * or a talk, an item that ends with an occupation word the lexicon does not know and a name
   * (closed by 、 or 和) is that name, as its parallel items are.
   */
  private parallelListName(cl: ClauseWalk, it: ItemWalk): boolean {
    const s = this.ctx.s;
    const { a, ib } = it;
    // (The list's last item: after a parallel name, its own name before the verb.)
    const last = it.allowStart && !it.first;
    if (!last && !LIST_ITEM_END.test(s[ib] ?? "") && !/[和及与]/.test(s.slice(a, ib))) return false;
    let verbChecked = false;
    for (let p = a + 2; p < ib - 1 && p <= a + 20; p++) {
      if (!PARALLEL_ROLE_END.has(s[p - 1]!) || surnameAt(s, p) === 0) continue;
      // (The clause's verb is tested once, for an item with a candidate only.)
      if (!verbChecked) {
        if (!PARALLEL_VERB.test(s.slice(a, cl.cb))) return false;
        verbChecked = true;
      }
      const l = nameAt(s, p, ib, windowBounds(s, p, cl.ca, cl.cb));
      if (l === 0) continue;
      const after = p + l;
      const closes =
        (after === ib && LIST_ITEM_END.test(s[ib] ?? "")) ||
        /^(?:和|及|与)/.test(s.slice(after, after + 1)) ||
        (last && PARALLEL_VERB_AT.test(s.slice(after, after + 6)));
      if (!closes) continue;
      it.found = p;
      it.len = l;
      it.note.rule = "person.parallel-list";
      return true;
    }
    return false;
  }

  /** An item with a name: the person with the prefix before it, then what follows the name. */
  private readNamedItem(st: SentenceWalk, cl: ClauseWalk, it: ItemWalk, wasJoined: boolean): void {
    const { found, len, ib } = it;
    const merged = this.mergedPrefix(st, cl, it.a, found, wasJoined);
    const name = this.ctx.text.slice(found, found + len).replace(/\s+/g, "");
    const person = this.addPerson(name, found, merged, "honour.appositive", it.note.rule);
    cl.pairHonours = merged.employer?.jobTitle ? merged.honours : [];
    cl.pending = emptyPrefix();
    cl.prevItemHadName = true;
    cl.clauseHadName = true;
    cl.clauseNames.push(person);
    cl.group.push(person);
    st.lastNamed = person;
    st.named.add(person);
    const restFrom = found + len;
    cl.lastNameEnd = restFrom;
    this.readModelAfterName(person, restFrom, ib);
    // ("…的曾某先生，目前服务于…": a form of address after the name still ends its clause.)
    st.lastNameEndsClause =
      (restFrom >= ib || ADDRESS_ONLY.test(this.ctx.s.slice(restFrom, ib))) && cl.items.length === 1;
    st.clauseIndexSinceName = 0;
    if (restFrom < ib) this.readAfterName(cl, person, restFrom, ib);
  }

  /**
   * The prefix of the name at `found`: what is printed before it in its item, with the honours,
   * unit and post of earlier items of the clause and of the clauses before.
   */
  private mergedPrefix(
    st: SentenceWalk,
    cl: ClauseWalk,
    a: number,
    found: number,
    wasJoined: boolean,
  ): Prefix {
    const pending = cl.pending;
    const prefix = (found === a ? null : this.parsePrefix(a, found)) ?? emptyPrefix();

    if (found === a && cl.prevItemHadName && cl.lastPrefixHonours.length > 0)
      prefix.honours = [...cl.lastPrefixHonours];
    else if (found !== a || !cl.prevItemHadName) cl.lastPrefixHonours = prefix.honours;
    // "山东重工的A、B、C": a unit before 的 is every bare name's of the run (a post is not).
    if (found === a && cl.prevItemHadName && !prefix.employer && cl.lastPrefixUnit)
      prefix.employer = {
        ...cl.lastPrefixUnit,
        evidence: { ...cl.lastPrefixUnit.evidence, rule: "employer.unit-de-run" },
      };
    else if (found !== a || !cl.prevItemHadName)
      cl.lastPrefixUnit =
        prefix.employer &&
        (!prefix.employer.jobTitle || COUNTED_JOB.test(prefix.employer.jobTitle)) &&
        /^employer\.(?:unit-de|laizi)$/.test(prefix.employer.evidence.rule ?? "")
          ? prefix.employer
          : null;
    // "某公司的三名飞行员A、B、C": the count describes the run; the post is every member's.
    if (prefix.employer?.jobTitle && COUNTED_JOB.test(prefix.employer.jobTitle))
      prefix.employer = {
        ...prefix.employer,
        jobTitle: prefix.employer.jobTitle.replace(COUNTED_JOB, "") || null,
      };
    // "HONOUR、UNIT POST A和UNIT POST B": a parallel pair shares the honours printed before it.
    if (wasJoined && prefix.honours.length === 0 && prefix.employer?.jobTitle && cl.pairHonours.length > 0)
      prefix.honours = cl.pairHonours.map((h) => ({
        ...h,
        evidence: { ...h.evidence, rule: "person.joined-pair" },
      }));
    // "某学院党委委员、人事处处长X": a bare department belongs to the unit named before it.
    if (prefix.employer && pending.employer && DEPARTMENT.test(prefix.employer.org)) {
      prefix.employer = this.department(pending.employer, prefix.employer);
      pending.employer = null;
    }
    const strongPending = pending.employer && isStrongUnit(pending.employer.org);
    // "某学院办公室主任、驻村第一书记X": two characters that end like a unit (驻村) name none.
    const weakOwn =
      !!pending.employer &&
      !!prefix.employer &&
      prefix.employer.org.length <= 2 &&
      !isOrgName(prefix.employer.org);
    const merged: Prefix = {
      honours: [...cl.carried, ...pending.honours, ...prefix.honours],
      employer:
        prefix.employer && !weakOwn && (!strongPending || isStrongUnit(prefix.employer.org))
          ? prefix.employer
          : (pending.employer ?? (cl.clauseHadName ? null : st.carryEmployer)),
      extra:
        prefix.employer && strongPending && isStrongUnit(prefix.employer.org)
          ? [...pending.extra, pending.employer!]
          : pending.extra,
      job: prefix.job ?? pending.job,
    };
    // "全国先进工作者，某局副书记，某村书记X": the post clause's unit employs the name as well.
    if (st.postEmployer && merged.employer && merged.employer !== st.postEmployer) {
      merged.extra = [...merged.extra, st.postEmployer];
      st.postEmployer = null;
    }
    if (!merged.employer?.jobTitle && merged.employer && merged.job) merged.employer.jobTitle = merged.job;
    return merged;
  }

  /** "…班组班长X劳模向…": 劳模 printed after the name is the person's title. */
  private readModelAfterName(person: FoundPerson, restFrom: number, ib: number): void {
    const s = this.ctx.s;
    if (!MODEL_AFTER_NAME.test(s.slice(restFrom, restFrom + 6)) || s.slice(restFrom, ib).includes("工作室"))
      return;
    // "…服务，宣传好劳模的事迹": a verb and its complement read as a name at a clause's start (no
    // post or title before it; jieba joins the surname to the next character as one word and cuts
    // after it) before 劳模的 is no one.
    const at0 = restFrom - person.key.length;
    if (
      s[restFrom + 2] === "的" &&
      person.key.length === 3 &&
      s.slice(at0, restFrom) === person.key &&
      /^[，。；：、\s]?$/.test(s.slice(Math.max(0, at0 - 1), at0))
    ) {
      const b = windowBounds(s, at0, at0, Math.min(s.length, restFrom + 2));
      if (!b.has(at0 + 1) && b.has(at0 + 2)) return;
    }
    const raw = this.ctx.text.slice(restFrom, restFrom + 2);
    const h = mention(PLAIN_MODEL_HONOUR, raw, spanAt(this.ctx, restFrom, restFrom + 2));
    this.addHonours(person, [h], "person.model-after-name");
  }

  /** What follows a name in its item: a count or 等 closing a list, a connector, or a predicate. */
  private readAfterName(cl: ClauseWalk, person: FoundPerson, restFrom0: number, ib: number): void {
    let at = restFrom0;
    // "某所副所长X 获得“全国劳模”荣誉称号": a space a web page left before the predicate.
    while (at < ib && (this.ctx.s[at] === " " || this.ctx.s[at] === "\u3000")) at++;
    let restFrom = this.readBracketAfterName(person, at < ib ? at : restFrom0, ib);
    // "A女士与B女士荣获…": a form of address before the connector of a pair.
    const address = ADDRESS_START.exec(this.ctx.s.slice(restFrom, ib));
    if (address && PAIR_JOIN.test(this.ctx.s.slice(restFrom + address[0].length, ib)))
      restFrom += address[0].length;
    const rest = this.ctx.s.slice(restFrom, ib);
    const count = COUNT.exec(rest);
    const conn = connectorAt(rest, 0, rest.length) > 0;
    const etc = count || conn ? null : ETC_HONOUR.exec(rest);
    const etcHonours = etc ? this.etcHonours(restFrom + etc[0].length, ib) : null;
    if (count) {
      const at = restFrom + count[0].length;
      // "A、B两位同志被授予2021年“…”荣誉称号": after the count's own award verb, a quoted title.
      const leading = this.leadingHonour(at, ib);
      const hs =
        leading && leading.length > 0
          ? leading
          : AWARD_VERB_HINT.test(count[0])
            ? this.quotedAward(at, this.honourListEnd(at, ib))
            : null;
      if (hs) for (const g of cl.group) this.addHonours(g, hs, "honour.count-list");
      cl.group = [];
    } else if (etcHonours) {
      // "邀请A、B等去年刚评上的全国劳模到场…": the honour after 等 is every name's; a plain
      // 劳模代表 only names those introduced with no title of their own (a mixed group).
      const plain = etcHonours.every((h) => h.scope === "" && h.level === null);
      for (const g of cl.group)
        if (!plain || g.honours.length === 0) this.addHonours(g, etcHonours, "honour.count-list");
      cl.group = [];
    } else if (conn) {
      cl.queue.unshift([restFrom, ib, false, false]);
      cl.prevItemHadName = false;
      cl.joined = true;
    } else this.readNamePredicate(cl, person, restFrom, ib);
  }

  /**
   * "焊工X（省劳动模范）在会上发言", "X（远江重工集团）": honours or a unit in brackets right after
   * a name are the person's; returns where the text after the bracket starts.
   */
  private readBracketAfterName(person: FoundPerson, at: number, ib: number): number {
    const s = this.ctx.s;
    if (s[at] !== "（") return at;
    const close = s.indexOf("）", at);
    if (close < 0 || close > ib || close - at - 1 < 2 || close - at - 1 > 30) return at;
    const hs = this.honoursIn(at + 1, close);
    if (hs && hs.length > 0 && hs.every((h) => h.level !== null || h.scope !== "")) {
      this.addHonours(person, retagged(hs, "honour.bracketed"), "honour.bracketed");
      return close + 1;
    }
    this.bracketedUnit(person, at, ib);
    // "X（某集团焊工）": a unit and post in brackets, maybe among titles ("X（全国劳动模范、某集团焊工）").
    if (person.employers.length === 0) {
      const items = s.slice(at + 1, close).split("、");
      const [k, from] = this.postAfterTitles(items, at + 1);
      const unit = parseUnit(items[k]!);
      if (unit?.org && unit.jobTitle && isOrgName(unit.org)) {
        this.addEmployer(
          person,
          this.employer(unit.org, unit.jobTitle, from, from + items[k]!.length, "employer.bracketed"),
        );
        const titles = this.titlesAroundPost(items, k, at + 1);
        if (titles.length > 0)
          this.addHonours(person, retagged(titles, "honour.bracketed"), "honour.bracketed");
        return close + 1;
      }
      // "A（某宝钢技术）、B（某二十三冶）": in a list of names each with a bracket, the bracket is the
      // unit when it reads as a company's name or short name of four characters or more (not a
      // field, "（航天）", "（人工智能）", nor a photo's place or a note of sex, age or nationality).
      const inner = s.slice(at + 1, close);
      const listed =
        BRACKET_LIST_NEXT.test(s.slice(close + 1, close + 8)) ||
        (s[at - person.key.length - 1] === "、" && s[at - person.key.length - 2] === "）");
      if (
        listed &&
        /^\p{Script=Han}{4,14}$/u.test(inner) &&
        (isOrgName(inner) || BRAND_WORD.test(inner)) &&
        !BRACKET_NO_UNIT.test(inner)
      ) {
        this.addEmployer(person, {
          org: this.ctx.text.slice(at + 1, close),
          orgType: orgTypeOf(inner),
          jobTitle: null,
          evidence: spanAt(this.ctx, at + 1, close, "employer.bracketed"),
        });
        return close + 1;
      }
    }
    return at;
  }

  /** "A、B分别来自…", "X荣获…", "X向大家讲述了全国劳模Y的故事": the predicate after a name. */
  private readNamePredicate(cl: ClauseWalk, person: FoundPerson, restFrom: number, ib: number): void {
    const s = this.ctx.s;
    const respectively = /^分别(?:是|为|来自)/.exec(s.slice(restFrom, ib));
    if (respectively && cl.group.length > 1) {
      this.readRespectively(cl.group, restFrom + respectively[0].length, ib);
      return;
    }
    // "A、B分别获得H1和H2": as many titles as names, one each in order (the titles the person held
    // before are kept).
    const respective = s.startsWith("分别", restFrom) || s.startsWith("分获", restFrom);
    const held = respective ? new Set(person.honours.map((h) => h.name)) : null;
    const hs = this.readPredicate(person, restFrom, cl.cb);
    const each =
      held !== null &&
      hs.length === cl.group.length &&
      hs.length > 1 &&
      new Set(hs.map((h) => h.name)).size === hs.length;
    if (each) {
      const own = hs[cl.group.indexOf(person)];
      person.honours = person.honours.filter(
        (h) => held.has(h.name) || h.name === own?.name || !hs.some((x) => x.name === h.name),
      );
      for (const [i, g] of cl.group.entries()) this.addHonours(g, [hs[i]!], "honour.verb");
      cl.group = [];
    } else if (hs.length > 0) {
      for (const g of cl.group) this.addHonours(g, hs, "honour.verb");
      // "A喜获H1、B喜获H2": the names after a predicate of their own make a new group.
      cl.group = [];
    }
    // The honouree of the story is named after the verb; so is the one an official visits
    // ("县长X看望慰问了自治区级劳动模范Y").
    const told = storyLead(STORY_LEAD, s, restFrom, cl.cb, 16) ?? VISIT_LEAD.exec(s.slice(restFrom, ib));
    if (told && restFrom + told[0].length < ib) {
      cl.queue.unshift([restFrom + told[0].length, ib, false, true]);
      cl.prevItemHadName = false;
    }
  }

  /** An item with no name: a collective, or honours, unit and post kept for the next name. */
  private readUnnamedItem(cl: ClauseWalk, a: number, ib: number): void {
    const s = this.ctx.s;
    cl.prevItemHadName = false;
    if (this.collectiveIn(a, ib) || this.collectiveAfterHonours(a, ib, cl.pending.honours)) return;
    // An item with no honour word, unit suffix or job title can hold no prefix.
    // (mayParsePrefix: most items without an honour word, 的 or 来自 end with no unit or job.)
    const parsed = mayHoldPrefix(s, a, ib) && mayParsePrefix(s, a, ib) ? this.parsePrefix(a, ib) : null;
    if (parsed && (parsed.honours.length > 0 || parsed.employer || parsed.job)) {
      const pending = cl.pending;
      pending.honours.push(...parsed.honours);
      // Two posts in a chain are two employers; a weak unit never replaces a strong one
      // ("某管理处主任、绿化工程高级工程师X" works for the 管理处).
      const e = parsed.employer;
      if (e && !pending.employer) pending.employer = e;
      else if (e && isStrongUnit(e.org)) {
        if (isStrongUnit(pending.employer!.org)) pending.extra.push(pending.employer!);
        pending.employer = e;
      }
      pending.job = parsed.job ?? pending.job;
    } else if (!(SKIPPABLE_LAST.has(s[ib - 1] ?? "") && SKIPPABLE_ITEM.test(s.slice(a, ib)))) {
      cl.pending = emptyPrefix();
    }
  }

  /** After a clause's items: the colon list, the unit or honours carried on, collective verbs. */
  private closeClause(st: SentenceWalk, cl: ClauseWalk): void {
    const s = this.ctx.s;
    const { ca, cb } = cl;
    // "全国劳动模范：A、B、C": the honour before a colon is every name's after it; so it is of each
    // clause after that ends with its name ("全国劳动模范4名：某行副行长A，某村书记B，某厂钳工C。").
    const listed = st.colonHonours.length > 0 && cl.clauseNames.length > 0;
    if (listed) for (const p of cl.clauseNames) this.addHonours(p, st.colonHonours, "honour.colon-list");
    const header = !cl.clauseHadName && cb < s.length && s[cb] === "：";
    st.colonHonours = header
      ? this.colonHeaderHonours(cl)
      : listed && (s[cb] === "，" || s[cb] === "；") && cl.lastNameEnd >= cb
        ? st.colonHonours
        : [];
    st.carryEmployer = null;
    st.postEmployer = null;
    // (Also a pair the next clause calls both: "A与B脱颖而出，双双荣获…".)
    st.countedNames =
      cl.clauseNames.length >= 2 &&
      (COUNT_CLOSES.test(s.slice(Math.max(ca, cb - 8), cb)) ||
        (cl.clauseNames.length === 2 && s.startsWith("双双", cb + 1)))
        ? cl.clauseNames
        : [];
    this.shareCountedTitle(cl);
    if (!cl.clauseHadName) {
      // "某公司检修车间班长，江苏省劳动模范X": a unit-and-job clause before the honours and name.
      // ("特别邀请某集团有限公司总工程师，…": the invitation before the unit is no part of it.)
      // ("作为某港务公司的一名桥吊司机，X…": the 作为 and the count are no part of unit or post.)
      const ua0 = this.itemStart(ca, cb, false);
      const as = AS_CLAUSE_LEAD.exec(s.slice(ua0, cb))?.[0].length ?? 0;
      const ua = ua0 + as;
      // (After 作为 the unit may close with 的: "作为某公司的技术中心主任，".)
      const unit =
        as > 0
          ? unitOfPost(s.slice(ua, cb))
          : parseUnit(s.slice(ua, cb).replace(/的一(?:名|位)(?=[\p{Script=Han}]{2})/u, ""));
      if (unit?.org && unit.jobTitle) {
        st.carryEmployer = this.employer(unit.org, unit.jobTitle, ua, cb, "employer.carried-clause");
        // "作为某公司的技术中心主任，他…": the person a pronoun after it refers to.
        const last =
          as > 0 && s[cb] === "，" && /^[他她](?!们)/.test(s.slice(cb + 1, cb + 3)) ? this.lastPerson : null;
        if (last && ca - Math.max(last.at, ...last.mentions) <= 200) this.addEmployer(last, st.carryEmployer);
      }
      // The honours pass over a clause of unit and post without a name to the one after.
      if (cl.passOn && cl.carried.length > 0) {
        st.carryHonours = cl.carried;
        st.postEmployer = st.carryEmployer;
      }
      this.readNameBeforeVerb(ca, cb);
      if (st.lastNamed && st.lastNameEndsClause) st.clauseIndexSinceName++;
    }
    this.readCollectiveVerb(ca, cb);
  }

  /**
   * "两位大国工匠某厂钣金高级技师A、某公司钳工高级技师B走进…": a count and a title open a list of
   * exactly that many names, each introduced by its unit and job; the title the first name took
   * from the count's words is every name's.
   */
  private shareCountedTitle(cl: ClauseWalk): void {
    const names = cl.clauseNames;
    if (names.length < 2) return;
    const m = COUNTED_TITLE_LEAD.exec(this.ctx.s.slice(cl.ca, cl.cb));
    if (!m || countOf(m[1]!) !== names.length) return;
    const first = names[0]!;
    // (The titles printed right after the count, before the first name: not a group's own name and
    // each member's title after it, "2名某宣讲团成员——“H1”A、“H2”B".)
    const at = [first.at, ...first.mentions].find((x) => x >= cl.ca && x < cl.cb) ?? -1;
    const after = cl.ca + m[0].length;
    const hs = first.honours.filter((h) => {
      const pos = h.evidence.offset + h.evidence.spanStart;
      return pos >= after && pos < at && h.level !== null;
    });
    if (hs.length === 0) return;
    const opens = Math.min(...hs.map((h) => h.evidence.offset + h.evidence.spanStart));
    if (opens > after + 1) return;
    for (const p of names.slice(1))
      this.addHonours(p, retagged(hs, "honour.count-list"), "honour.count-list");
  }

  /**
   * The honours a clause before a colon heads its list with: its titles ("全国劳动模范："), or
   * scoped titles before a count ("我市受表彰的全国劳动模范4名：").
   */
  private colonHeaderHonours(cl: ClauseWalk): HonourMention[] {
    if (cl.pending.honours.length > 0) return cl.pending.employer ? [] : cl.pending.honours;
    const text = this.ctx.s.slice(cl.ca, cl.cb);
    let from: number;
    let to: number;
    const m = COUNTED_HEADER.exec(text);
    if (m) {
      from = cl.ca + m[1]!.length;
      to = from + m[2]!.length;
    } else {
      const h = LIST_HEADER.exec(text);
      const title = h ? (h[1] ?? h[2] ?? h[3]!) : null;
      if (!h || !title) return [];
      from = cl.ca + h[0].lastIndexOf(title);
      to = from + title.length;
    }
    const hs = this.honoursIn(from, to);
    return hs && hs.length > 0 && hs.every((h) => h.level !== null) ? hs : [];
  }

  /**
   * The scoped titles among the items of a copula's run after the one that named the unit and
   * post (`body`); `at`: where the run starts. A run of clauses ("…，…") is read to its first item.
   */
  private copulaRunHonours(person: FoundPerson, posts: string[], body: string, at: number): HonourMention[] {
    const out = this.titlesAroundPost(posts, posts.indexOf(body), at);
    if (out.length > 0) this.addHonours(person, out, "honour.copula");
    return out;
  }

  /**
   * The scoped titles of a run of 、-items around the one at `body` that names the unit and post
   * ("全国劳动模范、某厂高级技师、全国技术能手"): the items before it when every one is a title, and
   * those after it up to the first that is not; `at`: where the run starts.
   */
  private titlesAroundPost(items: readonly string[], body: number, at: number): HonourMention[] {
    const before: HonourMention[] = [];
    const after: HonourMention[] = [];
    let allBefore = true;
    for (let j = 0, b = at; j < items.length; b += items[j]!.length + 1, j++) {
      if (j === body) continue;
      const hs = this.scopedTitlesIn(b, b + items[j]!.length);
      if (j > body && !hs) break;
      if (j > body) after.push(...hs!);
      else if (hs) before.push(...hs);
      else allBefore = false;
    }
    return allBefore ? [...before, ...after] : after;
  }

  /**
   * The item of a 、-run starting at `from` that follows its leading scoped titles (the last item
   * when every one before it is a title), and where it starts: "全国劳动模范、某厂高级技师" → [1, …].
   */
  private postAfterTitles(items: readonly string[], from: number): [number, number] {
    let k = 0;
    let at = from;
    for (; k < items.length - 1 && this.scopedTitlesIn(at, at + items[k]!.length); k++)
      at += items[k]!.length + 1;
    return [k, at];
  }

  /** The honours of [from, to) when there are some and each is a person's title of known scope. */
  private scopedTitlesIn(from: number, to: number): HonourMention[] | null {
    const hs = this.honoursIn(from, to);
    return hs && hs.length > 0 && hs.every((h) => h.level !== null && !COLLECTIVE_CATEGORIES.has(h.category))
      ? hs
      : null;
  }

  /** What follows a name in its own clause: honour verbs, "是ORG的JOB", "来自ORG", "在ORG当JOB". */
  readPredicate(person: FoundPerson, from: number, to: number): HonourMention[] {
    const s = this.ctx.s;
    let a = from;
    // "A、B等人荣获…", "A、B、C三位同志在集团被授予…": the honour of the whole list (the caller gives
    // it to every name).
    const etc = ETC_BEFORE_VERB.exec(s.slice(a, to));
    if (etc) a += etc[0].length;
    // "X机长获…", "X医生荣获…": a form of address or title printed after the name, then the verb.
    const title = ADDRESS_THEN_VERB.exec(s.slice(a, to));
    if (title) a += title[0].length;
    const adv = /^(则|也|现|目前|同样|曾|还)/.exec(s.slice(a, to));
    if (adv) a += adv[0].length;
    const text = s.slice(a, to);
    // "X从一名普通焊工成长为全国劳动模范": what the person grew into is a title held.
    const rise = RISE_TO.exec(text);
    if (rise) {
      const start = a + rise[0].length;
      const hs = this.honoursInLoose(start, this.honourListEnd(start, to));
      if (hs.length > 0 && hs.every((h) => h.level !== null)) {
        this.addHonours(person, hs, "honour.rise-to");
        return hs;
      }
    }
    const verb = HONOUR_VERB.exec(text);
    if (verb) {
      // "…获得这一荣誉称号": the honour a sentence before named.
      const back = THIS_HONOUR.test(s.slice(a + verb[0].length, a + verb[0].length + 6));
      // (Named earlier in the same sentence, or in a sentence before.)
      const here = back ? this.statedIn(this.ctx.sentences[sentenceIndexAt(this.ctx, a)]?.start ?? a, a) : [];
      const named = here.length > 0 ? here : this.statedHonours;
      if (back && named.length > 0) {
        const hs = named.map((h) => ({
          ...h,
          evidence: { ...h.evidence, rule: "person.this-honour" },
        }));
        this.addHonours(person, hs, "person.this-honour");
        return hs;
      }
      const end = this.honourListEnd(a + verb[0].length, to);
      // "…，获得“工人先锋号”的某公司喷粉组等20个班组", "…，荣获H提名奖的是：": a clause that
      // qualifies a noun after 的 says who else holds the title ("…的光荣称号" is the title
      // itself; "获评全国劳模的李某" names its holder, read where the name is).
      if (
        s.charCodeAt(end) === DE &&
        !TITLE_AFTER_DE.test(s.slice(end + 1, end + 5)) &&
        surnameAt(s, end + 1) === 0
      )
        return [];
      const hs = this.honoursInLoose(a + verb[0].length, end);
      this.addHonours(person, hs, "honour.verb");
      return hs;
    }
    // "A、B作为2024年度“最美青川人”代表，…": the honour the names stand for.
    const as = text.startsWith("作为") ? AS_REPRESENTATIVE.exec(text) : null;
    if (as) {
      const start = a + as[0].indexOf(as[1]!, 2);
      const hs = this.honoursIn(start, start + as[1]!.length) ?? [];
      this.addHonours(person, hs, "honour.as-representative");
      return hs;
    }
    // "X在某集团有限公司的电务部门工作了35年": where the person works.
    const worked =
      text.startsWith("在") || text.startsWith("一直") || text.startsWith("长期") ? WORK_AT.exec(text) : null;
    if (worked && isOrgName(worked[1]!) && STRONG_UNIT.test(worked[1]!)) {
      const start = a + text.indexOf(worked[1]!);
      this.addEmployer(
        person,
        this.employer(worked[1]!, null, start, start + worked[1]!.length, "employer.worked-at"),
      );
      return [];
    }
    // "X任职(于)某公司某站船长", "X就职于某医院": the verbs of holding a post at a unit.
    let m = POST_PREDICATE.exec(text);
    if (m && /^[是系]/.test(text)) {
      // "X是全国三八红旗手、远江市劳动模范": scoped honours after the copula; "A、B是今年新评选
      // 出的某市劳动模范": after a relative clause of choosing.
      const chosen = CHOSEN_AS.exec(text);
      const start = a + (chosen ? chosen[0].length : 1);
      const hs = this.honoursIn(start, this.honourListEnd(start, to));
      // A title of no known scope ("远江工匠") counts beside one of a known scope in the same list:
      // "X是远江市劳动模范、远江工匠" lists titles; "X是一名普通工匠" describes.
      if (
        hs &&
        hs.length > 0 &&
        hs.some((h) => h.level !== null) &&
        hs.every(
          (h) =>
            !COLLECTIVE_CATEGORIES.has(h.category) &&
            (h.level !== null || (h.name.length >= 4 && !GENERIC_TITLE_LEAD.test(h.name))),
        )
      ) {
        this.addHonours(person, hs, "honour.copula");
        return hs;
      }
    }
    if (m) {
      // "是某学院烹饪系主任、副教授": the first post carries the unit; "是全国人大代表、某村党支部
      // 书记": the first post that names a unit does.
      const posts = m[1]!.split("、");
      const body = posts.find((p, i) => i < 3 && parseUnit(p)?.org) ?? posts[0]!;
      const unit = unitOfPost(body);
      // "X是柳钢炼钢高级技师": after 是 only a real unit name counts (not an unknown word run).
      if (unit?.org && isOrgName(unit.org)) {
        const start = a + (text.length - m[1]!.length) + m[1]!.indexOf(body);
        this.addEmployer(
          person,
          this.employer(unit.org, unit.jobTitle || null, start, start + body.length, "employer.predicate"),
        );
        // "X是某公司首席技师、全国技术能手、某市有突出贡献技师": after the post, the run's scoped
        // titles are the person's.
        if (/^[是系]/.test(text))
          return this.copulaRunHonours(person, posts, body, a + text.length - m[1]!.length);
      }
      return [];
    }
    m = /^来自(.+)$/.exec(text);
    if (m && (isOrgName(m[1]!) || /^[\p{Script=Han}]{2,12}$/u.test(m[1]!))) {
      this.addEmployer(person, this.employer(m[1]!, null, a + 2, a + 2 + m[1]!.length, "employer.laizi"));
      return [];
    }
    m = /^在(.+?)(?:当|任|担任|做|从事|工作)/.exec(text);
    if (m && isOrgName(m[1]!))
      this.addEmployer(person, this.employer(m[1]!, null, a + 1, a + 1 + m[1]!.length, "employer.predicate"));
    return [];
  }

  /** Where a list of honours after a verb ends (at 等, 的 or the clause end). */
  private honourListEnd(from: number, to: number): number {
    const s = this.ctx.s;
    let depth = 0;
    for (let i = from; i < to; i++) {
      const c = s[i]!;
      if (c === "“") depth++;
      else if (c === "”") depth = Math.max(0, depth - 1);
      else if (depth === 0 && (c === "等" || c === "的")) return i;
      // "继X入选H之后，…": the time the award marks ends the list.
      else if (depth === 0 && i > from && (s.startsWith("之后", i) || s.startsWith("以后", i))) return i;
      else if (
        depth === 0 &&
        i > from &&
        c === "后" &&
        (i + 1 === to || "，。；".includes(s[i + 1]!)) &&
        s[i - 1] === "”"
      )
        return i;
      // "…荣誉称号并获得相应证书": a second predicate after the title ends the list.
      else if (
        depth === 0 &&
        c === "并" &&
        i > from &&
        /[号”章]/.test(s[i - 1]!) &&
        /[获颁领被]/.test(s[i + 1] ?? "")
      )
        return i;
    }
    return to;
  }

  /**
   * "获评“劳动竞赛优秀个人”", "被授予2021年“某市高技能职工”荣誉称号", "榮獲「傑出學徒」": after an award
   * verb, a quoted title that names a person's distinction is held as printed, whatever its words
   * (the lexicon knows the genre's heads, not every issuer's own titles).
   */
  private quotedAward(a: number, b: number): HonourMention[] | null {
    const s = this.ctx.s;
    // (Also after the issuer's place: "2018年度宁波市“首席工人”".)
    if (s[a] !== "“" && !QUOTED_AWARD_START.test(s.slice(a, a + 24))) return null;
    const m = QUOTED_AWARD.exec(s.slice(a, b));
    if (!m || NOT_AN_AWARD.test(m[2]!)) return null;
    const start = a + m[0].indexOf("“") + 1;
    const end = start + m[2]!.length;
    const y = m[1] ? /(\d{2,4})年度?$/.exec(m[1]) : null;
    const year = y ? (y[1]!.length === 4 ? Number(y[1]) : Number(y[1]) + 1911) : null;
    return this.heldAsPrinted(start, end, year);
  }

  /** A title the lexicon does not know, held as printed in [a, b) (honour.quoted-award). */
  private heldAsPrinted(a: number, b: number, year: number | null): HonourMention[] {
    const name = this.ctx.s.slice(a, b);
    const p: ParsedHonour = { name, scope: "", level: null, category: "称号", year };
    return [
      mention(p, this.ctx.text.slice(a, b), { ...spanAt(this.ctx, a, b), rule: "honour.quoted-award" }),
    ];
  }

  /**
   * "获得羊产业丰收带头人称号": after an award verb, words the lexicon does not know closed by 称号 are
   * a title as printed (short, one phrase, a person's distinction by its last words).
   */
  private titledAward(a: number, b: number): HonourMention[] | null {
    const s = this.ctx.s;
    const m = TITLED_AWARD.exec(s.slice(a, b));
    if (!m || NOT_AN_AWARD.test(m[1]!)) return null;
    return this.heldAsPrinted(a, a + m[1]!.length, null);
  }

  /** Honours in a list where items that are not honours are skipped. */
  private honoursInLoose(from: number, to: number): HonourMention[] {
    const s = this.ctx.s;
    const out: HonourMention[] = [];
    for (const [a, b] of splitTop(s, from, to, "、")) {
      let x = a;
      x += connectorAt(s, a, b);
      // "A喜获H1、B喜获H2": an item with an award verb of its own after its first words has
      // another subject; the list of A's honours ends before it.
      const verb = ITEM_VERB.exec(s.slice(x, b));
      if (verb && verb.index > 0) break;
      const parts = this.honoursIn(x, b) ?? this.quotedAward(x, b) ?? this.titledAward(x, b);
      if ((parts === null || parts.length === 1) && s.slice(x, b).includes("和")) {
        // "全国技术能手和全国劳动模范", "某市劳动模范和某市国资委“优秀共产党员”": two titles
        // joined by 和 when both halves are honours.
        const joined = this.joinedHonours(x, b);
        out.push(...(joined.length > 1 ? joined : (parts ?? [])));
      } else if (parts) out.push(...parts);
    }
    return out;
  }

  /** A clause right after "NAME，": employer ("X公司高级技师"), honours, or honour verbs. */
  private readPostfixClause(person: FoundPerson, from: number, to: number, firstClause: boolean): boolean {
    const s = this.ctx.s;
    const text = s.slice(from, to);
    if (HONOUR_VERB.test(text) || RISE_TO.test(text)) {
      this.readPredicate(person, from, to);
      return true;
    }
    // "X，1975年出生，现为某集团首席技师": a post held, after the bio; "全国劳动模范X，在某船厂
    // 工作了30年": where the person works.
    if (POSTFIX_POST.test(text) || (firstClause && WORK_AT.test(text))) {
      const before = person.employers.length;
      this.readPredicate(person, from, to);
      if (person.employers.length > before) return true;
    }
    const hs = this.honoursIn(from, to);
    if (hs && hs.length > 0) {
      this.addHonours(person, hs, "honour.postfix");
      return true;
    }
    // "X，全国劳动模范，某公司首席技师。": a later clause of the name's card holds a unit with its
    // post when the person has none yet.
    if (firstClause || person.employers.length === 0) {
      // "X，全国劳动模范、某厂高级技师": scoped titles may come first; then the item that carries
      // the unit ("X公司高级技师、班长": the first item when there are none).
      const items = text.split("、");
      const [k, at] = this.postAfterTitles(items, from);
      const unit = parseUnit(items[k]!);
      // (After an honoured name, "…，某集团焊接车间主任，…" with its post; a unit alone may be a story.)
      if (
        unit?.org &&
        isOrgName(unit.org) &&
        (firstClause ? unit.jobTitle || (person.honours.length === 0 && k === 0) : unit.jobTitle && k === 0)
      ) {
        this.addEmployer(
          person,
          this.employer(unit.org, unit.jobTitle, at, at + items[k]!.length, "employer.postfix"),
        );
        // (… and scoped titles may follow it: "X，某厂高级技师、全国劳动模范".)
        const titles = this.titlesAroundPost(items, k, from);
        if (titles.length > 0) this.addHonours(person, titles, "honour.postfix");
        return true;
      }
    }
    return false;
  }

  /** "A和B分别是X公司的焊工和Y厂的司机": the i-th unit goes to the i-th person. */
  private readRespectively(group: FoundPerson[], from: number, to: number): void {
    const parts = splitTop(this.ctx.s, from, to, "、和及");
    if (parts.length !== group.length) return;
    parts.forEach(([a, b], i) => {
      const unit = unitOfPost(this.ctx.s.slice(a, b));
      if (unit?.org)
        this.addEmployer(
          group[i]!,
          this.employer(unit.org, unit.jobTitle || null, a, b, "employer.respectively"),
        );
    });
  }

  /** "全国工人先锋号、某公司某班的代表": a collective right after its honours. */
  private collectiveAfterHonours(from: number, to: number, pending: HonourMention[]): boolean {
    const hs = pending.filter((h) => COLLECTIVE_CATEGORIES.has(h.category));
    if (hs.length === 0) return false;
    const text = this.ctx.s.slice(from, to).replace(/(的)?(代表|们)+.*$/, "");
    if (!isOrgName(text)) return false;
    this.addCollective(this.ctx.text.slice(from, from + text.length), from, hs, "honour.collective");
    return true;
  }

  /** "他的徒弟何某去年被授予“…”称号": a name right before an honour verb inside a clause. */
  private readNameBeforeVerb(from: number, to: number): void {
    const s = this.ctx.s;
    const clause = s.slice(from, to);
    if (!AWARD_VERB_HINT.test(clause)) return;
    MID_HONOUR_VERB.lastIndex = 0;
    const m = MID_HONOUR_VERB.exec(clause);
    if (!m || m.index < 2) return;
    const end = from + m.index;
    for (const len of [3, 2]) {
      const p = end - len;
      if (p < from || surnameAt(s, p) === 0) continue;
      const bounds = windowBounds(s, p, from, to);
      // ("继X入选…后": after 继, a name opens the clause it begins.)
      if (p > from && !bounds.has(p) && !/[的是了继]/.test(s[p - 1]!)) continue;
      if (nameAt(s, p, end, bounds, true) !== len) continue;
      const name = this.ctx.text.slice(p, end).replace(/\s+/g, "");
      const hs = this.honoursInLoose(end + m[0].length, this.honourListEnd(end + m[0].length, to));
      if (hs.length === 0) return;
      const person = this.addPerson(name, p, emptyPrefix());
      this.addHonours(person, hs, "honour.verb");
      return;
    }
  }

  /**
   * "全国劳动模范X：青春献胶林", "全国劳模X的平凡岗位": a headline that opens with a title and a name
   * (then a colon, a space, 的 or a dash) names an honouree the body goes on to tell about.
   */
  readHeadlineHolder(bodyStart: number): void {
    const s = this.ctx.s;
    const end = Math.min(bodyStart, 60);
    if (end < 6) return;
    for (let k = 3; k <= Math.min(16, end - 2); k++) {
      if (!HONOUR_LAST[s.charCodeAt(k - 1)]) continue;
      const h = this.honourAt(s.slice(0, k), 0);
      if (!h || h.level === null) continue;
      const len = nameAt(s, k, end, windowBounds(s, k, 0, end), true);
      if (len < 2 || len > 4) continue;
      const after = s[k + len];
      if (
        !(
          after === "：" ||
          after === ":" ||
          after === " " ||
          after === "\u3000" ||
          after === "的" ||
          s.startsWith("——", k + len)
        )
      )
        continue;
      // The body must name the person again (a headline alone may name someone else's story).
      const name = this.ctx.text.slice(k, k + len);
      if (!s.includes(s.slice(k, k + len), bodyStart)) return;
      const person = this.addPerson(name, k, emptyPrefix());
      this.addHonours(person, [h], "honour.headline-holder");
      return;
    }
  }

  /**
   * A roll of honourees printed one to a line under a heading that names the title ("2021年“最美
   * 公路人”名单（远江）", then "祁文涛远江省公路局青川分局党支部书记、所长", "马 健远江交投集团
   * 总工程师"): each line is a name, glued or spaced, then the unit and post; the title is each
   * name's. A line that is neither ends the roll (a team's line without a post is passed over).
   */
  readRollLine(from: number, to: number): void {
    const s = this.ctx.s;
    let a = from;
    let b = to;
    // (Most sentences are neither a heading, which quotes its title, nor in a roll.)
    if (!this.roll) {
      const q = s.indexOf("“", a);
      if (q < 0 || q >= b) return;
    }
    while (a < b && /\s/.test(s[a]!)) a++;
    while (b > a && /[\s。]/.test(s[b - 1]!)) b--;
    const t = s.slice(a, b);
    const head = t.length <= 40 ? ROLL_HEADING.exec(t) : null;
    if (head) {
      const q = a + head[0].indexOf("“") + 1;
      const hs = this.honoursIn(q, q + head[1]!.length) ?? this.quotedAward(q - 1, q + head[1]!.length + 1);
      this.roll = personal(hs) ? hs : null;
      return;
    }
    if (!this.roll) return;
    if (t.length > 60 || t.length < 8 || /[，。；：！？,:;!?“”]/.test(t)) {
      this.roll = null;
      return;
    }
    // The name: two or three characters with a surname, or a surname and a given character spaced apart.
    const spaced = /^(\p{Script=Han})[ \u3000]+(\p{Script=Han})(?=\p{Script=Han})/u.exec(t);
    const names: [string, number][] = spaced
      ? [[`${spaced[1]}${spaced[2]}`, spaced[0].length]]
      : [3, 2].map((n) => [t.slice(0, n), n] as [string, number]);
    for (const [name, len] of names) {
      if (surnameAt(name, 0) === 0 || STOP_NAMES.has(name)) continue;
      if (!spaced && this.listedNameLength(a, a + len) !== len) continue;
      // (Two posts, "党支部书记、所长": the unit and the first.)
      const rest = t.slice(len).trim();
      const unit =
        parseUnit(rest) ?? (rest.includes("、") ? parseUnit(rest.slice(0, rest.indexOf("、"))) : null);
      if (!unit?.org || !unit.jobTitle || !isOrgName(unit.org)) continue;
      const orgAt = a + len + t.slice(len).indexOf(unit.org);
      const prefix = emptyPrefix();
      prefix.employer = this.employer(
        unit.org,
        unit.jobTitle,
        orgAt,
        orgAt + unit.org.length,
        "employer.roll-card",
      );
      const person = this.addPerson(name, a, prefix);
      this.addHonours(person, retagged(this.roll, "honour.roll-card"), "honour.roll-card");
      return;
    }
  }

  /** "他曾被评为“…”": honours of the person named last, in a sentence that opens with 他/她. */
  readPronounSentence(from: number, to: number): void {
    const s = this.ctx.s;
    // "他荣获…" after a sentence about someone the article follows by name ("祁某说，…"): that
    // person, when named after the last person read.
    // (A later clause may open with the pronoun: "第二次是2011年，他荣获…".)
    if (s.slice(from, to).includes("这位")) this.readThisHolder(from, to);
    const initial = /^(他|她)/.test(s.slice(from, from + 1));
    // (Also "…，个人荣获…", "…，他本人荣获…": the person, beside a team's award.)
    const later = initial
      ? null
      : /，(?:(?:他|她)(?!们)|个人(?=荣获|获得|获评|被)|本人)/.exec(s.slice(from, to));
    const bare = !initial && !later;
    if (!bare) this.takeStoryPerson(from);
    // The clauses before a later pronoun have subjects of their own.
    const start = later ? from + later.index + 1 : from;
    if (!this.lastPerson) return;
    // "…作出突出贡献。曾获全国五一劳动奖章、…等。": a sentence without a subject that opens with an
    // honour verb continues the paragraph about the person named last.
    const known = this.lastPerson.honours.length > 0 || this.lastPerson.employers.length > 0;
    if (bare && !(known && this.continues(this.lastPerson, from, to))) return;
    let end = to;
    while (end > start && /[。！？；\s]/.test(s[end - 1]!)) end--;
    for (const [ca, cb] of splitTop(s, start, end, "，；")) {
      const t = s.slice(ca, cb).replace(/^(?:(?:他|她)(?:本人)?|个人|本人)/, "");
      const verb = HONOUR_VERB.exec(t);
      // "他目前是某学院烹饪系主任": the unit of the person named last (not when the sentence before
      // named several: whose post it is cannot be told).
      const post =
        verb || bare || this.namedBefore > 1 ? null : /^(?:目前|现在|如今|现)?(?=是|现任|担任)/.exec(t);
      if (post && post[0].length + 1 < t.length) {
        this.readPredicate(this.lastPerson, cb - t.length + post[0].length, cb);
        continue;
      }
      if (!verb) continue;
      // "获H的有A等43人": who won is said in the clause; it continues no paragraph.
      if (bare && /^[^，。；]{0,40}?的(?:有|是|为)/.test(t.slice(verb[0].length))) continue;
      const at = cb - t.length + verb[0].length;
      // A person holds no collective title (工人先锋号, 先进集体 …).
      const hs = this.honoursInLoose(at, this.honourListEnd(at, cb));
      this.addHonours(
        this.lastPerson,
        hs.filter((h) => !COLLECTIVE_CATEGORIES.has(h.category)),
        "honour.later-sentence",
      );
    }
  }

  /**
   * "…焊工X扎根一线30年。这位全国劳动模范说，…": the title a later sentence calls the person
   * named last by is that person's.
   */
  private readThisHolder(from: number, to: number): void {
    const last = this.lastPerson;
    if (!last) return;
    const seen = Math.max(last.at, ...last.mentions);
    if (seen >= from || from - seen > 300) return;
    const s = this.ctx.s;
    for (const m of matchesOf(THIS_HOLDER, s.slice(from, to))) {
      const start = from + m.index + m[0].indexOf(m[1]!, 2);
      const hs = this.honoursIn(start, start + m[1]!.length);
      if (!hs || hs.length === 0 || !hs.every((h) => h.level !== null)) continue;
      this.addHonours(last, retagged(hs, "honour.this-holder"), "honour.this-holder");
      return;
    }
  }

  /** Names the story follows: [name, offset] of each name opening a clause before 说/是/表示 …. */
  private story: [string, number][] | null = null;

  /**
   * The names a story follows: a name that opens a sentence or a clause, before a verb of
   * saying or being ("祁某说", "祁某是某矿的一名采煤工", "祁某表示"), printed at least twice.
   */
  private storyNames(): [string, number][] {
    if (this.story) return this.story;
    const s = this.ctx.s;
    const found: [string, number][] = [];
    for (const sent of this.ctx.sentences) {
      for (const [ca, cb] of splitTop(s, sent.start, sent.end, "，")) {
        let p = ca;
        while (p < cb && /[\s“”「」]/.test(s[p]!)) p++;
        if (surnameAt(s, p) === 0) continue;
        // Cheap gate before the name reader (which cuts with jieba): a story verb two to four
        // characters on.
        if (![2, 3, 4].some((k) => STORY_VERB.test(s.slice(p + k, p + k + 3)))) continue;
        const len = nameAt(s, p, cb, windowBounds(s, p, ca, cb));
        if (len < 2 || !STORY_VERB.test(s.slice(p + len, p + len + 3))) continue;
        found.push([this.ctx.text.slice(p, p + len), p]);
      }
    }
    const count = new Map<string, number>();
    for (const [n] of found) count.set(n, (count.get(n) ?? 0) + 1);
    const twice = (key: string) => s.indexOf(key, s.indexOf(key) + key.length) >= 0;
    // An official is named with a post somewhere ("县长祁某说", "祁某县长到场").
    const official = (key: string) => {
      for (let i = s.indexOf(key); i >= 0; i = s.indexOf(key, i + key.length))
        if (
          OFFICIAL_BEFORE.test(s.slice(Math.max(0, i - 3), i)) ||
          OFFICIAL_AFTER.test(s.slice(i + key.length))
        )
          return true;
      return false;
    };
    this.story = found.filter(([n, at]) => {
      const key = s.slice(at, at + n.length);
      return ((count.get(n) ?? 0) >= 2 || twice(key)) && !official(key);
    });
    return this.story;
  }

  /** Makes the story's person named last before `from` the last person, when named after it. */
  private takeStoryPerson(from: number): void {
    const last = this.lastPerson ? Math.max(this.lastPerson.at, ...this.lastPerson.mentions) : -1;
    let pick: [string, number] | null = null;
    for (const named of this.storyNames()) if (named[1] < from && named[1] > last) pick = named;
    if (!pick) return;
    const [name, at] = pick;
    const p = this.addPerson(name, at, emptyPrefix(), "honour.appositive", "person.story-name");
    // "祁某是某矿采煤二区的一名采煤工": the unit of its opening sentence.
    const end = this.ctx.sentences[sentenceIndexAt(this.ctx, at)]?.end ?? at;
    if (this.ctx.s[at + name.length] === "是" && p.employers.length === 0)
      this.readPredicate(p, at + name.length, end);
  }

  /** "全国劳动模范和先进工作者": titles joined by 和/、, the first scope shared by the rest. */
  private joinedHonours(from: number, to: number): HonourMention[] {
    const s = this.ctx.s;
    const out: HonourMention[] = [];
    let scope = "";
    for (const [a, b] of splitTop(s, from, to, "和、")) {
      let h = this.honourAt(s.slice(a, b), a);
      if (h?.scope) scope = h.scope;
      else if (!h && scope) {
        const p = parseHonourNoPlace(`${scope}${s.slice(a, b)}`);
        if (p) h = mention(p, this.ctx.text.slice(a, b), spanAt(this.ctx, a, b));
      }
      if (!h || COLLECTIVE_CATEGORIES.has(h.category)) return [];
      out.push(h);
    }
    // "全国劳动模范和先进工作者": the award's two titles, one of which each holder has; the
    // first (the labour model, most of every list) is kept rather than both.
    if (
      out.length === 2 &&
      out[0]!.category === "劳动模范" &&
      out[1]!.category === "先进工作者" &&
      out[0]!.scope === out[1]!.scope
    )
      return [out[0]!];
    return out;
  }

  /**
   * A sentence without a subject that continues the text about `p`: it opens with an honour
   * verb in p's paragraph, or (in a profile, where p is the only person) one of its clauses
   * does in one of the three paragraphs after ("X，某公司领衔人。⏎目前已获21项专利，荣获…").
   */
  private paragraphAt(o: number): number {
    return this.ctx.sentences[sentenceIndexAt(this.ctx, o)]?.paragraph ?? -1;
  }

  private continues(p: FoundPerson, from: number, to: number): boolean {
    const s = this.ctx.s;
    const gap = this.paragraphAt(from) - this.paragraphAt(p.mentions.at(-1) ?? p.at);
    const profile = this.persons.size === 1;
    // A profile's record of honours may come a paragraph or two after its opening card.
    if (HONOUR_VERB.test(s.slice(from, to))) return gap === 0 || (profile && gap >= 1 && gap <= 3);
    if (!profile || gap < 0 || gap > 3 || !AWARD_VERB_HINT.test(s.slice(from, to))) return false;
    return splitTop(s, from, to, "，；").some(([a, b]) =>
      HONOUR_VERB.test(s.slice(a, b).replace(/^(?:他|她)/, "")),
    );
  }

  /** Honours last named in quotes in a sentence about a group ("150名…被授予“齐鲁首席技师”称号"). */
  private statedHonours: HonourMention[] = [];

  /** Remembers the personal honours a sentence names, for a list that follows. */
  noteStatedHonours(from: number, to: number): void {
    // Cheap gate: a stated group honour is quoted, or comes with 称号 or a count.
    if (!STATED_HINT.test(this.ctx.s.slice(from, to))) return;
    const out = this.statedIn(from, to);
    if (out.length > 0) this.statedHonours = out;
    this.noteCountedGroup(from, to);
  }

  /** "请5名我省获得全国五一劳动奖章的先进代表…": a count of honourees named in a later sentence. */
  private counted: { n: number; honours: HonourMention[]; sentence: number } | null = null;

  private noteCountedGroup(from: number, to: number): void {
    const s = this.ctx.s;
    const m = COUNTED_GROUP.exec(s.slice(from, to));
    if (!m?.indices) return;
    const [a, b] = m.indices[2]!;
    const hs = this.joinedHonours(from + a, from + b);
    if (hs.length === 0 || !hs.every((h) => h.level !== null)) return;
    this.counted = { n: countOf(m[1]!), honours: hs, sentence: sentenceIndexAt(this.ctx, from) };
  }

  /**
   * The sentence after a counted group ("5名…荣获X的先进代表…"; one or two sentences on) that
   * introduces exactly that many new people: each of them holds the group's honour.
   */
  readCountedList(from: number, to: number): void {
    const c = this.counted;
    if (!c) return;
    const gap = sentenceIndexAt(this.ctx, from) - c.sentence;
    if (gap <= 0) return;
    if (gap > 2) {
      this.counted = null;
      return;
    }
    // New people of this sentence that the text presents (a stray name-like word has no facts).
    const fresh = [...this.persons.values()].filter(
      (p) => p.at >= from && p.at < to && (p.employers.length > 0 || p.honours.length > 0),
    );
    if (fresh.length === 0) return;
    this.counted = null;
    if (fresh.length !== c.n) return;
    for (const p of fresh) {
      const evidence = spanAt(this.ctx, p.at, p.at + p.name.length, "honour.counted-group");
      this.addHonours(
        p,
        c.honours.map((h) => ({ ...h, evidence })),
        "honour.counted-group",
      );
    }
  }

  /** True when a person read so far is named at `at`. */
  private namedAt(at: number): boolean {
    for (const p of this.persons.values()) if (p.at === at || p.mentions.includes(at)) return true;
    return false;
  }

  /**
   * Personal honours a sentence names for a group: in quotes ("被授予“齐鲁首席技师”称号"), or
   * unquoted and 和-joined with one scope ("被授予全国劳动模范和先进工作者称号").
   */
  private statedIn(from: number, to: number): HonourMention[] {
    const s = this.ctx.s;
    const out: HonourMention[] = [];
    const q = s.indexOf("“", from);
    if (q >= 0 && q < to) {
      for (const m of matchesOf(/“([^”]{2,24})”(特别奖|提名奖)?/g, s.slice(from, to))) {
        // "其中包括“最美妈妈”X": a title printed right before a name is that person's, not the group's.
        if (!m[2] && this.namedAt(from + m.index + m[0].length)) continue;
        // "“某市十大杰出青年”提名奖": the grade printed after the quotes is part of the title.
        const h = m[2]
          ? this.honourAt(`${m[1]!}${m[2]}`, from + m.index + 1)
          : this.honourAt(m[1]!, from + m.index + 1);
        if (h && !COLLECTIVE_CATEGORIES.has(h.category)) out.push(h);
      }
    }
    // (GROUP_COUNT and GROUP_COUNT_SHARED need a count before 名/位, GROUP_AWARD needs 称号.)
    const t = s.slice(from, to);
    const counted = COUNT_CUE.test(t);
    // "宣讲团由6名全国劳动模范组成，分别是：…": the group's honour after its count.
    const c = out.length === 0 && counted ? GROUP_COUNT.exec(t) : null;
    if (c) {
      const start = from + c.index + c[0].indexOf(c[1]!, c[0].search(/[名位]/));
      const hs = this.joinedHonours(start, start + c[1]!.length);
      if (hs.length > 0 && hs.every(isGroupHonour)) out.push(...hs);
      else {
        // "7名全国劳动模范与大国工匠，分别为…": each member holds one of the titles; the first,
        // scoped one is read.
        const mixed = /^(.{4,12}?)[与和]/.exec(c[1]!);
        const first = mixed ? this.joinedHonours(start, start + mixed[1]!.length) : [];
        if (first.length === 1 && isGroupHonour(first[0]!)) out.push(first[0]!);
      }
    }
    // "由6名全国、海南劳动模范组成": scopes sharing one head; the last, most local one is read.
    const sc = out.length === 0 && counted ? GROUP_COUNT_SHARED.exec(t) : null;
    if (sc?.indices && !hasHonourWord(s, from + sc.indices[1]![0], from + sc.indices[1]![1])) {
      const [a, b] = sc.indices[2]!;
      const hs = this.joinedHonours(from + a, from + b);
      if (hs.length === 1 && isGroupHonour(hs[0]!)) out.push(hs[0]!);
    }
    const v = out.length === 0 && t.includes("称号") ? GROUP_AWARD.exec(t) : null;
    if (v) {
      const start = from + v.index + v[0].length - v[1]!.length - v[2]!.length;
      out.push(...this.joinedHonours(start, start + v[1]!.length));
    }
    // "今年共有7名护理工作者获得南丁格尔奖章": a counted group, its award verb, then the honour.
    const ca = out.length === 0 && counted ? COUNTED_AWARD.exec(t) : null;
    if (ca?.indices) {
      const [a, b] = ca.indices[1]!;
      const hs = this.joinedHonours(from + a, from + b);
      if (hs.length > 0 && hs.every(isGroupHonour)) out.push(...hs);
    }
    // "授予…的10位优秀女性全国三八红旗手标兵荣誉称号": the title granted to a counted group, after
    // the words that describe its members (the longest tail of them that reads as a scoped title).
    const g = out.length === 0 && counted && t.includes("授予") ? GRANTED_TO_COUNT.exec(t) : null;
    if (g?.indices) {
      const [a, b] = g.indices[1]!;
      const scope = GRANTED_SCOPE.exec(s.slice(from + a, from + b));
      const hs = scope ? this.honoursIn(from + a + scope.index, from + b) : null;
      if (hs && hs.length > 0 && hs.every((h) => h.level !== null && isGroupHonour(h))) out.push(...hs);
    }
    return out;
  }

  /**
   * Lists of honourees: "10位“大国工匠年度人物”分别是：A公司钳工X，B厂焊工Y", "他们分别是…",
   * "…X、…Y入选" after a sentence that named the honour. Every name in the list gets it.
   */
  readGroupSentence(from: number, to: number): void {
    const s = this.ctx.s;
    const t = s.slice(from, to);
    if (!this.openGroup && !GROUP_HINT.test(t)) return;
    // "荣获H1的是：A、B，荣获H2的是：C、D": one group per clause that opens with its own award.
    const next = NEXT_AWARDED_LIST.exec(t);
    if (next && next.index > 0) {
      this.readGroupSentence(from, from + next.index);
      this.readGroupSentence(from + next.index + 1, to);
      return;
    }
    const marker = groupMarker(t, 0, t.length);
    const tail = marker ? null : GROUP_TAIL.exec(t);
    const endsOpen = /；\s*$/.test(t);
    if (!marker && !tail) {
      // A list split by ；: "分别是：A公司X；B公司Y；C厂Z。"
      const open = this.openGroup;
      this.openGroup = open && endsOpen ? open : null;
      if (open && /；\s*$/.test(s.slice(Math.max(0, from - 2), from))) this.giveGroup(open, from, to);
      return;
    }
    let hs: HonourMention[] = [];
    let range: [number, number];
    if (marker) {
      hs = this.statedIn(from, from + marker.index);
      if (hs.length === 0) hs = this.groupHead(from, from + marker.index);
      if (hs.length === 0) hs = this.quotedWinners(from, from + marker.index);
      range = [from + marker.index + marker[0].length, to];
      // "…分别是A（…）、B（…）等共11位，依序上台接受县长C颁发的奖状": the list ends at its count.
      const count = LIST_COUNT_END.exec(s.slice(range[0], to));
      if (count) range = [range[0], range[0] + count.index];
    } else {
      range = [from, from + tail!.index];
      // "2023年度“某某工匠”名单公布，A、B入选": the list announced in the sentence's lead.
      const lead = RESULT_LEAD.exec(t);
      if (lead) {
        hs = this.statedIn(from, from + lead[0].length);
        range = [from + lead[0].length, range[1]];
      }
    }
    if (hs.length === 0) hs = this.statedHonours;
    this.openGroup = marker && endsOpen && hs.length > 0 ? hs : null;
    if (hs.length === 0) return;
    this.giveGroup(hs, range[0], range[1]);
  }

  /**
   * "十位“某某青年工业家奖”获得者分别是…": a quoted title the lexicon does not know, right before
   * 获得者/得主/获奖者 and the list's marker, held as printed (as after an award verb).
   */
  private quotedWinners(from: number, end: number): HonourMention[] {
    const m = QUOTED_WINNERS.exec(this.ctx.s.slice(from, end));
    if (!m || NOT_AN_AWARD.test(m[1]!)) return [];
    const start = from + m.index + 1;
    return this.heldAsPrinted(start, start + m[1]!.length, null);
  }

  /**
   * The honour that heads a list, right before its marker: "这10名获得荣誉的最美青川工匠分别是…"
   * (the noun after the last 的 or count word).
   */
  private groupHead(from: number, end: number): HonourMention[] {
    const s = this.ctx.s;
    let start = end;
    while (start > from && end - start < 16 && !/[的名位个，：、“”]/.test(s[start - 1]!)) start--;
    if (end - start < 2) return [];
    const hs = this.joinedHonours(start, end);
    return hs.length > 0 && hs.every(isGroupHonour) ? hs : [];
  }

  /**
   * Double-object awards: "授予甲医院等20个单位X奖状；授予乙公司祁某等100名职工X奖章": the
   * recipients stand between 授予 and their count, the honour after it.
   */
  readGrants(from: number, to: number): void {
    const s = this.ctx.s;
    const sent = s.slice(from, to);
    if (sent.includes("在内的")) this.readIncluding(from, to);
    if (sent.includes("为代表的")) this.readRepresentedBy(from, to);
    if (BARE_GRANT_VERB.test(sent)) this.readBareGrants(from, to);
    if (sent.includes("这")) this.readTheseAfterList(from, to);
    if (sent.includes("”")) this.readQuotedTitleList(from, to);
    if (!GRANT_CUE.test(sent)) return;
    // "确定A等10名个人为H1，B等100名个人为H2": a clause without a verb of its own shares the verb of
    // the grant before it.
    let lastVerb: string | null = null;
    for (const [ca0, cb] of splitTop(s, from, to, "，；。")) {
      let ca = ca0;
      let m = GRANT.exec(s.slice(ca, cb)) ?? GRANT_AS.exec(s.slice(ca, cb));
      if (!m && lastVerb && !GRANT_CUE.test(s.slice(ca, cb))) {
        m = (lastVerb === "授予" ? GRANT : GRANT_AS).exec(lastVerb + s.slice(ca, cb));
        if (m && m.index === 0) ca -= lastVerb.length;
        else m = null;
      }
      lastVerb = m ? (/授予|命名|确定|认定/.exec(m[0])?.[0] ?? null) : null;
      if (!m?.indices) continue;
      const [listFrom, listTo] = m.indices[1]!;
      const [hFrom, hTo] = m.indices[4]!;
      const units = m[2] === "个" || m[2] === "家" || m[2] === "支";
      // "授予A等10人“某市十佳工匠之星”称号": a quoted title the lexicon does not know is a person's.
      const hs = (
        this.honoursIn(ca + hFrom, ca + hTo) ??
        (units ? null : this.quotedAward(ca + hFrom, ca + hTo)) ??
        []
      ).filter((h) => COLLECTIVE_CATEGORIES.has(h.category) === units);
      if (hs.length === 0) continue;
      for (const [a, b] of splitTop(s, ca + listFrom, ca + listTo, "、")) {
        // "授予10个单位…": no recipient printed before the count.
        if (b - a < 2) continue;
        if (units) {
          if (isOrgName(s.slice(a, b))) this.addCollective(this.ctx.text.slice(a, b), a, hs, "honour.grant");
          continue;
        }
        // "授予A、B、C3名同志…": an item that is one name.
        const whole = this.listedNameLength(a, b);
        if (whole === b - a) {
          const person = this.addPerson(this.ctx.text.slice(a, b), a, emptyPrefix());
          this.addHonours(person, hs, "honour.grant");
          continue;
        }
        // "乙公司祁某": the name closes the item, the unit before it is the employer (of the
        // names that may close it, the one after which the words before read as unit or post:
        // "…有限公司祁文涛", not 文涛).
        let found: { p: number; prefix: Prefix | null } | null = null;
        for (let len = 2; len <= 4 && b - len > a; len++) {
          const p = b - len;
          if (nameAt(s, p, b, windowBounds(s, p, a, b), true) !== len) continue;
          const prefix = this.parsePrefix(a, p);
          if (!found || (!found.prefix && prefix)) found = { p, prefix };
          if (prefix) break;
        }
        if (found) {
          const person = this.addPerson(
            this.ctx.text.slice(found.p, b),
            found.p,
            found.prefix ?? emptyPrefix(),
          );
          this.addHonours(person, hs, "honour.grant");
        }
      }
    }
  }

  /**
   * "授予A、B“H”称号", "追授A某某全国劳动模范称号", "命名A、B为H", "认定A为H": the recipients are
   * bare names printed between the verb and the title (no count: readGrants reads the counted form).
   */
  private readBareGrants(from: number, to: number): void {
    const s = this.ctx.s;
    for (const [ca, cb] of splitTop(s, from, to, "，；。")) {
      const v = BARE_GRANT_VERB.exec(s.slice(ca, cb));
      if (!v) continue;
      const naming = v[0] !== "授予" && v[0] !== "追授";
      const items = splitTop(s, ca + v.index + v[0].length, cb, "、");
      const names: [number, number][] = [];
      let hs: HonourMention[] | null = null;
      for (let i = 0; i < items.length && hs === null; i++) {
        const [a, b] = items[i]!;
        if (i < items.length - 1) {
          if (this.listedNameLength(a, b) !== b - a) break;
          names.push([a, b]);
          continue;
        }
        // The last item: a name, then (为) the title.
        for (const len of [3, 2, 4]) {
          // ("授予A等240人…" is the counted form, readGrants'.)
          if (b - a <= len || s[a + len - 1] === "等" || s[a + len] === "等") continue;
          if (this.listedNameLength(a, a + len) !== len) continue;
          const found = this.titlesAfterGranted(a + len, b, naming);
          if (!found) continue;
          names.push([a, a + len]);
          hs = found;
          break;
        }
        // "授予青川机械厂高级技师X远江省五一劳动奖章": one name after its unit and post.
        if (hs === null && items.length === 1) {
          const granted = this.prefixedGrant(a, b, naming);
          if (granted) {
            const person = this.addPerson(
              this.ctx.text.slice(granted.at, granted.at + granted.len),
              granted.at,
              granted.prefix,
            );
            this.addHonours(person, granted.hs, "honour.grant");
          }
        }
      }
      if (!hs) continue;
      for (const [a, b] of names) {
        const person = this.addPerson(this.ctx.text.slice(a, b), a, emptyPrefix());
        this.addHonours(person, hs, "honour.grant");
      }
    }
  }

  /**
   * The one recipient of a bare grant printed with unit and post before the name and the title
   * after it ("…授予某厂高级技师X某省五一劳动奖章"): the name (where the words before it parse as a
   * unit and a post) and the scoped titles after it, or null.
   */
  private prefixedGrant(
    a: number,
    b: number,
    naming: boolean,
  ): { at: number; len: number; prefix: Prefix; hs: HonourMention[] } | null {
    const s = this.ctx.s;
    for (let p = a + 4; p <= b - 6; p++) {
      if (surnameAt(s, p) === 0) continue;
      for (const len of [3, 2, 4]) {
        if (p + len >= b || this.listedNameLength(p, p + len) !== len) continue;
        const found = this.titlesAfterGranted(p + len, b, naming);
        if (!found) continue;
        // (The words before the name, parsed last: the costliest test.)
        const prefix = this.parsePrefix(a, p);
        if (!prefix?.employer?.jobTitle || prefix.honours.length > 0) continue;
        return { at: p, len, prefix, hs: found };
      }
    }
    return null;
  }

  /**
   * The personal titles a bare grant gives after a granted name ending at `at` (a form of address
   * and, for 命名/认定 (`naming`), 为 between them): scoped, or quoted whatever they name; else null.
   */
  private titlesAfterGranted(at: number, b: number, naming: boolean): HonourMention[] | null {
    const s = this.ctx.s;
    const tail = BARE_GRANT_TAIL.exec(s.slice(at, b));
    if (!tail || (naming && !tail[1])) return null;
    const hFrom = at + tail[0].length;
    const end = this.honourListEnd(hFrom, b);
    const found = this.honoursIn(hFrom, end) ?? this.quotedAward(hFrom, end);
    if (!personal(found)) return null;
    // (A bare title needs its issuer's level; a quoted one is a title whatever it names.)
    return s[hFrom] === "“" || found.every((h) => h.level !== null) ? found : null;
  }

  /**
   * Gives `hs` to each item of [from, to) split on `seps` that is one bare name (the items that
   * are not are passed over, or, with `all`, make the whole list no list of names); the evidence
   * carries `rule`. False when nothing was given.
   */
  private giveBareNames(
    from: number,
    to: number,
    seps: string,
    hs: HonourMention[],
    rule: string,
    all = false,
  ): boolean {
    const s = this.ctx.s;
    const items = splitTop(s, from, to, seps);
    const names = items.filter(([a, b]) => this.listedNameLength(a, b) === b - a);
    if (names.length === 0 || (all && (names.length !== items.length || items.length < 2))) return false;
    const tagged = retagged(hs, rule);
    for (const [a, b] of names)
      this.addHonours(this.addPerson(this.ctx.text.slice(a, b), a, emptyPrefix()), tagged, rule);
    return true;
  }

  /**
   * "走访慰问了“某地最美农民工”A、B、C": a quoted title, then a run of bare names (two or more) after
   * a verb of visiting or inviting: each name holds it.
   */
  private readQuotedTitleList(from: number, to: number): void {
    const s = this.ctx.s;
    for (const m of matchesOf(QUOTED_TITLE_LIST, s.slice(from, to))) {
      if (!m.indices) continue;
      const [qFrom, qTo] = indicesAt(m, 1, from);
      const hs = this.honoursIn(qFrom, qTo) ?? this.quotedAward(qFrom, qTo);
      if (!personal(hs)) continue;
      const [lFrom, lTo] = indicesAt(m, 2, from);
      this.giveBareNames(lFrom, lTo, "、", hs, "honour.quoted-title-list", true);
    }
  }

  /**
   * "某公司副总经理A，某合作社理事长B，某集团技术总监C这三位全国劳模分别作示范宣讲": the people
   * just listed in the sentence, exactly as many as counted, hold the title that sums them up.
   */
  private readTheseAfterList(from: number, to: number): void {
    const s = this.ctx.s;
    const m = THESE_AFTER_LIST.exec(s.slice(from, to));
    if (!m?.indices) return;
    const at = from + m.index;
    const [hFrom, hTo] = indicesAt(m, 2, from);
    const hs = this.honoursIn(hFrom, hTo);
    if (!hs || hs.length === 0 || !hs.every((h) => h.level !== null)) return;
    const listed = [...this.persons.values()].filter((p) => p.mentions.some((x) => x >= from && x < at));
    if (listed.length < 2 || listed.length !== countOf(m[1]!)) return;
    for (const p of listed)
      this.addHonours(p, retagged(hs, "honour.these-after-list"), "honour.these-after-list");
  }

  /**
   * "包括A、B在内的3名选手被授予“H”", "包括A在内的10人获评H": the names a counted group includes
   * hold what the group received.
   */
  private readIncluding(from: number, to: number): void {
    const s = this.ctx.s;
    for (const m of matchesOf(INCLUDING, s.slice(from, to))) {
      if (!m.indices) continue;
      const [hFrom, hTo] = indicesAt(m, 2, from);
      const end = this.honourListEnd(hFrom, hTo);
      const hs = this.honoursIn(hFrom, end) ?? this.quotedAward(hFrom, end);
      if (!personal(hs)) continue;
      const [lFrom, lTo] = indicesAt(m, 1, from);
      this.giveBareNames(lFrom, lTo, "、和", hs, "honour.including");
    }
  }

  /**
   * "涌现了以A、B、C等为代表的劳动模范", "以A为代表的一批全国劳模": the names a group is represented
   * by hold the group's title (a plain 劳动模范 as printed, or a scoped one).
   */
  private readRepresentedBy(from: number, to: number): void {
    const s = this.ctx.s;
    for (const m of matchesOf(REPRESENTED_BY, s.slice(from, to))) {
      if (!m.indices) continue;
      const [hFrom, hTo] = indicesAt(m, 2, from);
      const printed = s.slice(hFrom, hTo);
      const plain = printed === "劳模" || printed === "劳动模范";
      const hs = plain
        ? [mention(PLAIN_MODEL_HONOUR, this.ctx.text.slice(hFrom, hTo), spanAt(this.ctx, hFrom, hTo))]
        : this.honoursIn(hFrom, hTo);
      if (!hs || hs.length === 0 || !(plain || hs.every((h) => h.level !== null))) continue;
      // Every item a name: a list of people, not of units or kinds (one name is a list too).
      const [lFrom, lTo] = indicesAt(m, 1, from);
      const items = splitTop(s, lFrom, lTo, "、和");
      if (items.every(([a, b]) => this.listedNameLength(a, b) === b - a))
        this.giveBareNames(lFrom, lTo, "、和", hs, "honour.represented-by");
    }
  }

  /** Honours of a list still open after a sentence that ended with ；. */
  private openGroup: HonourMention[] | null = null;

  /** True while a list split by ； is open (its next item may name a person without a title). */
  get listOpen(): boolean {
    return this.openGroup !== null;
  }

  /** Gives `hs` to every person mentioned in [from, to), with the mention as evidence. */
  private giveGroup(hs: HonourMention[], from: number, to: number): void {
    for (const p of this.persons.values()) {
      const at = p.mentions.find((m) => m >= from && m < to);
      if (at === undefined) continue;
      const evidence = spanAt(this.ctx, at, at + p.name.length, "honour.group-list");
      this.addHonours(
        p,
        hs.map((h) => ({ ...h, evidence })),
        "honour.group-list",
      );
      this.bracketedUnit(p, at + p.key.length, to);
    }
  }

  /** "…分别是祁某（远江国民中小学）、…": the unit in brackets right after a listed name is its employer. */
  private bracketedUnit(p: FoundPerson, at: number, to: number): void {
    const s = this.ctx.s;
    if (s[at] !== "（" || p.employers.length > 0) return;
    const close = s.indexOf("）", at);
    if (close < 0 || close > to || close - at - 1 < 4 || close - at - 1 > 30) return;
    const org = s.slice(at + 1, close);
    if (!isOrgName(org) || !BRACKET_UNIT.test(org)) return;
    this.addEmployer(p, {
      org: this.ctx.text.slice(at + 1, close),
      orgType: orgTypeOf(org),
      jobTitle: null,
      evidence: spanAt(this.ctx, at + 1, close, "employer.bracketed"),
    });
  }

  /** "A、B荣获“全国工人先锋号”称号": collectives before an honour verb. */
  private readCollectiveVerb(from: number, to: number): void {
    const s = this.ctx.s;
    const text = s.slice(from, to);
    if (!COLLECTIVE_WORD.test(text)) return;
    const m = COLLECTIVE_VERB.exec(text);
    if (!m || m.index < 3) return;
    const verbAt = from + m.index;
    const end = this.honourListEnd(verbAt + m[0].length, to);
    const hs = this.honoursInLoose(verbAt + m[0].length, end).filter((h) =>
      COLLECTIVE_CATEGORIES.has(h.category),
    );
    if (hs.length === 0) return;
    for (const [a, b] of splitTop(s, from, verbAt, "、")) {
      let x = a;
      x += connectorAt(s, a, b);
      // "…有限公司等9家单位", "…大队等19个先进集体": the count closes the list.
      const name = s.slice(x, b).replace(LIST_COUNT_TAIL, "");
      if (isOrgName(name))
        this.addCollective(this.ctx.text.slice(x, x + name.length), x, hs, "honour.collective");
    }
  }
}
