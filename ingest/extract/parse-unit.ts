/**
 * Parses "unit + job title" strings ("某某公司客服中心社区经理", "县公安局副局长", "远江建投集团")
 * into an organisation (the whole unit chain) and a job title, and guesses an org type.
 */
import type { OrgType } from "../../model/types.ts";
import { JOB_TITLE_BY_LAST, ORG_SUFFIX_BY_LAST, suffixAt } from "../lexicon/units.ts";
import { memoiseString } from "../text/memoise-pure.ts";
import { jieba } from "./jieba-bounds.ts";

export interface ParsedUnit {
  org: string | null;
  jobTitle: string | null;
}

/** Industry words that end a name only when no proper unit suffix comes before them. */
const WEAK_SUFFIXES = "电力|供电|燃气|热力|化工|钢铁|重工|石化|电机|船舶|工业|铁路|物流|邮政|医".split("|");

/**
 * The weak suffix `t` ends with at `e`, if any (what /(电力|…|医)$/ matched in t.slice(0, e): no
 * word of the list ends another, so at most one fits, and endsWith reads only the end, where the
 * end-anchored regex tried every start).
 */
function weakSuffixAt(t: string, e: number): string | undefined {
  return WEAK_SUFFIXES.find((w) => t.endsWith(w, e));
}
const STRONG_SUFFIX = /(公司|集团|厂|车间|段|局|院|中心|站|所|队|部)/;
/** The last three characters of a numbered school's short name ("城一中"; not "第一中"). */
const SCHOOL_NUMBER = /^[\p{Script=Han}](?<![第其之])[一二三四五六七八九十]中$/u;
/** 中, the last character of every SCHOOL_NUMBER match (a cheap test before the regex). */
const ZHONG = 0x4e2d;

/** End of the last organisation suffix in `t` (0 when none). */
function lastOrgEnd(t: string): number {
  for (let e = t.length; e >= 2; e--) if (orgEndsAt(t, e)) return e;
  return 0;
}

/**
 * True when an organisation suffix of `t` ends at `e` (lastOrgEnd's test at each end, from the
 * last one back: so lastOrgEnd(t) === t.length exactly when orgEndsAt(t, t.length), and a name
 * that must end with its suffix is settled without looking further back).
 */
function orgEndsAt(t: string, e: number): boolean {
  // "某县一中", "某市二中": a numbered middle school by its short name.
  if (
    e >= 4 &&
    t.charCodeAt(e - 1) === ZHONG &&
    SCHOOL_NUMBER.test(t.slice(e - 3, e)) &&
    !/[一二三四五六七八九十]/.test(t[e - 4]!)
  )
    return true;
  const suf = suffixAt(t, ORG_SUFFIX_BY_LAST, e);
  if (!suf || e - suf.length < 1) return false;
  const w = weakSuffixAt(t, e);
  if (w && STRONG_SUFFIX.test(t.slice(0, e - w.length))) return false;
  // A hospital department ("…医院外科", "…卫生服务中心全科"): the hospital is the organisation.
  if (suf === "科" && /(?:院|中心)[\p{Script=Han}]{1,3}科$/u.test(t.slice(0, e))) return false;
  // "援疆干部", "村干部": a cadre, not a department.
  if (suf === "部" && t[e - 2] === "干") return false;
  // "3U8633航班": a flight, not a team of the airline.
  if (suf === "班" && t[e - 2] === "航") return false;
  // "动车组" is a train set a driver works on, not a team of the unit.
  if (suf === "组" && t.startsWith("动车", e - 3)) return false;
  return true;
}

/** True when jieba ends a word at `at` in `t`. */
function wordBoundaryAt(t: string, at: number): boolean {
  let pos = 0;
  for (const w of jieba().cut(t, true)) {
    pos += w.length;
    if (pos >= at) return pos === at;
  }
  return true;
}

const isOrgNameCached = memoiseString(orgName);

/** True when the whole string reads as an organisation name (3–48 characters). */
export function isOrgName(t: string): boolean {
  // Cheap tests before the cache: an organisation name ends with an organisation suffix.
  return (
    t.length >= 3 &&
    t.length <= 48 &&
    (ORG_SUFFIX_BY_LAST.has(t[t.length - 1]!) ||
      (t.charCodeAt(t.length - 1) === ZHONG && SCHOOL_NUMBER.test(t.slice(-3)))) &&
    isOrgNameCached(t)
  );
}

