/**
 * Which event node each event mention is. A mention's own key is its name with its date and
 * organisers (or its article, when it has neither), so one event stated once with a date and once
 * without would be two nodes. An undated mention is the dated event of the same name when:
 * - the same article dates it elsewhere (one date only), or
 * - exactly one dated event of that name fits it in the whole graph: an organiser in common (or
 *   no organiser on either side to contradict, for a name that says whose or which year's event it
 *   is), and its date lies at most RECENT_DAYS before the undated article's publication date
 *   ("日前", "近日": a report follows its event).
 * Generic names (职工健步走活动) held by several organisers stay apart.
 *
 * Ids do not change when a date is learnt: a mention's key holds the day as its sentence writes it
 * (`4月29日` → `--04-29`; a written year is kept), not the year an article's date lends it, so
 * the same text read undated and then dated keys the same node. Only when one key gathers
 * mentions of different lent years (a yearly event on the same day) does each year get its own.
 */
import type { ArticleExtraction } from "../types.ts";
import { nameKey } from "./normalise.ts";

/** Most days between an event and an article that reports it without a date. */
export const RECENT_DAYS = 45;

export interface EventMentionRef {
  articleId: string;
  /** Article-local key (e1, e2 …). */
  key: string;
  name: string;
  date: string | null;
  /**
   * The day as the text writes it: `YYYY-MM-DD` with a written year, `--MM-DD` without one
   * (whatever year the article lends), else the date itself (or null).
   */
  day: string | null;
  /** Organisation keys of its organisers (after abbreviation expansion), sorted. */
  organizers: string[];
}

/** A name that says whose or which event it is: a year, a place or a union in it. */
const SPECIFIC_NAME =
  /\d{4}年|第[一二三四五六七八九十百\d]+届|[\p{Script=Han}]{2,}(?:省|市|区|县|州|镇)|工会/u;

const WRITTEN_DAY = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;

