/**
 * Finds events in an article: "NAME在VENUE举行", "ORG在VENUE举办NAME", "以“T”为主题的NAME",
 * touring stops ("走进A、B和C", "赴X开展"), organiser clauses ("由A指导，B主办，C承办"),
 * and attaches venues, organisers, themes, dates and campaigns to the right event.
 */

import type { OrganizerRole, OrgType } from "../../model/types.ts";
import { byLastChar, EVENT_HEADS, suffixAt } from "../lexicon/units.ts";
import { toSimplified } from "../read/to-simplified.ts";
import { LiteralSet } from "../text/literal-set.ts";
import { matchesOf } from "../text/matches-of.ts";
import type { EventMention, OrganizerMention, Span } from "../types.ts";
import { isOrgName, orgTypeOf } from "./parse-unit.ts";
import { EXTRA_EVENT_HEADS } from "./rules/event.ts";
import { spanAt, splitTop, type TextContext } from "./text-context.ts";

export interface FoundEvent extends EventMention {
  at: number;
}

/**
 * An organiser's role by the word that states it (合办, "held jointly" in Hong Kong and Macao papers,
 * is 主办 by several).
 */
const ROLES: Record<string, OrganizerRole> = {
  主办: "主办",
  承办: "承办",
  协办: "协办",
  指导: "指导",
  合办: "主办",
};
/** The words of ROLES, for the patterns below. */
const ROLE_WORDS = Object.keys(ROLES).join("|");
const HELD_VERBS = "举行|举办|召开|开幕|启动|开讲|开班|开启|落幕|闭幕|进行|拉开帷幕|上演";
/**
 * 在/于 (於, Hong Kong's 假) + the venue + a verb of holding that closes the clause; after 于 the
 * venue is no time ("于5月8日举行": `readHeldAt` drops it).
 */
const HELD = new RegExp(
  `(?:在|(?<![请休放度暑寒长真虚年])假(?![期日如若设装冒])|(?<![由对关基至属位处])[于於](?![是此今]))([^，。；在]{1,50}?)(?:首次|再次|又一次|第[一二三四五六七八九十\\d]+次)?(?:隆重|正式|顺利|同步|成功|盛大|热烈|精彩|火热)?(${HELD_VERBS})(?=[，。；]|$)`,
  "g",
);
/** Cheap test before HELD: one of its verbs closes a clause. */
const HELD_END = new RegExp(`(?:${HELD_VERBS})(?=[，。；]|$)`);
/** Verbs of an event that is the whole subject of its clause ("NAME首场开讲"). */
const SUBJECT_HELD_VERBS = "举行|举办|召开|开幕|启动|开讲|开班|开营|落幕|闭幕|圆满结束|结束|收官|落下帷幕";
const SUBJECT_HELD_VERB = new RegExp(`(?:${SUBJECT_HELD_VERBS})了?(?=[，。；]|$)`);
const SUBJECT_HELD = new RegExp(
  `^((?:由[^，。；]{2,60}?(?:${ROLE_WORDS}|举办|组织)的)?[^在由]+?)(?:于[^，。；在]{1,16}?|近日|日前|近期|昨日|昨天|今天|今日|当天|当日)?(?:隆重|正式|顺利|成功|盛大)?(?:${SUBJECT_HELD_VERBS})了?$`,
);
/** Words of a subject that is a person, a pronoun or a clause, not a host ("他", "我们", "将"). */
const UNKNOWN_SUBJECT_STOP = /[他她我你们将要拟的了是在]/;
const HOLD_VERB = /举办|举行|开展|召开|主办|承办/;
/** "该活动由A、B联合举办": the organisers of an event named before, in a clause of their own. */
const BY_ORGS_HELD =
  /^(?:该|此次|本次|这次|这场|此项)?(?:活动|宣讲|报告会|座谈会|宣讲报告会|宣讲活动|报告活动|系列活动)?由(.+?)(?:联合|共同|牵头)?(?:举办|组织|发起)$/;
const HOLDS = /(?:组织)?(举办|举行|开展|召开|启动|打造|推出|开设)(?:了)?|(主办|承办|组织)(?:了)?/g;
/**
 * "走进A、B和C": touring stops up to the clause's next verb or mark (a list of stops, a 、 within
 * its first 60 characters, may run to 200: "先后走进A县光荣院、B局、…、G公司等多家基层单位").
 */
const TOUR =
  /(走进|来到|深入到|前往|赴)了?(.{2,60}?|(?=[^，。；\n]{2,60}、)[^，。；\n]{61,200}?)(?=[，。；\n]|开展|举办|举行|进行|宣讲|(?:作|做)(?:了|《|主题|专题|宣讲|报告|事迹)|为|向|与|$)/g;
/** "由A、B联合举办的…": the organisers before an attributive 举办. */
const BY_HOLD = /由([^，。；由]{2,80}?)(?:共同|联合)?(?:举办|举行|组织|发起|开展)的/g;
const ROLE = new RegExp(`(?:共同|联合)?(${ROLE_WORDS})(?:单位)?(?=[，。；、的]|$)`, "g");
/** The words the event rules start from (a cheap test before any of them). */
const EVENT_CUE = new LiteralSet(
  "该校|邀请|特邀|坐满了|座无虚席|济济一堂|为主题|举行|举办|召开|开幕|启动|开讲|开班|开启|落幕|闭幕|进行|帷幕|开展|打造|推出|主办|承办|协办|合办|组织|指导|由|走进|来到|赴|结束|收官|做主题|作主题|做专题|作专题|做宣讲|作宣讲|做报告|作报告|做讲座|作讲座|做事迹|作事迹|做客".split(
    "|",
  ),
);
const ROLE_CUE = new LiteralSet(Object.keys(ROLES));
/** The words the article-level event references start from (read while the article has no event). */
const REFERENCE_CUE = /(?:上|中|期间)，|现场|此次|本次|这次|这场|主持/;
const FUTURE = /将|即将|计划|拟|下一步|未来|准备|还将/;
/** A time or occasion clause before the main one ("在“三八”节即将来临之际，"): no tense of its own. */
const ADVERBIAL_CLAUSE = /(?:之际|前夕|之时|来临|到来|临近)$|^(?:在|值|正值|适逢|恰逢|时值|喜迎|迎接)/;
/**
 * "即将到来的", "即将来临", "劳工节将至": the occasion is coming, not the event ("「劳动节」将届":
 * the quoted occasion is blanked before this is read).
 */
const COMING =
  /(?:即将|将要)(?:到来|来临)|(?:节|日)(?:即将|将)(?:至|届|临)(?=[，,]|$)|(?:即将|将)(?:届|临)$/g;

/**
 * True when the text before a verb puts it in the future: a future word in the verb's own clause,
 * or in an earlier clause that is no time adverbial ("…即将来临之际，…活动走进X" is past).
 */
export function futureBefore(t: string, future: RegExp = FUTURE): boolean {
  // (Without an opening “ or 《 there is nothing to blank: the replace would copy t unchanged.)
  const x = t.includes("“") || t.includes("《") ? t.replace(/“[^”]*”|《[^》]*》/g, "") : t;
  if (!future.test(x)) return false;
  const clauses = x.split(/[，；：,;]/);
  const last = clauses.length - 1;
  return clauses.some(
    (c, i) => future.test(c.replace(COMING, "")) && (i === last || !ADVERBIAL_CLAUSE.test(c)),
  );
}

/** futureBefore of the sentence up to `i` (module functions rather than closures built per call). */
function futureAt(sent: string, i: number): boolean {
  return futureBefore(sent.slice(0, i));
}

/** An event name without quotes, dashes and touring words ("“…—新疆篇”哈密站宣讲活动" ~ "…——新疆篇…"). */
function looseKey(t: string): string {
  return t.replace(/[“”\s—－–\-·•]|宣讲|巡回|专题|主题/g, "");
}

/** Endings of sites beyond SITE_END's: 大厦, 坝, 站点, 职业中专, 万悦城, 文化苑, 书屋, …项目, 广场, a maker's 装备. */
const MORE_SITE_END = /(?:厦|坝|点|专|城|苑|屋|项目|广场|剧院|之家|装备)$/;

/**
 * True when a venue's text ends as a site or an organisation does, its closing bracket or quotes
 * and a room number aside ("某学院(某技师学院)", "“某发布厅”", "3号教学楼3108").
 */
function endsAsSite(t: string): boolean {
  const bare = t
    .replace(/[（(][^（()）]*[)）]$/, "")
    .replace(/[“”「」]/g, "")
    .replace(/(?<=[楼馆厅室])[\dA-Za-z-]+$/, "");
  // (A short company name after its places: "某市某县富大陶瓷".)
  const named = bare.replace(/^(?:[\p{Script=Han}]{2,4}?(?:省|市|县|区))+/u, "");
  return (
    SITE_END.test(bare) || MORE_SITE_END.test(bare) || isOrgName(bare) || /^[\p{Script=Han}]{4}$/u.test(named)
  );
}

function isSite(t: string): boolean {
  return t.length >= 3 && ((SITE_END.test(t) && !isPlaceOnly(t)) || isOrgName(t));
}

/** s[a, b) without the lead of an organiser list ("此次活动由…", "本次…"). */
function stripLead(s: string, a: number, b: number): string {
  return s.slice(a, b).replace(/^(?:此次活动|本次活动|活动|此次|本次|该活动)?(?:由|是)?/, "");
}
const REFERS = /^(此次|本次|该|这次|这场|本场|此项|活动|当天|当日|整场|整个|全场)/;
/** A talk given somewhere: "在 + site + (为/向…) + 讲述/分享/宣讲/作…报告/授课". */
const TALK_VERB = /讲述|分享|宣讲(?!团|员)|报告|授课/;
const TALK_AT =
  /在([^，。；在“”]{3,30}?)(?:为|向|给|与|和|同|对)[^，。；]{1,16}?(?:讲述|分享|宣讲(?!团|员)|作了?[^，。；]{0,12}?报告|授课)|在([^，。；在“”]{3,30}?)(?:讲述|分享|宣讲(?!团|员)|作了?[^，。；]{0,12}?报告|授课)/g;
/** "主办单位为A、B", "承办方：C": a role, then the bodies that hold it (1: the role, 2: the bodies). */
const ROLE_FIRST = new RegExp(`(${ROLE_WORDS})(?:单位|方)(?:为|是|：|:)([^，。；：:]{2,80})`, "g");
/** An organiser clause inside an object: "…B承办的NAME". */
const ATTRIBUTIVE = new RegExp(`^[^，。；]{0,40}?(?:${ROLE_WORDS}|举办|组织)的`);
/** "由A、B主办的NAME": the organisers' clause before a subject that is an event. */
const BY_ROLE_LEAD = new RegExp(`^由[^，。；]{2,60}?(?:${ROLE_WORDS}|举办|组织)的`);
/** "在(ORG召开的)NAME上，", "在NAME现场，": an event named as the scene of the sentence. */
const AT_EVENT = /在([^，。；在]{4,80}?)(?:(?:上|期间|中)(?=，)|现场)/g;
/**
 * The event a talk was given at: "在NAME上(作了…)发言/讲话/致辞/宣讲…" (1), "出席/参加NAME并发言/
 * 致辞/讲话" (2).
 */
const SPOKEN_AT =
  /在([^，。；在]{3,60}?)上(?:作了?[^，。；]{0,10}?|进行了?[^，。；]{0,6}?)?(?:发言|讲话|致辞|宣讲(?!团|员)|分享|讲述|报告)|(?:出席|参加|参与)了?([^，。；并]{3,40}?)并(?:作了?[^，。；]{0,10}?)?(?:发言|讲话|致辞|宣讲(?!团|员)|分享|讲述|报告)/g;
/**
 * What may stand before an event's name inside the span read as its name: the end of a quotation
 * whose opening lies before the span ("…打拼相挺」五一劳动节系列活动"), a page's "（原标题：",
 * "以…为“讲师”的" (a description), "…承办的" / "…主办的" (the organisers' clause, read by the role rules),
 * "学习贯彻…精神、" (the purpose, printed with a 、 where a comma was meant).
 */
