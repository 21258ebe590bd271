/**
 * Reads bylines and photo credits: "本报讯（记者 X 通讯员 Y）", "【某某讯】（X）", "某某网远江4月4日电
 * （记者 X）", "记者X报道", "文/X 图/Y", "（作者 X）", "本报记者 X 摄", "X/摄", "记者 X 摄/某某视觉",
 * "（某某融媒X摄）", "（记者 X）" or "（X Y）" at an article's end (its closing bracket may be lost).
 * Names padded to three cells ("李  明") are joined; roles follow the nearest role word.
 */

import type { ReportRole } from "../../model/types.ts";
import { isPlaceName } from "../lexicon/place-names.ts";
import { NON_NAME_CHARS, STOP_NAMES } from "../lexicon/stop-names.ts";
import { surnameAt } from "../lexicon/surnames.ts";
import { matchesOf } from "../text/matches-of.ts";
import type { Credit } from "../types.ts";

const ROLE_WORD =
  /(?:本报|本刊|新华社|中新社|人民网)?(?:首席|特约|见习|全媒体|融媒体|摄影|实习)?(记者|通讯员|实习生|作者|供稿|撰稿|摄影)\s*[/／：:]?|(文\s*[/／、]\s*图|图\s*[/／、]\s*文|图文|文图)\s*[/／：:]?|(文|图)\s*[/／：:]/g;
const ROLE_OF: Record<string, ReportRole> = {
  记者: "reporter",
  实习生: "reporter",
  通讯员: "correspondent",
  作者: "contributor",
  供稿: "contributor",
  撰稿: "contributor",
  // (文/X: the text's author, a reporter by the annotation convention, as 作者 is.)
  文: "reporter",
  图: "photographer",
  摄影: "photographer",
};
const HAN_NAME = /^(?:[\p{Script=Han}·]{2,4}|\p{Script=Han}{2,6}(?:·\p{Script=Han}{2,8}){1,2})$/u;
/** A transliterated name with a middle dot ("尼卢帕尔·阿力根"): no Han surname, parts of 2+ characters. */
const DOT_NAME = /^\p{Script=Han}{2,6}(?:·\p{Script=Han}{2,8}){1,2}$/u;
/** A place in a photo ("（左二）", "（中间）"), not a name. */
const PHOTO_POSITION = /^(?:[左右前后中][一二三四五六七八九十\d]{0,2}|中间|居中)$/u;
/** A department signing a report ("（宣教部）", "（办公室）"), not a person. */
const DEPARTMENT_END = /^\p{Script=Han}{1,4}(?:部|处|科|室|办)$/u;
/** A body credited where a name would be ("文/院工会"): no person. */
const BODY_END = /(?:工会|协会|学会|委员会|中心)$/;
/**
 * An outlet printed before a role word ("津云新闻记者 X", "中新网记者 X 摄"): the tokens before
 * the first role word are read as names only when they do not end like an outlet.
 */
const OUTLET_END = /(?:网|报|社|台|新闻|客户端|中心|融媒|融媒体|传媒|视觉|在线|之声)$/;
/** "X/屏东报导", "X 济宁报道": where the report was filed, after the names. */
const FILED_FROM = /(?:[/／]\s*\p{Script=Han}{1,6}|\s+\p{Script=Han}{2,4})报[道导]\s*$/u;
/** Words that stand where a credit's name would but name no person ("作者：消息", "X 整理"). */
const NOT_A_NAME = new Set([
  "消息",
  "综合",
  "综述",
  "佚名",
  "本报",
  "本站",
  "本网",
  "本刊",
  "网络",
  "网友",
  "整理",
  "编辑",
  "编译",
  "摘编",
  "原创",
  "转载",
  "未知",
  "通讯",
  "通讯员",
  "新闻",
  "报道",
  "稿件",
  "来源",
  "编者",
  "记者",
  "供稿",
  "管理员",
  // A web page's next field when the author's is empty ("作者：  浏览：次  发表时间：…"; lines are
  // read simplified).
  "浏览",
  "发表",
  "发布",
  "点击",
  "阅读",
  "时间",
  // Page furniture and times of day that some credit forms leave where a name would be.
  "审核",
  "图片",
  "视频",
  "文字",
  "上午",
  "下午",
  "晚上",
]);

/** A staff field after a credit's names: "… 审核/X", "… 编辑：X". */
const STAFF_AFTER = /\s(?:编辑|责编|责任编辑|[一二三]审|审核|校对|签发|监制|主编|值班)\s*[/／：:]/;
/** How a place, an outlet or a thanks line ends: "宜兰报导", "北京晚报", "县府提供", "X拍". */
const NOT_A_CREDIT_END = /(?:报[导道]|提供|供图|[日晚]报|新闻|拍)$/;

/**
 * A last check on every credit the forms read, whatever the form: no county ("云林县"), outlet,
 * filing place, thanks line or furniture word stands for a person.
 */
export function isCreditName(name: string): boolean {
  // (A division's full name only: many short ones are names too, 高明 of 高明区.)
  const place = /[省市县区州]$/.test(name) && isPlaceName(name);
  return !(NOT_A_NAME.has(name) || NOT_A_CREDIT_END.test(name) || place);
}

/**
 * A credit token that reads as a person's name: a surname first, not a common word; `strict`
 * (names with no role word beside them) also rejects function words in the given name.
 */
