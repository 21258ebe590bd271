/**
 * In-memory search index over named graph entities: exact and prefix matches from sorted key
 * arrays (Chinese text, full pinyin, initials; binary search), Chinese substrings from a
 * character-bigram index scanned only when prefixes give fewer than `limit` results.
 * Pure: built from plain entries, no store access. Results can be rendered as precomputed JSON.
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

export interface SearchOptions {
  limit?: number;
  types?: readonly NodeLabel[];
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

/**
 * Scores: exact > prefix > substring; Chinese text before pinyin before initials. Every prefix
 * score (≥ 55.5 after the length penalty) is above every substring score (≤ 50), which is what
 * lets the substring scan be skipped once prefixes fill the limit.
 */
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

const MATCH_KINDS: SearchHit["match"][] = ["name", "alias", "pinyin", "initials"];
const NAME = 0;
const ALIAS = 1;
const PINYIN = 2;
const INITIALS = 3;
/** Most keys of one prefix range looked at (a one-letter pinyin prefix can span 10k keys). */
const MAX_PREFIX_SCAN = 5000;
/** Queries that scanned more candidates than this are cached (common words such as 工会). */
const CACHE_SCAN_THRESHOLD = 2000;
const CACHE_SIZE = 256;

/** Sorted keys of one kind with their owner entry and match kind, in parallel arrays. */
export interface KeyArray {
  keys: string[];
  entries: Int32Array;
  kinds: Uint8Array;
  /** Key length in code points. */
  lengths: Uint16Array;
}

interface KeyItem {
  key: string;
  entry: number;
  kind: number;
  length: number;
}

function buildKeyArray(items: KeyItem[]): KeyArray {
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry - b.entry));
  return {
    keys: items.map((k) => k.key),
    entries: Int32Array.from(items, (k) => k.entry),
    kinds: Uint8Array.from(items, (k) => k.kind),
    lengths: Uint16Array.from(items, (k) => Math.min(65535, k.length)),
  };
}

function lowerBound(keys: readonly string[], q: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Top-k by (score desc, static entry rank asc) with reusable per-entry buffers. */
class Ranking {
  readonly scores: Float64Array;
  readonly kinds: Uint8Array;
  private readonly stamps: Uint32Array;
  private stamp = 0;
  touched: number[] = [];

  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.kinds = new Uint8Array(size);
    this.stamps = new Uint32Array(size);
  }

  reset(): void {
    this.stamp++;
    this.touched = [];
  }

  offer(entry: number, score: number, kind: number): void {
    if (this.stamps[entry] !== this.stamp) {
      this.stamps[entry] = this.stamp;
      this.scores[entry] = score;
      this.kinds[entry] = kind;
      this.touched.push(entry);
    } else if (this.scores[entry]! < score) {
      this.scores[entry] = score;
      this.kinds[entry] = kind;
    }
  }
}

/** Normalised texts with their owners, and their character and bigram posting lists. */
class TextTable {
  readonly texts: string[] = [];
  readonly lengths: number[] = [];
  readonly entries: number[] = [];
  readonly alias: number[] = [];
  readonly grams = new Map<string, number[]>();
  readonly chars = new Map<string, number[]>();

  add(text: string, entry: number, alias: boolean, items: KeyItem[]): void {
    if (!text) return;
    const k = this.texts.length;
    const cps = Array.from(text);
    this.texts.push(text);
    this.lengths.push(cps.length);
    this.entries.push(entry);
    this.alias.push(alias ? 1 : 0);
    items.push({ key: text, entry, kind: alias ? ALIAS : NAME, length: cps.length });
    for (const ch of new Set(cps)) push(this.chars, ch, k);
    const seenGrams = new Set<string>();
    for (let j = 0; j + 1 < cps.length; j++) seenGrams.add(cps[j]! + cps[j + 1]!);
    for (const g of seenGrams) push(this.grams, g, k);
  }
}

/**
 * Everything a SearchIndex holds, as plain arrays: what the start cache persists
 * (server/services/start-cache.ts) so a server start skips normalising, pinyin and sorting.
 */