const NAME_LEAD =
  /^(?:[^“”，。；]{1,20}”(?!的)(?=[^“”]*$)|[（(]?原标题[：:]|以[^，。；]{2,40}?为(?!主题)[^，。；]{1,12}?的(?=[^的]{4,}$)|[^，。；]{2,60}?(?:主办|承办|协办|举办|举行|组织|开展)的(?=[^的]{4,}$)|(?:为)?(?:深入)?(?:学习|贯彻)[^，。；“”]{4,100}?精神、(?=[^、]{4,}$))/;
/** Words that join two organisers: "A携手B", "A联合B", "A会同B". */
const PARTNER_WORD = /携手|联合|会同/;
/** "各设区市总工会", "各级工会", "各医院": every body of a class, not one organiser. */
const EVERY_BODY = /^各(?!族)|[市县区]各/;
/** What ends a headline's or a question's words before an organiser's name. */
const ORG_BREAK = new Set([..." 丨|？?！!"]);
/** Words no organiser's name holds: an aspect particle, a verb of attending or showing. */
const NOT_ORG_WORDS = /了|参加|播放|彰显/;
/** A verb of holding that opens what follows 联合 (then no organisation follows it). */
const HOLD_START = /^(?:共同)?(?:举办|举行|开展|组织|主办|承办|协办|发起|推出|打造)/;
/** "（以下简称“校区”）": the short name an organisation is called by from here on. */
const SO_CALLED = /[（(]以下简称[^（）()]{1,12}[）)]$/;
/** "在VENUE(里)，一场…NAME正在举行" (1: the venue, 2: the event with its description). */
const SCENE_HELD =
  /在([^，。；在]{3,40}?)(?:里|内)?，(?:一场|一堂|一次|一期)([^，。；]{2,40}?)(?:正在|正|在这里|在此|隆重|火热)?(?:举行|进行|开讲|上演|展开)/;
/** Words every SPOKEN_AT match holds (a cheap test first). */
const SPOKEN_CUE = new LiteralSet(["发言", "讲话", "致辞", "宣讲", "分享", "讲述", "报告"]);
/** "参加了此次NAME": an event named back by 此次/本次 (its first naming when the article has none). */
const REFER_NAMED = /(?:此次|本次|这次|这场)([^，。；]{4,40})/g;
/** "组织…参加/观看": the people were sent to an event someone else holds. */
const SENT_TO = /参加|参与|观看|收看|聆听|观摩/;
/** The event they were sent to: "参加(了)NAME", "观看了NAME" up to the clause's end. */
const SENT_TO_NAME = /(?:参加|参与|观看|收看|观摩)(?!的)了?([^，。；]{4,60})(?=[，。；]|$)/g;
/**
 * "到X，开展NAME", "走进X，为…带来了一场NAME", "走进X，为师生上了一堂NAME": a stop, then the event
 * held there.
 */
const STOP_THEN_HOLDS =
  /(?:走进|来到|莅临|(?<![受得达感遇办提做])到|赴|深入)([^，。；]{3,60})，(?:为[^，。；]{1,30}?)?(?:开展|举办|举行|带来|上)了?(?:一场|一堂|一节|一次)?([^，。；]{2,40})(?=[，。；]|$)|(?:走进|深入|赴)([^，。；]{3,60}?、[^，。；]{3,60}?)等(?:地|单位)?(?:开展|举办|举行)了?([^，。；]{2,40})(?=[，。；]|$)|(?:走进|来到|(?<![受得达感遇办提做])到|赴)([^，。；为]{3,30}?)(?:为[^，。；]{1,30}?)?[做作]了?(?:一场|一堂|一次)?((?:主题|专题|事迹)?(?:宣讲|报告|讲座))(?=[，。；]|$)/g;
/** "共同做客X，": the programme or forum a guest appears on, to the clause's end. */
const GUEST_OF = /(?:共同|一起|一同)?做客([^，。；]{2,30}?)(?=[，。；]|$)/;
/**
 * "座谈会上，", "报告会现场，", "宣讲会由某某主持": a bare event noun as the scene at the start of
 * a clause.
 */
const BARE_SCENE =
  /(?:^|[，。；])(座谈会|报告会|宣讲会|分享会|交流会|表彰大会|表彰会|见面会|欢迎会|颁奖典礼|颁奖仪式)(?:(?:上|现场)，|由[^，。；]{2,30}?主持)/;
/**
 * "劳模事迹报告会上，", "表彰大会现场，": an event's name (no 在) as the scene at the start of the
 * sentence (index 1; the name must end with an event word).
 */
const NAMED_SCENE = /^(?:[^，。；]{0,12}?[，])?([^，。；在“”]{4,40}?)(?:上|现场|期间)，/;
/** Verbs of a talk's topic inside a stop's words ("走进某陵园探寻…", "…解读“大政策”"). */
const TOPIC_VERB = /探寻|解读|诠释|感悟|追寻|回顾/;
/** A count and a description before an event's name: "一场别开生面的", "一堂生动的" (no quotes). */
const DESCRIBED = /^(?:一场|一堂|一次|一节|一期)[^“”《》，。；]{1,12}的/;
/** Words that describe a quoted event name: "同学们期待已久的“劳模进校园”活动" (no verb of holding). */
const DESCRIBED_QUOTED = /^[^“”《》，。；举主承办组]{2,30}的(?=“[^”]{2,}”[^“”]{0,8}$)/;
/** What may follow an event name named back: the clause's end or its verb. */
const REFER_END = /^(?:$|由|在|于|是|共|将|已|上|中|期间|现场|结束|举行|举办|开展|邀请|吸引|的)/;
const TIME_LEAD =
  /^(?:近日|日前|近期|日前|昨日|昨天|今天|当天|当日|同日|随后|此前|\d{4}年(?!度)|\d{1,2}月\d{1,2}日|\d{1,2}日|[今昨]?[（(]\d{1,2}[)）]日|上午|下午|晚上|晚)+/;
const TIME_TAIL =
  /(?:近日|日前|近期|昨日|昨天|今天|今日|当天|当日|同日|于|\d{1,2}月\d{1,2}日|\d{1,2}日|[今昨]?[（(]\d{1,2}[)）]日|至(?:\d{1,2}月)?\d{1,2}日|上午|下午|中午|晚上|傍晚|正式|也|还|分别|先后)+$/;
/** What follows 于 when it is a time, not a venue ("于5月8日", "于近日", "于本周"). */
const TIME_AFTER_YU =
  /^(?:\d|[一二三四五六七八九十]+月|[今昨明本上下近当同次]|周|年|日前|月底|月初)|[年月日时]$|[年月日]\s*[上下中]?午$/;
const ADVERBS =
  /(?:近日|日前|近期|今天|今日|昨天|昨日|当天|当日|周[一二三四五六日天]|星期[一二三四五六日天]|[（(](?:\d{1,2}月)?\d{1,2}日[)）]|于\d{1,2}月\d{1,2}日|(?:至|到)?(?:\d{1,2}月)?\d{1,2}日|[于於]?[今昨][（(][\d/]{1,5}[)）]日|\d{1,2}[时:：]\d{1,2}分?|上午|中午|下午|晚上|精心|隆重|联合|共同|合力|携手|成功|再次|还|也|先后|分别|积极|专门|特别|特(?=[于於])|首次|正式)+$/;
const BAD_OBJECT = /^(更多|多场|各类|一系列|系列|多种|形式多样|丰富多彩|一场场|各项|相关)/;
const BAD_VENUE =
  /现场$|阵地$|(?:之际|前夕|期间|之时|以来)$|^(全|各|多|更多|有关|相关|基层|一线|群众|职工|企业$|车间$|班组$|工地$|校园$|社区$|田间|身边|心(?:中|里|间|灵|上|头)|其|此|会上|现场)|^(?:[\p{Script=Han}]{0,2}(?:的)?)(直播间|演播室|会场|会议室|主会场|分会场|线上|云端|网上)$/u;

/** A pinyin gloss some pages print after each character: "區(qū)". */
const PINYIN_GLOSS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;
/** Districts that are sites: 校区, 园区, 厂区, 景区 … (not 龙华区, 某某县). */
const SITE_AREA = /(?:园|社|校|厂|景|营|矿|港|库|小|街|场|站|开发|高新|新|保税|功能|示范|作业|生活|办公)区$/;
/**
 * The holding verb read with a site: "在某大学礼堂隆重举行", "在某集团进行了首场(宣讲)",
 * "在某市举行首场(宣讲)".
 */
const HELD_AFTER_SITE =
  /(?:隆重|正式|顺利|成功)?(?:举行|举办|召开|进行|开展)了?(?:首场|第[一二三四五六七八九十\d]+场|一场)?$/;
/** A headline's event read with its holding verb or stop: "某演讲团到某县举行报告会". */
const HELD_CLAUSE = /举行|举办|召开|开展|走进|来到|[到在赴]/;
/** A headline's clause around its event: "某演讲团到某县举行报告会" (1: who holds it, before the stop). */
const HEADLINE_CLAUSE =
  /^([^，。；“”]{4,30}?[团队会])(?:到|赴|走进|来到)[^，。；]{1,12}?(?:举行|举办|召开|开展)了?/;
/** A city, county or district alone ("远江市", "青川县", "某市龙华区"): no venue. */
function isPlaceOnly(t: string): boolean {
  return (
    /^(?:[\p{Script=Han}]{2,4}?(?:省|市|县|自治区|自治州|州|盟|旗)){1,3}$/u.test(t) ||
    (/^(?:[\p{Script=Han}]{2,8}?(?:省|自治区|市|州|盟))?[\p{Script=Han}]{1,3}(?:区|县|旗)$/u.test(t) &&
      !SITE_AREA.test(t))
  );
}

/** A place that is only a city or county name ("乌鲁木齐", "京"), not a site. */
const SITE_END =
  /(区|园|场|馆|厅|室|楼|港|站|校|院|所|村|镇|乡|街道|社区|基地|中心|码头|车间|工地|公司|集团|厂|矿|段|部|队|班|学|家|舍|堂|台|店|库|间|湾|岛|口|宫|机关|管委会|委员会|厅|局|监狱|[一二三四五六七八九十\d]+[中小])$/;
/** The organiser at the head of an event subject: "ORG“…”活动", "ORG劳模工匠宣讲团". */
const ORG_LEAD = /^(.{2,30}?(?:总工会|工会|委员会|联合会|协会|教育局|人社局))(?=“|劳模|工匠|职工|宣讲团)/;
/** A touring group as subject: "ORG“…”宣讲团", "ORG劳模工匠宣讲团". */
const TROUPE = /^(.{2,40}?(?:宣讲团|报告团|巡讲团|宣讲小分队))/;
/** An object that is a touring group ("…参加的先进事迹报告团"). */
const TROUPE_END = /(?:宣讲团|报告团|巡讲团|宣讲小分队)$/;
/**
 * A troupe's visit named as a clause: "某报告团来滁宣讲", "…巡回报告团来我市作报告" (no verb of holding:
 * the visit is the event, named by the clause from the troupe's start through the talk's verb).
 */
const TROUPE_VISIT =
  /(?:宣讲团|报告团|巡讲团|宣讲小分队)(?:一行)?(?:来(?!自)|到)[^，。；、\s]{1,8}?(?:开展|进行)?(?:巡回)?(?:宣讲|巡讲|(?:作|做)了?(?:专题|事迹)?(?:报告|宣讲))/;
/** The troupe named back ("报告团在A、B举行3场报告会"). */
const TROUPE_BACK = /^(?:该|此|这支)?(?:宣讲团|报告团|巡讲团|宣讲小分队)(?:一行|成员)?$/;
/** A meeting's head that names it alone when an organisation holds it ("某集团举行欢迎会"). */
const MEETING_HEAD =
  /^(?:座谈会|欢迎会|茶话会|表彰会|表彰大会|颁奖会|见面会|交流会|分享会|报告会|宣讲会|颁奖典礼|颁奖仪式|表彰仪式|颁授仪式|揭晓仪式)$/;
/** An event read by no more than its head (座谈会, 表扬大会, 揭晓仪式) has at most this many characters. */
const BARE_HEAD_MAX = 6;
/** A verb of holding, its object an event's full name ("举行“五一”劳动座谈会"). */
const HELD_OBJECT = /(?:举行|举办|召开)了?/g;
/** An event named by its bare head only (index 1: the head the full name must end with). */
const GENERIC_EVENT_NAME = /^(?:劳模|先进|事迹|宣讲)?((?:报告|座谈|宣讲|见面|分享|交流)?(?:会|活动))$/;
/** A count before an event's name: "一场", "一次", "一系列", "多场", "3场". */
const ONE_OR_MANY = /^(?:一场|一次|一系列|系列|多场|[\d一二三四五六七八九十两]+场)(?:次)?/;
/** "3场报告会": sessions of the event named before, no event of their own. */
const SESSIONS = /^(?:(?:[\d一二三四五六七八九十两]+|多)场|主场|首场|主会场)/;

/** A place or its sector as the subject of 举办/举行: "长春市", "某市卫生健康系统", "青川县各级工会". */
const PLACE_SUBJECT =
  /^(?:[\p{Script=Han}]{1,10}?(?:省|市|区|县|州|旗|镇|乡|街道)(?:[\p{Script=Han}]{2,8}系统)?|[\p{Script=Han}]{2,8}系统|(?:我|本)(?:校|院|市|区|县|省|公司|局|厂|单位))$/u;

/** An industrial or development park as a subject that holds events ("西湖科技产业园"). */
const PARK = /^[\p{Script=Han}]{2,16}(?:科技产业园|产业园|科技园|工业园|软件园|创业园|物流园)(?:区)?$/u;
/** "徐州市总", "鄞州区总": the papers' short form of a 省/市/区/县 总工会. */
const UNION_SHORT = /^[\p{Script=Han}]{1,12}?(?:省|市|区|县|州|旗)总$/u;
/** UNION_SHORT.test(t), after the cheap test that every match passes (t ends with 总). */
function isUnionShort(t: string): boolean {
  return t.endsWith("总") && UNION_SHORT.test(t);
}

/** `subj` and its offset with the match `m` at its start cut off (unchanged when none). */
function cutLead(subj: string, at: number, m: RegExpExecArray | null): [string, number] {
  return m ? [subj.slice(m[0].length), at + m[0].length] : [subj, at];
}

/** An organisation name, or the short form of a 总工会. */
function isOrg(t: string): boolean {
  return isOrgName(t) || GOVERNMENT_SHORT.test(t) || (isUnionShort(t) && !/^(?:全|各|本|我|该|此)/.test(t));
}

/** A government named by its short form: "县府", "市府", "省府" (Taiwan's papers), "屏东县府". */
const GOVERNMENT_SHORT = /^(?:[\p{Script=Han}]{2,4}?[省市县])?[省市县区]府$/u;

function typeOf(t: string): OrgType {
  return isUnionShort(t) ? "union" : orgTypeOf(t);
}

/** A name in an organiser list ("由A、B主办") that the unit lexicon does not know. */
const LISTED_ORG =
  /^[\p{Script=Han}（）()·A-Za-z\d]{3,24}(?:团|网|社|台|报|会|部|委|局|办|院|校|馆|中心|站|所|队|室)$/u;
const NOT_NAME = /[的了在将为对把被向从]|通过|活动|开展|举办|组织|邀请/;
/** A field before 和 in a department's name ("省工业和信息化厅", "市文化和旅游局"): no organiser alone. */
const FIELD_ONLY =
  /^(?:[\p{Script=Han}]{0,6}?[省市县区])?(?:工业|农业|商业|科技|文化|旅游|体育|教育|卫生|交通|住房|人力资源|自然资源)$/u;

/** In a role list every item is an organiser; names the lexicon lacks must still read as one. */
function isListedOrg(t: string): boolean {
  return isOrg(t) || (LISTED_ORG.test(t) && !NOT_NAME.test(t));
}

/** "远江市融媒体中心（传媒公司）": an organiser with its alias in brackets. */
function stripAlias(t: string): string {
  return t.endsWith("）") || t.endsWith(")") ? t.replace(/[（(][^（）()]{1,12}[）)]$/, "") : t;
}
/** An organiser's name to test: no alias after it, no campus note inside ("某大学（北京）某校区"). */
function bareOrg(t: string): string {
  return stripAlias(t).replace(/[（(][^（）()]{1,6}[）)]/g, "");
}

/**
 * "A联合B", "A携手B", "A（以下简称“甲”）联合B": the spans of the two organisers when both sides
 * are organisations (the alias note left out of the first), else null. A verb after 联合 is the
 * event's, not a second organiser ("A联合举办第六场…").
 */
function partners(s: string, a: number, b: number): [[number, number], [number, number]] | null {
  const pair = PARTNER_WORD.exec(s.slice(a, b));
  if (!pair || pair.index <= 1) return null;
  const note = SO_CALLED.exec(s.slice(a, a + pair.index));
  const leftEnd = a + (note ? note.index : pair.index);
  const rightAt = a + pair.index + pair[0].length;
  const right = s.slice(rightAt, b);
  return !HOLD_START.test(right) &&
    isListedOrg(bareOrg(stripLead(s, a, leftEnd))) &&
    isListedOrg(bareOrg(right))
    ? [
        [a, leftEnd],
        [rightAt, b],
      ]
    : null;
}
/** A bare place in an organiser list ("远江高新区"): an organiser only with the head of the last item. */
const BARE_PLACE = /^[\p{Script=Han}]{1,10}?(?:省|市|区|县|旗|镇|乡|街道|新区|开发区|园区)$/u;
/** The last item of such a list: a place and the shared head ("青松区" + "总工会"). */
const SHARED_HEAD = /^([\p{Script=Han}]{2,12}?)(总工会|工会|妇联|团委|委员会)$/u;

/** "A等部门": the list ends in a vague "and others". */
const AND_OTHERS = /等(?:[\p{Script=Han}]{0,4}(?:部门|单位|机构|组织))?$/u;
/** A selection campaign ("…选树活动"): an event only when the article names no other. */
const CAMPAIGN = /(?:选树|评选|推选|评比|选拔|推荐|寻找)(?:宣传)?(?:活动|工作)$/;
/**
 * An event's name (as printed, so traditional forms too) that names such a campaign, or one of
 * publicity: "…评选活动", "…推荐宣传学习活动". No real gold names one an event (finishArticle
 * drops it with the talks that name it); an event of a campaign ("…评选活动颁奖仪式") stays.
 */
export const CAMPAIGN_EVENT =
  /(?:评选|評選|选树|選樹|选拔|選拔|推荐评议|推薦評議|宣传学习|宣傳學習|学习宣传|學習宣傳)(?:表彰)?(?:」)?(?:活动|活動)$/;
/** Time and adverb words that end a subject: "远江市总还于5月8日至9日专门". */
const SUBJECT_TAIL =
  /(?:(?:于|在)?(?:\d{4}年)?(?:\d{1,2}月份?)?(?:\d{1,2}日)?(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|期间)?|近日|日前|近期|精心|隆重|联合|共同|合力|携手|成功|再次|还|也|又|先后|积极|专门|特别|首次|正式|分别|常年|长期|每年|定期|多次)$/u;
/**
 * "邀请A、B等人进校园做“T”宣讲活动" (index 1: 进校园/来校, the host is the place; 2: the talk's name).
 */
const INVITED_TALK =
  /(?:邀请|特邀)了?[^，。；]{2,80}?(进校园|走进校园|来校|到校|进企业|来到[^，。；]{0,4}?公司)?(?:做|作|开展|进行)了?(?:一场|一次)?((?:“[^”]{2,30}”)(?:主题|专题)?(?:宣讲|报告|讲座|分享)(?:活动|会)?)(?=[，。；]|$)/;
/** "在X设(置)主会场", "在A、B设分会场" (index 1: the sites). */
const SESSION_SITES = /在([^，。；在]{3,80}?)(?:设置|设立|设)了?(?:主会场|分会场)/g;
/** The close of a list of stops: "等多家基层单位", "等地", "等5所学校". */
const STOPS_ETC =
  /(?<![中高初平同相对])等(?:[\d一二三四五六七八九十两多几]+(?:家|个|所|处)[^，。；、等]{0,6}|(?:多家|多个|各类)?(?:基层)?(?:单位|地|企业|学校|场所|地方|社区|园区|站点|点位))$/;
/** "A(先后)走进/到/赴 B、C": the stops at the end of a subject. */
const TOUR_TAIL = /(?:先后|分别|再次|又|一同|共同)?(?:走进|来到|深入|前往|莅临|到|赴)([^，。；]{2,80})$/;

/**
 * "A联合B、C": the co-organisers of a subject whose first part the lexicon does not know ("某区工会
 *社会工作服务项目"): every partner after 联合/携手/会同 is an organisation and A reads as a name
 * (Han only, no verb or particle); null otherwise.
 */
function coHosts(subj: string): string[] | null {
  const j = /联合|携手|会同/.exec(subj);
  if (!j || j.index < 4 || j.index > 24) return null;
  const first = subj.slice(0, j.index);
  const rest = subj.slice(j.index + j[0].length).split(/[、和与及]/);
  if (!/^[\p{Script=Han}]+$/u.test(first) || NOT_NAME.test(first) || !rest.every((x) => isOrg(x)))
    return null;
  return [first, ...rest];
}

/**
 * Where a printed event name starts once the words before its last 的 are cut ("一场别开生面的
 * 劳模报告会" → "劳模报告会"); 0 when it has none or a quoted title stands before it.
 */
function describedFrom(name: string): number {
  const de = name.lastIndexOf("的");
  return de >= 0 && !name.slice(0, de).includes("“") ? de + 1 : 0;
}

/** True when offset `i` of `t` lies inside “…” (a programme name such as "…——走进福州”). */
function insideQuote(t: string, i: number): boolean {
  const before = t.slice(0, i);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
}

function trimSubject(t: string): string {
  let prev = "";
  let out = t;
  while (out !== prev) {
    prev = out;
    const m = SUBJECT_TAIL.exec(out);
    if (m && m[0].length > 0) out = out.slice(0, m.index);
  }
  return out;
}

/** Every event head: the shared lexicon's and the table's (篮球赛, 比武, 展示会 …). */
const EVENT_HEAD_ALL = byLastChar([...EVENT_HEADS, ...EXTRA_EVENT_HEADS]);

/** `t` with the characters inside “…” and 《…》 replaced by ＿ (same length; the quotes stay). */
export function maskQuotes(t: string): string {
  if (!t.includes("“") && !t.includes("《")) return t;
  return t.replace(QUOTED, (q) => `${q[0]}${"＿".repeat(q.length - 2)}${q.at(-1)}`);
}
const QUOTED = /“[^“”]*”|《[^《》]*》/g;

/**
 * "走进某某职业学院专场活动": where the site ends and the event's name begins in [a, b) (b when
 * the text is no site followed by an event name).
 */
function siteEnd(s: string, a: number, b: number): number {
  if (b - a < 6 || eventHeadEnd(s.slice(a, b)) !== b - a) return b;
  for (let k = a + 3; k < b - 1; k++) {
    const site = s.slice(a, k);
    if (!(SITE_END.test(site) || isOrgName(site)) || eventHeadEnd(s.slice(k, b)) !== b - k) continue;
    // "云南某职业学|院专场活动": the site runs on while it still ends a site ("…学院").
    let end = k;
    while (
      end + 1 < b - 1 &&
      SITE_END.test(s.slice(a, end + 1)) &&
      eventHeadEnd(s.slice(end + 1, b)) === b - end - 1
    )
      end++;
    return end;
  }
  return b;
}

/** Length of the event head at the end of `t` (0 when `t` does not end with one). */
function eventHeadEnd(t: string): number {
  const issue = /暨?(?:第[一二三四五六七八九十百\d]+(?:期|场|站|届|次|讲|课)|首期|首站|首场|首讲)$/.exec(t);
  if (issue && eventHeadEnd(t.slice(0, issue.index)) === issue.index) return t.length;
  // A quoted programme name that ends with an event head: "“劳模工匠大讲堂”".
  if (t.endsWith("”")) {
    const open = t.lastIndexOf("“");
    if (open >= 0 && eventHeadEnd(t.slice(open + 1, t.length - 1)) === t.length - open - 2) return t.length;
  }
  // "“劳模工匠进校园”行动": a quoted programme carried out as an 行动.
  if (/”(?:专项)?行动$/.test(t)) return t.length;
  // "“巾帼劳模进校园”": a quoted visiting programme (进校园, 进企业, 进社区 …) is an event's name.
  if (/^“[^“”]{2,20}进(?:校园|企业|社区|基层|车间|工地|一线|园区|机关|乡村|课堂)”$/.test(t)) return t.length;
  if (t.endsWith("》")) {
    const open = t.lastIndexOf("《");
    if (open >= 0 && t.length - open >= 4) return t.length;
  }
  for (let e = t.length; e > 0; e--) {
    // (展, an exhibition, is no head as the end of a verb: 发展, 开展, 进展, 拓展 …)
    if (suffixAt(t, EVENT_HEAD_ALL, e) && !(t[e - 1] === "展" && NOT_SHOW.test(t[e - 2] ?? ""))) return e;
  }
  return 0;
}

/** Characters that make 展 a verb's end rather than an exhibition: 发展, 开展, 进展, 拓展 …. */
const NOT_SHOW = /[发開开进進拓施伸扩擴延舒招]/;

/** The site in "ORG在/于SITE" when ORG is an organisation and SITE a place, or null. */
function placeAfterOrganizer(org: string): string | null {
  const at = /(?:在|於|于)(?=\p{Script=Han})/u.exec(org);
  if (!at || at.index < 2 || !isOrg(org.slice(0, at.index))) return null;
  const site = org.slice(at.index + 1);
  return site.length >= 3 && SITE_END.test(site) ? site : null;
}

/**
 * True when `short` is an abbreviation of `long`: at least four characters, the same first two,
 * every character in order inside `long` (skipping no place or unit word), not a prefix of it and
 * not ending in the same two characters (an abbreviation shortens the last word too).
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 4 || short.length >= long.length || long.startsWith(short)) return false;
  if (short[0] !== long[0] || short[1] !== long[1]) return false;
  // Two full names ending in the same words ("某市卫生健康委员会", "某市卫生健康系统…委员会").
  if (short.slice(-2) === long.slice(-2)) return false;
  let j = 0;
  for (const c of short) {
    const at = long.indexOf(c, j);
    // The characters skipped are a word's own ("关心下一代工作" in 关工委), never a place or a
    // unit of its own ("柳州市鱼峰区总工会" is not "柳州市总工会").
    if (at < 0 || /[省市县区镇乡州旗盟村局厅处部会委院校司厂所站队]/.test(long.slice(j, at))) return false;
    j = at + 1;
  }
  return true;
}

/** How the name of an organising body ends (a union, a league branch, a school, a company …). */
const BODY_END =
  /(?:工会|工會|团委|團委|党委|黨委|妇联|婦聯|委员会|委員會|学院|學院|大学|大學|学校|學校|公司|集团|集團|协会|協會|学会|學會|中心)$/;

/**
 * "学校工会和团委", "某大学工会和港口海岸与近海工程学院": two bodies joined by 和 (or 及), the first
 * ending as a body does and `known` as an organisation, the second known too (or a short body:
 * 团委); null for one department's name ("省工业和信息化厅") and anything else.
 */
function bodiesJoinedByAnd(t: string, known: (t: string) => boolean): [string, string] | null {
  const and = /[和及]/.exec(t);
  if (!and || and.index < 2) return null;
  const left = t.slice(0, and.index);
  const right = t.slice(and.index + 1);
  return BODY_END.test(left) && known(left) && (known(right) || (BODY_END.test(right) && right.length <= 4))
    ? [left, right]
    : null;
}

/** "某公司为获奖人员…", "某区为受表彰的先进集体和个人…": a purpose phrase after a holder. */
const PURPOSE_TAIL = /(?<=[\p{Script=Han}]{2})(?:为|向|给)[^，。；]{2,40}$/u;

/**
 * An organizer as read may carry its neighbours: a byline before it ("记者X/某地报导某市政府"),
 * the place after it ("市总工会在某研究院", "劳动部于某饭店"), or a second organizer joined by
 * 与 ("某公司与某小学"; 和 is read where the organizers are found). Each org name is kept on its own.
 */
function cleanOrganizer(o: OrganizerMention): OrganizerMention[] {
  const trimmed: Span = { ...o.evidence, rule: "event.organizer-trim" };
  /** Two organisers where one was read ("A联合B", "A与B"). */
  const pair = (left: string, right: string): OrganizerMention[] => [
    { ...o, org: left, orgType: typeOf(left), evidence: trimmed },
    { ...o, org: right, orgType: typeOf(right), evidence: trimmed },
  ];
  // "▲某市政府", "由某区总工会": a picture mark or the agent's 由 printed before the name.
  let org = o.org.replace(/^[▲△■□●○◆◇★☆※►▶◎]+/, "");
  if (org.startsWith("由") && isOrg(org.slice(1))) org = org.slice(1);
  // "庆祝某总工会(成立100周年)": the body celebrated is no organiser.
  if (org.startsWith("庆祝") || org.startsWith("慶祝")) return [];
  // "用心讲好劳模故事——某市总工会…": a headline's words before its dash; "该剧也是某市总工会…":
  // a clause before the copula.
  const lead = /^.*(?:——|—|也是|就是|是)/.exec(org);
  if (lead && isOrg(org.slice(lead[0].length))) org = org.slice(lead[0].length);
  // "某大会暨某工会…": an event's name, not an organiser.
  if (/大会|会议|典礼|仪式/.test(org) && /暨/.test(org)) return [];
  // "某区总工会组织宣讲团队": the organiser ends where its verb starts (组织部 is a department).
  const verb =
    /(?:组织(?!部)|組織(?!部)|带领|帶領|率领|率領|邀请|邀請|联合(?=举办|主办|开展|组织))(?=\p{Script=Han})/u.exec(
      org,
    );
  if (verb && verb.index >= 3 && isOrg(org.slice(0, verb.index))) org = org.slice(0, verb.index);
  const credit = /^.*(?:报导|报道|報導|報道|摄\)|攝\))/.exec(org);
  if (credit && isOrg(org.slice(credit[0].length))) org = org.slice(credit[0].length);
  const at = /(?:在|於|于)(?=\p{Script=Han})/u.exec(org);
  if (at && at.index >= 2 && isOrg(org.slice(0, at.index))) org = org.slice(0, at.index);
  // "省总工会代中华全国总工会(颁发)": the one acting on behalf of the other hands over.
  const proxy = /代(?=[\p{Script=Han}]{3})/u.exec(org);
  if (proxy && proxy.index >= 3 && isOrg(org.slice(0, proxy.index)) && isOrg(org.slice(proxy.index + 1)))
    org = org.slice(0, proxy.index);
  // (The organiser is as printed: a traditional-script name is tested simplified.)
  const known = (t: string) => isOrg(t) || isOrg(toSimplified(t));
  // "中华全国总工会联合中共某市委(主办)": two organisers joined by 联合.
  const jointly = /联合|聯合/.exec(org);
  if (jointly && jointly.index >= 3) {
    const left = org.slice(0, jointly.index);
    const right = org.slice(jointly.index + 2);
    if (known(left) && known(right)) return pair(left, right);
  }
  // Two bodies joined by 和 (read before 与, which may join the words of one name).
  const bodies = bodiesJoinedByAnd(org, known);
  if (bodies) return pair(...bodies);
  const join = /[与與]/.exec(org);
  if (join && join.index >= 2) {
    const left = org.slice(0, join.index);
    const right = org.slice(join.index + 1);
    // "巴士一公司20路与某小学": one side an organisation, the other a unit's name the lexicon lacks.
    const unit = (t: string) => known(t) || (/^[\p{Script=Han}\d]{3,16}$/u.test(t) && !NOT_NAME.test(t));
    if ((known(left) && unit(right)) || (unit(left) && known(right))) return pair(left, right);
  }
  return org === o.org ? [o] : [{ ...o, org, orgType: typeOf(org), evidence: trimmed }];
}

