/**
 * Gold records produced alongside generated articles, in the shape of the evaluation
 * format (`../shared/eval/FORMAT.md`): each value is a list of accepted spellings.
 */

export type Spellings = string[];

export interface GoldOrganizer {
  org: Spellings;
  role: "主办" | "承办" | "协办" | "指导" | null;
}

export interface GoldEvent {
  key: string;
  name: string;
  venue: Spellings[];
  date: string | null;
  organizers: GoldOrganizer[];
}

export interface GoldPerson {
  name: string;
  honours: Spellings[];
  employers: Spellings[];
  spokeAt: string[];
  talkTitle: string | null;
  aliases: string[];
}

export interface GoldCollective {
  name: Spellings;
  honours: Spellings[];
  spokeAt: string[];
}

export interface GoldArticle {
  /** Page file the article is printed on (extra field; the scorer ignores it). */
  file: string;
  title: string;
  reporters: string[];
  photographers: string[];
  events: GoldEvent[];
  persons: GoldPerson[];
  collectives: GoldCollective[];
}

/** One generated page: its file name, its text and the gold of its articles in page order. */
export interface GeneratedPage {
  file: string;
  text: string;
  gold: GoldArticle[];
}

export interface GenerateOptions {
  articles: number;
  seed?: number;
  /** Fixed number of articles per page; default: 1–6 at random. */
  articlesPerPage?: number;
}