export interface SearchIndexSnapshot {
  entries: SearchEntry[];
  ranks: Int32Array;
  textKeys: KeyArray;
  pinyinKeys: KeyArray;
  texts: string[];
  textLengths: Uint16Array;
  textEntries: Int32Array;
  textAlias: Uint8Array;
  grams: PostingTable;
  chars: PostingTable;
}

/** A string → posting list map, flattened: list i is postings[offsets[i] .. offsets[i + 1]). */
export interface PostingTable {
  keys: string[];
  offsets: Int32Array;
  postings: Int32Array;
}

type Postings = ArrayLike<number> & Iterable<number>;

function flattenPostings(map: Map<string, Postings>): PostingTable {
  const keys = [...map.keys()];
  const offsets = new Int32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    total += map.get(k)!.length;
    offsets[i + 1] = total;
  });
  const postings = new Int32Array(total);
  keys.forEach((k, i) => {
    postings.set(Array.from(map.get(k)!), offsets[i]!);
  });
  return { keys, offsets, postings };
}

function postingMap(table: PostingTable): Map<string, Postings> {
  const map = new Map<string, Postings>();
  table.keys.forEach((k, i) => {
    map.set(k, table.postings.subarray(table.offsets[i]!, table.offsets[i + 1]!));
  });
  return map;
}

function jsonHeadOf(e: SearchEntry): string {
  return `{"id":${JSON.stringify(e.id)},"label":${JSON.stringify(e.label)},"name":${JSON.stringify(e.name)},"subtitle":${JSON.stringify(e.subtitle)},`;
}

export class SearchIndex {
  private readonly entries: SearchEntry[];
  /** Position of each entry in the static tie-break order (label, name length, name, id). */
  private readonly ranks: Int32Array;
  /** `{"id":…,"label":…,"name":…,"subtitle":…,` per entry, for JSON responses. */
  private readonly jsonHeads: string[];
  /** Normalised names and aliases, sorted (exact and prefix search). */
  private readonly textKeys: KeyArray;
  /** Full pinyin and initials keys, sorted. */
  private readonly pinyinKeys: KeyArray;
  /** Every normalised text with its owner and whether it is an alias (substring search). */
  private readonly texts: string[];
  private readonly textLengths: Uint16Array;
  private readonly textEntries: Int32Array;
  private readonly textAlias: Uint8Array;
  /** Bigram (and single character) → text indexes. */
  private readonly grams: Map<string, Postings>;
  private readonly chars: Map<string, Postings>;
  private readonly ranking: Ranking;
  private readonly cache = new Map<string, { entries: number[]; scores: number[]; kinds: number[] }>();