/** Ends no organisation name: a scene ("…现场") or an organiser's verb ("…主办"). */
const NOT_NAME_END = ["现场", "主办", "承办", "协办", "举办", "创办", "开办"];

function orgName(t: string): boolean {
  return (
    t.length >= 3 &&
    t.length <= 48 &&
    !/[，。；：、的]/.test(t) &&
    !NOT_NAME_END.some((w) => t.endsWith(w)) &&
    // A clause that starts with a preposition or verb ("到县职业教育中心开展…") is no name.
    !/^(到|在|赴|于|向|对|给|从|把|被|让|据|以|经|深入|邀请|组织|前往|授予|表彰|命名|慰问|看望|走访|祝贺)/.test(
      t,
    ) &&
    // Schooling is no employer ("毕业于某大学", "师从某研究院"); 就职于/工作于 are kept.
    !SCHOOLING.test(t) &&
    // "我院", "本厂", "该公司": a reference back, not a name.
    !/^(?:我|本|该)[\p{Script=Han}]{1,3}$/u.test(t) &&
    // (lastOrgEnd(t) === t.length: the test at the last end alone.)
    orgEndsAt(t, t.length)
  );
}

/** Verbs of holding a post at a unit: "(现)任职(于)某公司", "就职于某医院", "供职于某院". */
export const HOLDS_POST = "现?(?:任职|就职|供职)于?";
/** What stands before a unit and is no part of it: "来自", "现任", "任职于", "系", "原", "我是" …. */
const LEAD_WORDS = new RegExp(`^(我是|我叫|来自|现任|${HOLDS_POST}|任|系|是|据|原|现(?!代))`);
/** Schooling and training verbs before a school or institute. */
const SCHOOLING = /^(?:毕业|就读|求学|师从|出身|考入|进修)/;
/** Studio roles: the unit before "…工作室" employs the person ("某公司创新工作室领衔人"). */
const STUDIO_ROLE = /^(?:领衔人|负责人|主持人|带头人)$/;
const STUDIO_LEVEL = /^(?:国家级|省级|市级|区级|县级|全国|首批|示范性?)/;
/** A shop of a chain after its company ("某百货公司青松店"), only before a job title. */
const SHOP = /^[\p{Script=Han}]{2,10}?(?:分店|门店|店)$/u;
/**
 * The last characters of an occupation missing from the job titles, after a unit ("…公司管网检测员",
 * "…车间磨工", "…饭店行政总厨", "…艺术有限公司内画传承人", "…电科院数字工匠").
 */
const UNLISTED_OCCUPATION = /(?:员|师|长|工|手|傅|主任|经理|书记|专家|医生|厨|匠|传承人|创始人)$/;
/** Leftover sub-units of a works project ("某局青松水利枢纽工程测量工"). */
const WORKS_UNIT = /工程|枢纽|项目|工区|标段/;
/** Party committees at a place: "某自治区党委副书记" is the committee's 副书记. */
const PLACE_END = /(?:省|市|自治区|县|区|州|盟|旗)$/;
/** A preposition inside a unit chain shows a clause ("近万名职工在工会"); 在线 is a name word. */
const CLAUSE_IN_UNIT = /^.*(?:[在把被给让](?!线)|从(?!化))/;
/** Deputy words right before a title. */
const DEPUTY = /(?:常务)?副$/;
/** A unit, then 原 and the department of a former post ("某分行原保卫部"). */
const FORMER_POST =
  /(公司|集团|分行|支行|银行|厂|局|院|中心|站|段)原(?!料|材料|油|煤|子|始|创|生)[\p{Script=Han}]{2,8}$/u;
/** A project's name after its company ("…建设有限公司青松站" before 项目经理). */
const PROJECT_AFTER_COMPANY =
  /^.*(?:公司|集团|局)(?![\p{Script=Han}\d]*(?:公司|集团|局)$)[\p{Script=Han}\d]{2,12}$/u;
const PARTY_BODY = /^(党委|党工委)(?=.)/;
/** UNIT“NICKNAME”JOB: a crew's or a post's nickname right before the job title. */
const NICK_BEFORE_JOB =
  /^(?:.*[^\p{Script=Han}])?([\p{Script=Han}（）()]{3,40})“([^“”]{1,8})”([\p{Script=Han}]{2,6})$/u;