function personLike(name: string, strict: boolean): boolean {
  if (DOT_NAME.test(name)) return true;
  if (DEPARTMENT_END.test(name) || PHOTO_POSITION.test(name) || BODY_END.test(name)) return false;
  const s = surnameAt(name, 0);
  if (s === 0 || name.length <= s || STOP_NAMES.has(name) || NOT_A_NAME.has(name)) return false;
  return !strict || ![...name.slice(s)].some((c) => NON_NAME_CHARS.has(c));
}

/** Splits "A B、C  D" into names, joining single characters padded apart ("李  明"). */
export function splitNames(text: string, start: number): { name: string; start: number; end: number }[] {
  const tokens: { t: string; start: number; end: number }[] = [];
  for (const m of matchesOf(/[\p{Script=Han}·]+/gu, text))
    tokens.push({ t: m[0], start: start + m.index, end: start + m.index + m[0].length });
  const out: { name: string; start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (a.t.length === 1 && b && b.t.length === 1) {
      out.push({ name: a.t + b.t, start: a.start, end: b.end });
      i++;
    } else if (a.t.length >= 5 && a.t.length <= 6 && !a.t.includes("·")) {
      // "记者武某锐石某": two names printed without a space between them.
      const at = gluedNamesSplit(a.t);
      if (at > 0) {
        out.push({ name: a.t.slice(0, at), start: a.start, end: a.start + at });
        out.push({ name: a.t.slice(at), start: a.start + at, end: a.end });
      }
    } else if (HAN_NAME.test(a.t) && !NOT_A_NAME.has(a.t))
      out.push({ name: a.t, start: a.start, end: a.end });
  }
  return out;
}

/**
 * Where a run of five or six characters splits into two names of two or three characters, each
 * opening with a single-character surname, no place name ("武义"), holding no function word; 0 when
 * no split or more than one fits.
 */
function gluedNamesSplit(t: string): number {
  const fits = (n: string) =>
    n.length >= 2 &&
    n.length <= 3 &&
    surnameAt(n, 0) === 1 &&
    !isPlaceName(n) &&
    ![...n.slice(1)].some((c) => NON_NAME_CHARS.has(c));
  const splits = [2, 3].filter((i) => fits(t.slice(0, i)) && fits(t.slice(i)));
  return splits.length === 1 ? splits[0]! : 0;
}

/** Roles of names credited "文/图" (text and pictures): their writer role, and photographer. */
function bothRoles(roles: ReportRole[]): ReportRole[] {
  const writer = roles.filter((r) => r === "reporter" || r === "correspondent");
  return [...(writer.length > 0 ? writer : (["reporter"] as const)), "photographer"];
}

/**
 * Credits inside a byline string (offsets relative to `base`). `fallback` is the role of names
 * before any role word. Names credited "文/图" ("文/图 X", "X 文/图") wrote the text and took the
 * pictures: they are reporters (or keep the 记者/通讯员 role printed before them) and photographers.
 */
export function parseCreditText(text: string, base: number, fallback: ReportRole | null): Credit[] {
  const out: Credit[] = [];
  // ("某传媒/记者X报导": what follows the slash is the byline, not the place it was filed from.)
  const filedAt = FILED_FROM.exec(text);
  const filed = filedAt && !/记者|通讯员/.test(filedAt[0]) ? filedAt : null;
  const place = filed ? filed[0].replace(/[/／\s]|报[道导]/g, "") : "";
  const unfiled =
    filed &&
    (filed[0].trimStart().startsWith("/") || filed[0].trimStart().startsWith("／") || isPlaceName(place))
      ? text.slice(0, filed.index).padEnd(text.length, " ")
      : text.replace(/报[道导]$/, "");
  // ("文/图 某工会 审核/X": the staff's field after the credit names no author.)
  const staff = STAFF_AFTER.exec(unfiled);
  const cleaned = staff ? unfiled.slice(0, staff.index).padEnd(text.length, " ") : unfiled;
  const marks = [...matchesOf(ROLE_WORD, cleaned)];
  const segments: { roles: ReportRole[]; from: number; to: number }[] = [];
  let prev = 0;
  let roles: ReportRole[] = fallback ? [fallback] : [];
  for (const m of marks) {
    const both = m[2] !== undefined;
    const closes = cleaned.slice(m.index + m[0].length).trim() === "";
    // "X 文/图" closes the credit: it applies to the names before it; so does the 摄影 of
    // "（记者 X 摄影报道）": X wrote the report and took its pictures.
    if (closes && (both || (m[1] === "摄影" && /摄影报[道导]\s*$/.test(text)))) {
      segments.push({ roles: bothRoles(roles), from: prev, to: m.index });
      prev = cleaned.length;
      break;
    }
    if (m.index > prev) segments.push({ roles, from: prev, to: m.index });
    const single = ROLE_OF[m[1] ?? m[3] ?? ""];
    roles = both ? bothRoles([]) : single ? [single] : [];
    prev = m.index + m[0].length;
  }
  if (prev < cleaned.length) segments.push({ roles, from: prev, to: cleaned.length });
  for (const seg of segments) {
    if (seg.roles.length === 0) continue;
    const part = cleaned.slice(seg.from, seg.to).replace(/\s*(翻摄|摄影?|供图)\s*$/, "");
    const beforeRoles = marks.length > 0 && seg.to <= marks[0]!.index;
    for (const n of splitNames(part, base + seg.from)) {
      // "某报记者 X", "远江全媒体记者X": a token glued to the role word after it is the outlet.
      if (beforeRoles && (OUTLET_END.test(n.name) || n.end - base === seg.to)) continue;
      // ("文/院工会": a body credited where a name would be.)
      if (BODY_END.test(n.name)) continue;
      for (const role of seg.roles) out.push({ name: n.name, role, start: n.start, end: n.end });
    }
  }
  return out;
}