  /** Builds the index from entries, or adopts a snapshot taken by `snapshot()`. */
  constructor(entries: SearchEntry[], snapshot?: SearchIndexSnapshot) {
    this.entries = entries;
    this.ranking = new Ranking(entries.length);
    this.jsonHeads = entries.map(jsonHeadOf);
    if (snapshot) {
      if (snapshot.entries.length !== entries.length || snapshot.ranks.length !== entries.length) {
        throw new Error("search index snapshot does not match its entries");
      }
      this.ranks = snapshot.ranks;
      this.textKeys = snapshot.textKeys;
      this.pinyinKeys = snapshot.pinyinKeys;
      this.texts = snapshot.texts;
      this.textLengths = snapshot.textLengths;
      this.textEntries = snapshot.textEntries;
      this.textAlias = snapshot.textAlias;
      this.grams = postingMap(snapshot.grams);
      this.chars = postingMap(snapshot.chars);
      return;
    }
    const order = entries.map((_, i) => i);
    order.sort((a, b) => {
      const ea = entries[a]!;
      const eb = entries[b]!;
      const byLabel = LABEL_RANK[ea.label] - LABEL_RANK[eb.label];
      if (byLabel !== 0) return byLabel;
      if (ea.name.length !== eb.name.length) return ea.name.length - eb.name.length;
      return ea.name < eb.name ? -1 : ea.name > eb.name ? 1 : ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0;
    });
    this.ranks = new Int32Array(entries.length);
    order.forEach((entry, rank) => {
      this.ranks[entry] = rank;
    });
    const textItems: KeyItem[] = [];
    const pinyinItems: KeyItem[] = [];
    const pinyinItem = (key: string, entry: number, kind: number) =>
      pinyinItems.push({ key, entry, kind, length: key.length });
    const texts = new TextTable();
    entries.forEach((entry, i) => {
      texts.add(normaliseText(entry.name), i, false, textItems);
      for (const alias of entry.aliases) if (alias) texts.add(normaliseText(alias), i, true, textItems);
      const isPerson = entry.label === "Person";
      const py =
        entry.pinyin && entry.initials
          ? { pinyin: entry.pinyin, initials: entry.initials }
          : pinyinOf(entry.name, isPerson);
      if (py.pinyin) pinyinItem(py.pinyin, i, PINYIN);
      if (py.initials.length > 1) pinyinItem(py.initials, i, INITIALS);
      if (isPerson) {
        for (const alias of entry.aliases) {
          const apy = pinyinOf(alias, true);
          if (apy.pinyin) pinyinItem(apy.pinyin, i, PINYIN);
        }
      }
    });
    this.textKeys = buildKeyArray(textItems);
    this.pinyinKeys = buildKeyArray(pinyinItems);
    this.texts = texts.texts;
    this.textLengths = Uint16Array.from(texts.lengths, (n) => Math.min(65535, n));
    this.textEntries = Int32Array.from(texts.entries);
    this.textAlias = Uint8Array.from(texts.alias);
    this.grams = texts.grams;
    this.chars = texts.chars;
  }

  /** The index as plain arrays (see SearchIndexSnapshot); `new SearchIndex(s.entries, s)` restores it. */
  snapshot(): SearchIndexSnapshot {
    return {
      entries: this.entries,
      ranks: this.ranks,
      textKeys: this.textKeys,
      pinyinKeys: this.pinyinKeys,
      texts: this.texts,
      textLengths: this.textLengths,
      textEntries: this.textEntries,
      textAlias: this.textAlias,
      grams: flattenPostings(this.grams),
      chars: flattenPostings(this.chars),
    };
  }

  get size(): number {
    return this.entries.length;
  }

  search(rawQuery: string, opts: SearchOptions = {}): SearchHit[] {
    const top = this.rank(rawQuery, opts);
    return top.entries.map((entry, i) => {
      const e = this.entries[entry]!;
      return {
        id: e.id,
        label: e.label,
        name: e.name,
        subtitle: e.subtitle,
        score: top.scores[i]!,
        match: MATCH_KINDS[top.kinds[i]!]!,
      };
    });
  }

  /** The same results as `search`, as the JSON text of a `SearchHit[]` (precomputed parts). */
  searchJson(rawQuery: string, opts: SearchOptions = {}): string {
    const top = this.rank(rawQuery, opts);
    let out = "[";
    for (let i = 0; i < top.entries.length; i++) {
      if (i > 0) out += ",";
      out += `${this.jsonHeads[top.entries[i]!]}"score":${top.scores[i]},"match":"${MATCH_KINDS[top.kinds[i]!]}"}`;
    }
    return `${out}]`;
  }

