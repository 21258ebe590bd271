/**
 * Parses one printed honour ("全国劳模", "辽宁省五一劳动奖章获得者", "江西省青年岗位建功标兵")
 * into its canonical name, scope, level and category, or null when the words are no honour.
 */
import type { HonourLevel } from "../../model/types.ts";
import {
  AUTONOMOUS_REGIONS,
  CONTEST_HEADS,
  DEFAULT_LEVELS,
  HONOUR_HEAD_LIST,
  HONOUR_HEADS,
  MUNICIPALITIES,
  NATIONAL_BY_DEFAULT,
  NOT_HELD,
  PROVINCES,
  PROVINCIAL_BRANDS,
  WHOLE_TITLES,
} from "../lexicon/honours.ts";
import { byLastChar, suffixAt } from "../lexicon/units.ts";

export interface ParsedHonour {
  name: string;
  scope: string;
  level: HonourLevel | null;
  category: string;
  year: number | null;
}

/** Article context that can make a bare scope (省, 自治区) certain. */
export interface HonourContext {
  /** The one province named in the article ("湖南"), or null. */
  province: string | null;
  /** The one autonomous region named in the article (full name), or null. */
  region: string | null;
  /**
   * Titles the article prints with their issuer once and bare elsewhere ("高雄市模范劳工表扬活动…
   * 模范劳工X任职…"): the bare head word → the one scoped title (ARTICLE_SCOPED_HEADS only).
   */
  titles?: ReadonlyMap<string, ParsedHonour>;
}

/**
 * Titles every city issues for itself, printed bare after the article named the issuer once:
 * Taiwan's cities' 模范劳工 and 模范移工.
 */
export const ARTICLE_SCOPED_HEADS: readonly string[] = ["模范劳工", "模范移工"];

const NO_CONTEXT: HonourContext = { province: null, region: null };
/** Titles of the union, youth league and ministries that need an issuing scope (both lists below). */
const SCOPED_TITLES = [
  "能工巧匠",
  "优秀科技工作者",
  "优秀共青团员",
  "优秀教育工作者",
  "十佳农民",
  "优秀工会积极分子",
  "优秀工会之友",
  "模范职工之家",
  "模范职工小家",
  "先进基层党组织",
  "好青年",
  "创新争先奖",
  "新长征突击手",
  "新长征突击队",
  "模范退役军人",
  "名中医",
  "劳动英雄",
  "技术状元",
  "技术明星",
  "技能拔尖人才",
];

/** Generic titles that a printed year of award alone makes a title held. */
const YEAR_QUALIFIES: ReadonlySet<string> = new Set(["模范劳工", "劳动模范", "劳模", "先进工作者"]);

const GENERIC_HEADS = new Set([
  "杰出青年",
  "模范检察官",
  "模范法官",
  "英模",
  "绿色小康户",
  "劳模",
  "劳动模范",
  "劳模奖章",
  "劳动模范奖章",
  "工匠",
  "能手",
  "标兵",
  "红旗手",
  "先进工作者",
  "先进生产者",
  "劳动奖章",
  "奖章",
  "优秀共产党员",
  "优秀党务工作者",
  "优秀工会工作者",
  "优秀共青团干部",
  "优秀农民工",
  "优秀教师",
  "模范教师",
  "先进个人",
  "好人",
  "模范",
  "巾帼先锋",
  "先锋",
  "年度人物",
  "金牌工人",
  "工艺美术大师",
  "技能大师",
  "技术大奖",
  "特殊津贴",
  "楷模",
  "五一奖章",
  "特模",
  "十大人物",
  "进步模范个人",
  "优秀企业家",
  "杰出农民工",
  "优秀援疆干部",
  "模范劳工",
  "优秀移工",
  "好医生",
  "好护士",
  ...SCOPED_TITLES,
]);
const INDUSTRY_END = /(系统|行业|战线|产业)$/;
/** A whole prefix that names an industry ("国防科技工业系统"), a scope without a place. */
const INDUSTRY_SCOPE = /^(?!.*(?:全国|中国|中华|[是为了的在把被将从]))[\p{Script=Han}]{2,8}(?:系统|行业)$/u;
const INDUSTRY_START =
  /^(铁路|交通|邮政|电力|民航|煤炭|石油|石化|水利|教育|卫生|金融|机械|冶金|建设|建筑|农业|林业|纺织|化工|能源|电子|信息|通信|航空|航天|船舶|兵器|核工业|住房|海员|公路|水运|轻工|商贸|财贸|国防)/;