/**
 * A byline glued to the end of a header line, as pages copied from the web print it ("…到会并讲话首席记者
 * 祁文涛 通讯员 贺云舟"): 记者 (with 本报, 首席, 特约, 融媒体 or 全媒体 before it), then only
 * space-separated names, optionally 通讯员 and more names, up to the line's end. Returns where the
 * byline begins, or -1. A headline that merely mentions 记者 ("记者节…", "记者走进…", "向记者 …")
 * has no names after it.
 */
const GLUED_ANCHOR =
  /(?<![向给对为和与跟当做的名位是让请被])(?:本报)?(?:首席|特约|融媒体|全媒体)?记者(?=[ \t\u3000])/gu;

export function gluedByline(line: string): number {
  const t = line.trimEnd();
  if (t.length > 90 || !t.includes("记者")) return -1;
  for (const m of matchesOf(GLUED_ANCHOR, t)) {
    if (m.index === 0) continue;
    const tokens = t
      .slice(m.index + m[0].length)
      .trim()
      .split(/[ \t\u3000]+/);
    let names = 0;
    let corr = false;
    let ok = tokens.length <= 8;
    for (const tok of tokens) {
      if (tok === "通讯员" && !corr && names > 0) {
        corr = true;
        names = 0;
      } else if (/^\p{Script=Han}{2,4}$/u.test(tok) && personLike(tok, false)) names++;
      else ok = false;
    }
    if (ok && names > 0) return m.index;
  }
  return -1;
}

/**
 * A line of two or three bare names separated by spaces ("祁文涛 贺云舟"): a byline without a role
 * word, which names the reporters. Null when any token does not read as a person's name.
 */
export function bareNames(line: string, base: number): Credit[] | null {
  if (line.length > 40) return null;
  const t = line.trim();
  if (t.length > 20) return null;
  const out: Credit[] = [];
  for (const m of matchesOf(/\S+/g, t)) {
    if (!/^\p{Script=Han}{2,3}$/u.test(m[0]) || !personLike(m[0], true)) return null;
    const at = base + line.indexOf(t) + m.index;
    out.push({ name: m[0], role: "reporter", start: at, end: at + m[0].length });
  }
  return out.length >= 2 && out.length <= 3 ? out : null;
}

/**
 * 本报讯, 某某日报讯, 某某网12月25日讯, a dateline tag "【某某讯】", or a place's 讯 when a
 * bracketed 记者/通讯员 credit follows ("来宾讯（通讯员 X）"); an outlet's or agency's 电 with its
 * place and date when 记者/通讯员 follows ("某某网远江4月4日电（记者 X）").
 */
const LEAD_BYLINE =
  /^(?:■\s*)?(?:本[报刊台网站](?:\d{1,2}月)?(?:\d{1,2}日)?讯|本报[\p{Script=Han}\d]{0,12}电|【[^】\n]{2,10}讯】|[\p{Script=Han}]{2,12}?\d{1,2}月\d{1,2}日电(?=\s*(?:[（(][^）)]{0,6})?(?:记者|通讯员))|[\p{Script=Han}]{2,10}(?:日报|晚报|报|网|新闻网|客户端|社|台)(?:\d{1,2}月\d{1,2}日)?讯|[\p{Script=Han}]{2,8}(?:\d{1,2}月\d{1,2}日)?讯(?=\s*[（(][^）)]{0,6}(?:记者|通讯员)))\s*(?:[（(]([^）)]*)[）)]|((?:记者|通讯员)[^，。]*?报道)|((?:(?:记者|通讯员)\s*[\p{Script=Han}]{2,3}\s*)+)(?=\s))?/u;
const NAME_LINE =
  /^(?:[■□○●◆]\s*)?((?:本报|本刊|新华社|中新社|(?:[\p{Script=Han}]{1,8}(?:日报|晚报|报|网|社|台|新闻|客户端|融媒|传媒|中心)[-－—–/／]?){1,2})?(?:驻[\p{Script=Han}]{1,3})?(?:首席|特约|见习|全媒体|融媒体)?(?:记者|通讯员)[\s/：:]*[\p{Script=Han}\s、/：:]{2,30}?(?:\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文))?(?:\s*报道)?)$/u;
const SLASH_LINE =
  /^(?:[○●■◆□]\s*)?(?:文|图|图文|文图|作者|摄影)\s*[/／:：]\s*\S.*$|^[\p{Script=Han}·\s]{2,20}?\s*(?:文\s*[/／、]\s*图|图\s*[/／、]\s*文)$/u;
const SOURCE_LINE = /^(?:来源|供稿|稿件来源)\s*[：:]\s*(.+)$/;

/** Outlet names as printed before a dateline or a role word: Han runs joined by ·, —, -, 、. */
const OUTLET = String.raw`\p{Script=Han}{2,14}(?:[·—\-－、]\p{Script=Han}{2,14}){0,2}`;

/**
 * A dateline of any outlet, place and date ending in 讯, 电 or 消息, or an outlet alone, then a
 * bracket of credits: "某某网青松1月3日电（X）", "某报·某客户端10月29日讯（通讯员 X）",
 * "某工网—某工人报讯（记者 X）", "某网、某网客户端青松12月25日消息（某网记者 X）", "某网（X Y）".
 * The bracket must hold only credits (role words and names that read as persons').
 */
