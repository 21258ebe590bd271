/**
 * Decides whether a Chinese person name starts at a position: a surname from the shipped
 * list plus one or two given-name characters, ending where the following context (punctuation,
 * a verb such as 讲述/表示, a list count) and jieba's word boundaries agree.
 */

import { commonSurnameWords } from "../lexicon/common-words.ts";
import { HONOUR_HEAD_LIST, MUNICIPALITIES, PROVINCES } from "../lexicon/honours.ts";
import { NON_NAME_CHARS, STOP_GIVEN, STOP_NAMES } from "../lexicon/stop-names.ts";
import {
  EVENT_HEADS,
  JOB_TITLE_BY_LAST,
  JOB_TITLES,
  ORG_SUFFIX_BY_LAST,
  ORG_SUFFIXES,
  suffixAt,
} from "../lexicon/units.ts";

/** Lexicon words that start with a surname character (班长, 高级技师 …) are not names. */
const LEXICON_WORDS: ReadonlySet<string> = new Set([
  ...HONOUR_HEAD_LIST,
  ...JOB_TITLES,
  ...EVENT_HEADS,
  ...ORG_SUFFIXES,
]);

/** First characters of LEXICON_WORDS: no word starts at a character outside them. */
const LEXICON_FIRST = new Uint8Array(65536);
for (const w of LEXICON_WORDS) LEXICON_FIRST[w.charCodeAt(0)] = 1;

import { surnameAt } from "../lexicon/surnames.ts";

/** True when a job title or lexicon word covers `pos` (工程师 in "操作工程师", 班长 in "班长赵"). */
function insideLexiconWord(text: string, pos: number): boolean {
  // "工程师傅立群": a title of three or more characters ends right here, so 傅 starts a name
  // (while in "酿酒师傅沈X" 师傅 is one word).
  const before = suffixAt(text, JOB_TITLE_BY_LAST, pos);
  if (before && before.length >= 3 && text.startsWith("师傅", pos - 1)) return false;
  if (LEXICON_FIRST[text.charCodeAt(pos)] === 1)
    for (let len = 2; len <= 4; len++) if (LEXICON_WORDS.has(text.slice(pos, pos + len))) return true;
  for (let e = pos + 1; e <= pos + 3 && e <= text.length; e++) {
    const w = suffixAt(text, JOB_TITLE_BY_LAST, e);
    if (w && e - w.length < pos) return true;
  }
  // "…有限公司祁某": 司 closes the unit's 公司, so no name starts there.
  const org = suffixAt(text, ORG_SUFFIX_BY_LAST, pos + 1);
  return org !== undefined && pos + 1 - org.length < pos;
}

/** Common words whose last character is also a surname (工程 … 程X). */
const WORDS_ENDING_IN_SURNAME: ReadonlySet<string> = new Set([
  "工程",
  "过程",
  "流程",
  "课程",
  "规程",
  "进程",
  "全程",
  "上司",
]);

/** Length of a "·"-joined transliterated name continuing at `at` ("·艾买提"), 0 when none. */
function dotTail(text: string, at: number, limit: number): number {
  if (text[at] !== "·") return 0;
  let e = at + 1;
  while (e < limit && e - at <= 8 && hanAt(text, e) && !followsWord(text, e)) e++;
  return e - at >= 3 ? e - at : 0;
}

const HAN = /\p{Script=Han}/u;
/** HAN per UTF-16 code (a table read instead of a regex test per character). */
const HAN_CODE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (HAN.test(String.fromCharCode(c))) HAN_CODE[c] = 1;
/** True when text[i] is a Han character (false past the end). */
function hanAt(text: string, i: number): boolean {
  return HAN_CODE[text.charCodeAt(i)] === 1;
}

/** jieba word boundaries (offsets where a word ends). */
export interface Bounds {
  has(at: number): boolean;
}