/** A skill title before the unit's name ("汽车维修高级技师…"): up to and including the title. */
const LEADING_TITLE =
  /^[\p{Script=Han}]{0,6}(?:高级技师|技师|工程师|高级工程师|工艺美术师)(?=[\p{Script=Han}]{4})(?!学院|学校|协会|学会|分院)/u;

const parseUnitCached = memoiseString(parseUnitText);
/** An award verb (or the word opening a list) printed before the unit of its recipient. */
const AWARD_LEAD = /^(?:(?:决定)?(?:授予|追授|表彰了?)|(?:其中)?包括)(?=[\p{Script=Han}]{4})/u;
/** Punctuation that never occurs inside "unit + job title". */
const UNIT_BREAK = /[，。；：、]/;

/**
 * The last characters a parse may end with. Every non-null parse ends the text (its last
 * non-space character) with a job title (JOB_TITLE_BY_LAST, also after a crew's nickname, or the
 * 工 of an unlisted craft there), an organisation suffix (ORG_SUFFIX_BY_LAST) or a numbered
 * school's 中, an occupation word of parseUnitText's last test (UNLISTED_OCCUPATION: 员 师 长 工
 * 手 傅 主任 经理 书记 专家 医生 厨 匠 传承人 创始人), or a department of departmentOf (科 室 组 区); the leading words parseUnitText strips
 * never reach the end. The one exception is two posts joined by 兼, whose title runs to the end
 * whatever it is. So a text ending otherwise and holding no 兼 parses to null, with no cache look-up.
 */
const UNIT_LAST = new Uint8Array(65536);
for (const c of [
  ...JOB_TITLE_BY_LAST.keys(),
  ...ORG_SUFFIX_BY_LAST.keys(),
  ..."中员师长工手傅任理记家生科室组区厨匠人",
])
  UNIT_LAST[c.charCodeAt(0)] = 1;

/** True when a parse of unit and job title may end with the character `c` (see UNIT_LAST). */
export function mayEndUnit(c: number): boolean {
  return UNIT_LAST[c] === 1;
}

/** False when parseUnit(text) is null by UNIT_LAST (trimEnd drops what \s matches, as parseUnitText does). */
function mayParseUnit(text: string): boolean {
  const t = text.trimEnd();
  return (t.length > 0 && UNIT_LAST[t.charCodeAt(t.length - 1)] === 1) || text.includes("兼");
}

export function parseUnit(text: string): ParsedUnit | null {
  if (text.length > 64 || UNIT_BREAK.test(text) || !mayParseUnit(text)) return null;
  const r = withinBrackets(parseUnitCached(text) ?? departmentOf(text));
  // "…教师团队负责人": a team is no employer.
  // (NO_NAMED_UNIT's words are at most 7 UTF-16 units long: a longer name needs no test.)
  if (r?.org && ((r.org.length <= 7 && NO_NAMED_UNIT.test(r.org)) || r.org.endsWith("团队")))
    return { org: null, jobTitle: r.jobTitle };
  // "驻某乡某村第一书记": a post the person is sent to, not the unit that employs them.
  if (r?.org?.startsWith("驻") && r.org.length > 3)
    return { org: null, jobTitle: r.org + (r.jobTitle ?? "") };
  // "年轻大学生胶工": a student (大学生, 中学生), not a school and a job ("…大学生物系主任" stays).
  if (r?.org && r.jobTitle && /[大中小]学$/.test(r.org) && STUDENT_AFTER_SCHOOL.test(r.jobTitle)) return null;
  // "…综合管理室值班调度长", "…重机部值班总长": the shift before the post is the post's.
  const shift = r?.org && r.jobTitle ? SHIFT_BEFORE_JOB.exec(r.org) : null;
  if (shift && r!.org!.length - shift[0].length >= 2)
    return { org: r!.org!.slice(0, shift.index), jobTitle: shift[0] + r!.jobTitle! };
  return r ? { ...r } : null;
}

/** A shift word that belongs to the post after it. */
const SHIFT_BEFORE_JOB = /(?:值班|带班|当班|跟班)$/;