const DATELINE_BRACKET = new RegExp(
  String.raw`^(?:[■□]\s*)?(?:(${OUTLET}?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:讯|电|消息))|(${OUTLET}?(?:网|报|台|社|客户端|新闻)))\s*[（(]([^（）()\n]{2,40})[）)]\s*`,
  "u",
);

/** Staff fields inside a credit bracket ("；编辑：X；一审：Y"): not the article's credits. */
const STAFF_FIELD = /^\s*(?:编辑|责编|责任编辑|[一二三]审|审核|校对|签发|监制|主编|值班)/;

/** A credit bracket's text without its staff fields ("记者：X；编辑：Y" → "记者：X"). */
function creditFields(inner: string): string {
  // One field (no ; or ；): what the split, map and join below give for it.
  if (!inner.includes(";") && !inner.includes("；"))
    return STAFF_FIELD.test(inner) ? " ".repeat(inner.length) : inner;
  return inner
    .split(/[;；]/)
    .map((f) => (STAFF_FIELD.test(f) ? " ".repeat(f.length) : f))
    .join(" ");
}

/** Credits of a bracket when it holds credits only: role words and person names, or bare names. */
function bracketCredits(inner: string, base: number): Credit[] | null {
  const fields = creditFields(inner);
  const credits = parseCreditText(fields, base, bareReporters(fields));
  if (credits.length === 0 || !credits.every((c) => personLike(c.name, false))) return null;
  // Every Han run of the bracket is a role word, an outlet (before a role word), or one of the names.
  const rest = fields.replace(ROLE_WORD, " ");
  const named = new Set(credits.map((c) => c.name));
  const leftover = [...rest.matchAll(/[\p{Script=Han}·]+/gu)].filter((m) => !named.has(m[0]));
  return leftover.every(
    (m) => OUTLET_END.test(m[0]) || /^(?:本报|本台|本网|首席|特约|全媒体|融媒体|见习)$/.test(m[0]),
  )
    ? credits
    : null;
}

function datelineBracket(line: string, base: number): Byline | null {
  if (!line.includes("（") && !line.includes("(")) return null;
  const m = DATELINE_BRACKET.exec(line);
  if (!m) return null;
  const inner = m[3]!;
  // An outlet without a dateline word takes bare names only ("某网（X Y）"), not "某报（记者 X）" prose.
  const credits = bracketCredits(inner, base + m[0].indexOf(inner, (m[1] ?? m[2] ?? "").length));
  if (!credits || (m[2] && credits.some((c) => c.role !== "reporter"))) return null;
  return { credits, bodyAt: m[0].length };
}

/**
 * A byline run into the body without brackets: "某网记者X4月29日报道：…", "某报记者X 发自远江 …",
 * "某客户端记者X通讯员Y“…", "某导医网 X 报道 12月21日…". Names are 2–3 characters with a surname,
 * closed by a space, a digit, a quote, 发自 or 报道.
 */
const NAME_CLOSE = String.raw`(?=\s|\d|[“"「]|发自|报道|通讯员)`;
const GLUED_LEAD = new RegExp(
  String.raw`^(?:[■□]\s*)?(?:${OUTLET}?)(?:首席|特约|见习|全媒体|融媒体)?记者\s*(\p{Script=Han}{2,3})${NAME_CLOSE}(?:\s*通讯员\s*(\p{Script=Han}{2,3}(?:\s+\p{Script=Han}{2,3}){0,2})${NAME_CLOSE})?(?:\s*发自\p{Script=Han}{2,6})?\s*(?:(?:\d{1,2}月)?\d{1,2}日(?:电|报道|讯)\s*[:：]?\s*)?`,
  "u",
);
const OUTLET_REPORTED = new RegExp(
  String.raw`^(?:[■□]\s*)?${OUTLET}?(?:网|报|台|社|客户端)\s+(\p{Script=Han}{2,3}(?:\s+\p{Script=Han}{2,3}){0,2})\s*报道\s*`,
  "u",
);
/** A photo credit opening the body: "摄影：X Y 4月28日，…". */
const PHOTO_LEAD = /^(?:摄影|图)\s*[:：/／]\s*(\p{Script=Han}{2,3}(?:\s+\p{Script=Han}{2,3}){0,2})\s+(?=\S)/u;

function gluedLead(line: string, base: number): Byline | null {
  const g = line.includes("记者") ? GLUED_LEAD.exec(line) : null;
  if (g && g[0].length < line.length) {
    const credits: Credit[] = [];
    const push = (names: string | undefined, role: ReportRole) => {
      if (!names) return;
      const at = g[0].indexOf(names, role === "reporter" ? 0 : g[0].indexOf("通讯员"));
      for (const n of splitNames(names, base + at))
        credits.push({ name: n.name, role, start: n.start, end: n.end });
    };
    push(g[1], "reporter");
    push(g[2], "correspondent");
    if (credits.length > 0 && credits.every((c) => personLike(c.name, true)))
      return { credits, bodyAt: g[0].length };
  }
  for (const [re, role] of [
    [OUTLET_REPORTED, "reporter"],
    [PHOTO_LEAD, "photographer"],
  ] as const) {
    // (OUTLET_REPORTED's literal 报道 first: its outlet's backtracking is costly on every body line.)
    const m = re === OUTLET_REPORTED && !line.includes("报道") ? null : re.exec(line);
    if (!m || m[0].length >= line.length) continue;
    const at = m[0].indexOf(m[1]!);
    const credits = splitNames(m[1]!, base + at).map((n) => ({
      name: n.name,
      role,
      start: n.start,
      end: n.end,
    }));
    if (credits.length > 0 && credits.every((c) => personLike(c.name, true)))
      return { credits, bodyAt: m[0].length };
  }
  return null;
}

