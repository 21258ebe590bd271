/**
 * The extraction journal: per content (keyed by content hash) every source it was read from
 * (file name and the date it gave) and the articles extracted under each distinct date, written
 * atomically under `<dataDir>/journal/`. One content under several names keeps all of them (no
 * source and no date is dropped). The graph is resolved from the journal, so re-runs never
 * duplicate and an interrupted ingest can simply be run again.
 *
 * A change is planned first (`planWrite`, `planRemove`: what the index and the changed entries
 * become, the entries as they were) and then applied (`apply`), so that partial resolution
 * (ingest/resolve/partial.ts) can read an article as it was and as it is. Every apply first
 * writes a new revision token (`<dataDir>/journal.revision`): state derived from the journal
 * (the resolution cache) records the token it was derived from and is trusted only while the
 * token is the same, so a crash in the middle of an apply makes it stale, never wrong.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, renameSync, writeFileSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { internStrings } from "./intern-strings.ts";
import type { ArticleExtraction, ArticleSource } from "./types.ts";

/** Bump when the journal layout changes (version 1 entries are still read and converted). */
export const JOURNAL_VERSION = 2;

/** One file read and extracted: what `extractFile` returns and `Journal.write` records. */
export interface ExtractedFile {
  /** The path read. */
  file: string;
  /** The journal's key for this source: its absolute path, or `upload:<name>` for an upload. */
  key: string;
  /** The name the file is recorded under (the articles' `file`). */
  name: string;
  contentHash: string;
  /** The date the file itself gave (`--date`, front matter, HTML metadata or file name), if any. */
  date: string | null;
  extractions: ArticleExtraction[];
  /** The reader's warnings for the whole file (mixed encodings, OCR). */
  warnings?: string[];
}

/** Where one content was read from. */
export interface JournalSource {
  key: string;
  name: string;
  date: string | null;
}

/** The articles of one content extracted with one file-level date. */
export interface JournalVariant {
  date: string | null;
  extractions: ArticleExtraction[];
}

/** The stored record of one content. */
export interface StoredEntry {
  version: number;
  contentHash: string;
  sources: JournalSource[];
  variants: JournalVariant[];
}

interface StoredEntryV1 {
  version: 1;
  file: string;
  contentHash: string;
  extractions: ArticleExtraction[];
}

