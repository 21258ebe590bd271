/**
 * Collective honours given to lists of units, as award reports print them (rule ids in
 * rules/collective.ts):
 * - "授予A、B等50个集体“H”", "A等43个优秀单位（H）", "A等9家单位被…授予H称号", "A等12家单位入选H名单":
 *   the units named before 等 + a count of units (`collective.etc-count`);
 * - "A、B、C等单位荣获H称号", "A与B、“C”等共同被…授予“H”荣誉称号", "A、B荣获“H”": a list of units
 *   before an award verb (`collective.list-verb`);
 * - "“H”获得集体——UNIT" (`collective.dash-holder`);
 * - an award roll: a line holding only the honour ("江苏省工人先锋号："), then one unit a line
 *   (`collective.roll`).
 * Every item must read as an organisation's name (parse-unit's isOrgName, or a team: …团队,
 * …突击队, …班组); a list with an item that does not is left alone. The honour is parsed by
 * parse-honour and must be one (any category: the list says the holders are units).
 */

import { matchesOf } from "../text/matches-of.ts";
import type { HonourMention } from "../types.ts";
import { honourParser, mention, type PersonFinder, RECEIVED_QUOTED_TITLE } from "./find-persons.ts";
import { isOrgName } from "./parse-unit.ts";
import { spanAt, splitTop, type TextContext } from "./text-context.ts";

const NUM = "(?:\\d+|[一二三四五六七八九十两百千]+)";
/** "等50个集体", "等43个优秀单位", "等9家单位", "等208个优秀班组". */
const ETC_UNITS = new RegExp(
  `等(?:${NUM}(?:个|家)|)(?:优秀|先进|示范)?(?:集体|单位|班组|团队|企业|基层工会)`,
  "g",
);
/** An award verb after a list of units. */
const AWARD_VERB =
  /^(?:共同|分别|均)?(?:荣获|获得了?|获评|获|被[^，。；“”]{0,16}?(?:授予|评为|命名为)|入选|当选|喜获)(?:了)?/;
/** "授予", "表彰了", "命名" … before the first unit of a list closed by 等. */
const LEAD_WORDS = "授予|通报表彰了?|表彰了?|命名了?|评选出|评出|其中[，,]?|包括";
const LIST_LEAD = new RegExp(`(?:${LEAD_WORDS})\\s*$`);
const LEAD_ANYWHERE = new RegExp(LEAD_WORDS, "g");
/** The award verb after a list of units, with what may precede it ("等单位", "共同"). */
const UNITS_VERB =
  /(?:等单位|等集体)?(?:共同|分别|均)?(?:荣获|获得了?|获评|被[^，。；“”]{0,16}?(?:授予|评为|命名为)|入选|喜获)/g;
/** A quoted title received before 的, at the start of a unit list (after 为, 对 or 向 when any). */
const RECEIVED_DE = new RegExp(`(?:^|为|对|向)${RECEIVED_QUOTED_TITLE}`);
/** A team that holds a collective honour without an organisation suffix. */
const TEAM = /(?:团队|突击队|班组|[^\s]班|机组|车组|服务队|小组)$/;
/** Words after an honour that are no part of it: 称号, 荣誉, 名单 … */
const HONOUR_TAIL_END = /(?:荣誉称号|称号|荣誉|名单|奖牌)+[”）)]?$/;
const DASH_HOLDER = /“([^“”]{2,30})”(?:荣誉称号|称号)?获得集体\s*(?:——|—|－－|--)\s*/g;

/** A department of a unit ("某医院肺病科", "某检察院第六检察部"): the unit before it is named. */
const DEPARTMENT = /(?:科|室|部|处|岗|组|中心)$/;
/** What the unit before a department ends with (not a district: 某某棚户区改造项目部). */
const UNIT_END = /(?:公司|集团|医院|学校|学院|大学|研究院|研究所|局|厂|中心|站|馆|委|支队|大队|检察院|法院)$/;