export interface Byline {
  credits: Credit[];
  /** Offset (in the line) where the body begins after the byline; line length when the line is only a byline. */
  bodyAt: number;
}

/** A byline at the start of a line, or null. */
/**
 * A byline line of its own (short, not a 本报讯 lead): "记者 X Y" (the names), "文/X" or "X 文/图"
 * (slash), "（作者 X）" (author). Null for anything else; body paragraphs are skipped cheaply.
 */
function ownBylineLine(line: string): { kind: "names"; names: string } | { kind: "slash" | "author" } | null {
  if (line.length > 60) return null;
  const trimmed = line.trim();
  if (trimmed.length > 40) return null;
  const n = NAME_LINE.exec(trimmed);
  if (n) return { kind: "names", names: n[1]! };
  if (SLASH_LINE.test(trimmed) && !/[，。]/.test(line)) return { kind: "slash" };
  if (/^[（(]\s*作者\s*([^）)]+)[）)]\s*$/.test(trimmed)) return { kind: "author" };
  return null;
}

/** True when leadByline would find a byline at the start of `line` (without parsing names). */
export function opensWithByline(line: string): boolean {
  return (
    (mayLead(line) && LEAD_BYLINE.test(line)) ||
    ownBylineLine(line) !== null ||
    (line[0] === "【" && squareBracketLead(line, 0) !== null) ||
    deskSquareLead(line, 0) !== null ||
    bracketLead(line, 0) !== null ||
    datelineBracket(line, 0) !== null ||
    gluedLead(line, 0) !== null ||
    roleScanLead(line, 0) !== null
  );
}

/**
 * The last reading of a lead byline: a role word (记者, 通讯员) early in the line after an outlet or
 * a dateline ("︹记者X某地报导︺", "某网/某客户端讯 通讯员X报道：", "某网 通讯员X 报道：",
 * "某网讯(某报) 记者X 通讯员Y报道：", "某台某地报道(X 通讯员 Y)：", "【News586/记者X报导】"), its
 * names up to 报道/报导, a closing bracket or a colon. Every credit must read as a person's.
 */
const ROLE_SCAN =
  /^([^。！？，,；;“”]{0,40}?)((?:本报|本台|本网|特派|首席|特约|见习|全媒体|融媒体)?(?:记者|通讯员)[^。！？，,；;“”:：)）】︺]{1,40}?)(?:\s*(?:[/／][\p{Script=Han}]{2,4})?(?:报道|报导))?\s*(?:[:：)）】︺]|$)/u;
