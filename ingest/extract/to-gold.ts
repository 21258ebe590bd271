/**
 * Converts extractions to the evaluation format of ../shared/eval/FORMAT.md (plain strings
 * where gold has lists of accepted spellings; event keys e1, e2 …).
 */
import type { ArticleExtraction } from "../types.ts";

export interface GoldArticle {
  title: string;
  reporters: string[];
  photographers: string[];
  events: {
    key: string;
    name: string;
    venue: string[];
    date: string | null;
    organizers: { org: string; role: string | null }[];
  }[];
  persons: {
    name: string;
    honours: string[];
    employers: string[];
    spokeAt: string[];
    talkTitle: string | null;
    aliases: string[];
  }[];
  collectives: { name: string; honours: string[]; spokeAt: string[] }[];
}

const uniq = (xs: string[]) => [...new Set(xs)];

export function toGoldArticle(x: ArticleExtraction): GoldArticle {
  return {
    title: x.title,
    reporters: uniq(
      x.credits.filter((c) => c.role === "reporter" || c.role === "correspondent").map((c) => c.name),
    ),
    photographers: uniq(x.credits.filter((c) => c.role === "photographer").map((c) => c.name)),
    events: x.events.map((e) => ({
      key: e.key,
      name: e.name,
      venue: e.venues.map((v) => v.name),
      date: e.date,
      organizers: e.organizers.map((o) => ({ org: o.org, role: o.role })),
    })),
    persons: x.persons.map((p) => ({
      name: p.name,
      honours: uniq(p.honours.map((h) => h.name)),
      employers: uniq(p.employers.map((e) => e.org)),
      spokeAt: uniq(p.spokeAt.map((s) => s.eventKey)),
      talkTitle: p.spokeAt.find((s) => s.talkTitle)?.talkTitle ?? null,
      aliases: uniq(p.aliases.map((a) => a.alias)),
    })),
    collectives: x.collectives.map((c) => ({
      name: c.name,
      honours: uniq(c.honours.map((h) => h.name)),
      spokeAt: uniq(c.spokeAt.map((s) => s.eventKey)),
    })),
  };
}

export function toGoldJson(extractions: ArticleExtraction[]): { articles: GoldArticle[] } {
  return { articles: extractions.map(toGoldArticle) };
}