/** Words that commonly follow a person's name. */
const FOLLOW = [
  "以",
  "讲述",
  "表示",
  "分享",
  "作",
  "在",
  "用",
  "为",
  "说",
  "等",
  "和",
  "与",
  "及",
  "同志",
  // "获得者A院长、B副主任": the post a name is addressed by, printed after it.
  "院长",
  "副院长",
  "主任",
  "副主任",
  "厂长",
  "校长",
  "局长",
  "所长",
  "经理",
  "总经理",
  // "…工程师X校友荣获…": an alumnus named by the school's own paper.
  "校友",
  "被",
  "荣获",
  "获得",
  "获评",
  "获",
  "喜获",
  "分获",
  "荣膺",
  // "…职工祁某利用荒坡种树…".
  "利用",
  "先后",
  "结合",
  "围绕",
  "向",
  "通过",
  "带领",
  "从",
  "是",
  "也",
  "还",
  "则",
  "一起",
  "首先",
  "率先",
  "生动",
  "深情",
  "受邀",
  "登台",
  "现场",
  "带来",
  "分别",
  "作为",
  "曾",
  // "X原是某村党支部书记，…被评为…": a post held before.
  "原是",
  "原为",
  "原任",
  "多年",
  "扎根",
  "介绍",
  "认为",
  "告诉",
  "来到",
  "走进",
  "的",
  "进行",
  "就",
  "对",
  "将",
  "已",
  "不仅",
  "凭借",
  "当选",
  "讲",
  "谈",
  "畅谈",
  "坚守",
  "从事",
  "指出",
  "强调",
  "称",
  "现任",
  "担任",
  "今年",
  "回顾",
  "来自",
  "当",
  "依次",
  "上台",
  "同",
  "跟",
  "把",
  "带",
  "率",
  "主持",
  // "上海工匠朱某某教授作为…": a title after the name.
  "教授",
  "致辞",
  "宣读",
  "颁发",
  "出席",
  "参加",
  "宣讲",
  "做",
  "立足",
  "这",
  "动情",
  "激动",
  "感慨",
  "坦言",
  "说道",
  "则",
  "所在",
  "发言",
  "交流",
  "便",
  "又",
  "于",
  "到",
  "给",
  "自",
  "始终",
  "一直",
  "长期",
  "几",
  "两",
  "一",
  "二",
  "三",
  "四",
  "五",
  "十",
  "连续",
  "入职",
  "参加工作",
  "毕业",
  "出生",
  "现为",
  "任",
  "系",
  "所",
  "专注",
  "潜心",
  "等人",
  "代表",
  "第",
  "随后",
  "亮相",
  "受",
  "应邀",
  "作为",
  "作了",
  "聊",
  "边",
  "担任",
  "手中",
  "郑重",
  "入选",
  // "…A、B成功推选为…", "…被推选为…".
  "成功",
  "推选",
  "主讲",
  "接过",
  "手捧",
  "领取",
  "上榜",
  "参与",
  "牵头",
  "负责",
  "领衔",
  "一行",
  "年仅",
  "致辞",
  "热情",
  "详细",
  "寄语",
  "勉励",
  "希望",
  "宣誓",
  "获颁",
  // Macao's and Hong Kong's lists: "A、B与C获授予…勋章".
  "获授予",
  "获颁授",
  "成为",
  "讲解",
  "示范",
  "演示",
  "展示",
  "领学",
  "汇报",
  "解读",
  "阐述",
  "讲话",
  // A form of address or a title printed after the name: "X先生", "X女士", "X医生荣获…".
  "先生",
  "女士",
  "医生",
  "劳模",
  "机长",
  "老师",
  "师傅",
  // "…维护员X载誉归来".
  "载誉",
  // "走进劳模X家中".
  "家中",
  "家里",
  // "…技师X正在返程的动车上", "X正讲述着…".
  "正在",
];
/** An adverb or a light verb that may follow a two-character name before its verb ("X正讲述", "X作获奖感言"). */
const LIGHT_AFTER_NAME = new Set([..."正作"]);
/** What follows 正/作 there: a verb of talking or working ("X正是…" keeps 正 as the name's). */
const LIGHT_VERB = /^(?:讲|分享|发言|介绍|获奖|报告|事迹|交流|带领|指导|忙|向|给|跟)/;
/** Prepositions that open the predicate right after a name and rarely end a given name. */
const GLUED = new Set([..."向给把被对从将跟在"]);
/** Verbs that may follow a four-character transliterated name. */
const VERB_AFTER_LONG_NAME = /^(荣获|获得|获评|被|讲述|分享|说|表示|介绍|发言)/;
const FOLLOW_BY_CHAR = new Map<string, string[]>();
for (const w of FOLLOW) {
  const list = FOLLOW_BY_CHAR.get(w[0]!) ?? [];
  list.push(w);
  FOLLOW_BY_CHAR.set(w[0]!, list);
}

function followsWord(text: string, at: number): boolean {
  const list = FOLLOW_BY_CHAR.get(text[at] ?? "");
  return (list?.some((w) => text.startsWith(w, at)) ?? false) || lightVerbAt(text, at);
}