const TRAIL =
  /(国家荣誉称号|荣誉称号|光荣称号|称号获得者|称号|获得者|荣誉|殊荣|桂冠|表彰|(?<=好人)榜|(?<=特殊津贴)(?:专家|待遇|人员))$/;
const LEAD =
  /^(?:以|又|还|也|曾|刚|已|均|都|是|系(?![统列])|作为|会上|会中|席间|现场|向(?=“)|(?:今年|去年|前年|此次|这次|本次|同年|当年)(?=[荣获被当入喜]))*(荣获|喜获|斩获|摘得|捧得|荣登|获得了?|获评为|获评|获选为|获选|获颁|获授|颁授|颁|被[^，。；、“”]{0,12}?(?:授予|追授|评为|命名为|认定为|表彰为|选树为|评选为)|追授|入选为|入选|当选为|当选|荣膺|首届|曾获|获|享受|成为了?)?/;
/** The issuer's place, then the year of award: "高雄市110年度模范劳工" (indices: place, year, era year). */
const PLACE_YEAR = /^([\p{Script=Han}]{1,5}(?:市|县|省))(?:(\d{4})年度?|(\d{2,3})年度?)(?=[\p{Script=Han}])/u;
/**
 * Where the holder lives, before a national or provincial title: "万州区2020年全国先进工作者",
 * "台南市103年全国模范劳工", "青云谱区省劳动模范".
 */
const PLACE_BEFORE_NATIONAL =
  /^[\p{Script=Han}]{2,6}?[省市县区](?=(?:(?:\d{4}|\d{2,3})年度?)?全国)|^[\p{Script=Han}]{2,6}?[市县区](?=省(?!会)|全[省市州])/u;
/** A sentence's words that never open a title (see parseTitle; the last one counts). */
const SENTENCE_LEAD =
  /由|来自|拥有|宣读|历届|余件|[▲△■□●◆◇★☆]|[向为给对](?=(?:中华)?全国|中国|[省市县区](?:劳动模范|劳模|五一|先进|三八|技术能手|工匠))/g;
/** A character every SENTENCE_LEAD match holds (a cheap test first). */
const SENTENCE_LEAD_CUE = /[由来拥宣历余▲△■□●◆◇★☆向为给对]/;

/** Where the last match of a global regex ends in `t` (0 when none). */
function lastMatchEnd(re: RegExp, t: string): number {
  let end = 0;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) end = m.index + m[0].length;
  return end;
}
/**
 * Words of the sentence a title span may start with: "随后省劳模X", "有时代楷模X" (a list of
 * the kinds present), "走进大国工匠X的工作室", "X同志为某县金牌工人", "另一位模范劳工X",
 * "印尼籍模范劳工X". (有 before 突出/重大/特殊 opens titles of its own: "有突出贡献的专家".)
 */
const CONNECTIVE =
  /^(?:[\p{Script=Han}]{1,3}籍(?=模范)|另一位|另一名|另外一位|又一位|随后|随即|接着|然后|走进|走近|来到|(?:同志)?为|[也还另]?有(?![突重特]))/u;
/**
 * A regional issuer printed before a year or a quoted title: "远江市总工会2023年“…”",
 * "青川省妇联“…”". National issuers (ISSUER) are scopes of their own and stay.
 */