function unitLike(name: string): boolean {
  const bare = name.replace(/[“”]/g, "").replace(/[（(][^（）()]*[）)]$/, "");
  if (bare.length < 3 || bare.length > 60) return false;
  if (isOrgName(bare) || (TEAM.test(bare) && bare.length >= 4)) return true;
  if (!DEPARTMENT.test(bare)) return false;
  for (let cut = bare.length - 2; cut >= 3; cut--)
    if (UNIT_END.test(bare.slice(0, cut)) && isOrgName(bare.slice(0, cut))) return true;
  return false;
}

/**
 * The honour printed in [a, b) (quotes and brackets around it allowed), or null; `scope`: a scope
 * word printed before its quotes ("全国“五一劳动奖状”"), read as part of it.
 */
function honourIn(ctx: TextContext, a0: number, b0: number, rule: string, scope = ""): HonourMention | null {
  const s = ctx.s;
  let a = a0;
  let b = b0;
  while (a < b && /[\s“（(：:]/.test(s[a]!)) a++;
  while (b > a && /[\s”）)]/.test(s[b - 1]!)) b--;
  if (b - a < 3 || b - a > 30 || /[，。；、]/.test(s.slice(a, b))) return null;
  const p = honourParser(ctx.honour)(scope + s.slice(a, b));
  return p ? mention(p, ctx.text.slice(a, b), spanAt(ctx, a, b, rule)) : null;
}

/** The items of a list in [a, b) split on 、, 与 and 和 (not 及: "某所及周边地块改造项目部" is one unit; spaces around them allowed), or null unless every item is a unit. */
function unitItems(ctx: TextContext, a: number, b: number): [number, number][] | null {
  const items: [number, number][] = [];
  for (const [x0, y0] of splitTop(ctx.s, a, b, "、与和")) {
    let x = x0;
    let y = y0;
    while (x < y && /\s/.test(ctx.s[x]!)) x++;
    while (y > x && /\s/.test(ctx.s[y - 1]!)) y--;
    if (!unitLike(ctx.s.slice(x, y))) return null;
    items.push([x, y]);
  }
  return items.length > 0 ? items : null;
}

function give(
  people: PersonFinder,
  ctx: TextContext,
  items: [number, number][],
  h: HonourMention,
  rule: string,
): void {
  for (const [x0, y] of items) {
    // A quoted team ("“某某突击队”") is named without its quotes.
    const x = ctx.text[x0] === "“" ? x0 + 1 : x0;
    people.addCollective(ctx.text.slice(x, ctx.text[y - 1] === "”" ? y - 1 : y), x, [h], rule);
  }
}

/** Start of the list that ends at `end`: after the clause's last boundary or a lead verb. */
function listStart(ctx: TextContext, from: number, end: number): number {
  const s = ctx.s;
  let a = end;
  while (a > from && !/[，。；：,;:]/.test(s[a - 1]!)) a--;
  let cut = a;
  for (const m of matchesOf(LEAD_ANYWHERE, s.slice(a, end))) cut = a + m.index + m[0].length;
  return cut;
}