/** An opening bracket never closed, and what follows it. */
const UNCLOSED_BRACKET = /[（(][^（()）]*$/;

/**
 * "某医院重症医学科(中心ICU)医生": a unit read to a suffix inside a bracket ("…(中心") ends before
 * the bracket; a job title that opens inside it loses the bracket's rest.
 */
function withinBrackets(r: ParsedUnit | null): ParsedUnit | null {
  if (!r?.org) return r;
  const open = UNCLOSED_BRACKET.exec(r.org);
  if (!open) return r;
  // A bracket closed right after the suffix ("美华建设(集团)董事长": the caller reads the name to
  // its close) or left open by the text is no sign the unit was read into it; a job title that
  // closes it after more text is ("…科(中心ICU)医生").
  if (!r.jobTitle || !/^[^（()）]+[)）]/.test(r.jobTitle)) return r;
  const cut = r.org.slice(0, open.index);
  // "…医院重症医学科": the department goes as DEPARTMENT_AFTER says.
  const org = departmentOf(cut)?.org ?? cut;
  const jobTitle = r.jobTitle?.replace(/^[^（()）]*[)）]/, "") || null;
  return isOrgName(org) ? { org, jobTitle } : { org: null, jobTitle };
}

/** A job that starts with the 生 of 大学生/中学生 ("生胶工"), not with a word of 生 ("生物", "生产"). */
const STUDENT_AFTER_SCHOOL = /^生(?![物命态产化])/;

/** "某省中医院骨伤三科": a hospital's or a school's department printed after it; the unit is theirs. */
const DEPARTMENT_AFTER =
  /^(.{3,40}?(?:医院|学校|中学|小学|大学|学院|公司|集团|研究院|研究所))[\p{Script=Han}\d]{1,8}(?:科|室|组|病区)$/u;

/** The last characters of DEPARTMENT_AFTER's matches (科, 室, 组, 病区): a test before the regex. */
const DEPARTMENT_LAST = new Set(["科", "室", "组", "区"]);

function departmentOf(text: string): ParsedUnit | null {
  if (!DEPARTMENT_LAST.has(text[text.length - 1] ?? "")) return null;
  const m = DEPARTMENT_AFTER.exec(text);
  return m && isOrgName(m[1]!) ? { org: m[1]!, jobTitle: null } : null;
}

/**
 * A unit that names no one: a reference back ("我院", "本厂", "该公司") or a generic office
 * word alone ("办事处", "技术中心", "集团公司", "驻村工作队").
 */
const NO_NAMED_UNIT =
  /^(?:(?:我|本|该)[\p{Script=Han}]{1,3}|(?:驻村)?(?:办事处|技术中心|研发中心|集团公司|总公司|分公司|工作队|项目部|办公室|车间|班组|工区))$/u;