/** 正/作 and a verb of talking or working at `at` ("…正讲述", "…作获奖感言"). */
function lightVerbAt(text: string, at: number): boolean {
  return LIGHT_AFTER_NAME.has(text[at] ?? "") && LIGHT_VERB.test(text.slice(at + 1, at + 3));
}

/** True when a name may end at `end` (before punctuation, a digit, the end, or a following word). */
const HOLIDAY_HONOUR = /^(?:五一劳动|五一奖章|五一巾帼|三八红旗|五四青年|五四奖章)/;

function goodEnd(text: string, end: number, limit: number, bounds: Bounds, loose = false): boolean {
  if (end >= limit) return true;
  if (!hanAt(text, end)) return true;
  const c = text[end]!;
  // "常州五一劳动奖章获得者": a place before a holiday honour, not a name before a numeral.
  if ((c === "五" || c === "三") && HOLIDAY_HONOUR.test(text.slice(end, end + 4))) return false;
  return (
    followsWord(text, end) && (loose || bounds.has(end) || longFollowAt(text, end) || timeFollowAt(text, end))
  );
}

/** "X于2015年被评为…": 于 and a time after a name (于 alone may open a given name: 于 is a surname). */
const AT_TIME = /^于(?:\d|[一二][〇零九]|今年|去年|近日|日前|当年)/;

/** True when a time after 于 starts at `at` (a name may end there whatever jieba says). */
export function timeFollowAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x4e8e && AT_TIME.test(text.slice(at, at + 3));
}

/**
 * A word of two characters or more that follows names starts at `at` ("现任", "担任", "来自"):
 * a name may end there whatever jieba's boundaries say ("柏某某现任职…" is cut "某现/任职").
 */
export function longFollowAt(text: string, at: number): boolean {
  return FOLLOW_BY_CHAR.get(text[at] ?? "")?.some((w) => w.length >= 2 && text.startsWith(w, at)) ?? false;
}

/**
 * Function-word characters that still occur in given names ("张其X", "王已X", "陈多X", "李X会", "王全X"):
 * read as part of a three-character name only right after an honour or a job title.
 */
const RARE_GIVEN = new Set([..."其已多会着余时里可之全"]);
/** As RARE_GIVEN, but only as the middle character ("廖和X"): 和 after a name joins the next one. */
const RARE_MIDDLE = "和";

function validGiven(text: string, from: number, to: number, relaxed = false): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === undefined || !hanAt(text, i)) return false;
    // "温州有1人获…": 有 before a count is the verb of having, no name's last character.
    if (c === "有" && i === to - 1 && /[\d一二三四五六七八九十两几多]/.test(text[to] ?? "")) return false;
    if (
      NON_NAME_CHARS.has(c) &&
      !(relaxed && (RARE_GIVEN.has(c) || (c === RARE_MIDDLE && i === from && to - from === 2))) &&
      !(i === to - 1 && lastGivenOk(c, text[to])) &&
      !(i === to - 1 && i > from && c === "年" && yearEndsName(text[i - 1]!, text[to])) &&
      !firstGivenOk(text, i, from, to)
    )
      return false;
  }
  return true;
}

/** Characters that make a word of time with 年 after them (今年, 多年, 二十年, 青年 …). */
const TIME_BEFORE_YEAR = new Set([
  ..."去今明前后多近同当每全新早晚青少中成往常连长历周半数一二三四五六七八九十百千两几",
]);

/**
 * 年 closes a given name ("童松年荣获…", "祁延年、…") when the character before it makes no word
 * of time with it and a verb of the honour or a list mark follows.
 */
function yearEndsName(before: string, next: string | undefined): boolean {
  return (
    !TIME_BEFORE_YEAR.has(before) && next !== undefined && /[荣获被是当入、，。；等和与在作以为]/.test(next)
  );
}

/** 从 opens two-character given names ("郭从喜"), but not a word it starts ("从事", "从小"). */
function firstGivenOk(text: string, i: number, from: number, to: number): boolean {
  return (
    i === from &&
    to - from === 2 &&
    text[i] === "从" &&
    !/[事业小此而来中未不没头前今]/.test(text[i + 1] ?? "")
  );
}