const REGIONAL_ISSUER = /^([\p{Script=Han}]{2,12}?)(?:总工会|工会|人民政府|政府|妇联|团委)(?=\d{4}年|[“"])/u;
/**
 * False when REGIONAL_ISSUER cannot match `t`: each of its issuer words contains 工会, 政府, 妇联
 * or 团委 (a substring test instead of the lazy scan with six alternatives at every length).
 */
function mayHoldRegionalIssuer(t: string): boolean {
  return t.includes("工会") || t.includes("政府") || t.includes("妇联") || t.includes("团委");
}
/** The place word that ends an issuer's place ("远江市" → "远江"). */
const PLACE_TAIL = /(?:壮族|回族|维吾尔)?(?:自治区|省|市|县|区|州|盟|旗)$/;
/** Heads that also name a post at a unit ("某厂电气技能大师"). */
const POST_LIKE_HEADS = /技能大师|能手|首席技师|工匠/;
/**
 * A unit chain inside an enterprise prefix ("某公司轧钢厂机电维修技能大师"): the words name a
 * post at a unit, not an honour the company awards.
 */
const UNIT_CHAIN =
  /[\p{Script=Han}]{2}(?:分公司|子公司|分厂|厂|车间|工段|段|项目部|工区|班组|站|所|队|中心|矿|部|处)(?![理置于])/u;
/** An edition before the title: "第五届", "十四届", "首批", "第一批". */
const EDITION = /^(?:第?[一二三四五六七八九十百\d]+(?:届|批)|首批)/;
/** Central state enterprises (and the group of them) that name their own model workers. */
const ENTERPRISE_BRAND =
  /^(?:中央企业|中国石化|中国石油|中国海油|中国移动|中国电信|中国联通|中国邮政|中国建筑|中国中铁|中国铁建|中国电建|中国能建|中国中车|中国商飞|中国航天|中国兵器|中国华能|中国大唐|中国华电|国家电网|南方电网|国家能源集团|中国宝武)/;
/** An issuing organisation before the title: "中华全国铁路总工会", "全国妇联", "团中央". */
const ISSUER = /^(?:中华全国[\p{Script=Han}]{0,6}?总工会|全国总工会|全国妇联|共青团中央|团中央|国务院)/u;
/** Heads that need a real issuing scope before them (a bare "劳模" or "X与劳模" is no honour). */
const SCOPED_HEADS = new Set([
  "绿色小康户",
  "五一奖章",
  "劳模",
  "劳动模范",
  "劳模奖章",
  "劳动模范奖章",
  "先进工作者",
  "五一劳动奖章",
  "劳动奖章",
  "先进个人",
  "优秀共产党员",
  "优秀党务工作者",
  "优秀工会工作者",
  "优秀教师",
  ...SCOPED_TITLES,
]);
/** Short heads written out in the canonical name. */
const CANONICAL_HEAD: ReadonlyMap<string, string> = new Map([
  ["劳模", "劳动模范"],
  ["劳动模范奖章", "劳动模范"],
  ["劳模奖章", "劳动模范"],
  ["五一奖章", "五一劳动奖章"],
  ["特模", "特等劳动模范"],
]);
/** Job titles that are honours only when a region issues them (浙江省首席技师, not 某公司首席技师). */
const JOB_LIKE_HEADS = new Set(["首席技师"]);
/**
 * A year before the title: "2016年度", "2016年", a range "2021—2022年度" (its last year), or a
 * Taiwan era year "105年度" (1911 + n).
 */
const YEAR = /^(?:\d{4}[—–\-~～至])?(\d{4})(?:年度|年)?|^(\d{2,3})(?:年度|年(?=全国))/;
/** A dot inside 五一 or 三八 ("五·一劳动奖章"). */
const FESTIVAL_DOT = /([五三])[·・•．]([一八])/g;
/** Pinyin glosses some pages print after characters ("劳动(dòng)模范"): no part of a title. */
const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;
/** "全市", "全省": the whole place that issues the title, named no further. */
const WHOLE_PLACE = /^全(?:市|省|县|区)/;
/** Verbs of training and making ("培育新时代大国工匠"): a goal, not a title held. */
const GOAL_VERB = /培育|培养|打造|造就|锻造/;
const PROVINCE_RE = new RegExp(`^(${PROVINCES.join("|")})(省)?`);
const MUNI_RE = new RegExp(`^(${MUNICIPALITIES.join("|")})(市)?`);
const REGION_RE = new RegExp(`^(${[...AUTONOMOUS_REGIONS.keys()].join("|")})((?:壮族|回族|维吾尔)?自治区)?`);
/** A special administrative region as the issuer ("香港特区政府", "澳门特别行政区"): a province's level. */
const SAR_RE = /^(?:中国)?(?:香港|澳门)(?:特别行政区|特区)?/;

/** A provincial brand before 工匠 or 首席技师, also with 大 ("齐鲁大工匠", "中原大工匠"). */
function isProvincialBrand(prefix: string): boolean {
  return (
    PROVINCIAL_BRANDS.has(prefix) || (prefix.endsWith("大") && PROVINCIAL_BRANDS.has(prefix.slice(0, -1)))
  );
}

interface Scope {
  scope: string;
  level: HonourLevel | null;
  rest: string;
}

function scopeOf(prefix: string, head: string, ctx: HonourContext): Scope {
  const issuer = ISSUER.exec(prefix);
  if (issuer) {
    const rest = prefix.slice(issuer[0].length);
    const industry = issuer[0].length > 7 && issuer[0].startsWith("中华全国");
    return { scope: issuer[0], level: industry ? "industry" : "national", rest };
  }
  // Central state enterprises award their own titles ("中央企业劳动模范", "中国石化劳动模范").
  const brand = ENTERPRISE_BRAND.exec(prefix);
  if (brand) return { scope: brand[0], level: "enterprise", rest: prefix.slice(brand[0].length) };
  if (prefix.startsWith("全国")) {
    const rest = prefix.slice(2);
    if (rest && (INDUSTRY_END.test(rest) || INDUSTRY_START.test(rest)))
      return { scope: prefix, level: "industry", rest: "" };
    return { scope: "全国", level: "national", rest };
  }
  // "省部级劳动模范", "部级劳动模范": a level (province or ministry), no place; kept as printed.
  const ministry = /^省?部级/.exec(prefix);
  if (ministry)
    return {
      scope: ministry[0],
      level: ministry[0] === "部级" ? "industry" : "provincial",
      rest: prefix.slice(ministry[0].length),
    };
  let m = SAR_RE.exec(prefix);
  if (m) return { scope: m[0], level: "provincial", rest: prefix.slice(m[0].length).replace(/^政府/, "") };
  m = MUNI_RE.exec(prefix);
  if (m) return { scope: m[0], level: "provincial", rest: prefix.slice(m[0].length) };
  m = REGION_RE.exec(prefix);
  if (m) return { scope: m[0], level: "provincial", rest: prefix.slice(m[0].length) };
  m = PROVINCE_RE.exec(prefix);
  if (m && !(head === "工匠" && !m[2])) {
    const lvl = m[2] && prefix[m[0].length] === "级" ? 1 : 0;
    return { scope: m[0], level: "provincial", rest: prefix.slice(m[0].length + lvl) };
  }
  // A province outside the list (a fictional or mistyped one): any two- or three-character 省.
  m = /^[\p{Script=Han}]{2,3}省(?!会)/u.exec(prefix);
  if (m) return { scope: m[0], level: "provincial", rest: prefix.slice(m[0].length).replace(/^级/, "") };
  m = /^省级?/.exec(prefix);
  if (m)
    return {
      scope: ctx.province ? `${ctx.province}省` : "省",
      level: "provincial",
      rest: prefix.slice(m[0].length),
    };
  m = /^自治区级?/.exec(prefix);
  if (m) return { scope: ctx.region ?? m[0], level: "provincial", rest: prefix.slice(m[0].length) };
  m = /^(市|州|区|县)级?/.exec(prefix);
  if (m)
    return {
      scope: m[0],
      level: m[1] === "市" || m[1] === "州" ? "municipal" : "district",
      rest: prefix.slice(m[0].length),
    };
  m = /^([\p{Script=Han}]{1,6}?(?:市|州|盟|地区))(级)?/u.exec(prefix);
  // "某集团市场营销能手": a company before 市场 is no city.
  if (m && /集团|公司/.test(m[1]!)) m = null;
  if (m) return { scope: m[1]!, level: "municipal", rest: prefix.slice(m[0].length) };
  m = /^([\p{Script=Han}]{1,6}?(?:区|县|旗))(级)?/u.exec(prefix);
  if (m) return { scope: m[1]!, level: "district", rest: prefix.slice(m[0].length) };
  // "厂劳动模范", "公司级劳模": the employer's own title.
  m = /^(厂|公司|集团)(级)?/.exec(prefix);
  if (m) return { scope: m[1]!, level: "enterprise", rest: prefix.slice(m[0].length) };
  m = /^[\p{Script=Han}]{2,12}?(集团|公司)/u.exec(prefix);
  if (m) return { scope: m[0], level: "enterprise", rest: prefix.slice(m[0].length) };
  // "兖矿能源劳动模范", "某某煤业劳模": a company's short name by its trade, the whole prefix.
  m = /^[\p{Script=Han}]{2,4}(?:能源|煤业|矿业|电力|钢铁|石化)$/u.exec(prefix);
  if (m) return { scope: m[0], level: "enterprise", rest: "" };
  if ((head === "工匠" || JOB_LIKE_HEADS.has(head)) && isProvincialBrand(prefix))
    return { scope: "", level: "provincial", rest: prefix };
  // A bare two-character place before a labour-model title (嘉兴劳模): a city.
  // Function words and verbs are no place ("要把劳模的干劲…" is no honour).
  if (
    /^[\p{Script=Han}]{2}$/u.test(prefix) &&
    !/[把被将要让对向给和与的了在从是为使请这那些该其各每有]/u.test(prefix) &&
    /劳模|劳动模范|先进工作者|劳动奖章/.test(head)
  )
    return { scope: prefix, level: "municipal", rest: "" };
  // "国防科技工业系统劳动模范", "邮政行业技术能手": an industry's own title, no place printed.
  if (INDUSTRY_SCOPE.test(prefix)) return { scope: prefix, level: "industry", rest: "" };
  return {
    scope: "",
    level:
      DEFAULT_LEVELS.get(HONOUR_HEADS.get(head) ?? head) ??
      (/^(?:大国工匠|中国|中华)/.test(prefix) ? "national" : null),
    rest: prefix,
  };
}

/** Parses a printed honour; null when it is not one (or is not held, e.g. a nomination). */
export function parseHonour(printed: string, ctx: HonourContext = NO_CONTEXT): ParsedHonour | null {
  // "“某某最美劳动者”提名奖": an award of its own (a nominee's prize), unlike a nomination (提名人选).
  const prize = NOMINEE_PRIZE.exec(printed);
  if (prize) {
    const title = parseTitle(printed.slice(0, prize.index), ctx);
    return title && !CONTEST_HEADS.has(title.category) ? { ...title, name: `${title.name}提名奖` } : null;
  }
  return parseTitle(printed, ctx);
}

/** The honour words that open a calling's title. */
const CALLING_LEADS = ["优秀", "模范", "杰出", "十佳", "十大"];
/** Words every title of CALLING_TITLE holds (what a cheap scan for honours must look for). */
export const CALLING_CUES: readonly string[] = [...CALLING_LEADS, "满意", "带头人"];
/**
 * A title of a calling printed without a lexicon head: an honour word, then the people of one
 * calling ("全国优秀人民警察", "某省优秀社区民警", "全国优秀环卫工人", "人民满意公务员",
 * "某市十大工人发明家", "某市职业技能带头人"). Held only with an issuing scope (parseTitle).
 */
const CALLING_TITLE = new RegExp(
  `(?:(?:${CALLING_LEADS.join("|")})[\\p{Script=Han}]{0,4}?(?:人民警察|民警|警察|法官|检察官|公务员|环卫工人|工人发明家|发明家|教师|医生|医师|护士|乡村医生|村医|辅导员|工程师|律师|记者|志愿者|快递员|农民工|职工|班组长|班主任|校长)|人民最?满意的?公务员|(?:职业)?技能带头人)$`,
  "u",
);

/** "感动某矿人物": 感动 and the company or place the figure moved, then 人物. */
const MOVED_FIGURE = /^感动[\p{Script=Han}]{2,6}?人物$/u;

/** A nominee's prize after a title ("…提名奖", "…提名奖获得者"). */
const NOMINEE_PRIZE = /[”"]?提名奖(?:获得者)?$/;

/** A count of holders or a verb of choosing inside a title's words. */
const COUNT_OR_CHOICE =
  /\d+[名位人]|[一二三四五六七八九十两百]+[名位]|[评选推]出|共有|慰问|走访|看望|邀请|采访|会见|颁发/;
/** Award verbs inside a prefix (the scope search starts after the last one). */
const AWARD_IN_PREFIX = /获评为?|荣获|获得|被评为|评为|当选为?|授予|荣膺/g;
/** A character every AWARD_IN_PREFIX match holds. */
const AWARD_CUE = /[获评选授膺]/;

/** The honour heads by last character, longest first. */
const HEAD_BY_LAST = byLastChar(HONOUR_HEAD_LIST);

function parseTitle(printed: string, ctx: HonourContext): ParsedHonour | null {
  let issuerPlace = "";
  let text = printed;
  if (/[“"]|\d{4}年/.test(text)) {
    const lead = text.replace(/\s/g, "").replace(LEAD, "");
    const issuer = ISSUER.test(lead) || !mayHoldRegionalIssuer(lead) ? null : REGIONAL_ISSUER.exec(lead);
    if (issuer) {
      issuerPlace = issuer[1]!;
      text = lead.slice(issuer[0].length);
    }
  }
  let t = text
    .replace(PINYIN, "")
    .replace(/[“”‘’"'\s]/g, "")
    // "五·一劳动奖章", "三·八红旗手": the festival's date printed with a dot.
    .replace(FESTIVAL_DOT, "$1$2")
    // "……全国交通技术能手": the end of a quotation before the title.
    .replace(/^[…—–\-·.!！?？]+/, "");
  // "从金牌工人到…": where a career started, not a title held.
  if (t.startsWith("从")) return null;
  // "80余件由龙江工匠…", "来自军工行业四川工匠", "宣读云岭工匠", "▲灵山工匠": the sentence's words
  // before the title (a preposition, a verb of reading or having, a caption's mark) are cut.
  if (SENTENCE_LEAD_CUE.test(t)) t = t.slice(lastMatchEnd(SENTENCE_LEAD, t));
  t = t.replace(CONNECTIVE, "").replace(PLACE_BEFORE_NATIONAL, "").replace(LEAD, "");
  // "我区广西工匠", "我市劳动模范": the writer's own place before a title names no issuer of its own.
  if (/^我(?:省|市|区|县|州)(?=[\p{Script=Han}“]{3})/u.test(t) && !GENERIC_HEADS.has(t.slice(2)))
    t = t.slice(2);
  // "感动兖矿人物", "“感动远江”人物": the touching-figure title of a company or a place (the
  // 年度人物 family: 感动中国年度人物), held as printed.
  if (MOVED_FIGURE.test(t)) return { name: t, scope: "", level: null, category: "年度人物", year: null };
  let year: number | null = null;
  const y = YEAR.exec(t);
  if (y) {
    year = y[1] ? Number(y[1]) : Number(y[2]) + 1911;
    t = t.slice(y[0].length).replace(LEAD, "");
  }
  // "高雄市110年度模范劳工": the year of award between the issuer's place and the title.
  const mid = year === null ? PLACE_YEAR.exec(t) : null;
  if (mid) {
    year = mid[2] ? Number(mid[2]) : Number(mid[3]) + 1911;
    t = mid[1]! + t.slice(mid[0].length);
  }
  t = t.replace(EDITION, "");
  for (let i = 0; i < 2; i++) t = t.replace(TRAIL, "");
  // "某省十大工匠（某省大工匠）": the other name in brackets after the title (or its opening only,
  // where a range ended inside it) is no part of it.
  t = t.replace(/[（(][^（）()]{1,12}[）)]?$/, "");
  // "全市健康卫士楷模": the whole city's title, its city unnamed; a bare head keeps the level (市劳动模范).
  const whole = WHOLE_PLACE.exec(t);
  if (whole) t = GENERIC_HEADS.has(t.slice(whole[0].length)) ? t.slice(1) : t.slice(whole[0].length);
  // The issuer's place scopes the title unless the title names the place itself.
  if (issuerPlace && !t.startsWith(issuerPlace.replace(PLACE_TAIL, "") || issuerPlace)) t = issuerPlace + t;
  // "国防科技工业系统的劳动模范": 的 after an industry joins it to its title.
  t = t.replace(/(系统|行业)的(?=[\p{Script=Han}]{2,8}$)/u, "$1");
  if (t.length < 2 || t.length > 24 || NOT_HELD.test(t) || /[的，。；：、]/.test(t)) return null;
  // (The longest head t ends with, as the list's first match, longest first, was.)
  let head = suffixAt(t, HEAD_BY_LAST);
  let category: string;
  let calling = false;
  if (head) category = HONOUR_HEADS.get(head)!;
  else {
    // "最美职工", "最美奋斗者", "最美新就业形态劳动者".
    const m = /最美[\p{Script=Han}]{1,8}$/u.exec(t) ?? CALLING_TITLE.exec(t);
    if (!m) return null;
    // "“最美快递员”受到表彰": the words after the closing quote are the sentence's, not the title's.
    const close = printed.lastIndexOf("”");
    if (close >= 0 && printed.slice(close + 1).replace(TRAIL, "").length > 0) return null;
    calling = !m[0].startsWith("最美");
    head = m[0];
    category = m[0];
  }
  let prefix = t.slice(0, t.length - head.length);
  // "720名先进个人火车头奖章": the recipients' noun before the title is no part of it.
  const recipients = /^(?:先进|优秀)个人/.exec(prefix);
  if (recipients && head !== "先进个人") {
    prefix = prefix.slice(recipients[0].length);
    t = t.slice(recipients[0].length);
    if (!prefix && SCOPED_HEADS.has(head)) return null;
  }
  // "该工作室以大国工匠…": a subject and a preposition before the title are not part of it.
  // "报告了省…", "组建了由全国…": a verb phrase before the scope is cut at its last function word.
  // "宣讲团成员中有全国…", "其中还有省…": a roster's verb before the first title.
  const clause =
    /^[\p{Script=Han}]{2,}?(?:以|把|被|将|从|是)/u.exec(prefix) ??
    /^[\p{Script=Han}]+(?:了|由)/u.exec(prefix) ??
    /^[\p{Script=Han}]+?(?:中|还|也|另)有/u.exec(prefix);
  if (clause && !/^(?:全国|中华|中国)/.test(prefix)) {
    prefix = prefix.slice(clause[0].length).replace(/^(?:授予|评为|命名为)/, "");
    t = prefix + head;
  }
  // "105年度模范劳工", "2016年度劳动模范": the year of the award makes a generic title one held
  // (its issuer unprinted: no scope, no level).
  if (!prefix && GENERIC_HEADS.has(head) && !(year !== null && YEAR_QUALIFIES.has(head)))
    return ctx.titles?.get(head) ?? null;
  // "培育新时代大国工匠", "拉着劳模", "挂着“某某”奖章": a goal or an action, not a title held.
  if (GOAL_VERB.test(prefix) || prefix.includes("着")) return null;
  // "良好人文环境", "美好人生": 好人 inside a word.
  if (head === "好人" && /[良美友和]$/.test(prefix)) return null;
  const contest = CONTEST_HEADS.has(head);
  // "获得冠军", "夺得金牌": a result without its contest is no honour.
  if (contest && !/赛/.test(prefix)) return null;
  // "大国工匠年度人物" is a title of its own; elsewhere 工匠 before the head means a description.
  if (/劳模|劳动模范|代表$|精神|事迹|宣讲/.test(prefix) || (/工匠$/.test(prefix) && head !== "年度人物"))
    return null;
  let s = scopeOf(prefix, head, ctx);
  // "某省第一位大国工匠", "某市首位…": the holder's rank in the place; a national title stays national.
  const rank = /^(?:第[一二三四五六七八九十\d]+位|首位)/.exec(s.rest);
  if (rank) {
    const rest = s.rest.slice(rank[0].length);
    s =
      !rest && NATIONAL_BY_DEFAULT.has(category)
        ? { scope: "", level: "national", rest: "" }
        : { ...s, rest };
  }
  // "某某县中国工艺美术大师": the place says where the holder lives; the title is national.
  if (s.scope && /^(中国|中华|全国)/.test(s.rest)) s = scopeOf(s.rest, head, ctx);
  if ((s.level === "enterprise" || (!s.scope && POST_LIKE_HEADS.test(head))) && UNIT_CHAIN.test(s.rest))
    return null;
  // "某电机集团有限公司首席技能大师": a company's full name or a 首席 before a post-like head is a
  // post held there, not a title ("中国石化操作技能大师", a central enterprise's own, stays).
  if (s.level === "enterprise" && POST_LIKE_HEADS.test(head) && /首席$|有限|股份/.test(s.rest)) return null;
  if (SCOPED_HEADS.has(head) && !s.scope && prefix) {
    // Words swallowed before the scope ("活动特邀了全国劳模"): start at the first real scope.
    // After a verb, a list closed by 等 ("揭晓了A等2019年度全国…") names the holders: the
    // words are a sentence about them, not a title of the verb's subject.
    s = { scope: "", level: null, rest: prefix };
    const listAfterVerb = clause !== null && prefix.includes("等");
    // "共有10人获评某省…": the scope starts after the award verb, never inside it (评某省).
    const afterVerb = AWARD_CUE.test(prefix) ? lastMatchEnd(AWARD_IN_PREFIX, prefix) : 0;
    for (let i = Math.max(1, afterVerb); i < prefix.length && !listAfterVerb; i++) {
      const t2 = scopeOf(prefix.slice(i), head, ctx);
      if (
        t2.scope &&
        t2.rest === "" &&
        (t2.level !== "municipal" || /^(全国|.{1,5}[省市区县州盟旗])/.test(prefix.slice(i)))
      ) {
        s = t2;
        break;
      }
    }
    if (!s.scope) return null;
  }
  // A calling's title is held only from an issuer: "全国优秀人民警察", not "优秀人民警察".
  if (calling && (!s.scope || s.level === "enterprise" || s.rest)) return null;
  const branded = !s.scope && s.level === "provincial" && isProvincialBrand(s.rest);
  // "某市春城首席技师": a city's own brand (two or three characters) between the place and the title.
  const cityBrand =
    (s.level === "municipal" || s.level === "provincial") &&
    /^[\p{Script=Han}]{2,3}$/u.test(s.rest) &&
    !/(?:公司|集团|厂|局|院|所|站|队|处|部|矿|段|中心|学校)$/.test(s.rest);
  // A region's industry may name its own ("某省机械行业首席技师").
  if (
    JOB_LIKE_HEADS.has(head) &&
    !branded &&
    !cityBrand &&
    (!s.scope || s.level === "enterprise" || (s.rest && !INDUSTRY_END.test(s.rest)))
  )
    return null;
  // A whole title ("荣誉勋章") takes a scope and its own grades only: "一枚荣誉勋章" is no title.
  const qualifier = WHOLE_TITLES.get(head);
  if (qualifier !== undefined && s.rest && !qualifier?.test(s.rest)) return null;
  // "省、市、县三级劳模": the count of levels is no part of the title (县劳动模范).
  if (/^[两三四五]级$/.test(s.rest) && /劳动模范|劳模/.test(head)) s = { ...s, rest: "" };
  // "西安市首批五一劳动奖章": the edition between the place and the title is no part of it.
  const middle = s.scope && EDITION.test(s.rest) ? s.rest.replace(EDITION, "") : s.rest;
  if (middle.length > (contest ? 20 : 10)) return null;
  // "本次共评出10名最美快递员", "走访慰问某地最美农民工": a count of holders, the verb that chose or
  // visited them are no part of a title.
  if (COUNT_OR_CHOICE.test(middle)) return null;
  const canonicalHead = CANONICAL_HEAD.get(head) ?? head;
  return { name: `${s.scope}${middle}${canonicalHead}`, scope: s.scope, level: s.level, category, year };
}

/** Joins between quoted titles (、 is split before): "“A”“B”", "“A”和“B”", "“A”及“B”". */
const QUOTED_JOIN = /^”(?:和|及|与|以及)?“/;

/**
 * Splits [from, to) of `s` between quoted titles ("“A”“B”和“C”获得者" → “A”, “B”, 和“C”获得者).
 * Each piece but the first starts at its connector, which the caller drops.
 */
export function splitQuotedTitles(s: string, from: number, to: number): [number, number][] {
  // Most ranges hold no closing quote: test the range alone (s may be a whole article).
  if (!s.slice(from, to - 1).includes("”")) return [[from, to]];
  const pieces: [number, number][] = [];
  let start = from;
  for (let i = s.indexOf("”", from); i >= 0 && i < to - 1; i = s.indexOf("”", i + 1)) {
    const m = QUOTED_JOIN.exec(s.slice(i, Math.min(to, i + 4)));
    if (!m) continue;
    pieces.push([start, i + 1]);
    start = i + 1;
  }
  pieces.push([start, to]);
  return pieces;
}