/** What may stand before the role word: nothing, or an outlet, a dateline or an opening bracket. */
const ROLE_SCAN_LEAD = /(?:^|讯|电|消息|网|报|台|社|客户端|电视|新闻|传媒|报道|[/／(（︹【\s])$/;

function roleScanLead(line: string, base: number): Byline | null {
  if (line.length < 6 || !/记者|通讯员/.test(line.slice(0, 60))) return null;
  const m = ROLE_SCAN.exec(line);
  if (!m) return null;
  let lead = m[1]!;
  if (!ROLE_SCAN_LEAD.test(lead)) return null;
  // "某台某地报道(X 通讯员 Y)": bare names in the bracket before the role word are reporters.
  const open = Math.max(lead.lastIndexOf("("), lead.lastIndexOf("（"));
  const bare = open >= 0 ? lead.slice(open + 1) : "";
  if (open >= 0 && !/^[\p{Script=Han}\s]*$/u.test(bare)) return null;
  lead = open >= 0 ? lead.slice(0, open + 1) : lead;
  // "陈某南投报导": the place the report was filed from, glued to the last name.
  let text = `${bare}${m[2]!}`;
  for (const len of [2, 3]) {
    const place = text.slice(-len);
    if (text.length > len + 2 && /^\p{Script=Han}+$/u.test(place) && isPlaceName(place)) {
      text = text.slice(0, -len) + " ".repeat(len);
      break;
    }
  }
  const credits = parseCreditText(text, base + lead.length, bare.trim() ? "reporter" : null);
  if (credits.length === 0 || !credits.every((c) => personLike(c.name, false))) return null;
  let body = m[0].length;
  while (line[body] === " " || line[body] === "　") body++;
  return { credits, bodyAt: body };
}

/**
 * A body that opens with its reporters in brackets and no dateline before them: "（记者 X 通讯员 Y）
 * 远江市总工会近日…". The bracket holds a role word and names only; the body follows on the line.
 */
const BRACKET_LEAD =
  /^[（(]\s*((?:(?:本报)?(?:首席|特约|见习|全媒体|融媒体|实习)?(?:记者|通讯员)|[文图]\s*[/／])[\p{Script=Han}·\s、，,/／：:]{2,40}?)\s*[）)]\s*(?=\S)/u;

/** "（X）抱着…": one to three bare names in brackets opening the body, its reporters. */
const BARE_BRACKET_LEAD =
  /^[（(]\s*(\p{Script=Han}{2,3}(?:[\s、]+\p{Script=Han}{2,3}){0,2})\s*[）)]\s*(?=\S)/u;

function bracketLead(line: string, base: number): Byline | null {
  if (line[0] !== "（" && line[0] !== "(") return null;
  const m = BRACKET_LEAD.exec(line);
  if (!m) {
    const bare = BARE_BRACKET_LEAD.exec(line);
    if (!bare || bareReporters(bare[1]!) === null) return null;
    const credits = splitNames(bare[1]!, base + bare[0].indexOf(bare[1]!)).map((n) => ({
      name: n.name,
      role: "reporter" as const,
      start: n.start,
      end: n.end,
    }));
    return credits.length > 0 ? { credits, bodyAt: bare[0].length } : null;
  }
  const inner = m[1]!;
  const credits = parseCreditText(inner, base + m[0].indexOf(inner), null);
  if (credits.length === 0 || !credits.every((c) => c.name.length <= 4 && personLike(c.name, false)))
    return null;
  return { credits, bodyAt: m[0].length };
}

/** Cheap test before LEAD_BYLINE: every form it knows ends its opening in 讯 or 电. */
function mayLead(line: string): boolean {
  const head = line.length > 48 ? line.slice(0, 48) : line;
  return head.includes("讯") || head.includes("电");
}

/**
 * The role of a dateline's bracket that holds only one to three names and no role word
 * ("【远江讯】（祁文涛）", "本报讯（祁文涛 贺云舟）"): its reporters. Null otherwise.
 */
function bareReporters(inner: string): ReportRole | null {
  const t = inner.trim();
  if (t.length < 2 || t.length > 14) return null;
  const tokens = t.split(/[\s、，,]+/);
  if (tokens.length > 3) return null;
  return tokens.every((tok) => /^\p{Script=Han}{2,3}$/u.test(tok) && personLike(tok, true))
    ? "reporter"
    : null;
}

/**
 * "【记者X/某地报导】…", "【某传媒/记者X报导】…": a byline in 【】 opening the body, as Taiwan's
 * papers print it; the bracket holds what a byline line of its own would.
 */
function squareBracketLead(line: string, base: number): Byline | null {
  const close = line.indexOf("】");
  if (close < 4 || close > 40 || !line.slice(1, close).includes("记者")) return null;
  const inner = line.slice(1, close);
  const own = ownBylineLine(inner);
  if (own?.kind !== "names") return null;
  const credits = parseCreditText(own.names, base + 1 + inner.indexOf(own.names), null);
  if (credits.length === 0) return null;
  let body = close + 1;
  while (line[body] === " " || line[body] === "　") body++;
  return { credits, bodyAt: body };
}

/** An outlet's desk in brackets before a 【】 byline: "（某传媒某地新闻）【记者X/某地报导】". */
const DESK_BEFORE_SQUARE = /^[(（][^()（）【】\s]{2,16}[)）]\s*(?=【)/;

/** The 【】 byline after an outlet's desk in brackets (DESK_BEFORE_SQUARE), or null. */
function deskSquareLead(line: string, base: number): Byline | null {
  const desk = line[0] === "(" || line[0] === "（" ? DESK_BEFORE_SQUARE.exec(line) : null;
  if (!desk) return null;
  const at = desk[0].length;
  const square = squareBracketLead(line.slice(at), base + at);
  return square && { credits: square.credits, bodyAt: square.bodyAt + at };
}

export function leadByline(line: string, base: number): Byline | null {
  if (line[0] === "【") {
    const square = squareBracketLead(line, base);
    if (square) return square;
  }
  const desk = deskSquareLead(line, base);
  if (desk) return desk;
  const m = mayLead(line) ? LEAD_BYLINE.exec(line) : null;
  if (m) {
    const inner = m[1] ?? m[2] ?? m[3] ?? "";
    const innerAt = inner ? m[0].indexOf(inner) : 0;
    let body = m[0].length;
    while (line[body] === " " || line[body] === "　") body++;
    const credits = parseCreditText(inner, base + innerAt, bareReporters(inner));
    // ("某网讯(某报) 记者X…": a bracket naming a paper, then the byline after it.)
    if (credits.length === 0) {
      const later = roleScanLead(line, base);
      if (later) return later;
    }
    return { credits, bodyAt: body };
  }
  const own = ownBylineLine(line);
  if (!own) {
    const first = bracketLead(line, base) ?? datelineBracket(line, base) ?? gluedLead(line, base);
    // ("某网讯(某报) 记者X…": a bracket of no credits, then the byline.)
    return first && first.credits.length > 0 ? first : (roleScanLead(line, base) ?? first);
  }
  const credits =
    own.kind === "names"
      ? parseCreditText(own.names, base + line.indexOf(own.names), null)
      : parseCreditText(line, base, own.kind === "author" ? "contributor" : null);
  // "摄影/某报记者 X": every name of a line opened by 摄影 or 图 took the pictures.
  if (own.kind === "slash" && /^\s*(?:[○●■◆□]\s*)?(?:摄影|图)\s*[/／:：]/.test(line)) {
    const seen = new Set<string>();
    return {
      credits: credits
        .map((c) => ({ ...c, role: "photographer" as const }))
        .filter((c) => !seen.has(c.name) && seen.add(c.name) !== undefined),
      bodyAt: line.length,
    };
  }
  return { credits, bodyAt: line.length };
}

/** A source line ("来源：…报"), which is a trailing credit without a person. */
export function isSourceLine(line: string): boolean {
  return SOURCE_LINE.test(line.length > 80 ? line.trimStart() : line.trim());
}

const PHOTO_END =
  /(?:^|[。！？\s）)（(/／\-—])((?:(?:本报|新华社|中新社|本刊)?(?:首席|特约|见习|全媒体|融媒体|摄影)?(?:记者|通讯员))?\s*[/／]?\s*[\p{Script=Han}·][\p{Script=Han}·\s、，]{0,24}?)\s*[/／]?\s*(翻摄|摄影?|供图)(?:\s*[/／]\s*[\p{Script=Han}A-Za-z]{2,8})?\s*[）)]?\s*$/u;
