/**
 * Short builders for hand-written gold (FORMAT.md): a value is one spelling or a list of the
 * accepted spellings, persons speak at e1 unless told otherwise.
 */
import type { GoldOrganizer } from "../../generate/types.ts";
import type { GoldArticle, GoldEvent, GoldPerson } from "./types.ts";

type Spellings = string | string[];
const list = (v: Spellings): string[] => (Array.isArray(v) ? v : [v]);

export function event(
  name: string,
  venue: Spellings[],
  organizers: [Spellings, GoldOrganizer["role"]][],
  key = "e1",
): GoldEvent {
  return {
    key,
    name,
    venue: venue.map(list),
    date: null,
    organizers: organizers.map(([org, role]) => ({ org: list(org), role })),
  };
}

export function person(
  name: string,
  honours: Spellings[],
  employers: Spellings[],
  opts: { spokeAt?: string[]; talkTitle?: string } = {},
): GoldPerson {
  return {
    name,
    honours: honours.map(list),
    employers: employers.map(list),
    spokeAt: opts.spokeAt ?? ["e1"],
    talkTitle: opts.talkTitle ?? null,
    aliases: [],
  };
}

export function article(title: string, parts: Partial<Omit<GoldArticle, "title">> = {}): GoldArticle {
  return {
    title,
    reporters: parts.reporters ?? [],
    photographers: parts.photographers ?? [],
    events: parts.events ?? [],
    persons: parts.persons ?? [],
    collectives: parts.collectives ?? [],
  };
}