/** 全 ends given names ("祁文全从医"), but not before a word it starts ("全国", "全市", "全力"). */
function lastGivenOk(c: string, next: string | undefined): boolean {
  // "…铆工祁志和的事迹": 和 before 的 or a mark joins nothing, so it ends the name.
  if (c === "和") return next === undefined || /[的，。、；！？：（\s]/.test(next);
  // "许某都等四名劳模": the adverb 都 comes before a verb, never before 等 or 、.
  if (c === "都") return next === "等" || next === "、";
  // "X争第校友": the ordinal 第 always takes a numeral after it; before anything else it is a name's.
  if (c === "第") return next !== undefined && !/[\d一二三四五六七八九十百千两几]/.test(next);
  // "…技师杨德将，他…": the auxiliary 将 takes a verb after it, never a mark or the line's end.
  if (c === "将") return next === undefined || /[，。、；！？\n]/.test(next);
  return c === "全" && !/[国省市区县面体部球力程年新员场局心]/.test(next ?? "");
}

/**
 * Length of the person name starting at `pos` (0 when none). `limit` is where the clause
 * ends; `bounds` are jieba word boundaries in the same coordinates as `pos`.
 */
export function nameAt(
  text: string,
  pos: number,
  limit: number,
  bounds: Bounds,
  anchored = false,
  note?: NameNote,
): number {
  const state = { glued: false };
  let len = nameLength(text, pos, limit, bounds, anchored, state);
  // "的管护员们": a name never runs straight into 员 or 者 (the two characters are a job word).
  if (len > 0 && (text[pos + len] === "员" || text[pos + len] === "者")) len = 0;
  if (note) note.rule = len > 0 ? nameRule(text, pos, len, state.glued) : null;
  return len;
}

/** Which name shape of the person rule table (rules/person.ts) read a name, if any. */
export interface NameNote {
  rule: string | null;
}

/** Forms of address printed after a name ("X先生", "X机长", "X校友"). */
export const ADDRESS_AFTER_NAME: readonly string[] = [
  "先生",
  "女士",
  "小姐",
  "医生",
  "机长",
  "老师",
  "师傅",
  "教授",
  "校友",
];
/** A province's, region's or municipality's name, the start of a unit's name ("辽宁省…", "北京市…"). */
const PROVINCE_START = new RegExp(
  `^(?:${[...PROVINCES, ...MUNICIPALITIES].join("|")})(?:省|市|壮族|回族|维吾尔|自治区)`,
);
/** Forms of address and titles printed right after a name (also 劳模). */
const TITLE_AFTER = new RegExp(`^(?:${[...ADDRESS_AFTER_NAME, "劳模"].join("|")})`);

function nameRule(text: string, pos: number, len: number, glued: boolean): string | null {
  if (glued) return "person.glued-preposition";
  for (let i = pos + 1; i < pos + len; i++)
    if (NON_NAME_CHARS.has(text[i]!) && (RARE_GIVEN.has(text[i]!) || text[i] === RARE_MIDDLE))
      return "person.rare-given";
  if (TITLE_AFTER.test(text.slice(pos + len, pos + len + 2))) return "person.title-after";
  return null;
}

/** True when text[pos, pos + len) reads as a name with a surname of `sl` characters. */
function nameFits(
  text: string,
  pos: number,
  len: number,
  sl: number,
  limit: number,
  anchored: boolean,
): boolean {
  // After an anchor a three-character name may hold a rare given character ("模范张其X、").
  const relaxed = anchored && sl === 1 && len === 3;
  if (pos + len > limit || !validGiven(text, pos + sl, pos + len, relaxed)) return false;
  const cand = text.slice(pos, pos + len);
  // A three-character name never starts with a stop word ("全国五…" is no name).
  if (len === 3 && sl === 1 && STOP_NAMES.has(cand.slice(0, 2))) return false;
  // "章颁奖", "楼儿童": the two characters after the surname are a word no given name is.
  if (len === 3 && sl === 1 && STOP_GIVEN.has(cand.slice(1))) return false;
  // "守信念", "其中包含": a common word of the dictionary is no two-character name.
  if (len === 2 && commonSurnameWords().has(cand)) return false;
  return !STOP_NAMES.has(cand) && !LEXICON_WORDS.has(cand);
}