/** An outlet printed before the photographer's name, with no role word ("远江融媒祁文涛摄"). */
const OUTLET_BEFORE_NAME =
  /^[\p{Script=Han}]{2,8}?(?:融媒体中心|融媒体|融媒|日报社|日报|晚报|报社|新闻网|网|电视台|台|新闻|客户端)\s*(?=[\p{Script=Han}]{2,4}$)/u;

/**
 * A photo credit at the end of a line ("本报记者 X 摄", "…。通讯员 X 摄", "X/摄", "…。（记者 X 摄）",
 * "…（远江融媒X摄）", "记者 X 摄/远江视觉" with the picture agency after the slash, "（图/记者X翻摄）"
 * for a picture taken of a picture).
 */
export function photoCredit(line: string, base: number): Credit[] | null {
  // Cheap test first: the pattern scans the whole line, and most lines are body text.
  if (!/(?:摄影?|供图)\s*[）)]?\s*$/.test(line.slice(-8)) && !/摄\s*[/／╱]/.test(line.slice(-16)))
    return null;
  // "（图╱记者X摄）", "\某报记者X摄": other slashes read as "/" (same length: offsets hold).
  line = line.replace(/[╱＼\\]/g, "/");
  const m = PHOTO_END.exec(line);
  if (!m) return null;
  let text = m[1]!;
  let at = m.index + m[0].indexOf(text);
  const outlet = OUTLET_BEFORE_NAME.exec(text.trim());
  if (outlet && personLike(text.trim().slice(outlet[0].length), false)) {
    const skip = text.indexOf(text.trim()) + outlet[0].length;
    at += skip;
    text = text.slice(skip);
  }
  const credits = parseCreditText(text, base + at, "photographer").map((c) => ({
    ...c,
    role: "photographer" as const,
  }));
  return credits.length > 0 ? credits : null;
}

const END_BYLINE =
  /(?:^|[。！？”])\s*[（(]\s*((?:(?:本报|首席|特约|见习|全媒体|融媒体)?(?:记者|通讯员)\s*)?[\p{Script=Han}·][\p{Script=Han}·\s、，:：;；]{1,60}?)\s*[）)]\s*$/u;

/** "…。（文/X 图/Y）" at a paragraph's end: only 文/ and 图/ fields of two- to four-character names. */
const SLASH_END_BYLINE =
  /(?:^|[。！？”])\s*[（(]\s*((?:[文图]\s*[/／]\s*\p{Script=Han}{2,4}(?:[ \t\u3000]+\p{Script=Han}{2,4})*\s*)+)[）)]\s*$/u;

/**
 * A byline left open at the end of an article's last paragraph (the page lost its closing
 * bracket): "…表彰。（记者 X 通讯员 Y". The bracket must open with 记者 or 通讯员 after a finished
 * sentence and hold only names (with a surname: the signal is weaker than a closed bracket) and
 * role words up to the line's end.
 */
const OPEN_END_BYLINE =
  /^\s*((?:本报|首席|特约|见习|全媒体|融媒体)?(?:记者|通讯员)[\p{Script=Han}·\s、，]{2,40})$/u;

function openEndByline(line: string, base: number): Credit[] | null {
  // Cheap test first (most lines are body text): a role word near the end of the line.
  const tail = line.length > 48 ? line.slice(-48) : line;
  if (!tail.includes("记者") && !tail.includes("通讯员")) return null;
  const t = line.trimEnd();
  const open = Math.max(t.lastIndexOf("（"), t.lastIndexOf("("));
  if (open < 0 || t.length - open > 44 || !/记者|通讯员/.test(t.slice(open))) return null;
  const before = t.slice(0, open).trimEnd().at(-1);
  if (before !== undefined && !"。！？”".includes(before)) return null;
  const m = OPEN_END_BYLINE.exec(t.slice(open + 1));
  if (!m) return null;
  const inner = m[1]!;
  const names = splitNames(
    inner.replace(/记者|通讯员|本报|首席|特约|见习|全媒体|融媒体/g, (w) => " ".repeat(w.length)),
    0,
  );
  if (names.length === 0 || names.some((n) => n.name.length > 4 || !personLike(n.name, false))) return null;
  return parseCreditText(inner, base + open + 1 + m[0].indexOf(inner), "correspondent");
}

/**
 * A byline without brackets glued to a paragraph's last sentence: "…搭建了成长平台。本报记者 X"
 * (one or two names after 记者, up to the line's end).
 */
const GLUED_END_BYLINE =
  /[。！？”]\s*((?:本报|本刊)?(?:首席|特约|见习|全媒体|融媒体)?记者[ \t\u3000]*\p{Script=Han}{2,3}(?:[ \t\u3000、]+\p{Script=Han}{2,3})?)\s*$/u;