  private rank(
    rawQuery: string,
    opts: SearchOptions,
  ): { entries: number[]; scores: number[]; kinds: number[] } {
    const limit = opts.limit ?? 10;
    const types = opts.types && opts.types.length > 0 ? opts.types : null;
    const q = normaliseText(rawQuery);
    if (!q) return { entries: [], scores: [], kinds: [] };
    const cacheKey = `${limit}|${types ? types.join(",") : ""}|${q}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;

    const ranking = this.ranking;
    ranking.reset();
    const accept = (entry: number) => !types || types.includes(this.entries[entry]!.label);
    let scanned = 0;

    // 1. Exact and prefix matches of names and aliases.
    const qLength = Array.from(q).length;
    scanned += this.scanPrefix(this.textKeys, q, qLength, accept, Number.POSITIVE_INFINITY);
    // 2. Exact and prefix matches of full pinyin and initials.
    if (/^[a-z0-9]+$/.test(q)) {
      scanned += this.scanPrefix(this.pinyinKeys, q, q.length, accept, MAX_PREFIX_SCAN);
    }
    // 3. Substrings (score ≤ 50, below every prefix score): only when prefixes gave too few.
    if (ranking.touched.length < limit) scanned += this.scanSubstrings(q, qLength, accept);

    const top = this.topK(limit);
    if (scanned > CACHE_SCAN_THRESHOLD) {
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(cacheKey, top);
    }
    return top;
  }

  private scanPrefix(
    keys: KeyArray,
    q: string,
    qLength: number,
    accept: (e: number) => boolean,
    maxScan: number,
  ): number {
    const ranking = this.ranking;
    const start = lowerBound(keys.keys, q);
    let i = start;
    for (; i < keys.keys.length && i - start < maxScan; i++) {
      const key = keys.keys[i]!;
      if (!key.startsWith(q)) break;
      const entry = keys.entries[i]!;
      if (!accept(entry)) continue;
      const kind = keys.kinds[i]!;
      // Closer length = better within a class (half a point per extra char, capped).
      const extra = Math.min(9, keys.lengths[i]! - qLength);
      ranking.offer(entry, prefixScore(kind, extra), kind);
    }
    return i - start;
  }

  private scanSubstrings(q: string, qLength: number, accept: (e: number) => boolean): number {
    const candidates = this.textCandidates(q);
    const ranking = this.ranking;
    for (const k of candidates) {
      const text = this.texts[k]!;
      const at = text.indexOf(q);
      if (at <= 0) continue; // absent, or a prefix (already scored)
      const entry = this.textEntries[k]!;
      if (!accept(entry)) continue;
      const extra = Math.min(9, this.textLengths[k]! - qLength);
      const alias = this.textAlias[k] === 1;
      ranking.offer(
        entry,
        (alias ? SCORE.aliasSubstring : SCORE.nameSubstring) - extra * 0.5,
        alias ? ALIAS : NAME,
      );
    }
    return candidates.length;
  }

  /** Top-k selection (not a full sort): common words can match tens of thousands of entries. */
  private topK(limit: number): { entries: number[]; scores: number[]; kinds: number[] } {
    const { scores, kinds, touched } = this.ranking;
    const ranks = this.ranks;
    const top: number[] = [];
    const better = (a: number, b: number) =>
      scores[a]! > scores[b]! || (scores[a] === scores[b] && ranks[a]! < ranks[b]!);
    for (const entry of touched) {
      if (top.length >= limit && !better(entry, top[top.length - 1]!)) continue;
      let i = top.length;
      while (i > 0 && better(entry, top[i - 1]!)) i--;
      top.splice(i, 0, entry);
      if (top.length > limit) top.pop();
    }
    return {
      entries: top,
      scores: top.map((e) => scores[e]!),
      kinds: top.map((e) => kinds[e]!),
    };
  }

  /** Text keys that may contain `q`: the shortest posting list among its bigrams. */
  private textCandidates(q: string): Postings {
    const cps = Array.from(q);
    if (cps.length === 1) return this.chars.get(cps[0]!) ?? [];
    let shortest: Postings | undefined;
    for (let j = 0; j + 1 < cps.length; j++) {
      const list = this.grams.get(cps[j]! + cps[j + 1]!);
      if (!list) return [];
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    return shortest ?? [];
  }
}

function prefixScore(kind: number, extra: number): number {
  const exact = extra === 0;
  switch (kind) {
    case NAME:
      return exact ? SCORE.nameExact : SCORE.namePrefix - extra * 0.5;
    case ALIAS:
      return exact ? SCORE.aliasExact : SCORE.aliasPrefix - extra * 0.5;
    case PINYIN:
      return exact ? SCORE.pinyinExact : SCORE.pinyinPrefix - extra * 0.5;
    default:
      return exact ? SCORE.initialsExact : SCORE.initialsPrefix - extra * 0.5;
  }
}

function push(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