function parseUnitText(printed: string): ParsedUnit | null {
  // "授予某铁路局某车务段值班员…": the award verb before the unit is no part of it.
  const text = printed.replace(AWARD_LEAD, "");
  // "某客运段高铁一车队“青松号”列车长": a crew's nickname between the unit and the job.
  // (The nickname's quotes are literal: without “ the backtracking regex need not run.)
  // (The job after the closing quote is 2–6 Han characters: the last ” stands 3–7 from the end.)
  const close = text.lastIndexOf("”");
  const nick =
    text.includes("“") && close >= text.length - 7 && close <= text.length - 3
      ? NICK_BEFORE_JOB.exec(text)
      : null;
  if (nick) {
    // "坚守多年的某分公司“90后”胶工": the unit starts after 的.
    const unit = nick[1]!.slice(nick[1]!.lastIndexOf("的") + 1);
    const job = nick[3]!;
    if (
      isOrgName(unit) &&
      (suffixAt(job, JOB_TITLE_BY_LAST) === job || /^[\p{Script=Han}]{1,3}工$/u.test(job))
    )
      return { org: unit, jobTitle: `“${nick[2]}”${job}` };
  }
  // "“全国五一劳动奖章”获得者——某公司", "“光脚哥”某公司": what stands before the unit.
  // (Each strip needs its literal — or ”: most texts hold neither.)
  let lead = text.includes("—") ? text.replace(/^.*—/, "") : text;
  // (Not a crew's name inside the unit: "某机务段“青松号”机车组".)
  if (lead.includes("”")) lead = lead.replace(/^.*”(?![\p{Script=Han}]{0,3}(?:组|班|队))/u, "");
  const t = lead
    .replace(/^(?:获奖代表|代表)/, "")
    .replace(LEAD_WORDS, "")
    // "宣讲会由学校团委书记X主持": the event and its 由 before the host's unit.
    .replace(/^[\p{Script=Han}]{2,8}?(?:会|活动|仪式|典礼|讲堂)由/u, "")
    .replace(/^(?:我|本)(?:省|市|区|县|州)/, "")
    .replace(/\s/g, "");
  if (!t || t.length > 60 || /[，。；：、]/.test(t) || SCHOOLING.test(t)) return null;
  // "默默奉献的某管理处清掏工": a description before 的; the unit and job follow it.
  const de = t.lastIndexOf("的");
  if (de >= 0 && t.length - de > 5) {
    const after = parseUnitText(t.slice(de + 1));
    if (after?.org && after.jobTitle) return after;
  }
  // "某厂党支部书记兼生计部副主任": two posts joined by 兼; the first names the unit.
  const dual = t.indexOf("兼");
  if (dual >= 4) {
    const head = parseUnitText(t.slice(0, dual));
    if (head?.org && head.jobTitle) return { org: head.org, jobTitle: head.jobTitle + t.slice(dual) };
  }
  let job = suffixAt(t, JOB_TITLE_BY_LAST);
  if (job) {
    // "副市长", "常务副总经理": the deputy words belong to the title.
    const deputy = DEPUTY.exec(t.slice(0, t.length - job.length));
    if (deputy) job = deputy[0] + job;
    let pre = t.slice(0, t.length - job.length).replace(/的$/, "");
    // "某火箭原总设计师": 原 (former) belongs to the title.
    if (pre.length >= 5 && /[^太中高平草]原$/.test(pre)) {
      pre = pre.slice(0, -1);
      job = `原${job}`;
    }
    // "某工会前副会长", "某公司前任厂长": 前/前任 (former) after a unit belong to the title too.
    // (Not 目前, 此前, 日前, 节前 …: a time, not a post.)
    const formerWord = /(?:[^目之此当提向以生空眼门面日年月节赛课饭战]前|前任)$/u.exec(pre)?.[0];
    if (formerWord && pre.length >= 4) {
      const cut = formerWord.endsWith("任") ? 2 : 1;
      pre = pre.slice(0, -cut);
      job = `${formerWord.slice(-cut)}${job}`;
    }
    if (!pre) return { org: null, jobTitle: job };
    // "某嘎查委员会委员" names the committee; "全国政协委员", "省人大常委会委员" are posts, no employer.
    if (job === "委员" && (!pre.endsWith("委员会") || /常委会$|常务委员会$/.test(pre)))
      return { org: null, jobTitle: pre + job };
    // "某公司工会主席": the union's chair works for the company.
    const union = /^(.*(?:公司|集团|厂|分行|银行|医院|学校|学院))工会$/.exec(pre);
    if (union && /主席$/.test(job) && isOrgName(union[1]!)) return { org: union[1]!, jobTitle: `工会${job}` };
    // "汽车维修高级技师某职业技术学院教师": a title printed before the unit is no part of it.
    const lead = LEADING_TITLE.exec(pre);
    if (lead && isOrgName(pre.slice(lead[0].length))) pre = pre.slice(lead[0].length);
    const party = PARTY_BODY.exec(job);
    if (party && PLACE_END.test(pre) && !isOrgName(pre))
      return { org: pre + party[1], jobTitle: job.slice(party[1]!.length) };
    if (STUDIO_ROLE.test(job) && pre.endsWith("工作室")) {
      const unitEnd = lastOrgEnd(pre.slice(0, -3));
      const unit = pre.slice(0, unitEnd);
      if (unitEnd >= 3 && !unit.endsWith("工作室")) return { org: unit, jobTitle: pre.slice(unitEnd) + job };
      // "国家级技能大师工作室负责人": a studio named by its level is a programme, not a unit.
      if (STUDIO_LEVEL.test(pre)) return { org: null, jobTitle: pre + job };
    }
    // "某建设公司青松站项目经理": the project after the company is the unit, not 青松站.
    // (A department before the job is no project: "某公司生产部项目经理", "…客服中心项目经理".)
    const project =
      job.startsWith("项目") && job.length > 2 && !/(?:部|中心|科|室|处|办)$/.test(pre)
        ? PROJECT_AFTER_COMPANY.exec(pre)
        : null;
    if (project) return { org: `${pre}项目`, jobTitle: job.slice(2) };
    let end = lastOrgEnd(pre);
    // The unit must end on a word boundary: "园林绿化工程高级工程师" has no unit "园林绿化工".
    while (end > 0 && end < pre.length && !wordBoundaryAt(pre, end)) end = lastOrgEnd(pre.slice(0, end - 1));
    // "…车身部维修钳工主办技师": 主办 (a senior post) is no office (办) of the unit.
    while (end > 0 && /(?:主办|承办|协办|举办|创办|开办)$/.test(pre.slice(0, end)))
      end = lastOrgEnd(pre.slice(0, end - 2));
    // "某分公司首席场道巡视员": 首席 opens the job title, so no unit ends after it.
    while (end > 0 && /首席[\p{Script=Han}]?$/u.test(pre.slice(0, end)))
      end = lastOrgEnd(pre.slice(0, end - 1));
    // "某分行原保卫部总经理": a former post; the unit is the one before 原.
    const former = end > 0 ? FORMER_POST.exec(pre.slice(0, end)) : null;
    if (former) end = former.index + former[1]!.length;
    if (end > 0) {
      // A shop named after the company's unit: "某百货公司青松店店长" works at the shop.
      if (end < pre.length && SHOP.test(pre.slice(end))) end = pre.length;
      const org = pre.slice(0, end);
      // "近万名职工在工会主席…": a clause before the unit; only a full name after it is a unit.
      const clause = CLAUSE_IN_UNIT.exec(org);
      if (clause) {
        const after = org.slice(clause.index + clause[0].length);
        return isOrgName(after)
          ? { org: after, jobTitle: pre.slice(end) + job }
          : { org: null, jobTitle: job };
      }
      return withoutGenericDepartment(org, pre.slice(end) + job);
    }
    // An unknown unit name before a job title; a verb phrase ("郑重地从…") is no unit.
    return pre.length >= 4 &&
      /^[\p{Script=Han}（）()]{4,24}$/u.test(pre) &&
      // (中 only where it starts 中国/中华, as in company names: "中国某某").
      !/[的从向把被给着了过有中名位个是在]/.test(pre.replace(/^中[国华]/, ""))
      ? { org: pre, jobTitle: job }
      : { org: null, jobTitle: pre + job };
  }
  if (/的/.test(t)) return null;
  if (isOrgName(t)) return { org: t, jobTitle: null };
  // An occupation not in the list: "…公司管网检测员", "…车间磨工".
  const end = lastOrgEnd(t);
  const rest = t.slice(end);
  // A works project between the unit and the occupation may make the rest longer.
  if (
    end >= 3 &&
    rest.length >= 2 &&
    (rest.length <= 8 || (rest.length <= 12 && WORKS_UNIT.test(rest))) &&
    UNLISTED_OCCUPATION.test(rest)
  )
    return withoutGenericDepartment(t.slice(0, end), rest);
  return null;
}