/** One "ORG 举办 NAME" match as readOrgHolds reads it: the object, the subject and its organisers. */
class Holding {
  theme: string | null = null;
  /** The end of the event word at the object's start (0: no event). */
  head = 0;
  subj: string;
  venue: [number, number] | null = null;
  /** "A联合B走进X", "…宣讲团先后到X、Y": the stops are venues, not part of the subject. */
  readonly stops: [number, number][] = [];
  tour: RegExpExecArray | null = null;
  orgAt = 0;
  org: string | null = null;
  orgList: string[] = [];
  name: string | undefined = undefined;
  rule = "event.org-holds";
  /** "A邀请…，到/赴 PLACE 开展 NAME": PLACE is the venue and A (the one who invited) the organiser. */
  goTo = false;

  constructor(
    readonly from: number,
    readonly sent: string,
    readonly m: RegExpExecArray,
    readonly verb: string,
    readonly clauseStart: number,
    public objFrom: number,
    public obj: string,
    readonly rawSubj: string,
  ) {
    this.subj = rawSubj;
  }
}

export class EventFinder {
  readonly events: FoundEvent[] = [];
  private readonly organizers: { at: number; org: OrganizerMention; eventAt: number | null }[] = [];
  private readonly venues: { at: number; name: string; evidence: Span; eventAt: number | null }[] = [];
  private readonly themes: { at: number; theme: string }[] = [];
  /** Selection campaigns ("…选树活动") held back until we know whether the article names an event. */
  private readonly campaigns: { at: number; len: number; theme: string | null }[] = [];
  /** Organisers stated without their event (a campaign, a programme, the headline). */
  private readonly orphans: { at: number; org: OrganizerMention }[] = [];
  /** Places of "该校…师生" (the school named before hosts the event). */
  private readonly schoolRefs: number[] = [];
  /** Where the first body sentence read starts (the headline lies before it). */
  private firstRead = Number.POSITIVE_INFINITY;

  constructor(
    private readonly ctx: TextContext,
    private readonly year: number | null,
  ) {}

  private eventSpan(at: number, len: number, rule: string): Span {
    return spanAt(this.ctx, at, at + len, rule);
  }

