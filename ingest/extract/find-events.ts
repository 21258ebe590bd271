/**
 * Finds events in an article: "NAME在VENUE举行", "ORG在VENUE举办NAME", "以“T”为主题的NAME",
 * touring stops ("走进A、B和C", "赴X开展"), organiser clauses ("由A指导，B主办，C承办"),
 * and attaches venues, organisers, themes, dates and campaigns to the right event.
 */
import type { OrganizerRole } from "../../model/types.ts";
import { EVENT_HEAD_BY_LAST, suffixAt } from "../lexicon/units.ts";
import type { EventMention, OrganizerMention, Span } from "../types.ts";
import { isOrgName, orgTypeOf } from "./parse-unit.ts";
import { spanAt, splitTop, type TextContext } from "./text-context.ts";

export interface FoundEvent extends EventMention {
  at: number;
}

const HELD =
  /在(.{1,50}?)(?:隆重|正式|顺利|同步|成功|盛大)?(举行|举办|召开|开幕|启动|开讲|开班|落幕|闭幕|进行|拉开帷幕)(?=[，。；]|$)/g;
const SUBJECT_HELD_VERB = /(举行|召开|开幕|启动|开讲|开班|落幕|闭幕)(?=[，。；]|$)/;
const SUBJECT_HELD = /^([^在由]+?)(?:隆重|正式|顺利|成功|盛大)?(?:举行|召开|开幕|启动|开讲|开班|落幕|闭幕)$/;
const HOLDS = /(?:组织)?(举办|举行|开展|召开|启动|打造|推出)(?:了)?|(主办|承办|组织)(?:了)?/g;
const TOUR = /(走进|来到|赴)(.{2,60}?)(?=[，。；]|开展|举办|举行|进行|宣讲|为|向|与|$)/g;
const ROLE = /(?:共同|联合)?(主办|承办|协办|指导)(?:单位)?(?=[，。；、的]|$)/g;
const FUTURE = /将|即将|计划|拟|下一步|未来|准备|还将/;
const REFERS = /^(此次|本次|该|这次|这场|本场|此项|活动|当天|当日)/;
const TIME_LEAD =
  /^(?:近日|日前|近期|日前|昨日|昨天|今天|当天|当日|同日|随后|此前|\d{4}年|\d{1,2}月\d{1,2}日|上午|下午|晚上|晚)+/;
const TIME_TAIL = /(?:近日|日前|近期|昨日|昨天|今天|当天|于|\d{1,2}月\d{1,2}日|上午|下午|晚上|正式|也|还)+$/;
const ADVERBS =
  /(?:近日|日前|近期|精心|隆重|联合|共同|合力|携手|成功|再次|还|也|先后|积极|专门|特别|首次|正式)+$/;
const BAD_OBJECT = /^(更多|多场|各类|一系列|系列|多种|形式多样|丰富多彩|一场场|各项|相关)/;
const BAD_VENUE =
  /现场$|^(全|各|多|基层|一线|群众|职工|企业$|车间$|班组$|工地$|校园$|社区$|田间|身边|心|其|此|会上|现场)|^(?:[\p{Script=Han}]{0,2}(?:的)?)(直播间|演播室|会场|会议室|主会场|分会场|线上|云端|网上)$/u;
const ROLES: Record<string, OrganizerRole> = { 主办: "主办", 承办: "承办", 协办: "协办", 指导: "指导" };

/** A place that is only a city or county name ("乌鲁木齐", "京"), not a site. */
const SITE_END =
  /(区|园|场|馆|厅|室|楼|港|站|校|院|所|村|镇|乡|街道|社区|基地|中心|码头|车间|工地|公司|集团|厂|矿|段|部|队|班|学|家|舍|堂|台|店|库|间|湾|岛|口)$/;
/** The organiser at the head of an event subject: "ORG“…”活动", "ORG劳模工匠宣讲团". */
const ORG_LEAD = /^(.{2,30}?(?:总工会|工会|委员会|联合会|协会|教育局|人社局))(?=“|劳模|工匠|职工|宣讲团)/;
/** A touring group as subject: "ORG“…”宣讲团", "ORG劳模工匠宣讲团". */
const TROUPE = /^(.{2,40}?宣讲团)/;