/** A company's department with no name of its own ("车间", "加工中心"), printed right after it. */
const GENERIC_DEPARTMENT = /^(.{3,40}?(?:公司|集团|厂|研究所|研究院))(车间|生产车间|加工中心|班组|工区)$/u;

/**
 * "某股份有限公司车间副主任": a bare department word after the company names no unit of its own;
 * the company employs the person and the department goes with the job title.
 */
function withoutGenericDepartment(org: string, jobTitle: string): ParsedUnit {
  const m = GENERIC_DEPARTMENT.exec(org);
  return m && isOrgName(m[1]!) ? { org: m[1]!, jobTitle: m[2]! + jobTitle } : { org, jobTitle };
}

export function orgTypeOf(org: string): OrgType {
  if (org.includes("工会")) return "union";
  // The suffixes are at most three characters: the end-anchored tests read only the tail.
  const tail = org.slice(-3);
  if (/(学校|学院|大学|中学|小学|幼儿园|技校)$/.test(tail)) return "school";
  if (/(班|组|班组|车间|工段|队|室)$/.test(tail)) return "collective";
  if (/(局|厅|政府|委员会|办公室|委|部|人社局|街道)$/.test(tail) && !/集团|公司/.test(org))
    return "government";
  if (/(公司|集团|厂|水务|燃气|电力|银行|矿|油田|站|所|院|中心|合作社)$/.test(tail)) return "company";
  return "other";
}
