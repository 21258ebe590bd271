/**
 * In-memory search index over named graph entities: Chinese substring (via a character
 * bigram index), traditional input (t→cn), full pinyin and initials (sorted key arrays,
 * prefix by binary search). Pure: built from plain entries, no store access.
 */
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import type { NodeLabel } from "../../model/types.ts";

export interface SearchEntry {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  /** Full toneless pinyin; computed from the name when empty. */
  pinyin?: string;
  initials?: string;
  subtitle: string;
}

export interface SearchHit {
  id: string;
  label: NodeLabel;
  name: string;
  subtitle: string;
  score: number;
  /** What matched: name, alias, pinyin or initials. */
  match: "name" | "alias" | "pinyin" | "initials";
}

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/** Lower-case, simplified, without spaces and common separators. */
export function normaliseText(text: string): string {
  return toSimplified(text.normalize("NFKC"))
    .toLowerCase()
    .replace(/[\s·•・\-_'’]+/g, "");
}

export function pinyinOf(name: string, surname: boolean): { pinyin: string; initials: string } {
  const syllables = pinyin(name, {
    toneType: "none",
    type: "array",
    surname: surname ? "head" : "off",
    nonZh: "consecutive",
  });
  const clean = syllables
    .map((s) =>
      s
        .toLowerCase()
        .replace(/ü/g, "v")
        .replace(/[^a-z0-9]/g, ""),
    )
    .filter((s) => s.length > 0);
  return { pinyin: clean.join(""), initials: clean.map((s) => s.charAt(0)).join("") };
}

/** Rank of a label when scores tie: persons and events first. */
const LABEL_RANK: Record<NodeLabel, number> = {
  Person: 0,
  Event: 0,
  Organization: 1,
  Honour: 2,
  Place: 3,
  Article: 4,
};

/** Scores: exact > prefix > substring; Chinese text before pinyin before initials. */
const SCORE = {
  nameExact: 100,
  aliasExact: 95,
  pinyinExact: 90,
  initialsExact: 85,
  namePrefix: 80,
  aliasPrefix: 75,
  pinyinPrefix: 70,
  initialsPrefix: 60,
  nameSubstring: 50,
  aliasSubstring: 45,
} as const;

interface Key {
  key: string;
  entry: number;
  kind: "pinyin" | "initials";
}

interface TextKey {
  text: string;
  /** Length in code points. */
  length: number;
  entry: number;
  alias: boolean;
}

const MAX_PREFIX_SCAN = 5000;
const MATCH_KINDS: SearchHit["match"][] = ["name", "alias", "pinyin", "initials"];

interface Ranked {
  entry: number;
  score: number;
  match: SearchHit["match"];
}

export class SearchIndex {
  private readonly entries: SearchEntry[];
  private readonly texts: TextKey[] = [];
  /** bigram (or single char for 1-char texts) → text key indexes. */
  private readonly grams = new Map<string, number[]>();
  /** single char → text key indexes (for one-character queries). */
  private readonly chars = new Map<string, number[]>();
  private readonly pinyinKeys: Key[] = [];
  private readonly scores: Float64Array;
  private readonly matches: Uint8Array;
  private readonly stamps: Uint32Array;
  private searchStamp = 0;

  constructor(entries: SearchEntry[]) {
    this.entries = entries;
    this.scores = new Float64Array(entries.length);
    this.matches = new Uint8Array(entries.length);
    this.stamps = new Uint32Array(entries.length);
    entries.forEach((entry, i) => {
      this.addText(normaliseText(entry.name), i, false);
      for (const alias of entry.aliases) if (alias) this.addText(normaliseText(alias), i, true);
      const isPerson = entry.label === "Person";
      const py =
        entry.pinyin && entry.initials
          ? { pinyin: entry.pinyin, initials: entry.initials }
          : pinyinOf(entry.name, isPerson);
      if (py.pinyin) this.pinyinKeys.push({ key: py.pinyin, entry: i, kind: "pinyin" });
      if (py.initials.length > 1) this.pinyinKeys.push({ key: py.initials, entry: i, kind: "initials" });
      if (isPerson) {
        for (const alias of entry.aliases) {
          const apy = pinyinOf(alias, true);
          if (apy.pinyin) this.pinyinKeys.push({ key: apy.pinyin, entry: i, kind: "pinyin" });
        }
      }
    });
    this.pinyinKeys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  get size(): number {
    return this.entries.length;
  }

  private addText(text: string, entry: number, alias: boolean) {
    if (!text) return;
    const k = this.texts.length;
    const cps = Array.from(text);
    this.texts.push({ text, length: cps.length, entry, alias });
    for (const ch of new Set(cps)) push(this.chars, ch, k);
    const seenGrams = new Set<string>();
    for (let j = 0; j + 1 < cps.length; j++) seenGrams.add(cps[j]! + cps[j + 1]!);
    for (const g of seenGrams) push(this.grams, g, k);
  }

  search(rawQuery: string, opts: { limit?: number; types?: readonly NodeLabel[] } = {}): SearchHit[] {
    const limit = opts.limit ?? 10;
    const types = opts.types && opts.types.length > 0 ? new Set(opts.types) : null;
    const q = normaliseText(rawQuery);
    if (!q) return [];
    const qLength = Array.from(q).length;
    // Per-entry best score in reusable buffers (a stamp marks entries touched by this search).
    const stamp = ++this.searchStamp;
    const touched: number[] = [];
    const offer = (entry: number, score: number, match: SearchHit["match"]) => {
      const e = this.entries[entry]!;
      if (types && !types.has(e.label)) return;
      if (this.stamps[entry] !== stamp) {
        this.stamps[entry] = stamp;
        this.scores[entry] = score;
        this.matches[entry] = MATCH_KINDS.indexOf(match);
        touched.push(entry);
      } else if (this.scores[entry]! < score) {
        this.scores[entry] = score;
        this.matches[entry] = MATCH_KINDS.indexOf(match);
      }
    };

    for (const k of this.textCandidates(q)) {
      const t = this.texts[k]!;
      const at = t.text.indexOf(q);
      if (at < 0) continue;
      // Closer length = better within a class (one point per extra char, capped).
      const extra = Math.min(9, t.length - qLength);
      let score: number;
      if (at === 0 && extra === 0) score = t.alias ? SCORE.aliasExact : SCORE.nameExact;
      else if (at === 0) score = (t.alias ? SCORE.aliasPrefix : SCORE.namePrefix) - extra * 0.5;
      else score = (t.alias ? SCORE.aliasSubstring : SCORE.nameSubstring) - extra * 0.5;
      offer(t.entry, score, t.alias ? "alias" : "name");
    }

    if (/^[a-z0-9]+$/.test(q)) {
      let i = lowerBound(this.pinyinKeys, q);
      for (let n = 0; i < this.pinyinKeys.length && n < MAX_PREFIX_SCAN; i++, n++) {
        const key = this.pinyinKeys[i]!;
        if (!key.key.startsWith(q)) break;
        const extra = Math.min(9, key.key.length - q.length);
        const exact = extra === 0;
        const score =
          key.kind === "pinyin"
            ? exact
              ? SCORE.pinyinExact
              : SCORE.pinyinPrefix - extra * 0.5
            : exact
              ? SCORE.initialsExact
              : SCORE.initialsPrefix - extra * 0.5;
        offer(key.entry, score, key.kind);
      }
    }

    // Top-k selection (not a full sort): common words can match tens of thousands of entries.
    const compare = (a: Ranked, b: Ranked): number => {
      if (b.score !== a.score) return b.score - a.score;
      const ea = this.entries[a.entry]!;
      const eb = this.entries[b.entry]!;
      const byLabel = LABEL_RANK[ea.label] - LABEL_RANK[eb.label];
      if (byLabel !== 0) return byLabel;
      if (ea.name.length !== eb.name.length) return ea.name.length - eb.name.length;
      return ea.name < eb.name ? -1 : ea.name > eb.name ? 1 : ea.id < eb.id ? -1 : 1;
    };
    const top: Ranked[] = [];
    for (const entry of touched) {
      const score = this.scores[entry]!;
      if (top.length >= limit && score < top[top.length - 1]!.score) continue;
      const item = { entry, score, match: MATCH_KINDS[this.matches[entry]!]! };
      if (top.length >= limit && compare(item, top[top.length - 1]!) >= 0) continue;
      let i = top.length;
      while (i > 0 && compare(item, top[i - 1]!) < 0) i--;
      top.splice(i, 0, item);
      if (top.length > limit) top.pop();
    }
    return top.map(({ entry, score, match }) => {
      const e = this.entries[entry]!;
      return { id: e.id, label: e.label, name: e.name, subtitle: e.subtitle, score, match };
    });
  }

  /** Text keys that may contain `q`: the shortest posting list among its bigrams. */
  private textCandidates(q: string): number[] {
    const cps = Array.from(q);
    if (cps.length === 1) return this.chars.get(cps[0]!) ?? [];
    let shortest: number[] | undefined;
    for (let j = 0; j + 1 < cps.length; j++) {
      const list = this.grams.get(cps[j]! + cps[j + 1]!);
      if (!list) return [];
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    return shortest ?? [];
  }
}

function push(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lowerBound(keys: Key[], q: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]!.key < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