/** Reads the collective lists of one sentence [from, to). */
export function readCollectiveLists(people: PersonFinder, ctx: TextContext, from: number, to: number): void {
  const s = ctx.s;
  const t = s.slice(from, to);
  if (t.includes("等")) {
    for (const m of matchesOf(ETC_UNITS, t)) {
      const end = from + m.index;
      const a = listStart(ctx, from, end);
      // "为获得全州“五一劳动奖状”的A、B等16个单位": the title received, then its holders.
      const received = RECEIVED_DE.exec(s.slice(a, end));
      if (received) {
        const title = received[2]!;
        const hAt = a + received.index + received[0].indexOf(`“${title}”`) + 1;
        const h = honourIn(ctx, hAt, hAt + title.length, "collective.received-de", received[1] ?? "");
        const held = h ? unitItems(ctx, a + received.index + received[0].length, end) : null;
        if (h && held) give(people, ctx, held, h, "collective.received-de");
        continue;
      }
      const items = unitItems(ctx, a, end);
      if (!items) continue;
      let after = end + m[0].length;
      const verb = AWARD_VERB.exec(s.slice(after, to));
      if (verb) after += verb[0].length;
      // The honour: quoted, bracketed or bare, up to the clause's end.
      let stop = after;
      while (stop < to && !/[，。；、]/.test(s[stop]!)) stop++;
      const text = s.slice(after, stop).replace(HONOUR_TAIL_END, "");
      const h = honourIn(ctx, after, after + text.length, "collective.etc-count");
      if (h && (verb || LIST_LEAD.test(s.slice(from, a)) || /^[（(“]/.test(s.slice(after, after + 1))))
        give(people, ctx, items, h, "collective.etc-count");
    }
  }
  // Cheap gate: every award verb below holds one of these characters.
  if (/[获授评命入]/.test(t))
    for (const m of matchesOf(UNITS_VERB, t)) {
      const end = from + m.index;
      const a = listStart(ctx, from, end);
      const list = s.slice(a, end).replace(/等$/, "");
      const items = unitItems(ctx, a, a + list.length);
      if (!items) continue;
      const after = end + m[0].length;
      let stop = after;
      while (stop < to && !/[，。；、]/.test(s[stop]!)) stop++;
      const text = s.slice(after, stop).replace(HONOUR_TAIL_END, "");
      const h = honourIn(ctx, after, after + text.length, "collective.list-verb");
      if (h) give(people, ctx, items, h, "collective.list-verb");
    }
  if (t.includes("获得集体"))
    for (const m of matchesOf(DASH_HOLDER, t)) {
      const hAt = from + m.index + 1;
      const h = honourIn(ctx, hAt, hAt + m[1]!.length, "collective.dash-holder");
      const a = from + m.index + m[0].length;
      let b = a;
      while (b < to && !/[，。；、\s]/.test(s[b]!)) b++;
      if (h && unitLike(s.slice(a, b))) give(people, ctx, [[a, b]], h, "collective.dash-holder");
    }
}

/**
 * Award rolls: a line holding only an honour (optionally closed by ： or a count in brackets), then lines each holding
 * one unit; the roll ends at the first line that is not a unit. Runs once over the body.
 */
export function readCollectiveRolls(people: PersonFinder, ctx: TextContext, bodyStart: number): void {
  const s = ctx.s;
  const lines: [number, number][] = [];
  let at = bodyStart;
  while (at < s.length) {
    const nl = s.indexOf("\n", at);
    const end = nl < 0 ? s.length : nl;
    if (end > at && s.slice(at, end).trim() !== "") lines.push([at, end]);
    at = end + 1;
  }
  for (let i = 0; i < lines.length - 1; i++) {
    const [a, b] = lines[i]!;
    const head = s.slice(a, b).trim();
    if (head.length > 24 || /[，。；、]/.test(head)) continue;
    // "某市工人先锋号：", "某市五一劳动奖状（2个）": the title, then a colon or the count.
    const colon = /(?:[：:]|（[\d一二三四五六七八九十]+(?:个|家|支|名)）)\s*$/.exec(s.slice(a, b));
    const h = honourIn(ctx, a, colon ? a + colon.index : b, "collective.roll");
    if (!h) continue;
    const items: [number, number][] = [];
    for (let j = i + 1; j < lines.length; j++) {
      let [x, y] = lines[j]!;
      while (x < y && /\s/.test(s[x]!)) x++;
      while (y > x && /[\s。；;]/.test(s[y - 1]!)) y--;
      if (!unitLike(s.slice(x, y))) break;
      items.push([x, y]);
    }
    if (items.length > 0) give(people, ctx, items, h, "collective.roll");
  }
}
