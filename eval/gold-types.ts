/** Gold articles as ../shared/eval/FORMAT.md writes them (lists of accepted spellings). */

/** One value, or the list of its accepted spellings. */
export type Spellings = string | string[];

export interface GoldArticleIn {
  title: string;
  reporters?: string[];
  photographers?: string[];
  events?: {
    key: string;
    name: string;
    venue?: Spellings[];
    date?: string | null;
    organizers?: { org: Spellings; role: string | null }[];
  }[];
  persons?: {
    name: string;
    honours?: Spellings[];
    employers?: Spellings[];
    spokeAt?: string[];
    talkTitle?: string | null;
    aliases?: string[];
  }[];
  collectives?: { name: Spellings; honours?: Spellings[]; spokeAt?: string[] }[];
}

export const spellingsOf = (v: Spellings): string[] => (Array.isArray(v) ? v : [v]);