/** Length of the event head at the end of `t` (0 when `t` does not end with one). */
function eventHeadEnd(t: string): number {
  const issue = /(?:第[一二三四五六七八九十百\d]+(?:期|场|站|届|次)|首期|首站|首场)$/.exec(t);
  if (issue && eventHeadEnd(t.slice(0, issue.index)) === issue.index) return t.length;
  // A quoted programme name that ends with an event head: "“劳模工匠大讲堂”".
  if (t.endsWith("”")) {
    const open = t.lastIndexOf("“");
    if (open >= 0 && eventHeadEnd(t.slice(open + 1, t.length - 1)) === t.length - open - 2) return t.length;
  }
  if (t.endsWith("》")) {
    const open = t.lastIndexOf("《");
    if (open >= 0 && t.length - open >= 4) return t.length;
  }
  for (let e = t.length; e > 0; e--) {
    if (suffixAt(t, EVENT_HEAD_BY_LAST, e)) return e;
  }
  return 0;
}

export class EventFinder {
  readonly events: FoundEvent[] = [];
  private readonly organizers: { at: number; org: OrganizerMention; eventAt: number | null }[] = [];
  private readonly venues: { at: number; name: string; evidence: Span; eventAt: number | null }[] = [];
  private readonly themes: { at: number; theme: string }[] = [];

  constructor(
    private readonly ctx: TextContext,
    private readonly year: number | null,
  ) {}

  private eventSpan(at: number, len: number): Span {
    return spanAt(this.ctx, at, at + len);
  }