function gluedEndByline(line: string, base: number): Credit[] | null {
  const m = line.includes("记者") ? GLUED_END_BYLINE.exec(line) : null;
  if (!m) return null;
  const inner = m[1]!;
  const credits = parseCreditText(inner, base + m.index + m[0].indexOf(inner), null);
  return credits.length > 0 && credits.every((c) => personLike(c.name, true)) ? credits : null;
}

/** A byline at the end of a paragraph: "（记者 X 通讯员 Y）" or "（X Y）" (or left open: see openEndByline). */
export function endByline(line0: string, base: number): Credit[] | null {
  // "…。（祁某） |": a page's separator after the bracket is no part of the line.
  const line = line0.endsWith("|") || line0.endsWith("｜") ? line0.replace(/[\s|｜]+$/, "") : line0;
  if (!/[）)]\s*$/.test(line)) return openEndByline(line, base) ?? gluedEndByline(line, base);
  // "（文/X 图/Y）": the text's author and the picture's.
  const slashed = line.includes("/") || line.includes("／") ? SLASH_END_BYLINE.exec(line) : null;
  if (slashed) {
    const inner = slashed[1]!;
    const credits = parseCreditText(inner, base + slashed.index + slashed[0].indexOf(inner), null);
    if (credits.length > 0 && credits.every((c) => personLike(c.name, true))) return credits;
  }
  const m = END_BYLINE.exec(line);
  if (!m) return null;
  const printed = m[1]!;
  if (/图片|资料|左|右|摄|下同|版|见|供图/.test(printed)) return null;
  // "（某融媒体中心记者：X；编辑：Y；一审：Z）": the staff fields are no credits.
  const inner = /[;；]/.test(printed) ? creditFields(printed) : printed;
  if (/[:：]/.test(inner.replace(/(?:记者|通讯员)\s*[:：]/g, ""))) return null;
  const names = splitNames(
    inner.replace(/记者|通讯员|本报|首席|特约|见习|全媒体|融媒体/g, (w) => " ".repeat(w.length)),
    0,
  ).filter((n) => !(/[;；]/.test(printed) && OUTLET_END.test(n.name)));
  const at = m.index + m[0].indexOf(printed);
  if (names.length === 0) return unitThenNames(inner, base + at);
  // "…“十大最美公路人”（云南）": a heading's region in brackets names no one.
  if (names.every((n) => isPlaceName(n.name))) return null;
  if (names.some((n) => n.name.length > 4 && !DOT_NAME.test(n.name))) return null;
  if (names.every((n) => DEPARTMENT_END.test(n.name))) return null;
  return parseCreditText(inner, base + at, "correspondent");
}

/**
 * The writer's unit before the names in an end byline, as union and government sites print it:
 * "（远江市总工会宣传部祁文涛）", "（青松镇工会 祁文涛 贺云舟）". The unit must end with a unit word
 * and every name must read as a person's.
 */
const UNIT_THEN_NAMES =
  /^[\p{Script=Han}]{2,16}?(?:总工会|工会|委员会|讲师团|宣讲团|办公室|中心|公司|集团|学校|学院|医院|分局|局|厅|部|委|办|站|所|队|团|院|馆)\s*(\p{Script=Han}{2,3}(?:[\s、，]+\p{Script=Han}{2,3})?)$/u;

function unitThenNames(inner: string, base: number): Credit[] | null {
  const m = UNIT_THEN_NAMES.exec(inner);
  if (!m) return null;
  const from = m[0].length - m[1]!.length;
  const names = splitNames(m[1]!, base + from);
  if (names.length === 0 || !names.every((n) => personLike(n.name, true))) return null;
  return names.map((n) => ({ name: n.name, role: "correspondent" as const, start: n.start, end: n.end }));
}

/**
 * Field labels of a web page's metadata line ("来源：某某网 特约记者 X发布时间：…", "作者：X Y",
 * "作者 X Y" at the line's start); a name glued to the next label ends there.
 */
const META_LABEL =
  /(发布(?:日期|时间)|信息来源|稿件来源|来源|浏览次数|点击(?:数|量)?|字号|字体|责任编辑|编辑|作者|审核|签发|校对|时间|日期)\s*[：:]|^[【[（(]?\s*(作者)[ \t\u3000]+/g;
/** Labels whose names are staff, not reporters. */
const STAFF_LABEL = /编辑|审核|签发|校对/;

/**
 * Credits in a web page's metadata line: names after 记者/通讯员 anywhere, names after 作者
 * (the page's reporters); names after 编辑, 审核, 签发 are staff and skipped.
 */
export function metaCredits(line: string, base: number): Credit[] {
  const fields: { label: string; from: number; to: number }[] = [];
  let prev = 0;
  let label = "";
  for (const m of matchesOf(META_LABEL, line)) {
    fields.push({ label, from: prev, to: m.index });
    label = (m[1] ?? m[2])!;
    prev = m.index + m[0].length;
  }
  fields.push({ label, from: prev, to: line.length });
  const out: Credit[] = [];
  for (const f of fields) {
    if (STAFF_LABEL.test(f.label)) continue;
    // Dates ("2025年05月30日") would otherwise read as padded names.
    const value = line.slice(f.from, f.to).replace(/\d+\s*[年月日号时分秒]/g, (d) => " ".repeat(d.length));
    out.push(...parseCreditText(value, base + f.from, f.label === "作者" ? "reporter" : null));
  }
  return out;
}