function nameLength(
  text: string,
  pos: number,
  limit: number,
  bounds: Bounds,
  anchored: boolean,
  state: { glued: boolean },
): number {
  const sl = surnameAt(text, pos);
  if (sl === 0 || insideLexiconWord(text, pos)) return 0;
  // "…工程地质大队祁某": 程 closes the word 工程, so no name starts there (but "钳工程某": a job
  // title ends right before it).
  if (
    pos > 0 &&
    WORDS_ENDING_IN_SURNAME.has(text.slice(pos - 1, pos + 1)) &&
    !suffixAt(text, JOB_TITLE_BY_LAST, pos)
  )
    return 0;
  // "6位同志", "十位劳模": after a number, 位 is a measure word, not a surname.
  if (text[pos] === "位" && /[\d一二三四五六七八九十两几百]/.test(text[pos - 1] ?? "")) return 0;
  // "古丽娜·艾买提": given names joined by a middle dot.
  for (let len = 2; len <= 4; len++) {
    const tail = dotTail(text, pos + len, limit);
    if (tail > 0 && validGiven(text, pos + 1, pos + len)) return len + tail;
  }
  // A two-character name padded to three cells: "李  明".
  if (sl === 1 && text[pos + 1] === " ") {
    let g = pos + 1;
    while (g < limit && text[g] === " " && g - pos <= 3) g++;
    if (
      g < limit &&
      hanAt(text, g) &&
      !NON_NAME_CHARS.has(text[g]!) &&
      goodEnd(text, g + 1, limit, bounds, true)
    )
      return g + 1 - pos;
    return 0;
  }
  const short = sl + 1;
  const long = sl + 2;
  const shortOk =
    nameFits(text, pos, short, sl, limit, anchored) && goodEnd(text, pos + short, limit, bounds, anchored);
  const longOk =
    nameFits(text, pos, long, sl, limit, anchored) && goodEnd(text, pos + long, limit, bounds, anchored);
  if (shortOk && !longOk) return short;
  if (longOk && !shortOk) return long;
  if (shortOk && longOk) {
    // "曾X向学生分享": a preposition after a two-character name, not its third character.
    if (GLUED.has(text[pos + short]!) && hanAt(text, pos + long)) {
      state.glued = true;
      return short;
    }
    // "祁志和的": 和 before 的 or a mark is the name's last character, not a conjunction.
    if (text[pos + short] === "和" && lastGivenOk("和", text[pos + long])) return long;
    // "技师杨德将，他…": a function character that the given-name check let through closes the
    // name when a mark or the end follows it (no predicate can stand there).
    if (NON_NAME_CHARS.has(text[pos + short]!) && !hanAt(text, pos + long)) return long;
    // "罗某正讲述", "邓某作获奖感言": 正/作 opens the predicate when a verb follows it.
    if (lightVerbAt(text, pos + short)) return short;
    // "祁某现任职…": a word that follows names right after the two characters opens the predicate.
    if (longFollowAt(text, pos + short)) return short;
    // "柏某第校友", "祁某某先生": a form of address closes the three characters.
    if (TITLE_AFTER.test(text.slice(pos + long, pos + long + 2))) return long;
    // "宋某辉辽宁省某市分公司…": a province's name opens the unit printed right after the name.
    if (PROVINCE_START.test(text.slice(pos + long, pos + long + 6))) return long;
    if (PROVINCE_START.test(text.slice(pos + short, pos + short + 6))) return short;
    // Both readings fit: trust jieba when it keeps the three characters together.
    return bounds.has(pos + long) && !bounds.has(pos + short) ? long : short;
  }
  if (anchored) {
    // Right after an honour or a job title a name is expected: follow jieba's boundaries.
    if (nameFits(text, pos, long, sl, limit, anchored) && bounds.has(pos + long) && !bounds.has(pos + short))
      return long;
    // A four-character transliterated name before a verb ("乌兰托娅荣获").
    if (
      sl === 1 &&
      nameFits(text, pos, 4, sl, limit, anchored) &&
      !STOP_NAMES.has(text.slice(pos, pos + 2)) &&
      VERB_AFTER_LONG_NAME.test(text.slice(pos + 4, pos + 6)) &&
      bounds.has(pos + 4)
    )
      return 4;
    // "医生余家军初心不改" (jieba: 余家/军/初心): a character jieba leaves alone between the two
    // characters and a word of two or more is the given name's last, not a word of the predicate.
    if (
      nameFits(text, pos, long, sl, limit, anchored) &&
      bounds.has(pos + short) &&
      bounds.has(pos + long) &&
      hanAt(text, pos + long + 1) &&
      !bounds.has(pos + long + 1) &&
      !followsWord(text, pos + short)
    )
      return long;
    if (nameFits(text, pos, short, sl, limit, anchored) && bounds.has(pos + short)) return short;
  }
  return 0;
}