  /** Adds (or finds) the event named s[at, at+len). Returns its position. */
  private addEvent(
    at: number,
    len: number,
    theme: string | null,
    rule: string,
    printed?: string,
    bareOk = false,
  ): FoundEvent | null {
    // "▲NAME在某地举行" (a photo caption's mark) is no part of the name.
    // (Nor is a colon or a web page's date left before it.)
    const mark =
      /^(?:[\s▲△■□●◆◇★☆▼:：]|(?:[A-Za-z]+\s*)?\d{4}-\d{1,2}-\d{1,2}\s)+/.exec(
        this.ctx.s.slice(at, at + len),
      )?.[0].length ?? 0;
    at += mark;
    len -= mark;
    // "（原标题：NAME", "以A、B为“讲师”的NAME", "B及C承办的NAME": a page's note, a description or
    // an organiser's clause before the name is no part of it.
    const lead = printed ? null : NAME_LEAD.exec(this.ctx.s.slice(at, at + len));
    // (The organisers that held it, "某市总工会举办的NAME", "A、B联合开展的NAME", stay the event's;
    // after 在, "在A和B开展的NAME上", they are the places it was held.)
    const heldBy: [number, string][] = [];
    const heldAt = this.ctx.s[at - 1] === "在";
    // "参加了在某医院举行的NAME": the site in the lead is where it was held.
    const sitesHeld: [number, string][] = [];
    if (lead && len - lead[0].length >= 4) {
      const site = /^在([^，。；在]{2,40}?)举行的$/.exec(lead[0]);
      if (site && (SITE_END.test(site[1]!) || isOrgName(site[1]!))) sitesHeld.push([at + 1, site[1]!]);
      const held = /^(?:由)?([^，。；]{2,40}?)(?:联合|共同)?(?:举办|组织|开展)的$/.exec(lead[0]);
      const orgs = held ? trimSubject(held[1]!.replace(TIME_LEAD, "")) : null;
      const parts = orgs ? orgs.split(/[、和与及]/) : [];
      if (orgs && parts.every((o) => isOrg(o))) {
        let p = at + lead[0].indexOf(orgs);
        for (const o of parts) {
          heldBy.push([p, o]);
          p += o.length + 1;
        }
      }
      at += lead[0].length;
      len -= lead[0].length;
    }
    // "一场别开生面的劳模大讲堂": a count and the words before the last 的 describe the event.
    const raw = this.ctx.s.slice(at, at + len);
    const described = printed ? null : (DESCRIBED.exec(raw) ?? DESCRIBED_QUOTED.exec(raw));
    if (described && len - described[0].length >= 3) {
      at += described[0].length;
      len -= described[0].length;
    }
    let name = printed ?? this.ctx.text.slice(at, at + len).trim();
    const norm = this.ctx.s.slice(at, at + len).trim();
    // "开展义诊和…服务": a head word alone names no event.
    // A troupe's bare session noun ("报告团…举行报告会") is named by the troupe (`printed`).
    // (An organisation that holds a meeting names it by its head: "某集团举行欢迎会", bareOk.)
    if (!printed && !bareOk && suffixAt(norm, EVENT_HEAD_ALL) === norm) return null;
    // (A troupe's session named by the troupe, "某报告团活动", refers to nothing before.)
    if (name.length < 2 || REFERS.test(printed ?? norm) || BAD_OBJECT.test(norm)) return null;
    if (theme && name.length < 10 && !name.includes("“")) name = `“${theme}”${name}`;
    const key = name.replace(/[“”\s]/g, "");
    // "“…—新疆篇”哈密站宣讲活动" and "“…——新疆篇”哈密站活动": one event, dashes and a modifier apart.
    const same = this.events.find((e) => {
      const k = e.name.replace(/[“”\s]/g, "");
      return (
        k === key || k.includes(key) || key.includes(k) || (key.length >= 8 && looseKey(k) === looseKey(key))
      );
    });
    if (same) {
      // "报告会" read first, "劳模进校园专题报告会" later: the fuller name of the same event stands.
      const sameKey = same.name.replace(/[“”\s]/g, "");
      if (key.length > sameKey.length && key.includes(sameKey) && sameKey.length <= 4) same.name = name;
      if (theme && !same.theme) same.theme = theme;
      this.addHeldBy(heldBy, heldAt, same.at, rule);
      this.addHeldBy(sitesHeld, true, same.at, rule);
      return same;
    }
    const ev: FoundEvent = {
      key: "",
      name,
      theme,
      date: this.dateNear(at),
      campaign: this.campaignIn(name) ?? null,
      venues: [],
      organizers: [],
      evidence: this.eventSpan(at, len, rule),
      at,
    };
    this.events.push(ev);
    this.addHeldBy(heldBy, heldAt, ev.at, rule);
    this.addHeldBy(sitesHeld, true, ev.at, rule);
    return ev;
  }

  /** The bodies named in an event's lead ("A、B联合开展的"): its organisers, or with `sites` its venues. */
  private addHeldBy(held: readonly [number, string][], sites: boolean, eventAt: number, rule: string): void {
    for (const [p, o] of held)
      if (sites) this.addVenue(p, p + o.length, eventAt, rule);
      else this.addOrganizer(p, p + o.length, eventAt, rule, typeOf(o));
  }