  /** Adds (or finds) the event named s[at, at+len). Returns its position. */
  private addEvent(at: number, len: number, theme: string | null, printed?: string): FoundEvent | null {
    let name = printed ?? this.ctx.text.slice(at, at + len).trim();
    const norm = this.ctx.s.slice(at, at + len).trim();
    if (name.length < 2 || REFERS.test(norm) || BAD_OBJECT.test(norm)) return null;
    if (theme && name.length < 10 && !name.includes("“")) name = `“${theme}”${name}`;
    const key = name.replace(/[“”\s]/g, "");
    const same = this.events.find((e) => {
      const k = e.name.replace(/[“”\s]/g, "");
      return k === key || k.includes(key) || key.includes(k);
    });
    if (same) {
      if (theme && !same.theme) same.theme = theme;
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
      evidence: this.eventSpan(at, len),
      at,
    };
    this.events.push(ev);
    return ev;
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

  private addVenue(from: number, to: number, eventAt: number | null): void {
    let a = from;
    let b = to;
    const s = this.ctx.s;
    while (a < b && s[a] === " ") a++;
    const t = s.slice(a, b).replace(/(内|里|中|上)$/, "");
    b = a + t.length;
    if (t.length < 3 || BAD_VENUE.test(t) || /^(?:[\p{Script=Han}]{2,4}?(?:省|市|县|自治区)){1,3}$/u.test(t))
      return;
    if (/[，。；的《》]/.test(t) || (t.length <= 4 && !SITE_END.test(t))) return;
    this.venues.push({ at: a, name: this.ctx.text.slice(a, b), evidence: spanAt(this.ctx, a, b), eventAt });
  }

  /** Organisers listed in [from, to) with one role. */
  private addOrganizers(from: number, to: number, role: OrganizerRole, eventAt: number | null): void {
    const s = this.ctx.s;
    const parts: [number, number][] = [];
    for (const [x, y] of splitTop(s, from, to, "、")) {
      // Split on 和/及/与 only where every part is an organisation (not 呼和浩特, 住房和城乡建设).
      const sub = splitTop(s, x, y, "和及与");
      const strip = (a: number, b: number) =>
        s.slice(a, b).replace(/^(?:此次活动|本次活动|活动|此次|本次|该活动)?(?:由|是)?/, "");
      if (sub.length > 1 && sub.every(([a, b]) => isOrgName(strip(a, b)))) parts.push(...sub);
      else parts.push([x, y]);
    }
    for (const [a0, b] of parts) {
      let a = a0;
      const lead = /^(?:此次活动|本次活动|活动|此次|本次|该活动)?(?:由|是)?/.exec(s.slice(a, b));
      if (lead) a += lead[0].length;
      const name = s.slice(a, b);
      if (!isOrgName(name)) continue;
      const org = this.ctx.text.slice(a, b);
      this.organizers.push({
        at: a,
        org: { org, orgType: orgTypeOf(name), role, evidence: spanAt(this.ctx, a, b) },
        eventAt,
      });
    }
  }

  readSentence(from: number, to: number): void {
    const s = this.ctx.s;
    const sent = s.slice(from, to);
    const future = (i: number) => FUTURE.test(sent.slice(0, i).replace(/“[^”]*”|《[^》]*》/g, ""));
    // Themes.
    for (const m of sent.matchAll(/以“([^”]+)”为主题/g))
      this.themes.push({ at: from + m.index, theme: m[1]! });
    // NAME (or ORG … NAME) 在 VENUE 举行.
    for (const m of sent.includes("在") ? sent.matchAll(HELD) : []) {
      if (future(m.index)) continue;
      const venueFrom = from + m.index + 1;
      const venueTo = venueFrom + m[1]!.length;
      const clauseStart = Math.max(sent.lastIndexOf("，", m.index) + 1, sent.lastIndexOf("；", m.index) + 1);
      let subj = sent.slice(clauseStart, m.index);
      let subjAt = from + clauseStart;
      let theme: string | null = null;
      const th = /^(?:.*?)以“([^”]+)”为主题的/.exec(subj);
      if (th) {
        theme = th[1]!;
        subjAt += th[0].length;
        subj = subj.slice(th[0].length);
      }
      const byRole = /^.*(?:主办|承办|协办|指导)的/.exec(subj);
      if (byRole) {
        subjAt += byRole[0].length;
        subj = subj.slice(byRole[0].length);
      }
      const lead = TIME_LEAD.exec(subj);
      if (lead) {
        subjAt += lead[0].length;
        subj = subj.slice(lead[0].length);
      }
      subj = subj.replace(TIME_TAIL, "");
      let ev: FoundEvent | null = null;
      let orgLead: string | null = null;
      const q = subj.indexOf("“");
      if (q >= 3 && isOrgName(subj.slice(0, q)) && eventHeadEnd(subj) === subj.length) {
        orgLead = subj.slice(0, q);
        subjAt += q;
        subj = subj.slice(q);
      }
      if (REFERS.test(subj) || subj === "") ev = this.eventFor(from + m.index);
      else if (eventHeadEnd(subj) === subj.length) ev = this.addEvent(subjAt, subj.length, theme);
      if (ev) this.addVenue(venueFrom, venueTo, ev.at);
      if (ev && orgLead) {
        const orgAt = subjAt - orgLead.length;
        this.organizers.push({
          at: orgAt,
          org: {
            org: this.ctx.text.slice(orgAt, subjAt),
            orgType: orgTypeOf(orgLead),
            role: null,
            evidence: spanAt(this.ctx, orgAt, subjAt),
          },
          eventAt: ev.at,
        });
      }
    }
    // "4月29日，NAME首场开讲", "NAME隆重开幕": an event as the whole subject of its clause.
    if (SUBJECT_HELD_VERB.test(sent)) {
      for (const [ca, cb] of splitTop(s, from, to, "，；。")) {
        const m = SUBJECT_HELD.exec(s.slice(ca, cb));
        if (!m || future(ca - from)) continue;
        const lead = TIME_LEAD.exec(m[1]!);
        const subjAt = ca + (lead ? lead[0].length : 0);
        // "…报告会首场开讲": the event is the 报告会, 首场 only says which session.
        const subj = m[1]!
          .slice(lead ? lead[0].length : 0)
          .replace(/(?:首场|第[一二三四五六七八九十\d]+场)$/, "");
        if (subj.length >= 4 && !REFERS.test(subj) && eventHeadEnd(subj) === subj.length)
          this.addEvent(subjAt, subj.length, null);
      }
    }
    // ORG (在 VENUE) 举办 NAME; also "…宣讲团赴X开展巡回宣讲", "为职工开展“…”宣讲活动".
    for (const m of sent.matchAll(HOLDS)) {
      if (future(m.index)) continue;
      const verb = m[1] ?? m[2] ?? "";
      const clauseStart = Math.max(sent.lastIndexOf("，", m.index) + 1, sent.lastIndexOf("；", m.index) + 1);
      const clauses = splitTop(sent, m.index + m[0].length, sent.length, "，。；");
      const objEnd = clauses[0]![1];
      let objFrom = m.index + m[0].length;
      let obj = sent.slice(objFrom, objEnd);
      // "由A主办的以…为主题的NAME": the verb is attributive here; the NAME is read by the 在…举行 rule.
      if (obj.startsWith("的")) continue;
      let theme: string | null = null;
      const th = /^以“([^”]+)”为主题的/.exec(obj);
      if (th) {
        theme = th[1]!;
        objFrom += th[0].length;
        obj = obj.slice(th[0].length);
      }
      const head = eventHeadEnd(obj);
      if (head === 0 || BAD_OBJECT.test(obj)) continue;
      let subj = sent.slice(clauseStart, m.index);
      let venue: [number, number] | null = null;
      const at = /在(.{1,50})$/.exec(subj.replace(ADVERBS, ""));
      if (at) {
        venue = [from + clauseStart + at.index + 1, from + clauseStart + at.index + 1 + at[1]!.length];
        subj = subj.slice(0, at.index);
      }
      subj = subj.replace(ADVERBS, "").replace(TIME_LEAD, "").replace(/^由/, "");
      const subjLead = sent.slice(clauseStart, m.index).indexOf(subj);
      const orgAt = from + clauseStart + Math.max(0, subjLead);
      let org: string | null = isOrgName(subj) ? subj : null;
      let orgList: string[] = org ? [org] : [];
      // "A、B联合举办", "A和B合力打造", "A与B共同主办": every part an organisation.
      const parts = subj.split(/[、和与及]/);
      if (parts.length > 1 && parts.every((x) => isOrgName(x))) {
        orgList = parts;
        org = parts[0]!;
      }
      let name: string | undefined;
      // "A邀请…，到/赴 PLACE 开展 NAME": PLACE is the venue and A (the one who invited) the organiser.
      const goTo = !org && !venue ? /^(?:到|赴|来到|前往)(.{2,30})$/.exec(subj) : null;
      if (goTo) {
        const vFrom = from + clauseStart + sent.slice(clauseStart, m.index).indexOf(goTo[1]!);
        venue = [vFrom, vFrom + goTo[1]!.length];
        const host = /([\p{Script=Han}]{3,30}?)(?:邀请|组织|带领)[^，。；]*，?$/u.exec(
          sent.slice(0, clauseStart),
        );
        const hostName = host?.[1]?.replace(TIME_LEAD, "");
        if (hostName && isOrgName(hostName)) {
          org = hostName;
          orgList = [hostName];
        }
      }
      if (!org && !goTo) {
        // A touring group as subject, or a purpose phrase after the subject clause.
        const troupe = TROUPE.exec(subj);
        const purpose = /^(为|向|给)/.test(subj) && (verb === "开展" || verb === "举办" || verb === "举行");
        if (!troupe && !purpose) continue;
        if (troupe) {
          const lead = ORG_LEAD.exec(subj);
          if (lead && isOrgName(lead[1]!)) org = lead[1]!;
          if (!obj.includes("“") && head <= 6) name = troupe[1]! + obj.slice(0, head);
        } else if (this.events.some((e) => e.at >= from && e.at < from + m.index)) continue;
      }
      const ev = this.addEvent(from + objFrom, head, theme, name);
      if (!ev) continue;
      if (venue) this.addVenue(venue[0], venue[1], ev.at);
      if (orgList.length === 0 && org) orgList = [org];
      let searchFrom = goTo ? 0 : clauseStart;
      for (const o of orgList) {
        const i = sent.indexOf(o, searchFrom);
        const orgFrom = i >= 0 ? from + i : orgAt;
        if (i >= 0) searchFrom = i + o.length;
        this.organizers.push({
          at: orgFrom,
          org: {
            org: this.ctx.text.slice(orgFrom, orgFrom + o.length),
            orgType: orgTypeOf(o),
            role: verb === "主办" || verb === "承办" ? (verb as OrganizerRole) : null,
            evidence: spanAt(this.ctx, orgFrom, orgFrom + o.length),
          },
          eventAt: ev.at,
        });
      }
    }
    // 在A的指导下 → A 指导.
    for (const m of sent.includes("指导下") ? sent.matchAll(/在([^，。；在]{2,40}?)的指导下/g) : [])
      this.addOrganizers(from + m.index + 1, from + m.index + 1 + m[1]!.length, "指导", null);
    // Organiser clauses: 由A指导，B主办，C、D承办(的NAME).
    const roleMatches = /主办|承办|协办|指导/.test(sent) ? [...sent.matchAll(ROLE)] : [];
    let prevEnd = 0;
    for (const m of roleMatches) {
      let start = prevEnd;
      for (const sep of ["，", "；", "由", "是"]) {
        const i = sent.lastIndexOf(sep, m.index - 1);
        if (i + 1 > start && i < m.index) start = i + 1;
      }
      prevEnd = m.index + m[0].length;
      if (sent[prevEnd] === "、") prevEnd++;
      // The event named right after "…承办的".
      let eventAt: number | null = null;
      if (sent[m.index + m[0].length] === "的") {
        let restAt = m.index + m[0].length + 1;
        let rest = sent.slice(restAt);
        // "…主办的以“T”为主题的NAME": T is the theme, NAME the event.
        const th = /^以“([^”]+)”为主题的/.exec(rest);
        if (th) {
          restAt += th[0].length;
          rest = rest.slice(th[0].length);
        }
        const stop = /在|于|，|。|；|走进|来到|赴/.exec(rest);
        const nameText = stop ? rest.slice(0, stop.index) : rest;
        const head = eventHeadEnd(nameText);
        if (head > 0) {
          const ev = this.addEvent(from + restAt, head, th?.[1] ?? null);
          if (ev) eventAt = ev.at;
        }
      }
      this.addOrganizers(from + start, from + m.index, ROLES[m[1]!]!, eventAt);
    }
    // Touring stops.
    for (const m of /走进|来到|赴/.test(sent) ? sent.matchAll(TOUR) : []) {
      if (future(m.index)) continue;
      const before = sent.slice(0, m.index).replace(TIME_TAIL, "");
      const clauseStart = Math.max(before.lastIndexOf("，") + 1, before.lastIndexOf("；") + 1);
      let subj = before
        .slice(clauseStart)
        .replace(/(?:首站|第[一二三四五六七八九十\d]+站|先后|分别|再次|又|还)+$/, "");
      let subjAt = from + clauseStart;
      const byRole = /^.*(?:主办|承办|协办|指导)的/.exec(subj);
      if (byRole) {
        subjAt += byRole[0].length;
        subj = subj.slice(byRole[0].length);
      }
      const lead = TIME_LEAD.exec(subj);
      if (lead) {
        subjAt += lead[0].length;
        subj = subj.slice(lead[0].length);
      }
      let ev: FoundEvent | null = null;
      const orgLead = ORG_LEAD.exec(subj);
      const org = orgLead && isOrgName(orgLead[1]!) ? orgLead[1]! : null;
      if (subj && eventHeadEnd(subj) === subj.length && !REFERS.test(subj)) {
        const skip = org && subj[org.length] === "“" ? org.length : 0;
        ev = this.addEvent(subjAt + skip, subj.length - skip, null);
      } else if (
        subj &&
        TROUPE.exec(subj)?.[1] === subj &&
        !this.events.some((e) => e.at >= from && e.at < to)
      ) {
        // "ORG“…”宣讲团走进A": the tour of the troupe is the event, unless the sentence names one.
        ev = this.addEvent(subjAt, subj.length, null);
      }
      if (org && (ev || this.events.length > 0))
        this.organizers.push({
          at: subjAt,
          org: {
            org: this.ctx.text.slice(subjAt, subjAt + org.length),
            orgType: orgTypeOf(org),
            role: null,
            evidence: spanAt(this.ctx, subjAt, subjAt + org.length),
          },
          eventAt: ev?.at ?? null,
        });
      ev ??= this.eventFor(from + m.index);
      const vFrom = from + m.index + m[1]!.length;
      for (const [a, b] of splitTop(s, vFrom, vFrom + m[2]!.length, "、和及"))
        this.addVenue(a, b, ev?.at ?? null);
    }
  }

  /** Attaches the collected venues, organisers and themes; numbers the events e1, e2 …. */
  finish(): EventMention[] {
    this.events.sort((a, b) => a.at - b.at);
    this.events.forEach((e, i) => {
      e.key = `e${i + 1}`;
    });
    const target = (at: number, eventAt: number | null) =>
      eventAt !== null ? this.events.find((e) => e.at === eventAt) : this.eventFor(at);
    for (const v of this.venues) {
      const ev = target(v.at, v.eventAt);
      if (ev && !ev.venues.some((x) => x.name === v.name))
        ev.venues.push({ name: v.name, evidence: v.evidence });
    }
    for (const o of this.organizers) {
      const ev = target(o.at, o.eventAt);
      if (!ev) continue;
      const same = ev.organizers.find((x) => x.org === o.org.org);
      if (same) same.role ??= o.org.role;
      else ev.organizers.push(o.org);
    }
    for (const t of this.themes) {
      const ev = this.eventFor(t.at);
      if (ev && !ev.theme) ev.theme = t.theme;
    }
    for (const ev of this.events) {
      if (ev.organizers.length > 0) continue;
      const m = /^(.{2,24}?(?:总工会|工会|委员会|协会|联合会))(?:系统)?/.exec(this.ctxNorm(ev));
      if (m && isOrgName(m[1]!)) {
        ev.organizers.push({
          org: ev.name.slice(0, m[1]!.length),
          orgType: orgTypeOf(m[1]!),
          role: null,
          evidence: ev.evidence,
        });
      }
    }
    return this.events.map(({ at: _at, ...e }) => e);
  }

  private ctxNorm(ev: FoundEvent): string {
    return this.ctx.s.slice(ev.at, ev.at + ev.name.length);
  }
}
