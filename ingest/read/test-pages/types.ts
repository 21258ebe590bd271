/**
 * Shapes of the printed test pages: an article as typeset (kicker, headline, subtitle,
 * paragraphs, photo, credit, jump lines) with its hand-written gold beside it, in the format
 * of ../shared/eval/FORMAT.md (each accepted value a list of spellings).
 */

import type { GoldArticle as GeneratedGoldArticle } from "../../generate/types.ts";

export type { GoldCollective, GoldEvent, GoldPerson } from "../../generate/types.ts";

/** The evaluation format's article (the generator's, without its page-file field). */
export type GoldArticle = Omit<GeneratedGoldArticle, "file">;

export interface GoldPage {
  source: string;
  articles: GoldArticle[];
}

/** One article as it is printed; the first paragraph usually opens with 本报讯（记者 …）. */
export interface PageArticle {
  id: string;
  kicker?: string;
  headline: string;
  subtitles?: string[];
  paragraphs: string[];
  /** A photo (grey box) inside the body's columns, before paragraph `at`, with its caption. */
  photo?: { caption: string; at: number };
  /** A credit line after the body (`本报记者 X 摄`). */
  credit?: string;
  /** `上接第N版`: printed at the head of the body. */
  continuedFrom?: number;
  /** `下转第N版`: printed at the end of the body. */
  continuesOn?: number;
  /** Gold of this article; undefined for seed articles (scored against the seed gold). */
  gold?: GoldArticle;
}

/** A page element that is not an article: masthead, date line, ad, index box, banner. */
export type Chrome =
  | { kind: "masthead"; paper: string; date: string; page: number; section: string }
  | { kind: "folio"; paper: string; date: string; page: number; section: string }
  | { kind: "banner"; text: string }
  | { kind: "ad"; title: string; lines: string[] }
  | { kind: "index"; entries: string[] };