  private dateNear(at: number): string | null {
    const span = spanAt(this.ctx, at, at);
    const m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(span.sentence);
    if (!m) return null;
    const y = m[1] ? Number(m[1]) : this.year;
    if (!y) return null;
    return `${y}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  }

  private campaignIn(name: string): string | undefined {
    const m =
      /“([^”]*(?:大思政课|进基层|进校园|进企业|进一线|进园区|进社区|进车间|进工地|进班组|宣讲|巡讲))”/.exec(
        name,
      );
    return m?.[1];
  }

  /** The event a mention at `at` belongs to: the last one named before it, else the first. */
  private eventFor(at: number): FoundEvent | null {
    let best: FoundEvent | null = null;
    for (const e of this.events) if (e.at <= at && (!best || e.at > best.at)) best = e;
    return best ?? this.events.reduce<FoundEvent | null>((a, e) => (!a || e.at < a.at ? e : a), null);
  }

  eventAt(at: number): FoundEvent | null {
    return this.eventFor(at);
  }

  private addVenue(from: number, to: number, eventAt: number | null, rule: string): void {
    let a = from;
    let b = to;
    const s = this.ctx.s;
    while (a < b && s[a] === " ") a++;
    // "走进烈士陵园探寻…等“身边事”": a topic of a talk, not where it was given.
    if (TOPIC_VERB.test(s.slice(a, b))) return;
    // "我市中等职业技术学校": the reference to the writer's own place is no part of the name.
    const own = /^(?:我|本)(?:省|市|县|区|州)(?=[\p{Script=Han}]{3})/u.exec(s.slice(a, b));
    if (own) a += own[0].length;
    // "位于某区的X", "某科技城的X公司车间": the site is what follows the last 的.
    const de = s.lastIndexOf("的", b - 1);
    if (de >= a && de < b - 1) {
      const site = s.slice(de + 1, b).replace(/(内|里|中|上)$/, "");
      if ((site.length >= 5 && SITE_END.test(site)) || isOrgName(site)) a = de + 1;
    }
    // "在A、B等地", "在国家税务总局某省税务局等单位": the list's close is no part of a site.
    // (The last part of a list split on 、 keeps its site: "…、城建集团等地".)
    const close = /等地$/.exec(s.slice(a, b));
    if (close) {
      const site = s.slice(a, b - close[0].length);
      if (!(SITE_END.test(site) || isOrgName(site))) return;
      b -= close[0].length;
    }
    const t = s
      .slice(a, b)
      .replace(/等(?:单位|场所|地点)?$/, "")
      // "在某大学礼堂隆重举行": the verb read with the site is no part of it.
      .replace(HELD_AFTER_SITE, "")
      // "来到某科技园参观学习": what the visitors did there is no part of the site.
      .replace(/(?:参观学习|参观考察|参观|考察调研|考察|调研|观摩学习|观摩)$/, "")
      // "走进某大学、某干部学院作示范性宣讲": the talk after the site is no part of it.
      .replace(/(?<=[学院校馆厂司心场])(?:作|做)[\p{Script=Han}]{0,6}$/u, "")
      // (Not the 中 of a numbered school: "某地一中".)
      .replace(/(内|里|上|(?<![一二三四五六七八九十\d])中)$/, "");
    b = a + t.length;
    // "…技工学校三湘都市报9月15日讯(记者 …": a headline's stop glued to the byline under it.
    // "…_fororder_…1": an image file name; "中小学校", "大专院校": a kind of place, no venue.
    if (
      t.length < 3 ||
      // "在某市和某州两地举办": the places, not a site.
      /[两三四五多各]地$/.test(t) ||
      BAD_VENUE.test(t) ||
      isPlaceOnly(t) ||
      /邀请|参加|之际|\n|记者|通讯员|\d日讯|_/.test(t)
    )
      return;
    if (/^(?:大中小学|中小学校?|大专院校|高等院校|高校|院校|各类学校)$/.test(t)) return;
    // "社區(qū)": a text with its pinyin glosses left in is tested without them; one that starts
    // with a gloss was cut mid-word; a virtue ("勞動(dòng)精神") is no place.
    const bare = t.replace(PINYIN_GLOSS, "");
    if (bare !== t && (/^[(（]/.test(t) || BAD_VENUE.test(bare) || isPlaceOnly(bare))) return;
    if (/精神$/.test(bare)) return;
    // "八团、十一团": a list whose parts read as no site is no one venue either.
    if (/[，。；、的《》]/.test(t) || (t.length <= 4 && !SITE_END.test(t) && !this.isShortCompany(t))) return;
    // A venue ends as a site or an organisation does: "…礼堂隆重举行", "…载誉归来", "…调研劳模
    // 服务管理工作", "哈尔滨圆满" were read past the site (or held none); a town alone is a place
    // (a street office, 街道, is an office people visit).
    if (!endsAsSite(t) || /^[\p{Script=Han}]{2,6}(?:镇|乡)$/u.test(t)) return;
    this.venues.push({
      at: a,
      name: this.ctx.text.slice(a, b),
      evidence: spanAt(this.ctx, a, b, rule),
      eventAt,
    });
  }

  /**
   * "在A、B和C举行": one venue per part when every part is a site or a bare place, the sites
   * only ("在某某公司、某市和某监狱举行": the city is no venue); "卫生和健康委员会" stays whole.
   */
  private addVenues(from: number, to: number, eventAt: number | null, rule: string): void {
    const s = this.ctx.s;
    const parts = /[、和及]/.test(s.slice(from, to)) ? splitTop(s, from, to, "、和及") : [];
    const kinds = parts.map(([a, b]) => {
      const t = s.slice(a, b).trim();
      return isSite(t) ? 1 : isPlaceOnly(t) ? 0 : -1;
    });
    if (parts.length > 1 && kinds.every((k) => k >= 0) && kinds.some((k) => k === 1))
      parts.forEach(([a, b], i) => {
        if (kinds[i]! > 0) this.addVenue(a, b, eventAt, rule);
      });
    else this.addVenue(from, to, eventAt, rule);
  }

  /** "华岳纺织" where the article also names "华岳纺织有限公司": the short name of a company. */
  private isShortCompany(t: string): boolean {
    if (!/^[\p{Script=Han}]{4}$/u.test(t)) return false;
    for (let i = this.ctx.s.indexOf(t); i >= 0; i = this.ctx.s.indexOf(t, i + 1)) {
      if (
        /^(?:科技|实业|股份|控股|发展)?(?:有限责任公司|股份有限公司|有限公司|集团)/.test(
          this.ctx.s.slice(i + 4, i + 16),
        )
      )
        return true;
    }
    return false;
  }

  /** The event named at sentence offset `restAt` ("…主办的NAME"); its position, or null. */
  private eventAfter(from: number, sent: string, restAt0: number, rule: string): number | null {
    let restAt = restAt0;
    let rest = sent.slice(restAt);
    // "…主办的以“T”为主题的NAME": T is the theme, NAME the event.
    const th = /^以“([^”]+)”为主题的/.exec(rest);
    if (th) {
      restAt += th[0].length;
      rest = rest.slice(th[0].length);
    }
    const stop = /在|于|，|。|；|走进|来到|赴/.exec(maskQuotes(rest));
    const nameText = stop ? rest.slice(0, stop.index) : rest;
    const head = eventHeadEnd(nameText);
    if (head === 0) return null;
    return this.addEvent(from + restAt, head, th?.[1] ?? null, rule)?.at ?? null;
  }

  /** Organisers listed in [from, to) with one role. */
  private addOrganizers(
    from: number,
    to: number,
    role: OrganizerRole | null,
    eventAt: number | null,
    rule: string,
  ): void {
    const s = this.ctx.s;
    // "各设区市总工会、产业系统工会承办": 各 opens a list of classes of bodies.
    if (EVERY_BODY.test(stripLead(s, from, to))) return;
    const parts: [number, number][] = [];
    for (const [x0, y] of splitTop(s, from, to, "、")) {
      let x = x0;
      // "A携手B", "A联合B": two organisers when both sides are organisations.
      const pair = partners(s, x, y);
      if (pair) {
        parts.push(pair[0]);
        x = pair[1][0];
      }
      // Split on 和/及/与 only where every part is an organisation (not 呼和浩特, 卫生和健康委员会).
      const sub = splitTop(s, x, y, "和及与");
      if (
        sub.length > 1 &&
        sub.every(
          ([a, b]) => isListedOrg(stripAlias(stripLead(s, a, b))) && !FIELD_ONLY.test(stripLead(s, a, b)),
        )
      )
        parts.push(...sub);
      else parts.push([x, y]);
    }
    const found: { a: number; b: number; name: string; place: boolean }[] = [];
    for (const [a0, b0] of parts) {
      let a = a0;
      const lead = /^(?:此次活动|本次活动|活动|此次|本次|该活动)?(?:由|是)?/.exec(s.slice(a, b0));
      if (lead) a += lead[0].length;
      // A match ends the piece and spans at most 11 code units: only the tail is searched.
      const tailAt = Math.max(a, b0 - 12);
      const others = AND_OTHERS.exec(s.slice(tailAt, b0));
      let b = others ? tailAt + others.index : b0;
      // "B成功主办", "B精心承办": the adverb before the role is no part of the name.
      const adv = /(?:成功|精心|联合|共同|携手|合力)$/.exec(s.slice(a, b));
      if (adv) b -= adv[0].length;
      const span = this.orgSpan(a, b);
      if (!span) continue;
      [a, b] = span;
      // "…融媒体中心（传媒公司）": the alias in brackets is no part of the test.
      const name = stripAlias(s.slice(a, b));
      const place = BARE_PLACE.test(name) && !isOrg(name);
      if (!place && !isListedOrg(name)) continue;
      found.push({ a, b, name, place });
    }
    // "远江高新区、青松区总工会承办": the places before the last item share its head (总工会).
    const head = found.length > 1 ? SHARED_HEAD.exec(found[found.length - 1]!.name) : null;
    const shared = head && BARE_PLACE.test(head[1]!) ? head[2]! : null;
    for (const { a, b, name, place } of found) {
      if (place && !shared) continue;
      const org = place ? this.ctx.text.slice(a, b) + shared : this.ctx.text.slice(a, b);
      this.organizers.push({
        at: a,
        org: {
          org,
          orgType: typeOf(place ? name + shared : name),
          role,
          evidence: spanAt(this.ctx, a, b, rule),
        },
        eventAt,
      });
    }
  }

  /** Records organiser `o` found at sentence offset `i` (sentence starts at `from`) without an event. */
  private orphanOrg(i: number, from: number, o: string, rule: string): void {
    // ("• 某集团举办…": an item of a bulleted list of other stories, not this one's.)
    if (i < 0 || /^[•●■▪◆]/.test(o)) return;
    const a = from + i;
    const org = this.ctx.text.slice(a, a + o.length);
    if (this.orphans.some((x) => x.org.org === org)) return;
    this.orphans.push({
      at: a,
      org: { org, orgType: typeOf(o), role: null, evidence: spanAt(this.ctx, a, a + o.length, rule) },
    });
  }

  /** The organisations of a clause subject "ORG于…", "A、B联合" as orphan organisers. */
  private orphanSubject(at: number, raw: string): void {
    const subj = trimSubject(raw.replace(ADVERBS, "").replace(TIME_LEAD, "").replace(/^由/, ""));
    const parts = subj.split(/[、和与及]|联合|携手|会同/);
    if (subj.length < 3 || /[在“]/.test(subj) || !parts.every((x) => isOrg(x))) return;
    const base = this.ctx.s.slice(at, at + raw.length);
    let i = 0;
    for (const o of parts) {
      const j = base.indexOf(o, i);
      if (j < 0) continue;
      this.orphanOrg(j, at, o, "event.orphan-org");
      i = j + o.length;
    }
  }

  /**
   * The article's first event named in passing: "在ORG召开的NAME上，…" (ORG organises it),
   * "在NAME现场，…", "…参加了此次NAME".
   */
  private readEventReference(from: number, sent: string, masked: string): void {
    if (masked.includes("在") && /(?:上|期间|中)，|现场/.test(masked))
      for (const m of matchesOf(AT_EVENT, masked)) {
        if (futureBefore(sent.slice(0, m.index))) continue;
        const innerAt = m.index + m[0].indexOf(m[1]!);
        let nameAt = innerAt;
        let inner = sent.slice(innerAt, innerAt + m[1]!.length);
        const by = /^([^，。；]{2,40}?)(?:举行|召开|举办|组织)的/.exec(inner);
        const org = by ? trimSubject(by[1]!.replace(TIME_LEAD, "")) : null;
        if (by) {
          nameAt += by[0].length;
          inner = inner.slice(by[0].length);
        }
        if (inner.length < 4 || REFERS.test(inner) || eventHeadEnd(inner) !== inner.length) continue;
        const ev = this.addEvent(from + nameAt, inner.length, null, "event.at-event");
        if (!ev) continue;
        if (org && isOrg(org)) {
          const orgAt = from + innerAt + by![1]!.indexOf(org);
          this.addOrganizer(orgAt, orgAt + org.length, ev.at, "event.at-event", typeOf(org));
        }
        return;
      }
    // "劳模事迹报告会上，…": the article's event named without 在 as the scene of the sentence.
    const named = sent.includes("，") ? NAMED_SCENE.exec(maskQuotes(sent)) : null;
    if (named && !futureBefore(sent.slice(0, named.index))) {
      const at = named.index + named[0].indexOf(named[1]!);
      const inner = sent.slice(at, at + named[1]!.length);
      // (A short name, "宣讲活动上，", refers to the event the headline names in full.)
      if (inner.length >= 6 && !REFERS.test(inner) && eventHeadEnd(inner) === inner.length) {
        if (this.addEvent(from + at, inner.length, null, "event.named-scene")) return;
      }
    }
    // "座谈会上，…": the article's only event named by its bare noun, as the scene of a sentence.
    const scene = BARE_SCENE.exec(sent);
    if (scene && !futureBefore(sent.slice(0, scene.index))) {
      const a = from + scene.index + scene[0].indexOf(scene[1]!);
      if (
        this.addEvent(
          a,
          scene[1]!.length,
          null,
          "event.bare-scene",
          this.ctx.text.slice(a, a + scene[1]!.length),
        )
      )
        return;
    }
    if (!/此次|本次|这次|这场/.test(sent)) return;
    for (const m of matchesOf(REFER_NAMED, masked)) {
      if (futureBefore(sent.slice(0, m.index))) continue;
      const at = m.index + m[0].length - m[1]!.length;
      const text = sent.slice(at, at + m[1]!.length);
      // "本次“劳模工匠进校园开学”是…": a programme named back by its quoted name alone.
      const close = text.startsWith("“") ? text.indexOf("”") : -1;
      if (close >= 5 && /^(?:是|由)/.test(text.slice(close + 1))) {
        if (this.addEvent(from + at, close + 1, null, "event.refer-named")) return;
        continue;
      }
      // The longest prefix that ends with an event head and is followed by a boundary.
      for (let e = text.length; e >= 4; e--) {
        if (eventHeadEnd(text.slice(0, e)) !== e || !REFER_END.test(text.slice(e))) continue;
        if (this.addEvent(from + at, e, null, "event.refer-named")) return;
        break;
      }
    }
  }

  /**
   * "X在某市劳模座谈会上发言", "X出席某大学开学典礼并致辞": the event a person spoke at, named
   * as the place of the talk (the speech reader links the speaker).
   */
  private readSpokenAt(from: number, sent: string): void {
    const masked = maskQuotes(sent);
    for (const m of matchesOf(SPOKEN_AT, masked)) {
      if (futureBefore(sent.slice(0, m.index))) continue;
      const group = m[1] ?? m[2]!;
      const innerAt = m.index + m[0].indexOf(group);
      let nameAt = innerAt;
      let inner = sent.slice(innerAt, innerAt + group.length);
      // "在某市总工会举办的NAME上": the organiser's clause is read by the rules that know it.
      const by = /^[^，。；]{2,40}?(?:举行|召开|举办|组织)的/.exec(inner);
      if (by) {
        nameAt += by[0].length;
        inner = inner.slice(by[0].length);
      }
      if (inner.length < 3 || REFERS.test(inner) || eventHeadEnd(inner) !== inner.length) continue;
      // A short name ("发布仪式") after the article named its events refers back to one of them.
      if (inner.length < 6 && this.events.length > 0) continue;
      this.addEvent(from + nameAt, inner.length, null, "event.spoken-at");
    }
  }

  readSentence(from: number, to: number): void {
    const s = this.ctx.s;
    this.firstRead = Math.min(this.firstRead, from);
    const sent = s.slice(from, to);
    // Every rule below needs one of these words: most sentences of an article have none.
    if (sent.includes("在") && TALK_VERB.test(sent)) this.readTalkVenues(from, sent);
    if (sent.includes("会场")) this.readSessionSites(from, sent);
    if (this.events.length === 0 && REFERENCE_CUE.test(sent))
      this.readEventReference(from, sent, maskQuotes(sent));
    if ((sent.includes("在") || sent.includes("并")) && SPOKEN_CUE.test(sent)) this.readSpokenAt(from, sent);
    if (!EVENT_CUE.test(sent)) {
      this.readTroupeVisit(from, sent);
      return;
    }
    // The sentence with the insides of “…” and 《…》 blanked: a 在, 举办 or comma in a quoted name
    // ("“匠心在线”分享会") is no part of the sentence's structure.
    const masked = maskQuotes(sent);
    // "…，该校200多名师生现场聆听": the school named before is the venue.
    if (sent.includes("该校") && /该校[^，。；]{0,12}(?:师生|学生|同学|教职工)/.test(sent))
      this.schoolRefs.push(from + sent.indexOf("该校"));
    if (/坐满了|座无虚席|济济一堂/.test(sent)) this.readFullHall(from, to);
    // Themes.
    for (const m of sent.includes("为主题") ? matchesOf(/以“([^”]+)”为主题/g, sent) : [])
      this.themes.push({ at: from + m.index, theme: m[1]! });
    // NAME (or ORG … NAME) 在 VENUE 举行 (于, 於: "…表扬大会今(22)日于某宫举行").
    // (假 is Hong Kong's 在 before a hotel or hall: "假某酒店举行".)
    if (/[在假于於]/.test(sent) && HELD_END.test(sent))
      for (const m of matchesOf(HELD, masked)) this.readHeldAt(from, sent, masked, m);
    // "在某厂多功能厅，一场别开生面的劳模报告会正在举行": the scene, then the event held there.
    if (sent.includes("在") && sent.includes("一")) this.readSceneHeld(from, sent, masked);
    // "4月29日，NAME首场开讲", "NAME隆重开幕": an event as the whole subject of its clause.
    if (SUBJECT_HELD_VERB.test(sent)) {
      const clauses = splitTop(s, from, to, "，；。");
      for (let ci = 0; ci < clauses.length; ci++) this.readSubjectHeld(from, sent, masked, clauses, ci);
    }
    // ORG (在 VENUE) 举办 NAME; also "…宣讲团赴X开展巡回宣讲", "为职工开展“…”宣讲活动",
    // "A联合B、C走进X举办NAME", "A组织…宣讲团先后到X、Y开展NAME".
    for (const m of matchesOf(HOLDS, masked)) this.readOrgHolds(from, sent, masked, m);
    // "该活动由A、B、C联合举办，旨在…": organisers of the event the clause refers back to.
    for (const [ca, cb] of sent.includes("由") ? splitTop(s, from, to, "，；。") : []) {
      const m = BY_ORGS_HELD.exec(s.slice(ca, cb));
      if (!m || futureAt(sent, ca - from)) continue;
      const orgFrom = ca + m[0].indexOf(m[1]!, m[0].indexOf("由"));
      this.addOrganizers(orgFrom, orgFrom + m[1]!.length, null, null, "event.by-orgs-back");
    }
    // 在A的组织下 → A organises (no role printed).
    for (const m of sent.includes("组织下")
      ? matchesOf(/在([^，。；在]{2,40}?)的?(?:精心)?组织下/g, sent)
      : [])
      if (!futureAt(sent, m.index))
        this.addOrganizers(
          from + m.index + 1,
          from + m.index + 1 + m[1]!.length,
          null,
          null,
          "event.organised-by",
        );
    // 在A的指导下 → A 指导.
    for (const m of sent.includes("指导下") ? matchesOf(/在([^，。；在]{2,40}?)的?指导下/g, sent) : [])
      this.addOrganizers(
        from + m.index + 1,
        from + m.index + 1 + m[1]!.length,
        "指导",
        null,
        "event.guidance",
      );
    if (ROLE_CUE.test(sent)) {
      this.readRoleClauses(from, sent, masked);
      // "主办单位为A，承办单位为B": the role named first, then who holds it.
      if (/单位|方/.test(sent))
        for (const m of matchesOf(ROLE_FIRST, masked)) {
          const at = m.index + m[0].length - m[2]!.length;
          this.addOrganizers(from + at, from + at + m[2]!.length, ROLES[m[1]!]!, null, "event.role-first");
        }
    }
    // "由A、B联合举办的NAME": organisers without a role.
    for (const m of sent.includes("由") ? matchesOf(BY_HOLD, sent) : []) {
      const eventAt = this.eventAfter(from, sent, m.index + m[0].length, "event.by-hold");
      if (eventAt === null) continue;
      const a = from + m.index + 1;
      this.addOrganizers(a, a + m[1]!.length, null, eventAt, "event.by-hold");
    }
    // "ORG组织X参加NAME", "ORG组织了X，通过视频直播观看了NAME": the event the people were sent to.
    if (SENT_TO.test(sent)) this.readSentTo(from, sent, masked, sent.includes("组织"));
    // "…到/走进X，开展NAME", "来到X，为师生带来了一场…NAME": the stop is the venue of NAME.
    if (/走进|来到|到|赴|深入|莅临/.test(sent))
      for (const m of matchesOf(STOP_THEN_HOLDS, masked)) this.readStopThenHolds(from, to, sent, m);
    // "某校邀请A、B等人进校园做“T”宣讲活动": the talk the host invited them to give.
    if (sent.includes("邀")) this.readInvitedTalk(from, to, sent);
    // "A、B共同做客X，以“T”为主题…": an appearance on a programme or forum.
    if (sent.includes("做客")) this.readGuestOf(from, sent, masked);
    // Touring stops.
    if (/走进|来到|深入到|前往|赴/.test(sent))
      for (const m of matchesOf(TOUR, sent)) this.readTourStop(from, to, sent, m);
    this.readTroupeVisit(from, sent);
  }

  /** "某报告团来滁宣讲": a troupe's visit, when the sentence names no event otherwise. */
  private readTroupeVisit(from: number, sent: string): void {
    if (!sent.includes("团") && !sent.includes("小分队")) return;
    const m = TROUPE_VISIT.exec(maskQuotes(sent));
    if (!m || futureAt(sent, m.index) || this.events.some((e) => e.at >= from && e.at < from + sent.length))
      return;
    const end = m.index + m[0].length;
    const before = sent.slice(0, m.index);
    let at = Math.max(before.lastIndexOf("，"), before.lastIndexOf("；"), before.lastIndexOf("。")) + 1;
    at += TIME_LEAD.exec(sent.slice(at, end))?.[0].length ?? 0;
    // "某校邀请某宣讲团来院做宣讲": an invited troupe talks at its host's event, named elsewhere.
    if (end - at > 6 && !/邀|请/.test(sent.slice(at, m.index)))
      this.addEvent(from + at, end - at, null, "event.troupe-visit");
  }

  /** "活动在X设主会场，同时在A、B设分会场": every hall of the event is a venue of it. */
  private readSessionSites(from: number, sent: string): void {
    const s = this.ctx.s;
    for (const m of matchesOf(SESSION_SITES, maskQuotes(sent))) {
      if (futureBefore(sent.slice(0, m.index))) continue;
      const at = from + m.index + 1;
      for (const [a, b] of splitTop(s, at, at + m[1]!.length, "、和及")) {
        const site = s.slice(a, b);
        if (SITE_END.test(site) || isOrgName(site))
          this.addVenue(a, b, this.eventFor(a)?.at ?? null, "event.session-sites");
      }
    }
  }

  /** "A在青川机械厂为职工讲述…，B在远江港务公司分享…": where each talk was given. */
  private readTalkVenues(from: number, sent: string): void {
    for (const m of matchesOf(TALK_AT, maskQuotes(sent))) {
      const group = m[1] ?? m[2]!;
      // "在某集团进行了首场宣讲", "在某市举行首场宣讲": the session's verb is no part of the site.
      const place = group.replace(HELD_AFTER_SITE, "").replace(/(内|里)$/, "");
      if (futureBefore(sent.slice(0, m.index)) || !(SITE_END.test(place) || isOrgName(place))) continue;
      if (/^(?:工作|岗位|会|会议|活动|现场|课堂|讲台|台上)/.test(place)) continue;
      const at = from + m.index + 1;
      this.addVenue(at, at + place.length, null, "event.talk-venue");
    }
  }

  /** "日前，青松机械厂会议室里坐满了职工，…": a full hall is where the event takes place. */
  private readFullHall(from: number, to: number): void {
    const s = this.ctx.s;
    for (const [ca, cb] of splitTop(s, from, to, "，；。")) {
      const c = s.slice(ca, cb);
      const lead = TIME_LEAD.exec(c)?.[0].length ?? 0;
      const full = /^(.{3,40}?)(?:里|内)?(?:坐满了|座无虚席|济济一堂)/.exec(c.slice(lead));
      if (full && !/[在的]/.test(full[1]!) && SITE_END.test(full[1]!))
        this.addVenue(ca + lead, ca + lead + full[1]!.length, null, "event.full-hall");
    }
  }

  /** NAME (or ORG … NAME) 在 VENUE 举行: one match of HELD. */
  private readHeldAt(from: number, sent: string, masked: string, m: RegExpExecArray): void {
    if (futureAt(sent, m.index)) return;
    // ("于5月8日举行", "于近日举行": a time after 于, no venue.)
    if (/[于於]/.test(sent[m.index]!) && TIME_AFTER_YU.test(m[1]!)) return;
    const venueFrom = from + m.index + 1;
    const venueTo = venueFrom + m[1]!.length;
    const clauseStart = Math.max(
      masked.lastIndexOf("，", m.index) + 1,
      masked.lastIndexOf("；", m.index) + 1,
    );
    let subj = sent.slice(clauseStart, m.index);
    let subjAt = from + clauseStart;
    let theme: string | null = null;
    const th = /^(?:.*?)以“([^”]+)”为主题的/.exec(subj);
    if (th) {
      theme = th[1]!;
      subjAt += th[0].length;
      subj = subj.slice(th[0].length);
    }
    const byRole = /^(.*)(主办|承办|协办|指导|开展|举办|组织)的/.exec(subj);
    // "ORG组织开展的NAME于…在VENUE举行": ORG organises NAME (roles are read by the role clauses).
    let heldBy: [number, string] | null = null;
    // "A、B联合举办的NAME在VENUE举行": partners that hold it together.
    let heldByList: [number, number] | null = null;
    if (byRole) {
      const raw = byRole[1]!.replace(/组织$/, "");
      const lead0 = TIME_LEAD.exec(raw)?.[0].length ?? 0;
      const org = trimSubject(raw.slice(lead0).replace(/^由/, ""));
      if (/开展|举办|组织/.test(byRole[2]!) && isOrg(org)) heldBy = [subjAt + raw.indexOf(org, lead0), org];
      // ("由A、B联合举办的NAME" is event.by-hold's.)
      else if (/开展|举办|组织/.test(byRole[2]!) && !raw.slice(lead0).startsWith("由")) {
        const list = org.replace(/(?:共同|联合)$/, "");
        const parts = list.split(/[、和与及]/);
        const listAt = raw.indexOf(list, lead0);
        if (parts.length > 1 && listAt >= 0 && parts.every((x) => isOrg(x)))
          heldByList = [subjAt + listAt, subjAt + listAt + list.length];
      }
      [subj, subjAt] = cutLead(subj, subjAt, byRole);
    }
    [subj, subjAt] = cutLead(subj, subjAt, TIME_LEAD.exec(subj));
    subj = subj.replace(TIME_TAIL, "");
    if (subj === "" && clauseStart > 1) {
      // "NAME，在VENUE举行": the event is the whole clause before.
      const prevStart = Math.max(
        sent.lastIndexOf("，", clauseStart - 2) + 1,
        sent.lastIndexOf("；", clauseStart - 2) + 1,
      );
      let prev = sent.slice(prevStart, clauseStart - 1);
      const pl = TIME_LEAD.exec(prev);
      const prevAt = from + prevStart + (pl ? pl[0].length : 0);
      if (pl) prev = prev.slice(pl[0].length);
      if (prev.length >= 4 && !REFERS.test(prev) && eventHeadEnd(prev) === prev.length) {
        subj = prev;
        subjAt = prevAt;
      }
    }
    let ev: FoundEvent | null = null;
    let orgLead: string | null = null;
    const q = subj.indexOf("“");
    if (q >= 3 && isOrgName(subj.slice(0, q)) && eventHeadEnd(subj) === subj.length) {
      orgLead = subj.slice(0, q);
      subjAt += q;
      subj = subj.slice(q);
    }
    if (REFERS.test(subj) || subj === "") ev = this.eventFor(from + m.index);
    else if (eventHeadEnd(subj) === subj.length)
      ev = this.addEvent(subjAt, subj.length, theme, "event.held-at");
    if (ev) this.addVenues(venueFrom, venueTo, ev.at, "event.held-at");
    if (ev && heldBy) {
      const [orgAt, o] = heldBy;
      this.addOrganizer(orgAt, orgAt + o.length, ev.at, "event.held-at", typeOf(o));
    }
    if (ev && heldByList) this.addOrganizers(heldByList[0], heldByList[1], null, ev.at, "event.held-at");
    if (ev && orgLead) {
      const orgAt = subjAt - orgLead.length;
      this.addOrganizer(orgAt, subjAt, ev.at, "event.name-org", orgTypeOf(orgLead));
    }
  }

  /** "4月29日，NAME首场开讲", "NAME隆重开幕": an event as the whole subject of clause `ci`. */
  private readSubjectHeld(
    from: number,
    sent: string,
    masked: string,
    clauses: [number, number][],
    ci: number,
  ): void {
    const s = this.ctx.s;
    const [ca, cb] = clauses[ci]!;
    const mm = SUBJECT_HELD.exec(masked.slice(ca - from, cb - from));
    if (!mm || futureAt(sent, ca - from)) return;
    const m1 = s.slice(ca, ca + mm[1]!.length);
    const lead = TIME_LEAD.exec(m1);
    const subjAt = ca + (lead ? lead[0].length : 0);
    // "…报告会首场开讲": the event is the 报告会, 首场 only says which session.
    let subj = m1.slice(lead ? lead[0].length : 0).replace(/(?:首场|第[一二三四五六七八九十\d]+场)$/, "");
    let at = subjAt;
    // "一场别开生面的“巾帼劳模进校园”开讲了": the count and the praise before the name are no part of it.
    const one = /^一场(?:[^，。；“”]{1,8}的)?(?=“)/.exec(subj);
    if (one) {
      at += one[0].length;
      subj = subj.slice(one[0].length);
    }
    // "市委书记X宣布(：)NAME开幕": the one who opens it is no part of the name.
    // "X致辞并宣布活动启动": the event named before, no new one.
    const opens = /^[^，。；“]{2,30}?宣布[:：]?/.exec(subj);
    if (opens) {
      at += opens[0].length;
      subj = subj.slice(opens[0].length);
    }
    // "由A、B主办的NAME举行": the organisers are read by the role clauses.
    const byRole = BY_ROLE_LEAD.exec(subj);
    if (byRole) {
      at += byRole[0].length;
      subj = subj.slice(byRole[0].length);
    }
    // "以“T”为主题的NAME于4月24日举办".
    const th = /^以“([^”]+)”为主题的/.exec(subj);
    if (th) {
      at += th[0].length;
      subj = subj.slice(th[0].length);
    }
    // "ORG开展的NAME正式开讲": ORG organises NAME.
    const by = /^(.{3,30}?)(开展|举办|组织|主办|承办)的/.exec(subj);
    const byOrg = by && isOrg(trimSubject(by[1]!)) ? trimSubject(by[1]!) : null;
    if (by && byOrg) {
      at += by[0].length;
      subj = subj.slice(by[0].length);
    }
    if (subj.length < 4 || REFERS.test(subj) || eventHeadEnd(subj) !== subj.length) return;
    // "X宣布，…活动正式启动" after the article's 启动仪式: the campaign launched, no event of its own.
    if (/启动$/.test(mm[0]) && this.events.some((e) => /启动(?:仪式|式|会)/.test(e.name))) return;
    const ev = this.addEvent(at, subj.length, th?.[1] ?? null, "event.subject-held");
    // "4月29日，在某某电视台演播大厅内，NAME举行": the clause before is only 在VENUE.
    const prev = ci > 0 ? clauses[ci - 1]! : null;
    if (ev && prev) {
      const p = s.slice(prev[0], prev[1]);
      const pl = TIME_LEAD.exec(p)?.[0].length ?? 0;
      const place = /^在([^，。；在]{3,40}?)(?:内|里|中|上)?$/.exec(p.slice(pl));
      if (place && !futureAt(sent, prev[0] - from)) {
        const vFrom = prev[0] + pl + 1;
        this.addVenue(vFrom, vFrom + place[1]!.length, ev.at, "event.venue-clause");
      }
    }
    if (ev && by && byOrg) {
      const role = by[2] === "主办" || by[2] === "承办" ? (by[2] as OrganizerRole) : null;
      this.organizers.push({
        at: subjAt,
        org: {
          org: this.ctx.text.slice(subjAt, subjAt + byOrg.length),
          orgType: typeOf(byOrg),
          role,
          evidence: spanAt(this.ctx, subjAt, subjAt + byOrg.length, "event.subject-held"),
        },
        eventAt: ev.at,
      });
    }
  }

  /**
   * ORG (在 VENUE) 举办 NAME; also "…宣讲团赴X开展巡回宣讲", "为职工开展“…”宣讲活动",
   * "A联合B、C走进X举办NAME", "A组织…宣讲团先后到X、Y开展NAME": one match of HOLDS.
   */
  private readOrgHolds(from: number, sent: string, masked: string, m: RegExpExecArray): void {
    if (futureAt(sent, m.index)) return;
    const h = this.holdingObject(from, sent, masked, m);
    if (!h) return;
    // "报告团在A、B和C举行3场报告会": sessions of the event named before, held at A, B and C.
    if (h.head > 0 && SESSIONS.test(h.obj) && this.events.length > 0) {
      this.readSessions(h);
      return;
    }
    if (h.head === 0 || BAD_OBJECT.test(h.obj)) {
      // "ORG启动…工作，深入…开展NAME": the subject still organises the article's event.
      // "A和B组织了…先进事迹报告团": the organisers of the troupe organise the article's event.
      if (
        h.obj.length >= 2 &&
        (/开展|举办|启动/.test(h.verb) || (h.verb === "组织" && TROUPE_END.test(h.obj)))
      )
        this.orphanSubject(from + h.clauseStart, h.rawSubj);
      return;
    }
    this.holdingSubject(h);
    this.holdingOrganisers(h);
    if (!h.org && !h.goTo && !this.holdingWithoutOrg(h)) return;
    this.addHolding(h);
  }

  /** The object of a HOLDS verb (theme and event word), or null when the verb holds nothing here. */
  private holdingObject(from: number, sent: string, masked: string, m: RegExpExecArray): Holding | null {
    const verb = m[1] ?? m[2] ?? "";
    const clauseStart = Math.max(
      masked.lastIndexOf("，", m.index) + 1,
      masked.lastIndexOf("；", m.index) + 1,
    );
    const clauses = splitTop(sent, m.index + m[0].length, sent.length, "，。；");
    const objEnd = clauses[0]![1];
    let objFrom = m.index + m[0].length;
    let obj = sent.slice(objFrom, objEnd);
    // "由A主办的以…为主题的NAME", "由A主办、B承办的NAME": the verb is attributive here; the NAME
    // is read by the 在…举行 and role rules (an event name never starts with "、B承办的").
    if (obj.startsWith("的") || obj.startsWith("、")) return null;
    // "ORG举办由B承办的NAME": NAME is the object, B's role is read by the role rules.
    const attr = ATTRIBUTIVE.exec(maskQuotes(obj));
    if (attr) {
      objFrom += attr[0].length;
      obj = obj.slice(attr[0].length);
    }
    // "…工会组织将组建…", "组织宣讲团到X开展NAME": the real verb (if any) comes later.
    if (FUTURE.test(obj.slice(0, 3)) || (verb === "组织" && /开展|举办|举行|召开/.test(obj))) return null;
    // "ORG组织职工代表参加NAME": ORG only sent people; NAME is read below (event.sent-to). (Who
    // organises people to watch a broadcast holds the watching: "组织职工观看…直播" stays.)
    if (verb === "组织" && /(?:参加|参与)(?!的)/.test(obj)) return null;
    let theme: string | null = null;
    // ("举行了“T”为主题的NAME": the same without 以.)
    const th = /^\s*以?“([^”]+)”为主题的/.exec(obj);
    if (th) {
      theme = th[1]!;
      objFrom += th[0].length;
      obj = obj.slice(th[0].length);
    }
    // "组织了一场劳模宣讲活动", "组织了多场…宣讲活动" (the article's first event): the count is no
    // part of the name (after an event, "举行3场报告会" stays: sessions of the event named before).
    // (A touring group's "开展了一场…" keeps it: the group's session is named apart, see below.)
    const count = ONE_OR_MANY.exec(obj);
    if (
      count &&
      (count[0].startsWith("一") || this.events.length === 0) &&
      eventHeadEnd(obj.slice(count[0].length)) > 0 &&
      !TROUPE.test(sent.slice(clauseStart, m.index))
    ) {
      objFrom += count[0].length;
      obj = obj.slice(count[0].length);
    }
    // "启动劳模宣讲团组建工作": an event word inside a longer noun is no event.
    const head0 = eventHeadEnd(obj);
    const head = /^(?:团|员|人|者|组|队|工作|机制|体系|品牌|阵地|基地)/.test(obj.slice(head0)) ? 0 : head0;
    const rawSubj = sent.slice(clauseStart, m.index);
    // "…走进X举办NAME启动仪式": this verb lies inside the object of an earlier one.
    if (HOLD_VERB.test(rawSubj.replace(/“[^”]*”/g, ""))) return null;
    const h = new Holding(from, sent, m, verb, clauseStart, objFrom, obj, rawSubj);
    h.theme = theme;
    h.head = head;
    return h;
  }

  /** "报告团在A、B和C举行3场报告会": the venues of the sessions of the event named before. */
  private readSessions(h: Holding): void {
    const { from, rawSubj } = h;
    const at = /在(.{3,60})$/.exec(rawSubj);
    const subj0 = at ? trimSubject(rawSubj.slice(0, at.index).replace(TIME_LEAD, "")) : "";
    const ev =
      at && (subj0 === "" || TROUPE_BACK.test(subj0) || REFERS.test(subj0))
        ? this.eventFor(from + h.m.index)
        : null;
    if (ev && at) {
      const vFrom = from + h.clauseStart + at.index + 1;
      this.addVenues(vFrom, vFrom + at[1]!.replace(ADVERBS, "").length, ev.at, "event.sessions");
    }
  }

  /** The subject before the verb: its venue (在/于 VENUE), its tour stops, and where it starts. */
  private holdingSubject(h: Holding): void {
    const s = this.ctx.s;
    const { from, clauseStart, rawSubj } = h;
    let subj = rawSubj;
    // "某部於某饭店十楼会议厅举办…": 于/於 marks the place as 在 does (not a date: "于5月8日").
    const at =
      /在(.{1,50})$/.exec(subj.replace(ADVERBS, "")) ??
      /(?<![关位对由属至等])[于於](?![\d今昨当近本上下日月])((?:(?![在于於])[^，。；]){3,50})$/.exec(
        subj.replace(ADVERBS, ""),
      );
    if (at) {
      h.venue = [from + clauseStart + at.index + 1, from + clauseStart + at.index + 1 + at[1]!.length];
      subj = subj.slice(0, at.index);
    }
    subj = trimSubject(
      subj
        .replace(/^(?:[─—\-–~～:：\s]|(?:[A-Za-z]+\s*)?\d{4}-\d{1,2}-\d{1,2}\s)+/, "")
        .replace(ADVERBS, "")
        .replace(TIME_LEAD, "")
        .replace(/^由/, ""),
    );
    const tour = !h.venue ? TOUR_TAIL.exec(subj) : null;
    h.tour = tour;
    if (tour) {
      const tailAt = rawSubj.lastIndexOf(tour[1]!);
      if (tailAt >= 0) {
        // "来到青松街道为社区居民…": the purpose phrase is no part of the place.
        const place = tour[1]!.replace(/(?:为|向|给|与|对).*$/, "");
        const vFrom = from + clauseStart + tailAt;
        h.stops.push(...splitTop(s, vFrom, vFrom + place.length, "、和及"));
        subj = trimSubject(subj.slice(0, tour.index));
      }
    }
    const subjLead = rawSubj.indexOf(subj);
    h.orgAt = from + clauseStart + Math.max(0, subjLead);
    // "某某医院（以下简称某院）举办…": the alias in brackets is no part of the name.
    if (subj.endsWith("）")) subj = stripAlias(subj);
    h.subj = subj;
  }

  /** The organisations the subject names: one, a list of partners, a causer, or the host who invited. */
  private holdingOrganisers(h: Holding): void {
    const subj = h.subj;
    // "某某科技产业园举办…": an industrial park (its management) holds the event.
    let org: string | null = isOrg(subj) || PARK.test(subj) ? subj : null;
    let orgList: string[] = org ? [org] : [];
    // "A、B联合举办", "A和B合力打造", "A与B共同主办", "A联合B、C": every part an organisation
    // ("A、工业和信息化厅": a part that is one with its 和 stays whole).
    const parts = subj.split(/[、与及]|联合|携手|会同/).flatMap((x) => bodiesJoinedByAnd(x, isOrg) ?? [x]);
    if (parts.length > 1 && parts.every((x) => isOrg(x))) {
      orgList = parts;
      org = parts[0]!;
    }
    // "某公司为获奖人员举行NAME": a purpose phrase after the organisation is no part of it.
    const forWhom = !org ? subj.replace(PURPOSE_TAIL, "") : subj;
    if (forWhom !== subj && isOrg(forWhom)) {
      org = forWhom;
      orgList = [org];
    }
    // "ORG组织劳模宣讲团…": ORG organises.
    const causer = !org ? /^(.{3,30}?)(?:组织|带领|邀请)/.exec(subj) : null;
    // ("某工会于5月7日组织…": the date between the organiser and its verb is no part of it.)
    const causerOrg = causer ? trimSubject(causer[1]!.replace(ADVERBS, "")) : null;
    if (causerOrg && isOrg(causerOrg)) {
      org = causerOrg;
      orgList = [org];
    }
    // "A邀请…，到/赴 PLACE 开展 NAME": PLACE is the venue and A (the one who invited) the organiser.
    const tour = h.tour;
    const goTo =
      !org &&
      !h.venue &&
      tour !== null &&
      subj === "" &&
      /^(?:先后|分别)?(?:到|赴|来到|前往|走进|深入|莅临)/.test(tour[0]);
    if (goTo) {
      const host = /([\p{Script=Han}]{3,30}?)(?:邀请|组织|带领)[^，。；]*，?$/u.exec(
        h.sent.slice(0, h.clauseStart),
      );
      const hostName = host?.[1]?.replace(TIME_LEAD, "");
      // (Partners host together: "A携手B组织…".)
      const hosts = hostName?.split(/[、和与及]|联合|携手|会同/) ?? [];
      if (hostName && hosts.length > 1 && hosts.every((x) => isOrg(x))) {
        org = hosts[0]!;
        orgList = hosts;
      } else if (hostName && isOrg(hostName)) {
        org = hostName;
        orgList = [hostName];
      }
    }
    h.org = org;
    h.orgList = orgList;
    h.goTo = goTo;
  }

  /**
   * A subject that names no organisation: a touring group, a purpose phrase, no subject at all,
   * a place, or co-hosts at a venue. False when none of these holds the event.
   */
  private holdingWithoutOrg(h: Holding): boolean {
    const { from, sent, subj, verb, head, obj, clauseStart } = h;
    // A touring group as subject, or a purpose phrase after the subject clause.
    const troupe = TROUPE.exec(subj);
    // ("…柏某，依次为大家开展…宣讲": the speakers' order before the purpose phrase.)
    const purpose =
      /^(?:依次|分别|先后|轮流|还|也|又|都)?(为|向|给)/.test(subj) &&
      (verb === "开展" || verb === "举办" || verb === "举行");
    // "昨日下午，在市委礼堂，举行了NAME": no subject at all names the article's first event.
    const bare =
      !troupe &&
      !purpose &&
      subj === "" &&
      !h.tour &&
      // (What stands before the venue's 在: "5月8日，在某公司召开NAME".)
      (h.venue ? h.venue[0] - (from + clauseStart) - 1 : h.rawSubj.length) <= 8 &&
      // ("…，开展“T”主题活动": a quoted programme carried out by the people of the sentence.)
      (/举行|举办|召开/.test(verb) ||
        (verb === "开展" &&
          obj.startsWith("“") &&
          !obj.endsWith("行动") &&
          // (After a stop, "来到X，开展NAME", the stop's reader names the event and its venue.)
          !/走进|来到|到|赴|深入|莅临/.test(sent.slice(0, clauseStart)))) &&
      head === obj.length &&
      this.events.length === 0;
    // "长春市举行NAME", "某市卫生健康系统举办NAME": a place (or its sector) holds the event; no organiser.
    const placeSubj =
      !troupe &&
      !purpose &&
      !bare &&
      // ("某区为受表彰的先进集体和个人举办NAME": the purpose phrase after the place is no part of it.)
      PLACE_SUBJECT.test(subj.replace(PURPOSE_TAIL, "")) &&
      /举行|举办|召开|开展|组织/.test(verb) &&
      head === obj.length;
    // "A联合B、C在VENUE召开了“…”座谈会" with A no name the lexicon knows: the event and its
    // venue still stand; the partners after 联合 (organisations) and A organise it.
    const hosts = !troupe && !purpose && !bare && !placeSubj && h.venue !== null ? coHosts(subj) : null;
    const sited = hosts !== null && /举行|举办|召开/.test(verb) && head === obj.length && obj.includes("“");
    // "远江汽车在多功能厅举行了“…”专题报告会": a subject the lexicon does not know as an
    // organisation (a brand), a venue and a named event: the event and its venue stand, no organiser.
    const unknown =
      !troupe &&
      !purpose &&
      !bare &&
      !placeSubj &&
      !sited &&
      h.venue !== null &&
      obj.includes("“") &&
      head === obj.length &&
      /举行|举办|召开|开展/.test(verb) &&
      /^[\p{Script=Han}A-Za-z]{2,12}$/u.test(subj) &&
      !UNKNOWN_SUBJECT_STOP.test(subj);
    if (!troupe && !purpose && !bare && !placeSubj && !sited && !unknown) return false;
    if (unknown) h.rule = "event.unknown-subject";
    if (sited && hosts) {
      h.orgList = hosts;
      h.org = hosts[0]!;
      h.rule = "event.co-hosts";
    }
    if (troupe) h.rule = "event.troupe";
    else if (bare) h.rule = "event.no-subject";
    else if (placeSubj) h.rule = "event.place-holds";
    if (bare && !h.venue && clauseStart > 1) {
      // The clause before is only "在VENUE": the venue.
      const prevStart =
        Math.max(sent.lastIndexOf("，", clauseStart - 2), sent.lastIndexOf("；", clauseStart - 2)) + 1;
      const prev = sent.slice(prevStart, clauseStart - 1);
      const lead = TIME_LEAD.exec(prev)?.[0].length ?? 0;
      const place = /^在([^，。；在]{3,30})$/.exec(prev.slice(lead));
      if (place) h.venue = [from + prevStart + lead + 1, from + prevStart + lead + 1 + place[1]!.length];
    }
    if (troupe) {
      const lead = ORG_LEAD.exec(subj);
      if (lead && isOrg(lead[1]!)) {
        const org = lead[1]!;
        h.org = org;
        h.orgList = [org];
      }
      // The name as printed (the matching text is simplified): troupe + session noun.
      const t = this.ctx.text;
      if (!obj.includes("“") && head <= 6)
        h.name =
          t.slice(h.orgAt, h.orgAt + troupe[1]!.length) + t.slice(from + h.objFrom, from + h.objFrom + head);
      return true;
    }
    return !this.events.some((e) => e.at >= from && e.at < from + h.m.index);
  }

  /** The event held (or the campaign run), its venues and stops, and its organisers. */
  private addHolding(h: Holding): void {
    const { from, sent, clauseStart, verb, orgList } = h;
    if (CAMPAIGN.test(h.obj.slice(0, h.head)) && orgList.length > 0) {
      // "A、B联合开展了…选树活动": a campaign; its organisers organise the article's event.
      this.campaigns.push({ at: from + h.objFrom, len: h.head, theme: h.theme });
      for (const o of orgList) this.orphanOrg(sent.indexOf(o, clauseStart), from, o, "event.orphan-org");
      return;
    }
    // "某集团举行欢迎会", "全体人员在某宫召开座谈会": a meeting held by a named organisation (or at
    // a venue) is an event even when its head is all its name.
    const bareOk =
      (h.org !== null || h.venue !== null) && /举行|召开|举办/.test(verb) && MEETING_HEAD.test(h.obj);
    const ev = this.addEvent(from + h.objFrom, h.head, h.theme, h.rule, h.name, bareOk);
    if (!ev) return;
    if (h.venue) this.addVenues(h.venue[0], h.venue[1], ev.at, "event.org-holds");
    for (const [a, b] of h.stops) this.addVenue(a, b, ev.at, "event.tour-stops");
    let searchFrom = h.goTo ? 0 : clauseStart;
    for (const o of orgList) {
      const i = sent.indexOf(o, searchFrom);
      const orgFrom = i >= 0 ? from + i : h.orgAt;
      if (i >= 0) searchFrom = i + o.length;
      const role = verb === "主办" || verb === "承办" ? (verb as OrganizerRole) : null;
      this.addOrganizer(orgFrom, orgFrom + o.length, ev.at, "event.org-holds", typeOf(o), role);
    }
  }

  /** Organiser clauses: 由A指导，B主办，C、D承办(的NAME). */
  private readRoleClauses(from: number, sent: string, masked: string): void {
    // (Called only when ROLE_CUE finds a role word in the sentence.)
    const roleMatches = [...matchesOf(ROLE, sent)];
    let prevEnd = 0;
    const roleItems: {
      start: number;
      end: number;
      role: OrganizerRole;
      eventAt: number | null;
      skip?: boolean;
    }[] = [];
    for (const m of roleMatches) {
      let start = prevEnd;
      for (const sep of ["，", "；", "由", "是"]) {
        const i = masked.lastIndexOf(sep, m.index - 1);
        if (i + 1 > start && i < m.index) start = i + 1;
      }
      prevEnd = m.index + m[0].length;
      if (sent[prevEnd] === "、") prevEnd++;
      // The event named right after "…承办的".
      const eventAt =
        sent[m.index + m[0].length] === "的"
          ? this.eventAfter(from, sent, m.index + m[0].length + 1, "event.role-clause")
          : null;
      roleItems.push({ start, end: m.index, role: ROLES[m[1]!]!, eventAt });
    }
    // "“国际在线”由某电台主办", "…评选活动由A与B共同主办": the roles of a subject that is no event
    // (or a selection campaign) are not the article's event's; the chain after it goes with it.
    for (const [i, r] of roleItems.entries()) {
      const by = masked.lastIndexOf("由", r.end);
      const clause = Math.max(masked.lastIndexOf("，", by) + 1, masked.lastIndexOf("。", by) + 1);
      const prev = roleItems[i - 1];
      if (by < 0 || by < r.start - 1 || by <= clause) {
        if (prev?.skip && !/[。]/.test(masked.slice(prev.end, r.start))) r.skip = true;
        continue;
      }
      const subj = trimSubject(sent.slice(clause, by).replace(TIME_LEAD, "").replace(ADVERBS, ""));
      if (subj === "" || REFERS.test(subj) || /^(?:活动|宣讲|讲座|报告会|座谈会|比赛|大赛)$/.test(subj))
        continue;
      if (eventHeadEnd(subj) !== subj.length || CAMPAIGN.test(subj)) r.skip = true;
      else if (r.eventAt === null && subj.length >= 5 && !futureAt(sent, clause) && !this.namedBefore(subj)) {
        // "某市劳模工匠宣讲会由某市总工会主办": the event named as the subject of its roles.
        const at = sent.indexOf(subj, clause);
        const ev =
          at >= 0 && at < by ? this.addEvent(from + at, subj.length, null, "event.role-subject") : null;
        if (ev) {
          r.eventAt = ev.at;
          // The chain after it ("…主办，B承办") goes with it.
          for (
            let k = i + 1;
            k < roleItems.length && !/[。]/.test(masked.slice(r.end, roleItems[k]!.start));
            k++
          )
            roleItems[k]!.eventAt ??= ev.at;
        }
      }
    }
    // "由A主办，B承办的NAME": every role of the chain before "…的NAME" belongs to NAME.
    for (let i = roleItems.length - 2; i >= 0; i--) {
      const item = roleItems[i]!;
      const next = roleItems[i + 1]!;
      if (
        item.eventAt === null &&
        next.eventAt !== null &&
        !/[的。]/.test(masked.slice(item.end, next.start))
      )
        item.eventAt = next.eventAt;
    }
    for (const r of roleItems)
      if (!r.skip) this.addOrganizers(from + r.start, from + r.end, r.role, r.eventAt, "event.role-clause");
  }

  /**
   * True when an event found before carries the quoted title of `name` ("“某某进校园”活动" after
   * "“某某进校园”2017年度首场活动"): the subject is the programme of that event, not another one.
   */
  private namedBefore(name: string): boolean {
    const q = /“[^“”]{2,}”/.exec(name)?.[0];
    return q !== undefined && this.events.some((e) => e.name.includes(q));
  }

  /** "在VENUE，一场…NAME正在举行": the venue named first as the scene of the sentence. */
  private readSceneHeld(from: number, sent: string, masked: string): void {
    const m = SCENE_HELD.exec(masked);
    if (!m || futureBefore(sent.slice(0, m.index))) return;
    const printedAt = m.index + m[0].indexOf(m[2]!, m[0].indexOf("，"));
    // "一场别开生面的劳模报告会": the words before the last 的 describe it.
    const nameAt = printedAt + describedFrom(sent.slice(printedAt, printedAt + m[2]!.length));
    const name = sent.slice(nameAt, printedAt + m[2]!.length);
    if (name.length < 3 || REFERS.test(name) || eventHeadEnd(name) !== name.length) return;
    const ev = this.addEvent(from + nameAt, name.length, null, "event.scene-held");
    if (!ev) return;
    const vAt = from + m.index + m[0].indexOf(m[1]!);
    this.addVenues(vAt, vAt + m[1]!.length, ev.at, "event.scene-held");
  }

  /** "ORG组织X参加NAME", "ORG组织了X，通过视频直播观看了NAME": the event the people were sent to. */
  private readSentTo(from: number, sent: string, masked: string, organised: boolean): void {
    const org = organised ? masked.indexOf("组织") : -1;
    for (const m of matchesOf(SENT_TO_NAME, masked)) {
      if (m.index < org || futureAt(sent, m.index)) continue;
      const at = m.index + m[0].length - m[1]!.length;
      const name = sent.slice(at, at + m[1]!.length);
      if (REFERS.test(name) || eventHeadEnd(name) !== name.length) continue;
      // "我校师生参加远江省“工匠进校园”系列活动": without an organiser who sent them, only a quoted
      // programme's event is one (not "参加技能培训", "参与工作"); once per article.
      if (!organised && (!name.includes("“") || this.events.length > 0)) continue;
      // ("赴京参加…大会": a journey to a meeting held elsewhere, read as a tour's stop: left out.)
      if (!organised && /赴|前往/.test(sent.slice(Math.max(0, sent.lastIndexOf("，", m.index) + 1), m.index)))
        continue;
      this.addEvent(from + at, name.length, null, "event.sent-to");
    }
  }

  /** "…到/走进X，开展NAME", "来到X，为师生带来了一场…NAME": the stop is the venue of NAME. */
  private readStopThenHolds(from: number, to: number, sent: string, m: RegExpExecArray): void {
    if (futureAt(sent, m.index) || insideQuote(sent, m.index)) return;
    // (The second form: "走进A、B、C等开展NAME", a list of stops closed by 等.)
    // (The third form: "…应邀到X做主题宣讲", a talk given at a stop, named by its noun.)
    const place = m[1] ?? m[3] ?? m[5]!;
    const held = m[2] ?? m[4] ?? m[6]!;
    const at = m.index + m[0].length - held.length;
    // "一场妙趣横生的安全教育课": the words before the last 的 describe it.
    const nameAt = at + describedFrom(held);
    const name = sent.slice(nameAt, at + held.length);
    if (name.length < 3 || REFERS.test(name) || eventHeadEnd(name) !== name.length) return;
    if (this.events.some((e) => e.at >= from && e.at < to)) return;
    const ev = this.addEvent(from + nameAt, name.length, null, "event.stop-then-holds");
    if (!ev) return;
    const vFrom = from + m.index + m[0].indexOf(place);
    this.addVenues(vFrom, vFrom + place.length, ev.at, "event.stop-then-holds");
  }

  /**
   * "某校邀请A、B等人进校园做“T”宣讲活动": the host (the clause's subject, an organisation) organises
   * the talk it invited the people to give; a school or unit they came into (进校园, 来校) is its venue.
   */
  private readInvitedTalk(from: number, to: number, sent: string): void {
    const m = INVITED_TALK.exec(sent);
    if (!m || futureAt(sent, m.index) || this.events.some((e) => e.at >= from && e.at < to)) return;
    const clause = Math.max(sent.lastIndexOf("，", m.index) + 1, sent.lastIndexOf("；", m.index) + 1);
    const subj = trimSubject(sent.slice(clause, m.index).replace(TIME_LEAD, "").replace(ADVERBS, ""));
    if (!isOrg(subj)) return;
    const at = m.index + m[0].length - m[2]!.length;
    const ev = this.addEvent(from + at, m[2]!.length, null, "event.invited-talk");
    if (!ev) return;
    const orgAt = from + sent.indexOf(subj, clause);
    this.addOrganizer(orgAt, orgAt + subj.length, ev.at, "event.invited-talk", typeOf(subj));
    if (m[1]) this.addVenue(orgAt, orgAt + subj.length, ev.at, "event.invited-talk");
  }

  /** "A、B共同做客X，以“T”为主题…": the programme or forum X is the event (with the theme T). */
  private readGuestOf(from: number, sent: string, masked: string): void {
    const m = GUEST_OF.exec(masked);
    if (!m || futureAt(sent, m.index) || this.events.some((e) => e.at >= from && e.at < from + sent.length))
      return;
    const at = m.index + m[0].length - m[1]!.length;
    const theme = /以“([^”]{2,40})”为主题/.exec(sent.slice(at));
    this.addEvent(from + at, m[1]!.length, theme?.[1] ?? null, "event.zuoke");
  }

  /** Touring stops: one match of TOUR. */
  private readTourStop(from: number, to: number, sent: string, m: RegExpExecArray): void {
    const s = this.ctx.s;
    if (futureAt(sent, m.index) || insideQuote(sent, m.index)) return;
    const before = sent.slice(0, m.index).replace(TIME_TAIL, "");
    const clauseStart = Math.max(before.lastIndexOf("，") + 1, before.lastIndexOf("；") + 1);
    let subj = before
      .slice(clauseStart)
      .replace(/(?:首站|第[一二三四五六七八九十\d]+站|先后|分别|再次|又|还)+$/, "");
    let subjAt = from + clauseStart;
    const byRole = /^.*(?:主办|承办|协办|指导)的/.exec(subj);
    if (byRole) {
      [subj, subjAt] = cutLead(subj, subjAt, byRole);
    }
    [subj, subjAt] = cutLead(subj, subjAt, TIME_LEAD.exec(subj));
    let ev: FoundEvent | null = null;
    const orgLead = ORG_LEAD.exec(subj);
    const org = orgLead && isOrgName(orgLead[1]!) ? orgLead[1]! : null;
    if (subj && eventHeadEnd(subj) === subj.length && !REFERS.test(subj)) {
      const skip = org && subj[org.length] === "“" ? org.length : 0;
      ev = this.addEvent(subjAt + skip, subj.length - skip, null, "event.tour-stops");
    } else if (
      subj &&
      TROUPE.exec(subj)?.[1] === subj &&
      // "A、B联合组织劳模报告团赴…": the troupe is what A and B organised, not the event.
      !/组织|组建|带领|邀请/.test(subj) &&
      !this.events.some((e) => e.at >= from && e.at < to)
    ) {
      // "ORG“…”宣讲团走进A": the tour of the troupe is the event, unless the sentence names one.
      ev = this.addEvent(subjAt, subj.length, null, "event.troupe");
    }
    if (org && (ev || this.events.length > 0))
      this.addOrganizer(subjAt, subjAt + org.length, ev?.at ?? null, "event.tour-stops", orgTypeOf(org));
    ev ??= this.eventFor(from + m.index);
    const vFrom = from + m.index + m[0].length - m[2]!.length;
    for (const [a, b0] of splitTop(s, vFrom, vFrom + m[2]!.length, "、和及")) {
      // "…、某县中心小学等多家基层单位": the list's closing 等 and its class noun are no part of a stop.
      const etc = STOPS_ETC.exec(s.slice(a, b0));
      const b = etc && etc.index >= 3 ? a + etc.index : b0;
      this.addVenue(a, siteEnd(s, a, b), ev?.at ?? null, "event.tour-stops");
    }
  }

  /** The headline (the text's first line, when the body was read after it), read on its own. */
  private readHeadline(): EventFinder | null {
    const s = this.ctx.s;
    const end = s.indexOf("\n");
    if (end <= 0 || end > 80 || end > this.firstRead) return null;
    const h = new EventFinder(this.ctx, this.year);
    h.readSentence(0, end);
    // "「…」宜兰市114年模范劳工表扬大会": a headline that is an event's name, with no verb.
    if (h.events.length === 0) h.readBareHeadline(0, end);
    // The subtitle lines under the headline ("——某系统组织…专场活动"), when the headline names none.
    for (let a = end + 1, n = 0; h.events.length === 0 && n < 3 && a < this.firstRead; n++) {
      const b = s.indexOf("\n", a);
      const e = b < 0 ? s.length : b;
      let from = a;
      while (from < e && /[─—\-–~～\s]/.test(s[from]!)) from++;
      if (e - from > 4 && e - from <= 80 && e <= this.firstRead) h.readSentence(from, e);
      a = e + 1;
    }
    return h;
  }

  /** The headline as a whole an event's name (past a slogan in quotes or a lead of time and place). */
  private readBareHeadline(from: number, to: number): void {
    const s = this.ctx.s;
    let a = from;
    const slogan = /^“[^“”]{2,30}”\s*(?=[\p{Script=Han}])/u.exec(s.slice(a, to));
    // (A quoted slogan that opens the headline is kept: it is the event's own theme.)
    const lead = slogan ? null : TIME_LEAD.exec(s.slice(a, to));
    if (lead) a += lead[0].length;
    const t = s.slice(a, to).trim();
    if (t.length < 6 || t.length > 40 || /[，。！？!?：:|]/.test(t)) return;
    if (eventHeadEnd(t) !== t.length || !/[会典礼式动讲课坛赛]$/.test(t)) return;
    this.addEvent(a, t.length, null, "event.headline");
  }

  /**
   * "报告会上，A、B分别作了报告" under the headline "某院举办劳模宣讲报告会": the body's one event is
   * named by its bare head (报告会, 座谈会, 宣讲活动 …); the headline's event that ends with the same
   * head is its full name (a headline clause "某演讲团到某县举行报告会" names it by who holds it:
   * "某演讲团报告会").
   */
  private nameFromHeadline(): void {
    if (this.events.length !== 1) return;
    const ev = this.events[0]!;
    if (!GENERIC_EVENT_NAME.test(ev.name)) return;
    const head = this.readHeadline();
    const full = head?.events.length === 1 ? head.events[0]! : null;
    if (!full || full === ev || full.name.length <= ev.name.length) return;
    const tail = GENERIC_EVENT_NAME.exec(ev.name)![1]!;
    if (!full.name.endsWith(tail)) return;
    // (Not a headline's clause read whole: "某演讲团到某县举行报告会" names "某演讲团报告会".)
    if (HELD_CLAUSE.test(full.name)) {
      const clause = HEADLINE_CLAUSE.exec(full.name);
      if (!clause || HELD_CLAUSE.test(clause[1]!)) return;
      ev.name = clause[1]! + tail;
    } else ev.name = full.name;
    ev.evidence = { ...full.evidence, rule: "event.headline-name" };
  }

  /**
   * "通过举行“五一”劳动座谈会，…", then "座谈会上，…": an event read by its bare head (the scene of
   * a sentence, a reference back: 座谈会, 表扬大会) takes the full name the body gives it where it
   * says the event was held — the object of 举行/举办/召开 that ends a clause with that head (one
   * such name in the body, and no other event of that name; else the name stays).
   */
  private nameFromBody(): void {
    const { s, text } = this.ctx;
    // The objects of the body's verbs of holding, read once (at most 40 characters up to the clause's end).
    let objects: [number, string][] | null = null;
    for (const ev of this.events) {
      const bare = s.slice(ev.at, ev.at + ev.name.length);
      if (text.slice(ev.at, ev.at + ev.name.length) !== ev.name) continue;
      if (bare.length < 2 || bare.length > BARE_HEAD_MAX || eventHeadEnd(bare) !== bare.length) continue;
      if (bare.includes("的")) continue;
      objects ??= [...s.matchAll(HELD_OBJECT)].map((m) => {
        const from = m.index + m[0].length;
        return [from, /^[^，。；！？：]{0,41}/.exec(s.slice(from, from + 41))![0]] as [number, string];
      });
      const full = new Map<string, number>(); // the full name → where it starts
      for (const [from, obj] of objects) {
        const name = obj.endsWith(`${bare}”`) && obj.startsWith("“") ? obj : obj.endsWith(bare) ? obj : null;
        if (!name || name.length < bare.length + 2 || name.length > 40) continue;
        // (Not a count or a description before the head, "一场特殊的宣讲", nor two events, "健行、…大会".)
        if (/在|于|举行|举办|召开|、/.test(name) || ONE_OR_MANY.test(name)) continue;
        full.set(text.slice(from, from + name.length), from);
      }
      const [only, ...more] = full;
      if (!only || more.length > 0) continue;
      const [name, at] = only;
      if (this.events.some((e) => e !== ev && e.name === name)) continue;
      ev.name = name;
      ev.evidence = this.eventSpan(at, name.length, "event.body-name");
    }
  }

  /** Events the body leaves unnamed or without organisers, from the headline and orphan clauses. */
  private fillFromContext(): void {
    // The headline only matters when the body names no event, or one without organisers.
    const one = this.events.length === 1 ? this.events[0]! : null;
    const needHead =
      this.events.length === 0 ||
      (one !== null && !this.organizers.some((o) => o.eventAt === one.at || o.eventAt === null));
    const head = needHead ? this.readHeadline() : null;
    if (this.events.length === 0 && this.campaigns.length === 0 && head) {
      // The body never names its event: the headline's event is the article's event.
      this.events.push(...head.events);
      this.venues.push(...head.venues);
      this.organizers.push(...head.organizers);
      this.orphans.push(...head.orphans);
      this.campaigns.push(...head.campaigns);
    } else if (head) {
      const named = head.events[0];
      for (const o of head.organizers)
        if (o.eventAt === named?.at) this.orphans.push({ at: o.at, org: o.org });
      this.orphans.push(...head.orphans);
    }
    // (A campaign alone is no event: the real gold never names one; see CAMPAIGN_EVENT.)
    // Organisers named apart from the event (in the headline, or of the campaign it belongs to)
    // organise the article's one event.
    if (this.events.length === 1 && this.orphans.length > 0) {
      const ev = this.events[0]!;
      if (!this.organizers.some((o) => o.eventAt === ev.at || o.eventAt === null))
        for (const o of this.orphans)
          this.organizers.push({
            ...o,
            org: { ...o.org, evidence: { ...o.org.evidence, rule: "event.orphan-org" } },
            eventAt: ev.at,
          });
    }
  }

  /** The organiser printed at [at, end) (its type read from `typed`), for the event at `eventAt`. */
  private addOrganizer(
    at: number,
    end: number,
    eventAt: number | null,
    rule: string,
    typed: OrgType,
    role: OrganizerRole | null = null,
  ): void {
    const s = this.ctx.s;
    const span = this.orgSpan(at, end);
    if (!span) return;
    // (A name cut out of longer words must read as an organisation on its own.)
    if (span[0] !== at) {
      const tail = s.slice(span[0], span[1]);
      if (isListedOrg(bareOrg(tail)))
        this.addOrganizer(span[0], span[1], eventAt, rule, orgTypeOf(tail), role);
      return;
    }
    const pair = partners(s, at, end);
    if (pair) {
      for (const [a, b] of pair) this.addOrganizer(a, b, eventAt, rule, orgTypeOf(s.slice(a, b)), role);
      return;
    }
    this.organizers.push({
      at,
      org: {
        org: this.ctx.text.slice(at, end),
        orgType: typed,
        role,
        evidence: spanAt(this.ctx, at, end, rule),
      },
      eventAt,
    });
  }

  /**
   * Where an organiser's name lies in [a, b): after the last space or 丨 of a headline, or the
   * question mark or closing quote of a question, read with it ("劳动有福 劳动造福丨某市总工会",
   * "…起来?”由某工会"), after a leading 由; null for every body of a class (各…) or words that are
   * no name (a verb: 彰显了工会).
   */
  private orgSpan(a: number, b: number): [number, number] | null {
    const s = this.ctx.s;
    let x = a;
    for (let i = b - 1; i > a; i--)
      if (ORG_BREAK.has(s[i]!) || (s[i] === "”" && s[i + 1] === "由")) {
        // (Not where the words after the break hold a site: "…”颁奖典礼在某剧院".)
        if (!s.slice(i + 1, b).includes("在")) x = i + 1;
        break;
      }
    if (s[x] === "由") x++;
    const t = s.slice(x, b);
    if (x >= b || EVERY_BODY.test(t) || NOT_ORG_WORDS.test(t)) return null;
    return [x, b];
  }

  /** The event a venue or organiser found at `at` belongs to (the one named, when named). */
  private target(at: number, eventAt: number | null): FoundEvent | null | undefined {
    return eventAt !== null ? this.events.find((e) => e.at === eventAt) : this.eventFor(at);
  }

  /** Attaches the collected venues, organisers and themes; numbers the events e1, e2 …. */
  finish(): EventMention[] {
    this.fillFromContext();
    this.nameFromBody();
    this.nameFromHeadline();
    this.events.sort((a, b) => a.at - b.at);
    this.events.forEach((e, i) => {
      e.key = `e${i + 1}`;
    });
    for (const v of this.venues) {
      const ev = this.target(v.at, v.eventAt);
      if (ev && !ev.venues.some((x) => x.name === v.name))
        ev.venues.push({ name: v.name, evidence: v.evidence });
    }
    for (const ev of this.events) {
      // "走进高新区…，来到乐山市高新区管理委员会": the precise site replaces the area.
      ev.venues = ev.venues.filter(
        (v) => !ev.venues.some((w) => w.name.length > v.name.length && w.name.includes(v.name)),
      );
    }
    for (const o of this.organizers) {
      const ev = this.target(o.at, o.eventAt);
      if (!ev) continue;
      // "市总工会在某研究院举办…": the place cut off the organiser is where the event is held.
      const site = placeAfterOrganizer(o.org.org);
      if (site && ev.venues.length === 0)
        ev.venues.push({ name: site, evidence: { ...o.org.evidence, rule: "event.organizer-trim" } });
      for (const org of cleanOrganizer(o.org)) {
        const same = ev.organizers.find((x) => x.org === org.org);
        if (same) same.role ??= org.role;
        else ev.organizers.push(org);
      }
    }
    for (const ev of this.events) {
      // "教育部关工委" beside "教育部关心下一代工作委员会": the short form of an organiser named in
      // full is the same organiser (a prefix is not: "某市总工会" and its "某市总工会女职工部").
      if (ev.organizers.length > 1)
        ev.organizers = ev.organizers.filter((o) => !ev.organizers.some((l) => abbreviates(o.org, l.org)));
    }
    for (const at of this.schoolRefs) {
      const ev = this.eventFor(at);
      const school = ev?.organizers.find((o) => /(学校|学院|大学|中学|小学|技校)$/.test(o.org));
      if (ev && school && ev.venues.length === 0)
        ev.venues.push({ name: school.org, evidence: { ...school.evidence, rule: "event.school-ref" } });
    }
    for (const t of this.themes) {
      const ev = this.eventFor(t.at);
      if (ev && !ev.theme) ev.theme = t.theme;
    }
    for (const ev of this.events) {
      if (ev.organizers.length > 0) continue;
      // (Not from inside a quoted programme name: "“…——某市总工会‘大讲堂’”直播活动".)
      const m = /^([^“]{2,24}?(?:总工会|工会|委员会|协会|联合会))(?:系统)?/.exec(this.ctxNorm(ev));
      // ("庆祝某总工会成立100周年…大会", "某表彰大会暨某工会…会议": the body celebrated, or
      // another meeting's name, is no organiser.)
      if (m && isOrgName(m[1]!) && !/^庆祝|暨|大会|会议/.test(m[1]!)) {
        ev.organizers.push({
          org: ev.name.slice(0, m[1]!.length),
          orgType: orgTypeOf(m[1]!),
          role: null,
          evidence: { ...ev.evidence, rule: "event.name-org" },
        });
      }
    }
    return this.events.map(({ at: _at, ...e }) => e);
  }

  private ctxNorm(ev: FoundEvent): string {
    return this.ctx.s.slice(ev.at, ev.at + ev.name.length);
  }
}