/** The day a sentence writes for an event dated `date` (see EventMentionRef.day). */
export function writtenDay(sentence: string, date: string | null): string | null {
  const m = WRITTEN_DAY.exec(sentence);
  if (!m) return date;
  const md = `${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  return m[1] ? `${m[1]}-${md}` : `--${md}`;
}

/** The mention's own identity key (name, written day and organisers, or its article). */
export function ownEventKey(m: EventMentionRef): string {
  const scope =
    m.day || m.organizers.length ? `${m.day ?? ""}|${m.organizers.join(",")}` : `article:${m.articleId}`;
  return `${nameKey(m.name)}|${scope}`;
}

/** The year an article lent a mention whose text writes no year (null when none was lent). */
function lentYear(m: EventMentionRef): string | null {
  return m.date && m.day?.startsWith("--") ? m.date.slice(0, 4) : null;
}

/**
 * Identity keys of the mentions: their own keys, except that a key whose mentions were lent
 * different years is split by year (mentions of no lent year keep the plain key).
 */
function splitByYear(mentions: EventMentionRef[]): Map<EventMentionRef, string> {
  const byKey = new Map<string, EventMentionRef[]>();
  for (const m of mentions) {
    const k = ownEventKey(m);
    const list = byKey.get(k);
    if (list) list.push(m);
    else byKey.set(k, [m]);
  }
  const out = new Map<EventMentionRef, string>();
  for (const [k, list] of byKey) {
    const years = new Set(list.map(lentYear).filter((y) => y !== null));
    for (const m of list) {
      const y = lentYear(m);
      out.set(m, years.size > 1 && y ? `${k}|year:${y}` : k);
    }
  }
  return out;
}

/** First day of an ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD), as a UTC time. */
function startOf(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** Days the period of an ISO date spans (a year, a month, a day). */
function spanDays(date: string): number {
  return date.length === 4 ? 366 : date.length === 7 ? 31 : 1;
}

/** True when an article published on `published` may report, without a date, an event on `date`. */
export function reportsRecent(published: string | null, date: string): boolean {
  if (!published) return true;
  const p = startOf(published);
  const d = startOf(date);
  if (p === null || d === null) return true;
  const days = (p - d) / 86_400_000;
  return days >= 0 && days <= RECENT_DAYS + spanDays(date) - 1;
}

function organizersFit(a: string[], b: string[], name: string): boolean {
  if (a.length > 0 && b.length > 0) return a.some((k) => b.includes(k));
  return SPECIFIC_NAME.test(name);
}

/**
 * The identity key of every mention, by `${articleId}\u0001${key}`: its own key, or the own key
 * of the dated event it is (see the module comment).
 */
export function eventIdentities(
  mentions: EventMentionRef[],
  published: Map<string, string | null>,
): Map<string, string> {
  const out = new Map<string, string>();
  const byName = new Map<string, EventMentionRef[]>();
  const keyOf = splitByYear(mentions);
  for (const m of mentions) {
    out.set(`${m.articleId}\u0001${m.key}`, keyOf.get(m)!);
    const k = nameKey(m.name);
    const list = byName.get(k);
    if (list) list.push(m);
    else byName.set(k, [m]);
  }
  for (const group of byName.values()) {
    const dated = group.filter((m) => m.date);
    if (dated.length === 0) continue;
    for (const u of group) {
      if (u.date) continue;
      // An undated mention that writes a day may only be an event of that day.
      const md = u.day?.slice(-5);
      const candidates = md ? dated.filter((d) => d.date!.endsWith(md)) : dated;
      const key = (d: EventMentionRef) => keyOf.get(d)!;
      const inArticle = new Set(candidates.filter((d) => d.articleId === u.articleId).map(key));
      let target: string | undefined;
      if (inArticle.size === 1) [target] = inArticle;
      else if (inArticle.size === 0) {
        const fits = new Set(
          candidates
            .filter(
              (d) =>
                organizersFit(u.organizers, d.organizers, u.name) &&
                reportsRecent(published.get(u.articleId) ?? null, d.date!),
            )
            .map(key),
        );
        if (fits.size === 1) [target] = fits;
      }
      if (target) out.set(`${u.articleId}\u0001${u.key}`, target);
    }
  }
  return out;
}

/**
 * The keys partial resolution (partial.ts) indexes an event mention under, such that every
 * mention its identity can depend on shares one of them: the mentions of its own key (split by
 * year among them) and, for an undated mention, the dated ones that fit it. A name that says
 * whose event it is fits across organisers: its name is the key. A generic name fits only a dated
 * mention with an organiser in common, so it is keyed by name and organiser (one key each); with
 * no organiser, by name and written day (its own key's group), else by name and article (only its
 * own article can date it). So a generic name shared across the corpus (劳模宣讲活动) does not
 * join every article that holds it.
 */
export function mentionKeys(m: EventMentionRef): string[] {
  const name = nameKey(m.name);
  if (SPECIFIC_NAME.test(name)) return [name];
  if (m.organizers.length > 0) return [...new Set(m.organizers)].map((o) => `${name}\u0001o:${o}`);
  return [m.day ? `${name}\u0001d:${m.day}` : `${name}\u0001a:${m.articleId}`];
}

/**
 * The keys each mention's identity rests on, by `${articleId}\u0001${key}`: its own keys and those
 * of the other mentions of its name in its article (an undated mention may be one of them).
 */
export function identityKeys(mentions: EventMentionRef[]): Map<string, string[]> {
  const byNameInArticle = new Map<string, Set<string>>();
  const at = (m: EventMentionRef) => `${m.articleId}\u0001${nameKey(m.name)}`;
  for (const m of mentions) {
    const set = byNameInArticle.get(at(m)) ?? new Set<string>();
    for (const k of mentionKeys(m)) set.add(k);
    byNameInArticle.set(at(m), set);
  }
  return new Map(mentions.map((m) => [`${m.articleId}\u0001${m.key}`, [...byNameInArticle.get(at(m))!]]));
}

/** The mentions of a set of articles, organisers keyed by `orgKeyOf` (expanded, canonical). */
export function eventMentionsOf(
  articles: ArticleExtraction[],
  orgKeyOf: (articleId: string, org: string) => string,
): EventMentionRef[] {
  return articles.flatMap((a) =>
    a.events.map((e) => ({
      articleId: a.id,
      key: e.key,
      name: e.name,
      date: e.date,
      day: writtenDay(e.evidence.sentence, e.date),
      organizers: e.organizers.map((o) => orgKeyOf(a.id, o.org)).sort(),
    })),
  );
}