/** A planned change of the journal: the index and changed entries before and after. */
export interface JournalChange {
  before: Record<string, string>;
  after: Record<string, string>;
  /** Content hash → the entry as it was (null: not in the journal) and as it will be. */
  entries: Map<string, { was: StoredEntry | null; now: StoredEntry }>;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * `writeAtomic` without the thread pool: an entry is a few kilobytes, and each awaited step of an
 * asynchronous write (open, write, close, rename) waits its turn in the event loop, so a full
 * ingest's 28,500 entries (100k articles) spent 3–4× the time of the calls themselves waiting.
 */
function writeAtomicSync(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Entries written between two turns of the event loop in `apply` (a server stays responsive). */
const ENTRIES_PER_TURN = 256;

/** The names of the files in `dir` (none when it does not exist). */
function filesIn(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

/** A version 1 entry (one source, the last one written) as a version 2 entry. */
function fromV1(e: StoredEntryV1): StoredEntry {
  const first = e.extractions[0];
  const date = first?.date ?? null;
  return {
    version: JOURNAL_VERSION,
    contentHash: e.contentHash,
    sources: [{ key: path.resolve(e.file), name: first?.file ?? e.file, date }],
    variants: [{ date, extractions: e.extractions }],
  };
}

function byKey<T extends { key: string }>(a: T, b: T): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The entry with `file` recorded as one of its sources (replacing that key's earlier record). */
function withSource(entry: StoredEntry, file: ExtractedFile): StoredEntry {
  const sources = [
    ...entry.sources.filter((s) => s.key !== file.key),
    { key: file.key, name: file.name, date: file.date },
  ].sort(byKey);
  // The latest extraction of a date replaces the earlier one (the extractor may have improved).
  const variants = [
    ...entry.variants.filter((v) => v.date !== file.date),
    { date: file.date, extractions: file.extractions },
  ];
  return pruned({ ...entry, sources, variants });
}

/** The entry without the source `key`, its variants narrowed to the dates still given. */
function withoutSource(entry: StoredEntry, key: string): StoredEntry {
  return pruned({ ...entry, sources: entry.sources.filter((s) => s.key !== key) });
}

function sameIndex(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function pruned(entry: StoredEntry): StoredEntry {
  const dates = new Set(entry.sources.map((s) => s.date));
  const variants = entry.variants
    .filter((v) => dates.has(v.date))
    .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  return { ...entry, variants };
}

/**
 * The articles of an entry, each variant's extractions carrying the sources that gave its date
 * (only the sources the index still maps to this content).
 */
export function articlesOf(entry: StoredEntry, index: Record<string, string>): ArticleExtraction[] {
  const live = entry.sources.filter((s) => index[s.key] === entry.contentHash);
  const out: ArticleExtraction[] = [];
  for (const v of entry.variants) {
    const sources = live.filter((s) => s.date === v.date);
    if (sources.length === 0) continue;
    const first = sources[0]!;
    for (const x of v.extractions) {
      const provenance: ArticleSource[] = sources.map((s) => ({ file: s.name, date: x.date }));
      out.push({ ...x, file: first.name, sources: provenance });
    }
  }
  return out;
}

/** The entry with the repeated strings of its extractions interned (intern-strings.ts). */
function interned(entry: StoredEntry): StoredEntry {
  for (const v of entry.variants) internStrings(v.extractions);
  return entry;
}

export class Journal {
  private readonly dir: string;
  private readonly indexFile: string;
  private readonly revisionFile: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, "journal");
    this.indexFile = path.join(this.dir, "index.json");
    // Beside the folder, not in it: the folder holds entries and their index only.
    this.revisionFile = path.join(dataDir, "journal.revision");
  }

  /** Source key (absolute path or `upload:<name>`) → content hash of the version last ingested. */
  async index(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(this.indexFile, "utf8")) as Record<string, string>;
    } catch {
      return {};
    }
  }

  private async entry(hash: string): Promise<StoredEntry | null> {
    try {
      const raw = JSON.parse(await readFile(path.join(this.dir, `${hash}.json`), "utf8")) as
        | StoredEntry
        | StoredEntryV1;
      if (raw.version === 1) return interned(fromV1(raw as StoredEntryV1));
      if (raw.version === JOURNAL_VERSION) return interned(raw as StoredEntry);
      return null;
    } catch {
      // A missing entry (e.g. removed by hand) only means that content is no longer in the graph.
      return null;
    }
  }

  /** The change that records `files` (nothing written). */
  async planWrite(files: ExtractedFile[]): Promise<JournalChange> {
    const before = await this.index();
    const index = { ...before };
    const entries = new Map<string, { was: StoredEntry | null; now: StoredEntry }>();
    // Only the entries there are files for are read (a first ingest reads none: each read of a
    // missing entry was a failed open, 28,500 of them at 100k articles).
    const present = filesIn(this.dir);
    const load = async (hash: string): Promise<StoredEntry> => {
      const seen = entries.get(hash);
      if (seen) return seen.now;
      const was = present.has(`${hash}.json`) ? await this.entry(hash) : null;
      const now = was ?? { version: JOURNAL_VERSION, contentHash: hash, sources: [], variants: [] };
      entries.set(hash, { was, now });
      return now;
    };
    const set = (hash: string, now: StoredEntry) => {
      entries.get(hash)!.now = now;
    };
    for (const f of files) {
      const old = index[f.key];
      if (old && old !== f.contentHash) set(old, withoutSource(await load(old), f.key));
      set(f.contentHash, withSource(await load(f.contentHash), f));
      index[f.key] = f.contentHash;
    }
    return { before, after: index, entries };
  }

  /** The change that takes the sources `keys` out, and the keys that were in the journal. */
  async planRemove(keys: string[]): Promise<JournalChange & { found: string[] }> {
    const before = await this.index();
    const index = { ...before };
    const found = [...new Set(keys)].filter((k) => index[k] !== undefined);
    const entries = new Map<string, { was: StoredEntry | null; now: StoredEntry }>();
    for (const key of found) {
      const hash = index[key]!;
      const seen = entries.get(hash);
      const was = seen ? seen.was : await this.entry(hash);
      const cur = seen?.now ?? was;
      if (cur) entries.set(hash, { was, now: withoutSource(cur, key) });
      delete index[key];
    }
    return { before, after: index, entries, found };
  }

  /** Writes a planned change: a new revision first, then the changed entries, then the index. */
  async apply(change: JournalChange): Promise<void> {
    if (change.entries.size === 0 && sameIndex(change.before, change.after)) return;
    await mkdir(this.dir, { recursive: true });
    await writeAtomic(this.revisionFile, randomUUID());
    let written = 0;
    for (const [hash, { now }] of change.entries) {
      if (now.sources.length === 0) continue;
      writeAtomicSync(path.join(this.dir, `${hash}.json`), JSON.stringify(now));
      if (++written % ENTRIES_PER_TURN === 0) await new Promise<void>((go) => setImmediate(go));
    }
    await writeAtomic(this.indexFile, JSON.stringify(change.after, null, 1));
    await this.dropUnreferenced(change.after);
  }

  /** The token of the journal's last change (null when none was recorded). */
  async revision(): Promise<string | null> {
    try {
      return (await readFile(this.revisionFile, "utf8")).trim() || null;
    } catch {
      return null;
    }
  }

  /**
   * Record extracted files. A content read under a new name gains a source; a source whose
   * content changed leaves its old content (dropped when no source is left).
   */
  async write(files: ExtractedFile[]): Promise<void> {
    if (files.length === 0) return;
    await this.apply(await this.planWrite(files));
  }

  /**
   * Take sources out of the journal (by key: absolute path or `upload:<name>`); a content left
   * without a source is dropped. Returns the keys that were in the journal.
   */
  async remove(keys: string[]): Promise<string[]> {
    const change = await this.planRemove(keys);
    if (change.found.length === 0) return [];
    await this.apply(change);
    return change.found;
  }

  /**
   * Every entry of `index` (default: the journal's) with its articles, by content hash (`changed`
   * entries as given, not read).
   */
  async articlesByEntry(
    index?: Record<string, string>,
    changed: ReadonlyMap<string, StoredEntry> = new Map(),
  ): Promise<[string, ArticleExtraction[]][]> {
    const idx = index ?? (await this.index());
    const out: [string, ArticleExtraction[]][] = [];
    for (const hash of [...new Set(Object.values(idx))].sort()) {
      const entry = changed.get(hash) ?? (await this.entry(hash));
      if (entry) out.push([hash, articlesOf(entry, idx)]);
    }
    return out;
  }

  /** The articles of the entries `hashes` under `index` (`changed` entries as given, not read). */
  async articlesOfEntries(
    hashes: Iterable<string>,
    index: Record<string, string>,
    changed: ReadonlyMap<string, StoredEntry> = new Map(),
  ): Promise<ArticleExtraction[]> {
    const out: ArticleExtraction[] = [];
    for (const hash of [...new Set(hashes)].sort()) {
      const entry = changed.get(hash) ?? (await this.entry(hash));
      if (entry) out.push(...articlesOf(entry, index));
    }
    return out;
  }

  /** Removes entry files no source maps to any more. */
  private async dropUnreferenced(index: Record<string, string>): Promise<void> {
    const live = new Set(Object.values(index));
    for (const name of await readdir(this.dir)) {
      const hash = name.replace(/\.json$/, "");
      if (name !== "index.json" && name.endsWith(".json") && !live.has(hash))
        await rm(path.join(this.dir, name));
    }
  }

  /** Every extraction in the journal, each with its sources (see `articlesOf`). */
  async readAll(): Promise<ArticleExtraction[]> {
    return this.extractionsOf(await this.index(), new Map());
  }

  /** What `readAll` would return after `write(files)`, writing nothing (for a dry run). */
  async preview(files: ExtractedFile[]): Promise<ArticleExtraction[]> {
    const change = await this.planWrite(files);
    return this.extractionsOf(change.after, new Map([...change.entries].map(([h, e]) => [h, e.now])));
  }

  /** What `readAll` would return after `remove(keys)`, writing nothing (for a dry run). */
  async previewRemove(keys: string[]): Promise<ArticleExtraction[]> {
    const gone = new Set(keys);
    const index = Object.fromEntries(Object.entries(await this.index()).filter(([k]) => !gone.has(k)));
    return this.extractionsOf(index, new Map());
  }

  private async extractionsOf(
    index: Record<string, string>,
    changed: Map<string, StoredEntry>,
  ): Promise<ArticleExtraction[]> {
    return this.articlesOfEntries(Object.values(index), index, changed);
  }

  async isEmpty(): Promise<boolean> {
    return Object.keys(await this.index()).length === 0;
  }
}
